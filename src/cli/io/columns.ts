/**
 * How the CSV reader names cells: column letters (A … XFD) and the most columns a sheet has. The same as
 * `columnLetter` and `EXCEL_MAX_COLUMNS` of vn-learning-society/sheets (test/cli/cli-io-columns.test.ts compares them), kept
 * here so that a CSV file is read without loading that entry point's workbook reader and writer (fflate,
 * write-excel-file: some 50 ms at every run).
 */

/** The most columns a sheet has (XFD), as vn-learning-society/sheets' `EXCEL_MAX_COLUMNS`. */
export const MAX_COLUMNS = 16_384;

/** The letters of the column at 0-based `index` (0 → A, 27 → AB), as vn-learning-society/sheets' `columnLetter`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
