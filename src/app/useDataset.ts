// Loads the dataset: the bundled one, or a same-origin `data=` file, with
// progress, a timeout and a retry. Validation happens here, once (docs/design.md §3).
import { useCallback, useEffect, useState } from 'react';
import bundled from '../../data/contacts.json';
import { fetchText, FetchTextError, type FetchFailure } from '../adapters/data/fetch-text.ts';
import type { Dataset } from '../model/schema.ts';
import type { ParseResult } from '../model/validate.ts';
import type { Problem } from '../model/problem-codes.ts';
import { isCsvPath, parseText, parseValue, quickResult } from './parse-lazily.ts';

export type LoadState =
  | { status: 'loading'; progress: number | null; loaded: number }
  | { status: 'ready'; data: Dataset; problems: Problem[] }
  | { status: 'failed'; failure: FetchFailure | null; problems: Problem[] };

// Clean, so no validator is loaded for it; if an edit broke it, the full check runs (and says why).
const bundledResult = quickResult(bundled);

function readyOrFailed(result: ParseResult): LoadState {
  return result.data
    ? { status: 'ready', data: result.data, problems: result.problems }
    : { status: 'failed', failure: null, problems: result.problems };
}

export function useDataset(url: string | null): { state: LoadState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [remote, setRemote] = useState<{ key: string; state: LoadState } | null>(null);
  const key = `${url ?? ''}#${attempt}`;

  useEffect(function loadDataset() {
    if (url === null && bundledResult) return;
    const controller = new AbortController();
    const set = (state: LoadState) => setRemote({ key, state });
    if (url === null) {
      void parseValue(bundled).then((result) => controller.signal.aborted || set(readyOrFailed(result)));
      return function abortParse() { controller.abort(); };
    }
    fetchText(url, {
      signal: controller.signal,
      spreadsheet: isCsvPath(url),
      onProgress: (loaded, total) => set({ status: 'loading', loaded, progress: total ? loaded / total : null }),
    }).then(
      (fetched) => parseText(fetched, url, bundled).then((result) => controller.signal.aborted || set(readyOrFailed(result))),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        set({ status: 'failed', failure: err instanceof FetchTextError ? err.failure : { reason: 'network' }, problems: [] });
      },
    );
    return function abortLoad() { controller.abort(); };
  }, [url, key]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  if (url === null && bundledResult) return { state: readyOrFailed(bundledResult), retry };
  const state = remote?.key === key ? remote.state : { status: 'loading' as const, progress: null, loaded: 0 };
  return { state, retry };
}
