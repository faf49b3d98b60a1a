import { describe, expect, it } from 'vitest';
import { dayNumber } from '../model/dates.ts';
import { findDates, parsePublished } from './dates.ts';

// Friday 13 March 2026.
const ref = { day: dayNumber(2026, 3, 13), reliable: true };
const first = (s: string, r: Parameters<typeof findDates>[1] = ref) => findDates(s, r)[0];

describe('absolute French dates are stated', () => {
  it('reads a full date with weekday and year', () => {
    expect(first('Il a été reçu le mercredi 4 février 2026 au palais.')).toMatchObject({ date: '2026-02-04', basis: 'stated' });
  });
  it('reads "1er" and picks the year whose weekday matches', () => {
    // 1 December was a Monday in 2025, not in 2026 or 2024.
    expect(first('La cérémonie a eu lieu le lundi 1er décembre.')?.date).toBe('2025-12-01');
  });
  it('takes the nearest year when no weekday is given', () => {
    expect(first('Signé le 20 février à Niamey.')?.date).toBe('2026-02-20');
  });
  it('keeps a month named alone as a month', () => {
    expect(first('La mission reviendra en avril 2026.')).toMatchObject({ date: '2026-04', basis: 'stated' });
  });
});

describe('relative phrases are inferred from the reference day', () => {
  it.each([
    ['Le ministre est arrivé ce matin.', '2026-03-13'],
    ['Il a été reçu hier à Bamako.', '2026-03-12'],
    ['Il a été reçu hier jeudi à Bamako.', '2026-03-12'],
    ['La réception a eu lieu mardi dernier.', '2026-03-10'],
    ['Le stage a pris fin le vendredi dernier.', '2026-03-06'],
    ['Ils se sont vus avant-hier.', '2026-03-11'],
  ])('%s → %s', (sentence, date) => {
    expect(first(sentence)).toMatchObject({ date, basis: 'inferred' });
  });
  it('keeps only the month when the weekday contradicts "hier"', () => {
    expect(first('Il a été reçu hier lundi.')).toMatchObject({ date: '2026-03', basis: 'inferred' });
  });
  it('keeps only the year when the text has moved past the publication date', () => {
    expect(first('Reçu hier à la Primature.', { day: ref.day, reliable: false })).toMatchObject({ date: '2026', basis: 'inferred' });
  });
  it('gives no date for a relative phrase in an undated article', () => {
    expect(findDates('Il est rentré ce matin.', null)).toEqual([]);
  });
});

describe('parsePublished', () => {
  it('accepts a day with or without a time, and rejects a false date', () => {
    expect(parsePublished('2026-03-13T10:35')).toBe(ref.day);
    expect(parsePublished('2026-02-30')).toBeNull();
  });
});

describe('more relative phrases (reference: Friday 13 March 2026)', () => {
  it('reads a weekday alone as the latest one on or before publication, and says so', () => {
    expect(first('Le ministre a reçu mardi la délégation.')).toMatchObject({ date: '2026-03-10', basis: 'inferred' });
    expect(first("L'ambassade a célébré jeudi soir sa fête nationale.")).toMatchObject({ date: '2026-03-12', basis: 'inferred' });
    expect(first('Reçu mardi.')?.note).toMatch(/weekday alone/);
  });
  it('reads "le 5 courant" as a day of the month of publication, inferred', () => {
    expect(first('La session a pris fin le 5 courant.')).toMatchObject({ date: '2026-03-05', basis: 'inferred' });
  });
  it('keeps a week or a month as the month it falls in, or the year when it spans two', () => {
    expect(first('Il a conduit la semaine dernière une mission à Accra.')).toMatchObject({ date: '2026-03', basis: 'inferred' });
    expect(first('Le ministre est venu le mois dernier.')).toMatchObject({ date: '2026-02', basis: 'inferred' });
    // Monday 2 March: last week ran from 23 February to 1 March.
    expect(findDates('Il a conduit la semaine dernière une mission.', { day: dayNumber(2026, 3, 2), reliable: true })[0]?.date).toBe('2026');
  });
  it('keeps a week-end as the month it falls in, or the year when it spans two', () => {
    expect(first('Le week-end dernier, le ministre a séjourné à Kayes.')).toMatchObject({ date: '2026-03', basis: 'inferred' });
    // Friday 4 December: the week-end before was 28–29 November, not a day of December.
    expect(findDates('Le week-end dernier, il a séjourné à Kayes.', { day: dayNumber(2026, 12, 4), reliable: true })[0]?.date).toBe('2026-11');
    // Sunday 1 March: "ce week-end" is 28 February and 1 March.
    expect(findDates('Ce week-end, il a reçu la délégation.', { day: dayNumber(2026, 3, 1), reliable: true })[0]?.date).toBe('2026');
    expect(findDates('Ce week end, il a reçu la délégation.', { day: dayNumber(2026, 3, 11), reliable: true })[0]?.date).toBe('2026-03');
  });
  it('still prefers the full phrase to the weekday inside it', () => {
    expect(findDates('Reçu le lundi 9 mars et mardi dernier.', ref).map((d) => d.date)).toEqual(['2026-03-09', '2026-03-10']);
  });
});

describe('spans of days', () => {
  it('reads "les 9 et 10 mars" and "du 2 au 4 mars" as the first day, with the last as end', () => {
    expect(first('La mission a séjourné à Gao les 9 et 10 mars.')).toMatchObject({ date: '2026-03-09', end: '2026-03-10', basis: 'stated' });
    expect(first('Du 2 au 4 mars 2026, le forum a réuni vingt pays.')).toMatchObject({ date: '2026-03-02', end: '2026-03-04' });
  });
});

describe('spans across months, with weekdays, and told by weekdays', () => {
  it('reads "du 28 juin au 2 juillet" and "du 28 décembre au 2 janvier 2026"', () => {
    expect(first('Une mission du 28 février au 3 mars.')).toMatchObject({ date: '2026-02-28', end: '2026-03-03', basis: 'stated' });
    expect(first('Du 28 décembre au 2 janvier 2026, la délégation a séjourné à Lomé.')).toMatchObject({ date: '2025-12-28', end: '2026-01-02' });
  });
  it('reads "les lundi 9 et mardi 10 mars"', () => {
    expect(first('Le forum s’est tenu les lundi 9 et mardi 10 mars à Niamey.')).toMatchObject({ date: '2026-03-09', end: '2026-03-10' });
  });
  it('reads "mercredi et jeudi derniers" as a span of past days, inferred', () => {
    expect(first('Les experts se sont réunis mercredi et jeudi derniers à Accra.')).toMatchObject({ date: '2026-03-11', end: '2026-03-12', basis: 'inferred' });
    expect(first('La session s’est tenue du lundi au mercredi derniers.')).toMatchObject({ date: '2026-03-09', end: '2026-03-11' });
    // On Monday 16 March, "vendredi et samedi derniers" are 13 and 14 March.
    expect(findDates('Réunis vendredi et samedi derniers.', { day: dayNumber(2026, 3, 16), reliable: true })[0]).toMatchObject({ date: '2026-03-13', end: '2026-03-14' });
  });
});

describe('a year opening the sentence', () => {
  it('reads "En 2025, …" as that year, but not a year told later in the sentence', () => {
    expect(first('En 2025, le ministre a effectué deux visites à Pékin.')).toMatchObject({ date: '2025', basis: 'stated' });
    expect(findDates('Il a fait le point sur le projet annoncé en 2025.', ref)).toEqual([]);
  });
});
