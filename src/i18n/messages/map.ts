// Strings of the map area, in both languages with the same keys.
export const map = {
  fr: {},
  en: {},
} as const;
