import { describe, expect, it } from 'vitest';
import { itemsOf } from './fixtures.ts';
import { agreementLedger, countAgreements, recordsAgreements } from './agreement-ledger.ts';

const sign = (en: string) => ({ title: { fr: en, en }, field: 'energy', status: 'signed' as const });

describe('agreement ledger', () => {
  it('lists every agreement with the contact it was signed during, oldest first', () => {
    const items = itemsOf([
      { id: 'late', date: '2025-09-01', agreements: [sign('C')] },
      { id: 'none', date: '2025-07-01' },
      { id: 'early', date: '2025-06-23', agreements: [sign('A'), sign('B')] },
    ]);
    expect(agreementLedger(items).map((e) => [e.agreement.title.en, e.contact.event.id])).toEqual([['A', 'early'], ['B', 'early'], ['C', 'late']]);
    expect(countAgreements(items)).toBe(3);
  });

  it('tells a record without the field from one that lists none', () => {
    expect(recordsAgreements(itemsOf([{ id: 'a', date: '2025-01-01' }]))).toBe(false);
    expect(recordsAgreements(itemsOf([{ id: 'a', date: '2025-01-01', agreements: [] }]))).toBe(true);
  });
});
