import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/react.tsx';
import { ContactsMap, type ContactsMapProps } from './ContactsMap.tsx';
import { item, place, PLACES, ROUTES, SQUARE_COUNTRIES } from './fixtures.ts';

function renderMap(overrides: Partial<ContactsMapProps> = {}, lang: 'fr' | 'en' = 'fr') {
  const props: ContactsMapProps = {
    places: PLACES, routes: ROUTES, shading: { RU: 61 }, focus: 'ML', selectedEventId: null,
    onSelectEvent: vi.fn(), loadCountries: () => Promise.resolve(SQUARE_COUNTRIES), ...overrides,
  };
  const view = render(<I18nProvider lang={lang}><ContactsMap {...props} /></I18nProvider>);
  return { ...view, props };
}

const marker = (container: HTMLElement, id: string) => {
  const el = container.querySelector<HTMLElement>(`[data-place="${id}"]`);
  if (!el) throw new Error(`no marker ${id}`);
  return el;
};

describe('ContactsMap', () => {
  it('is a labelled group (the panel around it is the landmark) with one focusable, named marker per place', () => {
    const { container } = renderMap();
    const region = screen.getByRole('group', { name: 'Carte des contacts' });
    expect(region).toContainElement(container.querySelector('.leaflet-container') as HTMLElement);
    const markers = container.querySelectorAll('[data-place]');
    expect(markers).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Moscou, 60 contacts' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Kazan, 1 contact' })).toBe(marker(container, 'kazan'));
  });

  it('opens a place popup with Enter, lists its contacts newest first and caps them at fifty', () => {
    const { container, props } = renderMap();
    fireEvent.keyDown(marker(container, 'moscow'), { key: 'Enter' });
    const list = screen.getByRole('list', { name: 'Contacts à Moscou' });
    const rows = within(list).getAllByRole('button');
    expect(rows).toHaveLength(50);
    expect(rows[0]).toHaveTextContent('12 juin 2025 Russie Title ru-0');
    expect(rows[0]).toHaveFocus();
    expect(screen.getByText('et 10 autres')).toBeInTheDocument();
    fireEvent.click(rows[3] as HTMLElement);
    expect(props.onSelectEvent).toHaveBeenCalledWith('ru-3');
  });

  it('closes the popup with Escape and gives focus back to its marker', () => {
    const { container } = renderMap();
    fireEvent.keyDown(marker(container, 'kazan'), { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('button', { name: /Visite à Kazan/ }), { key: 'Escape' });
    expect(screen.queryByRole('list', { name: 'Contacts à Kazan' })).not.toBeInTheDocument();
    expect(marker(container, 'kazan')).toHaveFocus();
  });

  it('opens the popup on click and with Space too', () => {
    const { container } = renderMap({}, 'en');
    fireEvent.click(marker(container, 'kazan'));
    expect(screen.getByRole('button', { name: /Visite à Kazan/ })).toBeInTheDocument();
    fireEvent.keyDown(marker(container, 'bamako'), { key: ' ' });
    expect(screen.getByRole('list', { name: 'Contacts in Bamako' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Contacts in Kazan' })).not.toBeInTheDocument();
  });

  it('rings the selected event’s place and opens its popup with the event marked', () => {
    const { container, rerender, props } = renderMap();
    expect(container.querySelector('.is-selected')).toBeNull();
    rerender(<I18nProvider lang="fr"><ContactsMap {...props} selectedEventId="ru-55" /></I18nProvider>);
    expect(marker(container, 'moscow')).toHaveClass('is-selected');
    const current = container.querySelector('[aria-current="true"]');
    expect(current).toHaveTextContent('Title ru-55');
  });

  it('labels only the eight busiest places permanently, above every marker', () => {
    // Spread on a grid, far enough apart that no label covers another place (label-layout.ts).
    const many = Array.from({ length: 12 }, (_, i) =>
      place(`p${i}`, `Lieu ${i}`, (i % 4) * 20 - 30, Math.floor(i / 4) * 60 - 60, Array.from({ length: i + 1 }, (_, k) => item(`e${i}-${k}`))));
    const { container } = renderMap({ places: many, routes: [] });
    const labels = [...container.querySelectorAll('.leaflet-place-labels-pane .contacts-place-label')].map((l) => l.textContent);
    expect(labels.sort()).toEqual(['Lieu 10', 'Lieu 11', 'Lieu 4', 'Lieu 5', 'Lieu 6', 'Lieu 7', 'Lieu 8', 'Lieu 9']);
  });

  it('gives screen readers a table of places and counts, busiest first', () => {
    renderMap({}, 'en');
    const table = screen.getByRole('table', { name: 'Places of contacts, busiest first' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['Moscou60', 'Bamako2', 'Kazan1']);
    expect(screen.getByText('Bamako → Moscou → Kazan → Bamako')).toBeInTheDocument();
  });

  it('draws each trip as a route with arrowheads on its legs', () => {
    const { container } = renderMap();
    expect(container.querySelectorAll('path.contacts-route')).toHaveLength(1);
    expect(container.querySelectorAll('.contacts-route-arrow')).toHaveLength(3);
  });

  it('reshades only the countries whose shade a filter change moves, and the focus country with a new focus', async () => {
    const { container, rerender, props } = renderMap();
    await act(() => Promise.resolve());
    const path = (iso: string) => container.querySelector(`path[data-iso="${iso}"]`) as SVGPathElement;
    const writes = vi.spyOn(path('RU'), 'setAttribute');
    const redraw = (patch: Partial<ContactsMapProps>) => rerender(<I18nProvider lang="fr"><ContactsMap {...props} {...patch} /></I18nProvider>);
    redraw({ shading: { RU: 61, DZ: 1 } });
    expect(path('DZ')).toHaveAttribute('fill', 'var(--map-shade-1)');
    expect(path('RU')).toHaveAttribute('fill', 'var(--map-shade-5)');
    expect(writes).not.toHaveBeenCalled(); // its shade did not move: none of its nine attributes is written again
    redraw({ shading: { RU: 61, DZ: 1 }, focus: 'DZ' });
    expect(path('DZ')).toHaveAttribute('fill', 'url(#contacts-map-hatch)');
    expect(path('ML')).toHaveAttribute('fill', 'var(--land)');
    expect(path('ML')).toHaveAttribute('stroke-width', '0.6');
    expect(writes).not.toHaveBeenCalled();
  });

  it('shades partner countries, hatches the focus country and credits Natural Earth', async () => {
    const { container } = renderMap();
    await act(() => Promise.resolve());
    const ru = container.querySelector('path[data-iso="RU"]');
    expect(ru).toHaveAttribute('fill', 'var(--map-shade-5)');
    expect(container.querySelector('path[data-iso="ML"]')).toHaveAttribute('fill', 'url(#contacts-map-hatch)');
    expect(container.querySelector('path[data-iso="DZ"]')).toHaveAttribute('fill', 'var(--land)');
    expect(container.querySelector('.leaflet-control-attribution')).toHaveTextContent('Fond de carte : Natural Earth');
    expect(container.querySelector('.leaflet-control-attribution')).toHaveTextContent('la Crimée figure en Ukraine (ONU, rés. 68/262)');
    expect(screen.getByRole('group', { name: 'Légende de la carte' })).toHaveTextContent('Mali, pays suivi');
  });

  it('states whose borders it draws in the credit line, in English too', () => {
    const { container } = renderMap({}, 'en');
    expect(container.querySelector('.leaflet-control-attribution')).toHaveTextContent('Basemap: Natural Earth; Crimea shown in Ukraine (UN res. 68/262)');
  });

  it('says on the map itself when the filters leave no place, and only then', () => {
    const { container, rerender, props } = renderMap({ places: [], routes: [] }, 'en');
    expect(container.querySelector('.contacts-map-empty')).toHaveTextContent('No place for these filters.');
    rerender(<I18nProvider lang="en"><ContactsMap {...props} places={PLACES} /></I18nProvider>);
    expect(container.querySelector('.contacts-map-empty')).toBeNull();
  });

  it('still shows markers when the basemap cannot load', async () => {
    const { container } = renderMap({ loadCountries: () => Promise.reject(new Error('offline')) });
    await act(() => Promise.resolve());
    expect(container.querySelectorAll('path[data-iso]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-place]')).toHaveLength(3);
  });
});
