// The evaluation as a printable report: extract every bundled source text of a
// dataset, then score against the events that cite those sources; and the same
// scores on the held-out articles of data/extract-eval (gold written by hand).
import type { ContactEvent, EventType, DateBasis } from '../model/schema.ts';
import { EVENT_TYPES, DATE_BASES } from '../model/schema.ts';
import type { Base } from './base.ts';
import { score, whyMissed, type Score } from './evaluate.ts';
import { extractCandidates, type CandidateEvent } from './extract.ts';
import { findPartners, buildPartnerLexicon, type PartnerLexicon } from './partners.ts';
import { paragraphs } from './text.ts';

const pct = (x: number) => x.toFixed(2).padStart(9);

function scoreTable(scores: Score[]): string {
  const rows = scores.map((s) => `${s.level.padEnd(30)}${pct(s.precision)}${pct(s.recall)}   ${s.matchedCandidates}/${s.candidates}  ${s.matchedCurated}/${s.curated}`);
  return [`${'level'.padEnd(30)}${'precision'.padStart(9)}${'recall'.padStart(9)}   cand.  curated`, ...rows].join('\n');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Does the article name the event's partner in the paragraph of one of its
 * quotes or the paragraph just before (the context the assistant reads)? */
export function partnerNamedNear(e: ContactEvent, texts: Map<string, string>, lexicon: PartnerLexicon): boolean {
  return e.sources.some((c) => {
    const text = texts.get(c.source);
    if (text === undefined) return false;
    const paras = paragraphs(text).map((p) => p.text);
    const quote = squash(c.quote);
    const i = paras.findIndex((p) => squash(p).includes(quote));
    const window = i < 0 ? quote : `${paras[i - 1] ?? ''}\n${paras[i]}`;
    return findPartners(window, lexicon).some((p) => p.id === e.partner);
  });
}

const share = (n: number, d: number) => (d ? n / d : 0).toFixed(2);

/** Runs the assistant on each source with a bundled file and reports the scores and misses. */
export function evaluateSeeds(base: Base, readSource: (file: string) => string | undefined): string {
  const data = base.dataset;
  if (!data) return 'no dataset';
  const lexicon = buildPartnerLexicon(base.focus);
  const lines: string[] = [];
  const candidates: CandidateEvent[] = [];
  const used = new Map<string, string>();
  let undatedCandidates = 0;
  for (const s of data.sources.filter((x) => x.file !== null)) {
    const text = readSource(s.file as string);
    if (text === undefined) { lines.push(`${s.id}: file ${s.file} not found, skipped`); continue; }
    used.set(s.id, text);
    const r = extractCandidates(text, { sourceId: s.id, published: s.published, focus: base.focus, home: base.home, known: base.known, lexicon });
    lines.push(`${s.id} (published ${s.published ?? 'unknown: relative dates cannot be placed'}): ${r.events.length} candidates`);
    candidates.push(...r.events);
    if (s.published === null) undatedCandidates += r.events.filter((e) => e.date === null).length;
  }
  const curated = data.events.filter((e) => e.sources.some((c) => used.has(c.source)));
  const partnerNamed = (e: ContactEvent) => partnerNamedNear(e, used, lexicon);
  const extractable = curated.filter(partnerNamed);
  const unnamed = curated.length - extractable.length;
  const dayKnown = extractable.filter((e) => e.dateBasis !== 'reported').length;
  lines.push(
    '',
    `Bounds on these articles: ${unnamed} of ${curated.length} curated events have a partner the articles do not name in or just before the quoted passage;` +
      ` recall cannot exceed ${share(extractable.length, curated.length)} here.`,
    `  ${curated.filter((e) => e.dateBasis === 'reported').length} of ${curated.length} curated dates are 'reported' (taken from other articles);` +
      ` exact-date recall cannot exceed ${share(dayKnown, curated.length)}.`,
    `  ${undatedCandidates} candidate(s) come from an undated article and have no date: they count against date precision.`,
  );
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

interface GoldEvent { partner: string; place: string; date: string; dateBasis: DateBasis; type: EventType; evidence?: string }
interface GoldArticle {
  file: string; publisher?: string; published: string | null; events: GoldEvent[];
  /** Articles of one round were written and annotated together; see GoldSet.rounds. */
  round?: number;
}
export interface GoldSet {
  about?: string;
  /** What each round of articles may still measure, printed over its table. */
  rounds?: Record<string, string>;
  articles: GoldArticle[];
}

/** Checks the shape of data/extract-eval/gold.json; throws with the first problem. */
export function parseGold(text: string): GoldSet {
  const raw = JSON.parse(text) as { articles?: unknown };
  if (!Array.isArray(raw.articles)) throw new Error('gold: "articles" must be an array');
  for (const [i, a] of (raw.articles as GoldArticle[]).entries()) {
    if (typeof a.file !== 'string' || !Array.isArray(a.events)) throw new Error(`gold: article ${i} needs "file" and "events"`);
    for (const [j, e] of a.events.entries()) {
      const where = `gold: ${a.file} event ${j}`;
      if (!(EVENT_TYPES as readonly string[]).includes(e.type)) throw new Error(`${where}: unknown type ${e.type}`);
      if (!(DATE_BASES as readonly string[]).includes(e.dateBasis)) throw new Error(`${where}: unknown dateBasis ${e.dateBasis}`);
      if (typeof e.partner !== 'string' || typeof e.place !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date)) throw new Error(`${where}: partner, place and date are required`);
    }
  }
  return raw as GoldSet;
}

function goldEvent(e: GoldEvent, file: string, i: number): ContactEvent {
  return {
    id: `${file.replace(/\.\w+$/, '')}-${i}`, date: e.date, dateBasis: e.dateBasis, partner: e.partner, place: e.place, type: e.type,
    title: { fr: e.evidence ?? file, en: e.evidence ?? file }, people: [], sources: [{ source: file.replace(/\.\w+$/, ''), quote: e.evidence ?? '' }],
  };
}

/** Adds up per-article scores level by level. */
export function sumScores(perArticle: Score[][]): Score[] {
  const first = perArticle[0];
  if (!first) return [];
  return first.map((s, i) => {
    const rows = perArticle.map((a) => a[i] as Score);
    const add = (k: 'matchedCandidates' | 'candidates' | 'matchedCurated' | 'curated') => rows.reduce((n, r) => n + r[k], 0);
    const mc = add('matchedCandidates'), c = add('candidates'), me = add('matchedCurated'), e = add('curated');
    return { level: s.level, matchedCandidates: mc, candidates: c, matchedCurated: me, curated: e, precision: c ? mc / c : 0, recall: e ? me / e : 0 };
  });
}

/** Runs the assistant on the held-out articles and scores it against their gold. */
export function evaluateHeldOut(base: Base, gold: GoldSet, readArticle: (file: string) => string | undefined): string {
  const lexicon = buildPartnerLexicon(base.focus);
  const lines: string[] = [];
  const perArticle = new Map<number, Score[][]>();
  const misses: string[] = [];
  const strays: string[] = [];
  for (const a of gold.articles) {
    const text = readArticle(a.file);
    if (text === undefined) { lines.push(`${a.file}: not found, skipped`); continue; }
    const sourceId = a.file.replace(/\.\w+$/, '');
    const r = extractCandidates(text, { sourceId, published: a.published, focus: base.focus, home: base.home, known: base.known, lexicon });
    const mine = a.events.map((e, i) => goldEvent(e, a.file, i));
    lines.push(`round ${a.round ?? 1}  ${a.file} (published ${a.published ?? 'unknown'}): ${r.events.length} candidates, ${mine.length} gold`);
    const round = a.round ?? 1;
    perArticle.set(round, [...(perArticle.get(round) ?? []), score(r.events, mine)]);
    for (const e of mine) {
      const pp = r.events.filter((c) => c.partner === e.partner && c.place === e.place);
      if (pp.some((c) => c.date === e.date && c.type === e.type)) continue;
      const others = r.events.filter((c) => c.partner === e.partner).map((c) => `${c.place} ${c.date ?? 'no date'} ${c.type}`);
      const why = pp.length === 0
        ? `no candidate at ${e.place}${others.length ? `; for ${e.partner}: ${others.join(', ')}` : ` and none for ${e.partner}`}`
        : `candidates have ${pp.map((c) => `${c.date ?? 'no date'} ${c.dateBasis} ${c.type}`).join(', ')}`;
      misses.push(`  ${a.round ?? 1} ${sourceId}: ${e.partner} ${e.place} ${e.date} ${e.type}: ${why}`);
    }
    for (const c of r.events.filter((x) => !mine.some((e) => e.partner === x.partner && e.place === x.place))) {
      strays.push(`  ${a.round ?? 1} ${sourceId}: ${c.partner} ${c.place} ${c.date ?? 'no date'} ${c.type}: ${c.sources[0]?.quote.slice(0, 90)}`);
    }
  }
  const label = (round: number) => `round ${round}${gold.rounds?.[String(round)] ? `: ${gold.rounds[String(round)]}` : ''}`;
  for (const round of [...perArticle.keys()].sort()) {
    const total = sumScores(perArticle.get(round) ?? []);
    lines.push('', `The ${total[0]?.curated ?? 0} gold events of ${label(round)}`, '(a candidate counts only against its own article\'s gold)', scoreTable(total));
  }
  lines.push('', 'Gold events without a candidate of the same partner, place, date and type:', ...(misses.length ? misses : ['  none']));
  lines.push('', 'Candidates with no gold event at that partner and place:', ...(strays.length ? strays : ['  none']));
  return lines.join('\n');
}
