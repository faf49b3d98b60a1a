// `npm run bench` (docs/bench.md): build, generate, serve on one local origin, then
// measure in headless Chromium and print one table; writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure as measureSizes } from '../scripts/size-budget.mjs';
import { launch } from './browser.ts';
import { measureChanges, measureLoad } from './measure.ts';
import { ensureBuild, ensureDatasets, SIZES } from './prepare.ts';
import { DASHBOARD_DRAWN, TIMELINE_DRAWN } from './ready.ts';
import { printTable, type Results } from './report.ts';
import { serve } from './serve.ts';
import { buildTimelinePage } from './timeline-page.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHANGES_PER_KIND = Number(process.env.BENCH_CHANGES ?? 8);

async function main(): Promise<void> {
  ensureBuild(root, process.argv.includes('--build'));
  const data = ensureDatasets(root);
  buildTimelinePage(root);
  const server = await serve({ '/': join(root, 'dist'), '/bench-data/': join(root, 'bench/.data'), '/timeline/': join(root, 'bench/dist-timeline') });
  const bench = await launch();
  const app = (query = '') => `${server.origin}/index.html${query}`;
  try {
    const results: Results = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`, runs: RUNS, default: {}, timelinejs: {}, sizes: [], bytes: measureSizes(join(root, 'dist')) };
    for (const cpu of [1, 4]) {
      console.log(`bench: default dataset and TimelineJS at ${cpu}× CPU`);
      results.default[cpu] = await measureLoad(bench, server.origin, app(), DASHBOARD_DRAWN, cpu, RUNS);
      results.timelinejs[cpu] = await measureLoad(bench, server.origin, `${server.origin}/timeline/`, TIMELINE_DRAWN, cpu, RUNS);
    }
    results.defaultChanges = await measureChanges(bench, server.origin, app(), DASHBOARD_DRAWN, CHANGES_PER_KIND);
    for (const size of SIZES) {
      console.log(`bench: ${size} events`);
      const url = app(`?data=${data[size]}`);
      const load = await measureLoad(bench, server.origin, url, DASHBOARD_DRAWN, 1, size >= 100_000 ? 3 : RUNS);
      const changes = await measureChanges(bench, server.origin, url, DASHBOARD_DRAWN, CHANGES_PER_KIND);
      results.sizes.push({ events: size, load, changes });
    }
    printTable(results);
    writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('bench: wrote bench/results.json');
  } finally {
    await bench.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
