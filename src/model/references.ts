// Cross-references of the events. A reference of the right form that names no
// record is read as the record's fault, not the event's (a partner dropped
// from `partners`, a place whose id was mistyped): the event stays, and the
// missing record is stood in for by what its id can tell (docs/dataset.md,
// "Repairs"). A quote of a bundled article must appear in it verbatim.
import { ALPHA2 } from './patterns.ts';
import { showValue, type Action, type Problem } from './problem-codes.ts';
import type { ContactEvent, Partner, Place, Source } from './schema.ts';

export interface Records { sources: Source[]; partners: Partner[]; places: Place[] }
interface Kept { item: ContactEvent; index: number }

/** Whitespace-normalised, as quotes are compared. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const byId = (id: string) => ({ fr: id, en: id });
const standIn = {
  partner: (id: string): Partner => (ALPHA2.test(id) ? { id, kind: 'country' } : { id, kind: 'organisation', name: byId(id) }),
  place: (id: string): Place => ({ id, name: byId(id), country: null, lat: null, lon: null }),
  source: (id: string): Source => ({ id, title: id, publisher: id, published: null, url: null, file: null, lang: 'und' }),
};

/**
 * Adds a stand-in record for every id the events cite that its list lacks,
 * with one warning per missing id, at the first event that cites it.
 */
export function completeReferences(events: readonly Kept[], records: Records, problems: Problem[]): void {
  const known = {
    partner: new Set(records.partners.map((p) => p.id)),
    place: new Set(records.places.map((p) => p.id)),
    source: new Set(records.sources.map((s) => s.id)),
  };
  const citers = new Map<string, Problem>();
  const cite = (kind: keyof typeof standIn, id: string, at: Kept, field: string) => {
    const key = `${kind}:${id}`;
    const first = citers.get(key);
    if (first) return void (first.detail = String(Number(first.detail) + 1));
    if (known[kind].has(id)) return;
    const action: Action = kind === 'place' ? 'unknown_place' : kind === 'partner' && ALPHA2.test(id) ? 'display_name' : 'named_by_id';
    const problem: Problem = { severity: 'warning', action, section: 'events', index: at.index, id: at.item.id, field, code: 'unknown_reference', detail: '1', value: showValue(id) };
    citers.set(key, problem);
    problems.push(problem);
    if (kind === 'partner') records.partners.push(standIn.partner(id));
    else if (kind === 'place') records.places.push(standIn.place(id));
    else records.sources.push(standIn.source(id));
  };
  for (const at of events) {
    if (at.item.partner !== null) cite('partner', at.item.partner, at, 'partner');
    cite('place', at.item.place, at, 'place');
    at.item.sources.forEach((c, i) => cite('source', c.source, at, `sources.${i}.source`));
  }
}
