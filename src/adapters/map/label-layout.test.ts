import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelBox } from './label-layout.ts';

const box = (id: string, x: number, y: number, width = 60): LabelBox => ({ id, x, y, radius: 6, width, height: 16 });

describe('layoutLabels', () => {
  it('puts labels right of their markers when there is room', () => {
    expect([...layoutLabels([box('bamako', 100, 100), box('cairo', 300, 50)], 800)]).toEqual([['bamako', 'right'], ['cairo', 'right']]);
  });

  it('moves a label left when the busier neighbour holds the right side (Moscow and Kazan)', () => {
    const sides = layoutLabels([box('moscow', 200, 100), box('kazan', 230, 100)], 800);
    expect(sides.get('moscow')).toBe('right');
    expect(sides.get('kazan')).toBeUndefined(); // its left side would overprint Moscow's label
  });

  it('uses the left side when the right is taken but the left is free', () => {
    const sides = layoutLabels([box('a', 200, 100), box('b', 150, 100)], 800);
    expect(sides.get('a')).toBe('right');
    expect(sides.get('b')).toBe('left');
  });

  it('moves a label off a neighbouring marker, and gives that neighbour its own label', () => {
    const discs = [{ id: 'moscow', x: 200, y: 100, radius: 8 }, { id: 'kazan', x: 240, y: 100, radius: 6 }];
    const sides = layoutLabels([box('moscow', 200, 100, 50), box('kazan', 240, 100, 40)], 800, discs);
    expect(sides.get('moscow')).toBe('left');
    expect(sides.get('kazan')).toBe('right');
  });

  it('keeps labels inside the view', () => {
    expect(layoutLabels([box('edge', 780, 100)], 800).get('edge')).toBe('left');
    expect(layoutLabels([box('tiny', 5, 100, 60), box('x', 790, 10, 900)], 800).has('x')).toBe(false);
  });
});
