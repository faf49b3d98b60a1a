// French date phrases in a sentence → a partial date and how it is known.
// Absolute dates are `stated`; a day worked out from a relative phrase and the
// reference day (publication) is `inferred`; a relative phrase that cannot be
// placed safely keeps only the month (never a made-up day).
import { dayNumber, isoDay } from '../model/dates.ts';
import type { DateBasis } from '../model/schema.ts';
import { fold } from './text.ts';

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
}

/** What relative phrases are resolved against. */
export interface Reference {
  /** Day number (see model/dates dayNumber) of the reference day. */
  day: number;
  /** False when the text has moved past the publication date (a compilation of
   * later items): relative phrases then keep only the year of `day`. */
  reliable: boolean;
}

const WD = WEEKDAYS.join('|');
const MO = MONTHS.join('|');
const ABSOLUTE = new RegExp(`(?:\\b(${WD})\\s+)?\\b(1er|[0-3]?\\d)(?:er|e)?\\s+(${MO})\\b(?:\\s+(\\d{4}))?`, 'g');
/** "les 3 et 4 novembre 2025", "du 3 au 5 novembre": the first day, and the last as `end`. */
const RANGE = new RegExp(`\\b(?:les|du)\\s+(1er|[0-3]?\\d)(?:er|e)?\\s+(?:et|au)\\s+(1er|[0-3]?\\d)(?:er|e)?\\s+(${MO})\\b(?:\\s+(\\d{4}))?`, 'g');
const MONTH_ONLY = new RegExp(`\\b(?:en|au mois de|mois de|courant|fin|debut|mi)\\s+(${MO})(?:\\s+(\\d{4}))?\\b`, 'g');
const RELATIVE = new RegExp(
  `\\b(?:(avant hier|hier|aujourd'hui|ce matin|ce soir|cet apres midi|cette nuit|demain)(?:\\s+(${WD}))?` +
  `|(?:le\\s+|ce\\s+)?(${WD})\\s+(dernier|passe|prochain)` + `|ce\\s+(${WD}))\\b`, 'g');
/** "le 14 courant": a day of the reference month. */
const COURANT = /\b(1er|[0-3]?\d)(?:er|e)?\s+courant\b/g;
/** "la semaine dernière", "cette semaine", "le mois dernier". */
const PERIOD = /\b(?:(la semaine|le mois) (derniere?|passee?)|(cette semaine|ce mois ci))\b/g;
/** A weekday alone ("a reçu mardi", "mercredi soir"): the latest such day on or
 * before the reference day. Read last, after every longer phrase. */
const BARE_WEEKDAY = new RegExp(`\\b(${WD})\\b(?!\\s+(?:dernier|passe|prochain|1er|[0-3]?\\d))`, 'g');

const weekdayOf = (day: number) => new Date(day * 86_400_000).getUTCDay();
const ymd = (day: number) => isoDay(day);
const monthOf = (day: number) => ymd(day).slice(0, 7);

/** A day and month with no year: the year whose weekday matches, else the one
 * that puts the date closest to the reference day. */
function pickYear(ref: number, month: number, dom: number, weekday: number | null): number {
  const refYear = Number(ymd(ref).slice(0, 4));
  const years = [refYear, refYear - 1, refYear + 1];
  const fits = years.filter((y) => weekday === null || weekdayOf(dayNumber(y, month, dom)) === weekday);
  const pool = fits.length > 0 ? fits : years;
  return pool.reduce((a, b) => (Math.abs(dayNumber(b, month, dom) - ref) < Math.abs(dayNumber(a, month, dom) - ref) ? b : a));
}

function absolute(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  return dayOf(m[2] ?? '', m[3] ?? '', m[1] ?? null, m[4] ?? null, ref, m[0]);
}

/** A day of the month named in words ("1er", "12" + "mars"), the year read or chosen. */
function dayOf(domText: string, monthName: string, weekdayName: string | null, yearText: string | null, ref: Reference | null, phrase: string): DateFinding | null {
  const dom = domText === '1er' ? 1 : Number(domText);
  const month = MONTHS.indexOf(monthName) + 1;
  const weekday = weekdayName ? WEEKDAYS.indexOf(weekdayName) : null;
  const year = yearText ? Number(yearText) : ref ? pickYear(ref.day, month, dom, weekday) : null;
  if (year === null || dom < 1 || dom > 31) return null;
  const day = dayNumber(year, month, dom);
  if (ymd(day) !== `${year}-${String(month).padStart(2, '0')}-${String(dom).padStart(2, '0')}`) return null;
  return { date: ymd(day), basis: 'stated', phrase };
}

function range(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  const [phrase, first = '', last = '', month = '', year = null] = m;
  const a = dayOf(first, month, null, year, ref, phrase);
  const b = dayOf(last, month, null, year, ref, phrase);
  if (!a || !b || b.date <= a.date) return a;
  return { ...a, end: b.date };
}

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

function relative(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
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

/** The days from `first` to `last` as the most precise partial date covering both. */
function covering(first: number, last: number): string {
  const a = ymd(first);
  const b = ymd(last);
  if (a === b) return a;
  return a.slice(0, 7) === b.slice(0, 7) ? a.slice(0, 7) : a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : '';
}

function period(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  if (!ref) return null;
  if (!ref.reliable) return { date: ymd(ref.day).slice(0, 4), basis: 'inferred', phrase: m[0], note: 'relative phrase after items dated later than the publication: year only, to check' };
  const monday = ref.day - ((weekdayOf(ref.day) + 6) % 7);
  let date: string;
  if (m[1] === 'la semaine') date = covering(monday - 7, monday - 1);
  else if (m[1] === 'le mois') date = monthOf(Date.UTC(Number(ymd(ref.day).slice(0, 4)), Number(ymd(ref.day).slice(5, 7)) - 2, 1) / 86_400_000);
  else if (m[3] === 'cette semaine') date = covering(monday, ref.day);
  else date = monthOf(ref.day);
  return date ? { date, basis: 'inferred', phrase: m[0], note: 'a week or a month, not a day: to check' } : null;
}

function courant(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  if (!ref) return null;
  const dom = m[1] === '1er' ? 1 : Number(m[1]);
  const [y, mo] = ymd(ref.day).split('-').map(Number) as [number, number];
  const day = dayNumber(y, mo, dom);
  if (Number(ymd(day).slice(8)) !== dom) return null;
  if (!ref.reliable) return { date: ymd(ref.day).slice(0, 4), basis: 'inferred', phrase: m[0], note: '"courant" after items dated later than the publication: year only, to check' };
  return { date: ymd(day), basis: 'inferred', phrase: m[0], note: 'day of the month of publication ("courant")' };
}

function bareWeekday(m: RegExpExecArray, ref: Reference | null): DateFinding | null {
  if (!ref) return null;
  if (!ref.reliable) return { date: ymd(ref.day).slice(0, 4), basis: 'inferred', phrase: m[0], note: 'relative phrase after items dated later than the publication: year only, to check' };
  const weekday = WEEKDAYS.indexOf(m[1] ?? '');
  return { date: ymd(ref.day - ((weekdayOf(ref.day) - weekday + 7) % 7)), basis: 'inferred', phrase: m[0], note: 'weekday alone: taken as the latest one on or before publication' };
}

/** Every date phrase of a sentence, in reading order. */
export function findDates(sentence: string, ref: Reference | null): DateFinding[] {
  const text = fold(sentence);
  const found: Array<{ at: number; finding: DateFinding }> = [];
  const taken: Array<[number, number]> = [];
  const scan = (re: RegExp, read: (m: RegExpExecArray) => DateFinding | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (taken.some(([a, b]) => span[0] < b && a < span[1])) continue;
      taken.push(span);
      const finding = read(m);
      if (finding) found.push({ at: m.index, finding: { ...finding, phrase: sentence.slice(span[0], span[1]) } });
    }
  };
  scan(RANGE, (m) => range(m, ref));
  scan(ABSOLUTE, (m) => absolute(m, ref));
  scan(COURANT, (m) => courant(m, ref));
  scan(MONTH_ONLY, (m) => {
    const year = m[2] ? Number(m[2]) : ref ? Number(ymd(ref.day).slice(0, 4)) : null;
    return year === null ? null : { date: `${year}-${String(MONTHS.indexOf(m[1] ?? '') + 1).padStart(2, '0')}`, basis: 'stated', phrase: m[0] };
  });
  scan(RELATIVE, (m) => relative(m, ref));
  scan(PERIOD, (m) => period(m, ref));
  scan(BARE_WEEKDAY, (m) => bareWeekday(m, ref));
  return found.sort((a, b) => a.at - b.at).map((f) => f.finding);
}

/** "2025-06-27" or "2025-06-27T10:35" → day number; null when not a real date. */
export function parsePublished(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?Z?)?$/.exec(text);
  if (!m) return null;
  const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  return ymd(day) === text.slice(0, 10) ? day : null;
}
