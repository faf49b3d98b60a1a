// A quote of a source with a bundled text must appear in it word for word
// (whitespace-normalised). A misquote is the event's own fault and costs it;
// a text file that is missing is the source's, and costs only the check.
import type { Problem } from './problem-codes.ts';
import { showValue } from './problem-codes.ts';
import type { ContactEvent, Source } from './schema.ts';
import { squash } from './references.ts';

export type SourceText = (file: string) => string | undefined;

/** The events whose quotes are all found, with a problem for each misquote and each missing text. */
export function checkQuotes<K extends { item: ContactEvent; index: number }>(
  events: readonly K[], sources: ReadonlyArray<{ item: Source; index: number }>, sourceText: SourceText, problems: Problem[],
): K[] {
  const at = new Map(sources.map(({ item, index }) => [item.id, { source: item, index }]));
  const texts = new Map<string, string | undefined>(); // each text squashed once per file read
  const text = (file: string) => {
    if (!texts.has(file)) {
      const body = sourceText(file);
      texts.set(file, body === undefined ? undefined : squash(body));
    }
    return texts.get(file);
  };
  const missing = new Set<string>();
  return events.filter(({ item, index }) => {
    let ok = true;
    item.sources.forEach((cite, i) => {
      const found = at.get(cite.source);
      const file = found?.source.file;
      if (!found || file === null || file === undefined) return;
      const body = text(file);
      if (body === undefined) {
        if (!missing.has(file)) problems.push({ severity: 'warning', action: 'not_checked', section: 'sources', index: found.index, id: found.source.id, field: 'file', code: 'source_file_missing', detail: file, value: showValue(file) });
        missing.add(file);
      } else if (!body.includes(squash(cite.quote))) {
        problems.push({ severity: 'error', action: 'left_out', section: 'events', index, id: item.id, field: `sources.${i}.quote`, code: 'not_verbatim', detail: file, value: showValue(cite.quote) });
        ok = false;
      }
    });
    return ok;
  });
}
