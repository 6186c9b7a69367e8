import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attainment, ExactDecimal, interpolateTarget, LearningSocietyError, requiredCount, targetGap } from 'vn-learning-society';

describe('attainment, requiredCount, targetGap', () => {
  it('computes shares exactly', () => {
    expect(attainment(556862, 834926).percent.toFixed(6)).toBe('66.695971');
    expect(attainment(1, 4)).toMatchObject({ exact: true });
    expect(attainment(1, 3).exact).toBe(false);
    expect(attainment(188, 188).percent.toNumber()).toBe(100);
  });

  it('requires the ceiling of whole × target: 95 % of 188 communes is 179 (seed 000 counts 188 communes; Đồng Tháp aims at 95 %)', () => {
    expect(requiredCount(188, 95)).toBe(179);
    expect(requiredCount(100, 7)).toBe(7); // Math.ceil(0.07 * 100) would give 8
    expect(requiredCount(834926, 70)).toBe(584449);
    expect(requiredCount(0, 90)).toBe(0);
    expect(requiredCount(3, '66,7')).toBe(3);
    expect(targetGap(150, 188, 95)).toBe(29);
    expect(targetGap(180, 188, 95)).toBe(0);
  });

  it('requiredCount is the least count that meets the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.integer({ min: 0, max: 1000 }), (whole, permille) => {
        const percent = permille / 10;
        const need = requiredCount(whole, percent);
        const meets = (k: number) => k * 1000 >= whole * permille; // exact in integers
        expect(meets(need)).toBe(true);
        if (need > 0) expect(meets(need - 1)).toBe(false);
        expect(need).toBeLessThanOrEqual(whole);
      }),
    );
  });

  it('refuses bad input', () => {
    expect(() => attainment(5, 4)).toThrowError(LearningSocietyError);
    expect(() => attainment(0, 0)).toThrowError(/whole of zero/);
    expect(() => requiredCount(-1, 50)).toThrowError(/non-negative whole number/);
    expect(() => requiredCount(10.5, 50)).toThrowError(LearningSocietyError);
    expect(() => requiredCount(10, 101)).toThrowError(/not within 0–100/);
  });
});

describe('interpolateTarget', () => {
  it('draws the straight path between two milestones, rounding each year as named (QĐ 387/QĐ-TTg 70 % for 2025; Đồng Tháp 95 % for 2030)', () => {
    const path = interpolateTarget({ year: 2025, percent: 90 }, { year: 2030, percent: 95 }, { decimals: 0, rounding: 'half-up' });
    expect(path.map((p) => [p.year, p.percent.toNumber()])).toEqual([
      [2025, 90],
      [2026, 91],
      [2027, 92],
      [2028, 93],
      [2029, 94],
      [2030, 95],
    ]);
    const thirds = interpolateTarget({ year: 2022, percent: 70 }, { year: 2025, percent: 90 }, { decimals: 1, rounding: 'truncate' });
    expect(thirds.map((p) => p.percent.toNumber())).toEqual([70, 76.6, 83.3, 90]);
    expect(thirds[1]!.exact.toFixed(4)).toBe('76.6667');
    expect(thirds.map((p) => p.given)).toEqual([true, false, false, true]);
  });

  it('refuses a path that does not go forward in time', () => {
    expect(() => interpolateTarget({ year: 2025, percent: 70 }, { year: 2025, percent: 90 })).toThrowError(LearningSocietyError);
  });
});

describe('targets and paths at their edges (issue 24, what the mutation run of attainment left)', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof LearningSocietyError ? `${e.code} ${e.issues[0]!.code}` : `not typed: ${String(e)}`;
    }
    return 'accepted';
  };
  it('a target may be a Decimal: 95 % of 188 communes is 179 (seed 000 counts 188 communes; Đồng Tháp aims at 95 %)', () => {
    expect(requiredCount(188, new ExactDecimal(95))).toBe(179);
  });
  it('a target that is not a percentage (NaN, an object, true) is refused with a typed error', () => {
    for (const bad of [Number.NaN, {}, true]) expect(code(() => requiredCount(100, bad as never)), String(bad)).toBe('invalid_input invalid_percent');
  });
  it('a count is never -0, even for a target of -0 %', () => {
    expect(Object.is(requiredCount(10, -0), 0)).toBe(true);
  });
  it('a path from a year that is not whole is refused; one decimal by default (a made-up path: 70 % in 2022 to 90 % in 2025)', () => {
    expect(code(() => interpolateTarget({ year: 2020.5, percent: 70 }, { year: 2025, percent: 90 }))).toBe('invalid_input invalid_years');
    expect(interpolateTarget({ year: 2022, percent: 70 }, { year: 2025, percent: 90 }).map((m) => m.percent.toString())).toEqual(['70', '76.7', '83.3', '90']);
    expect(interpolateTarget({ year: 2022, percent: 70 }, { year: 2025, percent: 90 }, { decimals: 2 }).map((m) => m.percent.toString())).toEqual(['70', '76.67', '83.33', '90']);
  });
});
