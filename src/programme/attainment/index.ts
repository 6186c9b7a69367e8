import type { Decimal } from 'decimal.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import { ExactDecimal, parseViDecimal, roundDecimal, type Rounding } from '../../core/vi-number/index.js';
import { valueText } from '../../core/internal/value-text.js';
import { requireObject } from '../../core/internal/args.js';

/** A share as an exact fraction and as a percentage. */
export interface Attainment {
  readonly part: number;
  readonly whole: number;
  /** `part / whole × 100`, to 50 significant digits (exact whenever the decimal expansion ends). */
  readonly percent: Decimal;
  /** True when `percent` is exactly `part / whole × 100` (no digits cut). */
  readonly exact: boolean;
}

function count(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new LearningSocietyError('invalid_input', { vi: 'Số đếm không hợp lệ', en: 'Invalid count' }, [
      { path: [name], code: 'invalid_count', message: { vi: `${name} phải là số nguyên không âm`, en: `${name} must be a non-negative whole number` } },
    ]);
  }
  return v;
}

/** A percentage given as a number (70 = 70 %), a decimal, or Vietnamese text ("66,7"). */
export type PercentValue = number | string | Decimal;

function percentOf(v: PercentValue): Decimal {
  const d =
    typeof v === 'number' ? new ExactDecimal(String(v)) : typeof v === 'string' ? parseViDecimal(v, { commaThree: 'decimal' }) : ExactDecimal.isDecimal(v) ? new ExactDecimal(v) : undefined;
  if (d === undefined || !d.isFinite() || d.lt(0) || d.gt(100)) {
    throw new LearningSocietyError('invalid_input', { vi: 'Tỷ lệ không hợp lệ', en: 'Invalid percentage' }, [
      { path: ['percent'], code: 'invalid_percent', message: { vi: `${valueText(v)} không nằm trong 0–100`, en: `${valueText(v)} is not within 0–100` } },
    ]);
  }
  return d;
}

/**
 * The share `part / whole` as a percentage, exactly (decimal.js, 50 significant digits).
 *
 * @example
 * ```ts
 * import { attainment } from 'vn-learning-society';
 * attainment(556862, 834926).percent.toFixed(4); // '66.6960'
 * attainment(1, 4).exact; // true
 * ```
 */
export function attainment(part: number, whole: number): Attainment {
  count('part', part);
  count('whole', whole);
  if (part > whole) {
    throw new LearningSocietyError('invalid_input', { vi: 'Phần lớn hơn tổng', en: 'Part larger than whole' }, [
      { path: ['part'], code: 'part_above_whole', message: { vi: `phần (${part}) lớn hơn tổng (${whole})`, en: `the part (${part}) is larger than the whole (${whole})` } },
    ]);
  }
  if (whole === 0) {
    throw new LearningSocietyError('invalid_input', { vi: 'Tổng bằng 0', en: 'The whole is zero' }, [
      { path: ['whole'], code: 'zero_whole', message: { vi: 'không tính được tỷ lệ trên tổng bằng 0', en: 'no share of a whole of zero' } },
    ]);
  }
  const percent = new ExactDecimal(part).times(100).div(whole);
  return { part, whole, percent, exact: percent.times(whole).eq(new ExactDecimal(part).times(100)) };
}

/**
 * The least count that meets a target of `percent` % of `whole`: the CEILING of `whole × percent / 100`, computed
 * exactly (so 7 % of 100 is 7, not the 8 that floating point gives).
 *
 * @example
 * ```ts
 * import { requiredCount } from 'vn-learning-society';
 * requiredCount(188, 95); // 179
 * requiredCount(100, 7); // 7
 * ```
 */
export function requiredCount(whole: number, percent: PercentValue): number {
  count('whole', whole);
  return new ExactDecimal(whole).times(percentOf(percent)).div(100).ceil().toNumber() + 0; // + 0: a count is never -0
}

/**
 * How many more are needed to meet `percent` % of `whole` when `part` are already there (0 when met).
 *
 * @example
 * ```ts
 * import { targetGap } from 'vn-learning-society';
 * targetGap(150, 188, 95); // 29
 * ```
 */
export function targetGap(part: number, whole: number, percent: PercentValue): number {
  count('part', part);
  return Math.max(0, requiredCount(whole, percent) - part);
}

/** A milestone of a target path. */
export interface TargetPoint {
  readonly year: number;
  readonly percent: PercentValue;
}

/** A yearly milestone worked out by {@link interpolateTarget}. */
export interface InterpolatedTarget {
  readonly year: number;
  /** The milestone, rounded as asked. */
  readonly percent: Decimal;
  /** The exact linear value before rounding. */
  readonly exact: Decimal;
  /** True for the two given years. */
  readonly given: boolean;
}

/**
 * The straight-line path between two target years (e.g. 70 % in 2020 to 90 % in 2025), one milestone per year,
 * each rounded with a named convention to `decimals` places. The given years keep their exact values.
 *
 * @example
 * ```ts
 * import { interpolateTarget } from 'vn-learning-society';
 * const path = interpolateTarget({ year: 2022, percent: 70 }, { year: 2025, percent: 90 }, { decimals: 1, rounding: 'half-up' });
 * path.map((m) => m.percent.toNumber()); // [70, 76.7, 83.3, 90]
 * ```
 */
export function interpolateTarget(
  from: TargetPoint,
  to: TargetPoint,
  options: { decimals?: number; rounding?: Rounding } = {},
): InterpolatedTarget[] {
  requireObject(from, 'from');
  requireObject(to, 'to');
  requireObject(options, 'options');
  if (!Number.isInteger(from.year) || !Number.isInteger(to.year) || to.year <= from.year) {
    throw new LearningSocietyError('invalid_input', { vi: 'Năm không hợp lệ', en: 'Invalid years' }, [
      { path: ['to', 'year'], code: 'invalid_years', message: { vi: 'năm đích phải sau năm đầu', en: 'the target year must come after the start year' } },
    ]);
  }
  const a = percentOf(from.percent);
  const b = percentOf(to.percent);
  const span = to.year - from.year;
  const decimals = options.decimals ?? 1;
  const rounding = options.rounding ?? 'half-up';
  const out: InterpolatedTarget[] = [];
  for (let y = from.year; y <= to.year; y++) {
    const exact = a.plus(b.minus(a).times(y - from.year).div(span));
    const given = y === from.year || y === to.year;
    out.push({ year: y, percent: given ? exact : roundDecimal(exact, decimals, rounding), exact, given });
  }
  return out;
}
