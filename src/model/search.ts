// Free-text matching over many events. Calling `includes` once per event and
// word costs ~45 ms on 100,000 events; one native indexOf scan per word over
// all texts joined costs a few, so the joined corpus is built once per index.
import type { IndexedEvent } from './event-index.ts';

export interface Corpus {
  text: string;
  /** starts[k] is where item k's text begins; starts[n] is past the end. */
  starts: Int32Array;
}

// The items never contain it: normalizeText turns control characters into spaces.
const ITEM_SEPARATOR = '\u0000';
const corpora = new WeakMap<readonly IndexedEvent[], Corpus>();

/** Builds (once) the joined texts of these items, kept while the items array lives. */
export function prepareSearch(items: readonly IndexedEvent[]): Corpus {
  let corpus = corpora.get(items);
  if (corpus) return corpus;
  const starts = new Int32Array(items.length + 1);
  let offset = 0;
  items.forEach((item, k) => {
    starts[k] = offset;
    offset += item.text.length + ITEM_SEPARATOR.length;
  });
  starts[items.length] = offset;
  corpus = { text: items.map((i) => i.text).join(ITEM_SEPARATOR) + ITEM_SEPARATOR, starts };
  corpora.set(items, corpus);
  return corpus;
}

/** Items (by position) whose text contains each recently searched word, per corpus. */
const hitsByCorpus = new WeakMap<Corpus, Map<string, Int32Array>>();
/** Words remembered per corpus: a reader retyping or toggling a query pays once. */
const REMEMBERED_WORDS = 64;

function scan(corpus: Corpus, word: string): Int32Array {
  const { text, starts } = corpus;
  const hits: number[] = [];
  let k = 0;
  for (let pos = text.indexOf(word); pos !== -1; pos = text.indexOf(word, pos)) {
    while ((starts[k + 1] as number) <= pos) k++;
    hits.push(k);
    pos = starts[k + 1] as number; // one hit per item is enough
  }
  return Int32Array.from(hits);
}

/**
 * Items containing `word`. A word seen before is remembered; one that contains
 * a remembered word (the reader typing on: "acc" → "accord") is looked for only
 * in that word's items, so each keystroke costs less than the one before.
 */
function itemsWith(items: readonly IndexedEvent[], corpus: Corpus, word: string): Int32Array {
  let memo = hitsByCorpus.get(corpus);
  if (!memo) hitsByCorpus.set(corpus, (memo = new Map()));
  const known = memo.get(word);
  if (known) return known;
  let narrowest: Int32Array | null = null;
  for (const [seen, hits] of memo) {
    if (word.includes(seen) && (narrowest === null || hits.length < narrowest.length)) narrowest = hits;
  }
  const hits = narrowest === null ? scan(corpus, word) : narrowest.filter((k) => (items[k] as IndexedEvent).text.includes(word));
  if (memo.size >= REMEMBERED_WORDS) memo.delete(memo.keys().next().value as string);
  memo.set(word, hits);
  return hits;
}

/**
 * For each item (by position), how many of the leading query words its text
 * contains in a row: an item matches every word when the count equals
 * words.length. Words must be normalised and non-empty.
 */
export function countWordMatches(items: readonly IndexedEvent[], words: readonly string[]): Uint16Array {
  const corpus = prepareSearch(items);
  const counts = new Uint16Array(items.length);
  words.forEach((word, j) => {
    for (const k of itemsWith(items, corpus, word)) if (counts[k] === j) counts[k] = j + 1;
  });
  return counts;
}
