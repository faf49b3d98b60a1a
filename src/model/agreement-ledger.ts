// What was signed with a partner, and during which contact (DATASET.md "Agreement").
import type { IndexedEvent } from './event-index.ts';
import type { Agreement } from './schema.ts';

export interface LedgerEntry {
  agreement: Agreement;
  /** The contact it was signed during; its sources are the agreement's. */
  contact: IndexedEvent;
}

/** Every agreement of these items, oldest contact first, in the order each contact lists them. */
export function agreementLedger(items: readonly IndexedEvent[]): LedgerEntry[] {
  const withAgreements = items.filter((i) => (i.event.agreements?.length ?? 0) > 0);
  withAgreements.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
  return withAgreements.flatMap((contact) => (contact.event.agreements ?? []).map((agreement) => ({ agreement, contact })));
}

export function countAgreements(items: readonly IndexedEvent[]): number {
  let n = 0;
  for (const { event } of items) n += event.agreements?.length ?? 0;
  return n;
}

/** Whether any event of the record lists agreements: files without the field get no agreement measures. */
export function recordsAgreements(items: readonly IndexedEvent[]): boolean {
  for (const { event } of items) if (event.agreements !== undefined) return true;
  return false;
}
