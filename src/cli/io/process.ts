import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Label } from '../../core/label/index.js';
import type { WorkbookSheet } from 'vn-learning-society/sheets';

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

/** A whole stream as text (or bytes). */
export async function streamToText(stream: AsyncIterable<unknown>): Promise<string>;
export async function streamToText(stream: AsyncIterable<unknown>, binary: true): Promise<Buffer>;
export async function streamToText(stream: AsyncIterable<unknown>, binary?: true): Promise<string | Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return binary ? Buffer.concat(chunks) : Buffer.concat(chunks).toString('utf8');
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
