// The poster's simplification must be Leaflet's, point for point, or the live
// map would not draw the shapes the poster showed.
import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { simplifyPixels } from './simplify.ts';

function randomWalk(seed: number, n: number): Array<{ x: number; y: number }> {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const points = [{ x: 300, y: 300 }];
  for (let i = 1; i < n; i++) {
    const p = points[i - 1] as { x: number; y: number };
    points.push({ x: p.x + Math.round(next() * 6 - 3), y: p.y + Math.round(next() * 6 - 3) });
  }
  return points;
}

describe('simplifyPixels', () => {
  it('keeps exactly the points Leaflet keeps, at its default and other tolerances', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const points = randomWalk(seed, 5 + (seed % 60));
      for (const tolerance of [1, 2.5]) {
        const ours = simplifyPixels(points, tolerance).map((p) => [p.x, p.y]);
        const leaflet = L.LineUtil.simplify(points.map((p) => L.point(p.x, p.y)), tolerance).map((p) => [p.x, p.y]);
        expect(ours).toEqual(leaflet);
      }
    }
  });

  it('drops points closer than a pixel to the line and keeps corners', () => {
    const line = [{ x: 0, y: 0 }, { x: 5, y: 0.5 }, { x: 10, y: 0 }, { x: 10, y: 10 }];
    expect(simplifyPixels(line)).toEqual([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }]);
    expect(simplifyPixels([])).toEqual([]);
  });
});
