// Where a dataset file stops being JSON. V8's message gives no position for
// "Unexpected token", and other browsers word it differently, so the position
// comes from jsonc-parser's scanner (in strict JSON mode), loaded only for a
// file that JSON.parse refused.
import { parse, type ParseError } from 'jsonc-parser';
import type { Problem } from './problem-codes.ts';

/** "line:column" (1-based) of the first syntax error; undefined when there is none. */
export function jsonErrorAt(text: string): string | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
}

/** The one problem of a file that is not JSON. */
export function notJsonProblem(text: string): Problem {
  return { severity: 'error', action: 'unreadable', section: 'file', field: '', code: 'not_json', detail: jsonErrorAt(text) };
}
