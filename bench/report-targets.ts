// Issue 19's targets as one table of ratios, each said met or missed.
import type { Results } from './report.ts';

const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const verdict = (n: number, limit: number) => (Number.isFinite(n) ? (n <= limit ? 'met' : `missed (${fmt(n)} > ${limit})`) : '–');

function targetLines(r: Results): string[] {
  const lines = ['| target | page | embed (views/russie/) |', '|---|---|---|'];
  for (const [cpu, t] of Object.entries(r.targets ?? {})) {
    const tl = t.timelinejs.drawnMs;
    const first = (f: { firstMs: number }) => ratio(f.firstMs, tl);
    const live = (f: { liveMs: number }) => ratio(f.liveMs, t.bare.firstMs);
    lines.push(`| first screen ≤ 0.6× TimelineJS, ${cpu}× CPU (${Math.round(tl)} ms) | ${Math.round(t.page.firstMs)} ms = ${fmt(first(t.page))}×: ${verdict(first(t.page), 0.6)} | ${Math.round(t.embed.firstMs)} ms = ${fmt(first(t.embed))}×: ${verdict(first(t.embed), 0.6)} |`);
    lines.push(`| live ≤ 1.25× bare libraries, ${cpu}× CPU (${Math.round(t.bare.firstMs)} ms) | ${Math.round(t.page.liveMs)} ms = ${fmt(live(t.page))}×: ${verdict(live(t.page), 1.25)} | ${Math.round(t.embed.liveMs)} ms = ${fmt(live(t.embed))}×: ${verdict(live(t.embed), 1.25)} |`);
    lines.push(`| CLS ≤ 0.02 until live, ${cpu}× CPU | ${t.page.cls.toFixed(3)}: ${verdict(t.page.cls, 0.02)} | ${t.embed.cls.toFixed(3)}: ${verdict(t.embed.cls, 0.02)} |`);
    if (cpu === '1') {
      const bytes = (f: { firstBytesGz: number }) => ratio(f.firstBytesGz, t.bare.firstBytesGz);
      lines.push(`| first-screen bytes ≤ 1.15× bare (${(t.bare.firstBytesGz / 1024).toFixed(0)} KiB gz) | ${(t.page.firstBytesGz / 1024).toFixed(0)} KiB = ${fmt(bytes(t.page))}×: ${verdict(bytes(t.page), 1.15)} | ${(t.embed.firstBytesGz / 1024).toFixed(0)} KiB = ${fmt(bytes(t.embed))}×: ${verdict(bytes(t.embed), 1.15)} |`);
    }
  }
  return lines;
}

export function printTargets(r: Results): void {
  console.log(['', 'Issue 19 targets (one run, side by side):', ...targetLines(r), ''].join('\n'));
}
