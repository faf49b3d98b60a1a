// Dates a sentence takes from the days told before it ("le lendemain", "en marge
// de la session", "avant de quitter Bamako", "au cours de son séjour"), and a day
// read that is not the contact's own (the day a forum of several days closed).
import type { EventType } from '../model/schema.ts';
import { covering, weekdayOf } from './date-words.ts';
import type { DateFinding } from './dates.ts';
import { fold } from './text.ts';

const DAY = 86_400_000;
const dayNo = (iso: string) => Math.round(Date.parse(iso) / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

// An act told in the wake of the one before, on its day: "Dans la foulée, il a reçu…", "Dans
// l'après-midi", "dans la soirée", "à l'issue de l'entretien", "Ensuite, …", "Peu après, …".
const FOLLOWING = String.raw`\bdans la foulee\b|\b(?:dans|en) (?:l'apres midi|la soiree|la matinee|fin de journee|fin d'apres midi|debut de soiree)\b|\bplus tard dans la (?:journee|soiree)\b|\bpeu (?:apres|de temps apres)\b|\ba l'issue (?:de|du|des|d')\b|^\W*(?:ensuite|puis|apres quoi)\b`;
// "le même jour", "le lendemain", "la veille": a day counted from the last one told.
// So do the words that tie an act to the one just told: "en marge de la session",
// "à l'issue de la cérémonie", "ensuite".
const ANAPHORA: Array<[RegExp, number]> = [
  [new RegExp(String.raw`\ble meme jour\b|\bau cours de la meme journee\b|\ben marge (?:de la|du|des|de cette|de ce|de l')\b|\b(?:apres|au terme de|au sortir de) (?:la|cette|l') ?(?:ceremonie|audience|seance|session|reunion)\b|\b(?:a|ont|est|sont|avait|avaient) ensuite\b|${FOLLOWING}`), 0],
  [/\ble lendemain\b/, 1], [/\bla veille\b/, -1],
];
// The end of a stay: "avant de quitter Bamako", "au terme de son séjour".
const LEAVING = /\bavant (?:de quitter|son depart|leur depart|de regagner)\b|\bau terme de (?:son|sa|leur) (?:sejour|visite)\b|\ben fin de (?:sejour|visite)\b/;
// "Il a profité de son séjour pour…", "au cours de sa visite": a day of the stay, not told.
const DURING = /\b(?:profite de|pendant|lors de|au cours de|durant) (?:son|sa|leur|ce|cette) (?:sejour|visite|mission|passage)\b/;
// "le forum…, qui s'est achevé samedi dernier": the day a gathering of several days closed.
const ENDED = /\b(?:forum|sommet|session|salon|foire|conference|festival|assemblee|jeux|travaux|semaine)\b[^.;]{0,80}?\b(?:s'est achevee?|se sont acheve(?:e?s)|(?:a|ont) pris fin|s'est cloturee?|a ferme ses portes|s'est terminee?)\s*(?:le |ce )?$/;

// "La veille de son audience à Koulouba", "au lendemain de la signature": a day counted from that act, told before.
export const NEXT_TO_ACT = /\b(la veille|a la veille|le lendemain|au lendemain) (?:de |d')(?:son |sa |leur |la |l'|cette )?(audience|visite|arrivee|entretien|seance de travail|signature|ceremonie|reception)\b/;
const ACT_OF: Record<string, EventType> = { audience: 'audience', visite: 'visit', arrivee: 'visit', entretien: 'talks', 'seance de travail': 'talks', signature: 'agreement', ceremonie: 'cooperation', reception: 'reception' };

/** The day last told, the span last told, and the day last told of each type of act. */
export interface Told { day: DateFinding | null; span: DateFinding | null; acts?: Partial<Record<EventType, DateFinding>> }

/** The dates of a sentence once the days told before it are taken into account. */
export function toldDates(text: string, type: EventType | null, dates: DateFinding[], last: Told): DateFinding[] {
  const folded = fold(text);
  const phraseOf = (re: RegExp) => {
    const m = re.exec(folded);
    return m ? text.slice(m.index, m.index + m[0].length) : '';
  };
  if (dates.length > 0) {
    if (type === 'cooperation') return dates; // a course is dated by its closing day
    return dates.map((d) => {
      const at = folded.indexOf(fold(d.phrase));
      if (d.date.length !== 10 || d.end || at < 0 || !ENDED.test(folded.slice(Math.max(0, at - 120), at))) return d;
      return { ...d, date: d.date.slice(0, 7), basis: 'inferred', note: 'the day a gathering of several days closed, not the day of the contact: month only, to check' };
    });
  }
  const { day, span } = last;
  const next = NEXT_TO_ACT.exec(folded);
  const act = next ? last.acts?.[ACT_OF[next[2] ?? ''] ?? 'visit'] : undefined;
  if (next && act && act.date.length === 10) {
    const shift = next[1]?.endsWith('veille') ? -1 : 1;
    return [{ date: isoOf(dayNo(act.date) + shift), basis: 'inferred', phrase: phraseOf(NEXT_TO_ACT), note: `counted from the ${next[2]} told before ("${act.phrase}")` }];
  }
  if (LEAVING.test(folded) && span?.end) {
    // "Avant de quitter Bamako, il a signé…": the last day of the stay told before.
    return [{ date: span.end, basis: 'inferred', phrase: phraseOf(LEAVING), note: `the last day of "${span.phrase}", the stay told before` }];
  }
  if (DURING.test(folded) && day) {
    const whole = day.end ? covering(dayNo(day.date), dayNo(day.end)) : day.date.slice(0, 7);
    return whole ? [{ date: whole, basis: 'inferred', phrase: phraseOf(DURING), note: `during the stay told before ("${day.phrase}"): the day is not told` }] : [];
  }
  const shift = day ? ANAPHORA.find(([re]) => re.test(folded)) : undefined;
  if (!day || !shift) return [];
  const phrase = phraseOf(shift[0]);
  const start = dayNo(day.date);
  if (day.end) {
    // After a span of days: "en marge de la session" is some day of it, "le lendemain" the day after its end.
    const end = dayNo(day.end);
    const date = shift[1] === 0 ? covering(start, end) : isoOf(shift[1] > 0 ? end + shift[1] : start + shift[1]);
    return date ? [{ date, basis: 'inferred', phrase, note: `counted from "${day.phrase}", the days told just before` }] : [];
  }
  return [{ date: isoOf(start + shift[1]), basis: 'inferred', phrase, note: `counted from "${day.phrase}", the day told just before` }];
}

/** "a conduit du 24 au 30 septembre une délégation…", then "reçu jeudi": a weekday alone
 * that, counted back from publication, falls after a stay told just before is a day of
 * the stay: the one such weekday in it, or the stay's month (or year) when it has several. */
export function withinStay(dates: DateFinding[], stay: DateFinding | null): DateFinding[] {
  if (!stay?.end) return dates;
  const [first, last] = [dayNo(stay.date), dayNo(stay.end)];
  return dates.map((d) => {
    if (d.weekday === undefined || d.date.length !== 10 || dayNo(d.date) <= last) return d;
    const days = Array.from({ length: last - first + 1 }, (_, k) => first + k).filter((n) => weekdayOf(n) === d.weekday);
    if (days.length === 0) return d;
    const note = `weekday alone after the stay "${stay.phrase}": a day of it`;
    if (days.length === 1) return { ...d, date: isoOf(days[0] ?? first), note };
    const whole = covering(first, last);
    return whole ? { ...d, date: whole, note: `${note}, several such days: ${whole.length === 7 ? 'month' : 'year'} only, to check` } : d;
  });
}
