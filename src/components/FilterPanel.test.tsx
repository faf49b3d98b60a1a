import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import type { Lang } from '../model/patterns.ts';
import { NO_FILTERS, type Filters } from '../model/filter.ts';
import { FilterPanel, type FilterPanelProps } from './FilterPanel.tsx';

const partners = [
  { id: 'RU', label: 'Russie', count: 12 },
  { id: 'TR', label: 'Türkiye', count: 5 },
  { id: 'US', label: 'États-Unis', count: 3 },
  { id: null, label: 'Partenaire non précisé', count: 1 },
];
const types: FilterPanelProps['types'] = [{ type: 'visit', count: 4 }, { type: 'talks', count: 9 }, { type: 'agreement', count: 2 }];

type OnChange = FilterPanelProps['onChange'];

/** Applies patches like the app does, so controlled inputs behave as in the page. */
function Harness({ initial, onChange, lang = 'fr', ...rest }: Partial<FilterPanelProps> & { initial?: Partial<Filters>; lang?: Lang; onChange: OnChange }) {
  const [filters, setFilters] = useState<Filters>({ ...NO_FILTERS, ...initial });
  return (
    <I18nProvider lang={lang}>
      <FilterPanel filters={filters} partners={partners} types={types} span={{ first: '2024-03-04', last: '2025-11-23' }}
        shown={7} total={30} onReset={() => setFilters(NO_FILTERS)} {...rest}
        onChange={(patch, o) => { onChange(patch, o); setFilters((f) => ({ ...f, ...patch })); }} />
    </I18nProvider>
  );
}

describe('FilterPanel', () => {
  it('says how many contacts are shown, in both languages (announced once, by the dashboard’s FilterAnnouncer)', () => {
    const { unmount } = render(<Harness onChange={vi.fn()} />);
    expect(screen.getByText('7 sur 30 contacts')).not.toHaveAttribute('aria-live');
    unmount();
    render(<Harness onChange={vi.fn()} lang="en" shown={1} total={1} />);
    expect(screen.getByText('1 of 1 contact')).toBeInTheDocument();
  });

  it('offers reset only when something is filtered', async () => {
    const onReset = vi.fn();
    const { unmount } = render(<Harness onChange={vi.fn()} onReset={onReset} />);
    expect(screen.getByRole('button', { name: 'Réinitialiser les filtres' })).toBeDisabled();
    unmount();
    render(<Harness onChange={vi.fn()} onReset={onReset} initial={{ q: 'mali' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Réinitialiser les filtres' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('finds a partner by an accent-free search and adds it; a chip removes it', async () => {
    const onChange = vi.fn<OnChange>();
    render(<Harness onChange={onChange} initial={{ countries: ['US'] }} />);
    await userEvent.click(screen.getByRole('button', { name: /1 partenaire choisi/ }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Chercher un partenaire' }), 'turk');
    expect(screen.queryByRole('checkbox', { name: /Russie/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Türkiye/ }));
    expect(onChange).toHaveBeenLastCalledWith({ countries: ['US', 'TR'] }, undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Retirer États-Unis' }));
    expect(onChange).toHaveBeenLastCalledWith({ countries: ['TR'] }, undefined);
  });

  it('lists the unnamed partner but does not let it be chosen; Escape closes the list', async () => {
    render(<Harness onChange={vi.fn()} />);
    const toggle = screen.getByRole('button', { name: /Tous les partenaires/ });
    await userEvent.click(toggle);
    expect(screen.getByRole('checkbox', { name: /Partenaire non précisé/ })).toBeDisabled();
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('sends a typed partial date on leaving the box, and refuses an impossible one', async () => {
    const onChange = vi.fn<OnChange>();
    render(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Du' }), '2025-06');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.tab();
    expect(onChange).toHaveBeenLastCalledWith({ from: '2025-06' }, undefined);
    const to = screen.getByRole('textbox', { name: 'Au' });
    await userEvent.type(to, '2025-13{Enter}');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Date non reconnue');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('shows the span and offers the whole period, each year and the last 12 months of the data', async () => {
    const onChange = vi.fn<OnChange>();
    render(<Harness onChange={onChange} initial={{ from: '2024', to: '2024' }} />);
    expect(screen.getByText('Données du 4 mars 2024 au 23 novembre 2025')).toBeInTheDocument();
    const presets = within(screen.getByRole('group', { name: 'Raccourcis de période' }));
    expect(presets.getByRole('button', { name: '2024' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(presets.getByRole('button', { name: '12 derniers mois' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2024-12', to: '2025-11' }, undefined);
    expect(screen.getByRole('textbox', { name: 'Du' })).toHaveValue('2024-12');
    await userEvent.click(presets.getByRole('button', { name: 'Toute la période' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: null, to: null }, undefined);
  });

  it('offers month presets when the data spans a few months', async () => {
    const onChange = vi.fn<OnChange>();
    render(<Harness onChange={onChange} span={{ first: '2025-04-02', last: '2025-06-30' }} />);
    await userEvent.click(screen.getByRole('button', { name: /^mai 2025$/ }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2025-05', to: '2025-05' }, undefined);
  });

  it('toggles types in the order the URL uses, each with its count', async () => {
    const onChange = vi.fn<OnChange>();
    render(<Harness onChange={onChange} initial={{ types: ['agreement'] }} />);
    const visit = screen.getByRole('checkbox', { name: /Visite officielle.*4 contacts/ });
    await userEvent.click(visit);
    expect(onChange).toHaveBeenLastCalledWith({ types: ['visit', 'agreement'] }, undefined);
    await userEvent.click(screen.getByRole('checkbox', { name: /Accords signés/ }));
    expect(onChange).toHaveBeenLastCalledWith({ types: ['visit'] }, undefined);
  });

  it('sends the search text with replace, so keystrokes do not fill the history', async () => {
    const onChange = vi.fn<OnChange>();
    render(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByRole('searchbox', { name: /Rechercher/ }), 'Goïta');
    expect(onChange).toHaveBeenLastCalledWith({ q: 'Goïta' }, { replace: true });
    expect(onChange.mock.calls.every(([, o]) => o?.replace === true)).toBe(true);
  });
});
