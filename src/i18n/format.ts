// One catalogue for formats (docs/design.md §10): Intl formatters memoised per locale.
import { parsePartialDate } from '../model/dates.ts';
import type { MessageKey } from './catalogue.ts';
import type { Lang } from '../model/patterns.ts';
import { messages } from './catalogue.ts';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, unknown>();

function memo<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

export type Params = Record<string, string | number>;

function interpolate(lang: Lang, template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

/** The string for a key in a language, with {name} placeholders filled. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate(lang, messages[lang][key] ?? messages.fr[key] ?? key, params);
}

/** A count phrase: picks `${base}.one` / `${base}.other` by the language's plural rules. */
export function plural(lang: Lang, base: string, n: number, params?: Params): string {
  const rule = memo(`pr:${lang}`, () => new Intl.PluralRules(LOCALE[lang])).select(n);
  const key = (messages[lang][`${base}.${rule}`] !== undefined ? `${base}.${rule}` : `${base}.other`) as MessageKey;
  return translate(lang, key, { n, ...params });
}

export function formatNumber(lang: Lang, n: number): string {
  // Counts under a thousand read the same in every supported language: no Intl call (tables of hundreds of cells).
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  return memo(`nf:${lang}`, () => new Intl.NumberFormat(LOCALE[lang])).format(n);
}

const DATE_STYLE = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const;

/** A YYYY, YYYY-MM or YYYY-MM-DD date at the precision it has, never more. */
const formattedDates = new Map<string, string>();

export function formatPartialDate(lang: Lang, text: string, style: 'long' | 'short' = 'long'): string {
  // The same dates are formatted again on every filter change (axis labels, cards, popups).
  const key = `${lang}|${style}|${text}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    if (formattedDates.size >= 20_000) formattedDates.clear();
    formattedDates.set(key, (formatted = formatDate(lang, text, style)));
  }
  return formatted;
}

function formatDate(lang: Lang, text: string, style: 'long' | 'short'): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  const options = style === 'short' && d.precision !== 'year'
    ? { ...DATE_STYLE[d.precision], month: 'short' as const }
    : DATE_STYLE[d.precision];
  const fmt = memo(`df:${lang}:${d.precision}:${style}`, () => new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' }));
  return fmt.format(new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)));
}

/** A country's name in the UI language, from CLDR through Intl.DisplayNames. */
export function regionName(lang: Lang, code: string): string {
  // Intl.DisplayNames#of is slow next to a Map: a map of 1,000 places names the same partners again and again.
  const names = memo(`rn:${lang}`, () => new Map<string, string>());
  let name = names.get(code);
  if (name === undefined) {
    try {
      name = memo(`dn:${lang}`, () => new Intl.DisplayNames(LOCALE[lang], { type: 'region' })).of(code) ?? code;
    } catch {
      name = code;
    }
    names.set(code, name);
  }
  return name;
}
