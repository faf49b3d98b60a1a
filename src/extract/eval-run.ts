// The evaluation as a printable report: extract every bundled source text of a
// dataset, then score against the events that cite those sources.
import type { ContactEvent } from '../model/schema.ts';
import type { Base } from './base.ts';
import { score, whyMissed, type Score } from './evaluate.ts';
import { extractCandidates, type CandidateEvent } from './extract.ts';
import { findPartners, buildPartnerLexicon } from './partners.ts';

const pct = (x: number) => x.toFixed(2).padStart(9);

export function scoreTable(scores: Score[]): string {
  const rows = scores.map((s) => `${s.level.padEnd(30)}${pct(s.precision)}${pct(s.recall)}   ${s.matchedCandidates}/${s.candidates}  ${s.matchedCurated}/${s.curated}`);
  return [`${'level'.padEnd(30)}${'precision'.padStart(9)}${'recall'.padStart(9)}   cand.  curated`, ...rows].join('\n');
}

/** Runs the assistant on each source with a bundled file and reports the scores and misses. */
export function evaluateSeeds(base: Base, readSource: (file: string) => string | undefined): string {
  const data = base.dataset;
  if (!data) return 'no dataset';
  const lexicon = buildPartnerLexicon(base.focus);
  const lines: string[] = [];
  const candidates: CandidateEvent[] = [];
  const used = new Map<string, string>();
  for (const s of data.sources.filter((x) => x.file !== null)) {
    const text = readSource(s.file as string);
    if (text === undefined) { lines.push(`${s.id}: file ${s.file} not found, skipped`); continue; }
    used.set(s.id, text);
    const r = extractCandidates(text, { sourceId: s.id, published: s.published, focus: base.focus, home: base.home, known: base.known, lexicon });
    lines.push(`${s.id} (published ${s.published ?? 'unknown: relative dates cannot be placed'}): ${r.events.length} candidates`);
    candidates.push(...r.events);
  }
  const curated = data.events.filter((e) => e.sources.some((c) => used.has(c.source)));
  const partnerNamed = (e: ContactEvent) =>
    e.sources.some((c) => used.has(c.source) && findPartners(c.quote, lexicon).some((p) => p.id === e.partner));
  const extractable = curated.filter(partnerNamed);
  lines.push('', `All ${curated.length} curated events citing these articles:`, scoreTable(score(candidates, curated)));
  lines.push('', `The ${extractable.length} whose partner the articles name:`, scoreTable(score(candidates, extractable)));
  lines.push('', 'Curated events without an exact (partner, place, date) candidate, and why:');
  for (const e of curated) {
    const why = whyMissed(e, candidates, { partnerNamed, isTested: (id) => used.has(id) });
    if (why) lines.push(`  ${e.id.padEnd(28)} ${e.dateBasis.padEnd(9)} ${why}`);
  }
  const stray = candidates.filter((c) => !curated.some((e) => e.partner === c.partner && e.place === c.place));
  lines.push('', 'Candidates with no curated event at that partner and place:', ...stray.map((c) => `  ${c.id}: ${c.sources[0]?.quote.slice(0, 90)}`));
  if (stray.length === 0) lines.push('  none');
  return lines.join('\n');
}
