import type { Label } from '../../core/label/index.js';
import { indicatorMaxPoints } from './points.js';
import type { IndicatorKind, RuleSet } from './schema.js';
import { requireRuleSetShape } from '../../core/internal/args.js';

/** A leaf indicator of a rule set, flattened: what a form needs to render one field. */
export interface IndicatorInfo {
  readonly id: string;
  /** `judged` (points awarded by an evaluator) or the fact kind: `boolean`, `count`, `ratio`. */
  readonly kind: IndicatorKind;
  readonly maxPoints: number;
  readonly label: Label;
  /** Id of the criterion it belongs to. */
  readonly criterion: string;
  /** Where the value goes in an assessment: `points` for judged indicators, `facts` for the others. */
  readonly section: 'points' | 'facts';
  readonly uncertain: boolean;
}

/**
 * The leaf indicators of a rule set in order, each with its id, kind, maximum points and criterion.
 *
 * @example
 * ```ts
 * import { indicatorsOf, getRuleSet } from 'vn-learning-society';
 * const [first] = indicatorsOf(getRuleSet('learning-family-khvn-2015'));
 * first?.id; // 'children.attendance'
 * first?.kind; // 'ratio'
 * first?.section; // 'facts'
 * first?.maxPoints; // 10
 * ```
 */
export function indicatorsOf(ruleSet: RuleSet): IndicatorInfo[] {
  requireRuleSetShape(ruleSet);
  return ruleSet.criteria.flatMap((c) =>
    c.indicators.map((ind) => ({
      id: ind.id,
      kind: ind.kind,
      maxPoints: indicatorMaxPoints(ind),
      label: ind.label,
      criterion: c.id,
      section: ind.kind === 'judged' ? ('points' as const) : ('facts' as const),
      uncertain: ind.uncertain === true || c.uncertain === true,
    })),
  );
}
