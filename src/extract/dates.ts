// French date phrases in a sentence → a partial date and how it is known.
// Absolute dates are `stated`; a day worked out from a relative phrase and the
// reference day (publication) is `inferred`; a relative phrase that cannot be
// placed safely keeps only the month (never a made-up day).
import { dayNumber } from '../model/dates.ts';
import { fold } from './text.ts';
import { MO, MONTHS, WD, WEEKDAYS, weekdayOf, ymd, type DateFinding, type Reference } from './date-words.ts';
import { BARE_WEEKDAY, bareWeekday, COURANT, courant, PERIOD, period, RELATIVE, relative, WEEKDAY_SPAN, weekdaySpan } from './dates-relative.ts';

export { type DateFinding, type Reference } from './date-words.ts';

const ABSOLUTE = new RegExp(`(?:\\b(${WD})\\s+)?\\b(1er|[0-3]?\\d)(?:er|e)?\\s+(${MO})\\b(?:\\s+(\\d{4}))?`, 'g');
/** "les 3 et 4 novembre 2025", "du 3 au 5 novembre", "du 28 juin au 2 juillet", "les lundi 6 et
 * mardi 7 juillet": the first day, and the last as `end`. */
const RANGE = new RegExp(`\\b(?:les|du)\\s+(?:(?:${WD})\\s+)?(1er|[0-3]?\\d)(?:er|e)?\\s+(?:(${MO})(?:\\s+(\\d{4}))?\\s+)?(?:et|au)\\s+(?:(?:${WD})\\s+)?(1er|[0-3]?\\d)(?:er|e)?\\s+(${MO})\\b(?:\\s+(\\d{4}))?`, 'g');
/** "En 2025, …" opening the sentence: the year it speaks of (a year named later may be a project's). */
const YEAR_OPENING = /^\W*en (\d{4})\b/g;
const MONTH_ONLY = new RegExp(`\\b(?:en|au mois de|mois de|courant|fin|debut|mi)\\s+(${MO})(?:\\s+(\\d{4}))?\\b`, 'g');

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
  const [phrase, first = '', firstMonth, firstYear, last = '', month = '', year = null] = m;
  const b = dayOf(last, month, null, year, ref, phrase);
  // "du 28 décembre au 2 janvier 2026": the first day is in the year before.
  const wraps = firstMonth !== undefined && MONTHS.indexOf(firstMonth) > MONTHS.indexOf(month);
  const a = dayOf(first, firstMonth ?? month, null, firstYear ?? (year && wraps ? String(Number(year) - 1) : year), ref, phrase);
  if (!a || !b || b.date <= a.date) return a;
  return { ...a, end: b.date };
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
  scan(WEEKDAY_SPAN, (m) => weekdaySpan(m, ref));
  scan(YEAR_OPENING, (m) => ({ date: m[1] ?? '', basis: 'stated', phrase: m[0] }));
  scan(RELATIVE, (m) => relative(m, ref));
  scan(PERIOD, (m) => period(m, ref));
  scan(BARE_WEEKDAY, (m) => bareWeekday(m, ref));
  return found.sort((a, b) => a.at - b.at).map((f) => beforeNow(f.finding, text, ref));
}

// "Jeudi déjà, la partie chinoise avait remis…": a pluperfect tells an act before the time of the
// story, so a weekday alone that is the publication's own day is the week before's.
const PLUPERFECT = /\b(?:avait|avaient|s'etait|s'etaient|etait|etaient) (?:deja |aussi |egalement )?\w+(?:e|es|i|is|u|us|t|ts)\b/;
function beforeNow(d: DateFinding, text: string, ref: Reference | null): DateFinding {
  if (d.weekday === undefined || !ref?.reliable || d.date !== ymd(ref.day) || !PLUPERFECT.test(text)) return d;
  return { ...d, date: ymd(ref.day - 7), note: 'weekday alone with a pluperfect: the one before publication day' };
}

/** "2025-06-27" or "2025-06-27T10:35" → day number; null when not a real date. */
export function parsePublished(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?Z?)?$/.exec(text);
  if (!m) return null;
  const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  return ymd(day) === text.slice(0, 10) ? day : null;
}
