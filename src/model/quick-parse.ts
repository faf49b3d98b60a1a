// A zod-free fast path for files with no problem at all, the common
// case (the bundled file, a newsroom's checked file). It accepts an item only
// when the schema (schema.ts) would, and builds the same output (strings
// trimmed, unknown keys dropped, keys in schema order); on any doubt it gives
// up and the caller runs the full validator (validate.ts), which lists problems.
import type { ContactEvent, Dataset, Localized, Partner, Place, Source } from './schema.ts';
import { daySpan, parsePartialDate } from './dates.ts';
import { DATE_BASES, EVENT_TYPES } from './vocabulary.ts';
import { ALPHA2, DATE_FORM, DAY_FORM, FILE_FORM, LANG_FORM, MAX_TEXT, PARTNER_ID, SLUG, URL_FORM } from './patterns.ts';


/** Thrown to leave the fast path; never escapes this module. */
class Doubt extends Error {}
const doubt = (): never => { throw new Doubt(); };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : doubt());
const arr = (v: unknown, min: number, max: number): unknown[] => (Array.isArray(v) && v.length >= min && v.length <= max ? v : doubt());
const text = (v: unknown, max = MAX_TEXT): string => {
  const t = typeof v === 'string' ? v.trim() : doubt();
  return t.length >= 1 && t.length <= max ? t : doubt();
};
const match = (v: unknown, re: RegExp, max = Infinity): string => (typeof v === 'string' && v.length <= max && re.test(v) ? v : doubt());
const slug = (v: unknown) => match(v, SLUG, 200);
const date = (v: unknown, form: RegExp) => (parsePartialDate(match(v, form)) ? (v as string) : doubt());
const oneOf = <T extends string>(v: unknown, values: readonly T[]): T => (values.includes(v as T) ? (v as T) : doubt());
const localized = (v: unknown, max = MAX_TEXT): Localized => { const o = obj(v); return { fr: text(o.fr, max), en: text(o.en, max) }; };
const num = (v: unknown, lo: number, hi: number) => (typeof v === 'number' && v >= lo && v <= hi ? v : doubt());

function source(v: unknown): Source {
  const o = obj(v);
  return {
    id: slug(o.id), title: text(o.title, 1000), publisher: text(o.publisher, 500),
    published: o.published === null ? null : date(o.published, DAY_FORM),
    url: o.url === null ? null : match(o.url, URL_FORM, 2000), file: o.file === null ? null : match(o.file, FILE_FORM, 200),
    lang: match(o.lang, LANG_FORM),
  };
}

function partner(v: unknown): Partner {
  const o = obj(v);
  const p: Partner = { id: match(o.id, PARTNER_ID), kind: oneOf(o.kind, ['country', 'organisation'] as const) };
  if (o.name !== undefined) p.name = localized(o.name, 200);
  if (p.kind === 'organisation' ? p.name === undefined : !ALPHA2.test(p.id)) doubt();
  return p;
}

function place(v: unknown): Place {
  const o = obj(v);
  return { id: slug(o.id), name: localized(o.name, 200), country: match(o.country, ALPHA2), lat: num(o.lat, -90, 90), lon: num(o.lon, -180, 180) };
}

function event(v: unknown): ContactEvent {
  const o = obj(v);
  const e = { id: slug(o.id), date: date(o.date, DATE_FORM) } as ContactEvent;
  if (o.end !== undefined) e.end = date(o.end, DATE_FORM);
  e.dateBasis = oneOf(o.dateBasis, DATE_BASES);
  e.partner = o.partner === null ? null : match(o.partner, PARTNER_ID);
  e.place = slug(o.place);
  e.type = oneOf(o.type, EVENT_TYPES);
  if (o.trip !== undefined) e.trip = match(o.trip, SLUG, 200);
  e.title = localized(o.title, 500);
  if (o.summary !== undefined) e.summary = localized(o.summary);
  e.people = arr(o.people, 0, 200).map((p) => text(p, 300));
  e.sources = arr(o.sources, 1, 50).map((s) => { const c = obj(s); return { source: slug(c.source), quote: text(c.quote) }; });
  if (e.end !== undefined && daySpan(parsePartialDate(e.end) ?? doubt())[1] < daySpan(parsePartialDate(e.date) ?? doubt())[0]) doubt();
  return e;
}

function unique<T extends { id: string }>(raw: unknown, read: (v: unknown) => T): T[] {
  const items = arr(raw, 0, Infinity).map(read);
  if (new Set(items.map((i) => i.id)).size !== items.length) doubt();
  return items;
}

function readDataset(input: unknown): Dataset {
  const root = obj(input);
  if (root.schema !== 1) doubt();
  const header = { title: localized(root.title, 300), focus: match(root.focus, ALPHA2), home: slug(root.home), updated: date(root.updated, DAY_FORM) };
  const sources = unique(root.sources, source);
  const partners = unique(root.partners, partner);
  const places = unique(root.places, place);
  const events = unique(root.events, event);
  const known = { sources: new Set(sources.map((s) => s.id)), partners: new Set(partners.map((p) => p.id)), places: new Set(places.map((p) => p.id)) };
  if (!known.places.has(header.home)) doubt();
  for (const e of events) {
    if ((e.partner !== null && !known.partners.has(e.partner)) || !known.places.has(e.place)) doubt();
    for (const c of e.sources) if (!known.sources.has(c.source)) doubt();
  }
  return { schema: 1, ...header, sources, partners, places, events };
}

/**
 * The dataset exactly as parseDataset would return it when the file has no
 * problem; null when it may have one (then run parseDataset to list them).
 * Quotes are not checked against source files: callers with source texts use parseDataset.
 */
export function quickParseDataset(input: unknown): Dataset | null {
  try {
    return readDataset(input);
  } catch (err) {
    if (err instanceof Doubt) return null;
    throw err;
  }
}
