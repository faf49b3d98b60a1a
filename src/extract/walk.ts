// Reads an article sentence by sentence and lists raw findings: one per partner
// of each sentence that reports a contact. Context (the paragraph's last
// partner, place and date) fills what a sentence leaves implicit, with a note.
import type { EventType } from '../model/schema.ts';
import { findDates, type DateFinding, type Reference } from './dates.ts';
import { notAContact, onlyWords, plannedByDate, toCome } from './mood.ts';
import { asidePlace, planDate } from './asides.ts';
import { gatheringPlace } from './gathering.ts';
import { findPartners } from './partners.ts';
import { bodiesOfCapitals, withoutBystanders, withoutParticipants, withoutTopics } from './partner-roles.ts';
import { findPlaces, purposeOnly } from './places.ts';
import { clauses } from './clauses.ts';
import { dateTourStops, ENVOY, findingsOf, type Context, type Finding, type Read, type WalkOptions } from './findings.ts';
import { referredPartner, tiePeople } from './referents.ts';
import { fold, paragraphs, sentences } from './text.ts';
import { toldDates, withinStay } from './told-dates.ts';
import { classify } from './types.ts';

export type { PlaceRef } from './choose.ts';
export type { Finding, WalkOptions } from './findings.ts';

/** A sentence that looked like a contact and was left out, with why. */
export interface Skipped { quote: string; reason: string }

// "Les échanges ont porté sur …": more about a contact already told, not a new one.
const FOLLOW_UP = /\b(?:echanges|entretiens?|discussions|travaux|debats|pourparlers|entrevue)\b[^.;]{0,20}\b(?:ont|a|avaient) (?:\w+ )?(?:porte|ete axes?|ete axees?|tourne|permis)\b|\bau cours de (?:cet|cette|l') ?(?:entretien|audience|rencontre|entrevue)\b|\b(?:a (?:sa|leur) sortie d'|au sortir de l')(?:audience|entretien)\b|\bles deux (?:parties|hommes|personnalites|delegations|ministres|responsables|chefs d'etat|dirigeants) (?:ont|avaient) (?:\w+ ){0,2}?(?:passe en revue|evoque|examine|aborde|discute|fait le point|fait le tour|analyse|partage)\b/;
// "La cérémonie s'est tenue à Bamako en présence de…": where and before whom the act just told was held.
// "Cette visite s'inscrit dans …": a comment on the contact just told. A distinct
// act told this way ("à l'issue de cette rencontre, deux accords ont été signés") stays an act.
const COMMENT = /^(?:\W*)(?:cette|ce|cet) (?:visite|deplacement|sejour|rencontre|entretien|audience|ceremonie|etape|entrevue)\b/;
const CEREMONY = /^\W*(?:la|cette|les|ces) ceremonies? (?:s'est|se sont|a|ont) (?:\w+ )?(?:tenue?s?|deroulee?s?|eu lieu)\b/;
const DISTINCT_ACTS = new Set<EventType>(['agreement', 'cooperation', 'reception']);
// "la précédente session s'était tenue à Bamako il y a dix ans": an earlier occasion, whose place the story does not carry.
const EARLIER_OCCASION = /\bprecedente?s?\b|\bil y a (?:plus de |pres de |environ )?\w+ (?:ans|annees|mois)\b|\bs'etai(?:t|ent) (?:deja )?(?:tenue?s?|deroulee?s?)\b/;
// "Brésil. À Sikasso, …", "Migrations. Jeudi, …": an item of a round-up, under its heading; it
// takes no partner, place or date from the item before.
const ITEM = /^\s*\p{Lu}[\p{L}'’-]{2,}(?:\s[\p{L}'’-]+){0,2}\.\s+["«]?\p{Lu}/u;
const STOPOVER = /\bfait (?:une )?(?:escale|etape)\b/;
/**
 * The headline (a first paragraph with no closing punctuation), or a heading inside the body
 * ("Formation des agents frontaliers", "Fête nationale des Émirats : réception à Bamako"): a
 * short line with no closing stop.
 */
const isHeadline = (text: string, index: number) => text.length < (index === 0 ? 200 : 100) && !/[.!?…»"”]\s*$/.test(text);

/** All findings of an article, in reading order, and the sentences left out. */
export function walk(article: string, o: WalkOptions): { findings: Finding[]; skipped: Skipped[] } {
  const out: Finding[] = [];
  const skipped: Skipped[] = [];
  const isCountry = (name: string) => o.lexicon.entries.has(fold(name).trim());
  const placesOf = (text: string) => findPlaces(text, o.gazetteer, isCountry).filter((m) => !purposeOnly(text, m.at) && !asidePlace(text, m.at));
  let ref: Reference | null = o.published === null ? null : { day: o.published, reliable: true };
  let previous: Context = { partner: null, place: null, date: null, type: null };
  let lastDay: DateFinding | null = null;
  const lastActs: Partial<Record<EventType, DateFinding>> = {};
  let lastSpan: DateFinding | null = null;
  let stayAt = -2; // the paragraph lastSpan was told in
  /** Surname → the partner it was named for ("Sergueï Lavrov" beside "Russie"). */
  const people = new Map<string, { partner: string; name: string }>();
  for (const [index, paragraph] of paragraphs(article).entries()) {
    const ctx: Context = { partner: null, place: null, date: null, type: null };
    if (ITEM.test(paragraph.text)) previous = { ...ctx };
    const headline = isHeadline(paragraph.text, index);
    for (const s of sentences(paragraph).flatMap((whole) => clauses(whole).map((part, k, parts) => ({ ...part, quote: whole.text, next: parts[k + 1], arrival: parts[k - 1] })))) {
      const dates = findDates(s.text, ref);
      const then = s.next && dates.length === 0 ? findDates(s.next.text, ref).find((d) => d.date.length === 10) : undefined;
      // "a gagné Accra, où elle a eu mercredi…": reached on or before that day; only its month is sure.
      if (then) dates.push({ date: then.date.slice(0, 7), basis: 'inferred', phrase: then.phrase, note: `arrival told with an act of "${then.phrase}": on or before that day, month only, to check` });
      const named = findPartners(s.text, o.lexicon);
      const bodies = bodiesOfCapitals(s.text, o.gazetteer, o.lexicon).filter((b) => !named.some((p) => p.id === b.id));
      const partners = withoutTopics(s.text, withoutBystanders(s.text, withoutParticipants(s.text, [...named, ...bodies].sort((a, b) => a.at - b.at), o.lexicon)));
      // A heading that names no partner tells no contact of its own, nor who the next one is with.
      if (headline && index > 0 && partners.length === 0) continue;
      const places = placesOf(s.text);
      // "s'est envolé pour Minsk, où il a séjourné…": a clause naming no city is in the last one the clause before it named.
      if (s.arrival && places.length === 0) places.push(...placesOf(s.arrival.text).slice(-1).map((m) => ({ ...m, at: 0 })));
      const folded = fold(s.text);
      let type = classify(s.text);
      const listing = !type && partners.length > 0 && ENVOY.test(folded) && (ctx.type ?? previous.type);
      if (listing) type = ctx.type ?? previous.type;
      const why = type ? notAContact(s.text) ?? planned(s.text, dates, ref) ?? (dates.length === 0 ? pastYear(s.text, o.published) : null) : null;
      if (why) {
        skipped.push({ quote: s.quote, reason: why });
        continue; // nor does it set the context: its partner, place and date are not a contact's
      }
      // A weekday told after a stay of several days, in this paragraph or the one before, and not at home: a day of the stay.
      const stay = stayAt >= index - 1 && !places.some((m) => m.city === 'home' || m.city.country === o.focus) ? lastSpan : null;
      const own = withinStay(dates.filter((d) => !planDate(s.text, d.phrase)), stay);
      dates.splice(0, dates.length, ...toldDates(s.text, type, own, { day: lastDay, span: lastSpan, acts: lastActs }));
      if (type) {
        const referred = partners.length === 0 ? referredPartner(s.text, people, ctx.partner ?? previous.partner, o.lexicon) : null;
        const followUp = FOLLOW_UP.test(folded) || (COMMENT.test(folded) && !DISTINCT_ACTS.has(type)) || (Boolean(listing) && CEREMONY.test(folded));
        const read: Read = { quote: s.quote, type, dates, partners, places, listing: Boolean(listing), followUp, said: onlyWords(s.text), index, headline, referred };
        const gathering = places.length === 0 ? gatheringPlace(s.text, out) : null;
        const found = findingsOf(s.text, read, gathering ? { ...ctx, place: gathering.place } : ctx, previous, ref, o, out);
        if (gathering) found.forEach((f) => f.notes.push(gathering.note));
        const stops = dateTourStops(found, out);
        for (const f of found) if (f.date?.date.length === 10) lastActs[f.type] = f.date;
        // "s'est rendu à Accra, où il a rencontré…": a trip for that one act is told by the act;
        // only a stop of a trip told before ("une mission au Ghana et au Togo") is a visit of its own.
        // A stopover ("a fait escale à Bakou, où il s'est entretenu…") is a stay of its own, and so is
        // an arrival told in its own words ("Arrivé à Niamey le mardi 24 novembre, il a pris part…").
        out.push(...(s.next && !s.stay ? found.filter((f) => stops.has(f) || STOPOVER.test(folded)) : found));
      }
      tiePeople(s.text, partners, people);
      ref = advanceReference(ref, dates, o.published);
      ctx.partner = partners.at(-1)?.id ?? ctx.partner;
      // Neither an earlier occasion's city nor one a plan is told for ("Une mission est attendue à Lomé") is carried.
      if (type || (!EARLIER_OCCASION.test(folded) && !toCome(s.text))) ctx.place = places.at(-1)?.city ?? ctx.place;
      ctx.date = dates[0] ?? ctx.date;
      ctx.type = type ?? ctx.type;
      // A day in words recalled ("Il a rappelé que les relations, établies le 25 octobre 1960, …") is no day of the story.
      if (!onlyWords(s.text)) lastDay = dates.find((d) => d.date.length === 10) ?? lastDay;
      const span = dates.find((d) => d.end !== undefined);
      if (span) [lastSpan, stayAt] = [span, index];
    }
    // The place and date of the story carry on until another is named.
    previous = { partner: ctx.partner, place: ctx.place ?? previous.place, date: ctx.date ?? previous.date, type: ctx.type };
  }
  const body = out.filter((f) => !f.headline);
  return { findings: out.filter((f) => !f.headline || !body.some((b) => b.partner === f.partner && b.type === f.type)), skipped };
}

// "l'accord … conclu entre les deux pays en 2019": a year before publication's, with no other date told.
const PAST_YEAR = /\b(?:en|de|depuis|des) (?:(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) )?((?:19|20)\d\d)\b/g;

/** A sentence whose only time is a year before publication's tells background, not this story's contact. */
function pastYear(sentence: string, published: number | null): string | null {
  if (published === null) return null;
  const year = new Date(published * 86_400_000).getUTCFullYear();
  const years = [...fold(sentence).matchAll(PAST_YEAR)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < year) ? `a year before publication (${years[0]}) and no day told: background, not a contact of this story` : null;
}

/** A contact dated after publication, told with no past act, is a plan. */
function planned(sentence: string, dates: DateFinding[], ref: Reference | null): string | null {
  const first = dates[0];
  if (!ref?.reliable || !first || first.basis !== 'stated' || !plannedByDate(sentence)) return null;
  const start = Date.parse(first.date.length === 4 ? `${first.date}-01-01` : first.date.length === 7 ? `${first.date}-01` : first.date) / 86_400_000;
  return start > ref.day ? 'dated after publication: a plan, not a contact that took place' : null;
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
