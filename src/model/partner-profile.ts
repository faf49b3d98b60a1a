// One partner's record over the whole dataset (partner=ID): every measure of
// issue 18, computed once when the profile opens, never in render.
import type { EventIndex, IndexedEvent } from './event-index.ts';
import { countAbroad, type AbroadCounts } from './abroad.ts';
import { daysSince, firstContact, lastContact, type ContactMoment } from './contact-moments.ts';
import { agreementLedger, type LedgerEntry } from './agreement-ledger.ts';
import { countLevels, type LevelTally } from './level-counts.ts';
import { longestSilence, type Silence } from './silence.ts';
import type { RecordContext } from './record-context.ts';

export interface PartnerProfile {
  partner: string;
  /** The partner's contacts, oldest first. */
  items: IndexedEvent[];
  first: ContactMoment;
  last: ContactMoment;
  daysSince: number | null;
  silence: Silence | null;
  abroad: AbroadCounts;
  /** Null when the record says no level anywhere (older files). */
  levels: LevelTally | null;
  /** Null when the record lists no agreement anywhere (older files). */
  ledger: LedgerEntry[] | null;
}

/** The partner's items, oldest first: the index is newest first, so one scan and a reverse. */
function itemsOf(index: EventIndex, partner: string): IndexedEvent[] {
  const out: IndexedEvent[] = [];
  let code = -2;
  for (const item of index.items) {
    if (code === -2 ? item.event.partner === partner : item.partnerCode === code) {
      code = item.partnerCode;
      out.push(item);
    }
  }
  return out.reverse();
}

/** The profile of a partner, or null when the record has no contact with it. */
export function partnerProfile(index: EventIndex, partner: string, ctx: RecordContext): PartnerProfile | null {
  const items = itemsOf(index, partner);
  const first = firstContact(items);
  const last = lastContact(items);
  if (!first || !last) return null;
  return {
    partner, items, first, last,
    daysSince: daysSince(last.day, ctx.updated),
    silence: longestSilence(items, true),
    abroad: countAbroad(items, ctx.side, ctx.countryOf),
    levels: ctx.hasLevels ? countLevels(items) : null,
    ledger: ctx.hasAgreements ? agreementLedger(items) : null,
  };
}
