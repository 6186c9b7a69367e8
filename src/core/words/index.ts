/**
 * The words of a sheet as people write them, matched the same way wherever they are read: headings without diacritics
 * or extra spaces, the id column, yes and no. In the core, so that every reader of rows (the sheets entry point, the
 * command line's CSV and JSON readers) uses one vocabulary without loading the workbook reader.
 */
import { foldVietnamese } from '../vi-date/index.js';

/**
 * A heading or a word as it is matched: without diacritics, in lower case, runs of spaces as one, trimmed
 * (`Đạt  chuẩn` → `dat chuan`). Linear in its input.
 *
 * @example
 * ```ts
 * import { fold } from 'vn-learning-society';
 * fold('  Đạt  chuẩn '); // 'dat chuan'
 * ```
 */
export function fold(text: string): string {
  let out = '';
  let space = false;
  for (const c of foldVietnamese(text)) {
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0') {
      space = out !== '';
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/**
 * A heading as it is matched, without a hint in square brackets at its end: the template writes the allowed values
 * there (`Trẻ em đi học đúng độ tuổi [phần/tổng]`), and people may add their own.
 *
 * @example
 * ```ts
 * import { headingKey } from 'vn-learning-society';
 * headingKey('Trẻ em đi học đúng độ tuổi [phần/tổng]'); // 'tre em di hoc dung do tuoi'
 * ```
 */
export function headingKey(heading: string): string {
  const h = fold(heading);
  if (!h.endsWith(']')) return h;
  const open = h.lastIndexOf('[');
  return open <= 0 ? h : h.slice(0, open).trimEnd();
}

/**
 * Whether a heading names the record's id: `id`, `mã`, or `mã …` as sheets title it (`Mã hộ`, `Mã phiếu`,
 * `Mã dòng họ`).
 *
 * @example
 * ```ts
 * import { isIdHeading } from 'vn-learning-society';
 * isIdHeading('Mã hộ'); // true
 * isIdHeading('Thôn'); // false
 * ```
 */
export function isIdHeading(heading: string): boolean {
  const h = headingKey(heading);
  return h === 'id' || h === 'ma' || h.startsWith('ma ');
}

const YES = new Set(['true', '1', 'x', 'co', 'yes', 'y', 'dat', 'duoc cong nhan', 'cong nhan']);
const NO = new Set(['false', '0', 'khong', 'no', 'n', 'chua dat', 'khong dat', 'khong duoc cong nhan']);

/**
 * Yes/no as people write it: `có`/`không`, `đạt`/`chưa đạt`, `x`, `1`/`0`, `true`/`false`, `yes`/`no`; undefined
 * for anything else.
 *
 * @example
 * ```ts
 * import { parseYesNo } from 'vn-learning-society';
 * parseYesNo('Có'); // true
 * parseYesNo('chưa đạt'); // false
 * parseYesNo('maybe'); // undefined
 * ```
 */
export function parseYesNo(text: string): boolean | undefined {
  if (typeof text === 'string' && text.length > 64) return undefined;
  const v = fold(text);
  return YES.has(v) ? true : NO.has(v) ? false : undefined;
}
