// date-fns one function at a time: its root ('date-fns') loads some 250 modules in Node, 0.18 s at every start (docs/performance.md).
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { toIsoDate, type CalendarDate } from '../calendar-date/index.js';
import { LearningSocietyError } from '../errors/index.js';
import { requireObject, requireString } from '../internal/args.js';
import { valueText } from '../internal/value-text.js';

/**
 * Removes Vietnamese diacritics (đ → d too) and lower-cases, so that OCR text without accents matches.
 *
 * @example
 * ```ts
 * import { foldVietnamese } from 'vn-learning-society';
 * foldVietnamese('Đồng Tháp'); // 'dong thap'
 * foldVietnamese('Quyết định') === foldVietnamese('Quyet dinh'); // true
 * ```
 */
export function foldVietnamese(text: string): string {
  requireString(text, 'text');
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function invalidDate(text: string, en: string, vi: string): never {
  throw new LearningSocietyError('invalid_input', { vi: 'Ngày không hợp lệ', en: 'Invalid date' }, [
    { path: [], code: 'invalid_date', message: { vi: `"${text}": ${vi}`, en: `"${text}": ${en}` } },
  ]);
}

/**
 * Builds `YYYY-MM-DD`, refusing a day that does not exist (31/02).
 *
 * @example
 * ```ts
 * import { isoFromParts } from 'vn-learning-society';
 * isoFromParts(2024, 2, 29); // '2024-02-29'
 * let refused = false;
 * try { isoFromParts(2025, 2, 29); } catch { refused = true; }
 * refused; // true
 * ```
 */
export function isoFromParts(year: number, month: number, day: number, text?: string): string {
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') invalidDate(text ?? `${valueText(day)}/${valueText(month)}/${valueText(year)}`, 'the day, month and year must be numbers', 'ngày, tháng, năm phải là số');
  text ??= `${day}/${month}/${year}`;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) invalidDate(text, 'the year is out of range', 'năm nằm ngoài khoảng cho phép');
  if (!Number.isInteger(month) || month < 1 || month > 12) invalidDate(text, 'there is no such month', 'không có tháng này');
  const last = lastDayOfMonth(new Date(year, month - 1, 1)).getDate();
  if (!Number.isInteger(day) || day < 1 || day > last) invalidDate(text, `month ${month} of ${year} has ${last} days`, `tháng ${month} năm ${year} có ${last} ngày`);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date written the Vietnamese way — "ngày 09 tháng 5 năm 2023", "09/5/2023", "11/9/2020", "25-3-2022", also
 * without diacritics ("ngay 25 thang 03 nam 2022") — as `YYYY-MM-DD`. A date that does not exist (31/02) is refused.
 *
 * @throws {@link LearningSocietyError} `invalid_input`.
 *
 * @example
 * ```ts
 * import { parseViDate } from 'vn-learning-society';
 * parseViDate('ngày 09 tháng 5 năm 2023'); // '2023-05-09'
 * parseViDate('11/9/2020'); // '2020-09-11'
 * parseViDate('ngay 25 thang 03 nam 2022'); // '2022-03-25'
 * ```
 */
export function parseViDate(text: string): string {
  if (typeof text !== 'string') invalidDate(valueText(text), 'not text', 'không phải chuỗi ký tự');
  const folded = foldVietnamese(text).replace(/\s+/g, ' ').trim();
  const long = /^(?:(?:thu [a-z]+|chu nhat),? )?(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(folded);
  const short = /^(?:ngay )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(folded);
  const m = long ?? short;
  if (!m) invalidDate(text, 'expected "ngày D tháng M năm YYYY" or "D/M/YYYY"', 'cần dạng "ngày D tháng M năm YYYY" hoặc "D/M/YYYY"');
  return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]), text);
}

/** The days of the week in Vietnamese, Sunday first (as date-fns's Vietnamese locale names them). */
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** Options of {@link formatViDate}. */
export interface FormatViDateOptions {
  /** `long` (default): "ngày 09 tháng 5 năm 2023", the style of official documents; `short`: "09/5/2023"; `numeric`: "09/05/2023". */
  readonly style?: 'long' | 'short' | 'numeric';
  /** Put the weekday first, from date-fns's Vietnamese locale: "Thứ Ba, ngày 09 tháng 5 năm 2023". */
  readonly weekday?: boolean;
}

/**
 * Writes a date the way Vietnamese documents do.
 *
 * @example
 * ```ts
 * import { formatViDate } from 'vn-learning-society';
 * formatViDate('2023-05-09'); // 'ngày 09 tháng 5 năm 2023'
 * formatViDate('2020-09-11', { style: 'short' }); // '11/9/2020'
 * formatViDate('2023-05-09', { weekday: true }); // 'Thứ Ba, ngày 09 tháng 5 năm 2023'
 * ```
 */
export function formatViDate(date: CalendarDate, options: FormatViDateOptions = {}): string {
  requireObject(options, 'options');
  const iso = toIsoDate(date);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = String(d).padStart(2, '0');
  const text =
    options.style === 'short' ? `${d}/${m}/${y}` : options.style === 'numeric' ? `${dd}/${String(m).padStart(2, '0')}/${y}` : `ngày ${dd} tháng ${m} năm ${y}`;
  if (!options.weekday) return text;
  const jsDate = new Date(y, m - 1, d);
  if (!isValid(jsDate)) invalidDate(iso, 'invalid', 'không hợp lệ');
  return `${WEEKDAYS[getDay(jsDate)]}, ${text}`;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The first and last day of a period, `YYYY-MM-DD`. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/**
 * The days of a quarter written as documents do: "Quý II năm 2026", "quý IV/2018", "Quy 2 nam 2026" (no diacritics).
 *
 * @example
 * ```ts
 * import { parseQuarter } from 'vn-learning-society';
 * parseQuarter('Quý II năm 2026'); // { from: '2026-04-01', to: '2026-06-30', quarter: 2, year: 2026 }
 * parseQuarter('Quy IV nam 2030').to; // '2030-12-31'
 * ```
 */
export function parseQuarter(text: string): DateRange & { readonly quarter: number; readonly year: number } {
  if (typeof text !== 'string') invalidDate(valueText(text), 'not text', 'không phải chuỗi ký tự');
  const folded = foldVietnamese(text).replace(/\s+/g, ' ').trim();
  const m = /^quy (i{1,3}|iv|[1-4])(?: nam |\/| )(\d{4})$/.exec(folded);
  if (!m) invalidDate(String(text), 'expected "Quý I–IV năm YYYY"', 'cần dạng "Quý I–IV năm YYYY"');
  const quarter = ROMAN[m[1]!] ?? Number(m[1]);
  return quarterRange(Number(m[2]), quarter);
}

/**
 * The days of quarter `quarter` (1–4) of `year`.
 *
 * @example
 * ```ts
 * import { quarterRange } from 'vn-learning-society';
 * quarterRange(2025, 4); // { from: '2025-10-01', to: '2025-12-31', quarter: 4, year: 2025 }
 * ```
 */
export function quarterRange(year: number, quarter: number): DateRange & { readonly quarter: number; readonly year: number } {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) invalidDate(`${valueText(quarter)}/${valueText(year)}`, 'a quarter is 1–4', 'quý phải từ I đến IV');
  const firstMonth = (quarter - 1) * 3 + 1;
  const from = isoFromParts(year, firstMonth, 1);
  const lastMonth = firstMonth + 2;
  const to = isoFromParts(year, lastMonth, lastDayOfMonth(new Date(year, lastMonth - 1, 1)).getDate());
  return { from, to, quarter, year };
}
