import { toSafe, type SafeResult } from '../../core/errors/index.js';
import type { Assessment } from '../assessment/types.js';
import { checkedRuleSet } from '../rule-set/validate.js';
import type { RuleSet } from '../rule-set/schema.js';
import { checkAssessment, scratchFor } from './check.js';
import { planScoring } from './plan.js';
import { scoreAssessment, unconfirmedMemoFor } from './score.js';
import { declaredUnconfirmed, unconfirmedError } from './unconfirmed.js';
import type { EvaluateOptions, Evaluation } from './types.js';
import { badArgument, requireObject } from '../../core/internal/args.js';

/**
 * A rule set compiled for scoring many assessments: call it with an assessment to get an
 * {@link Evaluation}; `safe` returns a result object instead of throwing.
 */
export interface CompiledRuleSet {
  (assessment: Assessment): Evaluation;
  /**
   * Like calling the function, but returns `{ success, data | error }` instead of throwing. Takes `unknown`: pass a
   * submitted form or parsed JSON as it is; it is checked before it is scored.
   */
  readonly safe: (assessment: unknown) => SafeResult<Evaluation>;
  /** The validated, frozen rule set this was compiled from. */
  readonly ruleSet: RuleSet;
}

/**
 * Validates a rule set once and returns a function that scores assessments against it. Use it whenever
 * more than one assessment is scored with the same rule set: validation, indexing and the exact
 * thresholds are worked out here, not per assessment.
 *
 * @throws {@link LearningSocietyError} `invalid_rule_set` when the rule set is not valid.
 *
 * @example
 * ```ts
 * import { compileRuleSet, getRuleSet } from 'vn-learning-society';
 * const scoreFamily = compileRuleSet(getRuleSet('learning-family-khvn-2015'));
 * const result = scoreFamily({ points: { 'children.results': 10 } });
 * result.total; // 10
 * result.recognized; // false
 * result.missing.length; // 9
 * ```
 */
export function compileRuleSet(ruleSet: RuleSet, options: EvaluateOptions = {}): CompiledRuleSet {
  requireObject(options, 'options');
  if (options.strict !== undefined && typeof options.strict !== 'boolean') badArgument('options.strict', { vi: 'true hoặc false', en: 'true or false' }, options.strict);
  if (options.missing !== undefined && options.missing !== 'zero' && options.missing !== 'error') badArgument('options.missing', { vi: '"zero" (tính 0 điểm) hoặc "error" (báo lỗi)', en: '"zero" (score 0) or "error" (refuse)' }, options.missing);
  // Three steps: plan once (validate, index, exact thresholds), then for each assessment check it into a working
  // space reused by every call, and score it.
  const rs = checkedRuleSet(ruleSet);
  const plan = planScoring(rs);
  if (options.strict === true) {
    const open = declaredUnconfirmed(plan.unconfirmed);
    if (open.length > 0) throw unconfirmedError(rs, open);
  }
  const scratch = scratchFor(plan);
  const memo = unconfirmedMemoFor(plan);
  const requireAll = options.missing === 'error';
  // The steps as local bindings: a module transformer (vitest's) may turn an imported binding into a property read.
  const check = checkAssessment;
  const score = scoreAssessment;
  const run = (assessment: Assessment): Evaluation => {
    check(plan, scratch, requireAll, assessment);
    return score(plan, scratch, memo);
  };
  const compiled = run as CompiledRuleSet;
  Object.defineProperty(compiled, 'safe', { value: (a: unknown) => toSafe(() => run(a as Assessment)), enumerable: true });
  Object.defineProperty(compiled, 'ruleSet', { value: rs, enumerable: true });
  return compiled;
}
