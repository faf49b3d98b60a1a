// Both charts as SVG from the rows, geometry and colours the live recharts
// charts use (issue 19): recharts 3 draws nothing under react-dom/server, and
// drawing from the shared series is a few hundred lines smaller than running
// the live components in jsdom at build time.
import { PARTNERS_BAR_GAP, PARTNERS_MARGIN, PLOT_TOP, ROW_HEIGHT, TIMELINE_BAR_GAP, TIMELINE_HEIGHT, TIMELINE_PLOT, partnersAxisWidth, partnersChartHeight } from '../adapters/charts/geometry.ts';
import { truncateLabel, type CountedRow } from '../adapters/charts/counts.ts';
import type { PartnerRow } from '../adapters/charts/partner-rows.ts';
import { timelineTickInterval, type CoarseBand } from '../adapters/charts/timeline-data.ts';
import type { I18n } from '../i18n/react.tsx';
import { TYPE_ORDER } from '../theme.ts';
import { el, esc, leaf, n1 } from './html.ts';
import type { Palette } from './palette.ts';

/**
 * The count axis's ticks as recharts 3 makes them for [0, max] with five ticks
 * and no decimals (getNiceTickValues → getFormatStep), so static and live axes agree.
 */
export function countTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0];
  const rough = max / (count - 1);
  const digits = Math.floor(Math.log10(rough)) + 1;
  const unit = 10 ** digits;
  const scale = digits !== 1 ? 0.05 : 0.1;
  const step = Math.max(1, Math.ceil(Math.ceil(rough / unit / scale) * scale * unit - 1e-9));
  return Array.from({ length: count }, (_, i) => i * step);
}

/** A row's bar as its types' segments, in TYPE_ORDER (as stackedShape draws it). */
function segments(row: CountedRow, box: { x: number; y: number; w: number; h: number }, dir: 'right' | 'up', opacity: number, p: Palette): string {
  let at = 0;
  let out = '';
  for (const t of TYPE_ORDER) {
    const k = row.byType[t];
    if (k <= 0) continue;
    const size = ((dir === 'right' ? box.w : box.h) * k) / row.total;
    const r = dir === 'right' ? { x: box.x + at, y: box.y, width: size, height: box.h } : { x: box.x, y: box.y + box.h - at - size, width: box.w, height: size };
    out += leaf('rect', { x: n1(r.x), y: n1(r.y), width: n1(r.width), height: n1(r.height), fill: p.types[t], 'fill-opacity': opacity === 1 ? undefined : opacity, 'data-type': t });
    at += size;
  }
  return out;
}

const text = (a: Record<string, string | number | undefined>, body: string) => el('text', a, esc(body));

export function partnersSvg(rows: readonly PartnerRow[], chosen: ReadonlySet<string>, width: number, i18n: I18n, p: Palette): string {
  const height = partnersChartHeight(rows.length);
  const axis = partnersAxisWidth(width);
  const x0 = PARTNERS_MARGIN.left + axis;
  const x1 = width - PARTNERS_MARGIN.right;
  const scaleMax = Math.max(1, ...rows.filter((r) => r.grouped === 0).map((r) => r.total));
  const ticks = countTicks(scaleMax).filter((v) => v <= scaleMax);
  const xOf = (v: number) => x0 + ((x1 - x0) * Math.min(v, scaleMax)) / scaleMax;
  const selected = (r: PartnerRow) => r.id !== null && chosen.has(r.id);
  let bars = '';
  rows.forEach((r, i) => {
    const y = PLOT_TOP + i * ROW_HEIGHT + PARTNERS_BAR_GAP;
    const h = ROW_HEIGHT - 2 * PARTNERS_BAR_GAP;
    const end = xOf(r.total);
    const dim = chosen.size > 0 && !selected(r) ? 0.3 : 1;
    const label = text({ x: x0 - 4, y: n1(y + h / 2), dy: '0.35em', 'text-anchor': 'end', 'font-size': 12, 'font-weight': selected(r) ? 700 : 400, fill: p.ink, class: 'static-partner-label' }, truncateLabel(r.label, axis - 8));
    const total = r.grouped === 0
      ? text({ x: n1(end + 4), y: n1(y + h / 2), dy: '0.35em', 'font-size': 11, fill: p.ink, class: 'static-bar-total' }, i18n.number(r.total))
      : text({ x: n1(x1 - 6), y: n1(y + h / 2), dy: '0.35em', 'text-anchor': 'end', 'font-size': 11, 'font-weight': 700, fill: p.ink, class: 'static-bar-total' }, i18n.number(r.total));
    bars += el('g', { class: 'static-bar', 'data-partner': r.id ?? '', 'data-total': r.total }, el('title', {}, esc(`${r.label} : ${r.total}`)), label,
      segments(r, { x: x0, y, w: end - x0, h }, 'right', dim, p), total);
  });
  const axisY = PLOT_TOP + rows.length * ROW_HEIGHT;
  const tickMarks = ticks.map((v) => text({ x: n1(xOf(v)), y: axisY + 4, dy: '0.9em', 'text-anchor': 'middle', 'font-size': 11, fill: p.axis }, i18n.number(v))).join('');
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', class: 'static-chart-svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': i18n.t('charts.partners.title') },
    leaf('line', { x1: x0, y1: axisY, x2: x1, y2: axisY, stroke: p.axis, 'stroke-width': 1 }), bars, tickMarks);
}

export interface TimelineInput { rows: readonly CountedRow[]; bands: readonly CoarseBand[]; coarseLabel: (key: string, total: number) => string }

export function timelineSvg(t: TimelineInput, width: number, i18n: I18n, p: Palette): string {
  const { top, left, right, bottom } = TIMELINE_PLOT;
  const plotW = width - left - right;
  const plotH = TIMELINE_HEIGHT - top - bottom;
  const n = Math.max(1, t.rows.length);
  const band = plotW / n;
  const keys = t.rows.map((r) => r.key);
  const max = Math.max(1, ...t.rows.map((r) => r.total));
  const ticks = countTicks(max);
  const yMax = ticks[ticks.length - 1] ?? max;
  const yOf = (v: number) => top + plotH - (plotH * v) / yMax;
  const interval = timelineTickInterval(t.rows.map((r) => i18n.date(r.key, 'short')), width);
  let out = leaf('line', { x1: left, y1: top + plotH, x2: width - right, y2: top + plotH, stroke: p.axis, 'stroke-width': 1 });
  for (const v of ticks) out += text({ x: left - 4, y: n1(yOf(v)), dy: '0.35em', 'text-anchor': 'end', 'font-size': 11, fill: p.axis }, i18n.number(v));
  for (const b of t.bands) {
    const i1 = keys.indexOf(b.x1), i2 = keys.indexOf(b.x2);
    const x = left + i1 * band, w = (i2 - i1 + 1) * band;
    out += el('g', { class: 'static-coarse', 'data-coarse': b.coarse.key }, el('title', {}, esc(t.coarseLabel(b.coarse.key, b.coarse.total))),
      leaf('rect', { x: n1(x), y: top, width: n1(w), height: plotH, fill: 'url(#static-coarse-hatch)', stroke: p.coarse, 'stroke-dasharray': '3 2' }),
      text({ x: n1(x + w / 2), y: top - 5, 'text-anchor': 'middle', 'font-size': 11, fill: p.ink }, String(b.coarse.total)));
  }
  t.rows.forEach((r, i) => {
    const gap = band * TIMELINE_BAR_GAP;
    const x = left + i * band + gap;
    const y = yOf(r.total);
    out += el('g', { class: 'static-bucket', 'data-key': r.key, 'data-total': r.total }, el('title', {}, esc(`${r.label} : ${r.total}`)),
      r.total > 0 ? segments(r, { x, y, w: band - 2 * gap, h: top + plotH - y }, 'up', 1, p) : '');
    if (i % (interval + 1) === 0) out += text({ x: n1(left + (i + 0.5) * band), y: top + plotH + 4, dy: '0.9em', 'text-anchor': 'middle', 'font-size': 11, fill: p.axis }, i18n.date(r.key, 'short'));
  });
  const hatch = el('pattern', { id: 'static-coarse-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    leaf('rect', { width: 6, height: 6, fill: p.coarse, 'fill-opacity': 0.08 }), leaf('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: p.coarse, 'stroke-width': 1, 'stroke-opacity': 0.6 }));
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', class: 'static-chart-svg', viewBox: `0 0 ${width} ${TIMELINE_HEIGHT}`, width, height: TIMELINE_HEIGHT, role: 'img', 'aria-label': i18n.t('charts.timeline.title') },
    el('defs', {}, hatch), out);
}

