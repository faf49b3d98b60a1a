// Strings of the notices area, in both languages with the same keys.
export const notices = {
  fr: {},
  en: {},
} as const;
