// The filter panel: partner, period, type and free text. It holds no filter
// state of its own: every change is a patch for the URL (the single source).
import { useId } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { isFiltered, type Filters } from '../model/filter.ts';
import type { EventType } from '../model/schema.ts';
import { TYPE_ORDER } from '../theme.ts';
import { DateRange } from './DateRange.tsx';
import { PartnerPicker, type PartnerOption } from './PartnerPicker.tsx';
import { CountedCheck } from './CountedCheck.tsx';
import { LevelChecks, type LevelOption } from './LevelChecks.tsx';
import './components.css';

export type { PartnerOption } from './PartnerPicker.tsx';

export interface TypeOption { type: EventType; count: number }

export interface FilterPanelProps {
  filters: Filters;
  /** Every partner of the dataset, most contacts first, each counted under every filter but the partner. */
  partners: PartnerOption[];
  /** Every type present, each counted under every filter but the type. */
  types: TypeOption[];
  span: { first: string; last: string } | null;
  /** Every level the record uses, each counted under every filter but the level; none for records without levels. */
  levels?: LevelOption[];
  /** The focus country's name, for the level filter's hint. */
  focusName?: string;
  /** Address of a partner's record, for the picker's links. */
  profileHref?: (id: string) => string;
  shown: number;
  total: number;
  /** replace: true for keystrokes in the text box, so history does not fill with letters. */
  onChange: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
  onReset: () => void;
}

export function FilterPanel({ filters, partners, types, span, levels = [], focusName = '', profileHref, shown, total, onChange, onReset }: FilterPanelProps) {
  const { t, plural } = useI18n();
  const headingId = useId();
  const searchId = useId();
  return (
    <section className="filters" aria-labelledby={headingId}>
      <div className="filters-head">
        <h2 id={headingId} className="filters-heading">{t('filters.heading')}</h2>
        <p className="filters-shown">{plural('filters.shown', total, { shown })}</p>
        <button type="button" className="filters-reset" onClick={onReset} disabled={!isFiltered(filters)}>
          {t('filters.reset')}
        </button>
      </div>
      <div className="filters-field filters-search">
        <label htmlFor={searchId}>{t('filters.search.label')}</label>
        <input id={searchId} type="search" value={filters.q} placeholder={t('filters.search.placeholder')}
          onChange={(e) => onChange({ q: e.target.value }, { replace: true })} />
      </div>
      <PartnerPicker options={partners} selected={filters.countries} onChange={(countries) => onChange({ countries })} profileHref={profileHref} />
      <DateRange from={filters.from} to={filters.to} span={span} onChange={(patch) => onChange(patch)} />
      <TypeChecks options={types} selected={filters.types} onChange={(next) => onChange({ types: next })} />
      {levels.length > 0 && (
        <LevelChecks options={levels} selected={filters.levels ?? []} focusName={focusName} onChange={(next) => onChange({ levels: next })} />
      )}
    </section>
  );
}

interface TypeChecksProps {
  options: TypeOption[];
  selected: EventType[];
  onChange: (next: EventType[]) => void;
}

/** None checked means every type, as in the URL (no `type=`). */
function TypeChecks({ options, selected, onChange }: TypeChecksProps) {
  const { t } = useI18n();
  const toggle = (type: EventType, on: boolean) =>
    onChange(TYPE_ORDER.filter((x) => (x === type ? on : selected.includes(x))));
  return (
    <fieldset className="filters-group filters-types">
      <legend>{t('filters.types.legend')}</legend>
      <ul className="filters-types-list">
        {options.map(({ type, count }) => (
          <CountedCheck key={type} label={t(`type.${type}`)} count={count} checked={selected.includes(type)}
            onToggle={(on) => toggle(type, on)} swatch={<span className={`filters-swatch type-${type}`} aria-hidden="true" />} />
        ))}
      </ul>
    </fieldset>
  );
}
