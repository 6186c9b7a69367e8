import { ceilShare, decimalFraction } from '../../core/internal/exact.js';
import type { Label } from '../../core/label/index.js';
import { citeSource } from '../../document/legal-source/kinds.js';
import type { SourceRef } from '../../document/legal-source/index.js';
import { maxPointsOf, toUnits } from '../rule-set/points.js';
import type { Indicator, IndicatorKind, OutcomeRule, RuleSet } from '../rule-set/schema.js';
import type { CitedSource } from './types.js';
import { planUnconfirmed, type UnconfirmedPlan } from './unconfirmed.js';

/**
 * Indicator kinds as small integers, for the hot loop's switch: judged 0, boolean 1, count 2, ratio 3. The modules
 * of the hot loop (check.ts, score.ts) write these numbers as constants of their own rather than import them: a
 * module transformer may turn an imported binding into a property read on every use.
 */
const KIND_CODE: Record<IndicatorKind, number> = { judged: 0, boolean: 1, count: 2, ratio: 3 };

/** An indicator ready for scoring: every threshold and point value in whole units of `1 / denominator` point. */
export interface PlannedIndicator {
  readonly id: string;
  readonly kind: IndicatorKind;
  readonly code: number;
  readonly label: Label;
  /** Index of its criterion. */
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
  /**
   * ratio: each band's percentage as an exact fraction. When its numerator or denominator is past 2^53, `bandFrom` holds
   * `Infinity` there, which sends the comparison to these.
   */
  readonly bandExact: readonly (readonly [bigint, bigint])[];
  readonly bandUnits: readonly number[];
  readonly zeroUnits: number;
}

/** An outcome rule ready for scoring. */
export interface PlannedRule {
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

/** A class ready for scoring. */
export interface PlannedClass {
  readonly id: string;
  readonly label: Label;
  readonly rules: readonly PlannedRule[];
}

/**
 * A validated rule set worked out once for scoring many assessments: indicators indexed, thresholds and points turned
 * into exact integers of `1 / denominator` point, every rule's legal source cited. The first step of
 * `compileRuleSet`: plan, then check each assessment, then score it.
 *
 * @internal
 */
export interface ScoringPlan {
  readonly ruleSet: RuleSet;
  /** Points are whole multiples of `1 / denominator`. */
  readonly denominator: number;
  readonly scale: 'points' | 'targets';
  readonly indicators: readonly PlannedIndicator[];
  /** Index of each indicator by id (a prototype-less record, so that `__proto__` is just an unknown id). */
  readonly indexOf: Readonly<Record<string, number>>;
  readonly criterionMaxUnits: readonly number[];
  readonly maxTotalUnits: number;
  readonly recognitionRules: readonly PlannedRule[];
  readonly classes: readonly PlannedClass[];
  /** The rule set's uncertain values that verdicts rest on. */
  readonly unconfirmed: UnconfirmedPlan;
}

/**
 * Plans the scoring of a validated rule set, in two steps of this module: `planIndicators` (every indicator in
 * units, indexed, and each criterion's maximum), then `planRule` for each rule of recognition and of each class.
 *
 * @internal
 */
export function planScoring(rs: RuleSet): ScoringPlan {
  const den = rs.pointDenominator ?? 1;
  const { indicators, indexOf, criterionIndex, criterionMaxUnits } = planIndicators(rs, den);
  const maxTotalUnits = criterionMaxUnits.reduce((a, b) => a + b, 0);
  const rules = rulePlanning(rs, den, indicators, indexOf, criterionIndex, criterionMaxUnits);
  return {
    ruleSet: rs,
    denominator: den,
    scale: rs.scale ?? 'points',
    indicators,
    indexOf,
    criterionMaxUnits,
    maxTotalUnits,
    recognitionRules: rs.outcome.rules.map((r) => planRule(rules, r)),
    classes: (rs.outcome.classes ?? []).map((cl) => ({ id: cl.id, label: cl.label, rules: cl.rules.map((r) => planRule(rules, r, cl.source)) })),
    unconfirmed: planUnconfirmed(rs),
  };
}

/** Every indicator planned in rule-set order and indexed by id, each criterion indexed by id with its maximum in units. */
function planIndicators(rs: RuleSet, den: number): {
  indicators: PlannedIndicator[];
  indexOf: Record<string, number>;
  criterionIndex: Record<string, number>;
  criterionMaxUnits: number[];
} {
  const indicators: PlannedIndicator[] = [];
  const indexOf: Record<string, number> = Object.create(null) as Record<string, number>;
  const criterionIndex: Record<string, number> = Object.create(null) as Record<string, number>;
  const criterionMaxUnits: number[] = [];
  rs.criteria.forEach((c, ci) => {
    criterionIndex[c.id] = ci;
    let sum = 0;
    for (const ind of c.indicators) {
      const planned = planIndicator(ind, ci, den);
      indexOf[ind.id] = indicators.length;
      indicators.push(planned);
      sum += planned.maxUnits;
    }
    criterionMaxUnits.push(sum);
  });
  return { indicators, indexOf, criterionIndex, criterionMaxUnits };
}

/** What planning a rule reads: the rule set, its indicators and criteria as planned, and its sources and classes by id. */
interface RulePlanning {
  readonly rs: RuleSet;
  readonly den: number;
  readonly indicators: readonly PlannedIndicator[];
  readonly indexOf: Readonly<Record<string, number>>;
  readonly criterionIndex: Readonly<Record<string, number>>;
  readonly criterionMaxUnits: readonly number[];
  readonly sourceById: ReadonlyMap<string, RuleSet['sources'][number]>;
  /** Each indicator's own legal source, else its criterion's. */
  readonly sourceOfIndicator: ReadonlyMap<string, SourceRef | undefined>;
  readonly classIndex: ReadonlyMap<string, number>;
}

function rulePlanning(
  rs: RuleSet,
  den: number,
  indicators: readonly PlannedIndicator[],
  indexOf: Readonly<Record<string, number>>,
  criterionIndex: Readonly<Record<string, number>>,
  criterionMaxUnits: readonly number[],
): RulePlanning {
  return {
    rs,
    den,
    indicators,
    indexOf,
    criterionIndex,
    criterionMaxUnits,
    sourceById: new Map(rs.sources.map((s) => [s.id, s])),
    sourceOfIndicator: new Map(rs.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i.source ?? c.source] as const))),
    classIndex: new Map((rs.outcome.classes ?? []).map((c, i) => [c.id, i])),
  };
}

/** A source reference resolved to its citation: the rule set's first source when there is no reference. */
function cite(p: RulePlanning, ref: SourceRef | undefined): CitedSource {
  const src = (ref && p.sourceById.get(ref.ref)) ?? p.rs.sources[0]!;
  const article = ref?.article ?? src.article;
  return {
    id: src.id,
    citation: citeSource(src, article),
    ...(article !== undefined ? { article } : {}),
    ...(src.uncertain ? { uncertain: true } : {}),
  };
}

/**
 * A rule of recognition or of a class, planned: its required units and what it is about, by index, and its legal
 * source: its own, else that of what it is about (criterion or indicator), else the class's, else the rule set's first.
 */
function planRule(p: RulePlanning, r: OutcomeRule, classSource?: SourceRef): PlannedRule {
  const { rs, den, indicators, indexOf, criterionIndex, criterionMaxUnits } = p;
  const units = (points: number): number => toUnits(points, den)!;
  const about =
    r.kind === 'min-criterion'
      ? rs.criteria[criterionIndex[r.criterion]!]!.source
      : r.kind === 'mandatory-indicator'
        ? p.sourceOfIndicator.get(r.indicator)
        : r.kind === 'class-reached'
          ? rs.outcome.classes![p.classIndex.get(r.class)!]!.source
          : undefined;
  const base = { id: r.id, kind: r.kind, source: cite(p, r.source ?? about ?? classSource), uncertain: r.uncertain === true };
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
      return { ...base, target: p.classIndex.get(r.class)!, required: [] };
  }
}

/** Named rounding: a share of a maximum is required as the CEILING of the exact product, in point units. */
function shareUnits(percent: number, maxUnits: number): number {
  return ceilShare(percent, maxUnits);
}

/** Whether both parts of a fraction are safe integers as numbers. */
function safe([num, den]: readonly [bigint, bigint]): boolean {
  return num <= BigInt(Number.MAX_SAFE_INTEGER) && den <= BigInt(Number.MAX_SAFE_INTEGER);
}

function planIndicator(ind: Indicator, criterion: number, den: number): PlannedIndicator {
  const units = (p: number): number => toUnits(p, den)!;
  const maxPoints = maxPointsOf(ind);
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
    bandExact: [] as (readonly [bigint, bigint])[],
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
      const fractions = ind.bands.map((b) => decimalFraction(b.atLeastPercent));
      return {
        ...base,
        bandFrom: fractions.map((f) => (safe(f) ? Number(f[0]) : Infinity)),
        bandDen: fractions.map((f) => (safe(f) ? Number(f[1]) : 1)),
        bandExact: fractions,
        bandUnits: ind.bands.map((b) => units(b.points)),
        zeroUnits: units(ind.whenWholeIsZero ?? Math.max(...ind.bands.map((b) => b.points))),
      };
    }
  }
}
