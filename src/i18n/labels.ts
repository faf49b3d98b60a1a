// Names of data items in the UI language.
import type { Lookups } from '../model/lookups.ts';
import type { I18n } from './react.tsx';

/**
 * A partner by the name its dataset gives, else (a country) by its CLDR name
 * (docs/design.md §10). A dataset names a country where runtimes' CLDR data
 * disagree, so the page built in Node and the browser's say the same (docs/borders.md).
 */
export function partnerLabel(id: string | null, lookups: Lookups, i18n: I18n): string {
  if (id === null) return i18n.t('partner.none');
  const partner = lookups.partners.get(id);
  if (partner?.name) return partner.name[i18n.lang];
  return partner?.kind === 'organisation' ? id : i18n.region(id);
}
