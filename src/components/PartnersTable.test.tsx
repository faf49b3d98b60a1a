import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { buildIndex } from '../model/event-index.ts';
import { partnerRows } from '../model/partner-rows.ts';
import { recordContext } from '../model/record-context.ts';
import { PartnersTable } from './PartnersTable.tsx';
import { makeDataset, makeEvent } from './fixtures.ts';

const dataset = makeDataset([
  makeEvent({ id: 'ru-1', date: '2025-06-22' }),
  makeEvent({ id: 'ru-2', date: '2025-06-25', agreements: [{ title: { fr: 'A', en: 'A' } }] }),
  makeEvent({ id: 'us-1', date: '2025-12-08', partner: 'US', place: 'bamako' }),
  makeEvent({ id: 'icrc-1', date: '2025-11', partner: 'ICRC', place: 'bamako' }),
]);
const index = buildIndex(dataset);
const rows = partnerRows(index.items, recordContext(dataset, index));
const names: Record<string, string> = { RU: 'Russie', US: 'États-Unis', ICRC: 'CICR' };

function show(hasAgreements = true, save = vi.fn()) {
  render(
    <I18nProvider lang="fr">
      <PartnersTable rows={rows} labelOf={(id) => names[id] ?? id} profileHref={(id) => `?partner=${id}`} updated="2025-12-31"
        hasAgreements={hasAgreements} fileBase="partners-ml" save={save} />
    </I18nProvider>,
  );
}

const partnersInOrder = () => screen.getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent);

describe('PartnersTable', () => {
  it('has one row per partner with its measures and a link to its record', () => {
    show();
    expect(partnersInOrder()).toEqual(['Russie', 'CICR', 'États-Unis']);
    const ru = screen.getAllByRole('row')[1] as HTMLElement;
    expect(within(ru).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '22 juin 2025', '25 juin 2025', '189', '2', '0', '1']);
    expect(within(ru).getByRole('link', { name: 'Russie' })).toHaveAttribute('href', '?partner=RU');
    expect(screen.getByText(/Jours comptés jusqu’au 31 décembre 2025/)).toBeInTheDocument();
  });

  it('sorts by any column, saying so with aria-sort on that header only', async () => {
    show();
    const header = (name: RegExp) => screen.getByRole('columnheader', { name });
    expect(header(/Contacts/)).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(header(/Jours depuis/)).getByRole('button'));
    expect(header(/Jours depuis/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/Contacts/)).not.toHaveAttribute('aria-sort');
    expect(partnersInOrder()).toEqual(['Russie', 'CICR', 'États-Unis']);
    await userEvent.click(within(header(/Jours depuis/)).getByRole('button'));
    expect(header(/Jours depuis/)).toHaveAttribute('aria-sort', 'ascending');
    expect(partnersInOrder()).toEqual(['États-Unis', 'CICR', 'Russie']);
    await userEvent.click(within(header(/Partenaire/)).getByRole('button'));
    expect(partnersInOrder()).toEqual(['CICR', 'États-Unis', 'Russie']);
  });

  it('downloads the table as sorted, one CSV row per partner, dates as the file writes them', async () => {
    const save = vi.fn();
    show(true, save);
    await userEvent.click(screen.getByRole('button', { name: 'Tableau (CSV)' }));
    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    const { name, text } = save.mock.calls[0]?.[0] as { name: string; text: string };
    expect(name).toMatch(/^partners-ml-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFPartenaire,Contacts,Premier,Dernier,Jours depuis,À l’étranger,Au pays,Accords',
      'Russie,2,2025-06-22,2025-06-25,189,2,0,1',
      'CICR,1,2025-11,2025-11,31,0,1,0',
    ]);
  });

  it('has no agreements column for a record without agreements', () => {
    show(false);
    expect(screen.queryByRole('columnheader', { name: /Accords/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('columnheader')).toHaveLength(7);
  });
});
