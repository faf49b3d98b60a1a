// Issue 7: the first screen should not wait in a waterfall (entry → React's
// first commit → panel chunk → basemap fetch). At start-up we ask for the chunks
// of the panels the URL shows, and for the basemap when the map is shown, so
// they download while React boots. Panels not shown are still not loaded.
import countriesUrl from 'world-atlas/countries-110m.json?url';
import type { Panel } from '../model/url-state.ts';
import { PANEL_LOADERS } from './panel-loaders.ts';

/** Starts the downloads the first screen of `view` needs; returns at once. */
export function preloadFirstScreen(view: readonly Panel[], doc: Document): void {
  for (const panel of view) void PANEL_LOADERS[panel]?.().catch(() => undefined); // the panel's own boundary reports failures
  if (!view.includes('map')) return;
  // The map's fetch(countriesUrl) (cors mode, same-origin credentials) reuses this response.
  const link = doc.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = countriesUrl;
  doc.head.appendChild(link);
}
