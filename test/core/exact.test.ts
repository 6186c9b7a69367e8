import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from 'vn-learning-society';
import { compileRuleSet, getRuleSet } from 'vn-learning-society';
import { ceilShare, decimalFraction, percentHalfUp } from '../../src/core/internal/exact.js';

/** decimal.js with enough digits to be exact on these inputs (its default of 20 significant digits rounds quotients). */
const D = Decimal.clone({ precision: 200 });

// The exact integer arithmetic of scoring (src/core/internal/exact.ts) against decimal.js, which it replaces on the
// scoring path only.

const percent = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(66.7, 33.33, 0.1, 1e-7, 99.99, 12.345));

describe('exact arithmetic without decimal.js', () => {
  it('decimalFraction is the fraction of the number’s shortest decimal text', () => {
    expect(decimalFraction(66.7)).toEqual([667n, 10n]);
    expect(decimalFraction(1e-7)).toEqual([1n, 10_000_000n]);
    expect(decimalFraction(100)).toEqual([100n, 1n]);
    expect(decimalFraction(-2.5)).toEqual([-5n, 2n]);
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const [n, d] = decimalFraction(x);
        const [dn, dd] = new Decimal(String(x)).toFraction();
        expect([n.toString(), d.toString()]).toEqual([dn!.toFixed(), dd!.toFixed()]);
      }),
    );
  });

  it('ceilShare is the ceiling of percent × whole / 100, as decimal.js computes it', () => {
    expect(ceilShare(60, 25)).toBe(15);
    expect(ceilShare(66.7, 3)).toBe(3); // 2.001 → 3
    fc.assert(
      fc.property(percent, fc.integer({ min: 0, max: 2_000_000 }), (p, whole) => {
        expect(ceilShare(p, whole)).toBe(new D(String(p)).times(whole).div(100).ceil().toNumber());
      }),
    );
  });

  it('percentHalfUp rounds part / whole × 100 half away from zero, as decimal.js does', () => {
    expect(percentHalfUp(2, 3, 1)).toBe('66.7');
    expect(percentHalfUp(1, 8, 1)).toBe('12.5');
    expect(percentHalfUp(1, 16, 1)).toBe('6.3'); // 6.25 → 6.3
    expect(percentHalfUp(0, 5, 1)).toBe('0.0');
    expect(percentHalfUp(-1, 16, 1)).toBe('-6.3');
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e9, max: 1e15 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), fc.oneof(fc.integer({ min: 1, max: 1e15 }), fc.double({ min: 1e-3, max: 1e6, noNaN: true })), fc.integer({ min: 0, max: 4 }), (part, whole, decimals) => {
        const want = new D(String(part)).times(100).div(new D(String(whole))).toDecimalPlaces(decimals, D.ROUND_HALF_UP).toFixed(decimals);
        expect(percentHalfUp(part, whole, decimals)).toBe(want === `-${(0).toFixed(decimals)}` ? (0).toFixed(decimals) : want);
      }),
    );
  });

  it('scoring compares a share with a band whose exact fraction is past 2^53 exactly (33.333333333333336 %)', () => {
    const rs = structuredClone(getRuleSet('learning-family-khvn-2015'));
    const ind = rs.criteria[0]!.indicators.find((i) => i.kind === 'ratio')!;
    if (ind.kind !== 'ratio') throw new Error('the family sheet starts with a ratio');
    ind.bands = [{ atLeastPercent: 33.333333333333336, points: ind.bands.at(-1)!.points }];
    const band = (part: number, whole: number) => compileRuleSet(rs)({ facts: { [ind.id]: { part, whole } } }).criteria[0]!.indicators.find((i) => i.id === ind.id)!.band;
    expect(band(1, 3)).toBe(-1); // 33.33…% is under 33.333333333333336 %
    expect(band(333_333_333_333_334, 1_000_000_000_000_000)).toBe(0); // 33.3333333333333400 % reaches it
    expect(band(333_333_333_333_333, 1_000_000_000_000_000)).toBe(-1);
  });
});

describe('percentHalfUp with a sign (issue 24, part F: latent, as its callers pass no negative value, but stated)', () => {
  it('rounds half away from zero on both sides, and never prints -0', () => {
    // 1/8 = 12.5 %; -1/8 = -12.5 %; half away from zero at 0 decimals: 13 and -13.
    expect([percentHalfUp(1, 8, 0), percentHalfUp(-1, 8, 0), percentHalfUp(1, -8, 0), percentHalfUp(-1, -8, 0)]).toEqual(['13', '-13', '-13', '13']);
    // 1/3 = 33.333… %: -33.33 at 2 decimals; a share that rounds to zero has no sign.
    expect(percentHalfUp(-1, 3, 2)).toBe('-33.33');
    expect([percentHalfUp(-1, 1_000_000, 2), percentHalfUp(0, -5, 1)]).toEqual(['0.00', '0.0']);
  });
});

describe('decimalFraction of numbers written with an exponent (issue 24, part F)', () => {
  it('1e21 and 2.5e22 are whole numbers; 1e-7 and 1.5e-7 are fractions', () => {
    expect(decimalFraction(1e21)).toEqual([10n ** 21n, 1n]);
    expect(decimalFraction(2.5e22)).toEqual([25n * 10n ** 21n, 1n]);
    expect(decimalFraction(1e-7)).toEqual([1n, 10n ** 7n]);
    expect(decimalFraction(1.5e-7)).toEqual([3n, 2n * 10n ** 7n]);
    expect(decimalFraction(-0.5)).toEqual([-1n, 2n]);
    expect(decimalFraction(0)).toEqual([0n, 1n]);
  });
});

describe('decimalFraction and ceilShare, public since the SQL entry point reuses them (issue 25)', () => {
  it('a target of 66.7 % of 30 points needs 21 points (20.01 rounded up), and 60 % of 10 exactly 6', () => {
    expect(api.decimalFraction(66.7)).toEqual([667n, 10n]);
    expect(api.decimalFraction(-0.25)).toEqual([-1n, 4n]);
    expect(api.ceilShare(66.7, 30)).toBe(21);
    expect(api.ceilShare(60, 10)).toBe(6);
  });

  it('refuses what is not a finite number, or a whole that is not a whole number, with a typed error', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '66,7', null]) {
      expect(() => api.decimalFraction(bad as never)).toThrowError(api.LearningSocietyError);
      expect(() => api.ceilShare(bad as never, 10)).toThrowError(api.LearningSocietyError);
    }
    for (const bad of [1.5, -1, Number.MAX_SAFE_INTEGER + 2, '10']) expect(() => api.ceilShare(60, bad as never)).toThrowError(/whole/);
  });
});
