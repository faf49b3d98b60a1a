// The zod validator (validate.ts) is loaded only when a file is not plainly
// valid; a clean file goes through the fast path, with the same result. A
// spreadsheet (data=….csv) and a JSON syntax error each load their own chunk.
import { quickParseDataset } from '../model/quick-parse.ts';
import type { ParseResult } from '../model/validate.ts';
import type { FetchedText } from '../adapters/data/fetch-text.ts';

/** The bundled file's result when it is clean (it should always be), else null. */
export function quickResult(input: unknown): ParseResult | null {
  const data = quickParseDataset(input);
  return data ? { data, problems: [] } : null;
}

/** A path to a spreadsheet: its name ends in .csv (before any query or fragment). */
export const isCsvPath = (path: string): boolean => /\.csv(?:[?#]|$)/i.test(path);

/**
 * Parses a dataset file's text: fast path first, the full validator (loaded on
 * demand) for the rest. A CSV holds events only: it takes the rest (header,
 * sources, partners, places) from `base`, as import-csv takes them from --base.
 */
export async function parseText({ text, encoding }: FetchedText, path: string, base: unknown): Promise<ParseResult> {
  if (isCsvPath(path)) {
    const [{ csvToDataset }, { withEncoding }] = await Promise.all([import('../model/csv-dataset.ts'), import('../model/text-encoding.ts')]);
    return withEncoding(csvToDataset(text, base), encoding);
  }
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { data: null, problems: [(await import('../model/json-text.ts')).notJsonProblem(body)] }; // words the JSON error with its line
  }
  return quickResult(json) ?? (await import('../model/validate.ts')).parseDataset(json);
}

export async function parseValue(input: unknown): Promise<ParseResult> {
  return quickResult(input) ?? (await import('../model/validate.ts')).parseDataset(input);
}
