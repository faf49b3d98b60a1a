// Who a sentence means when it names no partner: a person tied to one earlier
// ("M. Lavrov a été reçu…"), or the visiting delegation just told of.
import type { PartnerLexicon, PartnerMention } from './partners.ts';
import { fold } from './text.ts';

// A name after a title, or two capitalised words after a comma: ", Sergueï Lavrov,".
const PERSON = /(?:\b(?:M\.|Mme|Mlle|Dr\.?|Pr\.?|S\.E\.?)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)|,\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+))/gu;
const NOT_A_NAME = /^(?:Le|La|Les|L|Au|Aux|En|Il|Elle|Son|Sa|Ses|Ce|Cette|Un|Une|Des|Du|De|Général|Colonel|Président|Ministre|Premier|Monsieur|Madame|Son Excellence|Excellence)$/u;

/** In a sentence naming one partner, the person named nearest to it speaks for it. */
export function tiePeople(text: string, partners: PartnerMention[], tied: Map<string, { partner: string; name: string }>): void {
  const only = partners.length === 1 ? partners[0] : undefined;
  if (!only || only.at < 0) return;
  let best: { surname: string; name: string; distance: number } | null = null;
  PERSON.lastIndex = 0;
  for (let m = PERSON.exec(text); m; m = PERSON.exec(text)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    const words = name.split(/\s+/);
    if (NOT_A_NAME.test(words[0] ?? '')) continue;
    const surname = words.at(-1) ?? '';
    const distance = Math.abs(m.index - only.at);
    if (surname.length > 2 && distance <= 120 && (!best || distance < best.distance)) best = { surname, name, distance };
  }
  if (best && !tied.has(best.surname)) tied.set(best.surname, { partner: only.id, name: best.name });
}

// The visitors told of just before: "la délégation", "l'émissaire", "le visiteur".
// "Les deux chefs de gouvernement", "les deux ministres": ours and the visitor.
const VISITORS = /\b(?:la delegation|les membres de la delegation|l'emissaire|l'envoye special|le visiteur|l'hote de marque|les visiteurs|l'illustre hote|les deux (?:chefs d'etat|chefs de gouvernement|chefs de la diplomatie|ministres|hommes|personnalites|presidents|premiers ministres|delegations|parties))\b/;
const GOING_HOME = /\b(?:regagn\w*|retour|rentre\w*)\b/;

/** The partner a sentence with none refers to: a person tied to a partner
 * earlier ("M. Lavrov a été reçu…"), or the visiting delegation of the partner
 * told just before; never when the sentence names the focus country's own. */
export function referredPartner(text: string, tied: Map<string, { partner: string; name: string }>, carried: string | null, lexicon: PartnerLexicon): { partner: string; why: string } | null {
  for (const [surname, t] of tied) {
    if (new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text)) {
      return { partner: t.partner, why: `partner not named in the sentence: ${t.name} was named for it earlier` };
    }
  }
  const folded = fold(text);
  if (!carried || !VISITORS.test(folded) || GOING_HOME.test(folded)) return null;
  lexicon.pattern.lastIndex = 0;
  for (let m = lexicon.pattern.exec(folded); m; m = lexicon.pattern.exec(folded)) if (lexicon.entries.get(m[0])?.id === lexicon.focus) return null;
  return { partner: carried, why: 'partner not named in the sentence: the delegation of the text just before' };
}
