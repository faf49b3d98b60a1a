// The words and shapes of French dates shared by absolute and relative phrases.
import { isoDay } from '../model/dates.ts';
import type { DateBasis } from '../model/schema.ts';

export const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
/** Index = JavaScript getUTCDay(): 0 is Sunday. */
export const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

export interface DateFinding {
  date: string;
  basis: DateBasis;
  /** The words it was read from, for the reviewer. */
  phrase: string;
  /** Why the day is not given, when it is not. */
  note?: string;
  /** Last day, for "les 3 et 4 novembre" or "du 3 au 5 novembre". */
  end?: string;
  /** Read from a weekday alone ("reçu jeudi"): its index (0 is Sunday), so it can be placed within a stay told before. */
  weekday?: number;
}

/** What relative phrases are resolved against. */
export interface Reference {
  /** Day number (see model/dates dayNumber) of the reference day. */
  day: number;
  /** False when the text has moved past the publication date (a compilation of
   * later items): relative phrases then keep only the year of `day`. */
  reliable: boolean;
}

export const WD = WEEKDAYS.join('|');
export const MO = MONTHS.join('|');
export const weekdayOf = (day: number) => new Date(day * 86_400_000).getUTCDay();
export const ymd = (day: number) => isoDay(day);
export const monthOf = (day: number) => ymd(day).slice(0, 7);

/** The days from `first` to `last` as the most precise partial date covering both. */
export function covering(first: number, last: number): string {
  const a = ymd(first);
  const b = ymd(last);
  if (a === b) return a;
  return a.slice(0, 7) === b.slice(0, 7) ? a.slice(0, 7) : a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : '';
}
