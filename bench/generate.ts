// Deterministic synthetic datasets in the contract's form (docs/dataset.md) for the
// benchmark: many partners, places and years, text of realistic length. Same
// size and seed → the same file, so runs on different machines compare.
import countries from 'i18n-iso-countries';
import type { ContactEvent, EventType, Partner, PlaceEntry as Place, Source } from '../src/model/schema.ts';
import { EVENT_TYPES } from '../src/model/schema.ts';
import { FIRST_NAMES, LAST_NAMES, ORGANISATIONS, PUBLISHERS, QUOTE, SUMMARY, SYLLABLES, TITLES } from './words.ts';

/** The JSON a newsroom would write; parseDataset must accept it with zero problems. */
export interface DatasetFile {
  schema: 1;
  title: { fr: string; en: string };
  focus: string;
  home: string;
  updated: string;
  sources: Source[];
  partners: Partner[];
  places: Place[];
  events: ContactEvent[];
}

/** mulberry32: small, fast, and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
/** Skewed towards the head of the list, as real contacts cluster on a few partners. */
const pickSkewed = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() ** 2.5 * list.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');

function placeName(rand: Rand): string {
  const n = 2 + Math.floor(rand() * 2);
  const word = Array.from({ length: n }, () => pick(rand, SYLLABLES)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function makePartners(): Partner[] {
  const states = Object.keys(countries.getAlpha2Codes()).filter((c) => c !== 'ML').sort();
  return [
    ...states.map((id): Partner => ({ id, kind: 'country' })),
    ...ORGANISATIONS.map(({ id, fr, en }): Partner => ({ id, kind: 'organisation', name: { fr, en } })),
  ];
}

function makePlaces(rand: Rand, partners: readonly Partner[], perCountry: number): Place[] {
  const places: Place[] = [{ id: 'bamako', name: { fr: 'Bamako', en: 'Bamako' }, country: 'ML', lat: 12.6392, lon: -8.0029 }];
  for (const p of partners) {
    if (p.kind !== 'country') continue;
    const lat = rand() * 120 - 55;
    const lon = rand() * 340 - 170;
    for (let k = 0; k < perCountry; k++) {
      const name = placeName(rand);
      const round = (x: number) => Math.round(x * 1e4) / 1e4;
      places.push({ id: `${p.id.toLowerCase()}-${k}-${name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}`,
        name: { fr: name, en: name }, country: p.id, lat: round(lat + rand() * 6 - 3), lon: round(lon + rand() * 6 - 3) });
    }
  }
  return places;
}

function makeSources(rand: Rand, count: number): Source[] {
  return Array.from({ length: count }, (_, k): Source => ({
    id: `src-${k}`,
    title: `Dépêche n° ${k} sur la diplomatie malienne et ses partenaires`,
    publisher: pick(rand, PUBLISHERS),
    published: `${2000 + (k % 26)}-${pad(1 + (k % 12))}-${pad(1 + (k % 28))}`,
    url: `https://example.org/articles/${k}`,
    file: null,
    lang: k % 3 === 0 ? 'en' : 'fr',
  }));
}

function eventDate(rand: Rand): { date: string; end?: string } {
  const year = 1990 + Math.floor(rand() * 36);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const r = rand();
  if (r < 0.05) return { date: String(year) };
  if (r < 0.2) return { date: `${year}-${pad(month)}` };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return r < 0.3 ? { date, end: `${year}-${pad(month)}-${pad(Math.min(28, day + 1 + Math.floor(rand() * 4)))}` } : { date };
}

interface World { states: Partner[]; byCountry: Map<string, Place[]>; places: Place[]; sources: Source[] }

function makeEvent(rand: Rand, k: number, w: World): ContactEvent {
  const r = rand();
  const partner = r < 0.03 ? null : r < 0.13 ? pick(rand, ORGANISATIONS).id : pickSkewed(rand, w.states).id;
  const local = partner === null ? undefined : w.byCountry.get(partner);
  const place = local ? pick(rand, local) : pick(rand, w.places);
  const type: EventType = pick(rand, EVENT_TYPES);
  const who = `${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}`;
  const fill = (s: string) => s.replace('{who}', who).replace('{place}', place.name.fr);
  const cites = rand() < 0.8 ? 1 : 2;
  const event: ContactEvent = {
    id: `e-${k}`, ...eventDate(rand), dateBasis: rand() < 0.8 ? 'stated' : rand() < 0.5 ? 'inferred' : 'reported',
    partner, place: place.id, type,
    title: { fr: fill(TITLES[type].fr), en: fill(TITLES[type].en) },
    people: Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => (i === 0 ? who : `${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}`)),
    sources: Array.from({ length: cites }, () => ({ source: pick(rand, w.sources).id, quote: fill(QUOTE) })),
  };
  if (rand() < 0.25) event.summary = { fr: fill(SUMMARY.fr), en: fill(SUMMARY.en) };
  if (type === 'visit' && rand() < 0.1) event.trip = `trip-${Math.floor(k / 4)}`;
  return event;
}

/** A dataset of `size` events; the same (size, seed) always gives the same file. */
export function generateDataset(size: number, seed = 1): DatasetFile {
  const rand = seededRandom(seed);
  const partners = makePartners();
  const places = makePlaces(rand, partners, size >= 10_000 ? 4 : 2);
  const byCountry = new Map<string, Place[]>();
  for (const p of places) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
  const world: World = { states: partners.filter((p) => p.kind === 'country'), byCountry, places, sources: makeSources(rand, Math.max(10, Math.ceil(size / 20))) };
  const events = Array.from({ length: size }, (_, k) => makeEvent(rand, k, world));
  return {
    schema: 1, title: { fr: `Contacts synthétiques (${size})`, en: `Synthetic contacts (${size})` },
    focus: 'ML', home: 'bamako', updated: '2025-12-31', sources: world.sources, partners, places, events,
  };
}
