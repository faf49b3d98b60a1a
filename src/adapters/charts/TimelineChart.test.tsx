import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PeriodSeries } from '../../model/aggregate.ts';
import { I18nProvider } from '../../i18n/react.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import { bucket, coarse, series, yearlySeries } from './fixtures.ts';

function renderChart(data: PeriodSeries, highlightKey: string | null = null, lang: 'fr' | 'en' = 'fr') {
  const onRange = vi.fn();
  const view = render(
    <I18nProvider lang={lang}>
      <TimelineChart series={data} highlightKey={highlightKey} onRange={onRange} />
    </I18nProvider>,
  );
  return { onRange, ...view };
}

const june = series('day', [
  bucket('2025-06-22', { visit: 1 }),
  bucket('2025-06-23', {}),
  bucket('2025-06-24', { talks: 2, agreement: 1 }),
], [coarse('2025-06', { audience: 3 })]);

const period = (container: HTMLElement, key: string) => container.querySelector(`[data-period="${key}"]`) as HTMLElement;

describe('TimelineChart', () => {
  it('has one control per bucket, labelled with the date and count', () => {
    const { container } = renderChart(june);
    const keys = [...container.querySelectorAll<HTMLElement>('[data-period]')].map((b) => b.dataset.period);
    expect(keys).toEqual(['2025-06-22', '2025-06-23', '2025-06-24']);
    expect(period(container, '2025-06-24')).toHaveAccessibleName('24 juin 2025, 3 contacts');
    expect(screen.getByRole('figure', { name: 'Contacts dans le temps' })).toBeInTheDocument();
  });

  it('picks one bucket on click, and a span with Shift+click, as partial dates', () => {
    const { container, onRange } = renderChart(june);
    fireEvent.click(period(container, '2025-06-24'));
    expect(onRange).toHaveBeenLastCalledWith('2025-06-24', '2025-06-24');
    fireEvent.click(period(container, '2025-06-22'), { shiftKey: true });
    expect(onRange).toHaveBeenLastCalledWith('2025-06-22', '2025-06-24');
  });

  it('picks the span dragged across in the chart, whichever the direction', () => {
    const { container, onRange } = renderChart(june);
    const svg = container.querySelector('.recharts-surface') as Element;
    // jsdom: 800 px wide, plot from x=32 to x=788, three buckets of 252 px.
    fireEvent.mouseDown(svg, { clientX: 32 + 252 * 2 + 100, clientY: 100 });
    fireEvent.mouseMove(svg, { clientX: 32 + 50, clientY: 100 });
    fireEvent.mouseUp(svg, { clientX: 32 + 50, clientY: 100 });
    expect(onRange).toHaveBeenLastCalledWith('2025-06-22', '2025-06-24');
  });

  it('moves between buckets with the arrow keys behind a single tab stop', () => {
    const { container, onRange } = renderChart(yearlySeries(1926, 100));
    const first = period(container, '1926');
    expect(container.querySelectorAll('[data-period][tabindex="0"]')).toHaveLength(1);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(period(container, '1927')).toHaveFocus();
    fireEvent.keyDown(period(container, '1927'), { key: 'End' });
    expect(period(container, '2025')).toHaveFocus();
    fireEvent.click(period(container, '2025'));
    expect(onRange).toHaveBeenLastCalledWith('2025', '2025');
  });

  it('draws month-only dates as a labelled band, not on a day', () => {
    const { container, onRange } = renderChart(june);
    const marks = container.querySelectorAll('.timeline-coarse');
    expect(marks.length).toBe(1);
    expect(marks[0]?.querySelector('title')?.textContent).toMatch(/^juin 2025 \(date au mois près\) : 3 contacts/);
    expect(screen.getByText(/date connue au mois ou à l’année seulement/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'juin 2025 (date au mois près) : 3 contacts' }));
    expect(onRange).toHaveBeenLastCalledWith('2025-06', '2025-06');
  });

  it('gives screen readers a table with the same numbers, imprecise dates included', () => {
    renderChart(june, null, 'en');
    const table = screen.getByRole('table', { name: 'Number of contacts by day and type' });
    const cells = (name: RegExp) => within(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(/^24 June 2025$/)).toEqual(['0', '2', '0', '1', '0', '0', '3']);
    expect(cells(/^June 2025 \(month only\)/)).toEqual(['0', '0', '3', '0', '0', '0', '3']);
  });

  it('outlines the bucket of the selected event', () => {
    const { container } = renderChart(june, '2025-06-24');
    expect(container.querySelectorAll('.timeline-highlight')).toHaveLength(1);
  });

  it('says so instead of drawing an empty axis', () => {
    const { container } = renderChart(series('month', [bucket('2025-06', {}), bucket('2025-07', {})]));
    expect(screen.getByText('Aucun contact pour ces filtres.')).toBeInTheDocument();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    expect(container.querySelector('[data-period]')).toBeNull();
  });
});
