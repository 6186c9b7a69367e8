import * as z from 'zod';
import type { Indicator, RuleSet } from '../rule-set/schema.js';
import { requireRuleSetShape } from '../../core/internal/args.js';

/**
 * Builds the zod schema of the assessments a rule set accepts: one optional field per indicator, under
 * `points` (judged: a number from 0 to the maximum on the allowed step) or `facts` (a boolean, a whole count,
 * or `{ part, whole }` with part ≤ whole). Unknown fields are refused. Pass zod's `vi` locale per parse for
 * Vietnamese messages: `schema.safeParse(x, { error: z.locales.vi().localeError })`.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { assessmentSchema } from 'vn-learning-society/schemas';
 * const schema = assessmentSchema(getRuleSet('learning-family-khvn-2015'));
 * // 12 is above the maximum of 10:
 * schema.safeParse({ points: { 'children.results': 12 } }).success; // false
 * ```
 */
export function assessmentSchema(ruleSet: RuleSet) {
  requireRuleSetShape(ruleSet);
  return buildAssessmentSchema(ruleSet);
}

function buildAssessmentSchema(ruleSet: RuleSet) {
  const den = ruleSet.pointDenominator ?? 1;
  const points: Record<string, z.ZodType> = {};
  const facts: Record<string, z.ZodType> = {};
  for (const c of ruleSet.criteria) {
    for (const ind of c.indicators) {
      const field = indicatorField(ind, den).optional();
      (ind.kind === 'judged' ? points : facts)[ind.id] = field;
    }
  }
  const id = z.string().max(200).optional();
  const pointsField = z.strictObject(points).optional();
  const factsField = z.strictObject(facts).optional();
  const schema = z.strictObject({ id, points: pointsField, facts: factsField });
  return schema;
}

function indicatorField(ind: Indicator, den: number): z.ZodType {
  switch (ind.kind) {
    case 'judged': {
      const step = ind.step ?? 1 / den;
      return z.number().min(0).max(ind.maxPoints).multipleOf(step);
    }
    case 'boolean':
      return z.boolean();
    case 'count':
      return z.int().min(0);
    case 'ratio':
      return z
        .strictObject({ part: z.int().min(0), whole: z.int().min(0) })
        .refine((r) => r.part <= r.whole, { message: 'part must not be larger than whole', path: ['part'] });
  }
}

export { assessmentJsonSchema } from './json-schema.js';
