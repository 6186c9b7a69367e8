import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, evaluateWithRollup, getRuleSet, safeEvaluate, type RuleSet } from 'vn-learning-society';
import { fullAssessment } from '../helpers/full-assessment.js';
import { keepPrototypeClean, RUNS, ruleSets, mutated, typedOrResult } from '../helpers/fuzz.js';

/**
 * Fuzzing assessments and roll-up inputs: every call gives a result that holds its invariants or a LearningSocietyError with a path and a message in
 * both languages; a `safe*` call never throws; Object.prototype stays clean (test/helpers/fuzz.ts). One seed per run
 * (test/setup/fuzz-seed.ts): FUZZ_SEED to replay it, FUZZ_RUNS to search longer.
 */
keepPrototypeClean();

describe('fuzz: assessments', () => {
  const compiled = ruleSets.map((rs) => compileRuleSet(rs));
  // A valid assessment to mutate: every point and fact at its top (test/helpers/full-assessment.ts).
  const sample = (rs: RuleSet) => ({ id: 'a', ...fullAssessment(rs) });

  it('a mutated assessment is scored with consistent totals or refused with a typed error; safe never throws', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: ruleSets.length - 1 }).chain((i) => mutated(sample(ruleSets[i]!)).map((a) => [i, a] as const)),
        ([i, assessment]) => {
          const score = compiled[i]!;
          const r = typedOrResult(() => score(assessment as never));
          if (r.ok) {
            const e = r.value;
            expect(Number.isFinite(e.total)).toBe(true);
            expect(e.total).toBeGreaterThanOrEqual(0);
            expect(e.total).toBeLessThanOrEqual(e.maxTotal);
            const sum = e.criteria.reduce((n, c) => n + c.points, 0);
            expect(Math.abs(sum - e.total)).toBeLessThan(1e-9);
            expect(e.recognized).toBe(e.shortfalls.length === 0);
          }
          const safe = safeEvaluate(ruleSets[i]!, assessment as never);
          expect(safe.success).toBe(r.ok);
          if (safe.success && r.ok) expect(safe.data.total).toBe(r.value.total);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a mutated roll-up input is rolled up or refused with a typed error', () => {
    const commune = compileRuleSet(getRuleSet('learning-community-commune-tt25-2023'));
    const input = {
      assessment: { id: 'xa' },
      below: [
        { model: 'learning-family', evaluated: 980, recognized: 812 },
        { model: 'learning-community', level: 'hamlet', evaluated: 9, recognized: 6 },
      ],
      populations: [
        { model: 'learning-family', count: 1043 },
        { model: 'learning-community', level: 'hamlet', count: 9 },
      ],
    };
    fc.assert(
      fc.property(mutated(input), (hostileInput) => {
        typedOrResult(() => evaluateWithRollup(commune, hostileInput as never));
      }),
      { numRuns: RUNS },
    );
  });
});
