// The code-split panels, one loader each, shared by React.lazy (panels.tsx)
// and the start-up preload (preload.ts) so both ask for the same chunks.
import type { Panel } from '../model/url-state.ts';

export const loadContactsMap = () => import('../adapters/map/ContactsMap.tsx');
export const loadPartnersChart = () => import('../adapters/charts/PartnersChart.tsx');
export const loadTimelineChart = () => import('../adapters/charts/TimelineChart.tsx');

/** Panels whose code is split out; the list is in the entry chunk. */
export const PANEL_LOADERS: Partial<Record<Panel, () => Promise<unknown>>> = {
  map: loadContactsMap,
  partners: loadPartnersChart,
  timeline: loadTimelineChart,
};
