// Issue 7: the zod validator (validate.ts) is loaded only when a file is not
// plainly valid; a clean file goes through the fast path, with the same result.
import { quickParseDataset } from '../model/quick-parse.ts';
import type { ParseResult } from '../model/validate.ts';

/** The bundled file's result when it is clean (it should always be), else null. */
export function quickResult(input: unknown): ParseResult | null {
  const data = quickParseDataset(input);
  return data ? { data, problems: [] } : null;
}

/** Parses a dataset file's text: fast path first, the full validator (loaded on demand) for the rest. */
export async function parseText(text: string): Promise<ParseResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return (await import('../model/validate.ts')).parseDatasetText(text); // words the JSON error with its line
  }
  return quickResult(json) ?? (await import('../model/validate.ts')).parseDataset(json);
}

export async function parseValue(input: unknown): Promise<ParseResult> {
  return quickResult(input) ?? (await import('../model/validate.ts')).parseDataset(input);
}
