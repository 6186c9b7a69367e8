import { describe, expect, it } from 'vitest';
import { compileRuleSet, evaluate, getRuleSet, LearningSocietyError, safeEvaluate, safeParseRuleSet, type Assessment } from 'vn-learning-society';
import { synthetic } from '../fixtures/synthetic.js';

const score = compileRuleSet(synthetic);

/** The issues an assessment raises, as [path, code, rule] triples. */
function issuesOf(a: unknown) {
  const r = score.safe(a as Assessment);
  expect(r.success).toBe(false);
  if (r.success) return [];
  expect(r.error).toBeInstanceOf(LearningSocietyError);
  expect(r.error.code).toBe('invalid_assessment');
  return r.error.issues.map((i) => [i.path.join('.'), i.code, i.rule]);
}

describe('assessments that break the rule set', () => {
  it('refuses an unknown indicator, naming the path', () => {
    expect(issuesOf({ points: { 'alpha.nope': 1 } })).toEqual([['points.alpha.nope', 'unknown_indicator', 'alpha.nope']]);
    expect(issuesOf({ facts: { 'beta.nope': true } })).toEqual([['facts.beta.nope', 'unknown_indicator', 'beta.nope']]);
  });

  it('refuses points above the maximum', () => {
    expect(issuesOf({ points: { 'alpha.half': 5.5 } })).toEqual([['points.alpha.half', 'above_max', 'alpha.half']]);
  });

  it('refuses points off the allowed step', () => {
    expect(issuesOf({ points: { 'alpha.half': 0.25 } })).toEqual([['points.alpha.half', 'off_step', 'alpha.half']]);
    expect(issuesOf({ points: { 'alpha.step': 1 } })).toEqual([['points.alpha.step', 'off_step', 'alpha.step']]);
  });

  it('refuses negative points and negative counts', () => {
    expect(issuesOf({ points: { 'alpha.half': -1 } })).toEqual([['points.alpha.half', 'negative', 'alpha.half']]);
    expect(issuesOf({ facts: { 'beta.count': -3 } })).toEqual([['facts.beta.count', 'negative', 'beta.count']]);
    expect(issuesOf({ facts: { 'beta.ratio': { part: -1, whole: 3 } } })).toEqual([['facts.beta.ratio', 'negative', 'beta.ratio']]);
  });

  it("refuses a ratio whose part is larger than its whole", () => {
    expect(issuesOf({ facts: { 'beta.ratio': { part: 4, whole: 3 } } })).toEqual([['facts.beta.ratio.part', 'part_above_whole', 'beta.ratio']]);
  });

  it('refuses wrong types: NaN, Infinity, strings, fractional counts, malformed ratios, non-boolean flags', () => {
    expect(issuesOf({ points: { 'alpha.half': Number.NaN } })).toEqual([['points.alpha.half', 'invalid_type', 'alpha.half']]);
    expect(issuesOf({ points: { 'alpha.half': Number.POSITIVE_INFINITY } })).toEqual([['points.alpha.half', 'invalid_type', 'alpha.half']]);
    expect(issuesOf({ points: { 'alpha.half': '5' } })).toEqual([['points.alpha.half', 'invalid_type', 'alpha.half']]);
    expect(issuesOf({ facts: { 'beta.count': 2.5 } })).toEqual([['facts.beta.count', 'invalid_type', 'beta.count']]);
    expect(issuesOf({ facts: { 'beta.ratio': { part: 1 } } })).toEqual([['facts.beta.ratio', 'invalid_type', 'beta.ratio']]);
    expect(issuesOf({ facts: { 'beta.ratio': { part: 1, whole: 2, extra: 0 } } })).toEqual([['facts.beta.ratio', 'invalid_type', 'beta.ratio']]);
    expect(issuesOf({ facts: { 'alpha.flag': 'yes' } })).toEqual([['facts.alpha.flag', 'invalid_type', 'alpha.flag']]);
  });

  it('refuses a judged value given as a fact and a fact given as points', () => {
    expect(issuesOf({ facts: { 'alpha.half': 5 } })).toEqual([['facts.alpha.half', 'wrong_section', 'alpha.half']]);
    expect(issuesOf({ points: { 'beta.count': 5 } })).toEqual([['points.beta.count', 'wrong_section', 'beta.count']]);
  });

  it('refuses a non-object assessment, unknown top-level fields and non-object sections', () => {
    expect(issuesOf(null)).toEqual([['', 'not_object', undefined]]);
    expect(issuesOf([1])).toEqual([['', 'not_object', undefined]]);
    expect(issuesOf({ score: 3 })).toEqual([['score', 'unknown_key', undefined]]);
    expect(issuesOf({ points: [5] })).toEqual([['points', 'invalid_type', undefined]]);
    expect(issuesOf({ id: 7 })).toEqual([['id', 'invalid_type', undefined]]);
  });

  it('reports every problem at once, not only the first', () => {
    expect(issuesOf({ points: { 'alpha.half': 9, 'alpha.step': 1 }, facts: { 'beta.count': -1 } })).toHaveLength(3);
  });

  it('says what is wrong in Vietnamese and English', () => {
    const r = safeEvaluate(synthetic, { points: { 'alpha.half': 9 } });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues[0]!.message).toEqual({
      vi: '9 điểm vượt quá điểm tối đa 5',
      en: '9 points is above the maximum of 5',
    });
    expect(r.error.describe('vi')).toContain('points["alpha.half"]: 9 điểm vượt quá điểm tối đa 5');
    expect(r.error.message).toContain('The assessment does not fit rule set synthetic-test');
  });

  it('evaluate throws the same error that safeEvaluate returns', () => {
    expect(() => evaluate(synthetic, { points: { 'alpha.half': 9 } })).toThrow(LearningSocietyError);
  });

  it('ignores nothing inherited from a polluted prototype: own keys only are read', () => {
    const a = JSON.parse('{"points": {"__proto__": {"alpha.half": 5}}}') as Assessment;
    expect(issuesOf(a)).toEqual([['points.__proto__', 'unknown_indicator', '__proto__']]);
  });
});

describe('invalid rule sets', () => {
  const broken = (patch: (r: Record<string, any>) => void) => {
    const copy = structuredClone(synthetic) as Record<string, any>;
    patch(copy);
    try {
      compileRuleSet(copy as typeof synthetic);
    } catch (e) {
      expect(e).toBeInstanceOf(LearningSocietyError);
      const err = e as LearningSocietyError;
      expect(err.code).toBe('invalid_rule_set');
      return err.issues.map((i) => [i.path.join('.'), i.code]);
    }
    throw new Error('expected the rule set to be refused');
  };

  it('refuses a stated maximum that does not equal the sum of its parts', () => {
    expect(broken((r) => (r.criteria[0].maxPoints = 25))).toEqual([['criteria.0.maxPoints', 'max_mismatch']]);
    expect(broken((r) => (r.maxTotal = 100))).toEqual([['maxTotal', 'max_mismatch']]);
  });

  it('refuses duplicate ids, unknown references and unreachable thresholds', () => {
    expect(broken((r) => (r.criteria[1].indicators[0].id = 'alpha.half'))).toEqual([['criteria.1.indicators.0.id', 'duplicate_id']]);
    expect(broken((r) => (r.outcome.rules[1].criterion = 'gamma'))).toEqual([['outcome.rules.1.criterion', 'unknown_criterion']]);
    expect(broken((r) => (r.outcome.rules[2].indicator = 'gamma'))).toEqual([['outcome.rules.2.indicator', 'unknown_indicator']]);
    expect(broken((r) => (r.criteria[0].source = { ref: 'nowhere' }))).toEqual([['criteria.0.source.ref', 'unknown_source']]);
    expect(broken((r) => (r.outcome.rules[0].points = 41))).toEqual([['outcome.rules.0.points', 'unreachable']]);
  });

  it('refuses points off the grid, bands out of order, and a period that ends before it starts', () => {
    expect(broken((r) => (r.criteria[0].indicators[0].maxPoints = 5.25))).toContainEqual(['criteria.0.indicators.0.maxPoints', 'off_grid']);
    expect(broken((r) => (r.criteria[1].indicators[0].bands[1].atLeast = 1))).toEqual([['criteria.1.indicators.0.bands.1.atLeast', 'bands_order']]);
    expect(broken((r) => (r.criteria[1].indicators[1].bands[1].points = 5))).toContainEqual(['criteria.1.indicators.1.bands.1.points', 'bands_monotone']);
    expect(broken((r) => (r.validTo = '2019-01-01'))).toEqual([['validTo', 'invalid_period']]);
  });

  it('refuses unknown fields and wrong shapes with zod messages in both languages', () => {
    const copy = structuredClone(synthetic) as Record<string, any>;
    copy.colour = 'red';
    copy.validFrom = '2020-02-30';
    try {
      compileRuleSet(copy as typeof synthetic);
      throw new Error('expected a failure');
    } catch (e) {
      const err = e as LearningSocietyError;
      const paths = err.issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['', 'validFrom']));
      const dateIssue = err.issues.find((i) => i.path[0] === 'validFrom')!;
      expect(dateIssue.message.en).toMatch(/date/i);
      expect(dateIssue.message.vi).toMatch(/ngày/i);
    }
  });
});

describe('problems of shape in plain Vietnamese', () => {
  it('no programmers’ words ("mong đợi string", "number >=0") in the Vietnamese of the usual problems', () => {
    const rs = getRuleSet('learning-family-khvn-2015') as unknown as Record<string, unknown>;
    const messages = (input: unknown) => {
      const r = safeParseRuleSet(input);
      return r.success ? [] : r.error.issues.map((i) => i.message.vi);
    };
    expect(messages({ ...rs, maxTotal: -5 })).toContain('phải từ 0 trở lên');
    expect(messages({ ...rs, model: 'gia-dinh' })[0]).toBe('giá trị không hợp lệ; các giá trị được phép: learning-family, learning-clan, learning-community, learning-unit, learning-citizen');
    expect(messages({ ...rs, extra: 1 })).toEqual(['trường không có trong mẫu: "extra" (tên gõ sai?)']);
    expect(messages({ ...rs, title: { vi: 'x'.repeat(3000), en: 'y' } })).toEqual(['dài quá: tối đa 2000 ký tự']);
    expect(messages({ ...rs, maxTotal: '100' })[0]).toBe('cần số, nhận được chữ (chuỗi ký tự)');
    for (const m of [messages({ ...rs, maxTotal: -5 }), messages({ ...rs, model: 1 }), messages({ ...rs, criteria: 'x' })].flat()) {
      expect(m).not.toMatch(/mong đợi|string|number|>=/);
    }
  });
});
