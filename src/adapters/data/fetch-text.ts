// Fetches a dataset file from the page's own origin, reporting progress, and
// ends in a clear failure (never a spinner forever) on 404, network or timeout.
import { takeEarlyResponse } from './early-fetch.ts';
import type { TextEncodingName } from '../../model/text-encoding.ts';

export type FetchFailure = { reason: 'http'; status: number } | { reason: 'network' } | { reason: 'timeout' } | { reason: 'too_large' };

export class FetchTextError extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.reason);
  }
}

export interface FetchTextOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  onProgress?: (loaded: number, total: number | null) => void;
  /** A spreadsheet: read as Windows-1252 when its bytes are not UTF-8 (src/model/text-encoding.ts). */
  spreadsheet?: boolean;
}

export interface FetchedText { text: string; encoding: TextEncodingName }

/** A chunked decoder: UTF-8 as the chunks arrive; a spreadsheet's (its own chunk, like the CSV reader) falls back at the end. */
async function decoderFor(spreadsheet: boolean) {
  if (spreadsheet) return (await import('../../model/text-encoding.ts')).spreadsheetDecoder();
  const utf8 = new TextDecoder();
  const parts: string[] = [];
  return {
    push: (chunk: Uint8Array) => void parts.push(utf8.decode(chunk, { stream: true })),
    end: (): FetchedText => ({ text: parts.join('') + utf8.decode(), encoding: 'utf-8' }),
  };
}

async function readBody(res: Response, maxBytes: number, options: FetchTextOptions): Promise<FetchedText> {
  const total = Number(res.headers.get('content-length')) || null;
  // Each chunk is decoded as it arrives, while the next is still on the wire:
  // decoding 55 MB at the end took a quarter of a second after the download.
  const decoder = await decoderFor(options.spreadsheet === true);
  if (!res.body) {
    decoder.push(new Uint8Array(await res.arrayBuffer()));
    return decoder.end();
  }
  const reader = res.body.getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > maxBytes) {
      await reader.cancel();
      throw new FetchTextError({ reason: 'too_large' });
    }
    decoder.push(value);
    options.onProgress?.(loaded, total);
  }
  return decoder.end();
}

export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchedText> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? 20_000);
  options.signal?.addEventListener('abort', () => controller.abort());
  try {
    // credentials: same-origin only; redirect: error so a same-origin path cannot bounce elsewhere.
    // Accept: servers with an SPA fallback (vite preview, many static hosts) answer a
    // missing file with index.html and 200 unless the request asks for JSON only.
    const early = takeEarlyResponse(url);
    if (early) controller.signal.addEventListener('abort', early.abort);
    const res = await (early?.response ?? fetch(url, {
      signal: controller.signal, credentials: 'same-origin', redirect: 'error', headers: { Accept: 'application/json' },
    }));
    if (!res.ok) throw new FetchTextError({ reason: 'http', status: res.status });
    // A host that rewrites every path to index.html anyway: the file is not there.
    if (/text\/html/i.test(res.headers.get('content-type') ?? '')) throw new FetchTextError({ reason: 'http', status: 404 });
    return await readBody(res, options.maxBytes ?? 100 * 1024 * 1024, options);
  } catch (err) {
    if (err instanceof FetchTextError) throw err;
    if (options.signal?.aborted) throw err;
    throw new FetchTextError(timedOut ? { reason: 'timeout' } : { reason: 'network' });
  } finally {
    clearTimeout(timer);
  }
}
