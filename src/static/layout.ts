// The widths the live page's CSS gives each panel at a page width (app.css),
// so a poster drawn at build time has the live boxes' proportions.
/** The phone the poster is drawn a second time for, when it must (render.ts `plot`): 360 px, the common Android width. */
export const PHONE_WIDTH = 360;

export interface PanelWidths { map: number; partners: number; timeline: number }

const REM = 16;

export function panelWidths(page: number, embed: boolean): PanelWidths {
  const phone = page <= 40 * REM;
  const panelChrome = 2 + (phone ? 1 : 1.5) * REM; // border and padding
  if (embed) {
    const inner = page - 0.5 * REM - panelChrome;
    return { map: inner, partners: inner, timeline: inner };
  }
  const content = page - (phone ? 1 : 2) * REM;
  const panels = page > 56 * REM ? content - 18 * REM - REM : content;
  const full = panels - panelChrome;
  const half = phone ? full : (panels - REM) / 2 - panelChrome;
  return { map: Math.round(full), partners: Math.round(half), timeline: Math.round(half) };
}
