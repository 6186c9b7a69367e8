import { PassThrough, type Readable } from 'node:stream';
import { memoryIo, processIo, type CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

/**
 * Runs the CLI in-process on real files, with the process's own I/O code (files opened by Node, written through a
 * temporary file and renamed), its standard streams captured: `stdin` is standard input when given, and `wrap` may
 * replace parts of the I/O (to act between the command's checks and its writes).
 */
export async function runOnDisk(args: readonly string[], stdin: Readable = new PassThrough(), wrap?: (io: CliIo) => CliIo): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const io = processIo({ stdout, stderr, stdin: stdin as PassThrough });
  const code = await runCli(args, wrap ? wrap(io) : io);
  return { code, out, err };
}

/**
 * Runs the CLI in-process on files held in memory (`memoryIo`): its exit code, what it printed, and what it wrote,
 * as text (`written`) and as bytes (`bytes`, for .xlsx and .docx).
 */
export async function runInMemory(args: readonly string[], files: Record<string, string | Uint8Array> = {}) {
  const io = memoryIo(files);
  const code = await runCli([...args], io);
  return { code, out: io.out(), err: io.err(), written: io.written(), bytes: io.writtenBytes() };
}
