import type { Decimal } from 'decimal.js';
import { attainment } from '../attainment/index.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import { prefixIssue } from '../../core/errors/prefix.js';
import { valueText } from '../../core/internal/value-text.js';
import type { Label } from '../../core/label/index.js';
import { ExactDecimal, formatViNumber, parseViDecimal, roundDecimal, ROUNDING_NAMES, ROUNDINGS, type Rounding } from '../../core/vi-number/index.js';
import { requireObject } from '../../core/internal/args.js';

/** A figure as a document prints it: Vietnamese text ("78,8%", "556.862"), or a number. */
export type StatedFigure = string | number;

/** The common shape of every verdict: consistent or not, which conventions reproduce the figure, the exact value, why. */
export interface Verdict {
  readonly consistent: boolean;
  /** The rounding conventions (or `exact`) under which the stated figure is right. */
  readonly conventions: readonly (Rounding | 'exact')[];
  /** The exact value the figure should be (a percentage, a sum). */
  readonly exact: Decimal;
  readonly explanation: Label;
}

/** The verdict on a stated percentage. */
export interface PercentageVerdict extends Verdict {
  readonly stated: Decimal;
  /** Decimal places the document printed. */
  readonly decimals: number;
  /** What each convention gives at those decimals. */
  readonly candidates: Readonly<Record<Rounding, Decimal>>;
}

/** A stated figure as an exact decimal and the number of decimal places it was printed with. */
function readFigure(figure: StatedFigure, path: string): { value: Decimal; decimals: number } {
  if (typeof figure === 'number') {
    if (!Number.isFinite(figure)) invalid(path, String(figure));
    const text = String(figure);
    return { value: new ExactDecimal(text), decimals: text.includes('.') ? text.split('.')[1]!.split('e')[0]!.length : 0 };
  }
  if (typeof figure !== 'string') invalid(path, String(figure));
  const trimmed = figure.trim();
  // Plain English-style decimals ("78.8", "78.8%") are read too: a dot then one or two digits cannot group thousands.
  const english = /^-?\d+\.(\d{1,2}|\d{4,})%?$/.exec(trimmed);
  const value = english ? new ExactDecimal(trimmed.replace('%', '')) : readVi(trimmed, path);
  const body = trimmed.replace('%', '').trim();
  const sep = english ? '.' : ',';
  return { value, decimals: body.includes(sep) ? body.split(sep)[1]!.length : 0 };
}

/** A Vietnamese number, refused with the path of the figure that cannot be read (`parts[1].factors[0]`). */
function readVi(text: string, path: string): Decimal {
  try {
    return parseViDecimal(text, { commaThree: 'decimal' });
  } catch (e) {
    if (!(e instanceof LearningSocietyError)) throw e;
    throw new LearningSocietyError(e.code, e.summary, e.issues.map((issue) => prefixIssue(issue, [path])));
  }
}

/** Refuses a list that should have at least one element. */
function empty(path: string, what: Label): never {
  throw new LearningSocietyError('invalid_input', { vi: 'Số liệu không hợp lệ', en: 'Invalid figure' }, [
    { path: [path], code: 'empty_list', message: { vi: `cần ít nhất một ${what.vi}`, en: `at least one ${what.en} is needed` } },
  ]);
}

/** Refuses a value that should be a list. */
function notList(path: string, value: unknown): never {
  throw new LearningSocietyError('invalid_input', { vi: 'Số liệu không hợp lệ', en: 'Invalid figure' }, [
    { path: [path], code: 'invalid_type', message: { vi: `cần một danh sách, không phải ${valueText(value)}`, en: `a list is needed, not ${valueText(value)}` } },
  ]);
}

function invalid(path: string, text: string): never {
  throw new LearningSocietyError('invalid_input', { vi: 'Số liệu không hợp lệ', en: 'Invalid figure' }, [
    { path: [path], code: 'invalid_number', message: { vi: `"${text}" không phải số`, en: `"${text}" is not a number` } },
  ]);
}

const vi = (d: Decimal.Value, decimals?: number) => formatViNumber(d, decimals === undefined ? {} : { decimals });

/**
 * Checks a percentage a document prints against its counts: the exact share, what each rounding convention gives
 * at the printed number of decimals, and which conventions reproduce the printed figure.
 *
 * @example
 * ```ts
 * import { verifyStatedPercentage } from 'vn-learning-society';
 * const v = verifyStatedPercentage({ part: 556862, whole: 834926, stated: '66,7%' });
 * v.consistent; // true
 * v.conventions; // ['half-up', 'half-even', 'ceiling']
 * // 2/3 = 66.666…%: printed as 66,6% only by cutting digits.
 * verifyStatedPercentage({ part: 2, whole: 3, stated: '66,6%' }).conventions; // ['truncate']
 * ```
 */
export function verifyStatedPercentage(input: { part: number; whole: number; stated: StatedFigure }): PercentageVerdict {
  requireObject(input, 'input');
  const share = attainment(input.part, input.whole);
  const { value: stated, decimals } = readFigure(input.stated, 'stated');
  const candidates = Object.fromEntries(ROUNDINGS.map((r) => [r, roundDecimal(share.percent, decimals, r)])) as Record<Rounding, Decimal>;
  const conventions = ROUNDINGS.filter((r) => candidates[r].eq(stated));
  const exactText = { vi: vi(share.percent.toDecimalPlaces(decimals + 4, ExactDecimal.ROUND_DOWN)), en: share.percent.toDecimalPlaces(decimals + 4, ExactDecimal.ROUND_DOWN).toString() };
  const more = share.exact && share.percent.decimalPlaces() <= decimals + 4 ? '' : '…';
  const options = {
    vi: ROUNDINGS.filter((r) => r === 'half-up' || r === 'truncate').map((r) => `${vi(candidates[r], decimals)}% (${ROUNDING_NAMES[r].vi})`).join(', '),
    en: ROUNDINGS.filter((r) => r === 'half-up' || r === 'truncate').map((r) => `${candidates[r].toFixed(decimals)}% (${ROUNDING_NAMES[r].en})`).join(', '),
  };
  const statedText = { vi: `${vi(stated, decimals)}%`, en: `${stated.toFixed(decimals)}%` };
  const head = {
    vi: `${vi(input.part)}/${vi(input.whole)} = ${exactText.vi}${more}%; với ${decimals} chữ số thập phân: ${options.vi}`,
    en: `${input.part}/${input.whole} = ${exactText.en}${more}%; at ${decimals} decimal${decimals === 1 ? '' : 's'}: ${options.en}`,
  };
  const explanation: Label =
    conventions.length > 0
      ? {
          vi: `${head.vi} — số liệu ${statedText.vi} khớp khi ${conventions.map((c) => ROUNDING_NAMES[c].vi).join(' hoặc ')}`,
          en: `${head.en} — the stated ${statedText.en} matches under ${conventions.map((c) => ROUNDING_NAMES[c].en).join(' or ')}`,
        }
      : {
          vi: `${head.vi} — số liệu ${statedText.vi} không khớp với cách làm tròn nào; đúng ra là ${vi(candidates['half-up'], decimals)}%`,
          en: `${head.en} — the stated ${statedText.en} matches no rounding; it should be ${candidates['half-up'].toFixed(decimals)}%`,
        };
  return { consistent: conventions.length > 0, conventions, exact: share.percent, stated, decimals, candidates, explanation };
}

/** One term of a stated sum: a figure, or `count × each` (e.g. 15 district offices × 1 copy), optionally labelled. */
export type SumPart =
  | StatedFigure
  | { readonly count: number; readonly each: StatedFigure; readonly label?: string }
  | { readonly value: StatedFigure; readonly label?: string }
  /** A product of any number of factors, e.g. 15 × 5 × 6. */
  | { readonly factors: readonly StatedFigure[]; readonly label?: string };

/** The longest sum expression {@link parseStatedSum} reads. */
const MAX_SUM_TEXT = 10_000;

/**
 * Reads a sum as a document prints it — terms joined by `+`, each a number or a product of any number of factors
 * joined by `×`, `x` or `*` — into the parts {@link verifyStatedSum} checks. Numbers are read the Vietnamese way
 * (`1.234` is one thousand two hundred and thirty-four, `7,5` is seven and a half). An empty term or factor
 * (`2 + + 3`, `2 ** 3`) is refused, never dropped. Linear in the length of the text (at most 10,000 characters).
 *
 * @throws {@link LearningSocietyError} `invalid_input` naming the term that cannot be read.
 *
 * @example
 * ```ts
 * import { parseStatedSum, verifyStatedSum } from 'vn-learning-society';
 * parseStatedSum('37 + 2 + 15 × 5 × 6'); // [ '37', '2', { factors: ['15', '5', '6'] } ]
 * verifyStatedSum({ parts: parseStatedSum('2*3*4'), stated: 6 }).consistent; // false: 2 × 3 × 4 = 24
 * ```
 */
export function parseStatedSum(text: string): SumPart[] {
  if (typeof text !== 'string' || text.length > MAX_SUM_TEXT) invalid('parts', typeof text === 'string' ? `${text.slice(0, 40)}… (${text.length} ký tự / characters; tối đa / at most ${MAX_SUM_TEXT})` : valueText(text));
  return text.split('+').map((term, i) => {
    const factors = term.split(/[×xX*]/).map((f) => f.trim());
    if (factors.some((f) => f === '')) {
      throw new LearningSocietyError('invalid_input', { vi: 'Số liệu không hợp lệ', en: 'Invalid figure' }, [
        { path: [`parts[${i}]`], code: 'invalid_number', message: { vi: `"${text}": có một số hạng hoặc thừa số bỏ trống`, en: `"${text}": a term or factor is empty` } },
      ]);
    }
    for (const [j, f] of factors.entries()) readFigure(f, factors.length === 1 ? `parts[${i}]` : `parts[${i}].factors[${j}]`);
    return factors.length === 1 ? factors[0]! : { factors };
  });
}

/**
 * Checks a total a document prints against its parts, exactly: "37 + 2 + 1 + 15 × 1 + 15 × 1 + 188 × 1 = 258".
 *
 * @example
 * ```ts
 * import { verifyStatedSum } from 'vn-learning-society';
 * verifyStatedSum({ parts: [37, 2, 1, { count: 15, each: 1 }, { count: 15, each: 1 }, { count: 188, each: 1 }], stated: 258 }).consistent; // true
 * ```
 */
export function verifyStatedSum(input: { parts: readonly SumPart[]; stated: StatedFigure }): Verdict & { readonly stated: Decimal } {
  requireObject(input, 'input');
  if (!Array.isArray(input.parts)) notList('parts', input.parts);
  if (input.parts.length === 0) empty('parts', { vi: 'số hạng', en: 'term' });
  let sum = new ExactDecimal(0);
  const terms: Label[] = [];
  input.parts.forEach((p, i) => {
    if (typeof p === 'object' && p !== null && 'factors' in p) {
      const list: readonly StatedFigure[] = p.factors;
      if (!Array.isArray(list)) notList(`parts[${i}].factors`, list);
      if (list.length === 0) empty(`parts[${i}].factors`, { vi: 'thừa số', en: 'factor' });
      const values = list.map((f, j) => readFigure(f, `parts[${i}].factors[${j}]`).value);
      const product = values.reduce((a: Decimal, b: Decimal) => a.times(b), new ExactDecimal(1));
      sum = sum.plus(product);
      terms.push({ vi: values.map((v: Decimal) => vi(v)).join(' × '), en: values.map((v: Decimal) => v.toString()).join(' × ') });
    } else if (typeof p === 'object' && p !== null && 'count' in p) {
      if (!Number.isSafeInteger(p.count) || p.count < 0) invalid(`parts[${i}].count`, String(p.count));
      const each = readFigure(p.each, `parts[${i}].each`).value;
      sum = sum.plus(each.times(p.count));
      terms.push({ vi: `${vi(p.count)} × ${vi(each)}`, en: `${p.count} × ${each.toString()}` });
    } else {
      const figure = typeof p === 'object' && p !== null ? p.value : p;
      const v = readFigure(figure, `parts[${i}]`).value;
      sum = sum.plus(v);
      terms.push({ vi: vi(v), en: v.toString() });
    }
  });
  const stated = readFigure(input.stated, 'stated').value;
  const consistent = sum.eq(stated);
  const expr = { vi: terms.map((t) => t.vi).join(' + '), en: terms.map((t) => t.en).join(' + ') };
  return {
    consistent,
    conventions: consistent ? ['exact'] : [],
    exact: sum,
    stated,
    explanation: consistent
      ? { vi: `${expr.vi} = ${vi(sum)} — khớp với số liệu ${vi(stated)}`, en: `${expr.en} = ${sum.toString()} — matches the stated ${stated.toString()}` }
      : { vi: `${expr.vi} = ${vi(sum)} — khác số liệu ${vi(stated)} (chênh ${vi(stated.minus(sum))})`, en: `${expr.en} = ${sum.toString()} — differs from the stated ${stated.toString()} (by ${stated.minus(sum).toString()})` },
  };
}

/**
 * Checks the percentages of a partition (shares of one whole that should add to 100, within rounding): the sum of the
 * stated shares must lie within what rounding each share at its printed decimals can explain. With the counts
 * (`parts` and `whole`), each share is checked too, and `conventions` lists those that reproduce every share.
 *
 * @example
 * ```ts
 * import { verifyPartitionShares } from 'vn-learning-society';
 * verifyPartitionShares({ stated: ['33,3%', '33,3%', '33,3%'] }).consistent; // true
 * verifyPartitionShares({ stated: ['50%', '45%'] }).consistent; // false
 * // One share nudged to make 100: no single rounding gives 33,3 / 33,3 / 33,4 for three equal parts.
 * verifyPartitionShares({ stated: ['33,3%', '33,3%', '33,4%'], parts: [1, 1, 1], whole: 3 }).consistent; // false
 * ```
 */
export function verifyPartitionShares(input: { stated: readonly StatedFigure[]; parts?: readonly number[]; whole?: number }): Verdict & { readonly shares?: readonly PercentageVerdict[] } {
  requireObject(input, 'input');
  if (!Array.isArray(input.stated)) notList('stated', input.stated);
  if (input.stated.length === 0) empty('stated', { vi: 'tỷ lệ', en: 'share' });
  const read = input.stated.map((s, i) => readFigure(s, `stated[${i}]`));
  const sum = read.reduce((acc, r) => acc.plus(r.value), new ExactDecimal(0));
  const unit = (d: number) => new ExactDecimal(10).pow(-d);
  // What the true shares (adding to exactly 100) can round to: the stated sum differs from 100 by at most the
  // sum of each share's rounding error under the convention.
  const bounds: Record<Rounding, [Decimal, Decimal]> = {
    'half-up': [read.reduce((a, r) => a.minus(unit(r.decimals).div(2)), new ExactDecimal(100)), read.reduce((a, r) => a.plus(unit(r.decimals).div(2)), new ExactDecimal(100))],
    'half-even': [read.reduce((a, r) => a.minus(unit(r.decimals).div(2)), new ExactDecimal(100)), read.reduce((a, r) => a.plus(unit(r.decimals).div(2)), new ExactDecimal(100))],
    truncate: [read.reduce((a, r) => a.minus(unit(r.decimals)), new ExactDecimal(100)), new ExactDecimal(100)],
    ceiling: [new ExactDecimal(100), read.reduce((a, r) => a.plus(unit(r.decimals)), new ExactDecimal(100))],
  };
  // A true share x rounds to the stated s (unit u) when s − u/2 ≤ x < s + u/2 (half up), s ≤ x < s + u (truncate),
  // s − u < x ≤ s (ceiling); half to even takes both ends when s is an even number of units, neither when odd. The
  // true shares can add to 100 when 100 lies in the sum of those ranges: closed at an end only if each range is.
  const allEven = read.every((r) => r.value.times(new ExactDecimal(10).pow(r.decimals)).mod(2).isZero());
  const inBounds = (r: Rounding) => {
    const [lo, hi] = bounds[r];
    if (r === 'ceiling') return sum.gte(lo) && sum.lt(hi);
    if (r === 'half-even' && allEven) return sum.gte(lo) && sum.lte(hi);
    if (r === 'half-even') return sum.gt(lo) && sum.lt(hi);
    return sum.gt(lo) && sum.lte(hi); // half up and truncate
  };
  let conventions: Rounding[] = ROUNDINGS.filter(inBounds);
  let shares: PercentageVerdict[] | undefined;
  if (input.parts !== undefined) {
    if (!Array.isArray(input.parts)) notList('parts', input.parts);
    if (input.whole === undefined) {
      throw new LearningSocietyError('invalid_input', { vi: 'Thiếu tổng', en: 'The whole is missing' }, [
        { path: ['whole'], code: 'missing', message: { vi: 'cần `whole` (tổng) cùng với `parts`', en: '`whole` is needed with `parts`' } },
      ]);
    }
    if (input.parts.length !== read.length) {
      throw new LearningSocietyError('invalid_input', { vi: 'Các phần không khớp với các tỷ lệ', en: 'The parts do not match the shares' }, [
        { path: ['parts'], code: 'count_mismatch', message: { vi: `cần một phần cho mỗi tỷ lệ (${read.length} tỷ lệ), không phải ${input.parts.length} phần`, en: `one part for each of the ${read.length} shares is needed, not ${input.parts.length}` } },
      ]);
    }
    const total = input.parts.reduce((a, b) => a + b, 0);
    if (total !== input.whole) {
      throw new LearningSocietyError('invalid_input', { vi: 'Các phần không cộng lại bằng tổng', en: 'The parts do not add up to the whole' }, [
        { path: ['parts'], code: 'not_a_partition', message: { vi: `tổng các phần ${total} khác tổng ${input.whole}`, en: `the parts add up to ${total}, not ${input.whole}` } },
      ]);
    }
    shares = input.parts.map((part, i) => verifyStatedPercentage({ part, whole: input.whole!, stated: input.stated[i]! }));
    conventions = ROUNDINGS.filter((r) => shares!.every((s) => s.conventions.includes(r)));
  }
  const consistent = conventions.length > 0;
  const list = read.map((r) => `${vi(r.value, r.decimals)}%`).join(' + ');
  return {
    consistent,
    conventions,
    exact: sum,
    ...(shares ? { shares } : {}),
    explanation: consistent
      ? {
          vi: `${list} = ${vi(sum)}% — phù hợp khi ${conventions.map((c) => ROUNDING_NAMES[c].vi).join(' hoặc ')}`,
          en: `${read.map((r) => `${r.value.toFixed(r.decimals)}%`).join(' + ')} = ${sum.toString()}% — consistent with ${conventions.map((c) => ROUNDING_NAMES[c].en).join(' or ')}`,
        }
      : {
          vi: `${list} = ${vi(sum)}% — không phù hợp với cách làm tròn nào${shares ? ' cho mọi tỷ lệ' : ''}`,
          en: `${read.map((r) => `${r.value.toFixed(r.decimals)}%`).join(' + ')} = ${sum.toString()}% — not consistent with any rounding${shares ? ' for every share' : ''}`,
        },
  };
}
