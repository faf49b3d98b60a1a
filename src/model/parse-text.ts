// The text of a dataset file: JSON first (a BOM, as some editors save one, is
// skipped), then the contract (validate.ts).
import { notJsonProblem } from './json-text.ts';
import { parseDataset, type ParseOptions, type ParseResult } from './validate.ts';

export function parseDatasetText(text: string, options: ParseOptions = {}): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { data: null, problems: [notJsonProblem(body)] };
  }
  return parseDataset(json, options);
}
