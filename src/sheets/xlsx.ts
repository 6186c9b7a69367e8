import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile, { type Row as XlsxRow } from 'write-excel-file/universal';
import { LearningSocietyError, type Label } from 'vn-learning-society';
import { badArgument, requireFunction, requireOptions, requireRows, requireTable } from './args.js';
import { cellText, type SheetCell, type SheetTable } from './cells.js';

/** How to read a workbook. */
export interface ReadWorkbookOptions {
  /** Larger files are refused before they are unpacked (default 100 MB). */
  readonly maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

function workbookError(summary: Label, code: 'invalid_workbook' | 'sheet_not_found' | 'too_large', message: Label): never {
  throw new LearningSocietyError('invalid_input', summary, [{ path: [], code, message }]);
}

const NOT_A_WORKBOOK: Label = { vi: 'Không đọc được tệp Excel', en: 'Cannot read the Excel file' };

/**
 * Reads every sheet of an `.xlsx` workbook (bảng tính Excel) as rows of cells: text, numbers, yes/no and dates as
 * Excel holds them (a formula gives the value Excel last computed). Runs in Node and in browsers; uses
 * [read-excel-file](https://www.npmjs.com/package/read-excel-file) (see docs/en/spreadsheets.md for why).
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_input` (`invalid_workbook`, `too_large`) for a file that is not an
 * `.xlsx` workbook (an old `.xls`, a CSV renamed, a damaged file) or is larger than `maxBytes`.
 *
 * @example
 * ```ts
 * import { readWorkbook, workbookBytes } from 'vn-learning-society/sheets';
 * // In Node: await readFile('phieu.xlsx'); in a browser: await file.arrayBuffer().
 * const bytes = await workbookBytes([{ name: 'Phiếu', title: 'PHIẾU ĐÁNH GIÁ', columns: [{ heading: 'Mã hộ' }, { heading: 'Điểm' }], rows: [['H01', 7.5]] }]);
 * const [first] = await readWorkbook(bytes);
 * first?.rows[2]; // ['H01', 7.5]
 * ```
 */
export async function readWorkbook(bytes: ArrayBuffer | Uint8Array, options: ReadWorkbookOptions = {}): Promise<SheetTable[]> {
  if (!(bytes instanceof ArrayBuffer) && !(bytes instanceof Uint8Array)) {
    workbookError(NOT_A_WORKBOOK, 'invalid_workbook', { vi: 'cần nội dung tệp (ArrayBuffer hoặc Uint8Array)', en: 'expected the file content (an ArrayBuffer or a Uint8Array)' });
  }
  requireOptions(options);
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof max !== 'number' || !(max >= 0)) badArgument('options.maxBytes', { vi: 'một số byte', en: 'a number of bytes' }, max);
  if (bytes.byteLength > max) {
    workbookError(NOT_A_WORKBOOK, 'too_large', { vi: `tệp có ${bytes.byteLength} byte, quá giới hạn ${max}`, en: `the file has ${bytes.byteLength} bytes, above the limit of ${max}` });
  }
  const buffer = bytes instanceof ArrayBuffer ? bytes : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  if (!isZip(new Uint8Array(buffer as ArrayBuffer))) {
    workbookError(NOT_A_WORKBOOK, 'invalid_workbook', {
      vi: 'đây không phải tệp .xlsx (tệp .xls cũ: mở bằng Excel rồi Lưu thành .xlsx; tệp CSV: dùng đuôi .csv)',
      en: 'this is not an .xlsx file (an old .xls: open it in Excel and save as .xlsx; a CSV file: name it .csv)',
    });
  }
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(buffer as ArrayBuffer)) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (e) {
    const reason = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200);
    workbookError(NOT_A_WORKBOOK, 'invalid_workbook', { vi: `tệp .xlsx bị hỏng hoặc không đúng cấu trúc (${reason})`, en: `the .xlsx file is damaged or not laid out as a workbook (${reason})` });
  }
  const errors = errorCells(new Uint8Array(buffer as ArrayBuffer));
  return sheets.map((s) => {
    const rows = s.data.map((row) => row.map(toCell));
    for (const e of errors.get(String(s.sheet)) ?? []) {
      while (rows.length <= e.row) rows.push([]);
      const row = rows[e.row]!;
      while (row.length <= e.column) row.push(null);
      row[e.column] = e.value;
    }
    return { name: String(s.sheet), rows };
  });
}

/**
 * The error cells of each sheet (`#DIV/0!`, `#N/A`, `#REF!`: a formula that failed), which the reader leaves blank:
 * found by a linear scan of the sheets' XML for `t="e"`, so that a failed formula is reported, not read as blank.
 */
function errorCells(bytes: Uint8Array): Map<string, { row: number; column: number; value: string }[]> {
  const out = new Map<string, { row: number; column: number; value: string }[]>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name.startsWith('xl/worksheets/sheet') });
  } catch {
    return out;
  }
  const workbook = files['xl/workbook.xml'] ? strFromU8(files['xl/workbook.xml']) : '';
  const rels = files['xl/_rels/workbook.xml.rels'] ? strFromU8(files['xl/_rels/workbook.xml.rels']) : '';
  const targets = new Map<string, string>();
  for (const tag of tags(rels, '<Relationship ')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const tag of tags(workbook, '<sheet ')) {
    const name = attribute(tag, 'name');
    const target = targets.get(attribute(tag, 'r:id') ?? '');
    const file = target === undefined ? undefined : files[target];
    if (name === undefined || file === undefined) continue;
    if (!hasBytes(file, ERROR_TYPE)) continue;
    const xml = strFromU8(file);
    const found: { row: number; column: number; value: string }[] = [];
    for (let at = xml.indexOf('<c ', 0); at >= 0; at = xml.indexOf('<c ', at + 3)) {
      const end = xml.indexOf('>', at);
      if (end < 0) break;
      const tag = xml.slice(at, end);
      if (attribute(tag, 't') !== 'e') continue;
      const ref = attribute(tag, 'r');
      const v = xml.indexOf('<v>', end);
      const close = v < 0 ? -1 : xml.indexOf('</v>', v);
      const next = xml.indexOf('</c>', end);
      if (ref === undefined || v < 0 || close < 0 || (next >= 0 && v > next)) continue;
      const position = parseRef(ref);
      if (position) found.push({ ...position, value: unescapeXml(xml.slice(v + 3, close)) });
    }
    out.set(unescapeXml(name), found);
  }
  return out;
}

/** `t="e"`, the mark of an error cell, as bytes. */
const ERROR_TYPE = [0x74, 0x3d, 0x22, 0x65, 0x22];

/** Whether `bytes` hold `pattern` (a short one): a linear scan, with no text made of a sheet that has no error. */
function hasBytes(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i + pattern.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < pattern.length && bytes[i + k] === pattern[k]) k++;
    if (k === pattern.length) return true;
  }
  return false;
}

/** Each start tag beginning with `open` in `xml` (up to its `>`). */
function* tags(xml: string, open: string): Generator<string> {
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + open.length)) {
    const end = xml.indexOf('>', at);
    if (end < 0) return;
    yield xml.slice(at, end);
  }
}

/** An attribute's value in a start tag (` name="value"`). */
function attribute(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const at = tag.indexOf(key);
  if (at < 0) return undefined;
  const end = tag.indexOf('"', at + key.length);
  return end < 0 ? undefined : tag.slice(at + key.length, end);
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** `D17` → row 16, column 3 (0-based). */
function parseRef(ref: string): { row: number; column: number } | undefined {
  let column = 0;
  let i = 0;
  while (i < ref.length && i < 3 && ref.charCodeAt(i) >= 65 && ref.charCodeAt(i) <= 90) column = column * 26 + (ref.charCodeAt(i++) - 64);
  const row = Number(ref.slice(i));
  return i === 0 || !Number.isSafeInteger(row) || row < 1 || row > 1_048_576 ? undefined : { row: row - 1, column: column - 1 };
}

/** Zip files (an .xlsx is one) start with `PK\x03\x04`. */
function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function toCell(v: unknown): SheetCell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  return String(v);
}

/**
 * The sheet to read, by its name (without regard to case and diacritics) or its number (1 = the first); without
 * `which`, the first sheet `prefer` accepts, else the first.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_input` (`sheet_not_found`) naming the sheets there are.
 */
export function pickSheet(sheets: readonly SheetTable[], which?: string | number, prefer?: (sheet: SheetTable) => boolean): SheetTable {
  if (!Array.isArray(sheets)) badArgument('sheets', { vi: 'danh sách trang tính', en: 'a list of sheets' }, sheets);
  sheets.forEach((s, i) => requireTable(s, `sheets[${i}]`));
  if (which !== undefined && typeof which !== 'string' && typeof which !== 'number') badArgument('which', { vi: 'tên hoặc số thứ tự trang tính', en: 'a sheet name or number' }, which);
  requireFunction(prefer, 'prefer');
  const names = sheets.map((s) => `"${s.name}"`).join(', ');
  const missing = (what: string): never =>
    workbookError({ vi: 'Không có trang tính này', en: 'No such sheet' }, 'sheet_not_found', { vi: `không có trang tính ${what}; tệp có: ${names || 'không trang nào'}`, en: `no sheet ${what}; the workbook has: ${names || 'none'}` });
  if (sheets.length === 0) return missing('nào');
  if (which === undefined) return (prefer && sheets.find(prefer)) || sheets[0]!;
  if (typeof which === 'number') return sheets[which - 1] ?? missing(`số ${which} / number ${which}`);
  const n = /^\d{1,4}$/.test(which.trim()) ? Number(which.trim()) : undefined;
  if (n !== undefined) return sheets[n - 1] ?? missing(`số ${n} / number ${n}`);
  const key = which.normalize('NFC').trim().toLowerCase();
  return sheets.find((s) => s.name.normalize('NFC').trim().toLowerCase() === key) ?? missing(`"${which}"`);
}

/** A column of a sheet to write: its heading, and its width in characters (computed from the cells when not given). */
export interface WorkbookColumn {
  readonly heading: string;
  readonly width?: number;
  /** An Excel number format for the column's numbers, e.g. `0.00` or `#,##0`. */
  readonly format?: string;
  /** A column of text (`@`): Excel keeps what is typed (`2/3` stays `2/3`, not a date), also in the blank rows. */
  readonly text?: boolean;
}

/** A sheet to write: a name, an optional title line above the header, columns, rows, and notes under the table. */
export interface WorkbookSheet {
  /** Shown on the tab; Excel allows 31 characters and none of `[]:*?/\`, so longer or other names are cut and cleaned. */
  readonly name: string;
  /** A bold title on the first row, above the header. */
  readonly title?: string;
  /** Lines of text between the title and the header (instructions), each on a row of its own. */
  readonly intro?: readonly string[];
  readonly columns: readonly WorkbookColumn[];
  readonly rows: readonly (readonly SheetCell[])[];
  /** Lines of text under the table (sources, notes); each on a row of its own, in the first column. */
  readonly notes?: readonly string[];
  /** Rows (0-based, into `rows`) printed in bold: a total row. */
  readonly boldRows?: readonly number[];
  /** Blank rows after the rows, with the columns' formats (a template to fill in). */
  readonly blankRows?: number;
}

/** A blank cell formatted as text. */
const TEXT_CELL = { type: String, format: '@' } as const;

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  let base = '';
  for (const c of name) base += '[]:*?/\\'.includes(c) ? ' ' : c;
  base = base.trim().slice(0, 31).trim() || 'Sheet';
  let out = base;
  for (let i = 2; used.has(out.toLowerCase()); i++) out = `${base.slice(0, 31 - String(i).length - 1).trim()} ${i}`;
  used.add(out.toLowerCase());
  return out;
}

/** The width of a column: the longest of its heading and cells, between 6 and 60 characters. */
function widthOf(column: WorkbookColumn, index: number, rows: readonly (readonly SheetCell[])[]): number {
  if (column.width !== undefined) return column.width;
  let w = Math.min(column.heading.length, 40);
  for (const r of rows.length > 2000 ? rows.slice(0, 2000) : rows) w = Math.max(w, Math.min(cellText(r[index] ?? null, { decimalComma: true }).length, 60));
  return Math.max(6, Math.min(60, w + 2));
}

/**
 * Writes sheets as an `.xlsx` workbook: numbers stay numbers, dates dates; the header is bold and stays in view when
 * scrolling, and each column is as wide as its content. Runs in Node and in browsers; uses
 * [write-excel-file](https://www.npmjs.com/package/write-excel-file).
 *
 * @example
 * ```ts
 * import { workbookBytes } from 'vn-learning-society/sheets';
 * const bytes = await workbookBytes([{ name: 'Tổng hợp', columns: [{ heading: 'Xã' }, { heading: 'Số hộ' }], rows: [['Xã A', 812]] }]);
 * bytes.length > 0; // true: save it as tong-hop.xlsx
 * ```
 */
export async function workbookBytes(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  if (!Array.isArray(sheets as unknown) || sheets.length === 0) {
    throw new LearningSocietyError('invalid_input', { vi: 'Không có trang tính nào để ghi', en: 'No sheet to write' }, [
      { path: [], code: 'invalid_workbook', message: { vi: 'cần ít nhất một trang tính', en: 'at least one sheet is needed' } },
    ]);
  }
  sheets.forEach((s, i) => {
    if (typeof s !== 'object' || s === null || typeof s.name !== 'string' || !Array.isArray(s.columns) || s.columns.some((c) => typeof c?.heading !== 'string')) {
      badArgument(`sheets[${i}]`, { vi: 'một trang tính { name, columns: [{ heading }], rows }', en: 'a sheet { name, columns: [{ heading }], rows }' }, s);
    }
    requireRows(s.rows, `sheets[${i}].rows`);
  });
  const used = new Set<string>();
  const out = sheets.map((s) => {
    const data: XlsxRow[] = [];
    if (s.title !== undefined) data.push([{ value: s.title, fontWeight: 'bold' }]);
    for (const line of s.intro ?? []) data.push([{ value: line }]);
    data.push(s.columns.map((c) => ({ value: c.heading, fontWeight: 'bold', wrap: true, alignVertical: 'center' }) as const));
    const bold = new Set(s.boldRows ?? []);
    s.rows.forEach((row, r) => {
      data.push(
        row.map((cell, i) => {
          if (cell === null || cell === undefined || (typeof cell === 'number' && !Number.isFinite(cell))) return s.columns[i]?.text ? TEXT_CELL : null;
          const format = s.columns[i]?.text ? '@' : typeof cell === 'number' ? s.columns[i]?.format : undefined;
          // A plain value where there is no style: 50,000 rows of cell objects would double the memory written.
          if (!format && !bold.has(r)) return cell;
          return { value: cell, ...(format ? { format } : {}), ...(bold.has(r) ? { fontWeight: 'bold' as const } : {}) };
        }),
      );
    });
    for (let r = 0; r < (s.blankRows ?? 0); r++) data.push(s.columns.map((c) => (c.text ? TEXT_CELL : null)));
    for (const note of s.notes ?? []) data.push([{ value: note, fontStyle: 'italic' }]);
    return {
      data,
      sheet: sheetName(s.name, used),
      columns: s.columns.map((c, i) => ({ width: widthOf(c, i, s.rows) })),
      stickyRowsCount: (s.title !== undefined ? 1 : 0) + (s.intro?.length ?? 0) + 1,
      dateFormat: 'dd/mm/yyyy',
    };
  });
  const blob = await writeXlsxFile(out).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
