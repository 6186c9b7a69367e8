import type { Label } from 'vn-learning-society';
import { cellAddress, type SheetCell } from '../cells.js';
import { serialDate } from './dates.js';
import { count, quoted, refuse } from './problems.js';
import { decodeExcelEscapes, MAX_TEXT, XmlError, type Attributes, type XmlHandler } from './xml.js';

/** Excel's own limits: 1,048,576 rows and 16,384 columns (A1 to XFD1048576). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** What a sheet is read with. */
export interface SheetSetting {
  /** The sheet's name, for messages. */
  readonly name: string;
  readonly strings: readonly string[];
  /** For each cell style, 1 when its numbers are dates. */
  readonly dateStyles: Uint8Array;
  readonly epoch1904: boolean;
  /** Cells the sheet's used range may still have (what `maxCells` leaves after the sheets before it). */
  readonly cells: number;
  /** `maxCells` itself, for messages. */
  readonly maxCells: number;
}

/**
 * A worksheet's XML (`<sheetData>`), read as it is unpacked into rows of cells as read-excel-file gave them: from A1
 * to the last row and column that hold a value, every row as long as the longest, blanks as `null`, text trimmed
 * (blank text is `null`). Each cell's reference (`r="XFD1048576"`) is checked before anything is kept for it: one
 * beyond Excel's limits, or one whose value would make the used range (from A1) larger than the cells allowed, is a
 * `too_large` error naming it. Rows are kept up to their last value only, so memory is bounded by the cells allowed.
 */
export class SheetReader implements XmlHandler {
  readonly withAttributes: ReadonlySet<string> = new Set(['row', 'c']);
  wantText = false;
  /** Rows read, up to the last that holds a value. */
  private readonly rows: SheetCell[][] = [];
  private inData = false;
  private inRow = false;
  /** The row being read (1-based; 0 until a cell says which, when `<row>` has no `r`). */
  private rowNumber = 0;
  private lastRow = 0;
  /** The values of the row being read, up to its last value. */
  private row: SheetCell[] = [];
  private maxRow = 0;
  private maxColumn = 0;
  /** Where the last cell was (row, column; 1-based): cells come in order. */
  private atRow = 0;
  private atColumn = 0;
  // The cell being read.
  private inCell = false;
  private column = 0;
  private ref = '';
  private type: string | undefined;
  private style: string | undefined;
  private value: string | undefined;
  private inline: string | undefined;
  private inValue = false;
  private inInline = false;
  private inText = false;
  private inRun = false;
  private inPhonetic = false;

  constructor(private readonly setting: SheetSetting) {}

  open(name: string, a: Attributes): void {
    if (name === 'sheetData') this.inData = true;
    if (!this.inData) return;
    if (name === 'row') this.openRow(a.r);
    else if (name === 'c') this.openCell(a);
    else if (this.inCell) {
      if (name === 'v') this.inValue = true;
      else if (name === 'is') {
        this.inInline = true;
        this.inline = '';
      } else if (name === 't') this.inText = true;
      else if (name === 'r') this.inRun = true;
      else if (name === 'rPh') this.inPhonetic = true;
      this.wantText = this.inValue || (this.inInline && this.inText && !this.inPhonetic);
    }
  }

  close(name: string): void {
    if (!this.inData) return;
    if (name === 'sheetData') this.inData = false;
    else if (name === 'row') this.closeRow();
    else if (name === 'c') this.closeCell();
    else if (this.inCell) {
      if (name === 'v') {
        this.inValue = false;
        this.value ??= '';
      } else if (name === 'is') this.inInline = false;
      else if (name === 't') this.inText = false;
      else if (name === 'r') this.inRun = false;
      else if (name === 'rPh') this.inPhonetic = false;
      this.wantText = this.inValue || (this.inInline && this.inText && !this.inPhonetic);
    }
  }

  text(text: string): void {
    if (this.inValue) this.value = text;
    else {
      // Runs of an inline string are joined, held to the length of one piece of text.
      if (this.inRun && (this.inline?.length ?? 0) + text.length > MAX_TEXT) throw new XmlError('text', 'is');
      this.inline = this.inRun ? this.inline + text : text;
    }
  }

  /** The rows read: every one as long as the longest. */
  result(): SheetCell[][] {
    const width = this.maxColumn;
    const rows = this.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (row.length < width) rows[i] = row.concat(new Array<SheetCell>(width - row.length).fill(null));
    }
    return rows;
  }

  /** The number of cells of the used range (rows × columns from A1). */
  get cells(): number {
    return this.maxRow * this.maxColumn;
  }

  private wrong(what: Label): never {
    const name = quoted(this.setting.name);
    refuse('invalid_workbook', { vi: `tệp .xlsx bị hỏng (trang "${name}": ${what.vi})`, en: `the .xlsx file is damaged (sheet "${name}": ${what.en})` });
  }

  /** A cell beyond Excel's last row or column: `too_large`, whose `maximum` is the limit it broke. */
  private outside(ref: string, beyond: 'rows' | 'columns'): never {
    const name = quoted(this.setting.name);
    const rows = count(MAX_ROWS);
    const columns = count(MAX_COLUMNS);
    refuse('too_large', {
      vi: `trang "${name}": ô ${quoted(ref)} nằm ngoài giới hạn của Excel (${rows.vi} dòng, ${columns.vi} cột, tức đến ô XFD1048576)`,
      en: `sheet "${name}": cell ${quoted(ref)} is outside Excel's limits (${rows.en} rows, ${columns.en} columns: up to XFD1048576)`,
    }, beyond === 'rows' ? MAX_ROWS : MAX_COLUMNS);
  }

  private openRow(r: string | undefined): void {
    if (this.inRow) this.closeRow();
    this.inRow = true;
    this.rowNumber = 0;
    if (r !== undefined && r !== '') {
      const n = wholeNumber(r, MAX_ROWS);
      if (n === 0) this.wrong({ vi: `số dòng "${quoted(r)}" sai`, en: `a wrong row number "${quoted(r)}"` });
      if (n < 0) this.outside(`${quoted(r)} (<row r="${quoted(r)}">)`, 'rows');
      this.startRow(n);
    }
  }

  private startRow(n: number): void {
    if (n <= this.lastRow) this.wrong({ vi: `dòng ${n} đứng sau dòng ${this.lastRow}`, en: `row ${n} comes after row ${this.lastRow}` });
    this.rowNumber = n;
  }

  private closeRow(): void {
    if (this.inCell) this.closeCell();
    if (!this.inRow) return;
    this.inRow = false;
    if (this.rowNumber === 0) this.rowNumber = this.lastRow + 1;
    if (this.row.length > 0) {
      // Blank rows between rows with values stay, as blank rows (their count is within the used range, checked).
      while (this.rows.length < this.rowNumber - 1) this.rows.push([]);
      // A copy of exactly its length: an array grown by push keeps room for 17 values or more, ten times the memory of a
      // one-cell row (a bomb of 5 million one-cell rows peaked at 1.2 GB); the row being read is reused.
      this.rows.push(this.row.slice());
      this.row.length = 0;
    }
    this.lastRow = this.rowNumber;
  }

  private openCell(a: Attributes): void {
    if (this.inCell) this.closeCell();
    if (!this.inRow) this.wrong({ vi: 'có ô nằm ngoài mọi dòng', en: 'a cell outside any row' });
    const ref = a.r;
    let row: number;
    let column: number;
    if (ref !== undefined && ref !== '') {
      // The reference is read, and checked against Excel's limits, before anything is kept for the cell.
      const at = parseRef(ref);
      if (at === undefined) this.wrong({ vi: `địa chỉ ô "${quoted(ref)}" sai`, en: `a wrong cell reference "${quoted(ref)}"` });
      if (at === 'rows' || at === 'columns') this.outside(ref, at);
      row = at.row;
      column = at.column;
      if (this.rowNumber === 0) this.startRow(row);
    } else {
      if (this.rowNumber === 0) this.startRow(this.lastRow + 1);
      row = this.rowNumber;
      column = this.atRow === row ? this.atColumn + 1 : 1;
      if (column > MAX_COLUMNS) this.outside(cellAddress(row, MAX_COLUMNS), 'columns');
    }
    if (row < this.atRow || (row === this.atRow && column <= this.atColumn)) {
      this.wrong({ vi: `ô ${quoted(ref ?? '')} đứng sau ô ${cellAddress(this.atRow, this.atColumn - 1)}`, en: `cell ${quoted(ref ?? '')} comes after cell ${cellAddress(this.atRow, this.atColumn - 1)}` });
    }
    this.atRow = row;
    this.atColumn = column;
    this.inCell = true;
    this.column = column;
    this.ref = ref || cellAddress(this.rowNumber, column - 1);
    this.type = a.t;
    this.style = a.s;
    this.value = undefined;
    this.inline = undefined;
    this.inValue = this.inInline = this.inText = this.inRun = this.inPhonetic = false;
    this.wantText = false;
  }

  private closeCell(): void {
    this.inCell = false;
    this.wantText = false;
    const value = this.cellValue();
    if (value === null) return;
    const row = this.rowNumber;
    const column = this.column;
    const maxRow = Math.max(this.maxRow, row);
    const maxColumn = Math.max(this.maxColumn, column);
    if (maxRow * maxColumn > this.setting.cells) this.tooMany(maxRow, maxColumn);
    this.maxRow = maxRow;
    this.maxColumn = maxColumn;
    const cells = this.row;
    while (cells.length < column - 1) cells.push(null);
    cells.push(value);
  }

  private tooMany(rows: number, columns: number): never {
    const name = quoted(this.setting.name);
    const r = count(rows);
    const c = count(columns);
    const all = count(rows * columns);
    const max = count(this.setting.maxCells);
    const others = this.setting.cells < this.setting.maxCells;
    refuse('too_large', {
      vi: `trang "${name}": ô ${quoted(this.ref)} nằm ngoài giới hạn: từ A1 đến ô này là ${r.vi} dòng × ${c.vi} cột = ${all.vi} ô, ${others ? 'cùng các trang trước ' : ''}quá giới hạn ${max.vi} ô (maxCells)`,
      en: `sheet "${name}": cell ${quoted(this.ref)} is outside the limit: from A1 to it is ${r.en} rows × ${c.en} columns = ${all.en} cells, ${others ? 'with the sheets before it ' : ''}above the limit of ${max.en} cells (maxCells)`,
    }, this.setting.maxCells);
  }

  /** The cell's value, as read-excel-file gave it (`null`: blank). */
  private cellValue(): SheetCell {
    const v = this.value;
    switch (this.type || 'n') {
      case 'n': {
        if (!v) return null;
        const n = Number(v);
        if (Number.isNaN(n)) this.badValue(v, { vi: 'không phải số', en: 'is not a number' });
        const style = this.style ? Number(this.style) : -1;
        return this.setting.dateStyles[style] === 1 ? serialDate(n, this.setting.epoch1904) : n;
      }
      case 's': {
        if (!v) return null;
        const s = this.setting.strings[Number(v)];
        if (s === undefined) this.badValue(v, { vi: 'không có trong bảng chuỗi dùng chung', en: 'is not in the shared-strings table' });
        return s.trim() || null;
      }
      case 'str':
        return v ? decodeExcelEscapes(v).trim() || null : null;
      case 'inlineStr':
        return this.inline === undefined ? null : decodeExcelEscapes(this.inline).trim() || null;
      case 'b':
        if (!v) return null;
        if (v === '1') return true;
        if (v === '0') return false;
        return this.badValue(v, { vi: 'không phải 0 hoặc 1', en: 'is not 0 or 1' });
      case 'e':
        // A formula that failed (`#DIV/0!`, `#N/A`): its text, so that it is reported, not read as blank.
        return v || null;
      case 'd': {
        if (!v) return null;
        const d = new Date(v);
        if (Number.isNaN(d.getTime())) this.badValue(v, { vi: 'không phải ngày', en: 'is not a date' });
        return d;
      }
      default:
        return this.wrong({ vi: `ô ${quoted(this.ref)} có kiểu "${quoted(this.type ?? '')}" không rõ`, en: `cell ${quoted(this.ref)} has an unknown type "${quoted(this.type ?? '')}"` });
    }
  }

  private badValue(v: string, what: Label): never {
    return this.wrong({ vi: `giá trị "${quoted(v)}" của ô ${quoted(this.ref)} ${what.vi}`, en: `the value "${quoted(v)}" of cell ${quoted(this.ref)} ${what.en}` });
  }
}

/** `123` → 123; 0 when it is not a whole number from 1; -1 when it is above `max`. In constant memory and time. */
function wholeNumber(s: string, max: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
    n = n * 10 + (c - 48);
    if (n > max) {
      // Still a number? Then it is too far, else wrong.
      for (let k = i + 1; k < s.length; k++) if (s.charCodeAt(k) < 48 || s.charCodeAt(k) > 57) return 0;
      return -1;
    }
  }
  return n >= 1 ? n : 0;
}

/**
 * `D17` → row 17, column 4 (both 1-based); `'columns'` past column XFD, `'rows'` past row 1048576; undefined when it
 * is not a reference. Reads at most the letters and digits there are, without building anything.
 */
function parseRef(ref: string): { row: number; column: number } | 'rows' | 'columns' | undefined {
  let column = 0;
  let i = 0;
  let far = false;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    if (!far) column = column * 26 + (c - 64);
    if (column > MAX_COLUMNS) far = true;
  }
  if (i === 0 || i === ref.length) return undefined;
  const row = wholeNumber(ref.slice(i), MAX_ROWS);
  if (row === 0) return undefined;
  return far ? 'columns' : row < 0 ? 'rows' : { row, column };
}
