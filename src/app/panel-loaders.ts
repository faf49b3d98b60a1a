// The code-split panels, one loader each, shared by the views (panels.tsx) and
// the start-up preload (preload.ts) so both ask for the same chunks.
import type { Panel } from '../model/url-state.ts';
import { loadable } from './loadable.tsx';

export const mapModule = loadable(() => import('../adapters/map/ContactsMap.tsx'));
export const partnersModule = loadable(() => import('../adapters/charts/PartnersChart.tsx'));
export const timelineModule = loadable(() => import('../adapters/charts/TimelineChart.tsx'));
export const embedDialogModule = loadable(() => import('../components/EmbedDialog.tsx'));

/** Panels whose code is split out; the list is in the entry chunk. */
export const PANEL_LOADERS: Partial<Record<Panel, () => Promise<unknown>>> = {
  map: mapModule.load,
  partners: partnersModule.load,
  timeline: timelineModule.load,
};
