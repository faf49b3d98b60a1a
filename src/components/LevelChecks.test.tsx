import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { NO_FILTERS } from '../model/filter.ts';
import { FilterPanel } from './FilterPanel.tsx';

const levels = [{ level: 'head-of-state' as const, count: 5 }, { level: 'minister' as const, count: 1 }, { level: 'official' as const, count: 0 }];

function show(onChange = vi.fn(), selected: typeof NO_FILTERS.levels = [], withLevels = true) {
  render(
    <I18nProvider lang="fr">
      <FilterPanel filters={{ ...NO_FILTERS, levels: selected }} partners={[]} types={[]} span={null} shown={6} total={15}
        levels={withLevels ? levels : []} focusName="Mali" onChange={onChange} onReset={vi.fn()} />
    </I18nProvider>,
  );
  return onChange;
}

describe('the level filter control', () => {
  it('lists each level with its count, the focus side named, and adds a level in the canonical order', async () => {
    const onChange = show(vi.fn(), ['minister']);
    expect(screen.getByRole('group', { name: 'Niveau' })).toHaveAccessibleDescription('La personne la plus haut placée du côté Mali');
    expect(screen.getByRole('checkbox', { name: /Chef de l’État 5 contacts/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Ministre 1 contact/ })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: /Chef de l’État/ }));
    expect(onChange).toHaveBeenLastCalledWith({ levels: ['head-of-state', 'minister'] });
  });

  it('makes reset available while a level is chosen', () => {
    show(vi.fn(), ['official']);
    expect(screen.getByRole('button', { name: 'Réinitialiser les filtres' })).toBeEnabled();
  });

  it('is not shown for a record without levels', () => {
    show(vi.fn(), [], false);
    expect(screen.queryByRole('group', { name: 'Niveau' })).not.toBeInTheDocument();
  });
});
