import { describe, expect, it } from 'vitest';
import { compileRuleSet, evaluate, formatViNumber, LearningSocietyError, parseViNumber, roundDecimal, safeEvaluate, type RuleSet } from 'vn-learning-society';
import { synthetic } from '../fixtures/synthetic.js';

// What mutation testing found untested (issue 24; ../shared/reports/mutation-2026-12.md, parts C and E): each test
// states a verdict, a total or a number a user sees, at the edge where a changed comparison would change it. The rule
// sets here are synthetic test data, not official figures.

/** Two criteria of 10 points, half points allowed; recognised with half of each, and half of B on its own rule. */
const edges: RuleSet = {
  ...synthetic,
  id: 'edges-test',
  maxTotal: 20,
  criteria: [
    { id: 'a', label: { vi: 'Tiêu chí A', en: 'Criterion A' }, maxPoints: 10, indicators: [{ kind: 'judged', id: 'a.x', label: { vi: 'Nội dung A', en: 'Item A' }, maxPoints: 10 }] },
    { id: 'b', label: { vi: 'Tiêu chí B', en: 'Criterion B' }, maxPoints: 10, indicators: [{ kind: 'judged', id: 'b.x', label: { vi: 'Nội dung B', en: 'Item B' }, maxPoints: 10 }] },
  ],
  outcome: {
    title: { vi: 'Đạt', en: 'Passed' },
    rules: [
      { kind: 'min-each-criterion', id: 'each', percent: 50 },
      { kind: 'min-criterion', id: 'b-half', criterion: 'b', percent: 50 },
    ],
  },
};
const scored = (a: number, b: number) => evaluate(edges, { points: { 'a.x': a, 'b.x': b } });

describe('a criterion exactly at its minimum share is enough (min-each-criterion, min-criterion)', () => {
  it('5 of 10 in each criterion, at 50 % each, is recognised with no shortfall', () => {
    expect(scored(5, 5)).toMatchObject({ recognized: true, total: 10, shortfalls: [] });
  });

  it('half a point below, in A: the min-each-criterion rule fails, naming A with its half points', () => {
    const e = scored(4.5, 5);
    expect(e.recognized).toBe(false);
    expect(e.shortfalls.map((s) => ({ rule: s.rule, actual: s.actual, required: s.required, vi: s.message.vi, en: s.message.en }))).toEqual([
      { rule: 'each', actual: 4.5, required: 5, vi: 'Tiêu chí “Tiêu chí A” đạt 4,5/10 điểm, chưa đạt mức tối thiểu 5 điểm', en: 'Criterion “Criterion A” has 4.5/10 points, below the minimum of 5' },
    ]);
  });

  it('half a point below, in B: both rules fail (each criterion, and B on its own)', () => {
    const e = scored(5, 4.5);
    expect(e.recognized).toBe(false);
    expect(e.shortfalls.map((s) => [s.rule, s.actual, s.required, s.message.en])).toEqual([
      ['each', 4.5, 5, 'Criterion “Criterion B” has 4.5/10 points, below the minimum of 5'],
      ['b-half', 4.5, 5, 'Criterion “Criterion B” has 4.5/10 points, below the minimum of 5'],
    ]);
  });
});

describe('ratio bands at their exact boundary when the cross-products pass 2^53 (compared as BigInts)', () => {
  // synthetic's beta.ratio: 66.7 % → 10 points, 90 % → 15; the rest of the assessment gives 15 (alpha.half 5, the flag 10).
  const total = (part: number, whole: number) => evaluate(synthetic, { points: { 'alpha.half': 5 }, facts: { 'alpha.flag': true, 'beta.ratio': { part, whole } } }).total;
  it('667 × 10^12 of 10^15 is exactly 66.7 %: the band is reached; one less is not', () => {
    expect(667e12 * 1000).toBeGreaterThan(2 ** 53); // the products the comparison needs are past exact doubles
    expect(total(667e12, 1e15)).toBe(25);
    expect(total(667e12 - 1, 1e15)).toBe(15);
  });
  it('9 × 10^14 of 10^15 is exactly 90 %: the top band; one less is the band below', () => {
    expect(total(9e14, 1e15)).toBe(30);
    expect(total(9e14 - 1, 1e15)).toBe(25);
  });
});

describe('shapes that are refused, not read as something else', () => {
  const codes = (a: unknown) => {
    const r = safeEvaluate(synthetic, a as never);
    return r.success ? 'accepted' : r.error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
  };
  it('{ points: null } and { facts: null } are refused, not read as "all missing"', () => {
    expect(codes({ points: null })).toEqual(['invalid_type points']);
    expect(codes({ facts: null })).toEqual(['invalid_type facts']);
  });
  it('a ratio with a negative part, or a negative whole, is refused, not scored 0', () => {
    expect(codes({ facts: { 'beta.ratio': { part: -1, whole: 2 } } })).toEqual(['negative facts.beta.ratio']);
    expect(codes({ facts: { 'beta.ratio': { part: 1, whole: -2 } } })).toEqual(['negative facts.beta.ratio']);
  });
});

describe('Vietnamese numbers at the edges (parseViNumber)', () => {
  const code = (text: string) => {
    try {
      return parseViNumber(text);
    } catch (e) {
      expect(e).toBeInstanceOf(LearningSocietyError);
      return (e as LearningSocietyError).issues[0]!.code;
    }
  };
  it('refuses 1.234.56 (a last group of two digits) and 12, (a comma with no digit after)', () => {
    expect(code('1.234.56')).toBe('invalid_number');
    expect(code('1.234.567')).toBe(1234567);
    expect(code('12,')).toBe('invalid_number');
    expect(code(',5')).toBe('invalid_number');
  });
  it('reads the Unicode minus as a minus, and refuses words after the number', () => {
    expect(code('−5')).toBe(-5);
    expect(code('−5,5')).toBe(-5.5);
    expect(code('12 abc')).toBe('invalid_number');
  });
  it('reads three decimals before a %, and a grouped number before "triệu"', () => {
    expect(code('66,667%')).toBe(66.667);
    expect(code('1,234 triệu')).toBe(1_234_000);
  });
  it('takes a number of 100 characters and refuses one of 101', () => {
    expect(code(`${'0'.repeat(99)}7`)).toBe(7);
    expect(code(`${'0'.repeat(100)}7`)).toBe('too_long');
  });
});

describe('numbers: arguments and messages at their limits (issue 24, what the mutation run of vi-number left)', () => {
  const refused = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(LearningSocietyError);
      return (e as LearningSocietyError).issues[0]!.message.en;
    }
    return 'accepted';
  };
  it('roundDecimal takes 0 to 100 decimals and a named rounding, and refuses anything else', () => {
    expect(roundDecimal('2.5', 0, 'half-up').toString()).toBe('3');
    expect(roundDecimal('1', 100, 'half-up').toString()).toBe('1');
    for (const decimals of [-1, 101, 1.5, Number.NaN]) expect(refused(() => roundDecimal('1', decimals, 'half-up')), String(decimals)).toContain('a number of decimals from 0 to 100');
    for (const rounding of ['banker', 5, undefined, 'toString']) expect(refused(() => roundDecimal('1', 1, rounding as never)), String(rounding)).toContain('a rounding (');
  });
  it('a value to round or format may be a number, its text, a bigint or a Decimal; nothing else, and nothing infinite', () => {
    expect([roundDecimal(2.25, 1, 'half-even'), roundDecimal('2.25', 1, 'half-up'), roundDecimal(7n, 0, 'ceiling')].map(String)).toEqual(['2.2', '2.3', '7']);
    expect(refused(() => roundDecimal({} as never, 1, 'half-up'))).toContain('a number');
    expect(refused(() => roundDecimal(true as never, 1, 'half-up'))).toContain('a number');
    expect(refused(() => formatViNumber(Number.POSITIVE_INFINITY))).toContain('not a finite number');
    expect([formatViNumber(1.5), formatViNumber(1234567.891, { decimals: 2 })]).toEqual(['1,5', '1.234.567,89']);
  });
  it('a message quotes at most 40 characters of the text it refuses', () => {
    const long = `${'9'.repeat(45)}x`;
    expect(refused(() => parseViNumber(long))).toContain(`"${'9'.repeat(40)}…"`);
    const forty = `${'9'.repeat(39)}x`;
    expect(refused(() => parseViNumber(forty))).toContain(`"${forty}"`);
    expect(refused(() => parseViNumber(5 as never))).toContain('not text');
  });
  it('a space before % and after the text is read as Excel-vi writes it', () => {
    expect([parseViNumber('12 %'), parseViNumber('66,667% '), parseViNumber(' 7,5 ')]).toEqual([12, 66.667, 7.5]);
  });
});

describe('half points in the shortfalls of a mandatory indicator and of each indicator, and what an evaluation carries (issue 24, second pass)', () => {
  /** Half points; X is mandatory (a rule marked uncertain), X and Y need 80 % each; B's share has uncertain bands. */
  const { level: _level, ...noLevel } = synthetic;
  const halves: RuleSet = {
    ...noLevel,
    id: 'halves-test',
    maxTotal: 15,
    criteria: [
      {
        id: 'a',
        label: { vi: 'Tiêu chí A', en: 'Criterion A' },
        maxPoints: 10,
        indicators: [
          { kind: 'judged', id: 'a.x', label: { vi: 'Nội dung X', en: 'Item X' }, maxPoints: 5 },
          { kind: 'judged', id: 'a.y', label: { vi: 'Nội dung Y', en: 'Item Y' }, maxPoints: 5 },
        ],
      },
      {
        id: 'b',
        label: { vi: 'Tiêu chí B', en: 'Criterion B' },
        maxPoints: 5,
        indicators: [
          {
            kind: 'ratio',
            id: 'b.share',
            label: { vi: 'Tỷ lệ', en: 'Share' },
            part: { vi: 'Phần', en: 'Part' },
            whole: { vi: 'Tổng', en: 'Whole' },
            uncertain: true,
            bands: [
              { atLeastPercent: 50, points: 2.5 },
              { atLeastPercent: 80, points: 5 },
            ],
            whenWholeIsZero: 5,
          },
        ],
      },
    ],
    outcome: {
      title: { vi: 'Đạt', en: 'Passed' },
      rules: [
        { kind: 'mandatory-indicator', id: 'x-needed', indicator: 'a.x', uncertain: true },
        { kind: 'min-each-indicator', id: 'each-80', indicators: ['a.x', 'a.y'], percent: 80 },
      ],
    },
  };
  const scoredWith = (share: { part: number; whole: number }, id?: string) =>
    evaluate(halves, { ...(id !== undefined ? { id } : {}), points: { 'a.x': 4.5, 'a.y': 3.5 }, facts: { 'b.share': share } });

  it('4,5 of a mandatory 5 and 3,5 of a required 4 are printed in half points, and only the uncertain rule is marked uncertain', () => {
    const e = scoredWith({ part: 6, whole: 10 });
    expect(e.total).toBe(10.5);
    expect(e.shortfalls.map(({ source: _s, ...s }) => s)).toStrictEqual([
      {
        rule: 'x-needed',
        kind: 'mandatory-indicator',
        required: 5,
        actual: 4.5,
        message: { vi: 'Chỉ báo bắt buộc “Nội dung X” đạt 4,5/5 điểm, cần 5 điểm', en: 'Mandatory indicator “Item X” has 4.5/5 points; it needs 5' },
        target: 'a.x',
        uncertain: true,
      },
      {
        rule: 'each-80',
        kind: 'min-each-indicator',
        required: 4,
        actual: 3.5,
        message: { vi: 'Chỉ báo “Nội dung Y” đạt 3,5/5 điểm, chưa đạt mức tối thiểu 4 điểm', en: 'Indicator “Item Y” has 3.5/5 points, below the minimum of 4' },
        target: 'a.y',
      },
    ]);
  });

  it('each indicator carries the points given, and a share its band; the evaluation has an assessment id only when given, and no level when the rule set has none', () => {
    const e = scoredWith({ part: 6, whole: 10 }, 'household-7');
    expect(e.criteria[0]!.indicators).toStrictEqual([
      { id: 'a.x', kind: 'judged', label: { vi: 'Nội dung X', en: 'Item X' }, points: 4.5, maxPoints: 5, input: 4.5 },
      { id: 'a.y', kind: 'judged', label: { vi: 'Nội dung Y', en: 'Item Y' }, points: 3.5, maxPoints: 5, input: 3.5 },
    ]);
    expect(e.criteria[1]!.indicators[0]).toStrictEqual({ id: 'b.share', kind: 'ratio', label: { vi: 'Tỷ lệ', en: 'Share' }, points: 2.5, maxPoints: 5, input: { part: 6, whole: 10 }, band: 0 });
    expect(e.assessmentId).toBe('household-7');
    expect(Object.keys(scoredWith({ part: 6, whole: 10 }))).toEqual(['ruleSetId', 'model', 'title', 'recognized', 'classification', 'scale', 'total', 'maxTotal', 'criteria', 'shortfalls', 'classes', 'missing', 'provisional', 'unconfirmed']);
    const noInput = evaluate(halves, { points: { 'a.x': 5 } }).criteria[1]!.indicators[0]!;
    expect(Object.keys(noInput)).toEqual(['id', 'kind', 'label', 'points', 'maxPoints', 'band']);
  });

  it('names the unconfirmed value each share used: the points for a zero whole, the first band below it, the band reached', () => {
    const used = (part: number, whole: number) => scoredWith({ part, whole }).unconfirmed.map((u) => [u.path, u.value]);
    const rule = ['outcome.rules[x-needed].points', 'max'];
    expect(used(0, 0)).toEqual([rule, ['criteria[b].indicators[b.share].whenWholeIsZero', 5]]);
    expect(used(1, 10)).toEqual([rule, ['criteria[b].indicators[b.share].bands[0]', { atLeastPercent: 50, points: 2.5 }]]);
    expect(used(6, 10)).toEqual([rule, ['criteria[b].indicators[b.share].bands[0]', { atLeastPercent: 50, points: 2.5 }]]);
    expect(used(9, 10)).toEqual([rule, ['criteria[b].indicators[b.share].bands[1]', { atLeastPercent: 80, points: 5 }]]);
    expect([scoredWith({ part: 0, whole: 0 }).total, scoredWith({ part: 1, whole: 10 }).total, scoredWith({ part: 9, whole: 10 }).total]).toEqual([13, 8, 13]);
  });
});

describe('an assessment of the wrong shape is told exactly what is wrong (issue 24, what the mutation run of check.ts left)', () => {
  const issues = (a: unknown) => {
    const r = safeEvaluate(synthetic, a as never);
    return r.success ? 'accepted' : r.error.issues.map((i) => ({ ...i, path: i.path.join('.') }));
  };
  it('a list, null, a text or a number is not an assessment; points or facts that are not objects are refused, not read as nothing given', () => {
    const notObject = [{ path: '', code: 'not_object', message: { vi: expect.any(String), en: 'an assessment must be an object' } }];
    expect(issues([])).toStrictEqual(notObject);
    expect(issues(null)).toStrictEqual(notObject);
    expect(issues('x')).toStrictEqual(notObject);
    expect(issues(5)).toStrictEqual(notObject);
    expect(issues({ points: 5 })).toMatchObject([{ path: 'points', code: 'invalid_type', message: { en: '"points" must be an object keyed by indicator id' } }]);
    expect(issues({ facts: true })).toMatchObject([{ path: 'facts', code: 'invalid_type', message: { en: '"facts" must be an object keyed by indicator id' } }]);
  });
  it('a count given as the text "-1" is of the wrong type, not a negative count', () => {
    expect(issues({ facts: { 'beta.count': '-1' } })).toMatchObject([{ path: 'facts.beta.count', code: 'invalid_type', rule: 'beta.count', message: { en: 'a count must be a non-negative whole number' } }]);
  });
  it('a ratio: a part above its whole is named at the part, with both figures; null or text is not a ratio', () => {
    expect(issues({ facts: { 'beta.ratio': { part: 3, whole: 2 } } })).toStrictEqual([
      { path: 'facts.beta.ratio.part', code: 'part_above_whole', rule: 'beta.ratio', message: { vi: expect.stringContaining('(3)'), en: 'the part (3) is larger than the whole (2)' } },
    ]);
    for (const bad of [null, 'ab', 5]) {
      expect(issues({ facts: { 'beta.ratio': bad } }), String(bad)).toStrictEqual([
        { path: 'facts.beta.ratio', code: 'invalid_type', rule: 'beta.ratio', message: { vi: expect.any(String), en: 'a ratio must be { part, whole } with two non-negative whole numbers' } },
      ]);
    }
  });
  it('a problem with no indicator (an unknown field) carries no rule', () => {
    expect(issues({ extra: 1 })).toStrictEqual([{ path: 'extra', code: 'unknown_key', message: { vi: expect.any(String), en: '"extra" is not a field of an assessment (only id, points, facts)' } }]);
  });
  it('a shortfall of the total names no target', () => {
    const e = evaluate(synthetic, { points: { 'alpha.half': 5 }, facts: { 'alpha.flag': true } });
    expect(e.shortfalls.map((s) => [s.rule, Object.keys(s)])).toEqual([
      ['total', ['rule', 'kind', 'required', 'actual', 'message', 'source']],
      ['beta-half', ['rule', 'kind', 'required', 'actual', 'message', 'source', 'target']],
    ]);
  });
});

describe('points in hundredths whose product by 100 is not whole in floating point', () => {
  it('0,57 of a rule set in hundredths (0.57 × 100 = 56.99999999999999) is 57 hundredths, accepted and added exactly', () => {
    expect(0.57 * 100).not.toBe(57);
    const hundredths: RuleSet = {
      ...synthetic,
      id: 'hundredths-test',
      pointDenominator: 100,
      maxTotal: 1,
      criteria: [{ id: 'a', label: { vi: 'Tiêu chí A', en: 'Criterion A' }, indicators: [{ kind: 'judged', id: 'a.x', label: { vi: 'Nội dung A', en: 'Item A' }, maxPoints: 1 }] }],
      outcome: { title: { vi: 'Đạt', en: 'Passed' }, rules: [{ kind: 'min-total', id: 'half', points: 0.5 }] },
    };
    expect(evaluate(hundredths, { points: { 'a.x': 0.57 } })).toMatchObject({ recognized: true, total: 0.57, shortfalls: [] });
  });
});

describe('what planning a rule set decides (issue 24, what the mutation run of plan.ts left)', () => {
  /** One criterion: a judged item of 10 points, mandatory at 5; a share whose whole may be zero (no points given for that). */
  const planned: RuleSet = {
    ...synthetic,
    id: 'plan-test',
    maxTotal: 20,
    criteria: [
      {
        id: 'a',
        label: { vi: 'Tiêu chí A', en: 'Criterion A' },
        indicators: [
          { kind: 'judged', id: 'a.x', label: { vi: 'Nội dung X', en: 'Item X' }, maxPoints: 10 },
          {
            kind: 'ratio',
            id: 'a.share',
            label: { vi: 'Tỷ lệ', en: 'Share' },
            part: { vi: 'Phần', en: 'Part' },
            whole: { vi: 'Tổng', en: 'Whole' },
            bands: [
              { atLeastPercent: 50, points: 5 },
              { atLeastPercent: 80, points: 10 },
            ],
          },
        ],
      },
    ],
    outcome: {
      title: { vi: 'Đạt', en: 'Passed' },
      rules: [{ kind: 'mandatory-indicator', id: 'x-half', indicator: 'a.x', points: 5 }],
      classes: [
        { id: 'good', label: { vi: 'Tốt', en: 'Good' }, source: { ref: 'test-annex', article: 'Điều 3' }, rules: [{ kind: 'min-total', id: 'good-total', points: 18 }] },
        { id: 'best', label: { vi: 'Xuất sắc', en: 'Excellent' }, rules: [{ kind: 'class-reached', id: 'needs-good', class: 'good' }] },
      ],
    },
  };

  it('a mandatory indicator with its own points needs those points, not its maximum: 5 of 10 is enough', () => {
    expect(evaluate(planned, { points: { 'a.x': 5 }, facts: { 'a.share': { part: 1, whole: 2 } } })).toMatchObject({ recognized: true, total: 10 });
    expect(evaluate(planned, { points: { 'a.x': 4 }, facts: { 'a.share': { part: 1, whole: 2 } } }).shortfalls.map((s) => [s.rule, s.required, s.actual])).toEqual([['x-half', 5, 4]]);
  });

  it('a share of a zero whole takes the highest band’s points when the rule set gives none for it (nothing is missing)', () => {
    expect(evaluate(planned, { points: { 'a.x': 5 }, facts: { 'a.share': { part: 0, whole: 0 } } }).total).toBe(15);
  });

  it('a class-reached rule with no source of its own cites the class it requires; a source cited without an article has none, and an unchecked one says so', () => {
    const e = evaluate(planned, { points: { 'a.x': 5 }, facts: { 'a.share': { part: 1, whole: 2 } } });
    const best = e.classes.find((c) => c.id === 'best')!;
    expect(best.shortfalls.map((s) => [s.rule, s.source])).toStrictEqual([
      ['good-total', { id: 'test-annex', citation: expect.any(Object), article: 'Điều 3', uncertain: true }],
    ]);
    const good = e.classes.find((c) => c.id === 'good')!;
    expect(good.shortfalls[0]!.source).toStrictEqual({ id: 'test-annex', citation: expect.any(Object), article: 'Điều 3', uncertain: true });
    const recognition = evaluate(planned, { points: { 'a.x': 4 }, facts: { 'a.share': { part: 1, whole: 2 } } }).shortfalls[0]!;
    expect(recognition.source).toStrictEqual({ id: 'test-doc', citation: { vi: 'Văn bản số 1/TEST ngày 02/01/2020 của Cơ quan thử', en: 'Document No. 1/TEST of 02/01/2020, Test body' } });
  });
});

describe('compiling and the cache of evaluate (issue 24, what the mutation run of compile.ts and evaluate.ts left)', () => {
  const kind = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof LearningSocietyError ? `${e.code} ${e.issues[0]?.path.join('.') ?? ''}` : `not typed: ${String(e)}`;
    }
    return 'accepted';
  };
  it('options that are not ones are refused, naming them; a compiled rule set shows `safe` and `ruleSet`', () => {
    expect(kind(() => compileRuleSet(synthetic, { strict: 'yes' as never }))).toBe('invalid_input options.strict');
    expect(kind(() => compileRuleSet(synthetic, { missing: 'skip' as never }))).toBe('invalid_input options.missing');
    expect(Object.keys(compileRuleSet(synthetic))).toEqual(['safe', 'ruleSet']);
  });
  it('a rule set that is not an object is refused with a typed error by evaluate too', () => {
    expect(kind(() => evaluate(null as never, {}))).toMatch(/^invalid_rule_set|^invalid_input/);
    expect(kind(() => evaluate('learning-family' as never, {}))).toBe('untrusted_input '); // read as JSON text, which it is not
  });
  it('strict and not strict are compiled apart: an uncertain rule refuses a strict evaluation after a plain one, and the other way round', () => {
    const uncertain: RuleSet = { ...synthetic, id: 'uncertain-test', outcome: { ...synthetic.outcome, rules: [{ kind: 'min-total', id: 'total', points: 20.5, uncertain: true }] } };
    const a = { points: { 'alpha.half': 5 } };
    expect(kind(() => evaluate(uncertain, a))).toBe('accepted');
    expect(kind(() => evaluate(uncertain, a, { strict: true }))).toMatch(/^unconfirmed_values/);
    expect(kind(() => evaluate(uncertain, a))).toBe('accepted');
  });
  it('a rule set changed in place is compiled again', () => {
    const mine = structuredClone(synthetic) as { outcome: { rules: { kind: string; points?: number }[] } } & RuleSet;
    const a = { points: { 'alpha.half': 5 }, facts: { 'alpha.flag': true, 'beta.ratio': { part: 9, whole: 10 } } };
    expect(evaluate(mine, a).recognized).toBe(true); // 30 points against a minimum of 20,5
    mine.outcome.rules[0]!.points = 35;
    expect(evaluate(mine, a).recognized).toBe(false);
  });
});
