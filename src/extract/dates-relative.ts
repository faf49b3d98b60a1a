// Relative date phrases ("hier", "mardi dernier", "la semaine dernière", "le 8
// courant", a weekday alone), counted from the reference day: always `inferred`.
import { dayNumber } from '../model/dates.ts';
import { covering, monthOf, WD, WEEKDAYS, weekdayOf, ymd, type DateFinding, type Reference } from './date-words.ts';

export const RELATIVE = new RegExp(
  `\\b(?:(avant hier|hier|aujourd'hui|ce matin|ce soir|cet apres midi|cette nuit|demain)(?:\\s+(${WD}))?` +
  `|(?:le\\s+|ce\\s+)?(${WD})\\s+(dernier|passe|prochain)` + `|ce\\s+(${WD}))\\b`, 'g');
/** "vendredi et samedi derniers", "du lundi au mercredi derniers": a span of past days. */
export const WEEKDAY_SPAN = new RegExp(`\\b(?:(?:les|ces|ce|du)\\s+)?(${WD})\\s+(?:et|au)\\s+(${WD})\\s+(?:derniers|passes)\\b`, 'g');
/** "le 14 courant": a day of the reference month. */
export const COURANT = /\b(1er|[0-3]?\d)(?:er|e)?\s+courant\b/g;
/**
 * "la semaine dernière", "cette semaine", "le mois dernier"; "le week-end dernier", "ce
 * week-end": the Saturday and Sunday before (this one's, told on a weekend).
 */
export const PERIOD = /\b(?:(la semaine|le mois) (derniere?|passee?)|(cette semaine|ce mois ci)|(le week[- ]?end (?:dernier|passe)|ce week[- ]?end))\b/g;
/** A weekday alone ("a reçu mardi", "mercredi soir"): the latest such day on or
 * before the reference day. Read last, after every longer phrase. */
export const BARE_WEEKDAY = new RegExp(`\\b(${WD})\\b(?!\\s+(?:dernier|passe|prochain|1er|[0-3]?\\d))`, 'g');

function relativeDay(m: RegExpExecArray, ref: number): number | null {
  const word = m[1];
  if (word) {
    const shift: Record<string, number> = { 'avant hier': -2, hier: -1, demain: 1 };
    return ref + (shift[word] ?? 0);
  }
  const weekday = WEEKDAYS.indexOf(m[3] ?? m[5] ?? '');
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  if (m[4] === 'prochain') return ref + ((weekday - weekdayOf(ref) + 7) % 7 || 7);
  if (m[5]) return ref - back; // "ce jeudi": this week's, on or before the reference day
  return ref - (back || 7); // "jeudi dernier": strictly before
}

export function relative(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  if (!ref) return null;
  if (!ref.reliable) {
    // The items of a compilation are not in date order: even the month is unknown.
    return { date: ymd(ref.day).slice(0, 4), basis: 'inferred', phrase: m[0], note: 'relative phrase after items dated later than the publication: year only, to check' };
  }
  const day = relativeDay(m, ref.day);
  if (day === null) return null;
  const named = m[2] ? WEEKDAYS.indexOf(m[2]) : null; // "hier jeudi": check the weekday agrees
  if (named !== null && weekdayOf(day) !== named) {
    return { date: monthOf(day), basis: 'inferred', phrase: m[0], note: 'weekday does not match the publication date: month only' };
  }
  return { date: ymd(day), basis: 'inferred', phrase: m[0] };
}

export function period(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  if (!ref) return null;
  if (!ref.reliable) return { date: ymd(ref.day).slice(0, 4), basis: 'inferred', phrase: m[0], note: 'relative phrase after items dated later than the publication: year only, to check' };
  const monday = ref.day - ((weekdayOf(ref.day) + 6) % 7);
  if (m[4]) {
    const weekday = weekdayOf(ref.day);
    const sunday = m[4].startsWith('ce') && (weekday === 6 || weekday === 0) ? ref.day + (weekday === 6 ? 1 : 0) : ref.day - (weekday || 7);
    const date = covering(sunday - 1, Math.min(sunday, ref.day));
    return date ? { date, basis: 'inferred', phrase: m[0], note: 'a week-end, not a day: to check' } : null;
  }
  let date: string;
  if (m[1] === 'la semaine') date = covering(monday - 7, monday - 1);
  else if (m[1] === 'le mois') date = monthOf(Date.UTC(Number(ymd(ref.day).slice(0, 4)), Number(ymd(ref.day).slice(5, 7)) - 2, 1) / 86_400_000);
  else if (m[3] === 'cette semaine') date = covering(monday, ref.day);
  else date = monthOf(ref.day);
  return date ? { date, basis: 'inferred', phrase: m[0], note: 'a week or a month, not a day: to check' } : null;
}

export function courant(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  if (!ref) return null;
  const dom = m[1] === '1er' ? 1 : Number(m[1]);
  const [y, mo] = ymd(ref.day).split('-').map(Number) as [number, number];
  const day = dayNumber(y, mo, dom);
  if (Number(ymd(day).slice(8)) !== dom) return null;
  if (!ref.reliable) return { date: ymd(ref.day).slice(0, 4), basis: 'inferred', phrase: m[0], note: '"courant" after items dated later than the publication: year only, to check' };
  return { date: ymd(day), basis: 'inferred', phrase: m[0], note: 'day of the month of publication ("courant")' };
}

export function bareWeekday(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  if (!ref) return null;
  if (!ref.reliable) return { date: ymd(ref.day).slice(0, 4), basis: 'inferred', phrase: m[0], note: 'relative phrase after items dated later than the publication: year only, to check' };
  const weekday = WEEKDAYS.indexOf(m[1] ?? '');
  return { date: ymd(ref.day - ((weekdayOf(ref.day) - weekday + 7) % 7)), basis: 'inferred', phrase: m[0], note: 'weekday alone: taken as the latest one on or before publication', weekday };
}


/** "vendredi et samedi derniers": the last weekday strictly before the reference
 * day, and the first counted back from it; `end` is the last. */
export function weekdaySpan(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  if (!ref) return null;
  if (!ref.reliable) return { date: ymd(ref.day).slice(0, 4), basis: 'inferred', phrase: m[0], note: 'relative phrase after items dated later than the publication: year only, to check' };
  const first = WEEKDAYS.indexOf(m[1] ?? '');
  const lastWeekday = WEEKDAYS.indexOf(m[2] ?? '');
  const last = ref.day - (((weekdayOf(ref.day) - lastWeekday + 7) % 7) || 7);
  const start = last - ((lastWeekday - first + 7) % 7);
  return { date: ymd(start), end: ymd(last), basis: 'inferred', phrase: m[0] };
}
