// What the validator did about a problem, in words (docs/dataset.md,
// "Repairs"): the page's notice and check-data print the same phrase.
import type { Lang } from './patterns.ts';
import type { Action, Problem, Section } from './problem-codes.ts';

type Words = { en: string; fr: string };

const LEFT_OUT: Partial<Record<Section, Words>> = {
  events: { en: 'contact left out', fr: 'contact écarté' },
  sources: { en: 'source left out (its contacts are kept)', fr: 'source écartée (ses contacts sont conservés)' },
  partners: { en: 'entry left out (its contacts are kept)', fr: 'entrée écartée (ses contacts sont conservés)' },
  places: { en: 'place left out (its contacts are kept)', fr: 'lieu écarté (ses contacts sont conservés)' },
};

const DONE: Record<Exclude<Action, 'left_out'>, Words> = {
  unreadable: { en: 'nothing can be shown', fr: 'rien ne peut être affiché' },
  ignored: { en: 'ignored', fr: 'ignoré' },
  no_link: { en: 'shown without a link', fr: 'affichée sans lien' },
  no_date: { en: 'shown without a date', fr: 'affichée sans date' },
  named_by_id: { en: 'its id stands in for the name', fr: 'son identifiant tient lieu de nom' },
  display_name: { en: 'named from its country code', fr: 'nommé d’après son code pays' },
  as_organisation: { en: 'shown as an organisation, under its name', fr: 'traité comme une organisation, sous son nom' },
  off_map: { en: 'its contacts stay in the list and charts, off the map', fr: 'ses contacts restent dans la liste et les graphiques, hors de la carte' },
  unknown_place: { en: 'the place is shown under its id, off the map', fr: 'le lieu est affiché sous son identifiant, hors de la carte' },
  no_country: { en: 'country unknown', fr: 'pays inconnu' },
  no_lang: { en: 'language unknown', fr: 'langue inconnue' },
  not_checked: { en: 'its quotes are not checked', fr: 'ses citations ne sont pas vérifiées' },
  read_as_is: { en: 'the row is read as far as it goes', fr: 'la ligne est lue telle quelle' },
  decoded_as: { en: 'read as Windows-1252: check the accents, or save it as “CSV UTF-8”', fr: 'lu comme du Windows-1252 : vérifier les accents, ou l’enregistrer en « CSV UTF-8 »' },
};

/** "shown without a link"; for a record missing from its list, how many contacts citing it are kept. */
export function outcomeWords(problem: Problem, lang: Lang): string {
  const words = problem.action === 'left_out'
    ? (LEFT_OUT[problem.section] ?? { en: 'left out', fr: 'écarté' })
    : DONE[problem.action];
  const cited = problem.code === 'unknown_reference' && problem.section === 'events' ? Number(problem.detail) : NaN;
  if (!(cited > 0)) return words[lang];
  const many = cited > 1;
  return lang === 'fr'
    ? `${cited} contact${many ? 's' : ''} conservé${many ? 's' : ''} : ${words.fr}`
    : `${cited} contact${many ? 's' : ''} kept: ${words.en}`;
}
