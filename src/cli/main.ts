#!/usr/bin/env node
/**
 * The `vn-learning-society` command line. Run `npx vn-learning-society --help`.
 */
import { processIo, type CliIoError } from './io.js';
import { languageOf } from './language.js';
import { EXIT, runCli } from './run.js';

const args = process.argv.slice(2);
const lang = languageOf(args);
let told = false;
/** A closed output (the reader of a pipe stopped, as `head` does) ends the run with one line and exit code 2. */
const closed = (failure: CliIoError) => {
  if (told) return;
  told = true;
  process.stderr.write(`vn-learning-society: ${failure.describe(lang)}\n`);
  process.exitCode = EXIT.badInput;
};
const io = processIo({ onOutputClosed: closed });

runCli(args, io).then(
  (code) => {
    const failure = io.outputFailure();
    if (failure) closed(failure);
    else process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error / lỗi nội bộ: ${String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);
