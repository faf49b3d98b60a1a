// The URL codec (INTERFACES.md §1): every view is a link. Decoding never
// throws; what cannot be used is dropped and listed, so the page can say so.
import type { EventType } from './schema.ts';
import { EVENT_TYPES } from './vocabulary.ts';
import { NO_FILTERS, rangeDays, type Filters } from './filter.ts';
import { PARTNER_ID, SLUG as EVENT_ID, type Lang } from './patterns.ts';
import {
  MAX_QUERY_LENGTH, MAX_VALUE_LENGTH, inOrder, memberOf, readDataPath, readDate, readList,
  shorten, sorted, type Ignored, type Report,
} from './url-params.ts';

export type { Ignored, IgnoredReason } from './url-params.ts';

export const PANELS = ['map', 'partners', 'timeline', 'list'] as const;
export type Panel = (typeof PANELS)[number];

export interface ViewState extends Filters {
  event: string | null;
  lang: Lang;
  /** Panels shown, in canonical order; all four by default. */
  view: Panel[];
  embed: boolean;
  /** Same-origin path of another dataset, as given (resolved against the page). */
  data: string | null;
}

export const DEFAULT_VIEW: ViewState = { ...NO_FILTERS, event: null, lang: 'fr', view: [...PANELS], embed: false, data: null };

/** The codec's parameters, in the order encodeViewState writes them. */
const PARAMS = ['country', 'from', 'to', 'type', 'q', 'event', 'lang', 'view', 'embed', 'data'] as const;
type Param = (typeof PARAMS)[number];
export const KNOWN_PARAMS: readonly string[] = PARAMS;
const isParam = memberOf(PARAMS);

type Reader = (raw: string, state: ViewState, report: Report, pageUrl: string | undefined) => void;
const isPartnerId = (s: string): s is string => PARTNER_ID.test(s);
const isEventType = memberOf<EventType>(EVENT_TYPES);
const isPanel = memberOf<Panel>(PANELS);
const lower = (s: string) => s.toLowerCase();
const upper = (s: string) => s.toUpperCase();

const READERS: Record<Param, Reader> = {
  country: (raw, s, report) => void (s.countries = readList(raw, upper, isPartnerId, sorted, 'bad_value', report)),
  from: (raw, s, report) => void (s.from = readDate(raw, report)),
  to: (raw, s, report) => void (s.to = readDate(raw, report)),
  type: (raw, s, report) => void (s.types = readList(raw, lower, isEventType, inOrder(EVENT_TYPES), 'unknown_value', report)),
  q: (raw, s) => void (s.q = raw),
  event: (raw, s, report) => (EVENT_ID.test(raw) ? void (s.event = raw) : report(raw, 'bad_value')),
  lang: (raw, s, report) => {
    const lang = raw.toLowerCase();
    if (lang === 'fr' || lang === 'en') s.lang = lang;
    else report(raw, 'bad_value');
  },
  view: (raw, s, report) => {
    const panels = readList(raw, lower, isPanel, inOrder(PANELS), 'unknown_value', report);
    if (panels.length > 0) s.view = panels; // no known panel: show them all rather than a blank page
  },
  embed: (raw, s, report) => (raw === '1' || raw === '0' ? void (s.embed = raw === '1') : report(raw, 'bad_value')),
  data: (raw, s, report, pageUrl) => void (s.data = readDataPath(raw, pageUrl, report)),
};

function parseSearch(search: string): URLSearchParams {
  try {
    return new URLSearchParams(String(search).replace(/^\?/, ''));
  } catch {
    return new URLSearchParams();
  }
}

/** The view state a query string asks for, and each value it could not use. Never throws. */
export function decodeViewState(search: string, pageUrl?: string): { state: ViewState; ignored: Ignored[] } {
  const state: ViewState = { ...DEFAULT_VIEW, countries: [], types: [], view: [...PANELS] };
  const ignored: Ignored[] = [];
  const seen = new Set<Param>();
  for (const [name, raw] of parseSearch(search)) {
    if (!isParam(name)) continue; // pym.js and others add their own: not ours to judge
    const report: Report = (value, reason) => void ignored.push({ param: name, value: shorten(value), reason });
    if (seen.has(name)) report(raw, 'repeated'); // the first one wins
    else if (raw.length > (name === 'q' ? MAX_QUERY_LENGTH : MAX_VALUE_LENGTH)) report(raw, 'too_long');
    else if (raw.trim() !== '' || name === 'q') READERS[name](name === 'q' ? raw : raw.trim(), state, report, pageUrl);
    seen.add(name);
  }
  dropInvertedRange(state, ignored);
  return { state, ignored };
}

/** A range that ends before it starts selects nothing: keep `from`, drop `to`. */
function dropInvertedRange(state: ViewState, ignored: Ignored[]): void {
  if (state.from === null || state.to === null) return;
  const [first] = rangeDays(state.from, null);
  const [, last] = rangeDays(null, state.to);
  if (first <= last) return;
  ignored.push({ param: 'to', value: state.to, reason: 'bad_value' });
  state.to = null;
}

// Commas and slashes stay readable in links (country=RU,US; data=data/x.json).
function encodeValue(value: string): string {
  return encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD')).replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%20/g, '+');
}

function valuesOf(state: ViewState): Record<Param, string | null> {
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(',') : null);
  const allPanels = state.view.length === 0 || PANELS.every((p) => state.view.includes(p));
  return {
    country: list(state.countries), from: state.from, to: state.to, type: list(state.types),
    q: state.q === '' ? null : state.q, event: state.event, lang: state.lang === 'fr' ? null : state.lang,
    view: allPanels ? null : list(state.view), embed: state.embed ? '1' : null, data: state.data,
  };
}

/** Parameters of `keep` the codec does not know, as they were written. */
function foreignParams(keep: string): string[] {
  return keep.replace(/^\?/, '').split('&').filter((part) => {
    if (part === '') return false;
    const name = [...parseSearch(part).keys()][0] ?? '';
    return !isParam(name);
  });
}

/**
 * The query string (without '?') for a state: only non-default values, in a
 * fixed order, then the parameters of `keep` (the current query) the codec
 * does not know, such as pym.js's initialWidth, childId, parentTitle, parentUrl.
 */
export function encodeViewState(state: ViewState, keep = ''): string {
  const values = valuesOf(state);
  const own = PARAMS.flatMap((p) => (values[p] === null ? [] : [`${p}=${encodeValue(values[p])}`]));
  return [...own, ...foreignParams(keep)].join('&');
}

/** Drops the partner and event ids the loaded dataset does not have. */
export function restrictToDataset(
  state: ViewState, known: { partners: ReadonlySet<string>; events: ReadonlySet<string> },
): { state: ViewState; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  const countries = state.countries.filter((id) => known.partners.has(id));
  for (const id of state.countries) if (!known.partners.has(id)) ignored.push({ param: 'country', value: id, reason: 'unknown_value' });
  let event = state.event;
  if (event !== null && !known.events.has(event)) {
    ignored.push({ param: 'event', value: event, reason: 'unknown_value' });
    event = null;
  }
  return { state: { ...state, countries, event }, ignored };
}
