// The first screen should not wait in a waterfall. index.html already
// preloads the shown panels' files and the basemap (public/first-screen.js);
// here, before React boots, we start importing (evaluating) the panels' modules
// so that they are ready, or nearly, by React's first commit. Panels not shown
// are still not loaded.
import type { Panel } from '../model/url-state.ts';
import { fetchTopology } from '../adapters/map/basemap-source.ts';
import { PANEL_LOADERS } from './panel-loaders.ts';

/** Starts loading the modules of the panels `view` shows; returns at once. */
export function preloadFirstScreen(view: readonly Panel[], o: { basemap: boolean } = { basemap: true }): void {
  for (const panel of view) void PANEL_LOADERS[panel]?.().catch(() => undefined); // the panel's own boundary reports failures
  // The basemap is parsed while the map's code is still downloading.
  // Not when the page's static poster already holds it (issue 19).
  if (view.includes('map') && o.basemap) void fetchTopology().catch(() => undefined);
}
