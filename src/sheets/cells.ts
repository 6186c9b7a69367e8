import { ExactDecimal } from 'vn-learning-society';
import { badArgument, requireOptions } from './args.js';

/**
 * One cell of a sheet as a spreadsheet holds it: text, a number, yes/no, a date (a number Excel shows as a date), or
 * nothing. CSV cells are always text.
 */
export type SheetCell = string | number | boolean | Date | null;

/** A sheet as rows of cells: row 1 of the sheet is `rows[0]`. */
export interface SheetTable {
  /** The sheet's name (a CSV file has none: ``). */
  readonly name: string;
  /** Row `n` of the sheet is `rows[n - 1]`; trailing blank cells may be left out. */
  readonly rows: readonly (readonly SheetCell[])[];
}

/**
 * A column's letters as a spreadsheet shows them: 0 → `A`, 25 → `Z`, 26 → `AA`.
 *
 * @example
 * ```ts
 * import { columnLetter } from 'vn-learning-society/sheets';
 * columnLetter(3); // 'D'
 * columnLetter(27); // 'AB'
 * ```
 */
export function columnLetter(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0 || index > 1_000_000) badArgument('index', { vi: 'một số nguyên không âm', en: 'a whole number from 0' }, index);
  let n = Math.floor(index) + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A cell's address (địa chỉ ô) as a spreadsheet shows it, from its 1-based row and 0-based column: (17, 3) → `D17`.
 *
 * @example
 * ```ts
 * import { cellAddress } from 'vn-learning-society/sheets';
 * cellAddress(17, 3); // 'D17'
 * ```
 */
export function cellAddress(row: number, column: number): string {
  if (!Number.isSafeInteger(row) || row < 1) badArgument('row', { vi: 'một số dòng từ 1', en: 'a row number from 1' }, row);
  return `${columnLetter(column)}${row}`;
}

/** Whether a cell holds nothing: null, or text of spaces only. */
export function isBlankCell(cell: SheetCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * A cell as text: text as it is, a number in full (no exponent) with a decimal comma when `decimalComma`, yes/no as
 * `TRUE`/`FALSE`, a date as `YYYY-MM-DD`, a blank cell as ``.
 */
export function cellText(cell: SheetCell | undefined, options: { decimalComma?: boolean } = {}): string {
  requireOptions(options);
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell !== 'number') badArgument('cell', { vi: 'một ô: chuỗi, số, có/không, ngày hoặc null', en: 'a cell: text, a number, yes/no, a date or null' }, cell);
  if (!Number.isFinite(cell)) return String(cell);
  const plain = new ExactDecimal(cell).toFixed();
  return options.decimalComma ? plain.replace('.', ',') : plain;
}
