// One catalogue for words (docs/design.md §10). Add an area file in messages/ and
// list it here; a test checks every key exists in both languages.
import { charts } from './messages/charts.ts';
import { common } from './messages/common.ts';
import { embed } from './messages/embed.ts';
import { filters } from './messages/filters.ts';
import { list } from './messages/list.ts';
import { map } from './messages/map.ts';
import { notices } from './messages/notices.ts';
import { partners } from './messages/partners.ts';
import type { records } from './messages/records.ts';
import type { staticView } from './messages/static.ts';
import type { Lang } from '../model/patterns.ts';

const areas = [common, map, charts, filters, list, embed, notices, partners] as const;


type AreaKeys<A> = A extends { fr: infer F } ? keyof F : never;
/** Areas loaded with a lazy view, added by addArea when its module arrives. */
type LazyArea = typeof records | typeof staticView;
export type MessageKey = AreaKeys<(typeof areas)[number] | LazyArea>;

export const messages: Record<Lang, Record<string, string>> = {
  fr: Object.assign({}, ...areas.map((a) => a.fr)) as Record<string, string>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<string, string>,
};

/** Adds the strings of an area that loads with its view (a module calls it once, on import). */
export function addArea(area: LazyArea): void {
  Object.assign(messages.fr, area.fr);
  Object.assign(messages.en, area.en);
}
