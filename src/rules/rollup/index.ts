import type { Assessment, FactValue } from '../assessment/types.js';
import { compileRuleSet, type CompiledRuleSet } from '../evaluate/compile.js';
import type { Evaluation } from '../evaluate/types.js';
import { LearningSocietyError, toSafe, type Issue, type SafeResult } from '../../core/errors/index.js';
import { LEVEL_LABELS, LEVELS, MODEL_LABELS, MODELS, type Level, type Model } from '../../core/model/index.js';
import type { Rollup, RuleSet } from '../rule-set/schema.js';
import { valueText } from '../../core/internal/value-text.js';

/** One result from below: an {@link Evaluation}, or any record saying which model it is and whether it was recognised. */
export interface RollupResult {
  readonly model: Model;
  readonly level?: Level;
  readonly recognized: boolean;
}

/** Results from below already counted: how many of a model were evaluated and how many recognised. */
export interface RollupCount {
  readonly model: Model;
  readonly level?: Level;
  readonly evaluated: number;
  readonly recognized: number;
}

/** How many units of a model the area has (e.g. every household), the base of a share "of all". */
export interface RollupPopulation {
  readonly model: Model;
  readonly level?: Level;
  readonly count: number;
}

/** The input of {@link evaluateWithRollup}. */
export interface RollupInput {
  /** Points and facts of the unit itself (e.g. the commune's judged indicators). Rolled-up indicators come from `below`. */
  readonly assessment?: Assessment;
  /** The results of the units below: evaluations, records, or counts, in any mix. */
  readonly below: readonly (RollupResult | RollupCount)[];
  /** How many units of each model the area has, for shares of the whole population. */
  readonly populations?: readonly RollupPopulation[];
}

/** Where a rolled-up fact came from. */
export interface RolledUpFact {
  readonly indicator: string;
  readonly model: Model;
  readonly level?: Level;
  /** Results below of that model (and level) that were recognised. */
  readonly recognized: number;
  /** Results below of that model (and level) that were evaluated. */
  readonly evaluated: number;
  /** The base of a ratio: the population given, or the number evaluated. Absent for counts. */
  readonly whole?: number;
  readonly of?: 'population' | 'evaluated';
}

/** An {@link Evaluation} whose facts were partly rolled up from below, with the trace of each. */
export interface RollupEvaluation extends Evaluation {
  readonly rolledUp: readonly RolledUpFact[];
}

function matches(r: Rollup, item: { model: Model; level?: Level }): boolean {
  return item.model === r.model && (r.level === undefined || item.level === r.level);
}

function describeModel(model: Model, level: Level | undefined, lang: 'vi' | 'en'): string {
  const m = MODEL_LABELS[model][lang];
  return level ? `${m} (${LEVEL_LABELS[level][lang]})` : m;
}

/**
 * Works out the facts of a rule set's rolled-up indicators from the results below, with their trace; the other
 * indicators are left to the assessment. A share "of the population" needs the population of that model; when there
 * is neither a population nor any result of that model, the fact is left missing.
 *
 * @throws {@link LearningSocietyError} `invalid_input` for malformed results, a missing population, or a
 * population smaller than the number recognised.
 *
 * @example
 * ```ts
 * import { rollupFacts, getRuleSet } from 'vn-learning-society';
 * const { facts } = rollupFacts(getRuleSet('learning-community-commune-tt25-2023'), {
 *   below: [{ model: 'learning-family', evaluated: 900, recognized: 720 }],
 *   populations: [{ model: 'learning-family', count: 1000 }],
 * });
 * facts['effects.learning-families']; // { part: 720, whole: 1000 }
 * ```
 */
export function rollupFacts(ruleSet: RuleSet, input: Omit<RollupInput, 'assessment'>): { facts: Record<string, FactValue>; trace: RolledUpFact[] } {
  const issues: Issue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidInput([{ path: [], code: 'invalid_type', message: { vi: 'dữ liệu tổng hợp phải là một đối tượng', en: 'the roll-up input must be an object' } }]);
  }
  const below = Array.isArray(input.below) ? input.below : [];
  if (!Array.isArray(input.below)) {
    issues.push({ path: ['below'], code: 'invalid_type', message: { vi: '"below" phải là một danh sách', en: '"below" must be a list' } });
  }
  const populations: readonly RollupPopulation[] = input.populations === undefined ? [] : Array.isArray(input.populations) ? input.populations : [];
  if (input.populations !== undefined && !Array.isArray(input.populations)) {
    issues.push({ path: ['populations'], code: 'invalid_type', message: { vi: '"populations" phải là một danh sách', en: '"populations" must be a list' } });
  }
  below.forEach((item, i) => checkItem(item, ['below', i], issues));
  populations.forEach((p, i) => checkPopulation(p, ['populations', i], issues));
  if (issues.length > 0) throw invalidInput(issues);

  const facts: Record<string, FactValue> = {};
  const trace: RolledUpFact[] = [];
  for (const c of ruleSet.criteria) {
    for (const ind of c.indicators) {
      if ((ind.kind !== 'count' && ind.kind !== 'ratio') || ind.rollup === undefined) continue;
      const r = ind.rollup;
      let evaluated = 0;
      let recognized = 0;
      for (const item of below) {
        if (!matches(r, item)) continue;
        if ('evaluated' in item) {
          evaluated += item.evaluated;
          recognized += item.recognized;
        } else {
          evaluated += 1;
          if (item.recognized) recognized += 1;
        }
      }
      const base = { indicator: ind.id, model: r.model, ...(r.level ? { level: r.level } : {}), recognized, evaluated };
      if (ind.kind === 'count') {
        facts[ind.id] = recognized;
        trace.push(base);
        continue;
      }
      const of = r.of ?? 'population';
      let whole = evaluated;
      if (of === 'population') {
        const pops = populations.filter((p) => matches(r, p));
        // Nothing of that model below and no population: the fact stays missing (0 points, listed in `missing`).
        if (pops.length === 0 && evaluated === 0) continue;
        if (pops.length === 0) {
          issues.push({
            path: ['populations'],
            code: 'missing_population',
            rule: ind.id,
            message: {
              vi: `cần số lượng “${describeModel(r.model, r.level, 'vi')}” của địa bàn để tính chỉ báo "${ind.id}"`,
              en: `the number of “${describeModel(r.model, r.level, 'en')}” in the area is needed for indicator "${ind.id}"`,
            },
          });
          continue;
        }
        whole = pops.reduce((s, p) => s + p.count, 0);
        if (recognized > whole) {
          issues.push({
            path: ['populations'],
            code: 'part_above_whole',
            rule: ind.id,
            message: {
              vi: `${recognized} kết quả được công nhận nhưng địa bàn chỉ có ${whole} “${describeModel(r.model, r.level, 'vi')}”`,
              en: `${recognized} results are recognised but the area has only ${whole} “${describeModel(r.model, r.level, 'en')}”`,
            },
          });
          continue;
        }
      }
      facts[ind.id] = { part: recognized, whole };
      trace.push({ ...base, whole, of });
    }
  }
  if (issues.length > 0) throw invalidInput(issues);
  return { facts, trace };
}

/**
 * Evaluates a unit (e.g. a commune) whose indicators are partly rolled up from the results below it (its families,
 * clans, hamlets, units): one call from grass-roots results to the commune's class or level. The result lists
 * where each rolled-up fact came from. Pass a compiled rule set to evaluate many units.
 *
 * @throws {@link LearningSocietyError} `invalid_input` (bad results below) or `invalid_assessment`, including an
 * assessment that gives a fact the rule set rolls up.
 *
 * @example
 * ```ts
 * import { evaluateWithRollup, getRuleSet } from 'vn-learning-society';
 * const commune = evaluateWithRollup(getRuleSet('learning-community-commune-tt25-2023'), {
 *   below: [
 *     { model: 'learning-family', recognized: true },
 *     { model: 'learning-family', recognized: false },
 *   ],
 *   populations: [{ model: 'learning-family', count: 2 }],
 * });
 * commune.rolledUp[0]?.recognized; // 1
 * ```
 */
export function evaluateWithRollup(ruleSet: RuleSet | CompiledRuleSet, input: RollupInput): RollupEvaluation {
  const score = typeof ruleSet === 'function' ? ruleSet : compileRuleSet(ruleSet);
  const { facts, trace } = rollupFacts(score.ruleSet, input);
  const own = input.assessment ?? {};
  const ownFacts = (own.facts ?? {}) as Record<string, unknown>;
  const clashes = trace.filter((t) => Object.hasOwn(ownFacts, t.indicator));
  if (clashes.length > 0) {
    throw new LearningSocietyError(
      'invalid_assessment',
      { vi: 'Phiếu đánh giá ghi đè dữ kiện tổng hợp từ cấp dưới', en: 'The assessment overrides facts rolled up from below' },
      clashes.map((t) => ({
        path: ['facts', t.indicator],
        code: 'rolled_up',
        rule: t.indicator,
        message: {
          vi: `chỉ báo "${t.indicator}" được tính từ kết quả cấp dưới; không ghi trong phiếu`,
          en: `indicator "${t.indicator}" is computed from the results below; leave it out of the assessment`,
        },
      })),
    );
  }
  const evaluation = score({ ...own, facts: { ...(own.facts ?? {}), ...facts } });
  return { ...evaluation, rolledUp: trace };
}

/**
 * Like {@link evaluateWithRollup}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { getRuleSet, safeEvaluateWithRollup } from 'vn-learning-society';
 * // The commune's share is of all its hamlets, so it needs how many there are (`populations`):
 * // without it the result says so instead of throwing.
 * const r = safeEvaluateWithRollup(getRuleSet('learning-community-commune-tt25-2023'), {
 *   assessment: { id: 'xa-a' },
 *   below: [{ model: 'learning-community', level: 'hamlet', evaluated: 9, recognized: 6 }],
 * });
 * r.success; // false
 * r.success ? undefined : r.error.issues[0]?.code; // 'missing_population'
 * ```
 */
export function safeEvaluateWithRollup(ruleSet: RuleSet | CompiledRuleSet, input: RollupInput): SafeResult<RollupEvaluation> {
  return toSafe(() => evaluateWithRollup(ruleSet, input));
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

function checkModelLevel(item: Record<string, unknown>, path: (string | number)[], issues: Issue[]): void {
  if (!(MODELS as readonly unknown[]).includes(item.model)) {
    issues.push({ path: [...path, 'model'], code: 'invalid_model', message: { vi: `mô hình không hợp lệ: ${valueText(item.model)}`, en: `not a model: ${valueText(item.model)}` } });
  }
  if (item.level !== undefined && !(LEVELS as readonly unknown[]).includes(item.level)) {
    issues.push({ path: [...path, 'level'], code: 'invalid_level', message: { vi: `cấp không hợp lệ: ${valueText(item.level)}`, en: `not a level: ${valueText(item.level)}` } });
  }
}

function checkItem(item: unknown, path: (string | number)[], issues: Issue[]): void {
  if (typeof item !== 'object' || item === null) {
    issues.push({ path, code: 'invalid_type', message: { vi: 'mỗi kết quả phải là một đối tượng', en: 'each result must be an object' } });
    return;
  }
  const it = item as Record<string, unknown>;
  checkModelLevel(it, path, issues);
  if ('evaluated' in it) {
    if (!isCount(it.evaluated) || !isCount(it.recognized)) {
      issues.push({ path, code: 'invalid_count', message: { vi: 'evaluated và recognized phải là số nguyên không âm', en: 'evaluated and recognized must be non-negative whole numbers' } });
    } else if (it.recognized > it.evaluated) {
      issues.push({ path: [...path, 'recognized'], code: 'part_above_whole', message: { vi: `số được công nhận (${it.recognized}) lớn hơn số được đánh giá (${it.evaluated})`, en: `recognized (${it.recognized}) is larger than evaluated (${it.evaluated})` } });
    }
  } else if (typeof it.recognized !== 'boolean') {
    issues.push({ path: [...path, 'recognized'], code: 'invalid_type', message: { vi: 'recognized phải là true hoặc false', en: 'recognized must be true or false' } });
  }
}

function checkPopulation(p: unknown, path: (string | number)[], issues: Issue[]): void {
  if (typeof p !== 'object' || p === null) {
    issues.push({ path, code: 'invalid_type', message: { vi: 'mỗi số lượng phải là một đối tượng', en: 'each population must be an object' } });
    return;
  }
  const it = p as Record<string, unknown>;
  checkModelLevel(it, path, issues);
  if (!isCount(it.count)) {
    issues.push({ path: [...path, 'count'], code: 'invalid_count', message: { vi: 'count phải là số nguyên không âm', en: 'count must be a non-negative whole number' } });
  }
}

function invalidInput(issues: Issue[]): LearningSocietyError {
  return new LearningSocietyError('invalid_input', { vi: 'Kết quả cấp dưới không hợp lệ', en: 'Invalid results from below' }, issues);
}
