// The one short sentence a screen reader hears when the filters change
// ("5 contacts sur 15, Russie, Entretiens"), instead of the page re-read.
import type { Filters } from '../model/filter.ts';
import type { I18n } from '../i18n/react.tsx';

/** Names listed before "+N": the sentence stays short when many partners are picked. */
const MAX_NAMED = 3;

function named(items: string[], i18n: Pick<I18n, 't'>): string[] {
  if (items.length <= MAX_NAMED) return items;
  return [...items.slice(0, MAX_NAMED), i18n.t('announce.more', { n: items.length - MAX_NAMED })];
}

export function filterSentence(
  filters: Filters, shown: number, total: number, partnerName: (id: string) => string,
  i18n: Pick<I18n, 't' | 'plural' | 'date'>,
): string {
  const parts = [i18n.plural('announce.shown', shown, { total })];
  parts.push(...named(filters.countries.map(partnerName), i18n));
  parts.push(...named(filters.types.map((type) => i18n.t(`type.${type}`)), i18n));
  if (filters.from !== null || filters.to !== null) {
    const from = filters.from === null ? '…' : i18n.date(filters.from);
    const to = filters.to === null ? '…' : i18n.date(filters.to);
    parts.push(filters.from === filters.to ? from : `${from} – ${to}`);
  }
  if (filters.q.trim() !== '') parts.push(`« ${filters.q.trim()} »`);
  return parts.join(', ');
}
