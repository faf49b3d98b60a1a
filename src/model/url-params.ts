// Readers for the values of the URL's parameters (docs/interfaces.md §1). Each one
// turns raw text into a usable value or reports why it cannot: a link from an
// old article must open a page, never an error.
import { parsePartialDate } from './dates.ts';

export type IgnoredReason = 'bad_value' | 'unknown_value' | 'unknown_look' | 'repeated' | 'too_long' | 'other_origin';
export interface Ignored { param: string; value: string; reason: IgnoredReason }
export type Report = (value: string, reason: IgnoredReason) => void;

/** Longest value read from the URL; longer ones are ignored whole (`too_long`). */
export const MAX_VALUE_LENGTH = 500;
/** Longest free-text query: a real search is a few words. */
export const MAX_QUERY_LENGTH = 200;
/** Longest value quoted back in an Ignored entry, so a notice stays one line. */
const MAX_REPORTED_LENGTH = 80;

export function shorten(value: string): string {
  return value.length > MAX_REPORTED_LENGTH ? `${value.slice(0, MAX_REPORTED_LENGTH - 1)}…` : value;
}

export function parseSearch(search: string): URLSearchParams {
  try {
    return new URLSearchParams(String(search).replace(/^\?/, ''));
  } catch {
    return new URLSearchParams();
  }
}

// Commas and slashes stay readable in links (country=RU,US; data=data/x.json).
export function encodeValue(value: string): string {
  return encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD')).replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** Comma-separated items, trimmed, empty ones dropped. */
function splitList(raw: string): string[] {
  return raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Keeps the items `accept` recognises (after `fold`), de-duplicated, in the
 * order `canonical` gives; reports each other item with `reason`.
 */
export function readList<T extends string>(
  raw: string, fold: (s: string) => string, accept: (s: string) => s is T,
  canonical: (items: T[]) => T[], reason: IgnoredReason, report: Report,
): T[] {
  const kept = new Set<T>();
  for (const item of splitList(raw)) {
    const value = fold(item);
    if (accept(value)) kept.add(value);
    else report(item, reason);
  }
  return canonical([...kept]);
}

/** In the order of `declared` (types, panels). */
export const inOrder = <T extends string>(declared: readonly T[]) => (items: T[]) => declared.filter((d) => items.includes(d));
export const sorted = <T extends string>(items: T[]) => items.sort();
export const memberOf = <T extends string>(declared: readonly T[]) => (s: string): s is T => (declared as readonly string[]).includes(s);

export function readDate(raw: string, report: Report): string | null {
  if (parsePartialDate(raw) !== null) return raw;
  report(raw, 'bad_value');
  return null;
}

// Used when the caller gives no page URL: relative paths then resolve to it,
// and anything naming a host of its own is another origin.
const PLACEHOLDER_PAGE = 'https://page.invalid/';

/**
 * A dataset path that resolves to the page's own origin over http(s). A link
 * must not make a newsroom's dashboard show someone else's numbers.
 */
export function readDataPath(raw: string, pageUrl: string | undefined, report: Report): string | null {
  let page: URL;
  let target: URL;
  try {
    page = new URL(pageUrl ?? PLACEHOLDER_PAGE);
    target = new URL(raw, page);
  } catch {
    report(raw, 'bad_value');
    return null;
  }
  const httpLike = target.protocol === 'http:' || target.protocol === 'https:';
  // Protocol-relative "//host/x" names a host even when it is the page's own: refuse it outright.
  if (!httpLike || target.origin !== page.origin || /^\s*[/\\]{2}/.test(raw)) {
    report(raw, 'other_origin');
    return null;
  }
  return raw;
}
