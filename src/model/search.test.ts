import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexedEvent } from './event-index.ts';
import { countWordMatches } from './search.ts';

const item = (text: string) => ({ text } as IndexedEvent);

describe('countWordMatches', () => {
  it('agrees with a plain includes over each text, whatever was searched before (remembered or narrowed words)', () => {
    const letters = fc.constantFrom('a', 'b', 'c', ' ');
    fc.assert(fc.property(
      fc.array(fc.string({ unit: letters, maxLength: 12 }), { minLength: 1, maxLength: 30 }),
      fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
      (texts, queries) => {
        const items = texts.map(item);
        for (const words of queries) {
          const counts = countWordMatches(items, words);
          items.forEach((it, k) => {
            let expected = 0;
            while (expected < words.length && it.text.includes(words[expected] as string)) expected++;
            // counts[k] is the run of leading words found; an item matches when it equals words.length.
            expect(counts[k] === words.length).toBe(expected === words.length);
          });
        }
      },
    ));
  });

  it('finds a longer word typed after a shorter one', () => {
    const items = ['accord signe', 'accueil', 'visite'].map(item);
    expect([...countWordMatches(items, ['acc'])]).toEqual([1, 1, 0]);
    expect([...countWordMatches(items, ['accord'])]).toEqual([1, 0, 0]);
  });
});
