import type { SheetCell } from 'vn-learning-society/sheets';
import type { CliIo } from './process.js';


function cell(v: unknown): string {
  return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number as written (`-3`, `+0.5`, `-7,5`, `1e-3`): a spreadsheet reads it as that number, not as a formula. */
const PLAIN_NUMBER = /^[+-]?[.,]?\d[\d.,]*(?:[eE][+-]?\d+)?$/;

/**
 * A text cell as CSV written for a spreadsheet: one that begins with `=`, `+`, `-`, `@`, a tab or a carriage return,
 * which Excel or LibreOffice would run as a formula (CSV injection), gets a `'` before it (OWASP's advice), unless it
 * is a plain number (`-3`, `-0,5`).
 */
export function guardCsvText(s: string): string {
  const first = s.charCodeAt(0);
  const risky = first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d;
  return risky && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** A value as a CSV field: numbers as they are, text guarded against formulas unless `guard` is false. */
function csvField(v: unknown, guard: boolean): string {
  const s = cell(v);
  const numeric = typeof v === 'number' || typeof v === 'bigint' || (typeof v === 'object' && v !== null && 'toNumber' in v);
  return csvCell(guard && !numeric ? guardCsvText(s) : s);
}

/**
 * One CSV line of a row, in the order of `columns`. Text that a spreadsheet would read as a formula gets a `'` before
 * it unless `guard` is false (`--no-csv-guard`, for programs that read the CSV).
 */
export function csvLine(columns: readonly string[], row: Record<string, unknown>, guard = true): string {
  return `${columns.map((c) => csvField(row[c], guard)).join(',')}\n`;
}

/** Control characters (C0 but tab and line feed, DEL, C1) and the bidirectional overrides that can disguise text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same, with tab and line feed: a table cell is one line. */
const CONTROL_IN_CELL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text for a terminal, with the control characters a file's cells may hold shown escaped (`\x1b`), so that quoted
 * content cannot move the cursor, recolour or clear the screen. Tab and line feed are kept, and a carriage return
 * that starts the text (a progress line drawn in place) too.
 */
export function visible(text: string): string {
  if (text.startsWith('\r')) return `\r${text.slice(1).replace(CONTROL, escapeChar)}`;
  return text.replace(CONTROL, escapeChar);
}

/** A table cell for the screen: one line, control characters shown escaped. */
function screenCell(v: unknown): string {
  return cell(v).replace(CONTROL_IN_CELL, escapeChar);
}

/**
 * Output formats. `ndjson` is one JSON object per line, one line per row (JSON Lines); `json` is one array of the same
 * objects. Both write an absent scalar as `null` and an empty list as `[]` (see {@link jsonValue}).
 */
export type OutputFormat = 'table' | 'json' | 'csv' | 'xlsx' | 'ndjson';

/** A column of output: the key in each row, and its heading (the key when not given). */
export type Columns = readonly string[] | readonly { readonly key: string; readonly heading: string }[];

function normalise(columns: Columns): { key: string; heading: string }[] {
  return columns.map((c) => (typeof c === 'string' ? { key: c, heading: c } : c));
}

/** A value as a workbook cell: numbers stay numbers (a Decimal becomes one), lists are joined, objects are JSON. */
export function sheetCell(v: unknown): SheetCell {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object' && v !== null && 'toNumber' in v && typeof v.toNumber === 'function') return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.join(' ');
  return JSON.stringify(v);
}

/** How many rows of a screen table set its column widths before any is written. */
export const TABLE_WIDTH_ROWS = 1000;
/** How wide a later row may make a column; a longer cell is written whole on its own row, never cut. */
export const TABLE_GROWN_WIDTH = 40;

/** A writer of rows, one at a time, ended once. */
export interface RowWriter {
  row(r: Record<string, unknown>): void;
  end(): void;
}

/**
 * An aligned table for the screen, written as rows come, so that memory stays the same however many rows there are:
 * the first {@link TABLE_WIDTH_ROWS} rows are held to set the column widths, then every row is written at once. A
 * later cell longer than its column widens it from that row on, up to {@link TABLE_GROWN_WIDTH} characters; a longer
 * one is written whole, its row out of line. No cell is ever cut. Control characters in cells are shown escaped.
 */
export function tableWriter(io: CliIo, columns: Columns): RowWriter {
  const cols = normalise(columns);
  const held: string[][] = [];
  let widths: number[] | undefined;
  const line = (vals: readonly string[]) => vals.map((v, i) => v.padEnd(widths![i]!)).join('  ').trimEnd();
  const start = () => {
    const w = cols.map((c) => c.heading.length);
    for (const r of held) r.forEach((v, i) => (w[i] = Math.max(w[i]!, v.length)));
    widths = w;
    io.stdout.write(`${line(cols.map((c) => screenCell(c.heading)))}\n${line(w.map((n) => '-'.repeat(n)))}\n`);
    for (const r of held) io.stdout.write(`${line(r)}\n`);
    held.length = 0;
  };
  return {
    row: (r) => {
      const vals = cols.map((c) => screenCell(r[c.key]));
      if (widths) {
        vals.forEach((v, i) => {
          if (v.length > widths![i]! && v.length <= TABLE_GROWN_WIDTH) widths![i] = v.length;
        });
        io.stdout.write(`${line(vals)}\n`);
      } else {
        held.push(vals);
        if (held.length >= TABLE_WIDTH_ROWS) start();
      }
    },
    end: () => {
      if (!widths) start();
    },
  };
}

/** A row as JSON writes it: each field by {@link jsonValue} (an absent scalar `null`). */
function jsonRow(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) Object.defineProperty(out, k, { value: jsonValue(v), enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * A JSON array written as rows come, the same text as `JSON.stringify(rows, null, 2)` and a line break; a field with no
 * value (undefined, or the empty text a table shows) is written `null`.
 */
export function jsonArrayWriter(io: CliIo): RowWriter {
  let n = 0;
  return {
    row: (r) => {
      io.stdout.write(`${n === 0 ? '[\n  ' : ',\n  '}${JSON.stringify(jsonRow(r), null, 2).replace(/\n/g, '\n  ')}`);
      n += 1;
    },
    end: () => {
      io.stdout.write(n === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** NDJSON (JSON Lines) written as rows come: each row one JSON object on a line of its own, fields as JSON writes them. */
export function ndjsonWriter(io: CliIo): RowWriter {
  return {
    row: (r) => io.stdout.write(`${JSON.stringify(jsonRow(r))}\n`),
    end: () => undefined,
  };
}

/**
 * The value of a JSON or NDJSON field, by the one convention of every command: an absent scalar (undefined, or the
 * empty text a table shows for it) is `null`; a list stays a list, `[]` when empty; anything else is itself.
 */
export function jsonValue(v: unknown): unknown {
  return v === undefined || v === '' ? null : v;
}

/** Whether a format writes JSON (an array, or one object per line). */
export const isJsonFormat = (format: string | undefined): format is 'json' | 'ndjson' => format === 'json' || format === 'ndjson';

/** The streaming writer of a format other than a workbook. */
export function rowWriter(io: CliIo, format: Exclude<OutputFormat, 'xlsx'>, columns: Columns): RowWriter {
  return format === 'json' ? jsonArrayWriter(io) : format === 'ndjson' ? ndjsonWriter(io) : format === 'csv' ? csvWriter(io, columns) : tableWriter(io, columns);
}

/** CSV written as rows come: the heading line, then one line per row (text guarded as {@link csvLine} says). */
export function csvWriter(io: CliIo, columns: Columns): RowWriter {
  const cols = normalise(columns);
  const keys = cols.map((c) => c.key);
  const guard = io.csvGuard !== false;
  io.stdout.write(`${cols.map((c) => csvField(c.heading, guard)).join(',')}\n`);
  return {
    row: (r) => io.stdout.write(csvLine(keys, r, guard)),
    end: () => undefined,
  };
}

/**
 * Writes rows (objects with the same keys) as an aligned table, JSON (an array), NDJSON (one object per line) or CSV, or as a sheet of the output workbook
 * (`xlsx`, named `sheet`); headings may be translated.
 */
export function writeRows(io: CliIo, format: OutputFormat, rows: readonly Record<string, unknown>[], columns?: Columns, sheet?: { name: string; title?: string; boldRows?: readonly number[] }): void {
  const cols = normalise(columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))]);
  if (format === 'xlsx') {
    if (!io.workbook) throw new Error('writeRows: no workbook to write to');
    io.workbook.push({
      name: sheet?.name ?? `Sheet ${io.workbook.length + 1}`,
      ...(sheet?.title !== undefined ? { title: sheet.title } : {}),
      ...(sheet?.boldRows ? { boldRows: sheet.boldRows } : {}),
      columns: cols.map((c) => ({ heading: c.heading })),
      rows: rows.map((r) => cols.map((c) => sheetCell(r[c.key]))),
    });
    return;
  }
  const writer = rowWriter(io, format, cols);
  for (const r of rows) writer.row(r);
  writer.end();
}
