// Direction of travel shown by an arrowhead at the middle of each leg. Angles
// are taken in Web Mercator pixels, so they hold at every zoom level.
import { project, unproject } from './web-mercator.ts';

export interface RouteArrow { key: string; at: [number, number]; angle: number }

const round = (n: number) => n.toFixed(3);

/** One arrow per distinct leg (legs flown by several trips share it); zero-length legs have none. */
export function routeArrows(routes: readonly { points: ReadonlyArray<readonly [number, number]> }[]): RouteArrow[] {
  const arrows = new Map<string, RouteArrow>();
  for (const { points } of routes) {
    for (let i = 1; i < points.length; i++) {
      const from = points[i - 1];
      const to = points[i];
      if (!from || !to || (from[0] === to[0] && from[1] === to[1])) continue;
      const key = `${round(from[0])},${round(from[1])}>${round(to[0])},${round(to[1])}`;
      if (!arrows.has(key)) arrows.set(key, arrowOnLeg(key, from, to));
    }
  }
  return [...arrows.values()];
}

function arrowOnLeg(key: string, from: readonly [number, number], to: readonly [number, number]): RouteArrow {
  const a = project(from, 0);
  const b = project(to, 0);
  const mid = unproject({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, 0);
  // Screen y grows downwards, so this is a clockwise angle from east, as CSS rotate() expects.
  const angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  return { key, at: mid, angle };
}
