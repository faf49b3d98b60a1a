import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import type { Lang } from '../model/patterns.ts';
import type { Problem } from '../model/problem-codes.ts';
import { ProblemsNotice } from './ProblemsNotice.tsx';

const problems: Problem[] = [
  { severity: 'warning', action: 'no_link', section: 'sources', index: 0, id: 'essor', field: 'url', code: 'bad_format', value: 'www.essor.ml' },
  { severity: 'error', action: 'left_out', section: 'places', index: 1, field: 'id', code: 'missing' },
  { severity: 'error', action: 'left_out', section: 'events', index: 2, id: 'ru-a', field: 'date', code: 'bad_date', value: '2025-06-31' },
  { severity: 'error', action: 'left_out', section: 'events', index: 2, id: 'ru-a', field: 'type', code: 'bad_value', value: 'party' },
  { severity: 'warning', action: 'ignored', section: 'header', field: 'updated', code: 'bad_date', value: '2025-02-30' },
];

function show(lang: Lang, reveal = 0) {
  return render(<I18nProvider lang={lang}><ProblemsNotice problems={problems} reveal={reveal} /></I18nProvider>);
}

describe('ProblemsNotice', () => {
  it('counts contacts left out, other items left out and fields repaired, not problems alone', () => {
    show('fr');
    expect(screen.getByText('5 problèmes dans les données : 1 contact écarté, 1 autre élément écarté, 2 champs corrigés à l’affichage')).toBeInTheDocument();
  });

  it('says the same in English', () => {
    show('en');
    expect(screen.getByText('5 problems in the data: 1 contact left out, 1 other item left out, 2 fields repaired for display')).toBeInTheDocument();
  });

  it('marks each line with what was done to it, and says what', () => {
    show('en');
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines[0]).toBe('Repaired sources[0] (id "essor"), field "url": "www.essor.ml" is not in the expected form — write a web address starting with https:// → shown without a link');
    expect(lines.filter((l) => l?.startsWith('Left out '))).toHaveLength(3);
  });

  it('opens when the count asks for it, and comes back after being dismissed', async () => {
    const { rerender } = show('fr');
    expect(document.querySelector('details')?.open).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<I18nProvider lang="fr"><ProblemsNotice problems={problems} reveal={1} /></I18nProvider>);
    expect(document.querySelector('details')?.open).toBe(true);
    expect(document.activeElement?.tagName).toBe('SUMMARY');
  });
});
