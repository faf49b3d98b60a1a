// Search text normalisation: readers type "goita" for "Goïta" and "poutine" for
// "Poutine", so matching ignores case, accents and spacing.

const COMBINING_MARKS = /\p{M}/gu;
// Control characters become spaces too: search.ts joins texts with one.
const SPACES = /[\s\p{Cc}]+/gu;
// Letters NFD does not decompose, and typographic quotes French text is full of.
const FOLDS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', '’': "'", '‘': "'", 'ʼ': "'" };
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const FOLDABLE = /[œæß’‘ʼ]/gu;

/** Lower-case, accent-free, single-spaced, trimmed. */
export function normalizeText(text: string): string {
  // Most English text is already plain single-spaced ASCII: skip the Unicode work (buildIndex on 100,000 events).
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return latinFold(text) ?? unicodeFold(text.normalize('NFD'));
}

/** The general rule, with Unicode classes: slow on 100,000 titles, right for any script. */
export function unicodeFold(decomposed: string): string {
  return decomposed
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (c) => FOLDS[c] ?? c)
    .replace(SPACES, ' ')
    .trim();
}

// Latin letters with accents (precomposed or not), the folded letters and
// every kind of space, each with what the general rule makes of it (text.test.ts
// checks every one against that rule).
const LATIN_RANGES: ReadonlyArray<[number, number]> = [[0x00, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff], [0x2000, 0x200a], [0x2018, 0x2019], [0x2028, 0x2029]];
const LATIN_EXTRA = ['ʼ', '\u1680', '\u202f', '\u205f', '\u3000', '\ufeff'];
let latinTable: Map<string, string> | null = null;

function makeLatinTable(): Map<string, string> {
  const table = new Map<string, string>();
  const chars = LATIN_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => String.fromCharCode(from + k)));
  for (const c of [...chars, ...LATIN_EXTRA]) {
    if (/^[\s\p{Cc}]$/u.test(c)) table.set(c, ' ');
    else {
      const fold = unicodeFold(c.normalize('NFD'));
      // Latin letters fold one by one ('Ø' → 'ø' too), so their folds can be looked up.
      if (!/[\s\p{Cc}]/u.test(fold)) table.set(c, fold);
    }
  }
  return table;
}

/**
 * The same result as the general rule for text made of ASCII, Latin letters
 * with accents and the folded letters; null for anything else, which the
 * general rule then handles. It copies runs of ASCII whole and looks up only
 * the few characters outside it: French titles fold several times faster than
 * with NFD and regular expressions (docs/bench.md).
 */
export function latinFold(text: string): string | null {
  const table = (latinTable ??= makeLatinTable());
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    const fold = table.get(text[i] as string);
    if (fold === undefined) return null;
    out += text.slice(from, i) + fold;
    from = i + 1;
  }
  const lower = (from === 0 ? text : out + text.slice(from)).toLowerCase();
  return lower.includes('  ') || lower.startsWith(' ') || lower.endsWith(' ') ? lower.replace(/ {2,}/g, ' ').trim() : lower;
}

/** The words of a query, normalised; empty when the query is blank. */
export function queryWords(query: string): string[] {
  const normal = normalizeText(query);
  return normal === '' ? [] : normal.split(' ');
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A region's name in a language, from the runtime's CLDR data; '' when unknown. */
export function regionDisplayName(code: string, lang: string): string {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      displayNames.set(lang, null); // a runtime without Intl.DisplayNames: search by id only
    }
  }
  try {
    return displayNames.get(lang)?.of(code) ?? '';
  } catch {
    return ''; // not a region code (an organisation acronym)
  }
}
