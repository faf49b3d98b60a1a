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
import { BARE_DRAWN, DASHBOARD_DRAWN, TIMELINE_DRAWN } from './ready.ts';
import { buildBarePage } from './bare-page.ts';
import { measureFirstScreen } from './first-screen.ts';
import { printTargets } from './report-targets.ts';
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
  await buildBarePage(root);
  const server = await serve({ '/': join(root, 'dist'), '/bench-data/': join(root, 'bench/.data'), '/timeline/': join(root, 'bench/dist-timeline'), '/bare/': join(root, 'bench/dist-bare') });
  const bench = await launch();
  const app = (query = '') => `${server.origin}/index.html${query}`;
  try {
    const results: Results = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`, runs: RUNS, default: {}, timelinejs: {}, sizes: [], bytes: measureSizes(join(root, 'dist')) };
    // Issue 19's targets first, side by side in one loop per CPU rate.
    results.targets = {};
    for (const cpu of [1, 4]) {
      console.log(`bench: first screen and live (default page, published embed, bare libraries, TimelineJS) at ${cpu}× CPU`);
      results.targets[cpu] = {
        page: await measureFirstScreen(bench, server.origin, app(), cpu, RUNS),
        embed: await measureFirstScreen(bench, server.origin, `${server.origin}/views/russie/`, cpu, RUNS),
        bare: await measureFirstScreen(bench, server.origin, `${server.origin}/bare/`, cpu, RUNS, BARE_DRAWN, BARE_DRAWN),
        timelinejs: await measureLoad(bench, server.origin, `${server.origin}/timeline/`, TIMELINE_DRAWN, cpu, RUNS),
      };
    }
    printTargets(results);
    if (process.env.BENCH_ONLY === 'targets') {
      writeFileSync(join(root, 'bench/results-targets.json'), `${JSON.stringify(results, null, 2)}\n`);
      return;
    }
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
