import type { Assessment } from '../assessment/types.js';
import { toSafe, type SafeResult } from '../../core/errors/index.js';
import type { RuleSet } from '../rule-set/schema.js';
import { compileRuleSet } from './compile.js';
import type { EvaluateOptions, Evaluation } from './types.js';

/**
 * Scores one assessment against a rule set and explains the outcome. For many assessments with one rule set,
 * {@link compileRuleSet} once and call the compiled function instead: this validates the rule set every time.
 *
 * @throws {@link LearningSocietyError} `invalid_rule_set` or `invalid_assessment` (unknown indicator, points above
 * the maximum or off the step, a negative count, a ratio whose part exceeds its whole), naming the path and rule.
 *
 * @example
 * ```ts
 * import { evaluate, getRuleSet } from 'vn-learning-society';
 * const r = evaluate(getRuleSet('learning-family-khvn-2015'), {
 *   points: { 'children.results': 10, 'children.manners': 10 },
 *   facts: { 'children.attendance': { part: 2, whole: 2 } },
 * });
 * r.criteria[0]?.points; // 30
 * r.recognized; // false
 * r.shortfalls[0]?.message.vi; // 'Tổng điểm 30/100 chưa đạt mức tối thiểu 80 điểm'
 * ```
 */
export function evaluate(ruleSet: RuleSet, assessment: Assessment, options?: EvaluateOptions): Evaluation {
  return compileRuleSet(ruleSet, options)(assessment);
}

/**
 * Like {@link evaluate}, but returns `{ success: true, data }` or `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeEvaluate, getRuleSet } from 'vn-learning-society';
 * const r = safeEvaluate(getRuleSet('learning-family-khvn-2015'), { points: { 'children.results': 11 } });
 * r.success; // false
 * !r.success && r.error.issues[0]?.message.en; // '11 points is above the maximum of 10'
 * ```
 */
export function safeEvaluate(ruleSet: RuleSet, assessment: Assessment, options?: EvaluateOptions): SafeResult<Evaluation> {
  return toSafe(() => evaluate(ruleSet, assessment, options));
}
