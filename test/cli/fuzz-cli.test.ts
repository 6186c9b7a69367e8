import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { keepPrototypeClean, RUNS } from '../helpers/fuzz.js';

/**
 * Fuzzing the command line with random files: every call gives a result that holds its invariants or a LearningSocietyError with a path and a message in
 * both languages; a `safe*` call never throws; Object.prototype stays clean (test/helpers/fuzz.ts). One seed per run
 * (test/setup/fuzz-seed.ts): FUZZ_SEED to replay it, FUZZ_RUNS to search longer.
 */
keepPrototypeClean();

describe('fuzz: the command line with random files', () => {
  it('exits 0, 1 or 2 with every bad record reported, never 3 (internal error)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('json', 'ndjson', 'csv'),
        fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 3 }), fc.array(fc.json({ maxDepth: 2 }), { maxLength: 5 }).map((a) => a.join('\n'))),
        async (format, content) => {
          const io = memoryIo({ [`in.${format}`]: content });
          const code = await runCli(['-f', format, 'evaluate', '-r', 'learning-family-khvn-2015', '-i', `in.${format}`], io);
          expect([0, 2]).toContain(code);
          if (code === 2) expect(io.err().length).toBeGreaterThan(0);
        },
      ),
      { numRuns: Math.min(RUNS, 150) },
    );
  });
});
