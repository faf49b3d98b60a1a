import { render } from '@testing-library/react';
import type { BarShapeProps } from 'recharts';
import { describe, expect, it } from 'vitest';
import { TYPE_VARS } from '../../theme.ts';
import type { CountedRow } from './counts.ts';
import { stackedShape } from './stacked-bar.tsx';

const row: CountedRow = { key: 'RU', label: 'Russie', total: 4, byType: { visit: 1, talks: 0, audience: 2, agreement: 1, reception: 0, cooperation: 0 } };
const bar = (shape: ReturnType<typeof stackedShape>, box: { x: number; y: number; width: number; height: number }) => {
  const Shape = shape;
  const { container } = render(<svg><Shape {...({ ...box, payload: row } as unknown as BarShapeProps)} /></svg>);
  return [...container.querySelectorAll('rect')].map((r) => ({
    type: r.getAttribute('data-type'), x: Number(r.getAttribute('x')), y: Number(r.getAttribute('y')),
    width: Number(r.getAttribute('width')), height: Number(r.getAttribute('height')), fill: r.getAttribute('fill'), opacity: r.getAttribute('fill-opacity'),
  }));
};

describe('stackedShape', () => {
  it('splits a horizontal bar into its types, left to right, in proportion, skipping empty types', () => {
    const rects = bar(stackedShape('right'), { x: 10, y: 5, width: 200, height: 20 });
    expect(rects.map((r) => [r.type, r.x, r.width])).toEqual([['visit', 10, 50], ['audience', 60, 100], ['agreement', 160, 50]]);
    expect(rects[0]?.fill).toBe(TYPE_VARS.visit);
  });

  it('stacks a vertical bar from the bottom up', () => {
    const rects = bar(stackedShape('up'), { x: 0, y: 20, width: 10, height: 80 });
    expect(rects.map((r) => [r.type, r.y, r.height])).toEqual([['visit', 80, 20], ['audience', 40, 40], ['agreement', 20, 20]]);
  });

  it('fades a dimmed row', () => {
    expect(bar(stackedShape('right', () => true), { x: 0, y: 0, width: 100, height: 10 }).every((r) => r.opacity === '0.3')).toBe(true);
  });
});
