import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';

/** Where the CLI reads and writes: the process by default, memory in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Reads a whole text file (`-` is standard input). */
  readText(path: string): Promise<string>;
  /** A byte stream of a file (`-` is standard input), for streaming large inputs. */
  openStream(path: string): Readable;
  /** Whether stderr is a terminal (progress lines are drawn in place). */
  readonly interactive?: boolean;
}

/** The process's own files and streams. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readText: (path) => (path === '-' ? streamToText(process.stdin) : readFile(path, 'utf8')),
    openStream: (path) => (path === '-' ? process.stdin : createReadStream(path)),
    interactive: process.stderr.isTTY === true,
  };
}

async function streamToText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** One record of an input file, with the line it starts on (1-based) for error messages. */
export interface InputRecord {
  readonly line: number;
  /** The parsed record; for CSV an object of column → text. */
  readonly value: unknown;
  /** Set when the line could not be parsed at all. */
  readonly error?: string;
}

/** The input formats the CLI reads. */
export type InputFormat = 'json' | 'ndjson' | 'csv';

/** The format of a file from its name, unless given. */
export function formatOf(path: string, given?: string): InputFormat {
  if (given === 'json' || given === 'ndjson' || given === 'csv') return given;
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(path)) return 'ndjson';
  return 'json';
}

/**
 * Reads records one by one, streaming NDJSON and CSV so that large files are never held whole. A JSON file holds
 * one array (or one object). Lines that cannot be parsed come back with `error`, so that no record is lost silently.
 */
export async function* readRecords(io: CliIo, path: string, format: InputFormat): AsyncGenerator<InputRecord> {
  if (format === 'json') {
    const text = await io.readText(path);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      yield { line: 1, value: undefined, error: e instanceof Error ? e.message : String(e) };
      return;
    }
    const list = Array.isArray(data) ? data : [data];
    for (let i = 0; i < list.length; i++) yield { line: i + 1, value: list[i] };
    return;
  }
  if (format === 'ndjson') {
    let line = 0;
    let rest = '';
    for await (const chunk of io.openStream(path)) {
      rest += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
      let nl = rest.indexOf('\n');
      while (nl >= 0) {
        line += 1;
        const text = rest.slice(0, nl).replace(/\r$/, '');
        rest = rest.slice(nl + 1);
        if (text.trim() !== '') yield parseLine(line, text);
        nl = rest.indexOf('\n');
      }
    }
    if (rest.trim() !== '') yield parseLine(line + 1, rest);
    return;
  }
  const parser = io.openStream(path).pipe(parseCsv({ columns: true, bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true }));
  try {
    for await (const r of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: r.info.lines, value: r.record };
    }
  } catch (e) {
    yield { line: 0, value: undefined, error: e instanceof Error ? e.message : String(e) };
  }
}

function parseLine(line: number, text: string): InputRecord {
  try {
    return { line, value: JSON.parse(text) };
  } catch (e) {
    return { line, value: undefined, error: e instanceof Error ? e.message : String(e) };
  }
}

/** An in-memory {@link CliIo} for tests and embedding: files from a map, output collected. */
export function memoryIo(files: Readonly<Record<string, string>> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const get = (path: string) => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    return text;
  };
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    readText: async (path) => get(path),
    openStream: (path) => Readable.from([get(path)]),
    out: () => out,
    err: () => err,
  };
}

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
export type OutputFormat = 'table' | 'json' | 'csv';

/** Writes rows (objects with the same keys) as an aligned table, JSON or CSV. */
export function writeRows(io: CliIo, format: OutputFormat, rows: readonly Record<string, unknown>[], columns?: readonly string[]): void {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (format === 'csv') {
    io.stdout.write(`${cols.map(csvCell).join(',')}\n`);
    for (const r of rows) io.stdout.write(csvLine(cols, r));
    return;
  }
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  io.stdout.write(`${line([...cols])}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const r of rows) io.stdout.write(`${line(cols.map((c) => cell(r[c])))}\n`);
}
