// The view as a standalone image (issue 19): title, a line of the filters
// applied, the map and both charts, the source credit and the record's date,
// with explicit colours (no page CSS reaches a downloaded file). The Image
// control, `npm run snapshot` and each published page's og:image draw it here.
import type { CountryFeature } from '../adapters/map/country-features.ts';
import { partnersChartHeight } from '../adapters/charts/geometry.ts';
import { TIMELINE_HEIGHT } from '../adapters/charts/geometry.ts';
import { coarseLabelOf } from '../adapters/charts/timeline-data.ts';
import type { Dataset } from '../model/schema.ts';
import type { ViewState } from '../model/url-state.ts';
import { partnersSvg, timelineSvg } from './charts-svg.ts';
import { el, esc, leaf } from './html.ts';
import { mapSvg } from './map-svg.ts';
import { paletteFor } from './palette.ts';
import { staticModel } from './view-model.ts';

/** Fonts found on Debian and most desktops; resvg is pointed at the first (scripts/snapshot.ts). */
const IMAGE_FONTS = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

export interface ImageOptions {
  width: number;
  /** Fixed height (1200×675 for social posts); null: as tall as the view needs. */
  height: number | null;
  countries: readonly CountryFeature[] | null;
  theme?: string | null;
  /** The newsroom's credit line in the view's language (newsroom.config.json), first in the footer. */
  credit?: string | null;
}

/** A drawn SVG placed in a box, scaled to fit without distortion. */
function place(svg: string, x: number, y: number, w: number, h: number): string {
  return svg.replace(/^<svg /, `<svg x="${x}" y="${y}" width="${w}" height="${h}" preserveAspectRatio="xMidYMin meet" `).replace(/ width="\d+(\.\d+)?" height="\d+(\.\d+)?"(?= role)/, '');
}

export function renderViewImage(data: Dataset, view: ViewState, o: ImageOptions): { svg: string; width: number; height: number } {
  const p = paletteFor(o.theme);
  const m = staticModel(data, view);
  const { t, date } = m.i18n;
  const W = Math.round(o.width);
  const pad = 16;
  const head = 72;
  const foot = 30;
  const wide = W >= 900;
  const mapW = wide ? Math.round(W * 0.58) - pad * 1.5 : W - 2 * pad;
  const sideW = wide ? W - mapW - pad * 3 : W - 2 * pad;
  const mapH = wide ? Math.max(300, (o.height ?? 675) - head - foot - pad) : Math.round(mapW * 0.6);
  const partnersH = partnersChartHeight(m.partners.rows.length);
  const map = mapSvg({ ...m.map, focus: m.data.focus }, { width: mapW, height: mapH, countries: o.countries, palette: p, i18n: m.i18n, credit: true });
  const partners = partnersSvg(m.partners.rows, m.partners.chosen, sideW, m.i18n, p);
  const timeline = timelineSvg({ ...m.timeline, coarseLabel: (k, n) => coarseLabelOf(m.i18n, k, n) }, sideW, m.i18n, p);
  let body: string;
  let H: number;
  if (wide) {
    H = o.height ?? head + Math.max(mapH, partnersH + TIMELINE_HEIGHT + 24) + foot + pad;
    const room = H - head - foot - pad;
    // Both charts share the column beside the map, shrunk together when the height is fixed.
    const k = Math.min(1, (room - 24) / (partnersH + TIMELINE_HEIGHT));
    const ph = partnersH * k, th = TIMELINE_HEIGHT * k;
    body = place(map, pad, head, mapW, room) + chartTitle(t('charts.partners.title'), 2 * pad + mapW, head + 4, p)
      + place(partners, 2 * pad + mapW, head + 12, sideW, ph) + chartTitle(t('charts.timeline.title'), 2 * pad + mapW, head + 20 + ph, p)
      + place(timeline, 2 * pad + mapW, head + 28 + ph, sideW, th);
  } else {
    const y1 = head + mapH + 24, y2 = y1 + partnersH + 24;
    H = o.height ?? y2 + TIMELINE_HEIGHT + foot + pad;
    body = place(map, pad, head, mapW, mapH) + chartTitle(t('charts.partners.title'), pad, y1 - 8, p) + place(partners, pad, y1, sideW, partnersH)
      + chartTitle(t('charts.timeline.title'), pad, y2 - 8, p) + place(timeline, pad, y2, sideW, TIMELINE_HEIGHT);
  }
  const publishers = [...new Set(m.data.sources.map((s) => s.publisher))].slice(0, 4).join(', ');
  const footer = [o.credit ?? '', t('static.source', { publishers }), m.data.updated ? t('static.record', { date: date(m.data.updated) }) : '', t('frame.shown', { shown: m.filtered.length, total: m.total })].filter(Boolean).join(' · ');
  const svg = el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': IMAGE_FONTS, role: 'img', 'aria-label': m.title },
    el('title', {}, esc(m.title)), leaf('rect', { width: W, height: H, fill: p.bg }),
    el('text', { x: pad, y: 32, 'font-size': 22, 'font-weight': 700, fill: p.ink }, esc(m.title)),
    el('text', { x: pad, y: 56, 'font-size': 14, fill: p.muted, class: 'image-filters' }, esc(m.filterLine)),
    body, leaf('line', { x1: pad, y1: H - foot + 4, x2: W - pad, y2: H - foot + 4, stroke: p.line }),
    el('text', { x: pad, y: H - 10, 'font-size': 12, fill: p.muted, class: 'image-credit' }, esc(footer)));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width: W, height: H };
}

function chartTitle(text: string, x: number, y: number, p: { ink: string }): string {
  return el('text', { x, y, 'font-size': 14, 'font-weight': 700, fill: p.ink }, esc(text));
}
