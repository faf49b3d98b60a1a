import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MessageKey } from './catalogue.ts';
import type { Lang } from '../model/patterns.ts';
import { formatNumber, formatPartialDate, plural, regionName, translate, type Params } from './format.ts';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  plural: (base: string, n: number, params?: Params) => string;
  number: (n: number) => string;
  date: (text: string, style?: 'long' | 'short') => string;
  region: (code: string) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    plural: (base, n, params) => plural(lang, base, n, params),
    number: (n) => formatNumber(lang, n),
    date: (text, style) => formatPartialDate(lang, text, style),
    region: (code) => regionName(lang, code),
  };
}

// No default: a view outside a provider is a wiring mistake, not a French page.
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The language and formatters of the nearest I18nProvider; throws outside one. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) {
    throw new Error('useI18n() was called outside an <I18nProvider>: render this component inside <I18nProvider lang="fr"> (or "en"), as App does.');
  }
  return i18n;
}
