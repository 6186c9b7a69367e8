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

// Interrupted (Ctrl-C, a stop from the system): an output file being written is left as it was, its temporary file removed.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    removeTemporaryFiles();
    process.exit(code);
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
