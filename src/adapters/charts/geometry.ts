// The charts' fixed geometry, shared by each recharts drawing and the layer of
// focusable controls laid over it (PartnerHits, TimelineHits), and the static
// poster (src/static): all must put a row or a bucket at the same pixels.

/** Partners chart: each row exactly this tall, below a small top margin. */
export const ROW_HEIGHT = 28;
export const PLOT_TOP = 4;
export const PARTNER_X_AXIS_HEIGHT = 24;

export const PARTNERS_MARGIN = { top: PLOT_TOP, right: 40, bottom: 0, left: 4 };
/** recharts' barCategoryGap of the partners chart, in pixels. */
export const PARTNERS_BAR_GAP = 5;

/** The partner names' column: a third of the chart, within 90–180 px (the static poster draws it so too). */
export function partnersAxisWidth(width: number): number {
  return Math.round(Math.min(180, Math.max(90, width * 0.35)));
}

/** The partners chart's height for this many rows. */
export function partnersChartHeight(rows: number): number {
  return PLOT_TOP + rows * ROW_HEIGHT + PARTNER_X_AXIS_HEIGHT;
}

/** Timeline: its height and the plot's distance from each edge (axes outside it). */
export const TIMELINE_HEIGHT = 220;
export const TIMELINE_PLOT = { top: 18, left: 32, right: 12, bottom: 24 };
/** recharts' barCategoryGap of the timeline, as a share of a bucket. */
export const TIMELINE_BAR_GAP = 0.12;
