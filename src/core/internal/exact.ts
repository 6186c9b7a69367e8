/*
 * Exact arithmetic on the few values scoring needs (a percentage as a fraction, a share of a maximum rounded up, a
 * ratio as a percentage rounded half-up), in integers: BigInt where a product could pass 2^53. The scoring path uses
 * these instead of decimal.js, which stays for everything that reads and prints decimals, so that a bundle that only
 * scores carries no decimal library; test/core/exact.test.ts checks them against decimal.js.
 */

import { badArgument } from './args.js';

/**
 * A finite number as the exact fraction its shortest decimal text denotes (`66.7` → 667/10, `1e-7` → 1/10000000),
 * reduced, with a positive denominator. What a percentage of a rule set or a target means, exactly, for code that
 * compares in integers (the SQL of `vn-learning-society/sql` does).
 *
 * @example
 * ```ts
 * import { decimalFraction } from 'vn-learning-society';
 * decimalFraction(66.7); // [667n, 10n]
 * decimalFraction(0.5); // [1n, 2n]
 * ```
 */
export function decimalFraction(x: number): [numerator: bigint, denominator: bigint] {
  if (typeof x !== 'number' || !Number.isFinite(x)) badArgument('x', { vi: 'một số hữu hạn', en: 'a finite number' }, x);
  const text = String(x);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const scale = (dot < 0 ? 0 : mantissa.length - dot - 1) - exponent;
  let num = BigInt(digits);
  let den = 1n;
  if (scale > 0) den = 10n ** BigInt(scale);
  else num *= 10n ** BigInt(-scale);
  const g = gcd(num < 0n ? -num : num, den);
  return [num / g, den / g];
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/**
 * `percent` % of `whole` (a whole number of units, not negative), rounded UP to a whole unit: the named rounding of a
 * required share ("at least 60 % of the maximum" needs the ceiling).
 *
 * @example
 * ```ts
 * import { ceilShare } from 'vn-learning-society';
 * ceilShare(66.7, 30); // 21: 66.7 % of 30 is 20.01, and 20 would fall short
 * ceilShare(60, 10); // 6
 * ```
 */
export function ceilShare(percent: number, whole: number): number {
  if (!Number.isSafeInteger(whole) || whole < 0) badArgument('whole', { vi: 'một số nguyên không âm', en: 'a whole number, not negative' }, whole);
  const [num, den] = decimalFraction(percent);
  const product = num * BigInt(whole);
  const divisor = den * 100n;
  const q = product / divisor;
  return Number(product % divisor > 0n ? q + 1n : q);
}

/**
 * `part / whole` as a percentage with `decimals` decimals, rounded HALF-UP (half away from zero), as text with a
 * decimal point: exact for any finite numbers (`whole` not 0).
 *
 * @internal
 */
export function percentHalfUp(part: number, whole: number, decimals: number): string {
  const [pn, pd] = decimalFraction(part);
  const [wn, wd] = decimalFraction(whole);
  // part / whole × 100 × 10^decimals = (pn·wd·100·10^d) / (pd·wn)
  let num = pn * wd * 100n * 10n ** BigInt(decimals);
  let den = pd * wn;
  const negative = num < 0n !== den < 0n && num !== 0n;
  if (num < 0n) num = -num;
  if (den < 0n) den = -den;
  const scaled = (2n * num + den) / (2n * den);
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  return `${negative && scaled !== 0n ? '-' : ''}${int}${frac}`;
}
