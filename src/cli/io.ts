/**
 * The CLI's files and streams, split by what each part does: `io/process.ts` (where it reads and writes: the process,
 * or memory in tests), `io/input.ts` (records from JSON, NDJSON, CSV and workbooks) and `io/output.ts` (tables, CSV
 * and JSON written out).
 */
export * from './io/process.js';
export * from './io/input.js';
export * from './io/output.js';
