// The view as a standalone image (issue 19): title, a line of the filters
// applied, the map and charts the view shows (src/static/image-layout.ts),
// the credits and the record's date,
// with explicit colours (no page CSS reaches a downloaded file). The Image
// control, `npm run snapshot` and each published page's og:image draw it here.
import type { CountryFeature } from '../adapters/map/country-features.ts';
import { partnersChartHeight } from '../adapters/charts/geometry.ts';
import { TIMELINE_HEIGHT } from '../adapters/charts/geometry.ts';
import { coarseLabelOf } from '../adapters/charts/timeline-data.ts';
import type { Dataset } from '../model/schema.ts';
import { creditedPublishers } from '../model/lookups.ts';
import type { ViewState } from '../model/url-state.ts';
import { partnersSvg, timelineSvg } from './charts-svg.ts';
import { el, esc, leaf } from './html.ts';
import { chartColumn, imagePanels, place, textBlock, wrapText, type ColumnChart } from './image-layout.ts';
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

export function renderViewImage(data: Dataset, view: ViewState, o: ImageOptions): { svg: string; width: number; height: number } {
  const p = paletteFor(o.theme);
  const m = staticModel(data, view);
  const { t, date } = m.i18n;
  const W = Math.round(o.width);
  const pad = 16;
  // Title, filter line and footer wrap at a phone's width rather than run off the image.
  const titleLines = wrapText(m.title, W - 2 * pad, 22, true);
  const filterLines = wrapText(m.filterLine, W - 2 * pad, 14);
  const filterY = 32 + (titleLines.length - 1) * 26 + 24;
  const head = filterY + (filterLines.length - 1) * 18 + 16;
  const publishers = creditedPublishers(m.data.sources);
  const footer = [o.credit ?? '', t('static.source', { publishers }), m.data.updated ? t('static.record', { date: date(m.data.updated) }) : '', t('frame.shown', { shown: m.filtered.length, total: m.total })].filter(Boolean).join(' · ');
  const footLines = wrapText(footer, W - 2 * pad, 12);
  const foot = 14 + footLines.length * 16;
  const wide = W >= 900;
  const shown = imagePanels(m.state.view);
  const charts = shown.charts.map((c): ColumnChart => (c === 'partners'
    ? { title: t('charts.partners.title'), height: partnersChartHeight(m.partners.rows.length), draw: (w) => partnersSvg(m.partners.rows, m.partners.chosen, w, m.i18n, p) }
    : { title: t('charts.timeline.title'), height: TIMELINE_HEIGHT, draw: (w) => timelineSvg({ ...m.timeline, coarseLabel: (k, n) => coarseLabelOf(m.i18n, k, n) }, w, m.i18n, p) }));
  const drawMap = (w: number, h: number) => mapSvg({ ...m.map, focus: m.data.focus }, { width: w, height: h, countries: o.countries, palette: p, i18n: m.i18n, credit: true });
  const fullW = W - 2 * pad;
  const fixedRoom = o.height === null ? null : o.height - head - foot - pad;
  let body: string;
  let H: number;
  if (shown.map && charts.length > 0 && wide) {
    // The map on the left; the charts share the column beside it, shrunk together when the height is fixed.
    const mapW = Math.round(W * 0.58) - pad * 1.5;
    const sideW = W - mapW - pad * 3;
    const mapH = Math.max(300, (o.height ?? 675) - head - foot - pad);
    const side = (room: number | null) => chartColumn(charts, 2 * pad + mapW, head, sideW, room, 1, p);
    H = o.height ?? head + Math.max(mapH, side(null).height) + foot + pad;
    const room = H - head - foot - pad;
    body = place(drawMap(mapW, mapH), pad, head, mapW, room) + side(room).svg;
  } else {
    // One above the other, full width. A map alone fills a fixed height; charts alone grow to fill it.
    const mapH = shown.map ? (charts.length === 0 && fixedRoom !== null ? fixedRoom : Math.round(fullW * 0.6)) : 0;
    const map = shown.map ? place(drawMap(fullW, mapH), pad, head, fullW, mapH) : '';
    const top = shown.map ? head + mapH + 24 : head;
    const column = chartColumn(charts, pad, top, fullW, shown.map || fixedRoom === null ? null : fixedRoom, 2, p);
    H = o.height ?? (charts.length > 0 ? top + column.height : head + mapH) + foot + pad;
    body = map + column.svg;
  }
  const svg = el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': IMAGE_FONTS, role: 'img', 'aria-label': m.title },
    el('title', {}, esc(m.title)), leaf('rect', { width: W, height: H, fill: p.bg }),
    textBlock(titleLines, pad, 32, 26, { 'font-size': 22, 'font-weight': 700, fill: p.ink }),
    textBlock(filterLines, pad, filterY, 18, { 'font-size': 14, fill: p.muted, class: 'image-filters' }),
    body, leaf('line', { x1: pad, y1: H - foot + 4, x2: W - pad, y2: H - foot + 4, stroke: p.line }),
    textBlock(footLines, pad, H - foot + 20, 16, { 'font-size': 12, fill: p.muted, class: 'image-credit' }));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width: W, height: H };
}

