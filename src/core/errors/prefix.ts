import type { Issue, IssuePath } from './index.js';
import { requireObject, requirePath } from '../internal/args.js';

/**
 * The issue of a part as an issue of the whole it sits in: its path, and every path among its fields (the `first` of
 * a `duplicate_id`), put under `prefix`. For a function that checks a part (a schedule in a plan, a rule set in a
 * request) and reports against the whole.
 *
 * @example
 * ```ts
 * import { prefixIssue, type Issue } from 'vn-learning-society';
 * const inSchedule: Issue = { path: [2, 'id'], code: 'duplicate_id', id: 'a', first: [0, 'id'], message: { vi: 'trùng mã "a"', en: 'duplicate id "a"' } };
 * const inPlan = prefixIssue(inSchedule, ['schedule']);
 * inPlan.path; // ['schedule', 2, 'id']
 * inPlan.code === 'duplicate_id' && inPlan.first; // ['schedule', 0, 'id']
 * ```
 */
export function prefixIssue<T extends Issue>(issue: T, prefix: IssuePath): T {
  requireObject(issue, 'issue');
  requirePath(issue.path, 'issue.path');
  requirePath(prefix, 'prefix');
  if (prefix.length === 0) return issue;
  const out: Issue = { ...issue, path: [...prefix, ...issue.path] };
  const moved = out.code === 'duplicate_id' && out.first !== undefined ? { ...out, first: [...prefix, ...requirePath(out.first, 'issue.first')] } : out;
  return moved as T;
}
