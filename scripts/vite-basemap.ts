// The bundled basemap, made lighter at build time (issue 7): world-atlas ships
// the 110m countries quantised to 1e5 steps with a second, unused `land` object.
// Re-quantised to 1e4 steps (0.036° of longitude, under 2 px at the map's
// deepest useful zoom on a 110m-scale outline) it loses ~10 KiB gzipped that
// every reader downloads. The asset keeps its name and goes through Vite's own
// asset pipeline, so its hash follows its content and the manifest lists it.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { quantize, transform } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';

export const QUANTIZATION = 1e4;
const SOURCE_ID = 'world-atlas/countries-110m.json?url';

/** The topology with only `countries`, its arcs re-quantised to `steps` per axis. */
export function slimTopology(topology: Topology, steps = QUANTIZATION): Topology {
  const { countries } = topology.objects;
  if (!countries) throw new Error('basemap: no countries object');
  const delta = topology.transform;
  // Arcs are delta-encoded: a fresh decoder per arc starts from its first point.
  const arcs = delta
    ? topology.arcs.map((arc) => {
        const decode = transform(delta);
        return arc.map((point, i) => decode(point, i > 0) as [number, number]); // false resets the running sum
      })
    : topology.arcs;
  const absolute = { type: 'Topology', objects: { countries }, arcs } as Parameters<typeof quantize>[0];
  return quantize(absolute, steps);
}

export function slimBasemap(root: string): Plugin {
  const require = createRequire(join(root, 'package.json'));
  const target = join(root, 'node_modules/.cache/contacts-basemap/countries-110m.json');
  const ensure = () => {
    const source = require.resolve('world-atlas/countries-110m.json');
    if (existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs && statSync(target).mtimeMs >= statSync(__filenameOf()).mtimeMs) return;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(slimTopology(JSON.parse(readFileSync(source, 'utf8')) as Topology)));
  };
  return {
    name: 'contacts-slim-basemap',
    enforce: 'pre',
    resolveId(id) {
      if (id !== SOURCE_ID) return null;
      ensure();
      return `${target}?url`;
    },
  };
}

/** This file, so a change to the slimming rebuilds the asset. */
function __filenameOf(): string {
  return new URL(import.meta.url).pathname;
}
