// Everything the panels draw, memoised on [dataset, filters, language]:
// filtering and aggregation run once per change, never in render.
import { useEffect, useMemo } from 'react';
import type { I18n } from '../i18n/react.tsx';
import { isoDay } from '../model/dates.ts';
import { filterEvents, keepPartners } from '../model/filter.ts';
import { buildIndex, type EventIndex } from '../model/event-index.ts';
import { prepareSearchText } from '../model/search-text.ts';
import type { Dataset } from '../model/schema.ts';
import { restrictToDataset } from '../model/url-restrict.ts';
import type { ViewState } from '../model/url-state.ts';
import { makeLookups } from '../model/lookups.ts';
import { mapData, partnerBars, partnerOptions, spanOf, timelineSeries, typeOptions, type PartnerHref } from './derive.ts';

/** Chrome's navigator.scheduling.isInputPending, where there is one. */
const inputPending = (): boolean => (navigator as { scheduling?: { isInputPending?: () => boolean } }).scheduling?.isInputPending?.() ?? false;

/**
 * Builds a large index's search texts in idle time after the first draw (docs/bench.md),
 * using each idle period whole (a period cut short is not given back) but
 * stopping at once when a click or key is waiting.
 */
function useIdleSearchText(index: EventIndex): void {
  useEffect(function prepareSearchTextWhenIdle() {
    const idle = window.requestIdleCallback ?? ((cb: IdleRequestCallback) => window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 8 }), 16));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let handle = 0;
    const slice: IdleRequestCallback = (deadline) => {
      if (!prepareSearchText(index, performance.now() + Math.max(4, deadline.timeRemaining()), inputPending)) handle = idle(slice);
    };
    handle = idle(slice);
    return function cancelIdleWork() { cancel(handle); };
  }, [index]);
}

export function useIndex(data: Dataset) {
  const indexed = useMemo(() => {
    // Search texts are built in idle time after the first draw (useIdleSearchText), or by the first search.
    const index = buildIndex(data, 0);
    const lookups = makeLookups(data);
    return { index, lookups, known: { partners: new Set(data.partners.map((p) => p.id)), events: new Set(index.byId.keys()) } };
  }, [data]);
  useIdleSearchText(indexed.index);
  return indexed;
}

type Indexed = ReturnType<typeof useIndex>;

export function useDerived({ index, lookups, known }: Indexed, view: ViewState, i18n: I18n, partnerHref?: PartnerHref) {
  const { state, ignored } = useMemo(() => restrictToDataset(view, known), [view, known]);
  const { countries, from, to, types, q, levels } = state;
  // The partner chart keeps every partner's bar so a click can add one (cross-filtering);
  // the shown events are those of its selected partners, so the index is scanned once.
  const forPartners = useMemo(() => filterEvents(index, { countries: [], from, to, types, q, levels }), [index, from, to, types, q, levels]);
  const filtered = useMemo(() => keepPartners(forPartners, countries), [forPartners, countries]);
  const selected = state.event ? (index.byId.get(state.event) ?? null) : null;
  const series = useMemo(() => timelineSeries(filtered), [filtered]);
  const map = useMemo(() => mapData(filtered, index, lookups, i18n, partnerHref), [filtered, lookups, index, i18n, partnerHref]);
  const bars = useMemo(() => partnerBars(forPartners, lookups, i18n, partnerHref), [forPartners, lookups, i18n, partnerHref]);
  // Faceted counts: each type counted under every filter but the type one (a
  // rescan only while a type is ticked; otherwise it is the shown events).
  const forTypes = useMemo(
    () => (types.length === 0 ? filtered : filterEvents(index, { countries, from, to, types: [], q, levels })),
    [types, filtered, index, countries, from, to, q, levels],
  );
  // The same for levels: each counted under every filter but the level one.
  const forLevels = useMemo(
    () => (levels.length === 0 ? filtered : filterEvents(index, { countries, from, to, types, q, levels: [] })),
    [levels, filtered, index, countries, from, to, types, q],
  );
  const span = useMemo(() => spanOf(index), [index]);
  const partners = useMemo(() => partnerOptions(index, forPartners, lookups, i18n), [index, forPartners, lookups, i18n]);
  const typeChoices = useMemo(() => typeOptions(index, forTypes), [index, forTypes]);
  const options = useMemo(() => ({ partners, types: typeChoices, span }), [partners, typeChoices, span]);
  const highlightKey = selected ? isoDay(selected.start).slice(0, series.unit === 'day' ? 10 : series.unit === 'month' ? 7 : 4) : null;
  return { state, ignored, filtered, forLevels, selected, series, map, bars, options, highlightKey };
}
