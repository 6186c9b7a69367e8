import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile, { type Row as XlsxRow } from 'write-excel-file/universal';
import { LearningSocietyError, type Label } from 'vn-learning-society';
import { badArgument, requireFunction, requireOptions, requireRows, requireTable } from './args.js';
import { cellText, type SheetCell, type SheetTable } from './cells.js';
import { NOT_A_WORKBOOK, refuse, size } from './xlsx-read/problems.js';
import { readXlsx } from './xlsx-read/read.js';

/**
 * How to read a workbook: the limits it is read within. A file beyond one is refused with a `too_large` error that
 * names the limit, the part of the file or the cell. Memory stays bounded by them: the sheets' XML is read as it is
 * unpacked, never held whole.
 */
export interface ReadWorkbookOptions {
  /** Larger files are refused before anything is unpacked (bytes; default 100 MB). */
  readonly maxBytes?: number;
  /**
   * The most one part of the file (a sheet's XML, the shared strings, the styles) may unpack to, in bytes (default
   * 256 MB: a 100,000-row sheet of 20 columns is about 100 MB). Counted as the part is unpacked, and the reading
   * stopped there: a zip bomb is refused after at most this much.
   */
  readonly maxEntryBytes?: number;
  /** The most all the parts read may unpack to together, in bytes (default 1 GB). */
  readonly maxUnpackedBytes?: number;
  /**
   * The most cells the sheets' used ranges may have together (default 5,000,000, e.g. 100,000 rows × 50 columns).
   * A sheet's used range runs from A1 to the last row and the last column that hold a value, as the rows returned do;
   * one cell far away (`XFD1048576`) makes it huge, and is refused as soon as it is read, before anything is kept
   * for it. Also the most strings the shared-strings table may hold. Whatever it is, a cell beyond Excel's own limits
   * (1,048,576 rows, 16,384 columns: `XFD1048576`) is refused.
   */
  readonly maxCells?: number;
}

const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
const DEFAULT_MAX_ENTRY_BYTES = 256 * 1024 * 1024;
const DEFAULT_MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
const DEFAULT_MAX_CELLS = 5_000_000;

function workbookError(summary: Label, code: 'invalid_workbook' | 'sheet_not_found', message: Label): never {
  throw new LearningSocietyError('invalid_input', summary, [{ path: [], code, message }]);
}

/** A limit given in the options: a number from 0 (or the default). */
function limit(options: ReadWorkbookOptions, name: keyof ReadWorkbookOptions, fallback: number, unit: Label): number {
  const value = options[name] ?? fallback;
  if (typeof value !== 'number' || !(value >= 0)) badArgument(`options.${name}`, unit, value);
  return value;
}

const BYTES: Label = { vi: 'một số byte', en: 'a number of bytes' };

/**
 * Reads every sheet of an `.xlsx` workbook (bảng tính Excel) as rows of cells: text, numbers, yes/no and dates as
 * Excel holds them (a formula gives the value Excel last computed; a failed one, its error text such as `#DIV/0!`).
 * Rows run from A1 to the last row and column that hold a value, each as long as the longest, blanks as `null`; text
 * is trimmed. Runs in Node and in browsers. The sheets' XML is read by the library itself as fflate unpacks it, within
 * the limits of {@link ReadWorkbookOptions} (see docs/en/spreadsheets.md for why).
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_input`: `invalid_workbook` for a file that is
 * not an `.xlsx` workbook (an old `.xls`, a CSV renamed, a damaged file); `too_large` for one beyond a limit: larger
 * than `maxBytes`, a part unpacking to more than `maxEntryBytes` (a zip bomb), all to more than `maxUnpackedBytes`, a
 * cell beyond `XFD1048576` or a used range of more than `maxCells` cells (naming the cell), more than 10,000 sheets,
 * a text of more than 8,388,608 characters.
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
  const max = limit(options, 'maxBytes', DEFAULT_MAX_BYTES, BYTES);
  const limits = {
    maxEntryBytes: limit(options, 'maxEntryBytes', DEFAULT_MAX_ENTRY_BYTES, BYTES),
    maxUnpackedBytes: limit(options, 'maxUnpackedBytes', DEFAULT_MAX_UNPACKED_BYTES, BYTES),
    maxCells: limit(options, 'maxCells', DEFAULT_MAX_CELLS, { vi: 'một số ô', en: 'a number of cells' }),
  };
  if (bytes.byteLength > max) {
    const m = size(max);
    refuse('too_large', { vi: `tệp có ${bytes.byteLength} byte, quá giới hạn ${m.vi} (maxBytes)`, en: `the file has ${bytes.byteLength} bytes, above the limit of ${m.en} (maxBytes)` }, max);
  }
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (!isZip(view)) {
    workbookError(NOT_A_WORKBOOK, 'invalid_workbook', {
      vi: 'đây không phải tệp .xlsx (tệp .xls cũ: mở bằng Excel rồi Lưu thành .xlsx; tệp CSV: dùng đuôi .csv)',
      en: 'this is not an .xlsx file (an old .xls: open it in Excel and save as .xlsx; a CSV file: name it .csv)',
    });
  }
  try {
    return readXlsx(view, limits);
  } catch (e) {
    if (e instanceof LearningSocietyError) throw e;
    // Anything else (a string too long for the engine, a bug) is still the file's fault, and said so.
    const reason = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200);
    return refuse('invalid_workbook', { vi: `tệp .xlsx bị hỏng hoặc không đúng cấu trúc (${reason})`, en: `the .xlsx file is damaged or not laid out as a workbook (${reason})` });
  }
}

/** Zip files (an .xlsx is one) start with `PK\x03\x04`. */
function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
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

/**
 * Texts write-excel-file 4.1.1 cannot put in its table of shared strings: it looks each text up in a plain object,
 * where `constructor`, `toString` or `__proto__` find the object's own members, and writes `function Object() {…}`
 * or `[object Object]` as the cell's index — a workbook Excel must repair. Such a text is written as a stand-in
 * (the text between two private-use characters) and put back in `xl/sharedStrings.xml` once the file is made.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
const STAND_IN = '\uE000';

/** A text as write-excel-file is given it: a stand-in for the names it would mistake, and `used` told of them. */
function safeText(text: string, used: Set<string>): string {
  if (!PROTOTYPE_NAMES.has(text)) return text;
  used.add(text);
  return `${STAND_IN}${text}${STAND_IN}`;
}

/** Puts back the texts of {@link safeText} in the shared strings of a written workbook. */
function withTextsPutBack(bytes: Uint8Array, used: ReadonlySet<string>): Uint8Array {
  if (used.size === 0) return bytes;
  const files = unzipSync(bytes);
  const strings = files['xl/sharedStrings.xml'];
  if (strings === undefined) return bytes;
  let xml = strFromU8(strings);
  // The names are letters and underscores only: nothing to escape in XML.
  for (const name of used) xml = xml.split(`${STAND_IN}${name}${STAND_IN}`).join(name);
  files['xl/sharedStrings.xml'] = strToU8(xml);
  return zipSync(files);
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
  const standIns = new Set<string>();
  const text = (v: string) => safeText(v, standIns);
  const out = sheets.map((s) => {
    const data: XlsxRow[] = [];
    if (s.title !== undefined) data.push([{ value: text(s.title), fontWeight: 'bold' }]);
    for (const line of s.intro ?? []) data.push([{ value: text(line) }]);
    data.push(s.columns.map((c) => ({ value: text(c.heading), fontWeight: 'bold', wrap: true, alignVertical: 'center' }) as const));
    const bold = new Set(s.boldRows ?? []);
    s.rows.forEach((row, r) => {
      data.push(
        row.map((given, i) => {
          const cell = typeof given === 'string' ? text(given) : given;
          if (cell === null || cell === undefined || (typeof cell === 'number' && !Number.isFinite(cell))) return s.columns[i]?.text ? TEXT_CELL : null;
          const format = s.columns[i]?.text ? '@' : typeof cell === 'number' ? s.columns[i]?.format : undefined;
          // A plain value where there is no style: 50,000 rows of cell objects would double the memory written.
          if (!format && !bold.has(r)) return cell;
          return { value: cell, ...(format ? { format } : {}), ...(bold.has(r) ? { fontWeight: 'bold' as const } : {}) };
        }),
      );
    });
    for (let r = 0; r < (s.blankRows ?? 0); r++) data.push(s.columns.map((c) => (c.text ? TEXT_CELL : null)));
    for (const note of s.notes ?? []) data.push([{ value: text(note), fontStyle: 'italic' }]);
    return {
      data,
      sheet: sheetName(s.name, used),
      columns: s.columns.map((c, i) => ({ width: widthOf(c, i, s.rows) })),
      stickyRowsCount: (s.title !== undefined ? 1 : 0) + (s.intro?.length ?? 0) + 1,
      dateFormat: 'dd/mm/yyyy',
    };
  });
  const blob = await writeXlsxFile(out).toBlob();
  return withTextsPutBack(new Uint8Array(await blob.arrayBuffer()), standIns);
}
