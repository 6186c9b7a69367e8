import * as z from 'zod';
import { indicatorMaxPoints, type RuleSet } from 'vn-learning-society';
import { assessmentSchema } from 'vn-learning-society/schemas';

// The JSON Schema of assessments as the library made it before issue 14: zod's toJSONSchema of assessmentSchema,
// with the same help registered on each field. test/rules/forms.test.ts proves the zod-free assessmentJsonSchema makes the
// same document, key for key.

const FIELD_HELP = {
  id: { vi: 'Mã phiếu (hộ, dòng họ, đơn vị…), được ghi lại trong kết quả', en: 'Id of the assessment (household, clan, unit…), echoed in the result' },
  points: { vi: 'Điểm người đánh giá cho các chỉ báo chấm điểm, theo mã chỉ báo', en: 'Points an evaluator awarded to the judged indicators, keyed by indicator id' },
  facts: { vi: 'Dữ kiện của các chỉ báo tính toán (có/không, số đếm, tỷ lệ { part, whole }), theo mã chỉ báo', en: 'Facts for the computed indicators (yes/no, a count, a ratio { part, whole }), keyed by indicator id' },
} as const;

export function assessmentJsonSchemaByZod(ruleSet: RuleSet): Record<string, unknown> {
  const registry = z.registry<Record<string, unknown>>();
  const schema = assessmentSchema(ruleSet) as unknown as z.ZodObject<{ id: z.ZodOptional<z.ZodString>; points: z.ZodOptional<z.ZodObject>; facts: z.ZodOptional<z.ZodObject> }>;
  const byId = new Map(ruleSet.criteria.flatMap((c) => c.indicators.map((i) => [i.id, { c, i }] as const)));
  for (const part of ['points', 'facts'] as const) {
    const obj = schema.shape[part].unwrap();
    for (const [id, field] of Object.entries(obj.shape)) {
      const { c, i } = byId.get(id)!;
      registry.add(field as z.ZodType, { title: i.label.vi, description: i.label.en, 'x-label': i.label, 'x-kind': i.kind, 'x-criterion': c.id, 'x-max-points': indicatorMaxPoints(i) });
    }
    registry.add(schema.shape[part], { title: FIELD_HELP[part].vi, description: FIELD_HELP[part].en, 'x-label': FIELD_HELP[part] });
  }
  registry.add(schema.shape.id, { title: FIELD_HELP.id.vi, description: FIELD_HELP.id.en, 'x-label': FIELD_HELP.id });
  registry.add(schema, { title: ruleSet.title.vi, description: ruleSet.title.en, 'x-rule-set': ruleSet.id });
  return z.toJSONSchema(schema, { target: 'draft-2020-12', metadata: registry, io: 'input' }) as Record<string, unknown>;
}
