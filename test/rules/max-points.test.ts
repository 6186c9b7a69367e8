import { describe, expect, it } from 'vitest';
import { criterionMaxPoints, getRuleSet, indicatorMaxPoints, LearningSocietyError, ruleSetMaxPoints, type Criterion, type Indicator, type RuleSet } from 'vn-learning-society';
import { synthetic } from '../fixtures/synthetic.js';

/** The error a call throws, for its code and issues. */
function thrown(f: () => unknown): LearningSocietyError {
  try {
    f();
  } catch (e) {
    if (e instanceof LearningSocietyError) return e;
    throw e;
  }
  throw new Error('nothing was thrown');
}

describe('the most points an indicator, a criterion and a rule set can award', () => {
  it('QĐ 448/QĐ-KHVN (2015) learning family: 10 for attendance, 30 for criterion 1, 100 in all', () => {
    const rs = getRuleSet('learning-family-khvn-2015');
    expect(rs.sources[0]!.document.number).toBe('448/QĐ-KHVN');
    expect(indicatorMaxPoints(rs.criteria[0]!.indicators[0]!)).toBe(10);
    expect(criterionMaxPoints(rs.criteria[0]!)).toBe(30);
    expect(ruleSetMaxPoints(rs)).toBe(100);
  });

  it('the synthetic rule set in half points (test data): each kind, each criterion and the whole, by its denominator', () => {
    const [alpha, beta] = synthetic.criteria;
    expect(alpha!.indicators.map(indicatorMaxPoints)).toEqual([5, 5, 10]);
    expect(beta!.indicators.map(indicatorMaxPoints)).toEqual([5, 15]);
    expect(criterionMaxPoints(alpha!, 2)).toBe(20);
    expect(criterionMaxPoints(beta!, 2)).toBe(20);
    expect(ruleSetMaxPoints(synthetic)).toBe(40);
  });

  it('a maximum off the denominator makes the sum NaN, as a rule set with such a maximum fails validation', () => {
    const thirds: Criterion = { id: 'c', label: { vi: 'C', en: 'C' }, indicators: [{ kind: 'judged', id: 'c.x', label: { vi: 'X', en: 'X' }, maxPoints: 1 / 3 }] };
    expect(criterionMaxPoints(thirds, 2)).toBeNaN();
    expect(ruleSetMaxPoints({ ...synthetic, criteria: [thirds] })).toBeNaN();
  });
});

describe('their arguments, checked once at each public function', () => {
  it('an indicator that is not an object is named "indicator"', () => {
    const e = thrown(() => indicatorMaxPoints(null as unknown as Indicator));
    expect(e.code).toBe('invalid_input');
    expect(e.issues[0]).toMatchObject({ path: ['indicator'], code: 'invalid_type' });
    expect(e.issues[0]!.message.en).toBe('expected an object, got null');
  });

  it('a criterion without a list of indicators, or with an indicator that is not an object, is refused by name', () => {
    expect(thrown(() => criterionMaxPoints(5 as unknown as Criterion)).issues[0]!.path).toEqual(['criterion']);
    expect(thrown(() => criterionMaxPoints({} as Criterion)).issues[0]!.path).toEqual(['criterion.indicators']);
    const e = thrown(() => criterionMaxPoints({ indicators: [synthetic.criteria[0]!.indicators[0]!, 7] } as unknown as Criterion));
    expect(e.issues[0]).toMatchObject({ path: ['indicator'], code: 'invalid_type' });
    expect(e.issues[0]!.message.en).toBe('expected an object, got 7');
  });

  it('a rule set of the wrong shape is refused as a whole, before any criterion is read', () => {
    const e = thrown(() => ruleSetMaxPoints({ criteria: [{ indicators: [null] }], outcome: { rules: [] } } as unknown as RuleSet));
    expect(e.issues[0]).toMatchObject({ path: ['ruleSet'], code: 'invalid_type' });
    expect(e.issues[0]!.message.en).toMatch(/^expected a rule set \(checked by parseRuleSet\), got /);
  });
});
