import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { slimTopology } from './vite-basemap.ts';

const require = createRequire(import.meta.url);
const original = require('world-atlas/countries-110m.json') as Topology;

function positions(topology: Topology): Position[][] {
  const fc = feature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection;
  return fc.features.map((f) => JSON.stringify(f.geometry).match(/-?\d+(\.\d+)?(e-?\d+)?,-?\d+(\.\d+)?(e-?\d+)?/g)?.map((p) => p.split(',').map(Number)) ?? []);
}

describe('slimTopology', () => {
  const slim = slimTopology(original);

  it('keeps every country with its id and name, and drops the unused land object', () => {
    expect(Object.keys(slim.objects)).toEqual(['countries']);
    const ids = (t: Topology) => (t.objects.countries as GeometryCollection).geometries.map((g) => [g.id, (g.properties as { name: string }).name]);
    expect(ids(slim)).toEqual(ids(original));
  });

  it('puts every point within one 1e4 step (0.036° of longitude) of the original outline', () => {
    const a = positions(original);
    const b = positions(slim);
    let worst = 0;
    b.forEach((points, i) => {
      const near = a[i] ?? [];
      for (const [u = 0, v = 0] of points) {
        let best = Infinity;
        for (const [x = 0, y = 0] of near) best = Math.min(best, Math.max(Math.abs(u - x), Math.abs(v - y)));
        worst = Math.max(worst, best);
      }
      expect(points.length).toBeGreaterThan(near.length * 0.8); // an outline, not a sketch of it
    });
    expect(worst).toBeLessThan(0.036);
    expect(worst).toBeGreaterThan(0); // it did change the data
  });

  it('is smaller', () => {
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(original).length * 0.9);
  });
});
