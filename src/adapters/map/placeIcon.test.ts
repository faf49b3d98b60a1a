import { describe, expect, it } from 'vitest';
import { createPlaceIcon, type PlaceIconSpec } from './placeIcon.ts';

const spec: PlaceIconSpec = { id: 'moscow', name: 'Moscou', ariaLabel: 'Moscou : 3 contacts', radius: 6, fill: 'rgb(1, 2, 3)', labelled: false, selected: false };

describe('PlaceIcon', () => {
  it('builds a marker with the place, its label, size and colour', () => {
    const el = createPlaceIcon(spec).createIcon();
    expect(el.dataset.place).toBe('moscow');
    expect(el.getAttribute('aria-label')).toBe('Moscou : 3 contacts');
    expect(el.style.width).toBe('12px');
    expect(el.style.marginLeft).toBe('-6px');
    expect((el.children[0] as HTMLElement).style.background).toBe('rgb(1, 2, 3)');
    expect(el.children[1]?.textContent).toBe('Moscou');
  });

  it('shows a new count, size, colour and state on the same element', () => {
    const icon = createPlaceIcon(spec);
    const el = icon.createIcon();
    icon.update({ ...spec, ariaLabel: 'Moscou : 9 contacts', radius: 10, fill: 'rgb(9, 9, 9)', selected: true, labelled: true });
    expect(el.getAttribute('aria-label')).toBe('Moscou : 9 contacts');
    expect(el.style.height).toBe('20px');
    expect(el.style.marginTop).toBe('-10px');
    expect((el.children[0] as HTMLElement).style.background).toBe('rgb(9, 9, 9)');
    expect(el.classList.contains('is-selected')).toBe(true);
    expect(el.classList.contains('is-labelled')).toBe(true);
    icon.update({ ...spec, name: 'Moskva' });
    expect(el.children[1]?.textContent).toBe('Moskva');
    expect(el.classList.contains('is-selected')).toBe(false);
    expect(el.style.width).toBe('12px');
  });

  it('leaves what did not change untouched', () => {
    const icon = createPlaceIcon(spec);
    const el = icon.createIcon();
    el.style.width = '99px'; // a change the icon did not make
    icon.update({ ...spec, ariaLabel: 'Moscou : 4 contacts' });
    expect(el.style.width).toBe('99px');
    expect(el.getAttribute('aria-label')).toBe('Moscou : 4 contacts');
  });
});
