// The one file that touches location and history (docs/design.md §8): the app talks
// to this small port, and tests swap it for an in-memory one (memory-url.ts).
export interface UrlPort {
  /** The current query string, without '?'. */
  read(): string;
  /** The page's absolute URL (for resolving same-origin data paths). */
  href(): string;
  /** Changes the URL and tells subscribers. */
  write(search: string, mode: 'push' | 'replace'): void;
  /** Calls back on every change: writes and back/forward. Returns the remover. */
  subscribe(onChange: () => void): () => void;
}

/** Subscribers to URL changes; `add` returns the remover. */
export function listenerSet() {
  const listeners = new Set<() => void>();
  return {
    add(l: () => void) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    notify: () => listeners.forEach((l) => l()),
  };
}

export function createBrowserUrl(win: Window = window): UrlPort {
  const listeners = listenerSet();
  const path = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;
  return {
    read: () => win.location.search.replace(/^\?/, ''),
    href: () => win.location.href,
    write(search, mode) {
      const next = `${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`;
      if (next === path()) return;
      if (mode === 'push') win.history.pushState(null, '', next);
      else win.history.replaceState(null, '', next);
      listeners.notify();
    },
    subscribe(onChange) {
      const remove = listeners.add(onChange);
      win.addEventListener('popstate', onChange);
      return () => {
        remove();
        win.removeEventListener('popstate', onChange);
      };
    },
  };
}
