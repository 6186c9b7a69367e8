import { toSafe, type SafeResult } from '../../core/errors/index.js';
import { parseChecked } from '../../core/internal/check.js';
import type { InputLimits } from '../../core/untrusted/index.js';
import type { RuleSet } from './schema.js';
import { ruleSetIssues } from './validate.js';
import { requireObject } from '../../core/internal/args.js';

/** Options of {@link parseRuleSet}. */
export interface ParseRuleSetOptions {
  /** Size limits for untrusted input; see {@link DEFAULT_INPUT_LIMITS}. */
  readonly limits?: InputLimits;
}

/**
 * Validates a rule set from any source (an object, or JSON text from a file or an upload) and returns a
 * fresh, checked copy. Untrusted input is bounded first (size, depth, no `__proto__`-style keys), then checked
 * against the shape and consistency checks of a rule set (those of `ruleSetSchema` in `vn-learning-society/schemas`, without zod); every problem is reported with its path in Vietnamese and English.
 *
 * @throws {@link LearningSocietyError} `untrusted_input` or `invalid_rule_set`.
 *
 * @example
 * ```ts
 * import { parseRuleSet, getRuleSet } from 'vn-learning-society';
 * const json = JSON.stringify(getRuleSet('learning-clan-khvn-2015'));
 * const ruleSet = parseRuleSet(json);
 * ruleSet.model; // 'learning-clan'
 * ```
 */
export function parseRuleSet(input: unknown, options: ParseRuleSetOptions = {}): RuleSet {
  requireObject(options, 'options');
  return parseChecked(input, ruleSetIssues, 'invalid_rule_set', { vi: 'Bộ tiêu chí không hợp lệ', en: 'Invalid rule set' }, options.limits);
}

/**
 * Like {@link parseRuleSet}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseRuleSet } from 'vn-learning-society';
 * const r = safeParseRuleSet('{"id": 1}');
 * if (!r.success) console.log(r.error.describe('vi'));
 * ```
 */
export function safeParseRuleSet(input: unknown, options: ParseRuleSetOptions = {}): SafeResult<RuleSet> {
  return toSafe(() => parseRuleSet(input, options));
}

