import * as z from 'zod';
import { parseWithBilingualIssues } from '../../core/errors/from-zod.js';
import { LearningSocietyError, toSafe, type SafeResult } from '../../core/errors/index.js';
import { checkUntrustedJson, type InputLimits } from '../../core/untrusted/index.js';
import { applyFieldHelp } from '../../document/field-help/index.js';
import { RULE_SET_FIELD_HELP } from './help.js';
import { ruleSetSchema, type RuleSet } from './schema.js';
import { requireObject } from '../../core/internal/args.js';

/** Options of {@link parseRuleSet}. */
export interface ParseRuleSetOptions {
  /** Size limits for untrusted input; see {@link DEFAULT_INPUT_LIMITS}. */
  readonly limits?: InputLimits;
}

/**
 * Validates a rule set from any source (an object, or JSON text from a file or an upload) and returns a
 * fresh, checked copy. Untrusted input is bounded first (size, depth, no `__proto__`-style keys), then checked
 * against {@link ruleSetSchema}; every problem is reported with its path in Vietnamese and English.
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
  const data = checkUntrustedJson(input, options.limits);
  const parsed = parseWithBilingualIssues(ruleSetSchema, data);
  if (parsed.ok) return parsed.data;
  throw new LearningSocietyError(
    'invalid_rule_set',
    { vi: 'Bộ tiêu chí không hợp lệ', en: 'Invalid rule set' },
    parsed.issues,
  );
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

/**
 * The JSON Schema (draft 2020-12) of a rule set, for editors, other languages and form builders. Every field carries
 * help in Vietnamese and English (`description`, and `x-description` as `{ vi, en }`). Cross-reference checks
 * (unique ids, sums) are only in {@link ruleSetSchema}.
 *
 * @example
 * ```ts
 * import { ruleSetJsonSchema } from 'vn-learning-society';
 * const schema = ruleSetJsonSchema();
 * schema.type; // 'object'
 * (schema.properties as any).maxTotal['x-description'].en; // 'The maximum total the source prints; checked against the sum of the criteria.'
 * ```
 */
export function ruleSetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ruleSetSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return applyFieldHelp(schema, RULE_SET_FIELD_HELP);
}
