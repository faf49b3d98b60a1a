// One row of a counted checklist (types, levels): the box, its label, and how
// many contacts it would keep, shown as a figure and read as a sentence.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/react.tsx';

export interface CountedCheckProps {
  label: string;
  count: number;
  checked: boolean;
  onToggle: (on: boolean) => void;
  /** A mark before the label (the type's colour). */
  swatch?: ReactNode;
  name?: string;
  value?: string;
}

export function CountedCheck({ label, count, checked, onToggle, swatch, name, value }: CountedCheckProps) {
  const { number, plural } = useI18n();
  return (
    <li>
      <label className="filters-check">
        <input type="checkbox" name={name} value={value} checked={checked} onChange={(e) => onToggle(e.target.checked)} />
        {swatch}
        <span className="filters-check-label">{label}</span>
        <span className="filters-count" aria-hidden="true">{number(count)}</span>
        {' '}<span className="visually-hidden">{plural('filters.count', count)}</span>
      </label>
    </li>
  );
}
