import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULE_SET_IDS,
  compileRuleSet,
  diffRuleSets,
  evaluate,
  forkRuleSet,
  getRuleSet,
  parseRuleSet,
  type Assessment,
  type Evaluation,
  type Indicator,
  type RuleSet,
} from 'vn-learning-society';
import { levels } from '../fixtures/levels.js';
import { synthetic } from '../fixtures/synthetic.js';

const ruleSets: RuleSet[] = [...BUILT_IN_RULE_SET_IDS.map((id) => getRuleSet(id)), synthetic, levels];

/** A valid value for one indicator. */
function arbValue(ind: Indicator, den: number): fc.Arbitrary<number | boolean | { part: number; whole: number }> {
  switch (ind.kind) {
    case 'judged': {
      const step = ind.step ?? 1 / den;
      return fc.integer({ min: 0, max: Math.round(ind.maxPoints / step) }).map((k) => (k * step * den) / den);
    }
    case 'boolean':
      return fc.boolean();
    case 'count':
      return fc.nat({ max: 1000 });
    case 'ratio':
      return fc.nat({ max: 10_000 }).chain((whole) => fc.nat({ max: whole }).map((part) => ({ part, whole })));
  }
}

/** A valid assessment of a rule set, each indicator present or absent. */
function arbAssessment(rs: RuleSet): fc.Arbitrary<Assessment> {
  const den = rs.pointDenominator ?? 1;
  const indicators = rs.criteria.flatMap((c) => c.indicators);
  return fc
    .tuple(...indicators.map((ind) => fc.option(arbValue(ind, den), { nil: undefined })))
    .map((values) => {
      const points: Record<string, number> = {};
      const facts: Record<string, number | boolean | { part: number; whole: number }> = {};
      values.forEach((v, i) => {
        const ind = indicators[i]!;
        if (v === undefined) return;
        if (ind.kind === 'judged') points[ind.id] = v as number;
        else facts[ind.id] = v;
      });
      return { points, facts };
    });
}

/** The assessment with one indicator raised to a value at least as good. */
function arbImprovement(rs: RuleSet, a: Assessment): fc.Arbitrary<Assessment> {
  const den = rs.pointDenominator ?? 1;
  const indicators = rs.criteria.flatMap((c) => c.indicators);
  return fc.integer({ min: 0, max: indicators.length - 1 }).chain((i) => {
    const ind = indicators[i]!;
    const points = { ...a.points };
    const facts = { ...a.facts };
    switch (ind.kind) {
      case 'judged': {
        const step = ind.step ?? 1 / den;
        const now = points[ind.id] ?? 0;
        return fc.integer({ min: Math.round(now / step), max: Math.round(ind.maxPoints / step) }).map((k) => ({ points: { ...points, [ind.id]: (k * step * den) / den }, facts }));
      }
      case 'boolean':
        return fc.constant({ points, facts: { ...facts, [ind.id]: true } });
      case 'count':
        return fc.nat({ max: 1000 }).map((extra) => ({ points, facts: { ...facts, [ind.id]: ((facts[ind.id] as number | undefined) ?? 0) + extra } }));
      case 'ratio': {
        const now = (facts[ind.id] as { part: number; whole: number } | undefined) ?? { part: 0, whole: 1 };
        if (now.whole === 0) return fc.constant({ points, facts });
        return fc.integer({ min: now.part, max: now.whole }).map((part) => ({ points, facts: { ...facts, [ind.id]: { part, whole: now.whole } } }));
      }
    }
  });
}

const classRank = (r: Evaluation) => (r.classification ? r.classes.findIndex((c) => c.id === r.classification!.id) : Number.POSITIVE_INFINITY);

describe('properties of evaluation', () => {
  it.each(ruleSets.map((r) => [r.id, r] as const))('%s: a total never exceeds the maximum and equals the sum of its parts', (_id, rs) => {
    const score = compileRuleSet(rs);
    fc.assert(
      fc.property(arbAssessment(rs), (a) => {
        const r = score(a);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(r.maxTotal);
        expect(r.criteria.reduce((s, c) => s + c.points, 0)).toBeCloseTo(r.total, 9);
        for (const c of r.criteria) {
          expect(c.points).toBeLessThanOrEqual(c.maxPoints);
          expect(c.indicators.reduce((s, i) => s + i.points, 0)).toBeCloseTo(c.points, 9);
          for (const i of c.indicators) expect(i.points).toBeLessThanOrEqual(i.maxPoints);
        }
        expect(r.recognized).toBe(r.shortfalls.length === 0);
      }),
      { numRuns: 200 },
    );
  });

  it.each(ruleSets.map((r) => [r.id, r] as const))('%s: awarding more never loses a recognition or a class', (_id, rs) => {
    const score = compileRuleSet(rs);
    fc.assert(
      fc.property(
        arbAssessment(rs).chain((a) => arbImprovement(rs, a).map((b) => [a, b] as const)),
        ([a, b]) => {
          const before = score(a);
          const after = score(b);
          expect(after.total).toBeGreaterThanOrEqual(before.total);
          if (before.recognized) expect(after.recognized).toBe(true);
          expect(classRank(after)).toBeLessThanOrEqual(classRank(before));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a recognition threshold decides recognition exactly at the boundary', () => {
    const base = getRuleSet('learning-family-khvn-2015');
    const score = compileRuleSet(base);
    fc.assert(
      fc.property(arbAssessment(base), fc.integer({ min: 0, max: 100 }), (a, threshold) => {
        const fork = forkRuleSet(base, { outcome: { rules: { 'min-total': { points: threshold } } } }, { id: 'threshold-fork', jurisdiction: { code: 'VN-T', name: { vi: 'T', en: 'T' } } });
        const total = score(a).total;
        expect(evaluate(fork, a).recognized).toBe(total >= threshold);
      }),
      { numRuns: 100 },
    );
  });

  it('compiled and one-off evaluation agree', () => {
    const score = compileRuleSet(synthetic);
    fc.assert(
      fc.property(arbAssessment(synthetic), (a) => {
        expect(score(a)).toEqual(evaluate(synthetic, a));
      }),
      { numRuns: 100 },
    );
  });
});

describe('properties of rule sets', () => {
  it.each(ruleSets.map((r) => [r.id, r] as const))('%s: JSON round-trip is lossless', (_id, rs) => {
    const back = parseRuleSet(JSON.parse(JSON.stringify(rs)));
    expect(back).toEqual(rs);
    // Parsing puts keys in the schema's order; from then on the JSON text is stable too.
    expect(JSON.stringify(parseRuleSet(JSON.stringify(back)))).toBe(JSON.stringify(back));
  });

  it.each(ruleSets.map((r) => [r.id, r] as const))('%s: a fork with an empty patch equals its base', (_id, rs) => {
    const fork = forkRuleSet(rs, {}, { id: `${rs.id}-copy`, jurisdiction: rs.jurisdiction });
    const { id: _a, derivedFrom: _b, ...forkRest } = fork;
    const { id: _c, derivedFrom: _d, ...baseRest } = rs;
    expect(forkRest).toEqual(baseRest);
    expect(diffRuleSets(rs, fork).map((c) => c.path.split('.')[0])).toEqual(expect.arrayContaining(['id']));
    expect(diffRuleSets(rs, fork).every((c) => c.path === 'id' || c.path.startsWith('derivedFrom'))).toBe(true);
  });

  it('a diff names every changed maximum of a random fork', () => {
    const base = getRuleSet('learning-clan-khvn-2015');
    const judged = base.criteria.flatMap((c) => c.indicators.filter((i) => i.kind === 'judged').map((i) => [c.id, i.id] as const));
    fc.assert(
      fc.property(fc.subarray(judged, { minLength: 1 }), (chosen) => {
        const criteria: Record<string, { maxPoints: null; indicators: Record<string, { maxPoints: number }> }> = {};
        for (const [c, i] of chosen) {
          criteria[c] ??= { maxPoints: null, indicators: {} };
          criteria[c].indicators[i] = { maxPoints: 20 };
        }
        const fork = forkRuleSet(base, { maxTotal: null, criteria }, { id: 'clan-fork', jurisdiction: base.jurisdiction });
        const paths = diffRuleSets(base, fork).map((c) => c.path);
        for (const [c, i] of chosen) {
          const before = base.criteria.find((x) => x.id === c)!.indicators.find((x) => x.id === i)!;
          if (before.kind === 'judged' && before.maxPoints !== 20) expect(paths).toContain(`criteria[${c}].indicators[${i}].maxPoints`);
        }
      }),
      { numRuns: 50 },
    );
  });
});
