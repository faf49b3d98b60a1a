// Permanent labels must not overprint each other (Moscow and Kazan are close at
// world zoom): place them greedily, busiest first, right of the marker, else
// left, else leave that name to hover and focus.
export type LabelSide = 'right' | 'left';

export interface LabelBox { id: string; x: number; y: number; radius: number; width: number; height: number }

interface Rect { x0: number; y0: number; x1: number; y1: number }

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function rectFor(box: LabelBox, side: LabelSide): Rect {
  const gap = box.radius + 3;
  const x0 = side === 'right' ? box.x + gap : box.x - gap - box.width;
  return { x0, y0: box.y - box.height / 2, x1: x0 + box.width, y1: box.y + box.height / 2 };
}

export interface Disc { id: string; x: number; y: number; radius: number }

const discRect = (d: Disc): Rect => ({ x0: d.x - d.radius, y0: d.y - d.radius, x1: d.x + d.radius, y1: d.y + d.radius });

/**
 * Sides for the labels that fit, in the order given (busiest first); absent ids
 * get no label. A label covers neither another label nor another place's marker.
 */
export function layoutLabels(boxes: readonly LabelBox[], viewWidth: number, discs: readonly Disc[] = []): Map<string, LabelSide> {
  const placed: Rect[] = [];
  const sides = new Map<string, LabelSide>();
  for (const box of boxes) {
    for (const side of ['right', 'left'] as const) {
      const r = rectFor(box, side);
      if (r.x0 < 0 || r.x1 > viewWidth) continue;
      if (placed.some((p) => overlaps(p, r))) continue;
      if (discs.some((d) => d.id !== box.id && overlaps(discRect(d), r))) continue;
      placed.push(r);
      sides.set(box.id, side);
      break;
    }
  }
  return sides;
}

/** A label's width estimated from its text, at the labels' 12–13 px bold font. */
export const estimateLabelWidth = (name: string) => Math.ceil(name.length * 7.5) + 6;
