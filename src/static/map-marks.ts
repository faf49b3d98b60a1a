// The poster's place markers and their labels (map-svg.ts): a marker split by
// type as the live one is, stacked and labelled as the live map does it.
import { estimateLabelWidth, layoutLabels } from '../adapters/map/label-layout.ts';
import { labelledPlaces } from '../adapters/map/scales.ts';
import type { MapPlace } from '../adapters/map/types.ts';
import type { Pixel } from '../adapters/map/web-mercator.ts';
import { TYPE_ORDER } from '../theme.ts';
import { el, esc, leaf, n1 } from './html.ts';
import type { Palette } from './palette.ts';

/** A marker split by type like the live marker's conic gradient (clockwise from the top). */
function markerSvg(place: MapPlace, c: Pixel, r: number, p: Palette, cls = 'static-place'): string {
  const total = TYPE_ORDER.reduce((s, t) => s + place.byType[t], 0);
  const inner = Math.max(1, r - 1.5);
  let slices = '';
  let at = 0;
  for (const t of TYPE_ORDER) {
    const k = place.byType[t];
    if (k === 0) continue;
    const share = k / total;
    if (share >= 0.9999) slices += leaf('circle', { cx: c.x, cy: c.y, r: n1(inner), fill: p.types[t] });
    else {
      const a0 = at * 2 * Math.PI, a1 = (at + share) * 2 * Math.PI;
      const pt = (a: number) => `${n1(c.x + inner * Math.sin(a))} ${n1(c.y - inner * Math.cos(a))}`;
      slices += leaf('path', { d: `M${c.x} ${c.y}L${pt(a0)}A${n1(inner)} ${n1(inner)} 0 ${share > 0.5 ? 1 : 0} 1 ${pt(a1)}z`, fill: p.types[t] });
    }
    at += share;
  }
  return el('g', { class: cls, 'data-place': cls === 'static-place' ? place.id : undefined, 'data-total': cls === 'static-place' ? place.total : undefined, opacity: 0.92 },
    leaf('circle', { cx: c.x, cy: c.y, r: n1(r + 0.5), fill: 'none', stroke: 'rgba(0,0,0,0.45)', 'stroke-width': 1 }),
    slices,
    leaf('circle', { cx: c.x, cy: c.y, r: n1(r - 0.75), fill: 'none', stroke: p.markerRing, 'stroke-width': 1.5 }));
}

/**
 * The markers, stacked as Leaflet stacks them, and their labels placed apart.
 * `k` > 1 draws them k times their size about the same points: the phone's copy,
 * which carries no data-* attributes (tests and the takeover read the first).
 */
export function placeMarks(m: { places: readonly MapPlace[] }, points: ReadonlyMap<string, Pixel>, radius: (q: MapPlace) => number, o: { width: number; palette: Palette }, k: number): string {
  const wide = k === 1;
  const labelled = labelledPlaces(m.places);
  const pointOf = (id: string) => points.get(id) as Pixel;
  const boxes = m.places.filter((q) => labelled.has(q.id)).map((q) => ({ id: q.id, ...pointOf(q.id), radius: radius(q) * k, width: estimateLabelWidth(q.name) * k, height: 16 * k }));
  const sides = layoutLabels(boxes, o.width, m.places.map((q) => ({ id: q.id, ...pointOf(q.id), radius: radius(q) * k })));
  // Leaflet stacks markers by their y: the lower one on top.
  const markers = [...m.places].sort((a, b) => pointOf(a.id).y - pointOf(b.id).y).map((q) => {
    const c = pointOf(q.id);
    return wide ? markerSvg(q, c, radius(q), o.palette)
      : el('g', { transform: `translate(${c.x} ${c.y}) scale(${n1(k)}) translate(${-c.x} ${-c.y})` }, markerSvg(q, c, radius(q), o.palette, 'static-place-phone'));
  }).join('');
  const labels = m.places.filter((q) => sides.has(q.id)).map((q) => {
    const c = pointOf(q.id);
    const right = sides.get(q.id) === 'right';
    const gap = Math.round((radius(q) + 3) * k);
    return el('text', { x: right ? c.x + gap : c.x - gap, y: c.y, dy: '0.35em', 'text-anchor': right ? 'start' : 'end', class: wide ? 'static-label' : 'static-label-phone', 'data-label': wide ? q.id : undefined,
      'font-size': n1(12 * k), 'font-weight': 600, fill: o.palette.ink, stroke: o.palette.labelHalo, 'stroke-width': n1(3 * k), 'stroke-linejoin': 'round', 'paint-order': 'stroke' }, esc(q.name));
  }).join('');
  return markers + labels;
}

