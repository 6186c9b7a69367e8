#!/usr/bin/env node
/**
 * The `vn-learning-society` command line. Run `npx vn-learning-society --help`.
 */
import { processIo } from './io.js';
import { runCli } from './run.js';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error / lỗi nội bộ: ${String(e)}\n`);
    process.exitCode = 3;
  },
);
