import { describe, expect, it } from 'vitest';
import { fold, sentences } from './text.ts';

describe('sentences', () => {
  it('does not cut after a title, and cuts a full stop glued to the next sentence', () => {
    const text = 'Il a reçu M. Traoré et Mme Diallo. Puis le chef de délégation .Le président est rentré.';
    expect(sentences({ text, start: 0 }).map((s) => s.text)).toEqual([
      'Il a reçu M. Traoré et Mme Diallo.', 'Puis le chef de délégation .', 'Le président est rentré.',
    ]);
  });
  it('keeps offsets into the original text', () => {
    const [, second] = sentences({ text: 'Un. Deux trois.', start: 10 });
    expect(second).toEqual({ text: 'Deux trois.', start: 14 });
  });
});

describe('fold', () => {
  it('keeps the length while dropping accents and case', () => {
    const s = 'États-Unis d’Amérique';
    expect(fold(s)).toBe("etats unis d'amerique");
    expect(fold(s)).toHaveLength(s.length);
  });
});
