// data/views.json (INTERFACES.md §3): the views a newsroom publishes, each
// written by the build to dist/views/<name>/index.html.
import { decodeViewState, encodeViewState } from '../src/model/url-state.ts';

export interface PublishedView { name: string; query: string; width?: number }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The list, checked: a bad entry stops the build with one line saying which. */
export function readViews(json: unknown): PublishedView[] {
  if (!Array.isArray(json)) throw new Error('data/views.json: expected an array of {name, query}');
  const seen = new Set<string>();
  return json.map((v: unknown, i) => {
    const { name, query, width } = (v ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !SLUG.test(name)) throw new Error(`data/views.json[${i}]: name must be a lower-case slug`);
    if (seen.has(name)) throw new Error(`data/views.json[${i}]: name "${name}" is used twice`);
    if (typeof query !== 'string') throw new Error(`data/views.json[${i}]: query must be a string`);
    const { ignored } = decodeViewState(query);
    if (ignored.length > 0) throw new Error(`data/views.json[${i}]: query "${query}" has values the page would ignore (${ignored.map((x) => x.param).join(', ')})`);
    if (width !== undefined && (typeof width !== 'number' || width < 320 || width > 2000)) throw new Error(`data/views.json[${i}]: width must be 320–2000`);
    seen.add(name);
    return { name, query: canonicalQuery(query), ...(typeof width === 'number' ? { width } : {}) };
  });
}

/** The query as the page itself writes it, so equal views compare equal. */
export function canonicalQuery(query: string): string {
  return encodeViewState(decodeViewState(query).state);
}
