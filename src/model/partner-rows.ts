// The partners table (view=table): one row per partner of the current filters,
// counted in one pass over the filtered items, by partner code.
import type { IndexedEvent } from './event-index.ts';
import { daysSince, type ContactMoment } from './contact-moments.ts';
import type { RecordContext } from './record-context.ts';

export interface PartnerRow {
  partner: string;
  contacts: number;
  first: ContactMoment;
  last: ContactMoment;
  /** Days from the last contact to the record's `updated`; null when it has none. */
  daysSince: number | null;
  abroad: number;
  home: number;
  agreements: number;
}

interface Slot { partner: string; contacts: number; first: IndexedEvent; last: IndexedEvent; abroad: number; home: number; agreements: number }

function later(a: IndexedEvent, b: IndexedEvent): boolean {
  return a.end > b.end || (a.end === b.end && (a.start > b.start || (a.start === b.start && a.event.id < b.event.id)));
}

function earlier(a: IndexedEvent, b: IndexedEvent): boolean {
  return a.start < b.start || (a.start === b.start && a.event.id < b.event.id);
}

/** One row per named partner of `items` (events with no partner have no row), most contacts first, then id. */
export function partnerRows(items: readonly IndexedEvent[], ctx: RecordContext): PartnerRow[] {
  const slots: Array<Slot | undefined> = [];
  for (const item of items) {
    if (item.partnerCode < 0) continue;
    let slot = slots[item.partnerCode];
    if (!slot) slots[item.partnerCode] = slot = { partner: item.event.partner as string, contacts: 0, first: item, last: item, abroad: 0, home: 0, agreements: 0 };
    slot.contacts += 1;
    if (earlier(item, slot.first)) slot.first = item;
    if (later(item, slot.last)) slot.last = item;
    const side = ctx.side(item);
    if (side === 'abroad') slot.abroad += 1;
    else if (side === 'home') slot.home += 1;
    if (item.event.agreements) slot.agreements += item.event.agreements.length;
  }
  const rows: PartnerRow[] = [];
  for (const s of slots) {
    if (!s) continue;
    rows.push({
      partner: s.partner, contacts: s.contacts, abroad: s.abroad, home: s.home, agreements: s.agreements,
      first: { item: s.first, date: s.first.event.date, day: s.first.start },
      last: { item: s.last, date: s.last.event.end ?? s.last.event.date, day: s.last.end },
      daysSince: daysSince(s.last.end, ctx.updated),
    });
  }
  return rows.sort((a, b) => b.contacts - a.contacts || (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0));
}
