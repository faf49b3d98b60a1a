// Partners named in a sentence: states by their French names (from
// i18n-iso-countries, built once at start), adjectives and demonyms, and
// organisations. Node-only: this never reaches the browser bundle.
import countries from 'i18n-iso-countries';
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Partner } from '../model/schema.ts';
import { ADJECTIVES, ALIASES, ORGANISATIONS } from './adjectives.ts';
import { purposeOnly } from './places.ts';
import { fold } from './text.ts';

countries.registerLocale(fr);
countries.registerLocale(en);

export interface PartnerMention { id: string; at: number; end: number; /** read from an adjective, not a name */ adjective: boolean }

interface Entry { id: string; capitals: boolean; adjective: boolean }

export interface PartnerLexicon {
  pattern: RegExp;
  entries: Map<string, Entry>;
  focus: string;
}

/** Feminine and plural forms of a masculine adjective. */
function adjectiveForms(masc: string): string[] {
  const forms = [masc, `${masc}s`, `${masc}e`, `${masc}es`];
  if (masc.endsWith('ien') || masc.endsWith('een')) forms.push(`${masc}ne`, `${masc}nes`);
  // turc → turque, grec → grecque
  if (masc.endsWith('c')) forms.push(`${masc.slice(0, -1)}que`, `${masc.slice(0, -1)}ques`, `${masc}que`, `${masc}ques`);
  return forms;
}

function countryNames(): Array<[string, string]> {
  const names = countries.getNames('fr', { select: 'all' });
  const out: Array<[string, string]> = [];
  for (const [code, list] of Object.entries(names)) {
    for (const name of list) {
      const folded = fold(name).trim();
      out.push([folded, code]);
      const short = folded.replace(/\s*\(.*\)$/, '').replace(/ d'amerique$/, '');
      if (short !== folded) out.push([short, code]);
    }
  }
  return out;
}

/** Builds the lookup once; `focus` (the tracked country) is never a partner. */
export function buildPartnerLexicon(focus: string): PartnerLexicon {
  const entries = new Map<string, Entry>();
  for (const [name, id] of [...countryNames(), ...Object.entries(ALIASES)]) entries.set(name, { id, capitals: false, adjective: false });
  for (const [masc, id] of Object.entries(ADJECTIVES)) {
    for (const form of adjectiveForms(masc)) if (!entries.has(form)) entries.set(form, { id, capitals: false, adjective: true });
  }
  for (const org of ORGANISATIONS) {
    for (const alias of org.aliases) entries.set(alias, { id: org.id, capitals: alias.length <= 4, adjective: false });
  }
  const keys = [...entries.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { pattern: new RegExp(`(?<![\\p{L}\\d])(?:${keys.join('|')})(?![\\p{L}\\d])`, 'gu'), entries, focus };
}

// "l'Office du Niger", "le fleuve Sénégal", "le golfe de Guinée": a river or a region, and the
// focus country's own bodies named after them, not the country.
const NOT_THE_STATE = /\b(?:fleuve|riviere|boucle|delta(?: interieur| central)?|bassin|vallee|golfe|office|rives?|berges?) (?:du |de la |de l'|de |des )?$/;
const CURRENCY = /\b(?:dollars?|euros?|yuans?|renminbis?|roubles?|livres?|francs?|yens?|dinars?|dirhams?|riyals?|rials?|nairas?|cedis?|roupies?)\s+$/;

/** Partners a sentence names, in reading order, each once. */
export function findPartners(sentence: string, lexicon: PartnerLexicon): PartnerMention[] {
  const text = fold(sentence);
  const out: PartnerMention[] = [];
  lexicon.pattern.lastIndex = 0;
  for (let m = lexicon.pattern.exec(text); m; m = lexicon.pattern.exec(text)) {
    const entry = lexicon.entries.get(m[0]);
    const original = sentence.slice(m.index, m.index + m[0].length);
    if (!entry || entry.id === lexicon.focus) continue;
    if (entry.capitals && original !== original.toUpperCase()) continue;
    // A one-word country name is a proper noun: "Maurice" yes, "maurice" no.
    // "250 millions de dollars américains": a currency, not a partner.
    if (entry.adjective && CURRENCY.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (!entry.adjective && NOT_THE_STATE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!entry.adjective && !m[0].includes(' ') && !/^\p{Lu}/u.test(original) && !entry.capitals) continue;
    out.push({ id: entry.id, at: m.index, end: m.index + m[0].length, adjective: entry.adjective });
  }
  const named = out.filter((p) => !insideFullName(p, sentence, out));
  return named.filter((p, i) => named.findIndex((q) => q.id === p.id) === i);
}

const ORGANISATION_IDS = new Set(ORGANISATIONS.map((o) => o.id));
/** "le Fonds des Nations unies pour l'enfance (UNICEF)": an organisation's name written in full before
 * its acronym in brackets names that one organisation, not also the one in its words (the UN). */
function insideFullName(p: PartnerMention, sentence: string, all: PartnerMention[]): boolean {
  if (!ORGANISATION_IDS.has(p.id)) return false;
  const before = /^[^,;()]{0,80}?\(\s*/.exec(sentence.slice(p.end));
  if (!before) return false;
  const bracket = p.end + before[0].length;
  return all.some((q) => q.id !== p.id && ORGANISATION_IDS.has(q.id) && q.at === bracket && /^\s*\)/.test(sentence.slice(q.end)));
}

/** Does the sentence place something in the focus country ("au Mali", "en Côte d'Ivoire")? */
export function namesFocusAsPlace(sentence: string, lexicon: PartnerLexicon): boolean {
  const text = fold(sentence);
  lexicon.pattern.lastIndex = 0;
  for (let m = lexicon.pattern.exec(text); m; m = lexicon.pattern.exec(text)) {
    const entry = lexicon.entries.get(m[0]);
    const placed = /\b(?:au|en|a|aux) $/.test(text.slice(Math.max(0, m.index - 4), m.index));
    // "investir dans le stockage … au Mali": where money or works go, not where the act is.
    if (entry?.id === lexicon.focus && !entry.adjective && placed && !purposeOnly(sentence, m.index)) return true;
  }
  return false;
}

/** A new partner record for the dataset's `partners`. */
export function partnerRecord(id: string): Partner {
  const org = ORGANISATIONS.find((o) => o.id === id);
  return org ? { id, kind: 'organisation', name: { fr: org.fr, en: org.en } } : { id, kind: 'country' };
}

/** Display name for titles. */
export function partnerName(id: string, lang: 'fr' | 'en'): string {
  const org = ORGANISATIONS.find((o) => o.id === id);
  if (org) return org[lang];
  return countries.getName(id, lang, { select: 'official' }) ?? id;
}
