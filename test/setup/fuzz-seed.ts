/**
 * One seed for every property test of a run, so that CI is deterministic: `FUZZ_SEED` (default 20261206) and
 * `FUZZ_RUNS` (the runs of each property that does not set its own) explore other inputs locally, e.g.
 * `FUZZ_SEED=106630965 npx vitest run test/programme/fuzz-documents.test.ts`. fast-check names the seed and the path of a failure in its
 * message, so a failure found by any seed can be replayed and kept as an example test.
 */
import fc from 'fast-check';

const seed = Number(process.env.FUZZ_SEED ?? 20261206);
if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, got ${process.env.FUZZ_SEED}`);
const runs = process.env.FUZZ_RUNS === undefined ? undefined : Number(process.env.FUZZ_RUNS);
fc.configureGlobal({ seed, ...(runs !== undefined && runs > 0 ? { numRuns: runs } : {}) });
