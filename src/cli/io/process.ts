import { createReadStream, createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { chmod, link, lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { Label } from 'vn-learning-society';
import type { WorkbookSheet } from 'vn-learning-society/sheets';

/** Where the CLI reads and writes: the process by default, memory in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /**
   * Reads a whole text file (`-` is standard input), of at most {@link MAX_TEXT_BYTES}, in UTF-8; a file that cannot
   * be read, is larger or is not UTF-8 throws {@link CliIoError}.
   */
  readText(path: string): Promise<string>;
  /** A byte stream of a file (`-` is standard input), for streaming large inputs; read errors come as its `'error'`. */
  openStream(path: string): Readable;
  /** Reads a whole file as bytes (a workbook), of at most {@link MAX_INPUT_BYTES}; a file that cannot be read or is larger throws {@link CliIoError}. */
  readBytes(path: string): Promise<Uint8Array>;
  /** Writes a whole text file (a chart), replacing it only once written; a file that cannot be written throws {@link CliIoError}. */
  writeText?(path: string, text: string, options?: WriteOptions): Promise<void>;
  /** Writes a whole file of bytes (a workbook), replacing it only once written; a file that cannot be written throws {@link CliIoError}. */
  writeBytes?(path: string, bytes: Uint8Array, options?: WriteOptions): Promise<void>;
  /** Resolves when the output can take more (back-pressure); throws {@link CliIoError} once the output is closed. */
  ready?(): Promise<void>;
  /** Whether stderr is a terminal (progress lines are drawn in place). */
  readonly interactive?: boolean;
  /** Where tables go when the output is a workbook (`-f xlsx`, `-o file.xlsx`): one sheet per table. */
  readonly workbook?: WorkbookSheet[];
  /**
   * What a path names, to tell whether two paths are the same file (a `./` variant, a symlink, a hard link): for an
   * existing file its device and inode, otherwise its resolved path. Undefined identity (no method) skips the check.
   */
  fileIdentity?(path: string): Promise<FileIdentity>;
  /**
   * Opens an output file to stream into. What is written goes to a temporary file beside it, which replaces the file
   * only at {@link OutputSink.commit}; {@link OutputSink.abort} removes it and leaves the old file as it was.
   */
  openOutput?(path: string, options?: WriteOptions): Promise<OutputSink>;
  /** Whether CSV cells a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, …) are written with a `'` before them (default: yes). */
  readonly csvGuard?: boolean;
}

/** What a path names: `exists` (and `file`, a regular file) and a key that is equal for two paths of the same file. */
export interface FileIdentity {
  readonly exists: boolean;
  readonly file: boolean;
  readonly key: string;
}

/** How an output file is written. */
export interface WriteOptions {
  /**
   * Never replace a file: the finished file is put in place only if none is there by then (a hard link, which fails
   * when the name is taken, even by a file made while the command ran); otherwise `EEXIST`. For files a person edits
   * (`fork`, `template` without `--force`).
   */
  readonly exclusive?: boolean;
}

/** An output file being written: text in, then committed (it replaces the file) or aborted (the old file stays). */
export interface OutputSink {
  write(text: string | Uint8Array): unknown;
  /** Resolves when the file can take more (back-pressure); throws {@link CliIoError} once writing failed. */
  ready(): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** The largest file read whole as bytes (a workbook), the same as `readWorkbook`'s default `maxBytes`: 100 MB. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
/** The largest text document read whole (a rule set, counts, a plan, a case file): 50 MB. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

/**
 * A file or stream that could not be read or written: which, how, and the system's code (`ENOENT`, `EPIPE`, …) or
 * the CLI's own (`TOO_LARGE` past `limit` bytes, `NOT_UTF8`).
 */
export class CliIoError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly mode: 'read' | 'write',
    /** The limit passed, in bytes, for `TOO_LARGE`. */
    readonly limit?: number,
  ) {
    super(`${mode} ${path}: ${reason}`);
  }

  /** One line for people. */
  describe(lang: 'vi' | 'en'): string {
    const what = this.path === '-' ? (this.mode === 'read' ? { vi: 'đầu vào chuẩn', en: 'standard input' } : { vi: 'đầu ra', en: 'the output' }) : { vi: `"${this.path}"`, en: `"${this.path}"` };
    const mb = `${Math.round((this.limit ?? 0) / (1024 * 1024))} MB`;
    const why =
      this.reason === 'TOO_LARGE'
        ? { vi: `tệp lớn hơn giới hạn ${mb}, không đọc`, en: `the file is larger than the ${mb} limit; not read` }
        : this.reason === 'ENOENT' && this.mode === 'write'
          ? { vi: 'không có thư mục chứa tệp này (hãy tạo thư mục trước)', en: 'the folder it goes in does not exist (make it first)' }
          : (IO_REASONS[this.reason] ?? { vi: `lỗi hệ thống ${this.reason}`, en: `system error ${this.reason}` });
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
  EEXIST: { vi: 'tệp đã có (có thể vừa được tạo trong lúc lệnh chạy); không ghi đè', en: 'the file already exists (perhaps made while the command ran); not overwritten' },
  ENOSPC: { vi: 'hết chỗ trên ổ đĩa (tệp cũ vẫn giữ nguyên)', en: 'no space left on the disk (the old file is unchanged)' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  NOT_UTF8: { vi: 'không phải văn bản UTF-8 (lưu lại tệp dưới dạng UTF-8 rồi chạy lại)', en: 'it is not UTF-8 text (save the file as UTF-8 and run again)' },
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
        const bytes = path === '-' ? await streamToBytes(stdin, MAX_TEXT_BYTES, path) : await readCapped(path, MAX_TEXT_BYTES);
        return utf8Of(bytes, path);
      } catch (e) {
        throw ioErrorOf(path, e, 'read') ?? e;
      }
    },
    openStream: (path) => (path === '-' ? stdin : createReadStream(path)),
    readBytes: async (path) => {
      try {
        return new Uint8Array(path === '-' ? await streamToBytes(stdin, MAX_INPUT_BYTES, path) : await readCapped(path, MAX_INPUT_BYTES));
      } catch (e) {
        throw ioErrorOf(path, e, 'read') ?? e;
      }
    },
    writeText: async (path, text, options) => {
      const sink = await openFileOutput(path, options);
      sink.write(text);
      await sink.commit();
    },
    writeBytes: async (path, bytes, options) => {
      const sink = await openFileOutput(path, options);
      sink.write(bytes);
      await sink.commit();
    },
    fileIdentity: async (path) => {
      const abs = resolve(path);
      try {
        const s = await stat(abs);
        return { exists: true, file: s.isFile(), key: `inode:${s.dev}:${s.ino}` };
      } catch {
        let dir = dirname(abs);
        try {
          dir = await realpath(dir);
        } catch {
          // a folder that does not exist either: its path as written
        }
        return { exists: false, file: false, key: `path:${join(dir, basename(abs))}` };
      }
    },
    openOutput: (path, options) => openFileOutput(path, options),
    ready: async () => {
      if (failure) throw failure;
      if (stdout.writableNeedDrain) await drained(stdout, 'error');
      if (failure) throw failure;
    },
    outputFailure: () => failure,
    interactive: (stderr as { isTTY?: boolean }).isTTY === true,
  };
}

/** A whole stream as bytes, refused with `TOO_LARGE` (reading stops there) once it passes `limit` bytes. */
export async function streamToBytes(stream: AsyncIterable<unknown>, limit: number, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += chunk.length;
    if (size > limit) throw new CliIoError(path, 'TOO_LARGE', 'read', limit); // leaving the loop stops the stream
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * A whole file, up to `limit` bytes: a regular file larger than that is refused by its size before a byte is read;
 * anything else (a pipe, a device) is read until it passes the limit.
 */
async function readCapped(path: string, limit: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const s = await fh.stat();
    if (s.isDirectory()) throw new CliIoError(path, 'EISDIR', 'read');
    if (s.isFile() && s.size > limit) throw new CliIoError(path, 'TOO_LARGE', 'read', limit);
    return await streamToBytes(fh.createReadStream({ autoClose: false }), limit, path);
  } finally {
    await fh.close();
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes as UTF-8 text; anything that is not UTF-8 is refused with `NOT_UTF8` instead of turned into U+FFFD. */
export function utf8Of(bytes: Uint8Array, path: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new CliIoError(path, 'NOT_UTF8', 'read');
  }
}

/** Temporary files being written, removed if the process exits before they are committed. */
const pending = new Set<string>();
let cleanupInstalled = false;

/** Removes the temporary files of outputs not yet committed (on exit, or when the process is interrupted). */
export function removeTemporaryFiles(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

/**
 * Resolves when a stream that asked to wait can take more (`drain`), or when `end` says it never will (`error` of
 * standard output, `close` of a file): back-pressure without a listener left behind.
 */
function drained(stream: { on(e: string, f: () => void): unknown; removeListener(e: string, f: () => void): unknown }, end: 'error' | 'close'): Promise<void> {
  return new Promise<void>((resolve) => {
    const go = () => {
      stream.removeListener('drain', go);
      stream.removeListener(end, go);
      resolve();
    };
    stream.on('drain', go);
    stream.on(end, go);
  });
}

/** Error codes of a file system without hard links (a FAT or exFAT USB stick, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Puts a finished temporary file at `target` only if no file is there: a hard link, which the system refuses when the
 * name is taken (so a file made while the command ran is not replaced), then the temporary name removed. Where the
 * file system has no hard links, the name is looked up just before the rename (a window of a moment, not of the run).
 */
async function placeNew(tmp: string, target: string, path: string): Promise<void> {
  try {
    await link(tmp, target);
    await unlink(tmp);
    return;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'EEXIST') throw new CliIoError(path, 'EEXIST', 'write');
    if (typeof code !== 'string' || !NO_HARD_LINKS.has(code)) throw e;
  }
  const there = await lstat(target).then(
    () => true,
    () => false,
  );
  if (there) throw new CliIoError(path, 'EEXIST', 'write');
  await rename(tmp, target);
}

/**
 * An output file written safely: to a temporary file beside it (`.name.<pid>.<random>.tmp`), flushed to the disk and
 * renamed over it at commit, so that the file is either the old one or the whole new one, never a part; on failure
 * the temporary file is removed. A symlink is written through (its target is replaced); a path that is not a regular
 * file (a device such as `/dev/stdout`, a pipe) is written directly.
 */
async function openFileOutput(path: string, options: WriteOptions = {}): Promise<OutputSink> {
  let target = resolve(path);
  let mode: number | undefined;
  let direct = false;
  try {
    target = await realpath(target);
    const s = await stat(target);
    if (s.isDirectory()) throw new CliIoError(path, 'EISDIR', 'write');
    if (s.isFile()) mode = s.mode & 0o7777;
    else direct = true;
  } catch (e) {
    if (e instanceof CliIoError) throw e;
    // a new file (or a folder that does not exist, reported when opening)
  }
  const tmp = direct ? target : join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fh: FileHandle;
  try {
    fh = await open(tmp, direct ? 'w' : 'wx', 0o666);
  } catch (e) {
    throw ioErrorOf(path, e, 'write') ?? e;
  }
  if (!direct) {
    pending.add(tmp);
    if (!cleanupInstalled) {
      cleanupInstalled = true;
      process.once('exit', removeTemporaryFiles);
    }
  }
  const stream: WriteStream = createWriteStream('', { fd: fh as unknown as number, flush: !direct } as Parameters<typeof createWriteStream>[1]);
  let failure: CliIoError | undefined;
  let closed = false;
  const done = new Promise<void>((res) => stream.once('close', () => {
    closed = true;
    res();
  }));
  stream.on('error', (e) => {
    failure ??= ioErrorOf(path, e, 'write') ?? new CliIoError(path, 'EIO', 'write');
  });
  const remove = async () => {
    if (direct) return;
    pending.delete(tmp);
    await unlink(tmp).catch(() => undefined);
  };
  const abort = async () => {
    if (!closed) {
      stream.destroy();
      await done;
    }
    await remove();
  };
  return {
    write: (text: string | Uint8Array) => {
      if (failure) throw failure;
      return stream.write(text);
    },
    ready: async () => {
      if (failure) throw failure;
      if (stream.writableNeedDrain) await drained(stream, 'close');
      if (failure) throw failure;
    },
    commit: async () => {
      try {
        if (failure) throw failure;
        await new Promise<void>((res) => stream.end(res));
        await done;
        if (failure) throw failure;
        if (direct) return;
        if (mode !== undefined) await chmod(tmp, mode);
        if (options.exclusive) await placeNew(tmp, target, path);
        else await rename(tmp, target);
        pending.delete(tmp);
      } catch (e) {
        await abort();
        throw ioErrorOf(path, e, 'write') ?? e;
      }
    },
    abort,
  };
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
    return typeof content === 'string' ? content : utf8Of(content, path);
  };
  const name = (path: string) => posix.normalize(path.replace(/\\/g, '/'));
  const exists = (path: string) => [...Object.keys(files), ...Object.keys(written), ...Object.keys(bytes)].some((p) => name(p) === name(path));
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
    writeText: async (path, text, options) => {
      if (options?.exclusive && exists(path)) throw new CliIoError(path, 'EEXIST', 'write');
      written[path] = text;
    },
    writeBytes: async (path, content, options) => {
      if (options?.exclusive && exists(path)) throw new CliIoError(path, 'EEXIST', 'write');
      bytes[path] = content;
    },
    fileIdentity: async (path) => {
      const there = exists(path);
      return { exists: there, file: there, key: name(path) };
    },
    openOutput: async (path, options) => {
      const parts: string[] = [];
      return {
        write: (t: string | Uint8Array) => parts.push(typeof t === 'string' ? t : Buffer.from(t).toString('utf8')),
        ready: async () => undefined,
        commit: async () => {
          if (options?.exclusive && exists(path)) throw new CliIoError(path, 'EEXIST', 'write');
          written[path] = parts.join('');
        },
        abort: async () => undefined,
      };
    },
    written: () => written,
    writtenBytes: () => bytes,
    out: () => out,
    err: () => err,
  };
}
