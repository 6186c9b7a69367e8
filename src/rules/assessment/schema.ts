import * as z from 'zod';
import { indicatorMaxPoints } from '../rule-set/points.js';
import type { Indicator, RuleSet } from '../rule-set/schema.js';
import { requireRuleSetShape } from '../../core/internal/args.js';

type Meta = Record<string, unknown>;

/**
 * Builds the zod schema of the assessments a rule set accepts: one optional field per indicator, under
 * `points` (judged: a number from 0 to the maximum on the allowed step) or `facts` (a boolean, a whole count,
 * or `{ part, whole }` with part ≤ whole). Unknown fields are refused. Pass zod's `vi` locale per parse for
 * Vietnamese messages: `schema.safeParse(x, { error: z.locales.vi().localeError })`.
 *
 * @example
 * ```ts
 * import { assessmentSchema, getRuleSet } from 'vn-learning-society';
 * const schema = assessmentSchema(getRuleSet('learning-family-khvn-2015'));
 * // 12 is above the maximum of 10:
 * schema.safeParse({ points: { 'children.results': 12 } }).success; // false
 * ```
 */
export function assessmentSchema(ruleSet: RuleSet) {
  requireRuleSetShape(ruleSet);
  return buildAssessmentSchema(ruleSet, undefined);
}

/**
 * The JSON Schema (draft 2020-12) of the assessments a rule set accepts, so that a portal can render and
 * validate its form from the rule set alone. Each field carries `title` (Vietnamese), `description`
 * (English) and `x-label` (`{ vi, en }`), `x-kind`, `x-criterion` and, for judged fields, `multipleOf`.
 *
 * @example
 * ```ts
 * import { assessmentJsonSchema, getRuleSet } from 'vn-learning-society';
 * const js = assessmentJsonSchema(getRuleSet('learning-family-khvn-2015'));
 * Object.keys((js.properties as any).points.properties)[0]; // 'children.results'
 * Object.keys((js.properties as any).facts.properties)[0]; // 'children.attendance'
 * ```
 */
export function assessmentJsonSchema(ruleSet: RuleSet): Record<string, unknown> {
  requireRuleSetShape(ruleSet);
  const registry = z.registry<Meta>();
  const schema = buildAssessmentSchema(ruleSet, registry);
  return z.toJSONSchema(schema, { target: 'draft-2020-12', metadata: registry, io: 'input' }) as Record<string, unknown>;
}

function buildAssessmentSchema(ruleSet: RuleSet, registry: z.core.$ZodRegistry<Meta> | undefined) {
  const den = ruleSet.pointDenominator ?? 1;
  const points: Record<string, z.ZodType> = {};
  const facts: Record<string, z.ZodType> = {};
  for (const c of ruleSet.criteria) {
    for (const ind of c.indicators) {
      const field = indicatorField(ind, den).optional();
      registry?.add(field, {
        title: ind.label.vi,
        description: ind.label.en,
        'x-label': ind.label,
        'x-kind': ind.kind,
        'x-criterion': c.id,
        'x-max-points': indicatorMaxPoints(ind),
      });
      (ind.kind === 'judged' ? points : facts)[ind.id] = field;
    }
  }
  const id = z.string().max(200).optional();
  const pointsField = z.strictObject(points).optional();
  const factsField = z.strictObject(facts).optional();
  const schema = z.strictObject({ id, points: pointsField, facts: factsField });
  registry?.add(schema, { title: ruleSet.title.vi, description: ruleSet.title.en, 'x-rule-set': ruleSet.id });
  for (const [field, help] of [
    [id, FIELD_HELP.id],
    [pointsField, FIELD_HELP.points],
    [factsField, FIELD_HELP.facts],
  ] as const) {
    registry?.add(field, { title: help.vi, description: help.en, 'x-label': help });
  }
  return schema;
}

/** Help for the three fields of every assessment, in Vietnamese and English. */
const FIELD_HELP = {
  id: { vi: 'Mã phiếu (hộ, dòng họ, đơn vị…), được ghi lại trong kết quả', en: 'Id of the assessment (household, clan, unit…), echoed in the result' },
  points: { vi: 'Điểm người đánh giá cho các chỉ báo chấm điểm, theo mã chỉ báo', en: 'Points an evaluator awarded to the judged indicators, keyed by indicator id' },
  facts: { vi: 'Dữ kiện của các chỉ báo tính toán (có/không, số đếm, tỷ lệ { part, whole }), theo mã chỉ báo', en: 'Facts for the computed indicators (yes/no, a count, a ratio { part, whole }), keyed by indicator id' },
} as const;

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
