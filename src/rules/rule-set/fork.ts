import { toSafe, type SafeResult } from '../../core/errors/index.js';
import type { InputLimits } from '../../core/untrusted/index.js';
import { forkDocument, type DocumentPatch, type ForkMeta } from '../../document/fork/index.js';
import { parseRuleSet } from './parse.js';
import { RULE_SET_KEYED_FIELDS } from './keyed.js';
import type { RuleSet } from './schema.js';

/**
 * Derives a new rule set (e.g. a province's) from a base by patching only what changes, and validates the
 * result. The fork records the base it was derived from; its sources are the fork's own (from `meta`) followed
 * by the base's. A patch from untrusted JSON is bounded and cannot reach prototypes; a patch that would give an
 * invalid rule set (an unreachable threshold, a maximum that no longer adds up) is refused with the path of each
 * problem.
 *
 * @throws {@link LearningSocietyError} `untrusted_input`, `invalid_patch` or `invalid_rule_set`.
 *
 * @example
 * ```ts
 * import { forkRuleSet, getRuleSet, diffRuleSets } from 'vn-learning-society';
 * const national = getRuleSet('learning-family-khvn-2015');
 * const province = forkRuleSet(
 *   national,
 *   { outcome: { rules: { 'min-total': { points: 85 } } } },
 *   { id: 'learning-family-dong-thap-2015', jurisdiction: { code: 'VN-45', name: { vi: 'Tỉnh Đồng Tháp', en: 'Dong Thap province' } } },
 * );
 * diffRuleSets(national, province).map((c) => c.message.en);
 * ```
 */
export function forkRuleSet(base: RuleSet, patch: DocumentPatch | string, meta: ForkMeta, options: { limits?: InputLimits } = {}): RuleSet {
  return forkDocument(base, patch, meta, {
    keyedFields: RULE_SET_KEYED_FIELDS,
    parse: (input) => parseRuleSet(input, options.limits ? { limits: options.limits } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
}

/**
 * Like {@link forkRuleSet}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeForkRuleSet, getRuleSet } from 'vn-learning-society';
 * const r = safeForkRuleSet(getRuleSet('learning-family-khvn-2015'), '{"__proto__": {"x": 1}}', {
 *   id: 'x', jurisdiction: { code: 'VN-X', name: { vi: 'X', en: 'X' } },
 * });
 * r.success; // false
 * ```
 */
export function safeForkRuleSet(base: RuleSet, patch: DocumentPatch | string, meta: ForkMeta, options: { limits?: InputLimits } = {}): SafeResult<RuleSet> {
  return toSafe(() => forkRuleSet(base, patch, meta, options));
}
