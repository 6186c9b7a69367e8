import type { SheetCell } from 'vn-learning-society/sheets';
import type { CliIo } from './process.js';


function cell(v: unknown): string {
  return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line of a row, in the order of `columns`. */
export function csvLine(columns: readonly string[], row: Record<string, unknown>): string {
  return `${columns.map((c) => csvCell(cell(row[c]))).join(',')}\n`;
}

/** Output formats. */
export type OutputFormat = 'table' | 'json' | 'csv' | 'xlsx';

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

/**
 * Writes rows (objects with the same keys) as an aligned table, JSON or CSV, or as a sheet of the output workbook
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
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const keys = cols.map((c) => c.key);
  if (format === 'csv') {
    io.stdout.write(`${cols.map((c) => csvCell(c.heading)).join(',')}\n`);
    for (const r of rows) io.stdout.write(csvLine(keys, r));
    return;
  }
  const widths = cols.map((c) => Math.max(c.heading.length, ...rows.map((r) => cell(r[c.key]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  io.stdout.write(`${line(cols.map((c) => c.heading))}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const r of rows) io.stdout.write(`${line(keys.map((k) => cell(r[k])))}\n`);
}
