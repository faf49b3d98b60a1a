// Links to other views of this page (components/NavLink.tsx: a partner's
// record, an event) are real addresses, followed here in place: the URL
// changes through the port, so the page does not reload the dataset, and
// parameters a pym.js host added stay. Modified clicks open a tab as usual.
import { useEffect } from 'react';
import type { UrlPort } from '../adapters/url/history.ts';
import { decodeViewState, encodeViewState } from '../model/url-state.ts';
import { profileModule } from './panel-loaders.ts';

function followInPage(event: MouseEvent, port: UrlPort): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
  const href = link?.getAttribute('href');
  if (!href) return false;
  const target = new URL(href, port.href());
  const page = new URL(port.href());
  if (target.origin !== page.origin || target.pathname !== page.pathname) return false;
  event.preventDefault();
  event.stopPropagation(); // a chart's own click handler must not also act on its axis link
  const next = decodeViewState(target.search, port.href()).state;
  // data-nav="partner": a link drawn once for every view (a chart's axis, a popup) opens
  // that partner's record over the current view, whatever filters it was drawn under.
  const state = link?.getAttribute('data-nav') === 'partner' ? { ...decodeViewState(port.read(), port.href()).state, partner: next.partner } : next;
  port.write(encodeViewState(state, port.read()), 'push');
  return true;
}

/** A pointer or focus on a record's link: its view's code starts loading before the click. */
function warmUp(event: Event): void {
  if (event.target instanceof Element && event.target.closest('a[data-nav="partner"]')) void profileModule.load().catch(() => undefined);
}

export function useInPageLinks(port: UrlPort): void {
  useEffect(function followRecordLinksInPlace() {
    const onClick = (event: MouseEvent) => void followInPage(event, port);
    document.addEventListener('click', onClick, true);
    document.addEventListener('pointerover', warmUp, { passive: true });
    document.addEventListener('focusin', warmUp);
    return function stopFollowingRecordLinks() {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('pointerover', warmUp);
      document.removeEventListener('focusin', warmUp);
    };
  }, [port]);
}
