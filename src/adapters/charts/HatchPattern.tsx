/**
 * The hatch that marks imprecise dates, in a zero-size SVG of its own: a
 * pattern defined once in the document can fill shapes in any other SVG
 * (the legend swatch and the chart) through url(#id).
 */
import { themeVar } from '../../theme.ts';

export function HatchPattern({ id }: { id: string }) {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={themeVar('coarse')} fillOpacity="0.12" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={themeVar('coarse')} strokeWidth="1" />
        </pattern>
      </defs>
    </svg>
  );
}
