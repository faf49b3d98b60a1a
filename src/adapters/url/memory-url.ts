// The URL port in memory, with its own history, so the app's tests can follow
// links, pushes and Back without a browser (history.ts is the real one).
import { listenerSet, type UrlPort } from './history.ts';

/** An in-memory URL with its own history, for tests. */
export function createMemoryUrl(initial = '', base = 'http://localhost/'): UrlPort & { back(): void; entries: string[] } {
  const entries = [initial];
  let at = 0;
  const listeners = listenerSet();
  return {
    entries,
    read: () => entries[at] ?? '',
    href: () => `${base}${entries[at] ? `?${entries[at]}` : ''}`,
    write(search, mode) {
      if (mode === 'push') {
        entries.splice(at + 1, entries.length, search);
        at += 1;
      } else entries[at] = search;
      listeners.notify();
    },
    subscribe: (onChange) => listeners.add(onChange),
    back() {
      if (at === 0) return;
      at -= 1;
      listeners.notify();
    },
  };
}
