import { describe, expect, it } from 'vitest';
import { makeLookups } from '../model/lookups.ts';
import { makeDataset } from '../model/fixtures.ts';
import { partnerLabel } from './labels.ts';
import { makeI18n } from './react.tsx';

const lookups = makeLookups({
  ...makeDataset([]),
  partners: [
    { id: 'RU', kind: 'country' },
    { id: 'PS', kind: 'country', name: { fr: 'Palestine', en: 'Palestine' } },
    { id: 'ICRC', kind: 'organisation', name: { fr: 'Comité international de la Croix-Rouge', en: 'International Committee of the Red Cross' } },
  ],
});

describe('partnerLabel', () => {
  it('names a country by CLDR, unless its dataset names it; an organisation by its own name; no partner as such', () => {
    expect(partnerLabel('RU', lookups, makeI18n('fr'))).toBe('Russie');
    // Node's CLDR says "Territoires palestiniens", Chromium's "Palestine": the dataset settles it (docs/borders.md).
    expect(partnerLabel('PS', lookups, makeI18n('fr'))).toBe('Palestine');
    expect(partnerLabel('ICRC', lookups, makeI18n('en'))).toBe('International Committee of the Red Cross');
    expect(partnerLabel('DE', lookups, makeI18n('en'))).toBe('Germany'); // not in the list: still named
    expect(partnerLabel(null, lookups, makeI18n('fr'))).toBe(makeI18n('fr').t('partner.none'));
  });
});
