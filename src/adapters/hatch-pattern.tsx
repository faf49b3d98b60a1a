// The one hatch both views draw: diagonal lines over a tint, as an SVG pattern
// in a zero-size SVG of its own. A pattern defined once in the document can
// fill shapes in any other SVG through url(#id): the map's focus country, the
// timeline's imprecise dates and their legend swatches.
import './hatch-pattern.css';

export interface HatchPatternProps {
  id: string;
  /** Colours, as theme variables. */
  line: string;
  background: string;
  lineWidth: number;
  /** How much of the background shows (the timeline's is a faint tint). */
  backgroundOpacity?: number;
}

export function HatchPattern({ id, line, background, lineWidth, backgroundOpacity = 1 }: HatchPatternProps) {
  return (
    <svg width="0" height="0" className="hatch-pattern-defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={background} fillOpacity={backgroundOpacity} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={line} strokeWidth={lineWidth} />
        </pattern>
      </defs>
    </svg>
  );
}
