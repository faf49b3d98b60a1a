import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from './url-state.ts';
import { restrictToDataset, restrictToLooks } from './url-restrict.ts';

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('restrictToDataset', () => {
  it('drops the partners and event the dataset does not have', () => {
    const known = { partners: new Set(['RU', 'US']), events: new Set(['a']) };
    expect(restrictToDataset(state({ countries: ['FR', 'RU', 'ZZ'], event: 'gone', partner: 'FR' }), known)).toEqual({
      state: state({ countries: ['RU'] }),
      ignored: [
        { param: 'country', value: 'FR', reason: 'unknown_value' },
        { param: 'country', value: 'ZZ', reason: 'unknown_value' },
        { param: 'event', value: 'gone', reason: 'unknown_value' },
        { param: 'partner', value: 'FR', reason: 'unknown_value' },
      ],
    });
    expect(restrictToDataset(state({ countries: ['US'], event: 'a' }), known).ignored).toEqual([]);
  });
});

describe('restrictToLooks', () => {
  it('keeps a look the build has, and drops and reports one it has not', () => {
    const looks = new Set(['', 'echo-du-sahel']);
    const asked = state({ look: 'echo-du-sahel', theme: 'dark' });
    expect(restrictToLooks(asked, looks)).toEqual({ state: asked, ignored: [] });
    expect(restrictToLooks(state({ look: 'sepia', theme: 'dark' }), looks)).toEqual({
      state: state({ theme: 'dark' }),
      ignored: [{ param: 'look', value: 'sepia', reason: 'unknown_look' }],
    });
    expect(restrictToLooks(DEFAULT_VIEW, new Set())).toEqual({ state: DEFAULT_VIEW, ignored: [] });
  });
});
