// One sentence, two acts: "La délégation a ensuite gagné Accra, où elle a eu
// mercredi une séance de travail avec…" is an arrival and talks, each read on its
// own (the arrival dates a stop of a trip told before); both keep the whole
// sentence as their quote. So are "À Riyad, où il est arrivé mercredi, il a été
// reçu…" (the arrival told in a relative clause) and "Arrivé à Riyad mercredi, il
// a été reçu…" (told by a participle).
import type { Span } from './text.ts';
import { classify } from './types.ts';

const WHERE = /,\s+où\s+/;
// "À Riyad, où il est arrivé mercredi, le ministre…": the relative clause, up to its comma.
const WHERE_INSIDE = /^([^,]*),\s+(où\s+[^,]*),\s+/;
// "Arrivé à Riyad mercredi, le ministre…", "Dès son arrivée à Riyad, …".
const ARRIVED_FIRST = /^\W*(?:(?:dès|aussitôt|à peine) )?(?:(?:son|leur) arrivée|arrivée?s?|débarquée?s?|atterrie?s?)(?!\p{L})[^,]*,\s+/iu;

// "Arrivé jeudi en provenance d'Accra, où il avait pris part à une réunion, le ministre…": what was done
// before, elsewhere, is no act of this story (read as blanks, so offsets hold).
const EARLIER_THERE = /,\s+où\s+(?:il|elle|ils|elles)\s+(?:avai(?:t|ent)|étai(?:t|ent))\s[^,.;]*/u;

/** A part of a sentence; `stay` when it tells an arrival in its own words, a stay of its own. */
export interface Clause extends Span { stay?: boolean }

const twoActs = (arrival: string, there: string) => classify(arrival) === 'visit' && !['visit', null].includes(classify(there));

/** The parts of a sentence read as acts of their own: an arrival, then what was done there. */
export function clauses(whole: Span): Clause[] {
  const earlier = EARLIER_THERE.exec(whole.text);
  const s = earlier ? { ...whole, text: whole.text.slice(0, earlier.index) + ' '.repeat(earlier[0].length) + whole.text.slice(earlier.index + earlier[0].length) } : whole;
  const first = ARRIVED_FIRST.exec(s.text);
  if (first && twoActs(first[0], s.text.slice(first[0].length))) {
    return [{ text: first[0].replace(/,\s+$/, ''), start: s.start, stay: true }, { text: s.text.slice(first[0].length), start: s.start + first[0].length }];
  }
  const inside = WHERE_INSIDE.exec(s.text);
  if (inside && classify(inside[1] ?? '') !== 'visit' && twoActs(`${inside[1]}, ${inside[2]}`, s.text.slice(inside[0].length))) {
    return [{ text: `${inside[1]}, ${inside[2]}`, start: s.start, stay: true }, { text: s.text.slice(inside[0].length), start: s.start + inside[0].length }];
  }
  const m = WHERE.exec(s.text);
  if (!m) return [s];
  const arrival = s.text.slice(0, m.index);
  const at = m.index + m[0].length - 'où '.length;
  const there = s.text.slice(at);
  if (classify(arrival) !== 'visit' || classify(there) === null) return [s];
  return [{ text: arrival, start: s.start }, { text: there, start: s.start + at }];
}
