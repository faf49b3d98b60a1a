// One sentence, two acts: "La délégation a ensuite gagné Accra, où elle a eu
// mercredi une séance de travail avec…" is an arrival and talks, each read on its
// own (the arrival dates a stop of a trip told before); both keep the whole
// sentence as their quote.
import type { Span } from './text.ts';
import { classify } from './types.ts';

const WHERE = /,\s+où\s+/;

/** The parts of a sentence read as acts of their own: an arrival, then what was done there. */
export function clauses(s: Span): Span[] {
  const m = WHERE.exec(s.text);
  if (!m) return [s];
  const arrival = s.text.slice(0, m.index);
  const at = m.index + m[0].length - 'où '.length;
  const there = s.text.slice(at);
  if (classify(arrival) !== 'visit' || classify(there) === null) return [s];
  return [{ text: arrival, start: s.start }, { text: there, start: s.start + at }];
}
