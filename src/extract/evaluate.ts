// Scores candidates against curated events at several levels of agreement, and
// says why each curated event was missed.
import { daySpan, parsePartialDate } from '../model/dates.ts';
import type { ContactEvent } from '../model/schema.ts';
import type { CandidateEvent } from './extract.ts';

type Pair = (c: CandidateEvent, e: ContactEvent) => boolean;

const samePP = (c: CandidateEvent, e: ContactEvent) => c.partner === e.partner && c.place === e.place;
/** The candidate's date may cover the curated one (a month covers its days). */
function covers(c: string | null, e: string): boolean {
  const a = c === null ? null : parsePartialDate(c);
  const b = parsePartialDate(e);
  if (!a || !b) return false;
  const [a0, a1] = daySpan(a);
  const [b0, b1] = daySpan(b);
  return a0 <= b0 && b1 <= a1;
}

const LEVELS: Array<[string, Pair]> = [
  ['partner, place, date', (c, e) => samePP(c, e) && c.date === e.date],
  ['partner, place, date covered', (c, e) => samePP(c, e) && covers(c.date, e.date)],
  ['partner, place, month', (c, e) => samePP(c, e) && c.date !== null && c.date.slice(0, 7) === e.date.slice(0, 7)],
  ['partner, place', samePP],
  ['partner, place, type', (c, e) => samePP(c, e) && c.type === e.type],
];

export interface Score { level: string; precision: number; recall: number; matchedCandidates: number; candidates: number; matchedCurated: number; curated: number }

/** Precision: share of candidates that match some curated event; recall: share of curated events matched. */
export function score(candidates: CandidateEvent[], curated: ContactEvent[], levels = LEVELS): Score[] {
  return levels.map(([level, pair]) => {
    const mc = candidates.filter((c) => curated.some((e) => pair(c, e))).length;
    const me = curated.filter((e) => candidates.some((c) => pair(c, e))).length;
    return {
      level, matchedCandidates: mc, candidates: candidates.length, matchedCurated: me, curated: curated.length,
      precision: candidates.length ? mc / candidates.length : 0, recall: curated.length ? me / curated.length : 0,
    };
  });
}

export interface MissContext {
  /** Does a quote of this event from the articles under test name its partner? */
  partnerNamed: (e: ContactEvent) => boolean;
  /** Is this source one of the articles under test? */
  isTested: (sourceId: string) => boolean;
}

/** Why a curated event has no candidate with its partner, place and date. */
export function whyMissed(e: ContactEvent, candidates: CandidateEvent[], ctx: MissContext): string | null {
  const exact = LEVELS[0]?.[1];
  if (exact && candidates.some((c) => exact(c, e))) return null;
  const pp = candidates.filter((c) => samePP(c, e));
  if (pp.length === 0) {
    if (e.partner !== null && !ctx.partnerNamed(e)) return 'the article does not name this partner (known from other reporting)';
    return `no candidate at ${e.place} for ${e.partner ?? 'no partner'}`;
  }
  if (e.dateBasis === 'reported') {
    const other = e.sources.map((s) => s.source).filter((s) => !ctx.isTested(s)).join(', ');
    return `date ${e.date} comes from other reporting${other ? ` (${other})` : ''}; candidates have ${pp.map((c) => c.date ?? 'no date').join(', ')}`;
  }
  return `date ${e.date} (${e.dateBasis}) not read; candidates have ${pp.map((c) => `${c.date ?? 'no date'} ${c.dateBasis}`).join(', ')}`;
}
