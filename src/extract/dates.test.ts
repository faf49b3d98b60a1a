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
