import Decimal from 'decimal.js';
import type { Assessment } from '../assessment/types.js';
import { LearningSocietyError, toSafe, type Issue, type SafeResult } from '../errors/index.js';
import type { Label } from '../label/index.js';
import { citeSource } from '../legal-source/index.js';
import { parseRuleSet } from '../rule-set/parse.js';
import { indicatorMaxPoints, toUnits } from '../rule-set/points.js';
import type { Indicator, IndicatorKind, OutcomeRule, RuleSet } from '../rule-set/schema.js';
import { ASSESSMENT_MESSAGES as M, SHORTFALL_MESSAGES as S } from './messages.js';
import type {
  CitedSource,
  ClassResult,
  CriterionResult,
  EvaluateOptions,
  Evaluation,
  IndicatorResult,
  Shortfall,
} from './types.js';

/**
 * A rule set compiled for scoring many assessments: call it with an assessment to get an
 * {@link Evaluation}; `safe` returns a result object instead of throwing.
 */
export interface CompiledRuleSet {
  (assessment: Assessment): Evaluation;
  /** Like calling the function, but returns `{ success, data | error }` instead of throwing. */
  readonly safe: (assessment: Assessment) => SafeResult<Evaluation>;
  /** The validated, frozen rule set this was compiled from. */
  readonly ruleSet: RuleSet;
}

const JUDGED = 0;
const BOOLEAN = 1;
const COUNT = 2;
const RATIO = 3;
const KIND_CODE: Record<IndicatorKind, number> = { judged: JUDGED, boolean: BOOLEAN, count: COUNT, ratio: RATIO };

interface CIndicator {
  readonly id: string;
  readonly kind: IndicatorKind;
  readonly code: number;
  readonly label: Label;
  readonly criterion: number;
  readonly maxUnits: number;
  readonly maxPoints: number;
  /** judged: allowed step in units. */
  readonly stepUnits: number;
  readonly step: number;
  /** boolean: units when true. */
  readonly trueUnits: number;
  /** count: band thresholds; ratio: band numerators of the percentage. */
  readonly bandFrom: readonly number[];
  /** ratio: band denominators of the percentage (the percentage is bandFrom / bandDen). */
  readonly bandDen: readonly number[];
  readonly bandUnits: readonly number[];
  readonly zeroUnits: number;
}

interface CRule {
  readonly id: string;
  readonly kind: OutcomeRule['kind'];
  /** -1 for the total; else the criterion or indicator index. */
  readonly target: number;
  readonly targetId?: string;
  /** Required units, per criterion for `min-each-criterion`. */
  readonly required: readonly number[];
  readonly source: CitedSource;
  readonly uncertain: boolean;
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
 * const result = scoreFamily({ points: { 'children.attendance': 10 } });
 * result.total; // 10
 * result.recognized; // false
 * ```
 */
export function compileRuleSet(ruleSet: RuleSet, options: EvaluateOptions = {}): CompiledRuleSet {
  const rs = deepFreeze(parseRuleSet(ruleSet));
  const den = rs.pointDenominator ?? 1;
  const units = (p: number): number => toUnits(p, den)!;
  const requireAll = options.missing === 'error';

  const sourceById = new Map(rs.sources.map((s) => [s.id, s]));
  const cite = (ref: { ref: string; article?: string } | undefined): CitedSource => {
    const src = (ref && sourceById.get(ref.ref)) ?? rs.sources[0]!;
    const article = ref?.article ?? src.article;
    return {
      id: src.id,
      citation: citeSource(src, article),
      ...(article !== undefined ? { article } : {}),
      ...(src.uncertain ? { uncertain: true } : {}),
    };
  };

  const indicators: CIndicator[] = [];
  const indexOf: Record<string, number> = Object.create(null) as Record<string, number>;
  const criterionIndex: Record<string, number> = Object.create(null) as Record<string, number>;
  const criterionMaxUnits: number[] = [];
  rs.criteria.forEach((c, ci) => {
    criterionIndex[c.id] = ci;
    let sum = 0;
    for (const ind of c.indicators) {
      const compiled = compileIndicator(ind, ci, den);
      indexOf[ind.id] = indicators.length;
      indicators.push(compiled);
      sum += compiled.maxUnits;
    }
    criterionMaxUnits.push(sum);
  });
  const maxTotalUnits = criterionMaxUnits.reduce((a, b) => a + b, 0);
  const nInd = indicators.length;
  const nCrit = rs.criteria.length;

  /** Named rounding: a share of a maximum is required as the CEILING of the exact product, in point units. */
  const shareUnits = (percent: number, maxUnits: number): number =>
    new Decimal(String(percent)).times(maxUnits).div(100).ceil().toNumber();

  const compileRule = (r: OutcomeRule): CRule => {
    const base = { id: r.id, kind: r.kind, source: cite(r.source), uncertain: r.uncertain === true };
    switch (r.kind) {
      case 'min-total':
        return { ...base, target: -1, required: [units(r.points)] };
      case 'min-criterion': {
        const ci = criterionIndex[r.criterion]!;
        const req = r.points !== undefined ? units(r.points) : shareUnits(r.percent!, criterionMaxUnits[ci]!);
        return { ...base, target: ci, targetId: r.criterion, required: [req] };
      }
      case 'min-each-criterion':
        return { ...base, target: -1, required: criterionMaxUnits.map((m) => shareUnits(r.percent, m)) };
      case 'mandatory-indicator': {
        const ii = indexOf[r.indicator]!;
        const ind = indicators[ii]!;
        return { ...base, target: ii, targetId: r.indicator, required: [r.points !== undefined ? units(r.points) : ind.maxUnits] };
      }
    }
  };
  const recognitionRules = rs.outcome.rules.map(compileRule);
  const classes = (rs.outcome.classes ?? []).map((cl) => ({
    id: cl.id,
    label: cl.label,
    rules: cl.rules.map(compileRule),
  }));

  const checkRules = (
    rules: readonly CRule[],
    indUnits: Float64Array,
    critUnits: Float64Array,
    totalUnits: number,
  ): Shortfall[] => {
    let out: Shortfall[] | undefined;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      switch (rule.kind) {
        case 'min-total':
          if (totalUnits < rule.required[0]!) {
            (out ??= []).push(
              shortfall(rule, undefined, totalUnits, rule.required[0]!, S.minTotal(totalUnits / den, maxTotalUnits / den, rule.required[0]! / den)),
            );
          }
          break;
        case 'min-criterion': {
          const got = critUnits[rule.target]!;
          if (got < rule.required[0]!) {
            const c = rs.criteria[rule.target]!;
            (out ??= []).push(
              shortfall(rule, c.id, got, rule.required[0]!, S.minCriterion(c.label, got / den, criterionMaxUnits[rule.target]! / den, rule.required[0]! / den)),
            );
          }
          break;
        }
        case 'min-each-criterion':
          for (let c = 0; c < nCrit; c++) {
            const got = critUnits[c]!;
            if (got < rule.required[c]!) {
              const crit = rs.criteria[c]!;
              (out ??= []).push(
                shortfall(rule, crit.id, got, rule.required[c]!, S.minCriterion(crit.label, got / den, criterionMaxUnits[c]! / den, rule.required[c]! / den)),
              );
            }
          }
          break;
        case 'mandatory-indicator': {
          const got = indUnits[rule.target]!;
          if (got < rule.required[0]!) {
            const ind = indicators[rule.target]!;
            (out ??= []).push(
              shortfall(rule, ind.id, got, rule.required[0]!, S.mandatory(ind.label, got / den, ind.maxPoints, rule.required[0]! / den)),
            );
          }
          break;
        }
      }
    }
    return out ?? [];
  };

  const shortfall = (rule: CRule, target: string | undefined, gotUnits: number, reqUnits: number, message: Label): Shortfall => ({
    rule: rule.id,
    kind: rule.kind,
    ...(target !== undefined ? { target } : {}),
    required: reqUnits / den,
    actual: gotUnits / den,
    message,
    source: rule.source,
    ...(rule.uncertain ? { uncertain: true } : {}),
  });

  const run = (assessment: Assessment): Evaluation => {
    let issues: Issue[] | undefined;
    const bad = (path: (string | number)[], code: string, message: Label, rule?: string): void => {
      (issues ??= []).push(rule === undefined ? { path, code, message } : { path, code, message, rule });
    };
    if (typeof assessment !== 'object' || assessment === null || Array.isArray(assessment)) {
      throw invalid([{ path: [], code: 'not_object', message: M.notObject }]);
    }
    const a = assessment as Record<string, unknown>;
    for (const k in a) {
      if (k !== 'points' && k !== 'facts' && k !== 'id') bad([k], 'unknown_key', M.unknownKey(k));
    }
    if (a.id !== undefined && typeof a.id !== 'string') bad(['id'], 'invalid_type', M.idNotString);
    const points = bucket(a.points, 'points', bad);
    const facts = bucket(a.facts, 'facts', bad);
    if (points !== undefined) {
      for (const k in points) {
        const i = indexOf[k];
        if (i === undefined) bad(['points', k], 'unknown_indicator', M.unknownIndicator(k, rs.id), k);
        else if (indicators[i]!.code !== JUDGED) bad(['points', k], 'wrong_section', M.factUnderPoints(k), k);
      }
    }
    if (facts !== undefined) {
      for (const k in facts) {
        const i = indexOf[k];
        if (i === undefined) bad(['facts', k], 'unknown_indicator', M.unknownIndicator(k, rs.id), k);
        else if (indicators[i]!.code === JUDGED) bad(['facts', k], 'wrong_section', M.judgedUnderFacts(k), k);
      }
    }

    const indUnits = new Float64Array(nInd);
    const bands = new Int32Array(nInd);
    const inputs: unknown[] = new Array(nInd);
    let missing: string[] | undefined;
    for (let i = 0; i < nInd; i++) {
      const ind = indicators[i]!;
      const raw = ind.code === JUDGED ? points?.[ind.id] : facts?.[ind.id];
      inputs[i] = raw;
      if (raw === undefined) {
        (missing ??= []).push(ind.id);
        if (requireAll) bad([ind.code === JUDGED ? 'points' : 'facts', ind.id], 'missing', M.missing(ind.id), ind.id);
        bands[i] = -1;
        continue;
      }
      switch (ind.code) {
        case JUDGED: {
          const path = ['points', ind.id];
          if (typeof raw !== 'number' || !Number.isFinite(raw)) { bad(path, 'invalid_type', M.notNumber, ind.id); break; }
          if (raw < 0) { bad(path, 'negative', M.negative, ind.id); break; }
          const u = toUnits(raw, den);
          if (u === undefined || u % ind.stepUnits !== 0) { bad(path, 'off_step', M.offStep(raw, ind.step), ind.id); break; }
          if (u > ind.maxUnits) { bad(path, 'above_max', M.aboveMax(raw, ind.maxPoints), ind.id); break; }
          indUnits[i] = u;
          break;
        }
        case BOOLEAN:
          if (typeof raw !== 'boolean') { bad(['facts', ind.id], 'invalid_type', M.notBoolean, ind.id); break; }
          indUnits[i] = raw ? ind.trueUnits : 0;
          break;
        case COUNT: {
          if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) {
            bad(['facts', ind.id], typeof raw === 'number' && raw < 0 ? 'negative' : 'invalid_type', M.notCount, ind.id);
            break;
          }
          let b = -1;
          for (let k = 0; k < ind.bandFrom.length && raw >= ind.bandFrom[k]!; k++) b = k;
          bands[i] = b;
          indUnits[i] = b < 0 ? 0 : ind.bandUnits[b]!;
          break;
        }
        case RATIO: {
          const r = raw as { part?: unknown; whole?: unknown };
          const part = typeof r === 'object' && r !== null ? r.part : undefined;
          const whole = typeof r === 'object' && r !== null ? r.whole : undefined;
          if (
            typeof part !== 'number' || typeof whole !== 'number' ||
            !Number.isSafeInteger(part) || !Number.isSafeInteger(whole) ||
            Object.keys(r).length !== 2
          ) {
            bad(['facts', ind.id], 'invalid_type', M.notRatio, ind.id);
            break;
          }
          if (part < 0 || whole < 0) { bad(['facts', ind.id], 'negative', M.notRatio, ind.id); break; }
          if (part > whole) { bad(['facts', ind.id, 'part'], 'part_above_whole', M.partAboveWhole(part, whole), ind.id); break; }
          if (whole === 0) {
            bands[i] = -1;
            indUnits[i] = ind.zeroUnits;
            break;
          }
          let b = -1;
          for (let k = 0; k < ind.bandFrom.length && ratioAtLeast(part, whole, ind.bandFrom[k]!, ind.bandDen[k]!); k++) b = k;
          bands[i] = b;
          indUnits[i] = b < 0 ? 0 : ind.bandUnits[b]!;
          break;
        }
      }
    }
    if (issues !== undefined) throw invalid(issues);

    const critUnits = new Float64Array(nCrit);
    let totalUnits = 0;
    for (let i = 0; i < nInd; i++) critUnits[indicators[i]!.criterion]! += indUnits[i]!;
    for (let c = 0; c < nCrit; c++) totalUnits += critUnits[c]!;

    const criteria: CriterionResult[] = new Array(nCrit);
    let i = 0;
    for (let c = 0; c < nCrit; c++) {
      const crit = rs.criteria[c]!;
      const items: IndicatorResult[] = new Array(crit.indicators.length);
      for (let k = 0; k < items.length; k++, i++) {
        const ind = indicators[i]!;
        const res: { -readonly [K in keyof IndicatorResult]: IndicatorResult[K] } = {
          id: ind.id,
          kind: ind.kind,
          label: ind.label,
          points: indUnits[i]! / den,
          maxPoints: ind.maxPoints,
        };
        if (inputs[i] !== undefined) res.input = inputs[i] as IndicatorResult['input'];
        if (ind.code === COUNT || ind.code === RATIO) res.band = bands[i]!;
        items[k] = res;
      }
      criteria[c] = { id: crit.id, label: crit.label, points: critUnits[c]! / den, maxPoints: criterionMaxUnits[c]! / den, indicators: items };
    }

    const shortfalls = checkRules(recognitionRules, indUnits, critUnits, totalUnits);
    let classification: Evaluation['classification'] = null;
    let classResults: ClassResult[] = [];
    if (classes.length > 0) {
      classResults = classes.map((cl) => {
        const sf = checkRules(cl.rules, indUnits, critUnits, totalUnits);
        return { id: cl.id, label: cl.label, reached: sf.length === 0, shortfalls: sf };
      });
      const best = classResults.find((c) => c.reached);
      if (best) classification = { id: best.id, label: best.label };
    }

    const result: Evaluation = {
      ruleSetId: rs.id,
      ...(typeof a.id === 'string' ? { assessmentId: a.id } : {}),
      title: rs.outcome.title,
      recognized: shortfalls.length === 0,
      classification,
      total: totalUnits / den,
      maxTotal: maxTotalUnits / den,
      criteria,
      shortfalls,
      classes: classResults,
      missing: missing ?? [],
    };
    return result;
  };

  const invalid = (issues: Issue[]): LearningSocietyError =>
    new LearningSocietyError(
      'invalid_assessment',
      {
        vi: `Phiếu đánh giá không hợp lệ theo bộ tiêu chí ${rs.id}`,
        en: `The assessment does not fit rule set ${rs.id}`,
      },
      issues,
    );

  const compiled = run as CompiledRuleSet;
  Object.defineProperty(compiled, 'safe', { value: (a: Assessment) => toSafe(() => run(a)), enumerable: true });
  Object.defineProperty(compiled, 'ruleSet', { value: rs, enumerable: true });
  return compiled;
}

function bucket(
  value: unknown,
  key: 'points' | 'facts',
  bad: (path: (string | number)[], code: string, message: Label) => void,
): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    bad([key], 'invalid_type', M.bucketNotObject(key));
    return undefined;
  }
  return value as Record<string, unknown>;
}

/**
 * Exact test of `part / whole >= num / den %`, i.e. `part * 100 * den >= num * whole`, in integers while
 * they are safe and in decimal.js beyond that.
 */
function ratioAtLeast(part: number, whole: number, num: number, den: number): boolean {
  const lhs = part * 100 * den;
  const rhs = num * whole;
  if (lhs <= Number.MAX_SAFE_INTEGER && rhs <= Number.MAX_SAFE_INTEGER) return lhs >= rhs;
  return new Decimal(part).times(100).times(den).gte(new Decimal(num).times(whole));
}

function compileIndicator(ind: Indicator, criterion: number, den: number): CIndicator {
  const units = (p: number): number => toUnits(p, den)!;
  const maxPoints = indicatorMaxPoints(ind);
  const base = {
    id: ind.id,
    kind: ind.kind,
    code: KIND_CODE[ind.kind],
    label: ind.label,
    criterion,
    maxUnits: units(maxPoints),
    maxPoints,
    stepUnits: 1,
    step: 1 / den,
    trueUnits: 0,
    bandFrom: [] as number[],
    bandDen: [] as number[],
    bandUnits: [] as number[],
    zeroUnits: 0,
  };
  switch (ind.kind) {
    case 'judged': {
      const step = ind.step ?? 1 / den;
      return { ...base, step, stepUnits: units(step) };
    }
    case 'boolean':
      return { ...base, trueUnits: units(ind.points) };
    case 'count':
      return { ...base, bandFrom: ind.bands.map((b) => b.atLeast), bandUnits: ind.bands.map((b) => units(b.points)) };
    case 'ratio': {
      // Each percentage as an exact fraction num/den (66.7 → 667/10), so comparisons stay in integers.
      const fractions = ind.bands.map((b) => new Decimal(String(b.atLeastPercent)).toFraction());
      return {
        ...base,
        bandFrom: fractions.map((f) => f[0]!.toNumber()),
        bandDen: fractions.map((f) => f[1]!.toNumber()),
        bandUnits: ind.bands.map((b) => units(b.points)),
        zeroUnits: units(ind.whenWholeIsZero ?? Math.max(...ind.bands.map((b) => b.points))),
      };
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
