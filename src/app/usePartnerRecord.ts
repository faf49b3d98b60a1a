// A partner's record, the partners table and the level filter's counts, each
// computed once per change of what it depends on (never in render). The
// measures' module is loaded only when a record or the table is shown.
import { useEffect, useMemo, useState } from 'react';
import type { I18n } from '../i18n/react.tsx';
import { partnerLabel } from '../i18n/labels.ts';
import type { EventIndex, IndexedEvent } from '../model/event-index.ts';
import { countFocusLevels, recordsLevels } from '../model/level-counts.ts';
import type { Lookups } from '../model/lookups.ts';
import { LEVELS } from '../model/vocabulary.ts';
import type { LevelOption } from '../components/LevelChecks.tsx';
import { measuresModule } from './panel-loaders.ts';

interface Indexed { index: EventIndex; lookups: Lookups }

/** Every level the record uses, each counted in `shown` (the events every filter but the level keeps). */
function levelOptions(index: EventIndex, shown: readonly IndexedEvent[]): LevelOption[] {
  const used = countFocusLevels(index.items);
  const counts = shown === index.items ? used : countFocusLevels(shown);
  return LEVELS.filter((l) => used[l] > 0).map((level) => ({ level, count: counts[level] }));
}

/** The measures' module once it is wanted and here (a re-render when it arrives). */
function useMeasures(wanted: boolean) {
  const [mod, setMod] = useState(measuresModule.current);
  useEffect(function loadMeasuresWhenWanted() {
    if (!wanted || mod) return;
    let live = true;
    measuresModule.load().then((m) => live && setMod(() => m), () => undefined); // the panel's own boundary reports a failure
    return function ignoreLateMeasures() { live = false; };
  }, [wanted, mod]);
  return mod;
}

export function usePartnerRecord({ index, lookups }: Indexed, partner: string | null, filtered: IndexedEvent[], forLevels: IndexedEvent[], showTable: boolean, i18n: I18n) {
  const measures = useMeasures(partner !== null || showTable);
  const context = useMemo(() => measures?.recordContext(index.dataset, index) ?? null, [measures, index]);
  const profile = useMemo(() => (partner === null || !context || !measures ? null : measures.partnerProfile(index, partner, context)), [index, partner, context, measures]);
  const rows = useMemo(() => (showTable && context && measures ? measures.partnerRows(filtered, context) : []), [showTable, filtered, context, measures]);
  const hasLevels = useMemo(() => recordsLevels(index.items), [index]);
  const levels = useMemo(() => (hasLevels ? levelOptions(index, forLevels) : []), [hasLevels, index, forLevels]);
  const labelOf = useMemo(() => (id: string) => partnerLabel(id, lookups, i18n), [lookups, i18n]);
  return { ready: measures !== undefined, profile, rows, levels, labelOf, hasAgreements: context?.hasAgreements ?? false, focusName: index.dataset.focus ? i18n.region(index.dataset.focus) : '' };
}
