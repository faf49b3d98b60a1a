import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import topology from 'world-atlas/countries-110m.json';
import { alpha2Of, ISO_NUMERIC_COUNT } from './iso-numeric.ts';

describe('alpha2Of', () => {
  const geometries = (topology as unknown as { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } })
    .objects.countries.geometries;

  it('agrees with i18n-iso-countries for every numbered country of the basemap', () => {
    const numbered = geometries.filter((g) => g.id !== undefined);
    expect(ISO_NUMERIC_COUNT).toBe(numbered.length);
    for (const g of numbered) expect(alpha2Of(g.id, g.properties.name), g.properties.name).toBe(countries.numericToAlpha2(g.id ?? ''));
  });
  it('gives Mali ML and Kosovo, which has no number, XK', () => {
    expect(alpha2Of('466', 'Mali')).toBe('ML');
    expect(alpha2Of(undefined, 'Kosovo')).toBe('XK');
    expect(alpha2Of(undefined, 'Somaliland')).toBeNull();
  });
});
