// The type of contact a sentence reports, from its words. The first rule that
// matches wins: a signing outranks the talks around it, an audience outranks
// the courtesy "visite" it is often called.
import type { EventType } from '../model/schema.ts';
import { fold } from './text.ts';

const RULES: Array<[EventType, RegExp]> = [
  ['agreement', /\b(accords?|conventions?|protocoles?|memorandums?|memorandum d'entente)\b[^.]*\b(sign|conclu|paraph|entérin|enterin)|\b(sign\w*|paraph\w*|conclu\w*)\b[^.]*\b(accords?|conventions?|protocoles?|memorandums?)\b/],
  ['reception', /\breceptions?\b|\bjournee (nationale|internationale)\b|\bfete (nationale|de l'independance)\b|\bcommemor\w*|\banniversaire de l'independance\b/],
  ['cooperation', /\b(stages?|formations?|ateliers?|seminaires?)\b|\bpose de la premiere pierre\b|\binaugur\w*|\bremise (officielle )?(de|du|des|d')|\bdon (de|d')|\bdons? (d'une valeur|de materiels?|de vivres)\b|\bconvention de financement\b|\blancement (du|de la|des)\b/],
  ['audience', /\baudiences?\b|\brecu(e|s|es)?\b|\bvisite de courtoisie\b|\blettres de creance\b/],
  ['talks', /\bentretiens?\b|\bs'est entretenue?\b|\bs'entretenir\b|\bs'entretiendr\w*|\breunions? (de travail|de haut niveau|ministerielle|avec|du|de la|des)\b|\b(pris|prendre) part (a|au|aux) (la|une|un|le|les)? ?(reunion|session|sommet|conseil|conference|assemblee|concertation)|\bsession (ordinaire|extraordinaire|du conseil)\b|\bsommets?\b|\bforums?\b|\bcommission mixte\b|\btete a tete\b|\bdiscussions?\b|\bpourparlers\b|\brencontr\w*|\bhomologue\b|\bdeux delegations\b|\bconsultations\b|\bechanges\b|\bechange\w* avec\b/],
  ['visit', /\bvisites?\b|\bvisit\w*\b|\bs'est rendue?\b|\bsejour\b|\bdeplacement\b|\barrive(e)? a\b|\bconduit (une|la|l'|sa) (\w+ )?delegation\b|\ba l'invitation (de|du|des)\b|\b(effectu|men|accompli)\w* (\w+ ){0,6}?une mission\b|\ben mission (officielle |de travail )?(a|au|aux|en)\b|\bmission (officielle|de travail|de haut niveau)\b|\b(a|ont|avait|avaient|sont|est) (ensuite |enfin )?(rallie|regagne|rejoint)\b/],
];

/** The contact type a sentence reports, or null when it reports none. */
export function classify(sentence: string): EventType | null {
  const text = fold(sentence);
  // A yearly observance or a plan is not a contact that happened.
  if (/\bchaque annee\b|\btous les ans\b/.test(text)) return null;
  for (const [type, re] of RULES) if (re.test(text)) return type;
  return null;
}
