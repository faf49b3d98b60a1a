// The level filter (level=…): the focus side's protocol levels, each counted
// under every other filter. None checked means every level, as in the URL.
import { useId } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { Level } from '../model/schema.ts';
import { LEVELS } from '../model/vocabulary.ts';
import { CountedCheck } from './CountedCheck.tsx';

export interface LevelOption { level: Level; count: number }

export interface LevelChecksProps {
  options: LevelOption[];
  selected: readonly Level[];
  focusName: string;
  onChange: (next: Level[]) => void;
}

export function LevelChecks({ options, selected, focusName, onChange }: LevelChecksProps) {
  const { t } = useI18n();
  const hintId = useId();
  const toggle = (level: Level, on: boolean) => onChange(LEVELS.filter((x) => (x === level ? on : selected.includes(x))));
  return (
    <fieldset className="filters-group filters-levels" aria-describedby={hintId}>
      <legend>{t('filters.levels.legend')}</legend>
      <p id={hintId} className="filters-note">{t('filters.levels.hint', { focus: focusName })}</p>
      <ul className="filters-types-list">
        {options.map(({ level, count }) => (
          <CountedCheck key={level} label={t(`level.${level}`)} count={count} checked={selected.includes(level)}
            onToggle={(on) => toggle(level, on)} name="level" value={level} />
        ))}
      </ul>
    </fieldset>
  );
}
