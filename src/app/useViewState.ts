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

export function useViewState(port: UrlPort): ViewStateApi {
  const search = useSyncExternalStore(port.subscribe, port.read, port.read);
  const decoded = useMemo(() => decodeViewState(search, port.href()), [search, port]);
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
