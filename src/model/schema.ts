// The dataset contract (docs/dataset.md) as one zod schema: the runtime
// validator and data/schema.json are both derived from it.
import { z } from 'zod';
import { daySpan, parsePartialDate } from './dates.ts';
import { DATE_BASES, EVENT_TYPES } from './vocabulary.ts';
import { ALPHA2, DATE_FORM, DAY_FORM, FILE_FORM, LANG_FORM, MAX_TEXT, PARTNER_ID, SLUG, URL_FORM } from './patterns.ts';

// No `new Function` fast path: under the production CSP (script-src 'self', no
// 'unsafe-eval') zod's eval probe is reported as a securitypolicyviolation.
z.config({ jitless: true });

export { DATE_BASES, EVENT_TYPES } from './vocabulary.ts';


const text = (max = MAX_TEXT) => z.string().trim().min(1).max(max);
const localized = (max = MAX_TEXT) => z.object({ fr: text(max), en: text(max) });
const slug = z.string().max(200).regex(SLUG);
// A wrong form is reported once, as bad_format; bad_date is for well-formed days
// that the calendar lacks (2025-02-30).
const realDate = (form: RegExp) =>
  z.string().regex(form).refine((s) => !form.test(s) || parsePartialDate(s) !== null, { message: 'bad_date' });

export const SourceSchema = z.object({
  id: slug,
  title: text(1000),
  publisher: text(500),
  published: realDate(DAY_FORM).nullable(),
  url: z.string().max(2000).regex(URL_FORM).nullable(),
  file: z.string().max(200).regex(FILE_FORM).nullable(),
  lang: z.string().regex(LANG_FORM),
});

export const PartnerSchema = z
  .object({
    id: z.string().regex(PARTNER_ID),
    kind: z.enum(['country', 'organisation']),
    name: localized(200).optional(),
  })
  .refine((p) => p.kind === 'country' || p.name !== undefined, { message: 'name_required', path: ['name'] })
  .refine((p) => p.kind === 'organisation' || ALPHA2.test(p.id), { message: 'bad_format', path: ['id'] });

export const PlaceSchema = z.object({
  id: slug,
  name: localized(200),
  country: z.string().regex(ALPHA2),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const EventSchema = z
  .object({
    id: slug,
    date: realDate(DATE_FORM),
    end: realDate(DATE_FORM).optional(),
    dateBasis: z.enum(DATE_BASES),
    partner: z.string().regex(PARTNER_ID).nullable(),
    place: slug,
    type: z.enum(EVENT_TYPES),
    trip: z.string().max(200).regex(SLUG).optional(),
    title: localized(500),
    summary: localized().optional(),
    people: z.array(text(300)).max(200),
    sources: z.array(z.object({ source: slug, quote: text() })).min(1).max(50),
  })
  .refine((e) => e.end === undefined || endNotBefore(e.date, e.end), { message: 'end_before_date', path: ['end'] });

/** `end` may not close before `date` opens; each is taken at its widest span. */
function endNotBefore(date: string, end: string): boolean {
  const first = parsePartialDate(date);
  const last = parsePartialDate(end);
  if (!first || !last) return true; // the date checks report these
  return daySpan(last)[1] >= daySpan(first)[0];
}

export const HeaderSchema = z.object({
  schema: z.literal(1),
  title: localized(300),
  focus: z.string().regex(ALPHA2),
  home: slug,
  updated: realDate(DAY_FORM),
});

/** The whole file, for data/schema.json. The validator checks it piece by piece. */
const DatasetSchema = HeaderSchema.extend({
  sources: z.array(SourceSchema),
  partners: z.array(PartnerSchema),
  places: z.array(PlaceSchema),
  events: z.array(EventSchema),
});

export type EventType = (typeof EVENT_TYPES)[number];
export type DateBasis = (typeof DATE_BASES)[number];
export type Localized = z.infer<ReturnType<typeof localized>>;
export type Source = z.infer<typeof SourceSchema>;
export type Partner = z.infer<typeof PartnerSchema>;
/**
 * A validated place. A repaired one may lack its country or its position: it
 * keeps its events in the list and the charts, off the map (docs/dataset.md, "Repairs").
 */
/** A place as a file holds it. */
export type PlaceEntry = z.infer<typeof PlaceSchema>;
export type Place = Omit<PlaceEntry, 'country' | 'lat' | 'lon'> & {
  country: string | null;
  lat: number | null;
  lon: number | null;
};
export type ContactEvent = z.infer<typeof EventSchema>;

/** A validated dataset. Header fields that failed validation are null. */
export interface Dataset {
  schema: 1;
  title: Localized | null;
  focus: string | null;
  home: string | null;
  updated: string | null;
  sources: Source[];
  partners: Partner[];
  places: Place[];
  events: ContactEvent[];
}

/**
 * JSON Schema of the file. `io: 'input'` describes what a file may contain and,
 * unlike the output mode, adds no `additionalProperties: false`: the contract
 * lets newsrooms add fields.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: schema.$schema,
    title: 'Diplomatic contacts dataset (schema 1)',
    description: 'Generated from src/model/schema.ts by npm run gen-schema; the contract is docs/dataset.md. Fields may be added.',
    ...schema,
  };
}
