// "Au terme des travaux, les deux délégations ont signé…": an act told as the end
// or the margin of a gathering told before (a session, a joint commission, a
// summit) took place where the gathering sat, whatever city the text named since.
import type { PlaceRef } from './choose.ts';
import type { Finding } from './findings.ts';
import { fold } from './text.ts';

const OF_GATHERING = /\b(?:au terme|a l'issue|a la (?:fin|cloture)|en marge|en cloture|lors) (?:des|de ces|de la|de cette|du|de ce|de l') ?(?:travaux|session|sommet|forum|conference|commission|assemblee|reunion)\b/;
const GATHERING = /\b(?:sessions?|commissions? mixtes?|sommets?|forums?|conferences?|assemblees?|travaux|reunions?)\b/;

/** The place of the gathering an act is told as the end or the margin of, when the
 * last talks told at a gathering have one. */
export function gatheringPlace(text: string, earlier: Finding[]): { place: PlaceRef; note: string } | null {
  if (!OF_GATHERING.test(fold(text))) return null;
  const met = earlier.findLast((f) => f.type === 'talks' && !f.headline && GATHERING.test(fold(f.quote)));
  if (!met?.place) return null;
  return { place: met.place, note: `told as the end or the margin of the gathering "${met.quote.slice(0, 50)}…": at its place, to check` };
}
