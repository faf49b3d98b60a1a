import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../i18n/react.tsx';
import { NO_FILTERS } from '../model/filter.ts';
import { FilterAnnouncer } from './FilterAnnouncer.tsx';
import { filterSentence } from './filter-sentence.ts';

const fr = makeI18n('fr');
const en = makeI18n('en');
const names: Record<string, string> = { RU: 'Russie', US: 'États-Unis', CN: 'Chine', FR: 'France', GN: 'Guinée' };
const name = (id: string) => names[id] ?? id;

describe('filterSentence', () => {
  it('says the count and what is filtered, in one short sentence', () => {
    expect(filterSentence({ ...NO_FILTERS, countries: ['RU'] }, 5, 15, name, fr)).toBe('5 contacts sur 15, Russie');
    expect(filterSentence({ ...NO_FILTERS, types: ['talks'], from: '2025-06', to: '2025-06' }, 1, 15, name, fr))
      .toBe('1 contact sur 15, Entretiens, juin 2025');
    expect(filterSentence({ ...NO_FILTERS, q: ' Poutine ' }, 2, 15, name, en)).toBe('2 contacts of 15, « Poutine »');
    expect(filterSentence(NO_FILTERS, 15, 15, name, en)).toBe('15 contacts of 15');
  });

  it('names three partners at most', () => {
    expect(filterSentence({ ...NO_FILTERS, countries: ['CN', 'FR', 'GN', 'RU', 'US'] }, 9, 15, name, fr))
      .toBe('9 contacts sur 15, Chine, France, Guinée, et 2 autres');
  });
});

describe('FilterAnnouncer', () => {
  it('is silent on load and says the new sentence when it changes', () => {
    const { rerender } = render(<FilterAnnouncer sentence="15 contacts sur 15" />);
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent(/^$/);
    rerender(<FilterAnnouncer sentence="5 contacts sur 15, Russie" />);
    expect(region).toHaveTextContent('5 contacts sur 15, Russie');
  });
});
