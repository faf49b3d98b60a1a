// A fault in a shared record costs that record's faulty field, never the
// events that cite it (docs/dataset.md, "Repairs"): each field is checked on
// its own, a bad one is replaced by what the page can still show, and the
// repair is reported as a warning. Only a record with no usable id is left out.
import type { z } from 'zod';
import { ALPHA2 } from './patterns.ts';
import type { Action, Problem, Section } from './problem-codes.ts';
import { PartnerSchema, PlaceSchema, SourceSchema, type Localized, type Partner, type Place, type Source } from './schema.ts';
import { issuesToProblems, LEFT_OUT, type Outcome } from './zod-issues.ts';

type Obj = Record<string, unknown>;
type RecordSection = Extract<Section, 'sources' | 'partners' | 'places'>;
const warn = (action: Action): Outcome => ({ severity: 'warning', action });

/** Each field of the shape checked alone: the values that pass, and the keys that do not with their issues. */
function checkFields(shape: Record<string, z.ZodType>, item: Obj): { ok: Obj; bad: Map<string, z.ZodError> } {
  const ok: Obj = {};
  const bad = new Map<string, z.ZodError>();
  for (const [key, schema] of Object.entries(shape)) {
    const result = schema.safeParse(item[key]);
    if (!result.success) bad.set(key, result.error);
    else if (result.data !== undefined) ok[key] = result.data;
  }
  return { ok, bad };
}

interface Repairing { section: RecordSection; item: Obj; index: number; problems: Problem[] }

/** Reports the faulty fields of a record with what was done about each. */
function report(r: Repairing, bad: Map<string, z.ZodError>, outcomeOf: (key: string) => Outcome): void {
  for (const [key, error] of bad) r.problems.push(...issuesToProblems(r.section, r.item, error, outcomeOf(key), r.index, [key]));
}

type Begun<T> = { valid: T } | { repair: Repairing } | null;

/** The record as is when valid; else the object to repair; null when it is not an object at all (left out). */
function start<T>(section: RecordSection, raw: unknown, index: number, schema: z.ZodType<T>, problems: Problem[]): Begun<T> {
  const whole = schema.safeParse(raw);
  if (whole.success) return { valid: whole.data };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(...issuesToProblems(section, raw, whole.error, LEFT_OUT, index));
    return null;
  }
  return { repair: { section, item: raw as Obj, index, problems } };
}

const byId = (id: string): Localized => ({ fr: id, en: id });

/** A record with no usable id cannot be cited: it is left out, with every fault it has. */
function leaveOut(r: Repairing, bad: Map<string, z.ZodError>): null {
  report(r, bad, () => LEFT_OUT);
  return null;
}

export function repairSource(raw: unknown, index: number, problems: Problem[]): Source | null {
  const begun = start<Source>('sources', raw, index, SourceSchema, problems);
  if (begun === null || 'valid' in begun) return begun?.valid ?? null;
  const r = begun.repair;
  const { ok, bad } = checkFields(SourceSchema.shape, r.item);
  if (bad.has('id')) return leaveOut(r, bad);
  const OUTCOMES: Record<string, Action> = { title: 'named_by_id', publisher: 'named_by_id', published: 'no_date', url: 'no_link', file: 'not_checked', lang: 'no_lang' };
  report(r, bad, (key) => warn(OUTCOMES[key] ?? 'ignored'));
  const id = ok.id as string;
  const s = ok as Partial<Source>;
  return {
    id, title: s.title ?? id, publisher: s.publisher ?? id, published: s.published ?? null,
    url: s.url ?? null, file: s.file ?? null, lang: s.lang ?? 'und',
  };
}

export function repairPlace(raw: unknown, index: number, problems: Problem[]): Place | null {
  const begun = start<Place>('places', raw, index, PlaceSchema as z.ZodType<Place>, problems);
  if (begun === null || 'valid' in begun) return begun?.valid ?? null;
  const r = begun.repair;
  const { ok, bad } = checkFields(PlaceSchema.shape, r.item);
  if (bad.has('id')) return leaveOut(r, bad);
  report(r, bad, (key) => warn(key === 'name' ? 'named_by_id' : key === 'country' ? 'no_country' : 'off_map'));
  const p = ok as Partial<Place>;
  const placed = !bad.has('lat') && !bad.has('lon');
  return { id: ok.id as string, name: p.name ?? byId(ok.id as string), country: p.country ?? null, lat: placed ? (p.lat as number) : null, lon: placed ? (p.lon as number) : null };
}

export function repairPartner(raw: unknown, index: number, problems: Problem[]): Partner | null {
  const begun = start<Partner>('partners', raw, index, PartnerSchema as z.ZodType<Partner>, problems);
  if (begun === null || 'valid' in begun) return begun?.valid ?? null;
  const r = begun.repair;
  const { ok, bad } = checkFields(PartnerSchema.shape, r.item);
  if (bad.has('id')) return leaveOut(r, bad);
  const id = ok.id as string;
  // A country is named by Intl.DisplayNames, so it needs an alpha-2 id; anything else is an organisation.
  const country = ALPHA2.test(id) && ok.kind !== 'organisation';
  const name = ok.name as Localized | undefined;
  report(r, bad, () => warn(country ? 'display_name' : name ? 'as_organisation' : 'named_by_id'));
  const at = { severity: 'warning' as const, section: 'partners' as const, index, id };
  if (ok.kind === 'country' && !country) problems.push({ ...at, action: name ? 'as_organisation' : 'named_by_id', field: 'id', code: 'bad_format', value: id });
  else if (!country && name === undefined && !bad.has('name')) problems.push({ ...at, action: 'named_by_id', field: 'name', code: 'name_required' });
  return country ? { id, kind: 'country', ...(name ? { name } : {}) } : { id, kind: 'organisation', name: name ?? byId(id) };
}
