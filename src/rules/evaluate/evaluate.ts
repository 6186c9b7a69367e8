import type { Assessment } from '../assessment/types.js';
import { toSafe, type SafeResult } from '../../core/errors/index.js';
import { isDeepFrozen } from '../../core/internal/deep-freeze.js';
import type { RuleSet } from '../rule-set/schema.js';
import { compileRuleSet, type CompiledRuleSet } from './compile.js';
import type { EvaluateOptions, Evaluation } from './types.js';

/**
 * The compiled form of each rule-set object `evaluate` was given: a loop of `evaluate` calls compiles once. A
 * deeply frozen rule set (the shipped ones) can never change, so the object is enough; any other is compared by its
 * text, so that a rule set changed in place is compiled again.
 */
let compiled = new WeakMap<object, { text: string | undefined; byMissing: Map<string, CompiledRuleSet> }>();

/**
 * Forgets every compiled rule set, so that the next `evaluate` compiles again. For the mutation tests
 * (test/setup/fresh-compile.ts): each test must run the planning code it relies on, or a mutant of it is credited to
 * the one test that compiled the rule set first.
 *
 * @internal
 */
export function forgetCompiledRuleSets(): void {
  compiled = new WeakMap();
}

function compiledFor(ruleSet: RuleSet, options: EvaluateOptions | undefined): CompiledRuleSet {
  if (typeof ruleSet !== 'object' || ruleSet === null) return compileRuleSet(ruleSet, options);
  const key = `${options?.missing ?? 'zero'}${options?.strict === true ? ':strict' : ''}`;
  let entry = compiled.get(ruleSet);
  if (entry === undefined || entry.text !== undefined) {
    let text: string | undefined;
    if (entry === undefined && isDeepFrozen(ruleSet)) text = undefined;
    else {
      try {
        text = JSON.stringify(ruleSet);
      } catch {
        return compileRuleSet(ruleSet, options); // not JSON (a cycle, a BigInt): compiling says what is wrong
      }
    }
    if (entry === undefined || entry.text !== text) {
      entry = { text, byMissing: new Map() };
      compiled.set(ruleSet, entry);
    }
  }
  let score = entry.byMissing.get(key);
  if (score === undefined) {
    score = compileRuleSet(ruleSet, options);
    entry.byMissing.set(key, score);
  }
  return score;
}

/**
 * Scores one assessment against a rule set and explains the outcome. The compiled form of the rule set is kept for
 * the next call with the same object (and recompiled if the object was changed), so `evaluate` in a loop is fast;
 * {@link compileRuleSet} gives the compiled function itself, for the fastest loop.
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
  return compiledFor(ruleSet, options)(assessment);
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
export function safeEvaluate(ruleSet: RuleSet, assessment: unknown, options?: EvaluateOptions): SafeResult<Evaluation> {
  return toSafe(() => evaluate(ruleSet, assessment as Assessment, options));
}
