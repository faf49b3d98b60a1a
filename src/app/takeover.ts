// The live page takes the static view over in place (issue 19, DESIGN.md §13).
// The poster stays on screen while the live page builds itself, unseen, in the
// same boxes (#root.is-live-pending); once every panel is drawn the poster goes
// in one frame, and the clicks a reader made on it meanwhile are replayed.
import { MAP_HEIGHT } from '../adapters/map/fit.ts';
import { readPosterShapes, readPosterView, setPosterShapes, setPosterView } from '../adapters/map/poster-view.ts';

interface StaticInfo { query: string; actions: string[]; stale?: boolean }
declare global {
  interface Window { __contactsStatic?: StaticInfo }
}

/** The poster's controls and the live ones they stand for. */
const LIVE_TARGETS: Record<string, string> = {
  lang: '[data-action="lang"]',
  embed: '[data-action="embed"]',
  filters: '.filters-toggle',
};

/** Longest the poster waits for a panel that never reports (a failed chunk shows its own error). */
const GIVE_UP_MS = 15_000;

/**
 * A published page's address names no view (/views/russie/): the view is the one
 * it was built for, written into the address so the live page, its links and
 * its embed code carry it. Parameters a host added (pym.js) are kept.
 */
function adoptBuiltQuery(info: StaticInfo): void {
  const asked = new URLSearchParams(location.search);
  const built = new URLSearchParams(info.query);
  if (info.stale || info.query === '' || [...built.keys()].some((k) => asked.has(k))) return;
  const search = [info.query, location.search.replace(/^\?/, '')].filter(Boolean).join('&');
  history.replaceState(history.state, '', `${location.pathname}?${search}${location.hash}`);
}

function swap(poster: Element, root: HTMLElement, info: StaticInfo): void {
  poster.remove();
  root.classList.remove('is-live-pending');
  document.documentElement.classList.add('is-live');
  for (const action of info.actions) {
    const selector = LIVE_TARGETS[action];
    const target = selector ? root.querySelector<HTMLElement>(selector) : null;
    target?.click();
  }
  info.actions.length = 0;
}

/** Call before the live page first renders; true when the poster's basemap is the live map's (no basemap download). */
export function takeOverStaticView(root: HTMLElement): boolean {
  const poster = document.getElementById('static-view');
  const info = window.__contactsStatic;
  if (!poster || !info) return false;
  if (info.stale) {
    poster.remove();
    return false;
  }
  adoptBuiltQuery(info);
  const svg = poster.querySelector('.static-map-svg');
  const view = readPosterView(svg);
  setPosterView(view);
  // The poster covers a little more than it was drawn for; a much wider map needs the whole basemap.
  const shown = poster.querySelector('.static-map')?.clientWidth ?? 0;
  const shapes = view && shown <= view.width * 1.15 ? readPosterShapes(svg, view, MAP_HEIGHT) : null;
  setPosterShapes(shapes);
  root.classList.add('is-live-pending');
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    swap(poster, root, info);
  };
  const observer = new MutationObserver(() => {
    if (root.querySelector('[data-ready="true"]')) finish();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  const timer = setTimeout(finish, GIVE_UP_MS);
  return shapes !== null;
}
