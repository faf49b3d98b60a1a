// zod's issues as the contract's problems: the code, the expected value and
// the value found, at the item's location (docs/dataset.md, "Problems").
import type { z } from 'zod';
import { showValue, type Action, type Problem, type ProblemCode, type Section, type Severity } from './problem-codes.ts';

const CUSTOM_CODES = new Set<string>(['bad_date', 'end_before_date', 'name_required', 'bad_format']);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function codeOf(issue: z.core.$ZodIssue, value: unknown): ProblemCode {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'missing';
  switch (issue.code) {
    case 'invalid_type': return 'invalid_type';
    case 'too_big': return issue.origin === 'number' ? 'out_of_range' : 'too_long';
    case 'too_small': return issue.origin === 'number' ? 'out_of_range' : 'too_short';
    case 'invalid_format': return 'bad_format';
    case 'invalid_value': return 'bad_value';
    case 'custom': return CUSTOM_CODES.has(issue.message) ? (issue.message as ProblemCode) : 'bad_value';
    default: return 'bad_value';
  }
}

function detailOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_value') return issue.values.map(String).join(', ');
  if (issue.code === 'too_big' || issue.code === 'too_small') return String(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (issue.code === 'invalid_type') return issue.expected;
  return undefined;
}

function readableId(item: unknown): string | undefined {
  const id = valueAt(item, ['id']);
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

export interface Outcome { severity: Severity; action: Action }
export const LEFT_OUT: Outcome = { severity: 'error', action: 'left_out' };

/** One problem per issue, located in `section` (at `index`, under `prefix`), with what was done. */
export function issuesToProblems(
  section: Section, item: unknown, error: z.ZodError, outcome: Outcome, index?: number, prefix: PropertyKey[] = [],
): Problem[] {
  const id = section === 'header' ? undefined : readableId(item);
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const p: Problem = { ...outcome, section, field: path.map(String).join('.'), code: codeOf(issue, valueAt(item, path)) };
    const detail = detailOf(issue);
    const value = showValue(valueAt(item, path));
    if (value !== undefined) p.value = value;
    if (index !== undefined) p.index = index;
    if (id !== undefined) p.id = id;
    if (detail !== undefined) p.detail = detail;
    return p;
  });
}
