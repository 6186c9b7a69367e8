#!/usr/bin/env node
/**
 * The `vn-learning-society` command line. Run `npx vn-learning-society --help`.
 */
import { processIo, removeTemporaryFiles, visible, type CliIoError } from './io.js';
import { languageOf } from './language.js';
import { EXIT, runCli } from './run.js';

const args = process.argv.slice(2);
const lang = languageOf(args);
let told = false;
/** A closed output (the reader of a pipe stopped, as `head` does) ends the run with one line and exit code 2. */
const closed = (failure: CliIoError) => {
  if (told) return;
  told = true;
  process.stderr.write(`vn-learning-society: ${visible(failure.describe(lang))}\n`);
  process.exitCode = EXIT.badInput;
};
const io = processIo({ onOutputClosed: closed });

// Interrupted (Ctrl-C, a stop from the system, the terminal closed): an output file being written is left as it was,
// its temporary file removed; then the signal is raised again with its default action, so that the process ends at once
// with the signal's status even while a thread waits (a named pipe no one writes to blocks `open` until then).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeTemporaryFiles();
    process.kill(process.pid, signal);
  });
}

runCli(args, io).then(
  (code) => {
    const failure = io.outputFailure();
    if (failure) closed(failure);
    else process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error / lỗi nội bộ: ${visible(String(e))}\n`);
    process.exitCode = EXIT.internal;
  },
);
