import { describe, expect, it } from 'vitest';
import {
  compileRuleSet,
  evaluate,
  getRuleSet,
  indicatorsOf,
  LearningSocietyError,
  safeEvaluate,
  type Assessment,
} from 'vn-learning-society';
import { synthetic } from '../fixtures/synthetic.js';

const full: Assessment = {
  points: { 'alpha.half': 5, 'alpha.step': 5 },
  facts: { 'alpha.flag': true, 'beta.count': 5, 'beta.ratio': { part: 9, whole: 10 } },
};

describe('evaluate: scoring', () => {
  it('adds indicator points into criteria and the total, and reports every maximum', () => {
    const r = evaluate(synthetic, full);
    expect(r.total).toBe(40);
    expect(r.maxTotal).toBe(40);
    expect(r.criteria.map((c) => [c.id, c.points, c.maxPoints])).toEqual([
      ['alpha', 20, 20],
      ['beta', 20, 20],
    ]);
    expect(r.recognized).toBe(true);
    expect(r.shortfalls).toEqual([]);
    expect(r.classification).toEqual({ id: 'good', label: { vi: 'Tốt', en: 'Good' } });
  });

  it('keeps half points exact', () => {
    const r = evaluate(synthetic, { ...full, points: { 'alpha.half': 3.5, 'alpha.step': 2.5 } });
    expect(r.criteria[0]!.indicators.map((i) => i.points)).toEqual([3.5, 2.5, 10]);
    expect(r.total).toBe(36);
  });

  it('maps a count to the highest band reached, and below the first band to 0', () => {
    const pointsFor = (count: number) =>
      evaluate(synthetic, { facts: { 'beta.count': count } }).criteria[1]!.indicators[0]!;
    expect([0, 1, 2, 4, 5, 500].map((n) => pointsFor(n).points)).toEqual([0, 0, 2.5, 2.5, 5, 5]);
    expect(pointsFor(1).band).toBe(-1);
    expect(pointsFor(4).band).toBe(0);
    expect(pointsFor(5).band).toBe(1);
  });

  it('compares a ratio with a decimal band exactly: 2/3 is below 66.7 %, 667/1000 is not', () => {
    const ratio = (part: number, whole: number) =>
      evaluate(synthetic, { facts: { 'beta.ratio': { part, whole } } }).criteria[1]!.indicators[1]!.points;
    expect(ratio(2, 3)).toBe(0);
    expect(ratio(667, 1000)).toBe(10);
    expect(ratio(666_999, 1_000_000)).toBe(0);
    expect(ratio(9, 10)).toBe(15);
    expect(ratio(0, 0)).toBe(0); // whenWholeIsZero
  });

  it('compares huge ratios exactly beyond the safe-integer range', () => {
    const whole = 9_000_000_000_000;
    const exact = (whole * 667) / 1000;
    const ratio = (part: number) =>
      evaluate(synthetic, { facts: { 'beta.ratio': { part, whole } } }).criteria[1]!.indicators[1]!.points;
    expect(ratio(exact)).toBe(10);
    expect(ratio(exact - 1)).toBe(0);
  });

  it('gives a family with no child of compulsory age the full attendance points (QĐ 448/QĐ-KHVN, Mục A, tiêu chí 1)', () => {
    const r = evaluate(getRuleSet('learning-family-khvn-2015'), { facts: { 'children.attendance': { part: 0, whole: 0 } } });
    expect(r.criteria[0]!.indicators[0]!.points).toBe(10);
  });
});

describe('evaluate: outcome and shortfalls', () => {
  it('lists each failed rule with what it required, what was reached and its legal source in vi and en', () => {
    const r = evaluate(synthetic, { points: { 'alpha.half': 5, 'alpha.step': 5 }, facts: { 'alpha.flag': false, 'beta.count': 2 } });
    expect(r.recognized).toBe(false);
    expect(r.total).toBe(12.5);
    expect(r.shortfalls.map((s) => [s.rule, s.required, s.actual])).toEqual([
      ['total', 20.5, 12.5],
      ['beta-half', 7, 2.5],
      ['flag-required', 10, 0],
    ]);
    const [total, beta, flag] = r.shortfalls;
    expect(total!.message).toEqual({
      vi: 'Tổng điểm 12,5/40 chưa đạt mức tối thiểu 20,5 điểm',
      en: 'Total of 12.5/40 points is below the minimum of 20.5',
    });
    expect(total!.source.citation.vi).toBe('Văn bản số 1/TEST ngày 02/01/2020 của Cơ quan thử');
    expect(beta!.target).toBe('beta');
    expect(beta!.source).toMatchObject({ id: 'test-annex', uncertain: true });
    expect(beta!.source.citation.en).toBe('Guidance No. 2/TEST, Test body (not yet checked against the original text)');
    expect(flag!.message.en).toBe('Mandatory indicator “Yes/no” has 0/10 points; it needs 10');
  });

  it('rounds a percentage minimum up to the next allowed point: 33.4 % of 20 needs 7, not 6.5', () => {
    const base = { facts: { 'alpha.flag': true, 'beta.count': 5 }, points: { 'alpha.half': 5, 'alpha.step': 5 } };
    const fails = evaluate(synthetic, { ...base, facts: { ...base.facts, 'beta.count': 2, 'beta.ratio': { part: 0, whole: 1 } }, points: { ...base.points } });
    expect(fails.shortfalls.find((s) => s.rule === 'beta-half')).toMatchObject({ required: 7, actual: 2.5 });
  });

  it('ranks classes best first and explains what a higher class lacked', () => {
    const r = evaluate(synthetic, { ...full, facts: { ...full.facts, 'beta.count': 4, 'beta.ratio': { part: 7, whole: 10 } } });
    expect(r.total).toBe(32.5);
    expect(r.classification?.id).toBe('fair');
    const good = r.classes.find((c) => c.id === 'good')!;
    expect(good.reached).toBe(false);
    expect(good.shortfalls.map((s) => [s.rule, s.target, s.required, s.actual])).toEqual([['good-each', 'beta', 15, 12.5]]);
    expect(r.classes.find((c) => c.id === 'fair')!.reached).toBe(true);
  });

  it('reaches no class below the lowest one', () => {
    expect(evaluate(synthetic, {}).classification).toBeNull();
  });

  it('counts a missing indicator as 0 and lists it, or refuses it with missing: "error"', () => {
    const r = evaluate(synthetic, { points: { 'alpha.half': 5 } });
    expect(r.missing).toEqual(['alpha.step', 'alpha.flag', 'beta.count', 'beta.ratio']);
    expect(r.criteria[0]!.indicators[1]).not.toHaveProperty('input');
    const strict = safeEvaluate(synthetic, { points: { 'alpha.half': 5 } }, { missing: 'error' });
    expect(strict.success).toBe(false);
    if (!strict.success) expect(strict.error.issues.map((i) => i.path.join('.'))).toContain('facts.beta.ratio');
  });

  it('echoes the assessment id', () => {
    expect(evaluate(synthetic, { id: 'hộ-01' }).assessmentId).toBe('hộ-01');
  });
});

describe('compileRuleSet', () => {
  it('gives the same result as evaluate, for many assessments', () => {
    const score = compileRuleSet(synthetic);
    for (const count of [0, 3, 9]) {
      const a: Assessment = { ...full, facts: { ...full.facts, 'beta.count': count } };
      expect(score(a)).toEqual(evaluate(synthetic, a));
    }
  });

  it('freezes its copy of the rule set, so later changes to the input do not leak in', () => {
    const copy = structuredClone(synthetic);
    const score = compileRuleSet(copy);
    (copy.outcome.rules[0] as { points: number }).points = 1;
    expect(score({}).shortfalls[0]!.required).toBe(20.5);
    expect(Object.isFrozen(score.ruleSet.criteria[0])).toBe(true);
  });

  it('has a safe variant', () => {
    const score = compileRuleSet(synthetic);
    expect(score.safe(full)).toMatchObject({ success: true, data: { total: 40 } });
    expect(score.safe({ points: { nope: 1 } })).toMatchObject({ success: false, error: { code: 'invalid_assessment' } });
  });
});

describe('legal source of a shortfall', () => {
  it('is the rule’s own, else that of the criterion or indicator it is about, else the class’s, else the first source', () => {
    const rs = structuredClone(synthetic);
    rs.criteria[0]!.source = { ref: 'test-annex', article: 'Điều 3' };
    rs.outcome.rules = [
      { kind: 'min-criterion', id: 'alpha-all', criterion: 'alpha', points: 20 },
      { kind: 'mandatory-indicator', id: 'half-all', indicator: 'alpha.half' },
      { kind: 'min-total', id: 'total', points: 40 },
      { kind: 'min-total', id: 'total-own', points: 40, source: { ref: 'test-annex', article: 'Điều 9' } },
    ];
    rs.outcome.classes = [{ id: 'top', label: { vi: 'Cao nhất', en: 'Top' }, source: { ref: 'test-annex', article: 'Điều 5' }, rules: [{ kind: 'min-total', id: 'top-total', points: 40 }] }];
    const r = evaluate(rs, {});
    expect(r.shortfalls.map((s) => [s.rule, s.source.id, s.source.article])).toEqual([
      ['alpha-all', 'test-annex', 'Điều 3'],
      ['half-all', 'test-annex', 'Điều 3'],
      ['total', 'test-doc', undefined],
      ['total-own', 'test-annex', 'Điều 9'],
    ]);
    expect(r.classes[0]!.shortfalls[0]!.source).toMatchObject({ id: 'test-annex', article: 'Điều 5' });
  });
});

describe('explainEvaluation', () => {
  it('renders the verdict, class, points, shortfalls with their basis, and missing data in each language', async () => {
    const { explainEvaluation } = await import('vn-learning-society');
    const r = evaluate(synthetic, { id: 'xã A', points: { 'alpha.half': 2.5 }, facts: { 'beta.ratio': { part: 2, whole: 3 } } });
    const vi = explainEvaluation(r, { lang: 'vi' }).split('\n');
    expect(vi[0]).toBe('xã A — Đạt [synthetic-test]');
    expect(vi[1]).toBe('CHƯA ĐẠT: 2,5/40 điểm · Xếp loại: không xếp loại');
    expect(vi).toContain('     - Tỷ lệ: 0/15 (2/3 = 66,7%)');
    expect(vi).toContain('     - Có/không: 0/10 (chưa nhập)');
    expect(vi).toContain('     Căn cứ: Văn bản số 1/TEST ngày 02/01/2020 của Cơ quan thử');
    expect(vi.at(-1)).toBe('  Chưa có dữ liệu (tính 0 điểm): alpha.step, alpha.flag, beta.count');
    const en = explainEvaluation(r, { lang: 'en', indicators: false }).split('\n');
    expect(en[1]).toBe('NOT RECOGNISED: 2.5/40 points · Class: no class reached');
    expect(en).toContain('  2. Criterion B: 0/20');
    expect(en.some((l) => l.startsWith('     - '))).toBe(false);
  });
});

describe('evaluate in a loop keeps the compiled form of each rule-set object', () => {
  it('gives the same result as the compiled function, and sees a rule set changed in place', () => {
    const rs = getRuleSet('learning-family-khvn-2015');
    const points = Object.fromEntries(indicatorsOf(rs).filter((i) => i.kind === 'judged').map((i) => [i.id, 9]));
    const a = { points, facts: { 'children.attendance': { part: 1, whole: 1 }, 'conditions.bookshelf': true } };
    const first = evaluate(rs, a);
    expect(first).toEqual(compileRuleSet(rs)(a));
    expect(evaluate(rs, a)).toEqual(first);
    // A province edits its copy in place: the next call scores with the edit, not a stale compiled form.
    const rule = rs.outcome.rules.find((r) => r.id === 'min-total') as { points: number };
    rule.points = first.total + 1;
    expect(evaluate(rs, a).recognized).toBe(false);
    rule.points = first.total;
    expect(evaluate(rs, a).recognized).toBe(first.recognized);
    // Options are part of the key.
    expect(() => evaluate(rs, { points: {} }, { missing: 'error' })).toThrow(LearningSocietyError);
    expect(evaluate(rs, { points: {} }).total).toBe(0);
  });
});
