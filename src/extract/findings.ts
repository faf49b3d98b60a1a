// The findings of one sentence that reports a contact: one per partner, with
// its place and date chosen from the sentence or the text around it; a
// follow-up adds its quote to the contact it describes.
import type { EventType } from '../model/schema.ts';
import { ORGANISATIONS } from './adjectives.ts';
import { chooseDate, choosePlace, RECEIVED_BY, spanDate, type PlaceRef } from './choose.ts';
import type { DateFinding, Reference } from './dates.ts';
import { namesFocusAsPlace, type PartnerLexicon, type PartnerMention } from './partners.ts';
import { findPeople } from './people.ts';
import type { Gazetteer, PlaceMention } from './places.ts';
import { fold } from './text.ts';

export interface Finding {
  partner: string;
  place: PlaceRef | null;
  type: EventType;
  date: DateFinding | null;
  quote: string;
  people: string[];
  notes: string[];
  /** Index of the paragraph it was read in (0 is the headline when there is one). */
  paragraph: number;
  /** Read from a headline: dropped when the body reports the same contact. */
  headline?: boolean;
  /** A later country of a trip told as a whole: its date is the trip's, until a later sentence tells the arrival. */
  tourStop?: boolean;
}

export interface WalkOptions { published: number | null; focus: string; lexicon: PartnerLexicon; gazetteer: Gazetteer }

export interface Context { partner: string | null; place: PlaceRef | null; date: DateFinding | null; type: EventType | null }

// Back home at the end of a trip: "a regagné Bamako …, au terme d'une tournée", "de retour de sa mission".
const RETURNED = /\b(?:(?:a|ont|avait|avaient) (?:\w+ )?regagne|(?:est|sont) (?:\w+ )?rentree?s?|(?:est|sont) de retour)\b[^.;]*\b(?:au terme|a l'issue|a la fin)\b|\bde retour (?:de|d')\b/;
// "Le ministre a accueilli son homologue": a host receives at home.
const HOSTED = /\b(?:a|ont|avait|avaient) (?:\w+ment )?accueilli\b(?![^.;]*\bpar\b)/;
// Someone who speaks for a partner in the focus country: where they meet is home.
export const ENVOY = /\b(?:ambassad\w*|diplomates?|charge d'affaires|representant\w*|representation|chef de (?:la )?(?:delegation|mission)|coordonnat\w*|directeur pays|directrice pays|envoye\w*)\b/;

const CARRIED_TYPES = new Set<EventType>(['agreement', 'cooperation', 'reception']);
const BOTH_SIDES = /\bles deux (?:ministres|parties|delegations|hommes|chefs d'etat|chefs de gouvernement|chefs de la diplomatie|pays|responsables|personnalites|presidents)\b/;
// "avec des partenaires arabes", "avec plusieurs pays": partners the sentence leaves unnamed on purpose.
const UNNAMED = /\b(?:des|plusieurs|divers|d'autres|ses|nos|leurs|les) (?:partenaires|pays|bailleurs|etats|organisations)\b/;

export interface Read {
  /** The whole sentence, quoted verbatim (the text read may be one of its clauses). */
  quote: string;
  type: EventType; dates: DateFinding[]; partners: PartnerMention[]; places: PlaceMention[];
  /** The sentence lists envoys and takes its type from the sentence before. */
  listing: boolean;
  followUp: boolean;
  /** The sentence only tells what someone said ("a souligné", "a transmis les salutations de"). */
  said: boolean;
  index: number;
  headline: boolean;
  /** No partner named, but a person or "la délégation" tied to one just before. */
  referred: { partner: string; why: string } | null;
}

export function findingsOf(text: string, r: Read, ctx: Context, prev: Context, ref: Reference | null, o: WalkOptions, earlier: Finding[]): Finding[] {
  const notes: string[] = [];
  const follow = r.followUp || r.said ? followUps(text, r, earlier) : null;
  if (follow) return follow;
  // "Le diplomate a dit vouloir relancer la coopération": words with no partner named are more about the
  // contact just told, not an act of their own (the topic named, a course or a gift, is not one either).
  if (r.said && r.partners.length === 0 && !r.referred) return moreAbout(r, earlier);
  // Words said by an envoy of a list ("L'ambassadrice a, pour sa part, souligné…") are more
  // about the audience told before, never a contact of their own.
  if (r.said && r.listing) return [];
  // "Les échanges ont porté sur … la formation": more about the contact just
  // told, even when it names a topic; never a new contact.
  if (r.followUp && r.type !== 'agreement') return moreAbout(r, earlier);
  if (r.listing) notes.push('no contact word in the sentence: it lists envoys of the act told just before');
  const unnamed = r.partners.length === 0 ? unnamedPartner(text, r, ctx, prev, o, earlier, notes) : null;
  if (r.partners.length === 0 && !unnamed) return [];
  const partners = unnamed ? [unnamed.partner] : r.partners.map((p) => ({ ...p }));
  const metAt = unnamed?.metAt ?? null;
  const date = chooseDate(r.dates, r.listing && !ctx.date ? { ...ctx, date: prev.date } : ctx, ref, notes);
  const home = namesFocusAsPlace(text, o.lexicon) || ENVOY.test(fold(text)) || HOSTED.test(fold(text));
  // A trip to several countries over a span of days: the first stay begins on its first
  // day; the day each later country was reached is not told (a later sentence may tell it).
  const countries = partners.filter((p) => !ORGANISATIONS.some((org) => org.id === p.id));
  const tour = r.type === 'visit' && date?.end !== undefined && countries.length > 1;
  // "a regagné Bamako ce samedi, au terme d'une tournée qui l'a conduit en Mauritanie et en Angola": the day
  // told is the return's; each stay is of that month, until a later sentence tells its arrival.
  const back = r.type === 'visit' && date !== null && RETURNED.test(fold(text)) && countries.some((p) => p.id !== o.focus);
  return partners.map((p, i) => {
    const own = [...notes];
    let when = date;
    // A stay of a trip told from its return is placed by its country alone, not by the text before.
    const returnStop = back && date !== null && p.id !== o.focus;
    if (returnStop) {
      own.push(`"${date.phrase}" is the day of return: the stay is of that month, to check`);
      when = { date: spanDate(date), basis: 'inferred', phrase: date.phrase };
    } else if (tour && date?.end) {
      const whole = i === 0 ? date.date : spanDate(date);
      when = i === 0 ? { date: date.date, basis: date.basis, phrase: date.phrase } : { date: whole, basis: 'inferred', phrase: date.phrase };
      if (i > 0) own.push(`a later country of the trip "${date.phrase}": the day it was reached is not told, to check`);
    }
    // With no place told before, where this partner was just met ("a reçu jeudi une délégation mauritanienne.
    // Le même jour, la délégation a eu une séance de travail…": at home too).
    const met = earlier.findLast((f) => f.partner === p.id && !f.headline && f.paragraph >= r.index - 1)?.place ?? null;
    const place = returnStop ? choosePlace(text, p, r, null, { focus: o.focus, home: false }, own)
      : unnamed?.at ?? choosePlace(text, p, r, ctx.place ?? prev.place ?? metAt ?? met, { focus: o.focus, home }, own);
    const list = partners.length > 1 && !returnStop;
    const segment = list && p.at >= 0 ? text.slice(p.at, partners[i + 1]?.at ?? text.length) : text;
    return { partner: p.id, place, type: r.type, date: when, quote: r.quote, people: findPeople(segment, list), notes: own, paragraph: r.index, headline: r.headline, ...(returnStop || (tour && i > 0) ? { tourStop: true } : {}) };
  });
}

const partnerOf = (id: string): PartnerMention => ({ id, at: -1, end: -1, adjective: false });

/** Who a contact that names no partner is with, and where that partner was met; null for no one. */
function unnamedPartner(text: string, r: Read, ctx: Context, prev: Context, o: WalkOptions, earlier: Finding[], notes: string[]): { partner: PartnerMention; metAt: PlaceRef | null; at?: PlaceRef } | null {
  const abroad = r.places.map((m) => m.city).find((c) => c !== 'home' && c.country !== o.focus);
  if (r.type === 'visit' && abroad && abroad !== 'home') {
    // "s'est rendu à Accra": a trip to a city is a visit to its country.
    notes.push(`partner not named: the country of ${abroad.name}, to check`);
    return { partner: partnerOf(abroad.country), metAt: null };
  }
  if (r.referred && (r.type === 'audience' || r.type === 'visit' || r.type === 'talks')) {
    notes.push(r.referred.why);
    return { partner: partnerOf(r.referred.partner), metAt: null };
  }
  const hosted = r.type === 'audience' || r.type === 'talks';
  if (hosted && abroad && abroad !== 'home') {
    // "À Libreville, nous avons été reçus par le Président de la République": hosted by that city's country.
    notes.push(`partner not named: the host is of ${abroad.name}'s country, to check`);
    return { partner: partnerOf(abroad.country), metAt: null };
  }
  const there = ctx.place ?? prev.place;
  const carried = ctx.partner ?? prev.partner;
  if (r.type === 'audience' && there && there !== 'home' && there.country !== o.focus && RECEIVED_BY.test(fold(text))) {
    // "J'ai également été reçu par le Vice-président" on a stay abroad: the host is the partner of the stay,
    // or of the city's country when the stay named none ("a rallié Kampala. Il a été reçu par le président Museveni").
    notes.push(carried ? 'received by a host abroad who is not named for a country: the partner of the text just before, to check' : `partner not named: the host is of ${there.name}'s country, to check`);
    return { partner: partnerOf(carried ?? there.country), metAt: there, at: there };
  }
  // "les deux ministres ont signé": the two sides of the contact told last, not the last name read
  // (a topic: "…, notamment ceux de la CEDEAO").
  const sides = BOTH_SIDES.test(fold(text)) ? earlier.findLast((f) => !f.headline)?.partner : undefined;
  const partner = sides ?? carried;
  // A follow-up sentence ("Les échanges ont porté sur…") describes the contact
  // already found; only a distinct act (a signing, a course, a reception) is new.
  if (!partner || !CARRIED_TYPES.has(r.type) || UNNAMED.test(fold(text))) return null;
  notes.push('partner not named in the sentence: taken from the text just before');
  // "Le ministre a reçu l'ambassadeur de Turquie. Les deux hommes ont signé…": where that partner was met.
  return { partner: partnerOf(partner), metAt: earlier.findLast((f) => f.partner === partner && !f.headline)?.place ?? null };
}

/** The contact told just before, with this sentence as one more quote; none when it is far. */
function moreAbout(r: Read, earlier: Finding[]): Finding[] {
  const last = earlier.findLast((f) => f.paragraph >= r.index - 1 && !f.headline);
  return last ? [{ ...last, quote: r.quote, people: [], notes: ['more about the contact told just before: added as its quote'] }] : [];
}

/** A follow-up sentence that names partners already met just before adds its
 * quote to those contacts; null when one of its partners has none. Words said
 * ("Au terme de sa visite, le ministre togolais a exprimé sa gratitude") are about
 * the partner's last contact, however far back it was told, unless they tell a place or day. */
function followUps(text: string, r: Read, earlier: Finding[]): Finding[] | null {
  // Words that tell a place or a day of their own ("a rappelé la tenue en février à Dakar de…") may tell another act.
  const ownTime = r.places.length > 0 || r.dates.some((d) => d.basis === 'stated');
  const near = (f: Finding) => f.paragraph >= r.index - 1 || (r.said && !ownTime && !f.headline);
  const found = r.partners.map((p) => earlier.findLast((f) => f.partner === p.id && near(f)));
  if (found.length === 0 || found.some((f) => f === undefined)) return null;
  return (found as Finding[]).map((f) => ({ ...f, quote: r.quote, people: [], notes: ['more about the contact told just before: added as its quote'] }));
}

/** A visit told after a trip to several countries dates the trip's stop in that
 * country, when it falls within the trip's vaguer date. Returns the visits that did. */
export function dateTourStops(found: Finding[], earlier: Finding[]): Set<Finding> {
  const dated = new Set<Finding>();
  for (const f of found) {
    const stop = f.type === 'visit' && f.date ? earlier.find((e) => e.tourStop && e.type === 'visit' && e.partner === f.partner && e.date && f.date?.date.startsWith(e.date.date)) : undefined;
    if (!stop || !f.date) continue;
    stop.date = f.date;
    stop.tourStop = false;
    stop.notes.push(`dated by a later sentence that tells the arrival: "${f.quote.slice(0, 60)}…"`);
    dated.add(f);
  }
  return dated;
}
