import Decimal from 'decimal.js';
import type { Assessment, RatioFact } from '../assessment/types.js';
import { LearningSocietyError, toSafe, type Issue, type SafeResult } from '../../core/errors/index.js';
import type { Label } from '../../core/label/index.js';
import { citeSource, type SourceRef } from '../../document/legal-source/index.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';
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
  /** -1 for the total; else the criterion, indicator or class index. */
  readonly target: number;
  /** `min-each-indicator`: the indicator indices, in the order of `required`. */
  readonly targets?: readonly number[];
  /** Required units: per criterion for `min-each-criterion`, per target for `min-each-indicator`. */
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
 * const result = scoreFamily({ points: { 'children.results': 10 } });
 * result.total; // 10
 * result.recognized; // false
 * result.missing.length; // 9
 * ```
 */
export function compileRuleSet(ruleSet: RuleSet, options: EvaluateOptions = {}): CompiledRuleSet {
  const rs = deepFreeze(parseRuleSet(ruleSet));
  const den = rs.pointDenominator ?? 1;
  const units = (p: number): number => toUnits(p, den)!;
  const requireAll = options.missing === 'error';
  const scale = rs.scale ?? 'points';

  const sourceById = new Map(rs.sources.map((s) => [s.id, s]));
  const cite = (ref: SourceRef | undefined): CitedSource => {
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

  // A rule's legal source: its own, else that of what it is about (criterion or indicator), else the class's,
  // else the rule set's first source.
  const sourceOfIndicator = new Map(rs.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i.source ?? c.source] as const)));
  const classIndex = new Map((rs.outcome.classes ?? []).map((c, i) => [c.id, i]));
  const compileRule = (r: OutcomeRule, classSource?: SourceRef): CRule => {
    const about =
      r.kind === 'min-criterion'
        ? rs.criteria[criterionIndex[r.criterion]!]!.source
        : r.kind === 'mandatory-indicator'
          ? sourceOfIndicator.get(r.indicator)
          : r.kind === 'class-reached'
            ? rs.outcome.classes![classIndex.get(r.class)!]!.source
            : undefined;
    const base = { id: r.id, kind: r.kind, source: cite(r.source ?? about ?? classSource), uncertain: r.uncertain === true };
    switch (r.kind) {
      case 'min-total':
        return { ...base, target: -1, required: [units(r.points)] };
      case 'min-criterion': {
        const ci = criterionIndex[r.criterion]!;
        const req = r.points !== undefined ? units(r.points) : shareUnits(r.percent!, criterionMaxUnits[ci]!);
        return { ...base, target: ci, required: [req] };
      }
      case 'min-each-criterion':
        return { ...base, target: -1, required: criterionMaxUnits.map((m) => shareUnits(r.percent, m)) };
      case 'mandatory-indicator': {
        const ii = indexOf[r.indicator]!;
        return { ...base, target: ii, required: [r.points !== undefined ? units(r.points) : indicators[ii]!.maxUnits] };
      }
      case 'min-each-indicator': {
        const targets = (r.indicators ?? indicators.map((i) => i.id)).map((id) => indexOf[id]!);
        const required = targets.map((ii) => (r.points !== undefined ? units(r.points) : shareUnits(r.percent!, indicators[ii]!.maxUnits)));
        return { ...base, target: -1, targets, required };
      }
      case 'class-reached':
        return { ...base, target: classIndex.get(r.class)!, required: [] };
    }
  };
  const recognitionRules = rs.outcome.rules.map((r) => compileRule(r));
  const classes = (rs.outcome.classes ?? []).map((cl) => ({
    id: cl.id,
    label: cl.label,
    rules: cl.rules.map((r) => compileRule(r, cl.source)),
  }));

  // Scratch space reused by every call (evaluation is synchronous and copies what it keeps into the result).
  const indUnits = new Float64Array(nInd);
  const critUnits = new Float64Array(nCrit);
  const bands = new Int32Array(nInd);
  const inputs: unknown[] = new Array<unknown>(nInd);
  /** Per class, its shortfalls in the current evaluation once worked out. */
  const classMemo: (Shortfall[] | undefined)[] = new Array<Shortfall[] | undefined>(classes.length);

  const classShortfalls = (ci: number, totalUnits: number): Shortfall[] => {
    let sf = classMemo[ci];
    if (sf === undefined) {
      sf = checkRules(classes[ci]!.rules, totalUnits);
      classMemo[ci] = sf;
    }
    return sf;
  };

  const checkRules = (rules: readonly CRule[], totalUnits: number): Shortfall[] => {
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
        case 'min-each-indicator': {
          const targets = rule.targets!;
          for (let k = 0; k < targets.length; k++) {
            const got = indUnits[targets[k]!]!;
            if (got < rule.required[k]!) {
              const ind = indicators[targets[k]!]!;
              (out ??= []).push(
                shortfall(rule, ind.id, got, rule.required[k]!, S.minIndicator(ind.label, got / den, ind.maxPoints, rule.required[k]! / den)),
              );
            }
          }
          break;
        }
        case 'class-reached': {
          const sf = classShortfalls(rule.target, totalUnits);
          if (sf.length > 0) (out ??= []).push(...sf);
          break;
        }
      }
    }
    return out ?? NO_SHORTFALLS;
  };

  const shortfall = (rule: CRule, target: string | undefined, gotUnits: number, reqUnits: number, message: Label): Shortfall => {
    const out: { -readonly [K in keyof Shortfall]: Shortfall[K] } = {
      rule: rule.id,
      kind: rule.kind,
      required: reqUnits / den,
      actual: gotUnits / den,
      message,
      source: rule.source,
    };
    if (target !== undefined) out.target = target;
    if (rule.uncertain) out.uncertain = true;
    return out;
  };

  const run = (assessment: Assessment): Evaluation => {
    if (typeof assessment !== 'object' || assessment === null || Array.isArray(assessment)) {
      throw invalid([{ path: [], code: 'not_object', message: M.notObject }]);
    }
    const a = assessment as Record<string, unknown>;
    let issues: Issue[] | undefined;
    for (const k in a) {
      if (k !== 'points' && k !== 'facts' && k !== 'id') issues = addIssue(issues, [k], 'unknown_key', M.unknownKey(k));
    }
    const id = a.id;
    if (id !== undefined && typeof id !== 'string') issues = addIssue(issues, ['id'], 'invalid_type', M.idNotString);
    let points = a.points as Record<string, unknown> | undefined;
    let facts = a.facts as Record<string, unknown> | undefined;
    if (points !== undefined && (typeof points !== 'object' || points === null || Array.isArray(points))) {
      issues = addIssue(issues, ['points'], 'invalid_type', M.bucketNotObject('points'));
      points = undefined;
    }
    if (facts !== undefined && (typeof facts !== 'object' || facts === null || Array.isArray(facts))) {
      issues = addIssue(issues, ['facts'], 'invalid_type', M.bucketNotObject('facts'));
      facts = undefined;
    }
    if (points !== undefined) {
      for (const k in points) {
        const i = indexOf[k];
        if (i === undefined) issues = addIssue(issues, ['points', k], 'unknown_indicator', M.unknownIndicator(k, rs.id), k);
        else if (indicators[i]!.code !== JUDGED) issues = addIssue(issues, ['points', k], 'wrong_section', M.factUnderPoints(k), k);
      }
    }
    if (facts !== undefined) {
      for (const k in facts) {
        const i = indexOf[k];
        if (i === undefined) issues = addIssue(issues, ['facts', k], 'unknown_indicator', M.unknownIndicator(k, rs.id), k);
        else if (indicators[i]!.code === JUDGED) issues = addIssue(issues, ['facts', k], 'wrong_section', M.judgedUnderFacts(k), k);
      }
    }

    let missing: string[] | undefined;
    for (let i = 0; i < nInd; i++) {
      const ind = indicators[i]!;
      const raw = ind.code === JUDGED ? points?.[ind.id] : facts?.[ind.id];
      inputs[i] = raw;
      indUnits[i] = 0;
      bands[i] = -1;
      if (raw === undefined) {
        (missing ??= []).push(ind.id);
        if (requireAll) issues = addIssue(issues, [ind.code === JUDGED ? 'points' : 'facts', ind.id], 'missing', M.missing(ind.id), ind.id);
        continue;
      }
      switch (ind.code) {
        case JUDGED: {
          if (typeof raw !== 'number' || !Number.isFinite(raw)) {
            issues = addIssue(issues, ['points', ind.id], 'invalid_type', M.notNumber, ind.id);
          } else if (raw < 0) {
            issues = addIssue(issues, ['points', ind.id], 'negative', M.negative, ind.id);
          } else {
            const scaled = raw * den;
            const u = scaled === Math.floor(scaled) ? scaled : toUnits(raw, den);
            if (u === undefined || u % ind.stepUnits !== 0) issues = addIssue(issues, ['points', ind.id], 'off_step', M.offStep(raw, ind.step), ind.id);
            else if (u > ind.maxUnits) issues = addIssue(issues, ['points', ind.id], 'above_max', M.aboveMax(raw, ind.maxPoints), ind.id);
            else indUnits[i] = u;
          }
          break;
        }
        case BOOLEAN:
          if (typeof raw !== 'boolean') issues = addIssue(issues, ['facts', ind.id], 'invalid_type', M.notBoolean, ind.id);
          else if (raw) indUnits[i] = ind.trueUnits;
          break;
        case COUNT: {
          if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) {
            issues = addIssue(issues, ['facts', ind.id], typeof raw === 'number' && raw < 0 ? 'negative' : 'invalid_type', M.notCount, ind.id);
            break;
          }
          let b = -1;
          for (let k = 0; k < ind.bandFrom.length && raw >= ind.bandFrom[k]!; k++) b = k;
          bands[i] = b;
          if (b >= 0) indUnits[i] = ind.bandUnits[b]!;
          break;
        }
        case RATIO: {
          const problem = ratioProblem(raw);
          if (problem !== undefined) {
            issues = addIssue(issues, problem === 'part_above_whole' ? ['facts', ind.id, 'part'] : ['facts', ind.id], problem,
              problem === 'part_above_whole' ? M.partAboveWhole((raw as RatioFact).part, (raw as RatioFact).whole) : M.notRatio, ind.id);
            break;
          }
          const { part, whole } = raw as RatioFact;
          if (whole === 0) {
            indUnits[i] = ind.zeroUnits;
            break;
          }
          let b = -1;
          for (let k = 0; k < ind.bandFrom.length && ratioAtLeast(part, whole, ind.bandFrom[k]!, ind.bandDen[k]!); k++) b = k;
          bands[i] = b;
          if (b >= 0) indUnits[i] = ind.bandUnits[b]!;
          break;
        }
      }
    }
    if (issues !== undefined) throw invalid(issues);

    critUnits.fill(0);
    let totalUnits = 0;
    if (classes.length > 0) classMemo.fill(undefined);
    for (let i = 0; i < nInd; i++) critUnits[indicators[i]!.criterion]! += indUnits[i]!;
    for (let c = 0; c < nCrit; c++) totalUnits += critUnits[c]!;

    const criteria: CriterionResult[] = new Array<CriterionResult>(nCrit);
    let i = 0;
    for (let c = 0; c < nCrit; c++) {
      const crit = rs.criteria[c]!;
      const n = crit.indicators.length;
      const items: IndicatorResult[] = new Array<IndicatorResult>(n);
      for (let k = 0; k < n; k++, i++) items[k] = indicatorResult(indicators[i]!, indUnits[i]! / den, inputs[i], bands[i]!);
      criteria[c] = { id: crit.id, label: crit.label, points: critUnits[c]! / den, maxPoints: criterionMaxUnits[c]! / den, indicators: items };
    }

    const shortfalls = checkRules(recognitionRules, totalUnits);
    let classification: Evaluation['classification'] = null;
    let classResults: ClassResult[] = NO_CLASSES;
    if (classes.length > 0) {
      classResults = classes.map((cl, ci) => {
        const sf = classShortfalls(ci, totalUnits);
        return { id: cl.id, label: cl.label, reached: sf.length === 0, shortfalls: sf };
      });
      const best = classResults.find((c) => c.reached);
      if (best) classification = { id: best.id, label: best.label };
    }

    const result: { -readonly [K in keyof Evaluation]: Evaluation[K] } = {
      ruleSetId: rs.id,
      model: rs.model,
      title: rs.outcome.title,
      recognized: shortfalls.length === 0,
      classification,
      scale,
      total: totalUnits / den,
      maxTotal: maxTotalUnits / den,
      criteria,
      shortfalls,
      classes: classResults,
      missing: missing ?? NO_MISSING,
    };
    if (rs.level !== undefined) result.level = rs.level;
    if (typeof id === 'string') result.assessmentId = id;
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

// Shared empty lists, frozen so that no caller can fill one for everybody.
const NO_CLASSES: ClassResult[] = Object.freeze([]) as unknown as ClassResult[];
const NO_SHORTFALLS: Shortfall[] = Object.freeze([]) as unknown as Shortfall[];
const NO_MISSING: string[] = Object.freeze([]) as unknown as string[];

function addIssue(issues: Issue[] | undefined, path: (string | number)[], code: string, message: Label, rule?: string): Issue[] {
  const list = issues ?? [];
  list.push(rule === undefined ? { path, code, message } : { path, code, message, rule });
  return list;
}

/** Why a value is not a valid ratio fact, or `undefined` when it is one. */
function ratioProblem(raw: unknown): 'invalid_type' | 'negative' | 'part_above_whole' | undefined {
  if (typeof raw !== 'object' || raw === null) return 'invalid_type';
  let keys = 0;
  for (const _ in raw) keys++;
  const { part, whole } = raw as { part?: unknown; whole?: unknown };
  if (keys !== 2 || typeof part !== 'number' || typeof whole !== 'number' || !Number.isSafeInteger(part) || !Number.isSafeInteger(whole)) {
    return 'invalid_type';
  }
  if (part < 0 || whole < 0) return 'negative';
  if (part > whole) return 'part_above_whole';
  return undefined;
}

function indicatorResult(ind: CIndicator, points: number, input: unknown, band: number): IndicatorResult {
  if (ind.code === COUNT || ind.code === RATIO) {
    return input === undefined
      ? { id: ind.id, kind: ind.kind, label: ind.label, points, maxPoints: ind.maxPoints, band }
      : { id: ind.id, kind: ind.kind, label: ind.label, points, maxPoints: ind.maxPoints, input: input as number, band };
  }
  return input === undefined
    ? { id: ind.id, kind: ind.kind, label: ind.label, points, maxPoints: ind.maxPoints }
    : { id: ind.id, kind: ind.kind, label: ind.label, points, maxPoints: ind.maxPoints, input: input as number };
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
