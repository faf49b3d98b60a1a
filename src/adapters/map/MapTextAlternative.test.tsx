import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/react.tsx';
import { item, place } from './fixtures.ts';
import { ALT_ROWS, MapTextAlternative } from './MapTextAlternative.tsx';

describe('MapTextAlternative', () => {
  it('lists every place, busiest first, when there are few', () => {
    render(<I18nProvider lang="fr"><MapTextAlternative places={[place('a', 'Alger', 36, 3, [item('x')]), place('b', 'Bamako', 12, -8, [item('y'), item('z')])]} routes={[]} /></I18nProvider>);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Bamako2', 'Alger1']);
  });

  it('groups the places past the first hundred in one row whose count keeps the total', () => {
    const places = Array.from({ length: 150 }, (_, i) => place(`p${i}`, `Lieu ${String(i).padStart(3, '0')}`, 0, i, Array.from({ length: 150 - i }, (_, k) => item(`e${i}-${k}`))));
    render(<I18nProvider lang="fr"><MapTextAlternative places={places} routes={[]} /></I18nProvider>);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(ALT_ROWS);
    const last = rows[rows.length - 1];
    // Places 99…149 hold 51 + 50 + … + 1 contacts.
    expect(last?.textContent).toBe(`Autres lieux (51)${new Intl.NumberFormat('fr-FR').format((51 * 52) / 2)}`);
  });
});
