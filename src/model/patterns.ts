// The contract's forms (docs/dataset.md), zod-free, so the schema, the fast
// path and the URL readers test a value against one and the same pattern.

/** The two languages of the record and of the page. */
export type Lang = 'fr' | 'en';

/** Longest text a field may hold: a 1 MB string is a mistake, not a quote. */
export const MAX_TEXT = 5000;

/** Ids of events, places, sources and trips: `ru-kremlin-talks`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A newsroom's named look (newsroom.config.json, `look=`): `echo-du-sahel`. */
export const LOOK_NAME = /^[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){0,4}$/;
/** A country's alpha-2 code (`RU`) or an organisation's acronym (`ICRC`). */
export const PARTNER_ID = /^(?:[A-Z]{2}|[A-Z][A-Z0-9]{1,15})$/;
/** ISO 3166-1 alpha-2, in capitals. */
export const ALPHA2 = /^[A-Z]{2}$/;
/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD (the calendar is checked apart). */
export const DATE_FORM = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** A full day, YYYY-MM-DD. */
export const DAY_FORM = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** A source's web address: http(s), no spaces. */
export const URL_FORM = /^https?:\/\/[^\s]+$/;
/** An agreement's text or announcement: https only, no spaces. */
export const HTTPS_FORM = /^https:\/\/[^\s]+$/;
/** A bundled source text's plain file name. */
export const FILE_FORM = /^[\w.-]+$/;
/** A source's language code. */
export const LANG_FORM = /^[a-z]{2,3}$/;
