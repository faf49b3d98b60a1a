import { describe, expect, it } from 'vitest';
import type { ContactEvent } from '../model/schema.ts';
import { parseGold, partnerNamedNear, sumScores } from './eval-run.ts';
import { buildPartnerLexicon } from './partners.ts';

const lexicon = buildPartnerLexicon('ML');
const event = (partner: string, quote: string): ContactEvent => ({
  id: 'e', date: '2026', dateBasis: 'stated', partner, place: 'bamako', type: 'agreement',
  title: { fr: 't', en: 't' }, people: [], sources: [{ source: 'a', quote }],
});

describe('the bound on what the articles name', () => {
  const text = 'Le ministre a rencontré son homologue ghanéen.\nÀ l’issue de la rencontre, deux accords ont été signés.\nUne autre nouvelle.\nLes deux délégations ont échangé.';
  const texts = new Map([['a', text]]);
  it('counts a partner named in the quote’s paragraph or the one before', () => {
    expect(partnerNamedNear(event('GH', 'deux accords ont été signés'), texts, lexicon)).toBe(true);
  });
  it('does not count a partner named further away', () => {
    expect(partnerNamedNear(event('GH', 'Les deux délégations ont échangé.'), texts, lexicon)).toBe(false);
  });
});

describe('held-out scoring', () => {
  it('adds per-article counts before dividing', () => {
    const row = (mc: number, c: number, me: number, e: number) => [{ level: 'l', matchedCandidates: mc, candidates: c, matchedCurated: me, curated: e, precision: 0, recall: 0 }];
    expect(sumScores([row(1, 2, 1, 1), row(3, 3, 2, 4)])[0]).toMatchObject({ precision: 0.8, recall: 0.6 });
  });
  it('rejects a gold event with an unknown type', () => {
    expect(() => parseGold(JSON.stringify({ articles: [{ file: 'x.txt', published: null, events: [{ partner: 'GH', place: 'accra', date: '2026', dateBasis: 'stated', type: 'lunch' }] }] }))).toThrow(/unknown type/);
  });
});
