// Strings of the embed area, in both languages with the same keys.
export const embed = {
  fr: {},
  en: {},
} as const;
