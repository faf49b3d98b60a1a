// From/to accept what the URL accepts (YYYY, YYYY-MM, YYYY-MM-DD), so a text
// box, not <input type="date"> which only takes full days. A draft is kept while
// typing and sent on blur or Enter, so half-typed dates never reach the URL.
import { useId, useState } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { parsePartialDate } from '../model/dates.ts';
import { datePresets, type DatePreset } from './date-presets.ts';
import './components.css';

export interface DateRangeProps {
  from: string | null;
  to: string | null;
  /** YYYY-MM-DD of the dataset's first and last day. */
  span: { first: string; last: string } | null;
  onChange: (patch: { from?: string | null; to?: string | null }) => void;
}

export function DateRange({ from, to, span, onChange }: DateRangeProps) {
  const { t, date } = useI18n();
  const hintId = useId();
  const presets = span ? datePresets(span) : [];
  return (
    <fieldset className="filters-group filters-dates">
      <legend>{t('filters.dates.legend')}</legend>
      {span && <p className="filters-note">{t('filters.dates.span', { first: date(span.first), last: date(span.last) })}</p>}
      <div className="filters-dates-row">
        {/* key: a value set elsewhere (preset, URL, reset) replaces the draft */}
        <DateField key={`from:${from ?? ''}`} label={t('filters.dates.from')} value={from} hintId={hintId}
          onCommit={(v) => onChange({ from: v })} />
        <DateField key={`to:${to ?? ''}`} label={t('filters.dates.to')} value={to} hintId={hintId}
          onCommit={(v) => onChange({ to: v })} />
      </div>
      <p id={hintId} className="filters-note">{t('filters.dates.hint')}</p>
      {presets.length > 0 && <Presets presets={presets} from={from} to={to} onPick={onChange} />}
    </fieldset>
  );
}

interface DateFieldProps {
  label: string;
  value: string | null;
  hintId: string;
  onCommit: (value: string | null) => void;
}

function DateField({ label, value, hintId, onCommit }: DateFieldProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  const commit = () => {
    const text = draft.trim();
    if (text !== '' && parsePartialDate(text) === null) return setInvalid(true);
    setInvalid(false);
    const next = text === '' ? null : text;
    if (next !== value) onCommit(next);
  };
  return (
    <label className="filters-field filters-date">
      <span>{label}</span>
      <input type="text" inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={10} 
        value={draft} aria-invalid={invalid} aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); commit(); } }} />
      {invalid && <span id={errorId} className="filters-error" role="alert">{t('filters.dates.invalid')}</span>}
    </label>
  );
}

interface PresetsProps {
  presets: DatePreset[];
  from: string | null;
  to: string | null;
  onPick: (patch: { from: string | null; to: string | null }) => void;
}

function Presets({ presets, from, to, onPick }: PresetsProps) {
  const { t, date } = useI18n();
  const labelOf = (p: DatePreset) =>
    p.kind === 'all' ? t('filters.preset.all')
      : p.kind === 'last12' ? t('filters.preset.last12')
        : p.kind === 'month' ? date(p.from ?? '', 'short') : (p.from ?? '');
  return (
    <div className="filters-presets" role="group" aria-label={t('filters.dates.presets')}>
      {presets.map((p) => (
        <button key={`${p.kind}:${p.from ?? ''}`} type="button" className="filters-preset"
          aria-pressed={p.from === from && p.to === to} onClick={() => onPick({ from: p.from, to: p.to })}>
          {labelOf(p)}
        </button>
      ))}
    </div>
  );
}
