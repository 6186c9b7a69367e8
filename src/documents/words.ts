import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';
import { LearningSocietyError, toIsoDate, type CalendarDate } from 'vn-learning-society';
import { requireArg, shown } from './check.js';

// Numbers in words and the lines of an administrative document that Nghị định 30/2020/NĐ-CP sets the form of.

const CONFIG = /* @__PURE__ */ (() => {
  const c = new ReadingConfig();
  c.unit = [];
  return c;
})();

/**
 * A whole number in Vietnamese words (read-vietnamese-number), as a decision writes a count after its digits:
 * "125 (một trăm hai mươi lăm)".
 *
 * @example
 * ```ts
 * import { viNumberWords } from 'vn-learning-society/documents';
 * viNumberWords(125); // 'một trăm hai mươi lăm'
 * viNumberWords(2025); // 'hai nghìn không trăm hai mươi lăm'
 * ```
 */
export function viNumberWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new LearningSocietyError('invalid_input', { vi: 'Số không hợp lệ', en: 'Invalid number' }, [
      { path: [], code: 'invalid_count', message: { vi: `${shown(n)} không phải số nguyên không âm`, en: `${shown(n)} is not a non-negative whole number` } },
    ]);
  }
  return doReadNumber(String(n), CONFIG);
}

/** A count with its words: "125 (một trăm hai mươi lăm)". @internal */
export const countWithWords = (n: number): string => `${n} (${viNumberWords(n)})`;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The place and date line (địa danh và thời gian ban hành): "An Bình, ngày 05 tháng 01 năm 2026". A day under 10 and
 * the months January and February take a leading zero, as Nghị định 30/2020/NĐ-CP writes them.
 *
 * @example
 * ```ts
 * import { placeDateLine } from 'vn-learning-society/documents';
 * placeDateLine('An Bình', '2026-01-05'); // 'An Bình, ngày 05 tháng 01 năm 2026'
 * placeDateLine('Cao Lãnh', '2025-12-15'); // 'Cao Lãnh, ngày 15 tháng 12 năm 2025'
 * ```
 */
export function placeDateLine(place: string, date: CalendarDate): string {
  requireArg(typeof place === 'string', 'place', { vi: 'một địa danh (chuỗi ký tự)', en: 'a place (a string)' }, place);
  const [y, m, d] = toIsoDate(date).split('-').map(Number) as [number, number, number];
  return `${place}, ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/**
 * The number and symbol line (số, ký hiệu): "Số: 05/QĐ-UBND"; a number under 10 takes a leading zero. Without a
 * number the line keeps a blank for the office to write it by hand when it registers the document.
 *
 * @example
 * ```ts
 * import { numberLine } from 'vn-learning-society/documents';
 * numberLine('5', 'QĐ-UBND'); // 'Số: 05/QĐ-UBND'
 * numberLine(undefined, 'QĐ-UBND'); // 'Số:        /QĐ-UBND'
 * ```
 */
export function numberLine(number: string | undefined, symbol: string): string {
  requireArg(number === undefined || typeof number === 'string', 'number', { vi: 'một số văn bản (chuỗi ký tự) hoặc không có', en: 'a number (a string) or nothing' }, number);
  requireArg(typeof symbol === 'string', 'symbol', { vi: 'một ký hiệu (chuỗi ký tự)', en: 'a symbol (a string)' }, symbol);
  if (number === undefined || number === '') return `Số:        /${symbol}`;
  return `Số: ${/^\d$/.test(number) ? `0${number}` : number}/${symbol}`;
}
