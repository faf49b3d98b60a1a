import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { alpha2Ids, drawCrimeaAsUkraine, shapeHolds, SIMFEROPOL } from './basemap-borders.ts';
import { basemapTopology } from './vite-basemap.ts';

const require = createRequire(import.meta.url);
const worldAtlas = require('world-atlas/countries-110m.json') as Topology;
const shapes = (t: Topology) => (t.objects.countries as GeometryCollection<{ name: string }>).geometries.map((g) => ({ ...g, name: (g.properties as { name?: string } | undefined)?.name }));
const shape = (t: Topology, name: string) => shapes(t).find((g) => g.name === name);
const KYIV = [30.52, 50.45] as const;
const MOSCOW = [37.62, 55.75] as const;

describe('Crimea on the basemap', () => {
  it('is drawn inside Russia by world-atlas itself (what the build corrects)', () => {
    expect(shapeHolds(worldAtlas, 'Russia', SIMFEROPOL)).toBe(true);
    expect(shapeHolds(worldAtlas, 'Ukraine', SIMFEROPOL)).toBe(false);
  });

  it('is drawn inside Ukraine on the map the page ships, as one shape with the mainland', () => {
    const shipped = basemapTopology(worldAtlas);
    expect(shapeHolds(shipped, 'Ukraine', SIMFEROPOL)).toBe(true);
    expect(shapeHolds(shipped, 'Russia', SIMFEROPOL)).toBe(false);
    expect(shapeHolds(shipped, 'Ukraine', KYIV)).toBe(true);
    expect(shapeHolds(shipped, 'Russia', MOSCOW)).toBe(true);
    const ukraine = shape(shipped, 'Ukraine');
    expect(ukraine?.type === 'MultiPolygon' ? ukraine.arcs.length : 1).toBe(1); // no line across the isthmus of Perekop
  });

  it('takes nothing else from Russia', () => {
    const before = shape(worldAtlas, 'Russia');
    const after = shape(drawCrimeaAsUkraine(worldAtlas), 'Russia');
    expect(before?.type === 'MultiPolygon' && after?.type === 'MultiPolygon' && after.arcs.length).toBe(before?.type === 'MultiPolygon' && before.arcs.length - 1);
  });

  it('is left alone once already in Ukraine', () => {
    const once = drawCrimeaAsUkraine(worldAtlas);
    expect(drawCrimeaAsUkraine(once)).toBe(once);
  });
});

describe('alpha2Ids', () => {
  const recoded = shapes(alpha2Ids(worldAtlas));
  const original = shapes(worldAtlas);

  it('agrees with i18n-iso-countries for every numbered country', () => {
    original.forEach((g, i) => {
      if (g.id !== undefined) expect(recoded[i]?.id, g.name).toBe(countries.numericToAlpha2(String(g.id)));
    });
  });
  it('gives Mali ML, Kosovo (which has no number) XK, and Somaliland no id', () => {
    const idOf = (name: string) => recoded.find((g) => g.name === name)?.id;
    expect([idOf('Mali'), idOf('Kosovo'), idOf('W. Sahara'), idOf('Somaliland')]).toEqual(['ML', 'XK', 'EH', undefined]);
  });
});
