// Everything a static view draws, computed once from [dataset, view state,
// language] by the same functions the live page's useDerived calls (issue 19),
// so the poster, the exported image and the live views cannot drift apart.
import { coarseBands, timelineRows } from '../adapters/charts/timeline-data.ts';
import { partnerRows, TOP_PARTNERS } from '../adapters/charts/partner-rows.ts';
import { mapData, partnerBars, timelineSeries } from '../app/derive.ts';
import { addArea } from '../i18n/catalogue.ts';
import { staticView } from '../i18n/messages/static.ts';
import { partnerLabel } from '../i18n/labels.ts';
import { makeI18n, type I18n } from '../i18n/react.tsx';
import { buildIndex } from '../model/event-index.ts';
import { filterEvents, keepPartners } from '../model/filter.ts';
import { makeLookups } from '../model/lookups.ts';
import type { Dataset } from '../model/schema.ts';
import { restrictToDataset } from '../model/url-restrict.ts';
import type { ViewState } from '../model/url-state.ts';

// The static view's strings load with it, not on every page's first screen (size budget).
addArea(staticView);

export function staticModel(data: Dataset, view: ViewState) {
  const i18n = makeI18n(view.lang);
  const index = buildIndex(data);
  const lookups = makeLookups(data);
  const known = { partners: new Set(data.partners.map((p) => p.id)), events: new Set(index.byId.keys()) };
  const { state } = restrictToDataset(view, known);
  const { countries, from, to, types, q } = state;
  const forPartners = filterEvents(index, { countries: [], from, to, types, q });
  const filtered = keepPartners(forPartners, countries);
  const selected = state.event ? (index.byId.get(state.event) ?? null) : null;
  const series = timelineSeries(filtered);
  const bars = partnerBars(forPartners, lookups, i18n);
  const chosen = new Set(countries);
  const highlight = selected?.event.partner ?? null;
  // As PartnersChart: the top partners, plus the chosen and the selected event's one.
  const pinned = highlight === null ? chosen : new Set([...chosen, highlight]);
  const rows = partnerRows(bars, pinned, TOP_PARTNERS, (n) => i18n.plural('charts.partners.others', n));
  return {
    data, state, i18n, lookups, filtered, selected, total: index.items.length,
    title: data.title?.[state.lang] ?? i18n.t('app.title.fallback'),
    map: mapData(filtered, index, lookups, i18n),
    partners: { bars, rows, chosen },
    timeline: { series, rows: timelineRows(series.buckets, (key) => i18n.date(key)), bands: coarseBands(series.buckets, series.coarse) },
    filterLine: filterLine(state, i18n, lookups),
  };
}

export type StaticModel = ReturnType<typeof staticModel>;

/** "Filtres : Russie · du 1 juin 2025 au 30 juin 2025 · Visite officielle", or "Tous les contacts". */
function filterLine(state: ViewState, i18n: I18n, lookups: ReturnType<typeof makeLookups>): string {
  const parts: string[] = [];
  if (state.countries.length > 0) {
    parts.push(state.countries.map((id) => partnerLabel(id, lookups, i18n)).join(', '));
  }
  if (state.from && state.to) parts.push(i18n.t('static.filters.range', { from: i18n.date(state.from), to: i18n.date(state.to) }));
  else if (state.from) parts.push(i18n.t('static.filters.from', { from: i18n.date(state.from) }));
  else if (state.to) parts.push(i18n.t('static.filters.to', { to: i18n.date(state.to) }));
  if (state.types.length > 0) parts.push(state.types.map((t) => i18n.t(`type.${t}`)).join(', '));
  if (state.q.trim() !== '') parts.push(i18n.t('static.filters.text', { q: state.q.trim() }));
  return parts.length === 0 ? i18n.t('static.filters.none') : i18n.t('static.filters.line', { filters: parts.join(' · ') });
}
