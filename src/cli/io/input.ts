import { Readable } from 'node:stream';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import type { Label } from '../../core/label/index.js';
import { cellText, columnLetter, findHeaderRow, headingScore, isBlankCell, pickSheet, readWorkbook, type SheetCell, type SheetTable } from 'vn-learning-society/sheets';
import { ioErrorOf, streamToText, type CliIo } from './process.js';


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
