import { describe, expect, it } from 'vitest';
import { itemsOf, visibleItems } from './popup-paging.ts';

describe('visibleItems', () => {
  const items = itemsOf(Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, date: '2025', partner: 'Mali', title: `T${i}`, type: 'talks' as const })));
  it('shows fifty rows and counts the rest', () => {
    const { shown, more } = visibleItems(items, null);
    expect(shown).toHaveLength(50);
    expect(more).toBe(70);
  });
  it('always shows the selected event, even beyond the first fifty', () => {
    const { shown, more } = visibleItems(items, 'e99');
    expect(shown.map((i) => i.id)).toContain('e99');
    expect(more).toBe(69);
  });
});
