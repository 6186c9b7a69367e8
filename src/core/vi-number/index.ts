import { Decimal } from 'decimal.js';
import { LearningSocietyError, makeIssue, type IssueFieldsArg } from '../errors/index.js';
import { badArgument, requireObject } from '../internal/args.js';
import { valueText } from '../internal/value-text.js';

/** Decimal with enough precision for every ratio the library prints (50 significant digits). */
export const ExactDecimal = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

/**
 * Named rounding conventions, as real reports use them:
 * `half-up` (làm tròn: 0,5 goes up), `half-even` (banker's rounding), `truncate` (cắt bỏ: digits dropped),
 * `ceiling` (always up, as for a required count).
 */
export const ROUNDINGS = ['half-up', 'half-even', 'truncate', 'ceiling'] as const;
/** One of {@link ROUNDINGS}. */
export type Rounding = (typeof ROUNDINGS)[number];

/**
 * The rounding conventions in words, and `exact` (the full value, with no rounding), as verdicts on stated figures
 * name them.
 *
 * @example
 * ```ts
 * import { ROUNDING_NAMES } from 'vn-learning-society';
 * ROUNDING_NAMES['half-up'].vi; // 'làm tròn 5 lên'
 * ROUNDING_NAMES.exact.en; // 'exact (the full value, not rounded)'
 * ```
 */
export const ROUNDING_NAMES: Readonly<Record<Rounding | 'exact', { readonly vi: string; readonly en: string }>> = {
  'half-up': { vi: 'làm tròn 5 lên', en: 'round half up' },
  'half-even': { vi: 'làm tròn về số chẵn', en: 'round half to even' },
  truncate: { vi: 'cắt bỏ phần thừa', en: 'truncate' },
  ceiling: { vi: 'làm tròn lên', en: 'round up (ceiling)' },
  exact: { vi: 'chính xác (giá trị đầy đủ, không làm tròn)', en: 'exact (the full value, not rounded)' },
};

const MODE: Record<Rounding, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  truncate: Decimal.ROUND_DOWN,
  ceiling: Decimal.ROUND_CEIL,
};

/**
 * Rounds a decimal to `decimals` places with a named convention.
 *
 * @example
 * ```ts
 * import { roundDecimal } from 'vn-learning-society';
 * roundDecimal('77.85', 1, 'half-up').toString(); // '77.9'
 * roundDecimal('77.85', 1, 'half-even').toString(); // '77.8'
 * roundDecimal('938.7', 0, 'ceiling').toString(); // '939'
 * ```
 */
export function roundDecimal(value: Decimal.Value, decimals: number, rounding: Rounding): Decimal {
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 100) badArgument('decimals', { vi: 'số chữ số thập phân từ 0 đến 100', en: 'a number of decimals from 0 to 100' }, decimals);
  if (typeof rounding !== 'string' || !Object.hasOwn(MODE, rounding)) badArgument('rounding', { vi: `một cách làm tròn (${ROUNDINGS.join(', ')})`, en: `a rounding (${ROUNDINGS.join(', ')})` }, rounding);
  return toDecimal(value, 'value').toDecimalPlaces(decimals, MODE[rounding]);
}

const SCALE_WORDS: Record<string, number> = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 };

/** Options of {@link parseViNumber}. */
export interface ParseViNumberOptions {
  /**
   * How to read a single comma followed by exactly three digits ("1,234"): refused as ambiguous by default
   * (`'refuse'`), or read as a Vietnamese decimal comma (`'decimal'`, 1.234).
   */
  readonly commaThree?: 'refuse' | 'decimal';
  /**
   * How to read a single dot with no comma: as a thousands separator only (`'refuse'`, the default: "1.5" is refused
   * as ambiguous), or also as a decimal point when it cannot group thousands (`'unambiguous'`): one dot followed by
   * one, two, or four or more digits ("7.5", "7.25" — what a spreadsheet set to English writes). "7.500", three digits
   * after the dot, stays seven thousand five hundred, as Vietnamese writes it.
   */
  readonly dotDecimal?: 'refuse' | 'unambiguous';
}

/** A number from plain JS as an exact decimal, or a typed error naming the argument. */
function toDecimal(value: unknown, name: string): Decimal {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'bigint' || value instanceof Decimal) {
    try {
      return new ExactDecimal(value);
    } catch {
      // fall through: decimal.js refuses it
    }
  }
  return badArgument(name, { vi: 'một số', en: 'a number' }, value);
}

/**
 * The longest text read as a number: the longest Vietnamese number a report prints ("1.234.567.890,12 triệu") is a
 * few dozen characters, so a longer cell or field is refused at once, whatever it holds.
 */
export const MAX_NUMBER_TEXT_LENGTH = 100;

/** The text as a message shows it: at most 40 characters. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Refuses `text` with one issue of `code` (and the fields that code carries), its message starting with the text. */
function fail<C extends 'invalid_number' | 'too_precise' | 'too_long'>(
  text: string,
  en: string,
  vi: string,
  code: C = 'invalid_number' as C,
  summary: { vi: string; en: string } = { vi: 'Không đọc được số', en: 'Cannot read the number' },
  ...fields: IssueFieldsArg<C>
): never {
  throw new LearningSocietyError('invalid_input', summary, [makeIssue([], code, { vi: `"${shown(text)}": ${vi}`, en: `"${shown(text)}": ${en}` }, ...fields)]);
}

/** Groups the digits of a whole number in threes with dots, in one pass. */
function groupThousands(int: string): string {
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += `.${int.slice(i, i + 3)}`;
  return out;
}

/**
 * Reads a number written the Vietnamese way — dots group thousands, a comma marks decimals — as an exact decimal.
 * Accepts a trailing `%` (the number of percent is returned) and the scale words nghìn/ngàn, triệu, tỷ/tỉ.
 * Refuses, with a clear message, anything that could be read two ways.
 *
 * @throws {@link LearningSocietyError} `invalid_input`.
 *
 * @example
 * ```ts
 * import { parseViDecimal } from 'vn-learning-society';
 * parseViDecimal('1.234,5').toString(); // '1234.5'
 * parseViDecimal('77,85%').toString(); // '77.85'
 * parseViDecimal('2,5 triệu').toString(); // '2500000'
 * ```
 */
export function parseViDecimal(text: string, options: ParseViNumberOptions = {}): Decimal {
  if (typeof text !== 'string') fail(valueText(text), 'not text', 'không phải chuỗi ký tự');
  requireObject(options, 'options');
  if (text.length > MAX_NUMBER_TEXT_LENGTH) {
    const en = `${text.length} characters; a number is at most ${MAX_NUMBER_TEXT_LENGTH}`;
    const vi = `dài ${text.length} ký tự; một số dài tối đa ${MAX_NUMBER_TEXT_LENGTH} ký tự`;
    fail(text, en, vi, 'too_long', undefined, { maximum: MAX_NUMBER_TEXT_LENGTH });
  }
  let s = text.normalize('NFC').replace(/\u00a0/g, ' ').trim();
  // "12 %" → "12%" (spaces before a final percent sign), without a regular expression that backtracks.
  if (s.endsWith('%')) s = `${s.slice(0, -1).trimEnd()}%`;
  if (s === '') fail(text, 'empty', 'rỗng');
  let exponent = 0;
  const words = s.split(/\s+/);
  if (words.length === 2 && SCALE_WORDS[words[1]!.toLowerCase()] !== undefined) {
    exponent = SCALE_WORDS[words[1]!.toLowerCase()]!;
    s = words[0]!;
  } else if (words.length > 1) {
    fail(text, 'unexpected words or spaces', 'có chữ hoặc khoảng trắng không hợp lệ');
  }
  if (s.endsWith('%')) {
    if (exponent !== 0) fail(text, 'a percentage cannot have a scale word', 'tỷ lệ phần trăm không đi kèm đơn vị nghìn, triệu, tỷ');
    s = s.slice(0, -1).trimEnd();
  }
  let sign = '';
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = '-';
    s = s.slice(1);
  }
  if (!/^[0-9.,]+$/.test(s)) fail(text, 'only digits, dots and one comma are allowed', 'chỉ được dùng chữ số, dấu chấm và một dấu phẩy');
  const commas = s.split(',').length - 1;
  if (commas > 1) fail(text, 'more than one comma: English thousands separators? Vietnamese uses dots for thousands', 'nhiều hơn một dấu phẩy (dấu phân cách hàng nghìn kiểu tiếng Anh?); tiếng Việt dùng dấu chấm phân cách hàng nghìn');
  // One dot and no comma that cannot group thousands ("7.5", "7.25", "1234.5"): a decimal point, when allowed.
  if (options.dotDecimal === 'unambiguous' && commas === 0) {
    const dot = s.indexOf('.');
    if (dot > 0 && dot === s.lastIndexOf('.') && s.length - dot - 1 >= 1 && s.length - dot - 1 !== 3) s = `${s.slice(0, dot)},${s.slice(dot + 1)}`;
  }
  const [intPart, fracPart] = s.split(',') as [string, string | undefined];
  if (intPart === '' || (fracPart !== undefined && fracPart === '')) fail(text, 'a digit is missing next to the comma', 'thiếu chữ số cạnh dấu phẩy');
  if (fracPart !== undefined && fracPart.includes('.')) fail(text, 'a dot after the decimal comma', 'có dấu chấm sau dấu phẩy thập phân');
  if (intPart.includes('.')) {
    const groups = intPart.split('.');
    if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) {
      fail(text, 'dots must group thousands in threes (English decimal point?)', 'dấu chấm phải phân cách hàng nghìn theo nhóm ba chữ số (dấu chấm thập phân kiểu tiếng Anh?)');
    }
  } else if (fracPart !== undefined && fracPart.length === 3 && options.commaThree !== 'decimal' && exponent === 0 && !text.trim().endsWith('%')) {
    fail(text, 'a comma followed by three digits is ambiguous (thousands in English, decimals in Vietnamese)', 'dấu phẩy theo sau ba chữ số là mơ hồ (hàng nghìn kiểu tiếng Anh hay thập phân kiểu tiếng Việt)');
  }
  const digits = `${sign}${intPart.replace(/\./g, '')}${fracPart !== undefined ? `.${fracPart}` : ''}`;
  return new ExactDecimal(digits).times(new ExactDecimal(10).pow(exponent));
}

/**
 * Reads a Vietnamese number: "556.862" → 556862, "66,7%" → 66.7, "1,5 triệu" → 1500000. Refuses anything ambiguous
 * ("1,234", "1.5", "1,234.5") with a clear error, and a number with more significant digits than a JavaScript number
 * keeps exactly ("9007199254740993", past 2^53, would silently become …992): an error of code `too_precise`,
 * never a different number. {@link parseViDecimal} reads any number of digits exactly.
 *
 * @throws {@link LearningSocietyError} `invalid_input`.
 *
 * @example
 * ```ts
 * import { parseViNumber } from 'vn-learning-society';
 * parseViNumber('556.862'); // 556862
 * parseViNumber('66,7%'); // 66.7
 * parseViNumber('1,5 triệu'); // 1500000
 * ```
 */
export function parseViNumber(text: string, options: ParseViNumberOptions = {}): number {
  const exact = parseViDecimal(text, options);
  const n = exact.toNumber();
  if (!exact.eq(n)) {
    fail(
      text,
      `more significant digits than a number holds exactly (it would become ${new ExactDecimal(n).toFixed()}); at most 15 digits are always kept`,
      `nhiều chữ số có nghĩa hơn một số lưu được chính xác (sẽ thành ${new ExactDecimal(n).toFixed()}); tối đa 15 chữ số luôn được giữ đúng`,
      'too_precise',
      TOO_PRECISE,
    );
  }
  return n;
}

/** The summary of the error of a number with more digits than a JavaScript number keeps (`9007199254740993`). */
export const TOO_PRECISE = Object.freeze({ vi: 'Số có quá nhiều chữ số', en: 'The number has too many digits' });

/** Options of {@link formatViNumber} and {@link formatViPercent}. */
export interface FormatViNumberOptions {
  /** Decimal places to show (default: as many as the value has, up to 20). */
  readonly decimals?: number;
  /** How to round to `decimals` (default `half-up`). */
  readonly rounding?: Rounding;
}

/**
 * Writes a number the Vietnamese way: dots between thousands, a decimal comma, chosen decimals and rounding.
 *
 * @example
 * ```ts
 * import { formatViNumber } from 'vn-learning-society';
 * formatViNumber(556862); // '556.862'
 * formatViNumber(1234.5678, { decimals: 2 }); // '1.234,57'
 * formatViNumber(1234.5678, { decimals: 2, rounding: 'truncate' }); // '1.234,56'
 * ```
 */
export function formatViNumber(value: Decimal.Value, options: FormatViNumberOptions = {}): string {
  requireObject(options, 'options');
  let d = toDecimal(value, 'value');
  if (!d.isFinite()) fail(String(value), 'not a finite number', 'không phải số hữu hạn');
  if (options.decimals !== undefined) d = roundDecimal(d, options.decimals, options.rounding ?? 'half-up');
  const fixed = options.decimals !== undefined ? d.toFixed(options.decimals) : d.toFixed();
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.') as [string, string | undefined];
  const grouped = groupThousands(int);
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `,${frac}` : ''}`;
}

/**
 * Writes a percentage the Vietnamese way: `formatViPercent(66.6953, { decimals: 1 })` → "66,7%".
 *
 * @example
 * ```ts
 * import { formatViPercent } from 'vn-learning-society';
 * formatViPercent(66.6953, { decimals: 1 }); // '66,7%'
 * formatViPercent(78.84, { decimals: 1, rounding: 'truncate' }); // '78,8%'
 * ```
 */
export function formatViPercent(percent: Decimal.Value, options: FormatViNumberOptions = {}): string {
  return `${formatViNumber(percent, options)}%`;
}
