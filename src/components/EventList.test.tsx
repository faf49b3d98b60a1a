import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../model/patterns.ts';
import { I18nProvider } from '../i18n/react.tsx';
import type { IndexedEvent } from '../model/event-index.ts';
import type { ContactEvent } from '../model/schema.ts';
import { EventList, type EventListProps } from './EventList.tsx';
import { makeLookups } from '../model/lookups.ts';
import { indexed, makeDataset, makeEvent } from './fixtures.ts';

const events: ContactEvent[] = [
  makeEvent({ id: 'day', date: '2025-06-12', people: ['Assimi Goïta', 'Vladimir Poutine'], summary: { fr: 'Résumé en français.', en: 'English summary.' } }),
  makeEvent({ id: 'month', date: '2025-05', dateBasis: 'inferred', partner: 'ICRC', place: 'bamako' }),
  makeEvent({ id: 'reported', date: '2025-04-03', dateBasis: 'reported', partner: null, place: 'washington',
    sources: [{ source: 'seed', quote: 'a' }, { source: 'other', quote: 'b' }] }),
  makeEvent({ id: 'range', date: '2025-03-10', end: '2025-03-12' }),
];
const dataset = makeDataset(events);

function show(props: Partial<EventListProps> & { lang?: Lang } = {}) {
  const { lang = 'fr', ...rest } = props;
  const all: EventListProps = { items: events.map(indexed), lookups: makeLookups(dataset), selectedId: null, onSelect: vi.fn(), ...rest };
  const view = render(<I18nProvider lang={lang}><EventList {...all} /></I18nProvider>);
  const rerender = (next: Partial<EventListProps>) =>
    view.rerender(<I18nProvider lang={lang}><EventList {...all} {...next} /></I18nProvider>);
  return { ...view, rerender };
}

const card = (container: HTMLElement, id: string) => {
  const el = container.querySelector<HTMLElement>(`[data-event="${id}"]`);
  if (!el) throw new Error(`no card ${id}`);
  return within(el);
};

/** IndexedEvents sharing the test dataset's references; ids e0 (newest) … e{n-1}. */
const many = (n: number): IndexedEvent[] => Array.from({ length: n }, (_, i) => indexed(makeEvent({ id: `e${i}` })));

afterEach(() => vi.restoreAllMocks());

describe('EventList', () => {
  it('prints each date at its known precision, with how it is known', () => {
    const { container } = show();
    expect(card(container, 'day').getByText('12 juin 2025')).toBeInTheDocument();
    expect(card(container, 'day').queryByText(/déduit|selon/)).not.toBeInTheDocument();
    expect(card(container, 'month').getByText('mai 2025')).toBeInTheDocument();
    expect(card(container, 'month').getByTitle(/expression relative/)).toHaveTextContent(/^déduit/);
    // Reported: the publisher of the first source other than the seed article.
    expect(card(container, 'reported').getByText('selon Jeune Afrique')).toBeInTheDocument();
    expect(card(container, 'range').getByText('10 mars 2025 – 12 mars 2025')).toBeInTheDocument();
  });

  it('names partners and places in the UI language', () => {
    const { container, unmount } = show();
    expect(card(container, 'day').getByText('Russie')).toBeInTheDocument();
    expect(card(container, 'day').getByText('Moscou')).toBeInTheDocument();
    expect(card(container, 'month').getByText('Comité international de la Croix-Rouge')).toBeInTheDocument();
    expect(card(container, 'reported').getByText('Partenaire non précisé')).toBeInTheDocument();
    unmount();
    const en = show({ lang: 'en' }).container;
    expect(card(en, 'day').getByText('Russia')).toBeInTheDocument();
    expect(card(en, 'day').getByText('Moscow')).toBeInTheDocument();
    expect(card(en, 'day').getByText('English summary.')).toBeInTheDocument();
    expect(card(en, 'day').getByRole('button', { name: 'Title day' })).toBeInTheDocument();
  });

  it('shows type, people, and each quote with its source linked safely', () => {
    const { container } = show();
    const day = card(container, 'day');
    expect(day.getByText('Entretiens')).toBeInTheDocument();
    expect(day.getByText('Assimi Goïta, Vladimir Poutine')).toBeInTheDocument();
    expect(day.getByText('Citation day').tagName).toBe('BLOCKQUOTE');
    const link = day.getByRole('link', { name: 'Article d’origine' });
    expect(link).toHaveAttribute('href', 'https://maliweb.example/a');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(day.getByText(/Maliweb, publié le 13 juin 2025/)).toBeInTheDocument();
  });

  it('renders hostile strings from the data as text, never as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const e = makeEvent({ id: 'x', title: { fr: hostile, en: hostile }, people: [hostile], sources: [{ source: 'nourl', quote: hostile }] });
    const { container } = show({ items: [indexed(e)] });
    expect(screen.getByRole('button', { name: hostile })).toBeInTheDocument();
    expect(screen.getByText(hostile, { selector: 'blockquote' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).not.toBeInTheDocument(); // the source has no address
  });

  it('selects by click or keyboard, marks the selected card and brings it into view', async () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const onSelect = vi.fn();
    const { container, rerender } = show({ onSelect });
    await userEvent.click(screen.getByRole('button', { name: 'Titre month' }));
    expect(onSelect).toHaveBeenLastCalledWith('month');
    screen.getByRole('button', { name: 'Titre day' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('day');
    rerender({ onSelect, selectedId: 'range' }); // e.g. a click on the map
    const selected = container.querySelector('[data-event="range"]');
    expect(selected).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: 'Titre range' })).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(scroll.mock.contexts.at(-1)).toBe(selected);
    await userEvent.click(screen.getByRole('button', { name: 'Titre range' }));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('keeps the DOM the same size for 10,000 contacts as for 100, and pages by 50', async () => {
    const small = show({ items: many(100) });
    const smallSize = small.container.querySelectorAll('*').length;
    small.unmount();
    const { container } = show({ items: many(10_000) });
    expect(container.querySelectorAll('*').length).toBe(smallSize);
    expect(container.querySelectorAll('[data-event]')).toHaveLength(50);
    expect(screen.getByText('50 affichés sur 10 000', { normalizer: (s) => s.replace(/\s/g, ' ') })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Afficher 50 de plus' }));
    expect(container.querySelectorAll('[data-event]')).toHaveLength(100);
  });

  it('still shows a selected contact that lies beyond the page', () => {
    const { container } = show({ items: many(10_000), selectedId: 'e9000' });
    expect(container.querySelectorAll('[data-event]')).toHaveLength(51);
    expect(container.querySelector('[data-event="e9000"]')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('Contact sélectionné, plus loin dans la liste')).toBeInTheDocument();
  });

  it('goes back to the first page when the filter result changes', async () => {
    const { container, rerender } = show({ items: many(200) });
    await userEvent.click(screen.getByRole('button', { name: 'Afficher 50 de plus' }));
    expect(container.querySelectorAll('[data-event]')).toHaveLength(100);
    rerender({ items: many(150) });
    expect(container.querySelectorAll('[data-event]')).toHaveLength(50);
  });

  it('says when nothing matches and shows everything again in one click', () => {
    const onReset = vi.fn();
    show({ items: [], onReset });
    expect(screen.getByText('Aucun contact ne correspond à ces filtres.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Tout afficher' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});
