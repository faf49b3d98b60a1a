import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinFold, unicodeFold } from './text.ts';

describe('latinFold', () => {
  it('gives what the Unicode rule gives, whenever it answers', () => {
    const chars = fc.constantFrom('a', 'B', 'é', 'È', 'ï', 'œ', 'Æ', 'ß', '’', '‘', 'ʼ', ' ', '  ', '\t', '\n', '\u00a0', '\u0001', '\u0085', 'ç', '-', "'", 'Ω', '\u2009', '\u0301', 'ﬁ');
    fc.assert(fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
      const decomposed = parts.join('').normalize('NFD');
      const fast = latinFold(decomposed);
      if (fast !== null) expect(fast).toBe(unicodeFold(decomposed));
    }), { numRuns: 3000 });
  });

  it('answers for French titles and leaves other scripts to the Unicode rule', () => {
    expect(latinFold('Entretien d’Assimi Goïta avec  Vladimir Poutine'.normalize('NFD'))).toBe("entretien d'assimi goita avec vladimir poutine");
    expect(latinFold('Ω')).toBeNull();
  });
});
