import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOOK_NAME } from './patterns.ts';
import { decodeViewState, DEFAULT_VIEW, encodeViewState, KNOWN_PARAMS, type ViewState } from './url-state.ts';

const PAGE = 'https://news.example/dashboard/index.html';
const decode = (search: string) => decodeViewState(search, PAGE);
const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('decodeViewState', () => {
  it('gives the defaults for an empty query', () => {
    expect(decode('')).toEqual({ state: DEFAULT_VIEW, ignored: [] });
    expect(decode('?')).toEqual({ state: DEFAULT_VIEW, ignored: [] });
    expect(DEFAULT_VIEW.view).toEqual(['map', 'partners', 'timeline', 'list']);
  });

  it('reads every parameter of the documented examples', () => {
    const { state: s, ignored } = decode(
      '?country=US,RU&from=2025-06&to=2025-06-30&type=agreement,visit&q=Poutine&event=ru-kremlin-talks&lang=en&view=list,map&embed=1&data=data/senegal.json&theme=dark'
        + '&partner=ru&level=minister,head-of-state&look=Echo-du-Sahel',
    );
    expect(ignored).toEqual([]);
    expect(s).toEqual({
      countries: ['RU', 'US'], from: '2025-06', to: '2025-06-30', types: ['visit', 'agreement'], q: 'Poutine',
      event: 'ru-kremlin-talks', lang: 'en', view: ['map', 'list'], embed: true, data: 'data/senegal.json', theme: 'dark',
      partner: 'RU', levels: ['head-of-state', 'minister'], look: 'echo-du-sahel',
    });
  });

  it('de-duplicates lists, tolerates case and spaces, and treats empty values as absent', () => {
    expect(decode('country=ru,+RU+,,us&type=VISIT,visit&view=').state).toEqual(state({ countries: ['RU', 'US'], types: ['visit'] }));
    expect(decode('embed=0&lang=EN').state).toEqual(state({ lang: 'en' }));
  });

  it('ignores unusable values, says why, and keeps the rest', () => {
    const { state: s, ignored } = decode('country=RU,r%C3%BCssia,1X&from=2025-13-45&to=2025-02-30&type=visit,party&view=map,sofa&lang=de&embed=yes&event=Bad%20Id');
    expect(s).toEqual(state({ countries: ['RU'], types: ['visit'], view: ['map'] }));
    expect(ignored).toEqual([
      { param: 'country', value: 'rüssia', reason: 'bad_value' },
      { param: 'country', value: '1X', reason: 'bad_value' },
      { param: 'from', value: '2025-13-45', reason: 'bad_value' },
      { param: 'to', value: '2025-02-30', reason: 'bad_value' },
      { param: 'type', value: 'party', reason: 'unknown_value' },
      { param: 'view', value: 'sofa', reason: 'unknown_value' },
      { param: 'lang', value: 'de', reason: 'bad_value' },
      { param: 'embed', value: 'yes', reason: 'bad_value' },
      { param: 'event', value: 'Bad Id', reason: 'bad_value' },
    ]);
  });

  it('reads a look by its name’s form, writes it after the theme, and reports one that cannot be a name', () => {
    expect(decode('look=nuit').state.look).toBe('nuit');
    expect(encodeViewState(state({ look: 'nuit', theme: 'dark', embed: true }))).toBe('embed=1&theme=dark&look=nuit');
    for (const bad of ['-nuit', 'nuit--noire', 'nuit_noire', '"><x>', '1nuit']) {
      expect(decode(`look=${encodeURIComponent(bad)}`)).toEqual({ state: DEFAULT_VIEW, ignored: [{ param: 'look', value: bad, reason: 'bad_value' }] });
    }
  });

  it('sets a look before the first paint by the same rule as the codec (public/first-screen.js cannot import it)', () => {
    expect(readFileSync(new URL('../../public/first-screen.js', import.meta.url), 'utf8')).toContain(`/${LOOK_NAME.source}/.test(look)`);
  });

  it('reads theme=light, dark and auto in any case, stays light without one, and reports another', () => {
    expect(decode('').state.theme).toBe('light');
    expect(decode('theme=DARK').state.theme).toBe('dark');
    expect(decode('theme=auto').state.theme).toBe('auto');
    expect(decode('theme=sepia')).toEqual({ state: DEFAULT_VIEW, ignored: [{ param: 'theme', value: 'sepia', reason: 'bad_value' }] });
    expect(encodeViewState(state({ theme: 'light' }))).toBe('');
    expect(encodeViewState(state({ theme: 'auto', embed: true }))).toBe('embed=1&theme=auto');
  });

  it('shows every panel when none of the asked ones exists', () => {
    expect(decode('view=sofa,bed').state.view).toEqual(DEFAULT_VIEW.view);
  });

  it('keeps the first of repeated parameters', () => {
    const { state: s, ignored } = decode('lang=en&lang=fr&country=RU&country=US');
    expect(s).toEqual(state({ lang: 'en', countries: ['RU'] }));
    expect(ignored).toEqual([
      { param: 'lang', value: 'fr', reason: 'repeated' },
      { param: 'country', value: 'US', reason: 'repeated' },
    ]);
  });

  it('drops `to` when the range ends before it starts; a month range on itself is fine', () => {
    expect(decode('from=2025-07&to=2025-06-30')).toEqual({
      state: state({ from: '2025-07' }), ignored: [{ param: 'to', value: '2025-06-30', reason: 'bad_value' }],
    });
    expect(decode('from=2025-06-15&to=2025-06').ignored).toEqual([]);
  });

  it('ignores huge values whole and quotes them short', () => {
    const { state: s, ignored } = decode(`country=${'RU,'.repeat(300)}&q=${'a'.repeat(201)}&lang=en`);
    expect(s).toEqual(state({ lang: 'en' }));
    expect(ignored.map((i) => [i.param, i.reason, i.value.length])).toEqual([['country', 'too_long', 80], ['q', 'too_long', 80]]);
    expect(decode(`q=${'a'.repeat(200)}`).state.q).toHaveLength(200);
  });

  it('never throws on garbage or broken encoding in any parameter', () => {
    const junk = ['%', '%E0%A4%A', '%00', '%FF%FE', '\u0000', '<script>alert(1)</script>', '💥', '=', '&&', '%2C%2C', 'null', '__proto__'];
    for (const param of KNOWN_PARAMS) {
      for (const value of junk) {
        const { state: s } = decode(`${param}=${value}&${param}=${value}`);
        expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
      }
    }
    expect(decode('__proto__=1&constructor=x').state).toEqual(DEFAULT_VIEW);
  });
});

describe('the data parameter', () => {
  const data = (value: string) => decode(`data=${encodeURIComponent(value)}`);

  it('accepts paths on the page’s own origin', () => {
    expect(data('data/senegal.json').state.data).toBe('data/senegal.json');
    expect(data('/other/x.json').state.data).toBe('/other/x.json');
    expect(data('https://news.example/x.json').state.data).toBe('https://news.example/x.json');
  });

  it('refuses other origins, other schemes and protocol-relative links', () => {
    for (const value of ['https://evil.com/x.json', '//evil.com/x.json', '/\\evil.com/x.json', '\\\\evil.com/x.json', 'http://news.example/x.json',
      'javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', '//news.example/x.json']) {
      expect(data(value)).toEqual({ state: DEFAULT_VIEW, ignored: [{ param: 'data', value, reason: 'other_origin' }] });
    }
  });

  it('without a page URL, still refuses anything naming a host', () => {
    expect(decodeViewState('data=https://evil.com/x.json').state.data).toBeNull();
    expect(decodeViewState('data=data/x.json').state.data).toBe('data/x.json');
  });
});

describe('partner, level and view=table', () => {
  it('opens the partners table alone or beside other panels, and writes it back', () => {
    expect(decode('view=table').state.view).toEqual(['table']);
    expect(decode('view=table,map').state.view).toEqual(['map', 'table']);
    expect(encodeViewState(state({ view: ['map', 'partners', 'timeline', 'list', 'table'] }))).toBe('view=map,partners,timeline,list,table');
    expect(encodeViewState(state({ view: ['table'] }))).toBe('view=table');
  });

  it('ignores a level it does not know and a partner id of the wrong form, and says so', () => {
    expect(decode('level=king,official&partner=r_u')).toEqual({
      state: state({ levels: ['official'] }),
      ignored: [{ param: 'level', value: 'king', reason: 'unknown_value' }, { param: 'partner', value: 'r_u', reason: 'bad_value' }],
    });
  });

  it('writes levels after types and the partner after the event', () => {
    expect(encodeViewState(state({ partner: 'GN', event: 'e', levels: ['head-of-state'], types: ['visit'] }))).toBe('type=visit&level=head-of-state&event=e&partner=GN');
  });
});

describe('encodeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(DEFAULT_VIEW)).toBe('');
    expect(encodeViewState(state({ view: [] }))).toBe('');
  });

  it('writes non-default values in a fixed order, readable', () => {
    const s = state({ data: 'data/sn.json', embed: true, view: ['map', 'list'], lang: 'en', event: 'e-1', q: 'Goïta & co', types: ['visit', 'talks'], to: '2025', from: '2024-06', countries: ['RU', 'US'] });
    expect(encodeViewState(s)).toBe('country=RU,US&from=2024-06&to=2025&type=visit,talks&q=Go%C3%AFta+%26+co&event=e-1&lang=en&view=map,list&embed=1&data=data/sn.json');
  });

  it('carries over the parameters pym.js adds, exactly as written, and drops the codec’s old values', () => {
    const keep = '?initialWidth=640&childId=dash&lang=en&parentTitle=Mali%20%E2%80%94%20contacts&parentUrl=https%3A%2F%2Fnews.example%2Farticle%3Fa%3D1&country=US';
    expect(encodeViewState(state({ countries: ['RU'] }), keep)).toBe(
      'country=RU&initialWidth=640&childId=dash&parentTitle=Mali%20%E2%80%94%20contacts&parentUrl=https%3A%2F%2Fnews.example%2Farticle%3Fa%3D1',
    );
    expect(decode(keep).ignored).toEqual([]);
  });
});
