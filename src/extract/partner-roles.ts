// What a partner named in a sentence is to the act: a partner of it, or only
// the nationality of participants, an onlooker ("en présence de"), a topic
// ("après le retrait des pays de l'AES") or what the act is about or for ("le
// projet Cotton-4 + Togo"); and bodies named after a capital
// ("le Fonds d'Abou Dhabi pour le développement") that stand for their country.
import type { PartnerLexicon, PartnerMention } from './partners.ts';
import { lookupCity, purposeOnly, type Gazetteer } from './places.ts';
import { fold } from './text.ts';

// "une cinquantaine d'officiers maliens, burkinabè et nigériens": the nationalities
// of the people taking part, not partners of the act.
const PEOPLE = /\b(?:officiers|cadres|etudiants|stagiaires|participants|jeunes|militaires|agents|eleves|boursiers|experts|soldats|policiers|gendarmes|fonctionnaires|auditeurs|apprenants|journalistes|medecins|enseignants|ingenieurs|pelerins)\b/g;

/** Drops adjectives that only say where participants come from ("officiers
 * maliens, burkinabè et nigériens"), when the list also names the focus
 * country's people or the sentence has another partner. */
export function withoutParticipants(sentence: string, partners: PartnerMention[], lexicon: PartnerLexicon): PartnerMention[] {
  const text = fold(sentence);
  const dropped = new Set<PartnerMention>();
  let ownPeople = false;
  PEOPLE.lastIndex = 0;
  for (let m = PEOPLE.exec(text); m; m = PEOPLE.exec(text)) {
    // Walk the adjectives right after the noun, joined by commas and "et".
    let at = m.index + m[0].length;
    for (;;) {
      const next = /^(?:\s*,\s*|\s+et\s+|\s+)([a-z]+(?: [a-z]+)?)/.exec(text.slice(at));
      if (!next) break;
      const words = next[1] ?? '';
      const key = [words, words.split(' ')[0] ?? ''].find((w) => lexicon.entries.get(w)?.adjective || lexicon.entries.get(w)?.id === lexicon.focus);
      if (!key) break;
      const entry = lexicon.entries.get(key);
      if (entry?.id === lexicon.focus) ownPeople = true;
      const start = at + next[0].length - words.length;
      partners.filter((p) => p.adjective && p.at === start).forEach((p) => dropped.add(p));
      at = start + key.length;
    }
  }
  const rest = partners.filter((p) => !dropped.has(p));
  return dropped.size > 0 && (ownPeople || rest.length > 0) ? rest : partners;
}

// "en présence du représentant de la FAO, M. X, et de l'ambassadeur de Chine": someone
// looking on, until the clause ends (", le ministre a signé…", "; ", ", qui …").
const ONLOOKER = /\ben presence (?:de |du |des |d')(?![^;:()]*, (?:le|la|les|l'|il|elle|ils|elles|qui|dont|ou|avant|puis|apres|ce|cette|un|une)\b)[^;:()]*$/;
// "après le retrait des pays de l'AES", "la situation au Niger": what was talked about.
const TOPIC = /\b(?:retrait|situation|crise|conflit|guerre|tensions?|sanctions|elections?|menaces?|attaques?|reconstruction|dossier|question)\b (?:securitaire |politique |humanitaire |sociopolitique )?(?:au|en|a|aux|dans|du|de la|de l'|des|de|contre|avec|entre)\b[^,;:()]{0,30}$/;

// "l'appui de l'organisation continentale à la Confédération des États du Sahel": who is helped.
const HELPED = /\b(?:appui|soutien|accompagnement|aide|assistance|contribution|solidarite)s?\b[^,;:()]{0,60}\b(?:a|au|aux|envers|en faveur d)\s*(?:la |le |l'|les )?$/;

/** Drops partners only talked about, and those only looking on or only helped by
 * another ("l'appui de l'UA à l'AES") when the sentence has a partner of the act itself. */
export function withoutBystanders(sentence: string, partners: PartnerMention[]): PartnerMention[] {
  const text = fold(sentence);
  const before = (p: PartnerMention) => text.slice(Math.max(0, p.at - 100), Math.max(0, p.at));
  const subjects = partners.filter((p) => p.at < 0 || !TOPIC.test(before(p)));
  const actors = subjects.filter((p) => p.at < 0 || !ONLOOKER.test(before(p)));
  const kept = actors.length > 0 ? actors : subjects;
  const helpers = kept.filter((p) => p.at < 0 || !HELPED.test(before(p)));
  return helpers.length > 0 ? helpers : kept;
}

// "dans le cadre du projet Cotton-4 + Togo", "le projet d'interconnexion entre le Ghana, le Burkina
// Faso et le Mali", "la route Bougouni-frontière de la Guinée": what the act is about, named after
// countries, up to a verb that tells an act ("…, le ministre a reçu").
const ABOUT = /\b(?:projets?|programmes?|initiatives?|corridors?|routes?|axes?|interconnexions?|gazoducs?|oleoducs?|ponts?|barrages?|chemins? de fer|lignes? ferroviaires?|frontieres?)\b(?![^;:()]*\b(?:a|ont|s'est|se sont|est|sont|avait|avaient)\b)[^;:()]{0,60}$/;

/** Drops partners named only in what the act is about or is for (a project, a road, the works
 * funded: "un prêt pour l'aménagement de la route … de la Guinée"), when the sentence has a partner
 * of the act itself. */
export function withoutTopics(sentence: string, partners: PartnerMention[]): PartnerMention[] {
  const text = fold(sentence);
  const about = (p: PartnerMention) => p.at >= 0 && (ABOUT.test(text.slice(Math.max(0, p.at - 100), p.at)) || purposeOnly(sentence, p.at));
  const actors = partners.filter((p) => !about(p));
  return actors.length > 0 ? actors : partners;
}

// A public body named after a capital abroad: "le Fonds d'Abou Dhabi", "la mairie de Dakar".
const BODY = /\b(?:[Ff]onds|[Bb]anque|[Aa]gence|[Cc]hambre de commerce(?: et d['’]industrie)?|[Mm]airie|[Mm]unicipalité|[Gg]ouvernorat|[Pp]ort autonome) (?:de |d['’])(\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*)?)/gu;

/** Countries a sentence names through a body named after their capital. */
export function bodiesOfCapitals(sentence: string, gaz: Gazetteer, lexicon: PartnerLexicon): PartnerMention[] {
  const out: PartnerMention[] = [];
  BODY.lastIndex = 0;
  for (let m = BODY.exec(sentence); m; m = BODY.exec(sentence)) {
    const city = lookupCity(gaz, m[1] ?? '');
    if (city?.featureCode !== 'PPLC' || city.country === lexicon.focus) continue;
    if (!out.some((p) => p.id === city.country)) out.push({ id: city.country, at: m.index, end: m.index + m[0].length, adjective: false });
  }
  return out;
}
