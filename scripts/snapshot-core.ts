// The view of a query as an SVG or PNG file (issue 19): `npm run snapshot`,
// and the og:image of each published page. PNGs are rasterised by resvg,
// which runs in Node without a browser, with the machine's own fonts.
import { Resvg } from '@resvg/resvg-js';
import type { CountryFeature } from '../src/adapters/map/country-features.ts';
import type { Dataset } from '../src/model/schema.ts';
import { decodeViewState } from '../src/model/url-state.ts';
import { renderViewImage } from '../src/static/image.ts';
import { creditFor, type Credits } from '../src/theme.ts';

export type ImageFormat = 'svg' | 'png';

export const SOCIAL = { width: 1200, height: 675 } as const;

export interface SnapshotInput {
  data: Dataset; countries: readonly CountryFeature[]; query: string; format: ImageFormat; width?: number; height?: number | null;
  /** The newsroom's credit lines (newsroom.config.json); the query's `look=` picks one. */
  credits?: Credits;
}

/** The image's bytes. The theme comes from the query's `theme=` when the page knows it. */
export function snapshot({ data, countries, query, format, width = SOCIAL.width, height = SOCIAL.height, credits = {} }: SnapshotInput): Buffer {
  const { state } = decodeViewState(query);
  const theme = new URLSearchParams(query).get('theme');
  const { svg } = renderViewImage(data, state, { width, height, countries, theme, credit: creditFor(credits, state.look, state.lang) });
  if (format === 'svg') return Buffer.from(svg, 'utf8');
  const resvg = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' } });
  return resvg.render().asPng();
}
