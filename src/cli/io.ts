import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import type { Label } from '../core/label/index.js';
import { cellText, columnLetter, findHeaderRow, headingScore, isBlankCell, pickSheet, readWorkbook, type SheetCell, type SheetTable, type WorkbookSheet } from 'vn-learning-society/sheets';

export { columnLetter } from 'vn-learning-society/sheets';

/** Where the CLI reads and writes: the process by default, memory in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Reads a whole text file (`-` is standard input); a file that cannot be read throws {@link CliIoError}. */
  readText(path: string): Promise<string>;
  /** A byte stream of a file (`-` is standard input), for streaming large inputs; read errors come as its `'error'`. */
  openStream(path: string): Readable;
  /** Reads a whole file as bytes (a workbook); a file that cannot be read throws {@link CliIoError}. */
  readBytes(path: string): Promise<Uint8Array>;
  /** Writes a whole text file (a chart); a file that cannot be written throws {@link CliIoError}. */
  writeText?(path: string, text: string): Promise<void>;
  /** Writes a whole file of bytes (a workbook); a file that cannot be written throws {@link CliIoError}. */
  writeBytes?(path: string, bytes: Uint8Array): Promise<void>;
  /** Resolves when the output can take more (back-pressure); throws {@link CliIoError} once the output is closed. */
  ready?(): Promise<void>;
  /** Whether stderr is a terminal (progress lines are drawn in place). */
  readonly interactive?: boolean;
  /** Where tables go when the output is a workbook (`-f xlsx`, `-o file.xlsx`): one sheet per table. */
  readonly workbook?: WorkbookSheet[];
}

/** A file or stream that could not be read or written: which, how, and the system's code (`ENOENT`, `EPIPE`, …). */
export class CliIoError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly mode: 'read' | 'write',
  ) {
    super(`${mode} ${path}: ${reason}`);
  }

  /** One line for people. */
  describe(lang: 'vi' | 'en'): string {
    const what = this.path === '-' ? (this.mode === 'read' ? { vi: 'đầu vào chuẩn', en: 'standard input' } : { vi: 'đầu ra', en: 'the output' }) : { vi: `"${this.path}"`, en: `"${this.path}"` };
    const why = IO_REASONS[this.reason] ?? { vi: `lỗi hệ thống ${this.reason}`, en: `system error ${this.reason}` };
    return lang === 'vi'
      ? `không ${this.mode === 'read' ? 'đọc' : 'ghi'} được ${what.vi}: ${why.vi}`
      : `cannot ${this.mode} ${what.en}: ${why.en}`;
  }
}

const IO_REASONS: Readonly<Record<string, Label>> = {
  ENOENT: { vi: 'không có tệp này', en: 'no such file' },
  EISDIR: { vi: 'đây là một thư mục, không phải tệp', en: 'it is a directory, not a file' },
  EACCES: { vi: 'không có quyền đọc/ghi', en: 'permission denied' },
  EPERM: { vi: 'không được phép', en: 'operation not permitted' },
  ENOTDIR: { vi: 'một phần của đường dẫn không phải thư mục', en: 'a part of the path is not a directory' },
  EMFILE: { vi: 'quá nhiều tệp đang mở', en: 'too many open files' },
  EPIPE: { vi: 'nơi nhận đã đóng trước khi ghi xong', en: 'the reader closed it before everything was written' },
  ERR_STREAM_DESTROYED: { vi: 'luồng đã đóng', en: 'the stream is closed' },
  ENAMETOOLONG: { vi: 'tên tệp quá dài', en: 'the file name is too long' },
};

/** The {@link CliIoError} for a system error (one with an errno code), or undefined for anything else. */
export function ioErrorOf(path: string, e: unknown, mode: 'read' | 'write'): CliIoError | undefined {
  if (e instanceof CliIoError) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
  if (code === undefined || !(code.startsWith('E') || code === 'ERR_STREAM_DESTROYED') || code.startsWith('CSV')) return undefined;
  return new CliIoError(path, code, mode);
}

/** The process's standard streams (replaceable in tests), and who to tell when the output closes early. */
export interface ProcessStreams {
  readonly stdin?: NodeJS.ReadableStream & Readable;
  readonly stdout?: NodeJS.WritableStream & { writableNeedDrain?: boolean; on(e: 'error' | 'drain', f: (x?: unknown) => void): unknown; once(e: 'drain' | 'error', f: () => void): unknown };
  readonly stderr?: NodeJS.WritableStream;
  /** Called once when writing to stdout fails (a closed pipe), with the failure. */
  readonly onOutputClosed?: (failure: CliIoError) => void;
}

/** The process's own files and streams. A closed output (EPIPE) does not crash: the next write throws {@link CliIoError}. */
export function processIo(streams: ProcessStreams = {}): CliIo & { outputFailure(): CliIoError | undefined } {
  const stdin = streams.stdin ?? process.stdin;
  const stdout = streams.stdout ?? process.stdout;
  const stderr = streams.stderr ?? process.stderr;
  let failure: CliIoError | undefined;
  stdout.on('error', (e) => {
    if (failure) return;
    failure = ioErrorOf('-', e, 'write') ?? new CliIoError('-', 'EPIPE', 'write');
    streams.onOutputClosed?.(failure);
  });
  return {
    stdout: {
      write: (text: string) => {
        if (failure) throw failure;
        return stdout.write(text);
      },
    },
    stderr,
    readText: async (path) => {
      try {
        return path === '-' ? await streamToText(stdin) : await readFile(path, 'utf8');
      } catch (e) {
        throw ioErrorOf(path, e, 'read') ?? e;
      }
    },
    openStream: (path) => (path === '-' ? stdin : createReadStream(path)),
    readBytes: async (path) => {
      try {
        return path === '-' ? new Uint8Array(Buffer.from(await streamToText(stdin, true))) : new Uint8Array(await readFile(path));
      } catch (e) {
        throw ioErrorOf(path, e, 'read') ?? e;
      }
    },
    writeText: async (path, text) => {
      try {
        await writeFile(path, text, 'utf8');
      } catch (e) {
        throw ioErrorOf(path, e, 'write') ?? e;
      }
    },
    writeBytes: async (path, bytes) => {
      try {
        await writeFile(path, bytes);
      } catch (e) {
        throw ioErrorOf(path, e, 'write') ?? e;
      }
    },
    ready: async () => {
      if (failure) throw failure;
      if (!stdout.writableNeedDrain) return;
      await new Promise<void>((resolve) => {
        stdout.once('drain', resolve);
        stdout.once('error', resolve);
      });
      if (failure) throw failure;
    },
    outputFailure: () => failure,
    interactive: (stderr as { isTTY?: boolean }).isTTY === true,
  };
}

async function streamToText(stream: AsyncIterable<unknown>): Promise<string>;
async function streamToText(stream: AsyncIterable<unknown>, binary: true): Promise<Buffer>;
async function streamToText(stream: AsyncIterable<unknown>, binary?: true): Promise<string | Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return binary ? Buffer.concat(chunks) : Buffer.concat(chunks).toString('utf8');
}

/** One record of an input file, with the line it starts on (1-based) for error messages. */
export interface InputRecord {
  readonly kind: 'record';
  readonly line: number;
  /** The parsed record; for CSV and sheets an object of column → text (only the header's columns). */
  readonly value: unknown;
  /** For CSV and sheets: the row's cells in order (text in CSV; numbers, yes/no and dates as a workbook holds them). */
  readonly cells?: readonly SheetCell[];
  /** Set when the line could not be read as a record: what is wrong, in each language. */
  readonly error?: Label;
}

/** The header row of a CSV file: its columns, in order, and its line. */
export interface InputHeader {
  readonly kind: 'header';
  readonly line: number;
  readonly columns: readonly string[];
}

/** How to read a CSV file or a workbook. */
export interface CsvOptions {
  /** `,`, `;` or a tab; by default the one the header row uses most (Excel set to Vietnamese writes `;`). */
  readonly delimiter?: string;
  /** A workbook's sheet, by name or number; by default the first that `prefer` accepts, else the first. */
  readonly sheet?: string;
  /** What a heading names (an indicator): the sheet read when none is named, and its header, name the most. */
  readonly keyOf?: (heading: string) => string | undefined;
  /** Told the number of rows of a workbook's sheet once it is read (for a progress bar). */
  readonly onRows?: (rows: number) => void;
}

/** The separators a CSV file may use. */
export const CSV_DELIMITERS: readonly string[] = [',', ';', '\t'];

/** The fields of one line split by `d` outside quotes: how many, and how many are filled. */
function fieldsOf(line: string, d: string): { all: number; filled: number } {
  let all = 1;
  let filled = 0;
  let current = false;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      quoted = !quoted;
      current = true;
    } else if (!quoted && c === d) {
      all += 1;
      if (current) filled += 1;
      current = false;
    } else if (c !== ' ' && c !== '\r') current = true;
  }
  if (current) filled += 1;
  return { all, filled };
}

/**
 * The separator of a CSV text, from its first lines. For each of `,`, `;` and tab: the header is the first line it
 * splits into two or more filled fields (title rows above, merged cells saved as `Title;;;;`, have one), and the
 * separator is the one under which the lines after the header have as many fields as the header — Vietnamese labels
 * and decimal commas put commas inside fields, so the most fields is not enough — then the one that gives the header
 * the most fields. Quoted text is skipped. Linear in the text looked at.
 */
export function detectDelimiter(head: string): string {
  const lines = head.split('\n').slice(0, 50).filter((l) => l.trim() !== '');
  let best = ',';
  let bestScore = [-1, 0];
  for (const d of CSV_DELIMITERS) {
    const at = lines.findIndex((l) => fieldsOf(l, d).filled >= 2);
    if (at < 0) continue;
    const width = fieldsOf(lines[at]!, d).all;
    const following = lines.slice(at + 1, at + 11).filter((l) => fieldsOf(l, d).all === width).length;
    const score = [following, width];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The input formats the CLI reads. */
export type InputFormat = 'json' | 'ndjson' | 'csv' | 'xlsx';

/** The `--input-format` choices. */
export const INPUT_FORMATS: readonly InputFormat[] = ['json', 'ndjson', 'csv', 'xlsx'];

/** The format of a file from its name, unless given; undefined when neither says (the content decides). */
export function formatOf(path: string, given?: string): InputFormat | undefined {
  if (given === 'json' || given === 'ndjson' || given === 'csv' || given === 'xlsx') return given;
  const dot = path.lastIndexOf('.');
  const ext = dot < 0 ? '' : path.slice(dot + 1).toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'json') return 'json';
  return undefined;
}

/**
 * Reads records one by one, streaming NDJSON and CSV so that large files are never held whole. A JSON file holds
 * one array (or one object). Without a format (standard input, or a name without a known extension) the first
 * characters decide: `[` JSON, `{` JSON or NDJSON, anything else CSV. A CSV file starts with a header item; a row with
 * more or fewer cells than the header, and a line the CSV reader cannot read, come back with `error`, so that no
 * record is lost silently. A file that cannot be read throws {@link CliIoError}.
 */
export async function* readRecords(io: CliIo, path: string, given: InputFormat | undefined, options: CsvOptions = {}): AsyncGenerator<InputRecord | InputHeader> {
  if (given === 'xlsx') {
    yield* sheetRecords(await io.readBytes(path), options);
    return;
  }
  const source = io.openStream(path);
  try {
    const { format, stream } = given !== undefined ? { format: given, stream: source } : await sniff(source);
    if (format === 'json') yield* jsonRecords(await streamToText(stream));
    else if (format === 'ndjson') yield* ndjsonRecords(stream);
    else yield* csvRecords(stream, options);
  } catch (e) {
    throw ioErrorOf(path, e, 'read') ?? e;
  }
}

/** Looks at the first characters to tell the format, and hands back a stream that still starts at the beginning. */
async function sniff(source: Readable): Promise<{ format: InputFormat; stream: Readable }> {
  // Enough: the first non-blank character and the end of its line.
  const { head: text, stream } = await peek(source, 64 * 1024, (h) => {
    const at = firstNonBlank(h);
    return at >= 0 && h.indexOf('\n', at) >= 0;
  });
  const start = firstNonBlank(text);
  const first = start < 0 ? '' : text[start];
  let format: InputFormat = 'csv';
  if (first === '[') format = 'json';
  else if (first === '{') {
    const end = text.indexOf('\n', start);
    format = end >= 0 && isJson(text.slice(start, end)) && text.slice(end).trim() !== '' ? 'ndjson' : 'json';
  }
  return { format, stream };
}

function firstNonBlank(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) return i;
  }
  return -1;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const jsonError = (e: unknown): Label => {
  const m = e instanceof Error ? e.message : String(e);
  return { vi: `không phải JSON hợp lệ (${m})`, en: `not valid JSON (${m})` };
};

function* jsonRecords(text: string): Generator<InputRecord> {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    yield { kind: 'record', line: 1, value: undefined, error: jsonError(e) };
    return;
  }
  const list = Array.isArray(data) ? data : [data];
  for (let i = 0; i < list.length; i++) yield { kind: 'record', line: i + 1, value: list[i] };
}

async function* ndjsonRecords(stream: Readable): AsyncGenerator<InputRecord> {
  let line = 0;
  let rest = '';
  for await (const chunk of stream) {
    rest += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    let from = 0;
    let nl = rest.indexOf('\n', from);
    while (nl >= 0) {
      line += 1;
      const text = rest.slice(from, nl);
      from = nl + 1;
      if (text.trim() !== '') yield parseLine(line, text);
      nl = rest.indexOf('\n', from);
    }
    rest = rest.slice(from);
  }
  if (rest.trim() !== '') yield parseLine(line + 1, rest);
}

function parseLine(line: number, text: string): InputRecord {
  try {
    return { kind: 'record', line, value: JSON.parse(text) };
  } catch (e) {
    return { kind: 'record', line, value: undefined, error: jsonError(e) };
  }
}

/** What the CSV reader's error codes mean, in each language. */
function csvProblem(e: CsvError, startLine: number): Label {
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        vi: `dấu ngoặc kép mở trong bản ghi bắt đầu ở dòng ${startLine} không được đóng; phần còn lại của tệp (đến dòng ${e.lines}) không đọc được`,
        en: `a quote opened in the record starting on line ${startLine} is never closed; the rest of the file (to line ${e.lines}) cannot be read`,
      };
    case 'INVALID_OPENING_QUOTE':
      return { vi: 'dấu ngoặc kép nằm giữa một ô; ô có dấu ngoặc kép phải bắt đầu bằng nó', en: 'a quote inside a cell; a quoted cell must start with the quote' };
    case 'CSV_INVALID_CLOSING_QUOTE':
      return { vi: 'sau dấu ngoặc kép đóng phải là dấu phân cách hoặc hết dòng', en: 'a closing quote must be followed by a separator or the end of the line' };
    default:
      return { vi: `dòng CSV không đọc được (${e.code})`, en: `an unreadable CSV line (${e.code}: ${e.message})` };
  }
}

/**
 * The first chunks of a stream as text — until `enough` says so, or `bytes` were read, or the stream ends — and a
 * stream that still starts at the beginning (so a slow producer is not waited on longer than needed).
 */
async function peek(source: Readable, bytes: number, enough: (head: string) => boolean): Promise<{ head: string; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: (Buffer | string)[] = [];
  let head = '';
  while (head.length < bytes && !enough(head)) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value);
    head += typeof next.value === 'string' ? next.value : next.value.toString('utf8');
  }
  const stream = Readable.from(
    (async function* () {
      yield* chunks;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
  );
  return { head, stream };
}

async function* csvRecords(source: Readable, options: CsvOptions): AsyncGenerator<InputRecord | InputHeader> {
  let stream = source;
  let delimiter = options.delimiter;
  if (delimiter === undefined) {
    // Enough: a dozen lines (title rows, the header, the rows that confirm the separator).
    const peeked = await peek(source, 64 * 1024, (h) => {
      let lines = 0;
      for (let i = h.indexOf('\n'); i >= 0 && lines < 12; i = h.indexOf('\n', i + 1)) lines += 1;
      return lines >= 12;
    });
    stream = peeked.stream;
    delimiter = detectDelimiter(peeked.head.charCodeAt(0) === 0xfeff ? peeked.head.slice(1) : peeked.head);
  }
  // The reader runs ahead of this loop, so the line where a bad record starts is tracked as it parses.
  let parsedEnd = 0;
  const parser = parseCsv({
    delimiter,
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    skip_records_with_error: true,
    on_record: (record, context) => {
      parsedEnd = context.lines;
      return record;
    },
  });
  const skipped: InputRecord[] = [];
  parser.on('skip', (e: CsvError) => {
    const lines = Number(e.lines);
    const start = Math.min(parsedEnd + 1, lines);
    parsedEnd = lines;
    if (skipped.length > 0 && skipped[skipped.length - 1]!.line === start) return;
    skipped.push({ kind: 'record', line: start, value: undefined, error: csvProblem(e, start) });
  });
  stream.on('error', (e) => parser.destroy(e));
  stream.pipe(parser);
  let header: string[] | undefined;
  for await (const r of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
    const line = r.info.lines - lineBreaksInside(r.raw);
    while (skipped.length > 0 && skipped[0]!.line < line) yield skipped.shift()!;
    const cells = r.record;
    if (header === undefined) {
      // Title rows above the header: a merged title cell saved as "Title;;;;" (one filled cell of several), or a line
      // of words alone. A one-column header ("id") is not taken for a title.
      const filled = cells.filter((c) => c !== '');
      if (filled.length === 0 || (filled.length === 1 && (cells.length > 1 || filled[0]!.includes(' ')))) continue;
      header = cells;
      yield { kind: 'header', line, columns: header };
      continue;
    }
    const width = header.length;
    let used = cells.length;
    while (used > width && cells[used - 1] === '') used -= 1;
    if (used !== width) {
      const extra = used > width ? cells.slice(width, used).map((c, i) => `${columnLetter(width + i)}${line} "${c}"`).join(', ') : '';
      yield {
        kind: 'record',
        line,
        value: undefined,
        error:
          used > width
            ? { vi: `dòng có ${used} ô nhưng tiêu đề có ${width} cột; ô thừa: ${extra} (số thập phân có dấu phẩy phải được đặt trong ngoặc kép, hoặc dùng ; làm dấu phân cách)`, en: `the row has ${used} cells but the header has ${width} columns; extra: ${extra} (a decimal comma must be quoted, or use ; as the separator)` }
            : { vi: `dòng có ${used} ô nhưng tiêu đề có ${width} cột; thiếu cột ${header.slice(used).join(', ')}`, en: `the row has ${used} cells but the header has ${width} columns; missing ${header.slice(used).join(', ')}` },
      };
      continue;
    }
    const unnamed = header.findIndex((h, i) => h === '' && (cells[i] ?? '') !== '');
    if (unnamed >= 0) {
      const cell = `${columnLetter(unnamed)}${line}`;
      yield {
        kind: 'record',
        line,
        value: undefined,
        error: { vi: `ô ${cell} có dữ liệu ("${cells[unnamed]}") nhưng cột ${columnLetter(unnamed)} không có tên ở dòng tiêu đề`, en: `cell ${cell} holds "${cells[unnamed]}" but column ${columnLetter(unnamed)} has no name in the header` },
      };
      continue;
    }
    yield { kind: 'record', line, value: Object.fromEntries(header.flatMap((h, i) => (h === '' ? [] : [[h, cells[i] ?? '']]))), cells };
  }
  yield* skipped.splice(0);
}

/**
 * The rows of a workbook's sheet as records: the header (title rows above it skipped), then each row that is not
 * blank, by its sheet row number, with its cells as the workbook holds them.
 */
async function* sheetRecords(bytes: Uint8Array, options: CsvOptions): AsyncGenerator<InputRecord | InputHeader> {
  const sheets = await readWorkbook(bytes);
  const keyOf = options.keyOf;
  const score = (s: SheetTable) => (keyOf ? Math.max(0, ...s.rows.slice(0, 20).map((r) => headingScore(r, keyOf))) : 0);
  const best = keyOf && options.sheet === undefined ? sheets.reduce<SheetTable | undefined>((b, s) => (score(s) > (b ? score(b) : 0) ? s : b), undefined) : undefined;
  const sheet: SheetTable = best ?? pickSheet(sheets, options.sheet);
  const at = findHeaderRow(sheet.rows, keyOf);
  options.onRows?.(at === undefined ? 0 : sheet.rows.length - at - 1);
  if (at === undefined) return;
  const header = sheet.rows[at]!.map((c) => cellText(c).trim());
  yield { kind: 'header', line: at + 1, columns: header };
  for (let r = at + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    if (cells.every(isBlankCell)) continue;
    const unnamed = cells.findIndex((c, i) => (header[i] ?? '') === '' && !isBlankCell(c));
    if (unnamed >= 0) {
      const cell = `${columnLetter(unnamed)}${r + 1}`;
      const text = cellText(cells[unnamed]!).slice(0, 40);
      yield { kind: 'record', line: r + 1, value: undefined, cells, error: { vi: `ô ${cell} có dữ liệu ("${text}") nhưng cột ${columnLetter(unnamed)} không có tên ở dòng tiêu đề`, en: `cell ${cell} holds "${text}" but column ${columnLetter(unnamed)} has no name in the header` } };
      continue;
    }
    yield { kind: 'record', line: r + 1, value: Object.fromEntries(header.flatMap((h, i) => (h === '' ? [] : [[h, cellText(cells[i] ?? null, { decimalComma: true })]]))), cells };
  }
}

/** The line breaks inside a record's raw text: not the blank lines before it, nor the one that ends it. */
function lineBreaksInside(raw: string): number {
  let i = 0;
  while (i < raw.length && (raw[i] === '\n' || raw[i] === '\r' || raw[i] === ' ' || raw[i] === '\t')) i++;
  let end = raw.length;
  if (end > i && raw[end - 1] === '\n') end--;
  let n = 0;
  for (let j = i; j < end; j++) if (raw[j] === '\n') n++;
  return n;
}

/** An in-memory {@link CliIo} for tests and embedding: files from a map, output collected. */
export function memoryIo(files: Readonly<Record<string, string | Uint8Array>> = {}): CliIo & { out: () => string; err: () => string; written: () => Readonly<Record<string, string>>; writtenBytes: () => Readonly<Record<string, Uint8Array>> } {
  const written: Record<string, string> = {};
  const bytes: Record<string, Uint8Array> = {};
  let out = '';
  let err = '';
  const get = (path: string): string => {
    const content = files[path];
    if (content === undefined) throw new CliIoError(path, 'ENOENT', 'read');
    return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  };
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    readText: async (path) => get(path),
    openStream: (path) => {
      const content = files[path];
      return content === undefined ? Readable.from((async function* () { yield get(path); })()) : Readable.from([typeof content === 'string' ? content : Buffer.from(content)]);
    },
    readBytes: async (path) => {
      const content = files[path];
      if (content === undefined) throw new CliIoError(path, 'ENOENT', 'read');
      return typeof content === 'string' ? new Uint8Array(Buffer.from(content)) : content;
    },
    writeText: async (path, text) => {
      written[path] = text;
    },
    writeBytes: async (path, content) => {
      bytes[path] = content;
    },
    written: () => written,
    writtenBytes: () => bytes,
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
