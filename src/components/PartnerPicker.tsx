// With 170+ partners a flat list of checkboxes is unusable: a disclosure with a
// search box, and the chosen ones kept visible as removable chips.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { normalizeText } from '../model/text.ts';
import { NavLink } from './NavLink.tsx';
import './components.css';

export interface PartnerOption {
  /** null = partner not named (not selectable). */
  id: string | null;
  label: string;
  count: number;
}

export interface PartnerPickerProps {
  options: PartnerOption[];
  selected: string[];
  onChange: (next: string[]) => void;
  /** Address of a partner's record: each option links to it. */
  profileHref?: (id: string) => string;
}

export function PartnerPicker({ options, selected, onChange, profileHref }: PartnerPickerProps) {
  const { t, plural } = useI18n();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const labels = useMemo(() => new Map(options.map((o) => [o.id, o.label])), [options]);
  const visible = useMemo(() => {
    const q = normalizeText(query);
    return q === '' ? options : options.filter((o) => normalizeText(o.label).includes(q));
  }, [options, query]);

  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <fieldset className="filters-group filters-partners">
      <legend>{t('filters.partners.legend')}</legend>
      {selected.length > 0 && (
        <ul className="filters-chips">
          {selected.map((id) => (
            <li key={id}>
              <button type="button" className="filters-chip" onClick={() => toggle(id, false)}
                aria-label={t('filters.partners.remove', { name: labels.get(id) ?? id })}>
                {labels.get(id) ?? id} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Escape closes the list from the toggle or from inside it, and focus returns to the toggle. */}
      <div className="filters-partners-disclosure" onKeyDown={closeOnEscape}>
        <button type="button" ref={toggleRef} className="filters-disclosure" aria-expanded={open} aria-controls={panelId}
          onClick={() => setOpen(!open)}>
          {selected.length === 0 ? t('filters.partners.all') : plural('filters.partners.chosen', selected.length)}
          <span aria-hidden="true" className="filters-caret">{open ? '▴' : '▾'}</span>
        </button>
        <div id={panelId} className="filters-partners-panel" hidden={!open}>
          <label className="filters-field">
            <span>{t('filters.partners.search')}</span>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          {open && <OptionList options={visible} selected={selected} onToggle={toggle} profileHref={profileHref} />}
          {open && visible.length === 0 && <p className="filters-note">{t('filters.partners.nomatch')}</p>}
        </div>
      </div>
    </fieldset>
  );
}

interface OptionListProps {
  options: PartnerOption[];
  selected: string[];
  onToggle: (id: string, on: boolean) => void;
  profileHref?: (id: string) => string;
}

function OptionList({ options, selected, onToggle, profileHref }: OptionListProps) {
  const { t, plural, number } = useI18n();
  return (
    <ul className="filters-partners-options">
      {options.map((o) => (
        <li key={o.id ?? '\u0000none'} className="filters-partners-option">
          <label className="filters-check">
            <input type="checkbox" disabled={o.id === null} checked={o.id !== null && selected.includes(o.id)}
              onChange={(e) => o.id !== null && onToggle(o.id, e.target.checked)} />
            <span className="filters-check-label">{o.label}</span>
            <span className="filters-count" aria-hidden="true">{number(o.count)}</span>
            {' '}<span className="visually-hidden">{plural('filters.count', o.count)}</span>
          </label>
          {profileHref && o.id !== null && (
            <NavLink href={profileHref(o.id)} partnerOnly className="filters-profile" aria-label={t('profile.open', { name: o.label })}>
              <span aria-hidden="true">→</span>
            </NavLink>
          )}
        </li>
      ))}
    </ul>
  );
}
