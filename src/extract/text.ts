// Text helpers that keep character positions: a match found in the folded text
// points at the same place in the original, so quotes stay verbatim.

/** Lower case, no accents, straight apostrophes, hyphens as spaces; same length as the input. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
    const c = base === '’' || base === 'ʼ' || base === '`' ? "'" : base === '-' || base === '\u2011' ? ' ' : base;
    // Keep one UTF-16 unit per unit of the input so indices line up.
    out += c.length === ch.length ? c : ch.length === 2 ? `${c} `.slice(0, 2) : c.slice(0, 1);
  }
  return out;
}

export interface Span { text: string; start: number }

/** Paragraphs: the blocks between line breaks, with their offsets. */
export function paragraphs(article: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(article); m; m = re.exec(article)) {
    if (m[0].trim() !== '') out.push({ text: m[0], start: m.index });
  }
  return out;
}

// A full stop after these does not end a sentence ("M. Traoré", "Dr. Koné").
const ABBREVIATIONS = /(?:^|[\s(])(?:M|Mme|Mlle|Dr|Pr|Me|Gén|Gal|Col|Cdt|St|S\.E|etc|cf|av|J\.-C|[A-Z])\.$/;

/** Sentences of a paragraph: split after . ! ? (even with no space before a capital). */
export function sentences(paragraph: Span): Span[] {
  const out: Span[] = [];
  const text = paragraph.text;
  let begin = 0;
  const re = /[.!?…]+(?=\s+["«“(]?[A-ZÀ-Ý]|[A-ZÀ-Ý]|\s*$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (ABBREVIATIONS.test(text.slice(Math.max(begin, end - 8), end))) continue;
    pushTrimmed(out, text.slice(begin, end), paragraph.start + begin);
    begin = end;
  }
  pushTrimmed(out, text.slice(begin), paragraph.start + begin);
  return out;
}

function pushTrimmed(out: Span[], raw: string, start: number): void {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text !== '') out.push({ text, start: start + lead });
}

/** A slug for ids: lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
