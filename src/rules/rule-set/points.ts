import type { Criterion, Indicator, RuleSet } from './shape.js';
import { requireArray, requireObject, requireRuleSetShape } from '../../core/internal/args.js';

/**
 * Converts points to whole "units" of `1 / denominator` point (units are what the evaluator adds, so sums
 * stay exact integers). Returns `undefined` when `points` is not a multiple of `1 / denominator`.
 */
export function toUnits(points: number, denominator: number): number | undefined {
  const scaled = points * denominator;
  const units = Math.round(scaled);
  return Math.abs(scaled - units) <= 1e-9 * Math.max(1, Math.abs(scaled)) ? units : undefined;
}

/**
 * The most points an indicator can award, its shape already checked (by the public entry that was called, or by the
 * rule set's validation): no argument check of its own.
 *
 * @internal
 */
export function maxPointsOf(indicator: Indicator): number {
  switch (indicator.kind) {
    case 'judged':
      return indicator.maxPoints;
    case 'boolean':
      return indicator.points;
    case 'count':
      return Math.max(...indicator.bands.map((b) => b.points));
    case 'ratio':
      return Math.max(...indicator.bands.map((b) => b.points), indicator.whenWholeIsZero ?? 0);
  }
}

/**
 * The most points an indicator can award.
 *
 * @example
 * ```ts
 * import { getRuleSet, indicatorMaxPoints } from 'vn-learning-society';
 * const attendance = getRuleSet('learning-family-khvn-2015').criteria[0]!.indicators[0]!;
 * attendance.id; // 'children.attendance'
 * indicatorMaxPoints(attendance); // 10
 * ```
 */
export function indicatorMaxPoints(indicator: Indicator): number {
  requireObject(indicator, 'indicator');
  return maxPointsOf(indicator);
}

/**
 * The most points a criterion can award: the sum of its indicators' maxima.
 *
 * @example
 * ```ts
 * import { criterionMaxPoints, getRuleSet } from 'vn-learning-society';
 * criterionMaxPoints(getRuleSet('learning-family-khvn-2015').criteria[0]!); // 30
 * ```
 */
export function criterionMaxPoints(criterion: Criterion, denominator = 1): number {
  requireArray(requireObject(criterion, 'criterion').indicators, 'criterion.indicators');
  let units = 0;
  for (const ind of criterion.indicators) {
    requireObject(ind, 'indicator'); // each indicator checked as it is reached, before its maximum is read
    units += toUnits(maxPointsOf(ind), denominator) ?? NaN;
  }
  return units / denominator;
}

/** A criterion's maximum in units of `1 / denominator` point, its shape already checked (`NaN` off the step). */
function criterionMaxUnits(criterion: Criterion, denominator: number): number {
  let units = 0;
  for (const ind of criterion.indicators) units += toUnits(maxPointsOf(ind), denominator) ?? NaN;
  return units;
}

/**
 * The most points a rule set can award: the sum of its criteria's maxima.
 *
 * @example
 * ```ts
 * import { getRuleSet, ruleSetMaxPoints } from 'vn-learning-society';
 * ruleSetMaxPoints(getRuleSet('learning-family-khvn-2015')); // 100
 * ```
 */
export function ruleSetMaxPoints(ruleSet: RuleSet): number {
  requireRuleSetShape(ruleSet); // every criterion an object with a list of indicators, each an object with a kind
  const den = ruleSet.pointDenominator ?? 1;
  let units = 0;
  for (const c of ruleSet.criteria) units += criterionMaxUnits(c, den);
  return units / den;
}
