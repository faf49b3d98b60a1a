// Strings of the charts area, in both languages with the same keys.
export const charts = {
  fr: {},
  en: {},
} as const;
