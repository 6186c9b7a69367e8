import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLegalCitations, parseLegalCitation, parseQuarter, parseViDate, parseViDecimal, planYearbook, requiredCount, Tally, verifyStatedPercentage, verifyStatedSum } from 'vn-learning-society';
import { keepPrototypeClean, RUNS, hostile, typedOrResult } from '../helpers/fuzz.js';

/**
 * Fuzzing numbers, dates, citations and stated figures read from text: every call gives a result that holds its invariants or a LearningSocietyError with a path and a message in
 * both languages; a `safe*` call never throws; Object.prototype stays clean (test/helpers/fuzz.ts). One seed per run
 * (test/setup/fuzz-seed.ts): FUZZ_SEED to replay it, FUZZ_RUNS to search longer.
 */
keepPrototypeClean();

describe('fuzz: numbers, dates, citations and arithmetic from text', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.stringMatching(/^[0-9.,% ]{1,20}$/),
    fc.constantFrom('1.234,5', '1,234.5', '12,5%', '1.5', '2,5 triệu', '--1', '1e400', '٣', '１２', 'ngày 31 tháng 2 năm 2024', 'Quý V năm 2025', 'Số: 448/QĐ-KHVN'),
  );

  it('parseViDecimal gives a finite exact number or a typed error', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = typedOrResult(() => parseViDecimal(t));
        if (r.ok) expect(r.value.isFinite()).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('dates, quarters and citations give a value or a typed error', () => {
    fc.assert(
      fc.property(text, (t) => {
        const d = typedOrResult(() => parseViDate(t));
        if (d.ok) expect(d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        typedOrResult(() => parseQuarter(t));
        typedOrResult(() => parseLegalCitation(t));
        expect(Array.isArray(findLegalCitations(t))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('verifying stated figures never crashes and never calls a wrong figure right', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }), fc.oneof(text, fc.double(), fc.integer()), (a, b, stated) => {
        const whole = Math.max(a, b);
        const part = Math.min(a, b);
        const v = typedOrResult(() => verifyStatedPercentage({ part, whole, stated: stated as never }));
        if (v.ok && v.value.consistent && whole > 0) {
          // A figure called right is within one unit of its last decimal place of the exact share.
          const exact = (part / whole) * 100;
          const s = v.value.stated.toNumber();
          expect(Math.abs(s - exact)).toBeLessThanOrEqual(10 ** -v.value.stated.decimalPlaces() + 1e-9);
        }
        const sum = typedOrResult(() => verifyStatedSum({ parts: [part, whole], stated: stated as never }));
        if (sum.ok && sum.value.consistent) expect(sum.value.stated.toNumber()).toBe(part + whole);
      }),
      { numRuns: RUNS },
    );
  });

  it('requiredCount is the exact ceiling for any size and target, or a typed error', () => {
    const anyPercent = fc.oneof(fc.integer({ min: -10, max: 110 }), fc.double(), fc.constantFrom<unknown>('90', '66,5', '90%', {}, null, new Decimal(75), [70]));
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER)), anyPercent, (total, percent) => {
        const r = typedOrResult(() => requiredCount(total, percent as never));
        if (r.ok) {
          expect(Number.isSafeInteger(r.value)).toBe(true);
          // Recomputed with decimal.js directly: the ceiling of total × percent / 100.
          const p = typeof percent === 'string' ? new Decimal(percent.replace('%', '').replace(',', '.')) : new Decimal(percent as number);
          expect(r.value).toBe(new Decimal(total).times(p).div(100).ceil().toNumber() + 0); // + 0: -0 is 0
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('planYearbook and Tally refuse hostile figures with a typed error', () => {
    fc.assert(
      fc.property(hostile, hostile, (units, count) => {
        typedOrResult(() => planYearbook({ units: units as never, pagesPerReport: 6, modelsPerUnit: 5, distribution: [{ recipient: 'x', count: count as never, copiesEach: 1 }] }));
        typedOrResult(() => new Tally().add({ province: units as never, commune: 'c', model: 'learning-family', recognized: count as never }));
      }),
      { numRuns: RUNS },
    );
  });
});
