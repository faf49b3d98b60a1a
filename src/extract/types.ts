// The type of contact a sentence reports, from its words. The first rule that
// matches wins: a signing outranks the talks around it, an audience outranks
// the courtesy "visite" it is often called.
import type { EventType } from '../model/schema.ts';
import { fold } from './text.ts';
import { NEXT_TO_ACT } from './told-dates.ts';

// What a signing is told with besides "accord": "ont paraphé le document", "un contrat", "un programme exécutif".
const SIGNED_TEXT = String.raw`accords?|conventions?|protocoles?|memorandums?|contrats?|avenants?|traites?|chartes?|feuilles? de route|lettres? d'intention|plans? d'action|documents?|programmes?|arrangements?|pactes?|declarations? (?:conjointe|commune)s?`;
// Goods handed over: "a remis le même jour au ministère un lot de semences", "a offert des bourses".
const GOODS = String.raw`lots?|dons?|materiels?|equipements?|vehicules?|vivres|tonnes|kits?|medicaments|semences|ambulances|ordinateurs|motopompes|intrants|fournitures|tracteurs|engins|cheques?|stocks?|cargaisons?|bourses|moustiquaires|tentes|vaccins|doses|millions|milliards|enveloppes?|motos?|motocyclettes|camions?|bus|citernes?|groupes electrogenes|tablettes|appareils|denrees|sacs?|cartons?|produits`;
// Events of several days one takes part in: "a pris part aux travaux de la session".
const GATHERINGS = 'reunions?|sessions?|sommets?|conseils?|conferences?|assemblees?|concertations?|travaux|forums?|consultations|dialogues?|tables? rondes?';
// Goods handed over, the one receiving them told in between: "a remis au ministère de la Santé un lot de…".
const GIVEN = String.raw`\b(?:a|ont|avait|avaient) (?:\w+ ){0,2}?(?:remis|offert|octroye|cede|livre|fait don)e?s? (?:[\w']+,? ){0,18}?(?:d')?(?:${GOODS})`;
// "au cours de la réception, l'ambassadeur a remis un lot de…": the reception is only the setting.
const AT_RECEPTION = String.raw`\b(?:au cours|lors|a l'occasion|en marge) (?:d'une|de la|de cette) (?:\w+ )?reception\b`;
// "a pris part, du 22 au 26 septembre, à New York, aux travaux…": a date or a place told in between.
const ASIDES = String.raw`(?:,[^,.;]{1,40}){0,3},?`;

const RULES: Array<[EventType, RegExp]> = [
  ['agreement', new RegExp(String.raw`\b(accords?|conventions?|protocoles?|memorandums?|memorandum d'entente)\b[^.]*\b(sign|conclu|paraph|enterin)|\b(sign\w*|paraph\w*|conclu\w*)\b[^.]*\b(${SIGNED_TEXT})\b|\b(?:a|ont|avaient|avait) (?:\w+ ){0,2}paraphe\b`)],
  // "la réception d'un lot de véhicules" is a hand-over, not a party.
  ['cooperation', new RegExp(String.raw`\breceptions? (?:officielle )?(?:d'un |d'une |des |du |de |de la )(?:${GOODS}|ouvrages?|locaux|batiments?|cles|infrastructures?)\b`)],
  ['cooperation', new RegExp(String.raw`${AT_RECEPTION}[^.]*${GIVEN}|${GIVEN}[^.]*${AT_RECEPTION}`)],
  ['reception', /\breceptions?\b|\bjournee (nationale|internationale)\b|\bfete (nationale|de l'independance)\b|\bcommemor\w*|\banniversaire de l'independance\b/],
  ['cooperation', new RegExp(String.raw`\b(stages?|formations?|ateliers?|seminaires?)\b|\bpose de la premiere pierre\b|\binaugur\w*|\bremise (officielle )?(de|du|des|d')|\bdon (de|d')|\bdons? (d'une valeur|de materiels?|de vivres)\b|\bconvention de financement\b|\blancement (?:officiel )?(du|de la|des)\b|${GIVEN}|\b(?:offert|remis|octroye|livre|cede)e?s? (?:gracieusement )?par\b`)],
  ['audience', /\baudiences?\b|\brecu(e|s|es)?\b|\bvisite de courtoisie\b|\blettres de creance\b/],
  ['talks', new RegExp(String.raw`\bentretiens?\b|\b(?:s'est|s'etait) entretenue?\b|\b(?:se sont|s'etaient) entretenue?s\b|\bs'entretenir\b|\bs'entretiendr\w*|\breunions? (de travail|de haut niveau|ministerielle|avec|du|de la|des)\b|\b(pris|prendre|prenant) part${ASIDES} (a|au|aux) (la |une |un |le |les |l')?(\w+ )?(${GATHERINGS})\b|\bparticip\w*${ASIDES} (a|au|aux) (la |une |un |le |les |l')?(\w+ )?(${GATHERINGS})\b|\bsession (ordinaire|extraordinaire|du conseil)\b|\bsommets?\b|\bforums?\b|\bcommission mixte\b|\btete a tete\b|\bdiscussions?\b|\bpourparlers\b|\brencontr\w*|\bhomologue\b|\bdeux delegations\b|\bconsultations\b|\bechanges\b|\bechange\w* avec\b|\bseances? de travail\b|\b(?:dejeuner|diner) de travail\b|\bcopresid\w*|\bse sont reunie?s\b|\bs'est reunie?\b|\bvisioconference\b|\bpar (?:telephone|visio)\b|\b(?:entretien|echange|appel|conversation)s? telephoniques?\b|\bau telephone\b`)],
  ['visit', /\bvisites?\b|\bvisit\w*\b|\bs'est rendue?\b|\bsejour\b|\b(?:effectu|men|entam|achev|accompli)\w* (?:\w+ ){0,6}?(?:une|sa|leur|la) (?:\w+ )?tournee\b|\ben tournee (?:a|au|aux|en|dans)\b|\bsejourne\w*|\bdeplacement\b|\barrivee?s? (?:[^,.;]{0,40}? )?(a|au|aux|en)\b|\b(?:a|ont) fait (?:une )?(?:escale|etape)\b|\b(?:est|sont|etait|etaient) (?:\w+ ){0,3}?arrivee?s?\b|\batterri\w*|\bfoule le sol\b|\bconduit,? (?:(?:du|le|les|ce|cette|la semaine|depuis|en) [^,.;]{0,30}?,? )?(une|la|l'|sa|leur) (\w+ )?delegation\b|\ba l'invitation (de|du|des)\b|\b(effectu|men|accompli|conduit|dirige)\w* (\w+ ){0,6}?une (\w+ )?mission\b|\ben mission (officielle |de travail )?(a|au|aux|en)\b|\bmission (officielle|de travail|de haut niveau|economique|ministerielle|gouvernementale|diplomatique|de prospection)\b|\b(a|ont|avait|avaient|sont|est) (ensuite |enfin )?(rallie|regagne|rejoint)\b|\b(?:s'est|se sont|a|ont) (?:ensuite |enfin |alors )?(?:envolee?s?|mis le cap|pris la direction|pris la route) (?:pour|sur|de|vers)\b|(?:^|[,.:;] )(?:direction|cap sur) (?!d[eu]s?\b|de la\b|d')\w|\b(?:a|ont|avait|avaient) pose (?:ses|leurs) valises\b/],
];

// "a ensuite gagné Abou Dhabi": a verb of arrival only when a place (a capital) follows.
const REACHED = /\b(?:a|ont|avait|avaient|est|sont)\s+(?:ensuite\s+|enfin\s+|alors\s+|finalement\s+)?gagn(?:é|ée|és|ées)\s+\p{Lu}/u;

// "s'est entretenu avec le gouverneur sur la coopération … et la formation de jeunes": a course or a gift
// named in what talks were about is their topic, not an act of its own (up to a next act: "avant de", "puis").
const TALKS_TOPIC = /(\b(?:s'est entretenue?|se sont entretenus|(?:a|ont) eu (?:des |un |une )?(?:entretiens?|echanges?|discussions?|tete a tete|seance de travail)|(?:a|ont) echange)\b[^.;]*?\b(?:sur|autour d[eu']|au sujet d[eu']|concernant|axee?s? sur|portant sur|consacree?s? a)\b|\b(?:a|ont|avait|avaient) (?:evoque|aborde|examine|passe en revue|discute d[eu']|fait le point (?:sur|de))\b)((?:(?!\bavant d|\bpuis\b|\bet (?:a|ont|s'est)\b)[^.;])*)/;

/** The contact type a sentence reports, or null when it reports none. */
export function classify(sentence: string): EventType | null {
  const type = classifyWords(sentence);
  const topic = type === 'cooperation' ? TALKS_TOPIC.exec(fold(sentence)) : null;
  if (!topic) return type;
  const at = topic.index + (topic[1]?.length ?? 0);
  const masked = sentence.slice(0, at) + ' '.repeat(topic[2]?.length ?? 0) + sentence.slice(at + (topic[2]?.length ?? 0));
  // "reçu par le vice-président, avec qui il a évoqué … la formation des cadres": the audience.
  const other = classifyWords(masked);
  return other && other !== 'cooperation' ? other : type;
}

// "s'est longuement entretenu", "s'est successivement rendu", "ont chaleureusement salué": an adverb
// between an auxiliary and its participle hides the verb from the rules below.
const ADVERBS = 'longuement|successivement|egalement|brievement|chaleureusement|officiellement|personnellement|notamment|recemment|respectivement|conjointement|finalement|directement|immediatement|solennellement|aussitot|ensuite|alors|aussi|enfin|deja|encore|ainsi|d\'abord|tour a tour|en outre|par ailleurs|meme|bien';
const AUX_ADVERB = new RegExp(String.raw`\b(s'est|se sont|s'etait|s'etaient|ont|avait|avaient|est|sont|etait|etaient|a ete|ont ete) (?:(?:${ADVERBS}),? )+(?=\w)`, 'g');

function classifyWords(sentence: string): EventType | null {
  // "à l'invitation de son homologue": who invited, not talks with them.
  const text = fold(sentence).replace(/\ba l'invitation (?:de|du|des|d') ?[^,;.]*/g, "a l'invitation de x").replace(AUX_ADVERB, '$1 ').replace(NEXT_TO_ACT, '$1');
  // A yearly observance or a plan is not a contact that happened.
  if (/\bchaque annee\b|\btous les ans\b/.test(text)) return null;
  for (const [type, re] of RULES) if (re.test(text)) return type;
  return REACHED.test(sentence) ? 'visit' : null;
}
