// Words of a sentence that are not about its act: a city an envoy resides in, a
// city that stands for its government, a city in a body's name, and the place and
// date of a plan told beside a past act. Each is left out of where and when the act took place.
import { fold } from './text.ts';

// "ambassadeur de Hongrie avec résidence à Dakar", "basé à Abidjan", "en poste à Accra":
// where the envoy lives, not where credentials are presented or talks are held.
const RESIDENCE = /\b(?:(?:avec |en )?residence|residant|residante|resident|basee?s?|en poste|dont le siege est|qui siege|siegeant) $/;
// "la solidarité de N'Djamena", "le soutien de Moscou", "un message de Niamey": a capital
// standing for its government.
const STANDS_FOR = /\b(?:solidarite|soutien|appui|position|amitie|engagement|volonte|attachement|reconnaissance|disponibilite|gratitude|salutations|message|voix|vision|confiance) $/;
// "le rôle du Port autonome de Lomé", "par le port de Tema": a body named after its city, told as what
// is talked about; "au port de Tema" or "à la mairie de Dakar" is still a place.
const BODY_OF = /\b(?:du|de la|de l'|des|le|la|l'|par le|par la) (?:port(?: autonome)?|fonds|banque|agence|mairie|chambre de commerce(?: et d'industrie)?) $/;
// "la 15e session, prévue en novembre à Tunis", "la visite programmée le 3 mai": a plan's own
// place and date, up to the end of its clause.
const PLAN = /\b(?:prevue?s?|programmee?s?|envisagee?s?|attendue?s?|annoncee?s? pour|qui (?:se tiendra|aura lieu|se deroulera|doit se tenir|devrait se tenir))\b[^.;:(),]{0,40}$/;

// "une séance de travail consacrée aux études du corridor reliant le Mali au port de Dakhla": a city
// named in what the act is about, up to the end of its clause, unless a verb puts the act there.
// "il a évoqué l'acquisition de camions, ainsi que l'assemblage de tracteurs à Bamako": what was talked about.
const TALKED_OF = /\b(?:a|ont|avait|avaient) (?:\w+ )?(?:evoque|aborde|discute|examine|passe en revue|fait le point sur)\b(?![^.;:()]*\b(?:s'est|se sont|avant de|puis|a eu lieu|s'est tenue?)\b)[^.;:()]*$/;
const TOPIC = /\b(?:consacree?s?|axee?s?|centree?s?|dediee?s?|portant|relative?s?|reliant|liant|desservant)\b(?![^,;:()]*\b(?:s'est|se sont|a eu lieu|ont eu lieu|s'est tenue?|se tenait)\b)[^,;:()]*$/;

const FROM = /\b(?:en provenance|venant|venue?s?|revenant|de retour)\s*$/;

/** Is the city named at `at` (its preposition) a residence, a government, a plan's or a body's name, or a topic? */
export function asidePlace(sentence: string, at: number): boolean {
  const before = fold(sentence.slice(Math.max(0, at - 80), at));
  const topic = fold(sentence.slice(Math.max(0, at - 140), at));
  // "Arrivé à Bamako en provenance d'Accra": where the traveller came from.
  if (/^[dD]/.test(sentence.slice(at)) && FROM.test(before)) return true;
  return RESIDENCE.test(before) || STANDS_FOR.test(before) || PLAN.test(before) || BODY_OF.test(before) || TOPIC.test(topic) || TALKED_OF.test(topic);
}

/** Is the date phrase `phrase` part of a plan told beside the act ("prévue en novembre")? */
export function planDate(sentence: string, phrase: string): boolean {
  const folded = fold(sentence);
  const at = folded.indexOf(fold(phrase));
  return at > 0 && PLAN.test(folded.slice(Math.max(0, at - 80), at));
}
