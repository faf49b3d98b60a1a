// One catalogue for words (docs/design.md §10). Add an area file in messages/ and
// list it here; a test checks every key exists in both languages.
import { charts } from './messages/charts.ts';
import { common } from './messages/common.ts';
import { embed } from './messages/embed.ts';
import { filters } from './messages/filters.ts';
import { list } from './messages/list.ts';
import { map } from './messages/map.ts';
import { notices } from './messages/notices.ts';
import { staticView } from './messages/static.ts';
import type { Lang } from '../model/patterns.ts';

const areas = [common, map, charts, filters, list, embed, notices, staticView] as const;


type AreaKeys<A> = A extends { fr: infer F } ? keyof F : never;
export type MessageKey = AreaKeys<(typeof areas)[number]>;

export const messages: Record<Lang, Record<string, string>> = {
  fr: Object.assign({}, ...areas.map((a) => a.fr)) as Record<string, string>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<string, string>,
};
