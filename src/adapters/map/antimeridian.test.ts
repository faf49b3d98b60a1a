import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import worldAtlas from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { basemapTopology } from '../../../scripts/vite-basemap.ts';
import { closeAroundPole, fixRing, unwrapRing } from './antimeridian.ts';
import { toCountryFeatures, type CountriesTopology } from './basemap.ts';

describe('unwrapRing', () => {
  it('continues eastwards past 180° instead of jumping back to −180', () => {
    expect(unwrapRing([[170, 60], [179, 61], [-179, 62], [-170, 63], [179, 64], [170, 60]]))
      .toEqual([[170, 60], [179, 61], [181, 62], [190, 63], [179, 64], [170, 60]]);
  });
  it('continues westwards past −180', () => {
    expect(unwrapRing([[-175, -16], [178, -17], [-178, -18]])).toEqual([[-175, -16], [-182, -17], [-178, -18]]);
  });
  it('leaves a ring that crosses no meridian as it was', () => {
    const mali: Position[] = [[-12, 14], [4, 15], [-5, 25], [-12, 14]];
    expect(unwrapRing(mali)).toEqual(mali);
  });
});

describe('closeAroundPole', () => {
  it('closes a ring that went once around the south pole along the pole', () => {
    const ring = unwrapRing([[-180, -70], [-60, -75], [60, -72], [179, -70], [-180, -70]]);
    expect(ring[ring.length - 1]).toEqual([180, -70]);
    expect(closeAroundPole(ring).slice(-3)).toEqual([[180, -90], [-180, -90], [-180, -70]]);
  });
  it('uses the north pole for a ring in the north', () => {
    expect(fixRing([[0, 80], [120, 82], [-120, 81], [0, 80]]).slice(-3)).toEqual([[360, 90], [0, 90], [0, 80]]);
  });
});

describe('the bundled basemap', () => {
  const features = toCountryFeatures(basemapTopology(worldAtlas as unknown as Topology) as unknown as CountriesTopology);
  const rings = (iso: string) => {
    const g = features.find((f) => f.properties.iso === iso)?.geometry;
    if (g?.type === 'Polygon') return g.coordinates;
    if (g?.type === 'MultiPolygon') return g.coordinates.flat();
    return [];
  };
  // A step along a pole (both ends at ±90°) is the edge of the map, not a band across it.
  const atPole = (a?: Position, b?: Position) => Math.abs(a?.[1] ?? 0) === 90 && a?.[1] === b?.[1];
  const maxStep = (ring: Position[]) =>
    Math.max(...ring.slice(1).map((p, i) => (atPole(p, ring[i]) ? 0 : Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0)))));

  it('names countries by alpha-2 code, Kosovo included', () => {
    const codes = features.map((f) => f.properties.iso);
    expect(codes).toEqual(expect.arrayContaining(['ML', 'RU', 'FJ', 'AQ', 'XK', 'US', 'FR']));
  });
  it('has no ring that jumps across the map (no horizontal band)', () => {
    for (const f of features) {
      const g = f.geometry;
      const all = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
      for (const ring of all) expect(maxStep(ring), f.properties.name).toBeLessThanOrEqual(180);
    }
  });
  it('draws Russia east of 180° rather than wrapping its far east to the other side', () => {
    const lons = rings('RU').flat().map((p) => p[0] ?? 0);
    expect(Math.max(...lons)).toBeGreaterThan(180);
  });
  it('closes Antarctica through the south pole', () => {
    expect(rings('AQ').flat().some((p) => p[1] === -90)).toBe(true);
  });
});
