// One renderer, two outputs (DESIGN.md §14, issue 19): a view's static form is a
// function of the dataset, the view state, the language and a width. This is
// the page form, in the live page's own boxes and classes, so the live page can
// take it over in place; image.ts is the picture form.
import type { CountryFeature } from '../adapters/map/country-features.ts';
import { MAP_HEIGHT } from '../adapters/map/fit.ts';
import { coarseLabelOf } from '../adapters/charts/timeline-data.ts';
import { shadeClasses } from '../adapters/map/scales.ts';
import type { Dataset } from '../model/schema.ts';
import { creditedPublishers } from '../model/lookups.ts';
import type { ViewState } from '../model/url-state.ts';
import { TYPE_ORDER } from '../theme.ts';
import { partnersSvg, timelineSvg } from './charts-svg.ts';
import { el, esc, leaf } from './html.ts';
import { PHONE_WIDTH, panelWidths } from './layout.ts';
import { listHtml } from './list-html.ts';
import { mapSvg } from './map-svg.ts';
import { PAGE_PALETTE, type Palette } from './palette.ts';
import { staticModel, type StaticModel } from './view-model.ts';

export interface RenderOptions {
  /** The page width the poster is drawn for; narrower and wider screens scale it (static.css). */
  width: number;
  countries: readonly CountryFeature[] | null;
  palette?: Palette;
  /** Where a link to another view goes (a published page when there is one); null: no link. */
  hrefFor: (state: ViewState) => string | null;
  /** The newsroom's credit line in the view's language (newsroom.config.json), or none. */
  credit?: string | null;
}

const swatch = (fill: string, cls: string) => el('svg', { class: 'static-swatch', width: 14, height: 10, 'aria-hidden': 'true', focusable: 'false' }, leaf('rect', { width: 14, height: 10, fill, class: cls, stroke: 'rgba(0,0,0,0.25)' }));

function typeLegend(m: StaticModel, p: Palette, coarse: boolean): string {
  const items = TYPE_ORDER.map((t) => el('li', {}, swatch(p.types[t], `type-${t}`), esc(m.i18n.t(`type.${t}`))));
  if (coarse) items.push(el('li', {}, swatch('#eeeeee', 'static-coarse-swatch'), esc(m.i18n.t('charts.coarse.legend'))));
  return el('ul', { class: 'static-legend', 'aria-label': m.i18n.t('charts.legend') }, ...items);
}

function mapLegend(m: StaticModel, p: Palette): string {
  const { t, number, region } = m.i18n;
  const classes = shadeClasses(Object.values(m.map.shading).reduce((a, b) => Math.max(a, b), 0));
  const rows: string[] = [];
  if (classes.length > 0) {
    rows.push(el('div', { class: 'static-legend-row' }, el('span', {}, esc(t('map.legend.partners'))), el('ul', { class: 'static-legend' },
      ...classes.map((c) => el('li', {}, swatch(c.color, 'static-shade'), esc(c.from === c.to ? number(c.from) : t('map.range', { from: c.from, to: c.to })))))));
  }
  if (m.data.focus) rows.push(el('div', { class: 'static-legend-row' }, swatch('url(#static-map-hatch)', 'static-focus'), esc(t('map.legend.focus', { country: region(m.data.focus) }))));
  rows.push(el('div', { class: 'static-legend-row' }, el('span', {}, esc(t('map.legend.places'))), typeLegend(m, p, false)));
  if (m.map.routes.length > 0) rows.push(el('div', { class: 'static-legend-row' }, el('span', { class: 'static-route-key', 'aria-hidden': 'true' }), esc(t('map.legend.route'))));
  return el('div', { class: 'static-map-legend', role: 'group', 'aria-label': t('map.legend.title') }, ...rows);
}

/** Below this share of its drawn width, a chart's 12 px text would read under 8.4 px: a phone gets its own copy. */
const PHONE_SHRINK = 0.7;

/**
 * A chart drawn for its box, and, when a phone would shrink it too far, a copy
 * drawn for a phone's width that the stylesheet shows instead (static.css).
 */
function plot(draw: (width: number) => string, width: number, embed: boolean): string {
  const phone = panelWidths(PHONE_WIDTH, embed).partners;
  if (phone / width >= PHONE_SHRINK) return el('div', { class: 'static-plot' }, draw(width));
  return el('div', { class: 'static-plot static-plot-wide' }, draw(width)) + el('div', { class: 'static-plot static-plot-phone' }, draw(phone));
}

function panel(name: string, title: string, body: string, titled: boolean): string {
  return el('section', { class: `panel panel-${name} static-panel`, 'data-panel': name, 'aria-label': titled ? undefined : title },
    titled ? el('h2', { class: 'panel-title' }, esc(title)) : '', body);
}

function panels(m: StaticModel, o: RenderOptions, p: Palette): string {
  const { t } = m.i18n;
  const w = panelWidths(o.width, m.state.embed);
  const shows = (x: ViewState['view'][number]) => m.state.view.includes(x);
  const out: string[] = [];
  if (shows('map')) {
    const shrink = panelWidths(PHONE_WIDTH, m.state.embed).map / w.map;
    const svg = mapSvg({ ...m.map, focus: m.data.focus }, { width: w.map, height: MAP_HEIGHT, countries: o.countries, palette: p, i18n: m.i18n, phoneScale: shrink < PHONE_SHRINK ? shrink : undefined });
    const note = (m.map.hiddenRoutes > 0 ? el('p', { class: 'map-note' }, esc(m.i18n.plural('frame.routesHidden', m.map.hiddenRoutes))) : '')
      + (m.map.offMap > 0 ? el('p', { class: 'map-note map-note-off' }, esc(m.i18n.plural('frame.offMap', m.map.offMap))) : '');
    // The basemap's credit and border policy (docs/borders.md), where Leaflet's attribution control will sit.
    const credit = el('p', { class: 'static-map-credit' }, esc(t('map.attribution')));
    out.push(panel('map', t('panel.map'), el('div', { class: 'static-map' }, svg, credit) + note + mapLegend(m, p), true));
  }
  if (shows('partners')) {
    const body = m.partners.bars.length === 0 ? el('p', { class: 'static-empty' }, esc(t('charts.empty')))
      : typeLegend(m, p, false) + plot((width) => partnersSvg(m.partners.rows, m.partners.chosen, width, m.i18n, p), w.partners, m.state.embed);
    out.push(panel('partners', t('panel.partners'), el('figure', { class: 'static-figure' }, el('figcaption', {}, esc(t('charts.partners.title'))), body), false));
  }
  if (shows('timeline')) {
    const tl = m.timeline;
    const drawn = tl.rows.length > 0 && (tl.series.coarse.length > 0 || tl.rows.some((r) => r.total > 0));
    const body = !drawn ? el('p', { class: 'static-empty' }, esc(t('charts.empty')))
      : typeLegend(m, p, tl.series.coarse.length > 0) + plot((width) => timelineSvg({ ...tl, coarseLabel: (k, n) => coarseLabelOf(m.i18n, k, n) }, width, m.i18n, p), w.timeline, m.state.embed);
    out.push(panel('timeline', t('panel.timeline'), el('figure', { class: 'static-figure' }, el('figcaption', {}, esc(t('charts.timeline.title'))), body), false));
  }
  if (shows('list')) out.push(panel('list', t('panel.list'), listHtml(m.filtered, m.lookups, m.i18n, p, m.state.event), true));
  return out.join('');
}

function credit(m: StaticModel, fullHref: string | null, newsroom: string | null | undefined): string {
  const { t, date } = m.i18n;
  const publishers = creditedPublishers(m.data.sources);
  return el('footer', { class: 'frame-credit' }, newsroom ? `${el('span', { class: 'frame-newsroom' }, esc(newsroom))} · ` : '',
    el('span', {}, esc(t('frame.credit', { publishers }))),
    m.data.updated ? el('span', {}, esc(` · ${t('frame.updated', { date: date(m.data.updated) })}`)) : '',
    fullHref ? ` · ${el('a', { href: fullHref, target: '_blank', rel: 'noopener noreferrer' }, esc(t('frame.openFull')))}` : '');
}

/** The static view's HTML: `<div id="static-view">`, to sit beside the live page's #root. */
export function renderStaticView(data: Dataset, view: ViewState, o: RenderOptions): string {
  const p = o.palette ?? PAGE_PALETTE;
  const m = staticModel(data, view);
  const { t, lang } = m.i18n;
  const shown = t('frame.shown', { shown: m.filtered.length, total: m.total });
  const filters = el('aside', { class: 'dashboard-filters', 'data-open': 'false' },
    el('button', { type: 'button', class: 'filters-toggle static-inactive', 'data-live-action': 'filters', 'aria-disabled': 'true', title: t('static.pending') }, esc(`${t('frame.filters')} · ${shown}`)),
    el('p', { class: 'static-filter-line' }, esc(m.filterLine)));
  const body = el('div', { class: `dashboard${m.state.embed ? ' dashboard-embed' : ''}` }, filters, el('div', { class: 'dashboard-panels' }, panels(m, o, p)));
  if (m.state.embed) {
    return el('div', { id: 'static-view', class: 'static-view', lang },
      el('main', { class: 'frame frame-embed', 'aria-label': m.title }, body, credit(m, o.hrefFor({ ...m.state, embed: false }), o.credit)));
  }
  const other = lang === 'fr' ? 'en' : 'fr';
  const switchHref = o.hrefFor({ ...m.state, lang: other });
  const switcher = el(switchHref ? 'a' : 'button', { class: 'static-action', href: switchHref ?? undefined, type: switchHref ? undefined : 'button', 'data-live-action': 'lang', lang: other, 'aria-label': t('lang.switch.label') }, esc(t('lang.switch')));
  return el('div', { id: 'static-view', class: 'static-view', lang },
    el('header', { class: 'frame-header' }, el('div', {}, el('h1', {}, esc(m.title)), el('p', { class: 'frame-count' }, esc(shown))),
      el('div', { class: 'frame-actions' }, switcher, el('button', { type: 'button', class: 'static-inactive', 'data-live-action': 'embed', 'aria-disabled': 'true', title: t('static.pending') }, esc(t('frame.embed'))))),
    el('main', { class: 'frame' }, body), credit(m, null, o.credit));
}
