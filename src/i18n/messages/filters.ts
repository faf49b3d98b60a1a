// Strings of the filters area, in both languages with the same keys.
export const filters = {
  fr: {},
  en: {},
} as const;
