import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/react.tsx';
import { PartnersChart, type PartnerBar } from './PartnersChart.tsx';
import { counts, samplePartners } from './fixtures.ts';

function renderChart(bars: PartnerBar[], selected: string[] = [], highlight: string | null = null, lang: 'fr' | 'en' = 'fr') {
  const onToggle = vi.fn();
  const view = render(
    <I18nProvider lang={lang}>
      <PartnersChart bars={bars} selected={selected} highlight={highlight} onToggle={onToggle} />
    </I18nProvider>,
  );
  return { onToggle, ...view };
}

const controls = (container: HTMLElement) => [...container.querySelectorAll<HTMLButtonElement>('[data-partner]')];

describe('PartnersChart', () => {
  it('draws one pressed-or-not control per partner, in order, and stacked bars in the SVG', () => {
    const bars = samplePartners(5);
    const { container } = renderChart(bars, ['P001']);
    expect(controls(container).map((b) => b.dataset.partner)).toEqual(bars.map((b) => b.id));
    expect(controls(container).map((b) => b.getAttribute('aria-pressed'))).toEqual(bars.map((b) => String(b.id === 'P001')));
    expect(screen.getByRole('figure', { name: 'Contacts par partenaire' })).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThanOrEqual(5);
  });

  it('toggles a partner from its control', () => {
    const { onToggle } = renderChart(samplePartners(5));
    fireEvent.click(screen.getByRole('button', { name: /^Partenaire 2,/ }));
    expect(onToggle).toHaveBeenCalledWith('P002');
  });

  it('toggles the partner whose row is clicked in the chart itself', () => {
    const bars = samplePartners(5);
    const { container, onToggle } = renderChart(bars);
    // jsdom puts the chart at 0,0; rows are 28 px tall below a 4 px margin.
    fireEvent.click(container.querySelector('.recharts-surface') as Element, { clientX: 400, clientY: 4 + 28 * 2 + 10 });
    expect(onToggle).toHaveBeenCalledWith(bars[2]?.id);
  });

  it('groups partners beyond the top 12 in one "Autres" bar', () => {
    const { container } = renderChart(samplePartners(200));
    expect(controls(container)).toHaveLength(12);
    expect(screen.getByRole('button', { name: /^Autres \(188 partenaires\)/ })).toHaveAttribute('aria-expanded', 'false');
  });

  it('expands the "Autres" bar to every partner, and folds it back', () => {
    const { container } = renderChart(samplePartners(40));
    fireEvent.click(screen.getByRole('button', { name: /^Autres \(28 partenaires\)/ }));
    expect(controls(container)).toHaveLength(40);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher seulement les principaux' }));
    expect(controls(container)).toHaveLength(12);
  });

  it('keeps a selected partner from the long tail on its own bar so it can be unselected', () => {
    const { container, onToggle } = renderChart(samplePartners(200), ['P150']);
    expect(controls(container).map((b) => b.dataset.partner)).toContain('P150');
    expect(screen.getByRole('button', { name: /^Autres \(187 partenaires\)/ })).toBeInTheDocument();
    fireEvent.click(container.querySelector('[data-partner="P150"]') as HTMLElement);
    expect(onToggle).toHaveBeenCalledWith('P150');
  });

  it('gives screen readers a table with the same numbers as the input, each partner on its row', () => {
    const bars = [
      { id: 'RU', label: 'Russie', total: 5, byType: counts({ visit: 2, talks: 3 }) },
      { id: null, label: 'Partenaire non précisé', total: 1, byType: counts({ audience: 1 }) },
    ];
    renderChart(bars);
    const table = screen.getByRole('table', { name: 'Nombre de contacts par partenaire et par type' });
    const rows = within(table).getAllByRole('row').map((r) => within(r).getAllByRole(r.querySelector('th[scope=row]') ? 'cell' : 'columnheader').map((c) => c.textContent));
    expect(within(table).getByRole('rowheader', { name: 'Russie' })).toBeInTheDocument();
    expect(rows[1]).toEqual(['2', '3', '0', '0', '0', '0', '5']);
    expect(rows[2]).toEqual(['0', '0', '1', '0', '0', '0', '1']);
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toContain('Visite officielle');
  });

  it('groups the table past a hundred partners in one row, keeping the total', () => {
    const bars = samplePartners(250);
    renderChart(bars);
    const table = screen.getByRole('table', { name: 'Nombre de contacts par partenaire et par type' });
    const body = within(table).getAllByRole('row').slice(1);
    expect(body).toHaveLength(100);
    expect(within(body[99] as HTMLElement).getByRole('rowheader').textContent).toBe('Autres (151 partenaires)');
    const totals = body.map((r) => Number((r.lastElementChild?.textContent ?? '').replace(/\D/g, '')));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(bars.reduce((a, b) => a + b.total, 0));
  });

  it('offers no toggle for the unnamed partner, which the URL cannot filter on', () => {
    const { container } = renderChart([{ id: null, label: 'Partenaire non précisé', total: 1, byType: counts({ talks: 1 }) }]);
    expect(controls(container)).toHaveLength(0);
  });

  it('says so instead of drawing an empty axis', () => {
    const { container } = renderChart([]);
    expect(screen.getByText('Aucun contact pour ces filtres.')).toBeInTheDocument();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
  });

  it('speaks English when asked', () => {
    renderChart(samplePartners(20), [], null, 'en');
    expect(screen.getByRole('figure', { name: 'Contacts by partner' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Others \(8 partners\)/ })).toBeInTheDocument();
  });
});
