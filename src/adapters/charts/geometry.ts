// The charts' fixed geometry, shared by each recharts drawing and the layer of
// focusable controls laid over it (PartnerHits, TimelineHits): both must put a
// row or a bucket at the same pixels.

/** Partners chart: each row exactly this tall, below a small top margin. */
export const ROW_HEIGHT = 28;
export const PLOT_TOP = 4;
export const PARTNER_X_AXIS_HEIGHT = 24;

/** The partners chart's height for this many rows. */
export function partnersChartHeight(rows: number): number {
  return PLOT_TOP + rows * ROW_HEIGHT + PARTNER_X_AXIS_HEIGHT;
}

/** Timeline: its height and the plot's distance from each edge (axes outside it). */
export const TIMELINE_HEIGHT = 220;
export const TIMELINE_PLOT = { top: 18, left: 32, right: 12, bottom: 24 };
