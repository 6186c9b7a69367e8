import Ajv2020 from 'ajv/dist/2020.js';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { assessmentJsonSchema, getRuleSet, indicatorsOf, listRuleSets, safeEvaluate } from 'vn-learning-society';
import { assessmentSchema } from 'vn-learning-society/schemas';
import { assessmentJsonSchemaByZod } from '../helpers/assessment-json-zod.js';
import { synthetic } from '../fixtures/synthetic.js';

describe('assessmentSchema (zod)', () => {
  const schema = assessmentSchema(synthetic);

  it('accepts what the evaluator accepts', () => {
    const a = { id: 'x', points: { 'alpha.half': 4.5, 'alpha.step': 2.5 }, facts: { 'alpha.flag': true, 'beta.count': 3, 'beta.ratio': { part: 1, whole: 2 } } };
    expect(schema.safeParse(a).success).toBe(true);
    expect(safeEvaluate(synthetic, a).success).toBe(true);
  });

  it.each([
    [{ points: { 'alpha.half': 6 } }, ['points', 'alpha.half']],
    [{ points: { 'alpha.step': 1 } }, ['points', 'alpha.step']],
    [{ points: { 'alpha.half': 0.25 } }, ['points', 'alpha.half']],
    [{ points: { nope: 1 } }, ['points']],
    [{ facts: { 'beta.count': -1 } }, ['facts', 'beta.count']],
    [{ facts: { 'beta.count': 1.5 } }, ['facts', 'beta.count']],
    [{ facts: { 'beta.ratio': { part: 3, whole: 2 } } }, ['facts', 'beta.ratio', 'part']],
    [{ facts: { 'alpha.flag': 1 } }, ['facts', 'alpha.flag']],
    [{ points: { 'beta.count': 1 } }, ['points']],
  ])('refuses %j at the same path the evaluator names', (input, path) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(path);
    expect(safeEvaluate(synthetic, input as never).success).toBe(false);
  });

  it('speaks Vietnamese when given zod’s vi locale for one parse, without changing zod globally', () => {
    const vi = schema.safeParse({ points: { 'alpha.half': 6 } }, { error: z.locales.vi().localeError });
    expect(vi.error!.issues[0]!.message).toMatch(/Quá lớn/);
    const en = schema.safeParse({ points: { 'alpha.half': 6 } });
    expect(en.error!.issues[0]!.message).toMatch(/Too big/);
  });
});

describe('assessmentJsonSchema', () => {
  it.each(listRuleSets().map((r) => r.id))('%s: written without zod, it is the document zod made, key for key', (id) => {
    const rs = getRuleSet(id);
    expect(JSON.stringify(assessmentJsonSchema(rs))).toBe(JSON.stringify(assessmentJsonSchemaByZod(rs)));
  });

  const rs = getRuleSet('learning-family-khvn-2015');
  const js = assessmentJsonSchema(rs) as {
    properties: { points: { properties: Record<string, Record<string, unknown>> }; facts: { properties: Record<string, Record<string, unknown>> } };
    title: string;
  };

  it('has one field per indicator, under points or facts, labelled in both languages', () => {
    const fields = { ...js.properties.points.properties, ...js.properties.facts.properties };
    expect(Object.keys(fields).sort()).toEqual(indicatorsOf(rs).map((i) => i.id).sort());
    expect(js.properties.points.properties['children.results']).toMatchObject({
      type: 'number',
      minimum: 0,
      maximum: 10,
      multipleOf: 1,
      'x-kind': 'judged',
      'x-criterion': 'children',
      'x-label': { vi: expect.stringContaining('Kết quả học tập'), en: expect.stringContaining('Results') },
    });
    expect(js.properties.facts.properties['conditions.bookshelf']).toMatchObject({ type: 'boolean', 'x-max-points': 10 });
    expect(js.title).toBe(rs.title.vi);
  });

  it('validates forms in another JSON Schema validator the same way', () => {
    const validate = new Ajv2020({ strict: false }).compile(js);
    expect(validate({ points: { 'children.results': 10 }, facts: { 'children.attendance': { part: 1, whole: 1 } } })).toBe(true);
    expect(validate({ points: { 'children.results': 11 } })).toBe(false);
    expect(validate({ points: { 'children.results': 2.5 } })).toBe(false);
    expect(validate({ points: { unknown: 1 } })).toBe(false);
    expect(validate({ facts: { 'children.attendance': { part: 1 } } })).toBe(false);
  });

  it('does not register anything in zod’s global registry', () => {
    const before = z.globalRegistry._idmap.size;
    assessmentJsonSchema(rs);
    expect(z.globalRegistry._idmap.size).toBe(before);
    expect(z.globalRegistry.get(assessmentSchema(rs))).toBeUndefined();
  });
});
