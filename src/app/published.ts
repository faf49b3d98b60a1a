// The published views (data/views.json, INTERFACES.md §3) as the build listed
// them in each page: the embed code of a view that is published points to its
// own page, which reads without JavaScript (issue 19).
import { encodeViewState, type ViewState } from '../model/url-state.ts';

interface Listed { name: string; query: string }

function listed(doc: Document): { views: Listed[]; root: string } {
  try {
    const views = JSON.parse(doc.querySelector('meta[name="published-views"]')?.getAttribute('content') ?? '[]') as Listed[];
    return { views: Array.isArray(views) ? views : [], root: doc.querySelector('meta[name="app-root"]')?.getAttribute('content') ?? './' };
  } catch {
    return { views: [], root: './' };
  }
}

/** The absolute address of the published page showing exactly this view, or null. */
export function publishedAddress(state: ViewState, pageUrl: string, doc: Document = document): string | null {
  const { views, root } = listed(doc);
  const query = encodeViewState(state);
  const view = views.find((v) => v.query === query);
  return view ? new URL(`${root}views/${view.name}/`, pageUrl).href : null;
}
