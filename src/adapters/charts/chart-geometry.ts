// The charts' fixed geometry, without recharts: the live charts, their
// focusable overlays and the static poster (src/static) lay out alike.

/** Partners chart: each row exactly ROW_HEIGHT tall, so overlays can sit on each bar. */
export const ROW_HEIGHT = 28;
export const PLOT_TOP = 4;
export const X_AXIS_HEIGHT = 24;
export const PARTNERS_MARGIN = { top: PLOT_TOP, right: 40, bottom: 0, left: 4 };
/** recharts' barCategoryGap of the partners chart, in pixels. */
export const PARTNERS_BAR_GAP = 5;

export function partnersChartHeight(rows: number): number {
  return PLOT_TOP + rows * ROW_HEIGHT + X_AXIS_HEIGHT;
}

/** The partner names' column: a third of the chart, within 90–180 px. */
export function partnersAxisWidth(width: number): number {
  return Math.round(Math.min(180, Math.max(90, width * 0.35)));
}

export const TIMELINE_HEIGHT = 220;
export const TIMELINE_PLOT = { top: 18, left: 32, right: 12, bottom: 24 };
/** recharts' barCategoryGap of the timeline, as a share of a bucket. */
export const TIMELINE_BAR_GAP = 0.12;
