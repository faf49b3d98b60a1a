// The bench's one table, and the shape of bench/results.json.
import type { FirstScreenFigures } from './first-screen.ts';
import type { ChangeFigures, LoadFigures } from './measure.ts';

export interface Results {
  date: string;
  machine: string;
  runs: number;
  default: Record<number, LoadFigures>;
  timelinejs: Record<number, LoadFigures>;
  defaultChanges?: ChangeFigures;
  sizes: Array<{ events: number; load: LoadFigures; changes: ChangeFigures }>;
  /** Issue 19: first screen and live, per CPU rate. */
  targets?: Record<number, { page: FirstScreenFigures; embed: FirstScreenFigures; bare: FirstScreenFigures; timelinejs: LoadFigures }>;
  bytes: { firstRender: { bytes: number; files: string[] }; total: { bytes: number; files: string[] } };
}

const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : `${Math.round(n)} ms`);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const mb = (n: number) => `${n.toFixed(0)} MB`;

/** Markdown rows, so the same table goes into docs/bench.md. */
function tableLines(r: Results): string[] {
  const head = ['| scenario | drawn (median) | filter change median / p95 | JS heap | loaded (gz) |', '|---|---:|---:|---:|---:|'];
  const rows: string[] = [];
  const c = r.defaultChanges;
  for (const cpu of [1, 4]) {
    const d = r.default[cpu];
    const t = r.timelinejs[cpu];
    if (d) rows.push(`| dashboard, default data (15 events), ${cpu}× CPU | ${ms(d.drawnMs)} | ${cpu === 1 && c ? `${ms(c.medianMs)} / ${ms(c.p95Ms)}` : '–'} | ${mb(d.heapMB)} | ${kib(d.bytesGz)} |`);
    if (t) rows.push(`| TimelineJS, same events, ${cpu}× CPU | ${ms(t.drawnMs)} | – | ${mb(t.heapMB)} | ${kib(t.bytesGz)} |`);
    if (d && t) rows.push(`| ratio dashboard / TimelineJS, ${cpu}× CPU | ${(d.drawnMs / t.drawnMs).toFixed(2)} | | | ${(d.bytesGz / t.bytesGz).toFixed(2)} |`);
  }
  for (const s of r.sizes) {
    rows.push(`| dashboard, ${s.events.toLocaleString('en')} events, 1× CPU | ${ms(s.load.drawnMs)} | ${ms(s.changes.medianMs)} / ${ms(s.changes.p95Ms)} (n=${s.changes.count}) | ${mb(s.load.heapMB)} | ${kib(s.load.bytesGz)} |`);
  }
  const b = r.bytes;
  return [...head, ...rows, '', `First-render JS+CSS+basemap (gz, from the build manifest): ${kib(b.firstRender.bytes)}; everything built: ${kib(b.total.bytes)}.`];
}

export function printTable(r: Results): void {
  console.log(`\n${r.machine}, ${r.date}\n`);
  for (const line of tableLines(r)) console.log(line);
  const blocked = [...Object.values(r.default), ...Object.values(r.timelinejs), ...r.sizes.map((s) => s.load)].flatMap((l) => l.blocked);
  if (blocked.length > 0) console.log(`\nblocked other-origin requests: ${[...new Set(blocked)].join(', ')}`);
}
