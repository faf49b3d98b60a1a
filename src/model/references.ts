// Cross-references of an event: its partner, place and cited sources must
// exist, and a quote of a bundled article must appear in it verbatim.
import type { ContactEvent, Source } from './schema.ts';
import { showValue, type Problem } from './problem-codes.ts';

export interface Refs { sources: Map<string, Source>; partners: Set<string>; places: Set<string> }

/** Whitespace-normalised, as quotes are compared. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export type Found = Pick<Problem, 'field' | 'code' | 'detail' | 'value'>;

export function checkEventReferences(e: ContactEvent, refs: Refs, sourceText: ((file: string) => string | undefined) | undefined): Found[] {
  const found: Found[] = [];
  const dangling = (field: string, id: string) => found.push({ field, code: 'unknown_reference', detail: id, value: showValue(id) });
  if (e.partner !== null && !refs.partners.has(e.partner)) dangling('partner', e.partner);
  if (!refs.places.has(e.place)) dangling('place', e.place);
  e.sources.forEach((cite, i) => {
    const source = refs.sources.get(cite.source);
    if (!source) {
      dangling(`sources.${i}.source`, cite.source);
      return;
    }
    if (!sourceText || source.file === null) return;
    const body = sourceText(source.file);
    if (body === undefined) found.push({ field: `sources.${i}.source`, code: 'source_file_missing', detail: source.file });
    else if (!body.includes(squash(cite.quote))) found.push({ field: `sources.${i}.quote`, code: 'not_verbatim', detail: source.file, value: showValue(cite.quote) });
  });
  return found;
}
