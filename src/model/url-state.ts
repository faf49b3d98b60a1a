// The URL codec (docs/interfaces.md §1): every view is a link. Decoding never
// throws; what cannot be used is dropped and listed, so the page can say so.
import type { EventType, Level } from './schema.ts';
import { EVENT_TYPES, LEVELS } from './vocabulary.ts';
import { NO_FILTERS, rangeDays, type Filters } from './filter.ts';
import { LOOK_NAME, PARTNER_ID, SLUG as EVENT_ID, type Lang } from './patterns.ts';
import {
  MAX_QUERY_LENGTH, MAX_VALUE_LENGTH, inOrder, memberOf, readDataPath, readDate, readList,
  encodeValue, parseSearch, shorten, sorted, type Ignored, type Report,
} from './url-params.ts';

export type { Ignored } from './url-params.ts';

/** Every panel a view can name, in canonical order; the partners table only when asked for. */
export const PANELS = ['map', 'partners', 'timeline', 'list', 'table'] as const;
export type Panel = (typeof PANELS)[number];
/** The panels of a link without `view=`. */
const DEFAULT_PANELS: readonly Panel[] = ['map', 'partners', 'timeline', 'list'];
/** `auto` follows the reader's prefers-color-scheme; no `theme=` is light (an embed follows its host, not the reader). */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewState extends Filters {
  /** The focus side's levels; empty = every event. */
  levels: Level[];
  event: string | null;
  /** The partner whose record (profile) is open, or null. */
  partner: string | null;
  lang: Lang;
  /** Panels shown, in canonical order; the four of DEFAULT_PANELS by default. */
  view: Panel[];
  embed: boolean;
  /** Same-origin path of another dataset, as given (resolved against the page). */
  data: string | null;
  theme: Theme;
  /** A newsroom's named look (newsroom.config.json), or null for its default look. */
  look: string | null;
}

export const DEFAULT_VIEW: ViewState = { ...NO_FILTERS, levels: [], event: null, partner: null, lang: 'fr', view: [...DEFAULT_PANELS], embed: false, data: null, theme: 'light', look: null };

/**
 * One parameter of the link: how its text becomes a field of the view state
 * and back, as nuqs's parsers pair `parse` and `serialize`. `read` gets the
 * value trimmed (unless `raw`) and non-empty (unless `raw`), and returns
 * undefined to keep the default; `write` returns null to leave the key out.
 */
interface Param<K extends keyof ViewState> {
  field: K;
  read: (value: string, report: Report, pageUrl: string | undefined) => ViewState[K] | undefined;
  write: (value: ViewState[K]) => string | null;
  /** Free text: read untrimmed, empty included, up to MAX_QUERY_LENGTH. */
  raw?: true;
}
const param = <K extends keyof ViewState>(p: Param<K>) => p as unknown as Param<keyof ViewState>;

const isPartnerId = (s: string): s is string => PARTNER_ID.test(s);
const isEventType = memberOf<EventType>(EVENT_TYPES);
const isPanel = memberOf<Panel>(PANELS);
const isLevel = memberOf<Level>(LEVELS);
const isDefaultView = (view: readonly Panel[]) => view.length === 0 || (view.length === DEFAULT_PANELS.length && DEFAULT_PANELS.every((p) => view.includes(p)));
const isTheme = memberOf<Theme>(THEMES);
const lower = (s: string) => s.toLowerCase();
const upper = (s: string) => s.toUpperCase();
const list = (items: readonly string[]) => (items.length > 0 ? items.join(',') : null);
const unlessNull = (value: string | null) => value;

/** The codec's parameters, one entry each, in the order encodeViewState writes them. */
const PARAMS = {
  country: param({
    field: 'countries', write: list,
    read: (raw, report) => readList(raw, upper, isPartnerId, sorted, 'bad_value', report),
  }),
  from: param({ field: 'from', read: readDate, write: unlessNull }),
  to: param({ field: 'to', read: readDate, write: unlessNull }),
  type: param({
    field: 'types', write: list,
    read: (raw, report) => readList(raw, lower, isEventType, inOrder(EVENT_TYPES), 'unknown_value', report),
  }),
  level: param({
    field: 'levels', write: list,
    read: (raw, report) => readList(raw, lower, isLevel, inOrder(LEVELS), 'unknown_value', report),
  }),
  q: param({ field: 'q', raw: true, read: (raw) => raw, write: (q) => (q === '' ? null : q) }),
  event: param({
    field: 'event', write: unlessNull,
    read: (raw, report) => (EVENT_ID.test(raw) ? raw : void report(raw, 'bad_value')),
  }),
  partner: param({
    field: 'partner', write: unlessNull,
    read: (raw, report) => (isPartnerId(upper(raw)) ? upper(raw) : void report(raw, 'bad_value')),
  }),
  lang: param({
    field: 'lang', write: (lang) => (lang === 'fr' ? null : lang),
    read: (raw, report) => {
      const lang = raw.toLowerCase();
      return lang === 'fr' || lang === 'en' ? lang : void report(raw, 'bad_value');
    },
  }),
  view: param({
    field: 'view',
    read: (raw, report) => {
      const panels = readList(raw, lower, isPanel, inOrder(PANELS), 'unknown_value', report);
      return panels.length > 0 ? panels : undefined; // no known panel: show them all rather than a blank page
    },
    write: (view) => (isDefaultView(view) ? null : list(view)),
  }),
  embed: param({
    field: 'embed', write: (embed) => (embed ? '1' : null),
    read: (raw, report) => (raw === '1' || raw === '0' ? raw === '1' : void report(raw, 'bad_value')),
  }),
  data: param({ field: 'data', read: (raw, report, pageUrl) => readDataPath(raw, pageUrl, report), write: unlessNull }),
  theme: param({
    field: 'theme', write: (theme) => (theme === 'light' ? null : theme),
    read: (raw, report) => (isTheme(raw.toLowerCase()) ? (raw.toLowerCase() as Theme) : void report(raw, 'bad_value')),
  }),
  // Only its form here: which looks exist is the build's to say (restrictToLooks).
  look: param({
    field: 'look', write: unlessNull,
    read: (raw, report) => (LOOK_NAME.test(lower(raw)) ? lower(raw) : void report(raw, 'bad_value')),
  }),
};
type ParamName = keyof typeof PARAMS;
const NAMES = Object.keys(PARAMS) as ParamName[];
export const KNOWN_PARAMS: readonly string[] = NAMES;
const isParam = memberOf(NAMES);

function assign<K extends keyof ViewState>(state: ViewState, field: K, value: ViewState[K] | undefined): void {
  if (value !== undefined) state[field] = value;
}

/** The view state a query string asks for, and each value it could not use. Never throws. */
export function decodeViewState(search: string, pageUrl?: string): { state: ViewState; ignored: Ignored[] } {
  const state: ViewState = { ...DEFAULT_VIEW, countries: [], types: [], levels: [], view: [...DEFAULT_PANELS] };
  const ignored: Ignored[] = [];
  const seen = new Set<ParamName>();
  for (const [name, raw] of parseSearch(search)) {
    if (!isParam(name)) continue; // pym.js and others add their own: not ours to judge
    const report: Report = (value, reason) => void ignored.push({ param: name, value: shorten(value), reason });
    const { field, read, raw: freeText } = PARAMS[name];
    const value = freeText ? raw : raw.trim();
    if (seen.has(name)) report(raw, 'repeated'); // the first one wins
    else if (raw.length > (freeText ? MAX_QUERY_LENGTH : MAX_VALUE_LENGTH)) report(raw, 'too_long');
    else if (value !== '' || freeText) assign(state, field, read(value, report, pageUrl));
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
  const own = NAMES.flatMap((name) => {
    const { field, write } = PARAMS[name];
    const value = write(state[field]);
    return value === null ? [] : [`${name}=${encodeValue(value)}`];
  });
  return [...own, ...foreignParams(keep)].join('&');
}
