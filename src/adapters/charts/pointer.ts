import type { MouseEvent } from 'react';

/**
 * Which band (row or column) of a chart the pointer is over, from the
 * chart's own fixed geometry. Recharts' active index comes from its
 * throttled mousemove, so a click straight after the pointer arrives (or a
 * tap) can report the previous band or none; the pointer position cannot.
 */
export function bandAtPointer(
  event: MouseEvent<Element>,
  axis: 'x' | 'y',
  first: number,
  size: number,
  count: number,
): number | null {
  const chart = (event.target as Element).closest('.recharts-wrapper');
  if (!chart || size <= 0) return null;
  const box = chart.getBoundingClientRect();
  const offset = axis === 'x' ? event.clientX - box.left : event.clientY - box.top;
  const i = Math.floor((offset - first) / size);
  return i >= 0 && i < count ? i : null;
}
