// The bundled basemap, made lighter at build time (docs/bench.md): world-atlas ships
// the 110m countries quantised to 1e5 steps with a second, unused `land` object.
// Re-quantised to 1e4 steps (0.036° of longitude, under 2 px at the map's
// deepest useful zoom on a 110m-scale outline) it loses ~10 KiB gzipped that
// every reader downloads. The asset keeps its name and goes through Vite's own
// asset pipeline, so its hash follows its content and the manifest lists it.
// Before that, its borders are drawn as newsrooms draw them and its ids become
// alpha-2 codes (basemap-borders.ts, docs/borders.md).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quantize, transform } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { alpha2Ids, drawCrimeaAsUkraine } from './basemap-borders.ts';

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

/** world-atlas's countries as the page draws them: newsroom borders, alpha-2 ids, slimmed. */
export function basemapTopology(worldAtlas: Topology): Topology {
  return slimTopology(alpha2Ids(drawCrimeaAsUkraine(worldAtlas)));
}

export function slimBasemap(root: string): Plugin {
  const require = createRequire(join(root, 'package.json'));
  // Cached under a hash of what makes it, so a change to any input rebuilds it.
  const ensure = () => {
    const source = require.resolve('world-atlas/countries-110m.json');
    const hash = createHash('sha256');
    for (const input of [source, ...BUILD_STEPS.map((url) => fileURLToPath(url))]) hash.update(readFileSync(input));
    const target = join(root, 'node_modules/.cache/contacts-basemap', hash.digest('hex').slice(0, 16), 'countries-110m.json');
    if (existsSync(target)) return target;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(basemapTopology(JSON.parse(readFileSync(source, 'utf8')) as Topology)));
    return target;
  };
  return {
    name: 'contacts-slim-basemap',
    enforce: 'pre',
    resolveId(id) {
      if (id !== SOURCE_ID) return null;
      return `${ensure()}?url`;
    },
  };
}

/** The files that make the asset besides world-atlas. */
const BUILD_STEPS = [import.meta.url, new URL('./basemap-borders.ts', import.meta.url).href];
