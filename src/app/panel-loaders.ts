// The code-split panels, one loader each, shared by the views (panels.tsx) and
// the start-up preload (preload.ts) so both ask for the same chunks.
import type { Panel } from '../model/url-state.ts';
import { loadable } from './loadable.tsx';

// The map's module counts as loaded once its country shapes are ready too (or
// failed, or took too long): its first frame then draws them with the markers
// instead of re-drawing when they land, the last step of the first screen (docs/bench.md).
export const mapModule = loadable(() => import('../adapters/map/ContactsMap.tsx').then((m) => m.shapesSettled().then(() => m)));
export const partnersModule = loadable(() => import('../adapters/charts/PartnersChart.tsx'));
export const timelineModule = loadable(() => import('../adapters/charts/TimelineChart.tsx'));
export const embedDialogModule = loadable(() => import('../components/EmbedDialog.tsx'));

/** Panels whose code is split out; the list is in the entry chunk. */
export const PANEL_LOADERS: Partial<Record<Panel, () => Promise<unknown>>> = {
  map: mapModule.load,
  partners: partnersModule.load,
  timeline: timelineModule.load,
};
