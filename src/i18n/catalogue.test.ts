// Every UI string in both languages (the readers are francophone first).
import { describe, expect, it } from 'vitest';
import { addArea, messages } from './catalogue.ts';
import { records } from './messages/records.ts';
import { staticView } from './messages/static.ts';

addArea(records); // the wording that loads with a lazy view (the partner record and table, the static view) is checked too
addArea(staticView);
import { formatPartialDate, plural, regionName, translate } from './format.ts';

describe('catalogue', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
    for (const lang of ['fr', 'en'] as const) {
      for (const [key, text] of Object.entries(messages[lang])) expect(text.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(messages.fr)) expect(holes(messages.en[key] ?? ''), key).toEqual(holes(messages.fr[key] ?? ''));
  });
});

describe('formats', () => {
  it('writes a date at the precision it has, never more', () => {
    expect(formatPartialDate('fr', '2025-06-23')).toBe('23 juin 2025');
    expect(formatPartialDate('fr', '2025-12')).toBe('décembre 2025');
    expect(formatPartialDate('en', '2025-12')).toBe('December 2025');
    expect(formatPartialDate('en', '2025')).toBe('2025');
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(translate('fr', 'frame.shown', { shown: 1234, total: 3438 })).toBe('1\u202f234 sur 3\u202f438 contacts');
    expect(translate('en', 'frame.shown', { shown: 1234, total: 3438 })).toBe('1,234 of 3,438 contacts');
    expect(plural('fr', 'count.contacts', 1)).toBe('1 contact');
    expect(plural('en', 'count.contacts', 2)).toBe('2 contacts');
  });

  it('names countries from CLDR in the UI language', () => {
    expect(regionName('fr', 'RU')).toBe('Russie');
    expect(regionName('en', 'DE')).toBe('Germany');
    expect(regionName('fr', 'XK')).toBe('Kosovo');
  });
});
