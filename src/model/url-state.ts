// SIGNATURES ONLY — implemented by the model work (issue 3).
import type { EventType } from './schema.ts';
import type { Filters } from './filter.ts';

export const PANELS = ['map', 'partners', 'timeline', 'list'] as const;
export type Panel = (typeof PANELS)[number];
export type UiLang = 'fr' | 'en';

export interface ViewState extends Filters {
  event: string | null;
  lang: UiLang;
  /** Panels shown, in canonical order; all four by default. */
  view: Panel[];
  embed: boolean;
  /** Same-origin path of another dataset, as given (resolved against the page). */
  data: string | null;
}

export type IgnoredReason = 'bad_value' | 'unknown_value' | 'repeated' | 'too_long' | 'other_origin';
export interface Ignored { param: string; value: string; reason: IgnoredReason }

export declare const DEFAULT_VIEW: ViewState;
export declare const KNOWN_PARAMS: readonly string[];
export declare function decodeViewState(search: string, pageUrl?: string): { state: ViewState; ignored: Ignored[] };
export declare function encodeViewState(state: ViewState, keep?: string): string;
export declare function restrictToDataset(state: ViewState, known: { partners: ReadonlySet<string>; events: ReadonlySet<string> }): { state: ViewState; ignored: Ignored[] };
export type { EventType };
