// Contacts by protocol level (DATASET.md "Levels"), the focus country's side
// and the partner's. An absent level is unknown, not `other`.
import type { IndexedEvent } from './event-index.ts';
import type { Level } from './schema.ts';
import { LEVELS } from './vocabulary.ts';

export type LevelCounts = Record<Level, number> & { unknown: number };

export const emptyLevelCounts = (): LevelCounts => ({ 'head-of-state': 0, 'head-of-government': 0, minister: 0, official: 0, other: 0, unknown: 0 });

export interface LevelTally { focus: LevelCounts; partner: LevelCounts }

export function countLevels(items: readonly IndexedEvent[]): LevelTally {
  const focus = emptyLevelCounts();
  const partner = emptyLevelCounts();
  for (const { event } of items) {
    focus[event.level ?? 'unknown'] += 1;
    partner[event.partnerLevel ?? 'unknown'] += 1;
  }
  return { focus, partner };
}

/** Whether any event of the record says a level: files without the field get no level measures. */
export function recordsLevels(items: readonly IndexedEvent[]): boolean {
  for (const { event } of items) if (event.level !== undefined || event.partnerLevel !== undefined) return true;
  return false;
}

/** The levels in their order, with their counts, leaving out those at zero. */
export function levelRows(counts: LevelCounts): Array<{ level: Level | 'unknown'; count: number }> {
  return [...LEVELS, 'unknown' as const].filter((l) => counts[l] > 0).map((level) => ({ level, count: counts[level] }));
}

/** Contacts per focus-side level, read from the index's level codes (no event is read). */
export function countFocusLevels(items: readonly IndexedEvent[]): Record<Level, number> {
  const counter = new Int32Array(LEVELS.length);
  for (const { levelCode } of items) if (levelCode >= 0) counter[levelCode] = (counter[levelCode] as number) + 1;
  return Object.fromEntries(LEVELS.map((l, i) => [l, counter[i] as number])) as Record<Level, number>;
}
