// A partner's record, the partners table and the level filter's counts, each
// computed once per change of what it depends on (never in render).
import { useMemo } from 'react';
import type { I18n } from '../i18n/react.tsx';
import { partnerLabel } from '../i18n/labels.ts';
import type { EventIndex, IndexedEvent } from '../model/event-index.ts';
import { countFocusLevels } from '../model/level-counts.ts';
import type { Lookups } from '../model/lookups.ts';
import { partnerProfile } from '../model/partner-profile.ts';
import { partnerRows } from '../model/partner-rows.ts';
import type { RecordContext } from '../model/record-context.ts';
import { LEVELS } from '../model/vocabulary.ts';
import type { LevelOption } from '../components/LevelChecks.tsx';

interface Indexed { index: EventIndex; lookups: Lookups; context: RecordContext }

/** Every level the record uses, each counted in `shown` (the events every filter but the level keeps). */
export function levelOptions(index: EventIndex, shown: readonly IndexedEvent[], ctx: RecordContext): LevelOption[] {
  if (!ctx.hasLevels) return [];
  const used = countFocusLevels(index.items);
  const counts = shown === index.items ? used : countFocusLevels(shown);
  return LEVELS.filter((l) => used[l] > 0).map((level) => ({ level, count: counts[level] }));
}

export function usePartnerRecord({ index, lookups, context }: Indexed, partner: string | null, filtered: IndexedEvent[], forLevels: IndexedEvent[], showTable: boolean, i18n: I18n) {
  const profile = useMemo(() => (partner === null ? null : partnerProfile(index, partner, context)), [index, partner, context]);
  const rows = useMemo(() => (showTable ? partnerRows(filtered, context) : []), [showTable, filtered, context]);
  const levels = useMemo(() => levelOptions(index, forLevels, context), [index, forLevels, context]);
  const labelOf = useMemo(() => (id: string) => partnerLabel(id, lookups, i18n), [lookups, i18n]);
  return { profile, rows, levels, labelOf, focusName: index.dataset.focus ? i18n.region(index.dataset.focus) : '' };
}
