// Strings of the list area, in both languages with the same keys.
export const list = {
  fr: {},
  en: {},
} as const;
