// Names of data items in the UI language.
import type { Lookups } from '../model/lookups.ts';
import type { I18n } from './react.tsx';

/** Countries by CLDR name (docs/design.md §10); organisations by their own name. */
export function partnerLabel(id: string | null, lookups: Lookups, i18n: I18n): string {
  if (id === null) return i18n.t('partner.none');
  const partner = lookups.partners.get(id);
  if (partner?.kind === 'organisation') return partner.name?.[i18n.lang] ?? id;
  return i18n.region(id);
}
