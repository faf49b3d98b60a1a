// Where the image's panels go (src/static/image.ts): which of the view's panels
// it draws, and a column of charts scaled together to the room there is.
import type { ViewState } from '../model/url-state.ts';
import { el, esc } from './html.ts';

export type ChartName = 'partners' | 'timeline';

/**
 * The drawn panels of the view: the map and the charts it shows. A view of the
 * list or the table alone gets all three, a picture of the data it lists.
 */
export function imagePanels(view: ViewState['view']): { map: boolean; charts: ChartName[] } {
  const charts = (['partners', 'timeline'] as const).filter((c) => view.includes(c));
  const map = view.includes('map');
  return map || charts.length > 0 ? { map, charts } : { map: true, charts: ['partners', 'timeline'] };
}

/** A drawn SVG placed in a box, scaled to fit without distortion. */
export function place(svg: string, x: number, y: number, w: number, h: number): string {
  return svg.replace(/^<svg /, `<svg x="${x}" y="${y}" width="${w}" height="${h}" preserveAspectRatio="xMidYMin meet" `).replace(/ width="\d+(\.\d+)?" height="\d+(\.\d+)?"(?= role)/, '');
}

function chartTitle(text: string, x: number, y: number, p: { ink: string }): string {
  return el('text', { x, y, 'font-size': 14, 'font-weight': 700, fill: p.ink }, esc(text));
}

export interface ColumnChart { title: string; height: number; draw: (width: number) => string }

/** A chart's title line above it and the gap below it. */
const TITLE = 12, GAP = 8;

/**
 * Charts one above the other, `w` wide, scaled together: shrunk to fit a fixed
 * `room`, or grown (up to `grow` times) to fill it, drawn narrower so that their
 * text grows with them. Null room: their own heights.
 */
export function chartColumn(charts: readonly ColumnChart[], x: number, y: number, w: number, room: number | null, grow: number, p: { ink: string }): { svg: string; height: number } {
  const natural = charts.reduce((a, c) => a + c.height, 0);
  const k = room === null || natural === 0 ? 1 : Math.max(0.1, Math.min(grow, (room - charts.length * (TITLE + GAP) + GAP) / natural));
  let at = y;
  let svg = '';
  for (const c of charts) {
    svg += chartTitle(c.title, x, at + 4, p) + place(c.draw(k > 1 ? Math.round(w / k) : w), x, at + TITLE, w, c.height * k);
    at += TITLE + c.height * k + GAP;
  }
  return { svg, height: at - y - GAP };
}

/**
 * Text broken into lines that fit `width`, by an average glyph width (the image
 * has no layout engine to measure with: resvg and a canvas draw it as given).
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * (bold ? 0.6 : 0.55))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** Lines of text, one <text> with a <tspan> per line, the first baseline at `y`. */
export function textBlock(lines: readonly string[], x: number, y: number, lineHeight: number, attrs: Record<string, string | number>): string {
  return el('text', { x, y, ...attrs }, ...lines.map((l, i) => el('tspan', { x, dy: i === 0 ? 0 : lineHeight }, esc(l))));
}
