import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.ts';
import { itemsOf } from './fixtures.ts';
import { daysSince, firstContact, lastContact, updatedDay } from './contact-moments.ts';


describe('first and last contact', () => {
  it('dates each end of the record as precisely as it is known', () => {
    const items = itemsOf([
      { id: 'a', date: '2025-06-10' },
      { id: 'b', date: '2025-11' },
      { id: 'c', date: '2025-11-20' },
    ]);
    // The month-only contact may run to 30 November: it is the last, and stays a month.
    expect(lastContact(items)).toMatchObject({ date: '2025-11', day: dayNumber(2025, 11, 30) });
    expect(lastContact(items)?.item.event.id).toBe('b');
    expect(firstContact(items)).toMatchObject({ date: '2025-06-10', day: dayNumber(2025, 6, 10) });
  });

  it('takes a contact that spans days at its end', () => {
    const items = itemsOf([{ id: 'a', date: '2025-06-22', end: '2025-06-27' }, { id: 'b', date: '2025-06-24' }]);
    expect(lastContact(items)).toMatchObject({ date: '2025-06-27', day: dayNumber(2025, 6, 27) });
    expect(lastContact(items)?.item.event.id).toBe('a');
  });

  it('has no ends without contacts', () => {
    expect(firstContact([])).toBeNull();
    expect(lastContact([])).toBeNull();
  });
});

describe('days since the last contact', () => {
  it('counts to the record\'s updated date: 515 days from 26 June 2025 to 23 November 2026', () => {
    expect(daysSince(dayNumber(2025, 6, 26), updatedDay('2026-11-23'))).toBe(515);
  });

  it('is unknown when the record has no updated date', () => {
    expect(updatedDay(null)).toBeNull();
    expect(daysSince(dayNumber(2025, 6, 26), null)).toBeNull();
  });

  it('is never negative for a contact dated after the update', () => {
    expect(daysSince(dayNumber(2027, 1, 1), updatedDay('2026-11-23'))).toBe(0);
  });
});
