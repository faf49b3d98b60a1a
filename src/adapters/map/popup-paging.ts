// A place's popup lists its contacts a page at a time, so a place with
// thousands opens as fast as one with three; the selected one is always shown.
import type { MapItem, MapItems } from './types.ts';

/** Where a place's contacts contain this event, or -1. */
export function indexOfItem(items: MapItems, id: string): number {
  for (let i = 0; i < items.length; i++) if (items.idAt(i) === id) return i;
  return -1;
}

/** The rows a popup shows, formatted now: at most `limit`, and always the selected one. */
export function visibleItems(items: MapItems, selectedId: string | null, limit = 50): { shown: MapItem[]; more: number } {
  const shown: MapItem[] = [];
  for (let i = 0; i < Math.min(limit, items.length); i++) shown.push(items.rowAt(i));
  const selected = selectedId === null ? -1 : indexOfItem(items, selectedId);
  if (selected >= limit) shown.push(items.rowAt(selected));
  return { shown, more: items.length - shown.length };
}

/** Ready rows as a place's items (tests, small maps). */
export function itemsOf(rows: readonly MapItem[]): MapItems {
  return { length: rows.length, idAt: (i) => (rows[i] as MapItem).id, rowAt: (i) => rows[i] as MapItem };
}
