import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import { DEFAULT_INPUT_LIMITS, LearningSocietyError, scanJson, type Label } from 'vn-learning-society';
import type { SheetCell, SheetTable } from 'vn-learning-society/sheets';
import { CliIoError, ioErrorOf, type CliIo } from './process.js';
import { shortText } from '../quote.js';
import { columnLetter, MAX_COLUMNS } from './columns.js';

/**
 * The longest line of an NDJSON file, and the longest record of a CSV file, in characters: 16 MiB. A JSON assessment
 * is a few KB and a spreadsheet row less; a longer NDJSON line is reported as a bad record (and skipped without being
 * held: memory stays bounded), a longer CSV record (an unclosed quote swallowing the rest of the file) stops the
 * reading with an error naming its line.
 */
export const MAX_LINE_LENGTH = 16 * 1024 * 1024;

/**
 * The deepest nesting of objects and arrays in a JSON or NDJSON assessment record (an assessment is three levels
 * deep): the library's limit for untrusted JSON (`DEFAULT_INPUT_LIMITS.maxDepth`). Deeper is a bad record, found by a
 * linear scan before anything recursive sees the value.
 */
export const MAX_RECORD_DEPTH = DEFAULT_INPUT_LIMITS.maxDepth;


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
  const source = Readable.from(decodedText(io.openStream(path), path));
  try {
    const { format, stream } = given !== undefined ? { format: given, stream: source } : await sniff(source);
    if (format === 'json') yield* jsonRecords(await textOf(stream, path));
    else if (format === 'ndjson') yield* ndjsonRecords(stream);
    else yield* csvRecords(stream, options);
  } catch (e) {
    throw ioErrorOf(path, e, 'read') ?? e;
  }
}

/** Looks at the first characters to tell the format, and hands back a stream that still starts at the beginning. */
async function sniff(source: Readable): Promise<{ format: InputFormat; stream: Readable }> {
  // Enough: the first non-blank character, the end of its line, and whether anything follows it (however small the
  // chunks the stream comes in).
  // Each look carries on from where the last stopped, so that a stream of tiny chunks is not searched over and over.
  let at = -1;
  let end = -1;
  let from = 0;
  const { head: text, stream } = await peek(source, 64 * 1024, (h) => {
    for (; at < 0 && from < h.length; from++) if (!isBlankChar(h.charCodeAt(from))) at = from;
    if (at < 0) return false;
    if (end < 0) {
      end = h.indexOf('\n', Math.max(from, at));
      from = end < 0 ? h.length : end + 1;
      if (end < 0) return false;
      if (h[at] !== '{') return true;
    }
    for (; from < h.length; from++) if (!isBlankChar(h.charCodeAt(from))) return true;
    return false;
  });
  const start = firstNonBlank(text);
  const first = start < 0 ? '' : text[start];
  let format: InputFormat = 'csv';
  if (first === '[') format = 'json';
  else if (first === '{') {
    // A first line too long to see the end of is read as NDJSON: a file of one JSON object on one line reads the same.
    const end = text.indexOf('\n', start);
    format = end < 0 ? 'ndjson' : isJson(text.slice(start, end)) && text.slice(end).trim() !== '' ? 'ndjson' : 'json';
  }
  return { format, stream };
}

const isBlankChar = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff;

function firstNonBlank(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isBlankChar(text.charCodeAt(i))) return i;
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

/**
 * Why a text is not JSON, in each language: where (line and column, from the parser's position) and the parser's
 * own words, which are English whatever the language.
 */
export function jsonError(e: unknown, text?: string): Label {
  const m = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(m);
  if (text === undefined || at === null) return { vi: `không phải JSON hợp lệ (${m})`, en: `not valid JSON (${m})` };
  const position = Math.min(Number(at[1]), text.length);
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  const column = position - start + 1;
  return { vi: `không phải JSON hợp lệ: lỗi ở dòng ${line}, cột ${column} (${m})`, en: `not valid JSON: an error on line ${line}, column ${column} (${m})` };
}

const PROBLEMS = {
  tooLong: (length: number): Label => ({
    vi: `dòng dài ${length} ký tự, quá giới hạn ${MAX_LINE_LENGTH} (16 MB; một phiếu chỉ vài KB); dòng bị bỏ qua, các dòng sau vẫn được đọc`,
    en: `the line is ${length} characters, over the limit of ${MAX_LINE_LENGTH} (16 MB; an assessment is a few KB); it is skipped, the lines after it are read`,
  }),
  tooDeep: (line: number): Label => ({
    vi: `lồng nhau quá sâu (hơn ${MAX_RECORD_DEPTH} cấp đối tượng/danh sách, ở dòng ${line}); một phiếu chỉ có ba cấp`,
    en: `nested too deep (over ${MAX_RECORD_DEPTH} levels of objects and lists, on line ${line}); an assessment has three`,
  }),
  duplicateKey: (key: string, line: number): Label => ({
    vi: `khóa "${shortText(key, 40)}" lặp lại trong cùng một đối tượng (dòng ${line}); JSON sẽ lặng lẽ giữ giá trị sau, nên bản ghi không được đọc`,
    en: `the key "${shortText(key, 40)}" is repeated in one object (line ${line}); JSON would silently keep the last value, so the record is not read`,
  }),
} as const;



/** All of a text stream. */
/**
 * A whole JSON file's text, which is parsed whole: at most {@link MAX_JSON_FILE_LENGTH} characters, refused with
 * `TOO_LARGE` as soon as it passes them (reading stops there). A larger set of assessments is NDJSON or CSV, which are
 * streamed.
 */
async function textOf(stream: AsyncIterable<unknown>, path: string): Promise<string> {
  const parts: string[] = [];
  let length = 0;
  for await (const c of stream) {
    const text = String(c);
    length += text.length;
    if (length > MAX_JSON_FILE_LENGTH) throw new CliIoError(path, 'TOO_LARGE', 'read', MAX_JSON_FILE_LENGTH);
    parts.push(text);
  }
  return parts.join('');
}

/** The most characters of a JSON file of assessments (one array, read whole): 100 M, as for a workbook. */
export const MAX_JSON_FILE_LENGTH = 100 * 1024 * 1024;

function* jsonRecords(whole: string): Generator<InputRecord> {
  const text = whole.charCodeAt(0) === 0xfeff ? whole.slice(1) : whole;
  const scan = scanJson(text, { maxDepth: MAX_RECORD_DEPTH + 1 });
  if (scan.tooDeep) {
    yield { kind: 'record', line: 1, value: undefined, error: PROBLEMS.tooDeep(scan.tooDeep.line) };
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    yield { kind: 'record', line: 1, value: undefined, error: jsonError(e, text) };
    return;
  }
  const list = Array.isArray(data) ? data : [data];
  const repeated = new Map<number, { key: string; line: number }>();
  for (const d of scan.duplicates) if (!repeated.has(d.element ?? 0)) repeated.set(d.element ?? 0, d);
  for (let i = 0; i < list.length; i++) {
    const r = repeated.get(i);
    yield r ? { kind: 'record', line: i + 1, value: undefined, error: PROBLEMS.duplicateKey(r.key, r.line) } : { kind: 'record', line: i + 1, value: list[i] };
  }
}

/**
 * The lines of a text stream, in time linear in the text however long a line is: the pieces of a line are kept in a
 * list and joined once, and only each new piece is searched for a line break. A line over `max` characters is not
 * kept: its pieces are dropped as they come and it is given as its length alone.
 */
export async function* textLines(stream: AsyncIterable<unknown>, max = MAX_LINE_LENGTH): AsyncGenerator<{ line: number; text: string } | { line: number; tooLong: number }> {
  let line = 0;
  let parts: string[] = [];
  let size = 0;
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? c : String(c);
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      line += 1;
      const length = size + nl - from;
      if (length > max) yield { line, tooLong: length };
      else yield { line, text: parts.length === 0 ? chunk.slice(from, nl) : parts.join('') + chunk.slice(from, nl) };
      parts = [];
      size = 0;
      from = nl + 1;
    }
    if (from < chunk.length) {
      size += chunk.length - from;
      if (size <= max) parts.push(from === 0 ? chunk : chunk.slice(from));
      else parts = [];
    }
  }
  if (size > max) yield { line: line + 1, tooLong: size };
  else if (size > 0) yield { line: line + 1, text: parts.join('') };
}

async function* ndjsonRecords(stream: Readable): AsyncGenerator<InputRecord> {
  for await (const l of textLines(stream)) {
    if ('tooLong' in l) {
      yield { kind: 'record', line: l.line, value: undefined, error: PROBLEMS.tooLong(l.tooLong) };
      continue;
    }
    const text = l.line === 1 && l.text.charCodeAt(0) === 0xfeff ? l.text.slice(1) : l.text;
    if (text.trim() !== '') yield parseLine(l.line, text);
  }
}

/** One NDJSON line: nesting too deep (checked first, in one linear scan that also finds repeated keys), JSON, a repeated key. */
function parseLine(line: number, text: string): InputRecord {
  const scan = scanJson(text, { maxDepth: MAX_RECORD_DEPTH });
  if (scan.tooDeep) return { kind: 'record', line, value: undefined, error: PROBLEMS.tooDeep(line) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { kind: 'record', line, value: undefined, error: jsonError(e) };
  }
  const repeated = scan.duplicates[0];
  return repeated ? { kind: 'record', line, value: undefined, error: PROBLEMS.duplicateKey(repeated.key, line) } : { kind: 'record', line, value };
}

/** A file that is not text in UTF-8 (nor UTF-16 with its byte-order mark): where, and what to do. */
function notText(path: string, line: number, encoding: 'utf-8' | 'utf-16'): LearningSocietyError {
  const name = path === '-' ? { vi: 'đầu vào chuẩn', en: 'standard input' } : { vi: `tệp "${path}"`, en: `the file "${path}"` };
  return new LearningSocietyError(
    'invalid_input',
    { vi: `${name.vi} không phải văn bản ${encoding.toUpperCase()} hợp lệ từ dòng ${line}; không đọc tiếp`, en: `${name.en} is not valid ${encoding.toUpperCase()} text from line ${line} on; nothing more is read` },
    [{
      path: [],
      code: 'invalid_format',
      message: {
        vi: `dòng ${line} có byte không phải ${encoding.toUpperCase()} (tệp lưu bằng bảng mã khác: TCVN3, VNI, Windows-1258?); hãy lưu lại dạng UTF-8 (Excel: CSV UTF-8)`,
        en: `line ${line} holds bytes that are not ${encoding.toUpperCase()} (saved in another encoding: TCVN3, VNI, Windows-1258?); save it again as UTF-8 (Excel: CSV UTF-8)`,
      },
    }],
  );
}

/** Where a trailing, incomplete UTF-8 character starts in `buf` (its length when the last character is whole). */
function incompleteTail(buf: Buffer): number {
  const n = buf.length;
  for (let k = 1; k <= Math.min(3, n); k++) {
    const b = buf[n - k]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return n;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > k ? n - k : n;
  }
  return n;
}

/** The number of line breaks in `buf`. */
function breaksIn(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n += 1;
  return n;
}

/** The line (1-based within `buf`) of the first bytes that are not UTF-8 (a line break is never inside a character). */
function badLineIn(buf: Buffer): number {
  let line = 1;
  let from = 0;
  for (let nl = buf.indexOf(10); ; nl = buf.indexOf(10, from)) {
    if (!isUtf8(buf.subarray(from, nl < 0 ? buf.length : nl))) return line;
    if (nl < 0) return line;
    line += 1;
    from = nl + 1;
  }
}

/**
 * A byte stream as text, chunk by chunk, never splitting a character between chunks (even one byte at a time). UTF-8,
 * with or without its byte-order mark (kept, for the readers that drop it); UTF-16 with its byte-order mark (Excel's
 * "Unicode text") is read too. Bytes that are not UTF-8 are not turned into U+FFFD silently: they throw a
 * `LearningSocietyError` naming the line. Chunks that are already text pass through.
 */
export async function* decodedText(stream: AsyncIterable<unknown>, path: string): AsyncGenerator<string> {
  let start: Buffer | undefined = Buffer.alloc(0);
  let utf16: TextDecoder | undefined;
  let carry: Buffer | undefined;
  let lines = 0;
  let text16Lines = 0;
  for await (const c of stream) {
    if (typeof c === 'string') {
      yield c;
      continue;
    }
    let buf = c as Buffer;
    if (start !== undefined) {
      // The first two bytes decide: a UTF-16 byte-order mark, or UTF-8.
      buf = Buffer.concat([start, buf]);
      if (buf.length < 2) {
        start = buf;
        continue;
      }
      start = undefined;
      if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) utf16 = new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true });
    }
    if (utf16) {
      let text: string;
      try {
        text = utf16.decode(buf, { stream: true });
      } catch {
        throw notText(path, text16Lines + 1, 'utf-16');
      }
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) text16Lines += 1;
      yield text;
      continue;
    }
    if (carry) buf = Buffer.concat([carry, buf]);
    const cut = incompleteTail(buf);
    carry = cut < buf.length ? buf.subarray(cut) : undefined;
    const body = cut < buf.length ? buf.subarray(0, cut) : buf;
    if (!isUtf8(body)) throw notText(path, lines + badLineIn(body), 'utf-8');
    lines += breaksIn(body);
    if (body.length > 0) yield body.toString('utf8');
  }
  if (start !== undefined && start.length > 0) {
    if (!isUtf8(start)) throw notText(path, 1, 'utf-8');
    yield start.toString('utf8');
  }
  if (utf16) {
    try {
      const rest = utf16.decode();
      if (rest !== '') yield rest;
    } catch {
      throw notText(path, text16Lines + 1, 'utf-16');
    }
  }
  if (carry) throw notText(path, lines + 1, 'utf-8');
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

/** A CSV record over {@link MAX_LINE_LENGTH}: the reading stops there (an unclosed quote swallows the rest of a file). */
function tooLongRecord(start: number, at: number): LearningSocietyError {
  return new LearningSocietyError(
    'invalid_input',
    { vi: `bản ghi CSV bắt đầu ở dòng ${start} dài hơn ${MAX_LINE_LENGTH} ký tự (16 MB); không đọc tiếp`, en: `the CSV record starting on line ${start} is longer than ${MAX_LINE_LENGTH} characters (16 MB); nothing more is read` },
    [{
      path: [],
      code: 'too_big',
      maximum: MAX_LINE_LENGTH,
      message: {
        vi: `dòng ${start}–${at}: một hàng bảng tính chỉ vài KB; có lẽ một dấu ngoặc kép không được đóng`,
        en: `lines ${start}–${at}: a spreadsheet row is a few KB; perhaps a quote is never closed`,
      },
    }],
  );
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

/** How the CSV reader names cells (column letters) and the most columns a sheet has (XFD): `./columns.ts`. */
const SHEET_COLUMNS: SheetColumns = { columnLetter, maxColumns: MAX_COLUMNS };

interface SheetColumns {
  readonly columnLetter: (index: number) => string;
  /** `EXCEL_MAX_COLUMNS` of vn-learning-society/sheets. */
  readonly maxColumns: number;
}

/** The CSV text to parse and its separator: the one given, else the one the first dozen lines use most. */
async function csvSource(source: Readable, given: string | undefined): Promise<{ stream: Readable; delimiter: string }> {
  if (given !== undefined) return { stream: source, delimiter: given };
  // Enough: a dozen lines (title rows, the header, the rows that confirm the separator).
  let lines = 0;
  let from = 0;
  const peeked = await peek(source, 64 * 1024, (h) => {
    for (let i = h.indexOf('\n', from); i >= 0 && lines < 12; i = h.indexOf('\n', i + 1)) {
      lines += 1;
      from = i + 1;
    }
    if (lines < 12) from = h.length;
    return lines >= 12;
  });
  return { stream: peeked.stream, delimiter: detectDelimiter(peeked.head.charCodeAt(0) === 0xfeff ? peeked.head.slice(1) : peeked.head) };
}

/** One parsed CSV record, with the line it ends on and its raw text. */
interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/**
 * The CSV parser of `stream`: records as they are parsed, and `skipped`, the records it could not read (an unclosed
 * quote, …), each by the line it starts on, for the caller to give in their place. A record over the size limit stops
 * the reading with an error naming its lines (the parser would drop the rest of the file).
 */
function csvParser(stream: Readable, delimiter: string): { records: AsyncIterable<CsvRecord>; skipped: InputRecord[] } {
  // The reader runs ahead of the caller's loop, so the line where a bad record starts is tracked as it parses.
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
    max_record_size: MAX_LINE_LENGTH,
    on_record: (record, context) => {
      parsedEnd = context.lines;
      return record;
    },
  });
  const skipped: InputRecord[] = [];
  parser.on('skip', (e: CsvError) => {
    const lines = Number(e.lines);
    const start = Math.min(parsedEnd + 1, lines);
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      parser.destroy(tooLongRecord(start, lines));
      return;
    }
    parsedEnd = lines;
    if (skipped.length > 0 && skipped[skipped.length - 1]!.line === start) return;
    skipped.push({ kind: 'record', line: start, value: undefined, error: csvProblem(e, start) });
  });
  stream.on('error', (e) => parser.destroy(e));
  stream.pipe(parser);
  return { records: parser as AsyncIterable<CsvRecord>, skipped };
}

/**
 * Whether a row above the header is a title: a merged title cell saved as "Title;;;;" (one filled cell of several), a
 * line of words alone, or nothing. A one-column header ("id") is not taken for a title.
 */
function isTitleRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length === 0 || (filled.length === 1 && (cells.length > 1 || filled[0]!.includes(' ')));
}

/** One CSV row after the header as a record: its cells by heading, or what is wrong with its width or an unnamed cell. */
function csvRow(header: readonly string[], cells: string[], line: number): InputRecord {
  const width = header.length;
  let used = cells.length;
  while (used > width && cells[used - 1] === '') used -= 1;
  if (used !== width) {
    const extra = used > width ? extraCells(cells, width, used, line, SHEET_COLUMNS) : '';
    return {
      kind: 'record',
      line,
      value: undefined,
      error:
        used > width
          ? { vi: `dòng có ${used} ô nhưng tiêu đề có ${width} cột; ô thừa: ${extra} (số thập phân có dấu phẩy phải được đặt trong ngoặc kép, hoặc dùng ; làm dấu phân cách)`, en: `the row has ${used} cells but the header has ${width} columns; extra: ${extra} (a decimal comma must be quoted, or use ; as the separator)` }
          : { vi: `dòng có ${used} ô nhưng tiêu đề có ${width} cột; thiếu cột ${header.slice(used).join(', ')}`, en: `the row has ${used} cells but the header has ${width} columns; missing ${header.slice(used).join(', ')}` },
    };
  }
  const unnamed = header.findIndex((h, i) => h === '' && (cells[i] ?? '') !== '');
  if (unnamed >= 0) {
    const cell = `${columnLetter(unnamed)}${line}`;
    return {
      kind: 'record',
      line,
      value: undefined,
      error: { vi: `ô ${cell} có dữ liệu ("${cells[unnamed]}") nhưng cột ${columnLetter(unnamed)} không có tên ở dòng tiêu đề`, en: `cell ${cell} holds "${cells[unnamed]}" but column ${columnLetter(unnamed)} has no name in the header` },
    };
  }
  return { kind: 'record', line, value: Object.fromEntries(header.flatMap((h, i) => (h === '' ? [] : [[h, cells[i] ?? '']]))), cells };
}

/** The records of a CSV file: the header (title rows above it skipped), then each row, and each record it could not read in its place. */
async function* csvRecords(source: Readable, options: CsvOptions): AsyncGenerator<InputRecord | InputHeader> {
  const { stream, delimiter } = await csvSource(source, options.delimiter);
  const { records, skipped } = csvParser(stream, delimiter);
  let header: string[] | undefined;
  for await (const r of records) {
    const line = r.info.lines - lineBreaksInside(r.raw);
    while (skipped.length > 0 && skipped[0]!.line < line) yield skipped.shift()!;
    const cells = r.record;
    if (header !== undefined) {
      // A row of separators alone is how Excel saves an empty row: skipped, as an empty row of a workbook is.
      if (!cells.every((c) => c.trim() === '')) yield csvRow(header, cells, line);
      continue;
    }
    if (isTitleRow(cells)) continue;
    // More columns than a sheet has (XFD, 16,384) is not a table a person made: refused before each heading is looked
    // at (a 15 MB header of 2.45 million unknown columns took 107 s to be told so, one column at a time).
    if (cells.length > SHEET_COLUMNS.maxColumns) throw tooManyColumns(line, cells.length, SHEET_COLUMNS.maxColumns);
    header = cells;
    yield { kind: 'header', line, columns: header };
  }
  yield* skipped.splice(0);
}

/**
 * The rows of a workbook's sheet as records: the header (title rows above it skipped), then each row that is not
 * blank, by its sheet row number, with its cells as the workbook holds them.
 */
async function* sheetRecords(bytes: Uint8Array, options: CsvOptions): AsyncGenerator<InputRecord | InputHeader> {
  // The workbook reader is loaded when a workbook is read, not at the command line's start.
  const { cellText, columnLetter, findHeaderRow, headingScore, isBlankCell, pickSheet, readWorkbook } = await import('vn-learning-society/sheets');
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

function tooManyColumns(line: number, columns: number, max: number): LearningSocietyError {
  return new LearningSocietyError('invalid_input', { vi: 'Tệp CSV có quá nhiều cột', en: 'The CSV file has too many columns' }, [
    { path: [], code: 'too_large', maximum: max, message: { vi: `dòng tiêu đề (dòng ${line}) có ${columns} cột; một trang tính có nhiều nhất ${max} cột (A đến XFD)`, en: `the header (line ${line}) has ${columns} columns; a sheet has at most ${max} (A to XFD)` } },
  ]);
}

/** The first few cells past the header's width, by address (`L5 "9"`), and how many more: a message of a few lines. */
function extraCells(cells: readonly string[], width: number, used: number, line: number, columns: SheetColumns): string {
  const shown = cells.slice(width, Math.min(used, width + 3)).map((c, i) => `${address(width + i, line, columns)} "${shortText(c, 40)}"`);
  return used - width > 3 ? `${shown.join(', ')} … (+${used - width - 3})` : shown.join(', ');
}

/** A cell's address, or its column number past the last column a sheet has. */
function address(column: number, line: number, { columnLetter, maxColumns }: SheetColumns): string {
  return column < maxColumns ? `${columnLetter(column)}${line}` : `#${column + 1}:${line}`;
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
