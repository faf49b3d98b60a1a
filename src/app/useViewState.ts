// URL state → view state: decoded once per URL change, restored on back/forward.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { UrlPort } from '../adapters/url/history.ts';
import { decodeViewState, encodeViewState, type Ignored, type ViewState } from '../model/url-state.ts';

export interface ViewStateApi {
  state: ViewState;
  ignored: Ignored[];
  /** Writes a new state to the URL; push adds a history entry, replace does not. */
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
}

const sameList = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Keeps the previous state's lists (and the whole state) when their values did
 * not change, so memoised series and views downstream are not recomputed just
 * because decoding made new arrays (filter changes redrew everything: docs/bench.md).
 */
export function keepUnchanged(prev: ViewState | null, next: ViewState): ViewState {
  if (prev === null) return next;
  let same = true;
  const out = { ...next } as Record<string, unknown>;
  for (const [key, value] of Object.entries(next)) {
    const old = (prev as unknown as Record<string, unknown>)[key];
    if (old === value) continue;
    if (sameList(old, value)) out[key] = old;
    else same = false;
  }
  return same ? prev : (out as unknown as ViewState);
}

type Decoded = ReturnType<typeof decodeViewState>;

/** The URL as a store of decoded states: a snapshot changes only when the URL does. */
function decodedStore(port: UrlPort) {
  let search: string | null = null;
  let snapshot: Decoded | null = null;
  return () => {
    const now = port.read();
    if (snapshot === null || now !== search) {
      const next = decodeViewState(now, port.href());
      snapshot = { ...next, state: keepUnchanged(snapshot?.state ?? null, next.state) };
      search = now;
    }
    return snapshot;
  };
}

export function useViewState(port: UrlPort): ViewStateApi {
  const getSnapshot = useMemo(() => decodedStore(port), [port]);
  const decoded = useSyncExternalStore(port.subscribe, getSnapshot, getSnapshot);
  const update = useCallback(
    (patch: Partial<ViewState>, mode: 'push' | 'replace' = 'push') => {
      // Read the live URL, not a stale render's, so quick successive updates compose.
      const current = decodeViewState(port.read(), port.href()).state;
      port.write(encodeViewState({ ...current, ...patch }, port.read()), mode);
    },
    [port],
  );
  return { state: decoded.state, ignored: decoded.ignored, update };
}
