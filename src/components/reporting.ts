// Who a reported date comes from, apart from the card so the static list
// (src/static) names the same publisher without React.
import type { Lookups } from '../model/lookups.ts';
import type { ContactEvent } from '../model/schema.ts';

/** Who a reported date comes from: the first cited source at another address than the first (the seed) one. */
export function reportingPublisher(event: ContactEvent, lookups: Lookups): string {
  const cited = event.sources.map((c) => lookups.sources.get(c.source)).filter((s) => s !== undefined);
  const seedUrl = cited[0]?.url ?? null;
  return (cited.find((s) => s.url !== seedUrl) ?? cited[0])?.publisher ?? '';
}

