import { requireRuleSetShape } from '../../core/internal/args.js';
import type { Label } from '../../core/label/index.js';
import { indicatorMaxPoints } from '../rule-set/points.js';
import type { Indicator, RuleSet } from '../rule-set/schema.js';

type Json = Record<string, unknown>;

/** Help for the three fields of every assessment, in Vietnamese and English. */
export const ASSESSMENT_FIELD_HELP = {
  id: { vi: 'Mã phiếu (hộ, dòng họ, đơn vị…), được ghi lại trong kết quả', en: 'Id of the assessment (household, clan, unit…), echoed in the result' },
  points: { vi: 'Điểm người đánh giá cho các chỉ báo chấm điểm, theo mã chỉ báo', en: 'Points an evaluator awarded to the judged indicators, keyed by indicator id' },
  facts: { vi: 'Dữ kiện của các chỉ báo tính toán (có/không, số đếm, tỷ lệ { part, whole }), theo mã chỉ báo', en: 'Facts for the computed indicators (yes/no, a count, a ratio { part, whole }), keyed by indicator id' },
} as const;

const help = (label: Label): Json => ({ title: label.vi, description: label.en, 'x-label': label });

/** A whole number from 0, as JSON Schema writes one. */
const COUNT: Json = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER };

/** The JSON Schema of one indicator's value. */
function indicatorJson(ind: Indicator, den: number): Json {
  switch (ind.kind) {
    case 'judged':
      return { type: 'number', minimum: 0, maximum: ind.maxPoints, multipleOf: ind.step ?? 1 / den };
    case 'boolean':
      return { type: 'boolean' };
    case 'count':
      return { ...COUNT };
    case 'ratio':
      return { type: 'object', properties: { part: { ...COUNT }, whole: { ...COUNT } }, required: ['part', 'whole'], additionalProperties: false };
  }
}

/**
 * The JSON Schema (draft 2020-12) of the assessments a rule set accepts, so that a portal can render and
 * validate its form from the rule set alone. Each field carries `title` (Vietnamese), `description`
 * (English) and `x-label` (`{ vi, en }`), `x-kind`, `x-criterion` and, for judged fields, `multipleOf`.
 * Written directly (the same document zod's `toJSONSchema` makes of `assessmentSchema` (in `vn-learning-society/schemas`)), so that a form built
 * from a shipped rule set carries no schema library.
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
  const den = ruleSet.pointDenominator ?? 1;
  const points: Json = {};
  const facts: Json = {};
  for (const c of ruleSet.criteria) {
    for (const ind of c.indicators) {
      (ind.kind === 'judged' ? points : facts)[ind.id] = {
        ...help(ind.label),
        'x-kind': ind.kind,
        'x-criterion': c.id,
        'x-max-points': indicatorMaxPoints(ind),
        ...indicatorJson(ind, den),
      };
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: {
      id: { ...help(ASSESSMENT_FIELD_HELP.id), type: 'string', maxLength: 200 },
      points: { ...help(ASSESSMENT_FIELD_HELP.points), type: 'object', properties: points, additionalProperties: false },
      facts: { ...help(ASSESSMENT_FIELD_HELP.facts), type: 'object', properties: facts, additionalProperties: false },
    },
    additionalProperties: false,
    title: ruleSet.title.vi,
    description: ruleSet.title.en,
    'x-rule-set': ruleSet.id,
  };
}
