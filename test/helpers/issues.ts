import { expect } from 'vitest';
import type { Issue } from 'vn-learning-society';

/** What a field of an issue holds: its type, and `?` when it may be absent. */
type FieldKind = 'number' | 'string' | 'path' | 'string?' | 'path?' | 'false?';

const LIMIT = { maximum: 'number' } as const;

/**
 * The fields each code that carries any must have (as `Issue` declares them), written out here on their own so that
 * the test does not read the library's types back: a code missing from this table carries no field.
 */
export const ISSUE_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldKind>>>> = {
  above_max: LIMIT,
  off_step: { step: 'number' },
  unknown_indicator: { id: 'string', suggestion: 'string?' },
  unknown_criterion: { id: 'string', suggestion: 'string?' },
  unknown_id: { id: 'string', suggestion: 'string?' },
  unknown_source: { id: 'string', suggestion: 'string?' },
  duplicate_id: { id: 'string', first: 'path?' },
  too_big: LIMIT,
  too_long: LIMIT,
  too_large: LIMIT,
  too_many_values: LIMIT,
  too_deep: LIMIT,
  string_too_long: LIMIT,
  too_small: { minimum: 'number', inclusive: 'false?' },
};

/** Every issue has these; a case file's issues add the file and line. */
const COMMON = new Set(['path', 'code', 'message', 'rule', 'file', 'line']);

const isPath = (v: unknown): boolean => Array.isArray(v) && v.every((p) => typeof p === 'string' || typeof p === 'number');

/** The issue has a path and a message in both languages, and exactly the fields its code carries, each of its kind. */
export function expectIssueFields(issue: Issue): void {
  const wanted = ISSUE_FIELDS[issue.code] ?? {};
  const where = `${String(issue.code)} at ${String(issue.path)}`;
  expect(isPath(issue.path), `${where}: the path is a list of strings and numbers`).toBe(true);
  expect(typeof issue.message?.vi === 'string' && typeof issue.message.en === 'string', `${where}: a message in both languages`).toBe(true);
  for (const key of Object.keys(issue)) {
    if (!COMMON.has(key)) expect(wanted[key], `${where}: field "${key}" is not one of its code's`).toBeDefined();
  }
  for (const [key, kind] of Object.entries(wanted)) {
    const value = (issue as unknown as Record<string, unknown>)[key];
    if (kind.endsWith('?') && value === undefined) continue;
    expect(key in issue, `${where}: field "${key}" is missing`).toBe(true);
    const base = kind.replace('?', '');
    if (base === 'path') expect(isPath(value), `${where}: "${key}" is a path`).toBe(true);
    else if (base === 'false') expect(value, `${where}: "${key}"`).toBe(false);
    else if (base === 'number') expect(Number.isFinite(value), `${where}: "${key}" is a finite number`).toBe(true);
    else expect(typeof value, `${where}: "${key}"`).toBe(base);
  }
}
