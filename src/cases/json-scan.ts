// The linear scan of JSON text is the core's (src/core/untrusted/json-scan.ts, public as `scanJson`): the command line
// checks JSON and NDJSON records with it without loading this entry point.
export { scanJson, type JsonScan, type RepeatedKey } from 'vn-learning-society';
