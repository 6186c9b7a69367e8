import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** CI sets VITEST_JSON_REPORT to a file name to get vitest's JSON report beside the default one. */
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^vn-learning-society$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^vn-learning-society\/units$/, replacement: fileURLToPath(new URL('./src/units/index.ts', import.meta.url)) },
      { find: /^vn-learning-society\/units\/2025$/, replacement: fileURLToPath(new URL('./src/units/2025/index.ts', import.meta.url)) },
      { find: /^vn-learning-society\/rule-sets$/, replacement: fileURLToPath(new URL('./src/rule-sets/index.ts', import.meta.url)) },
      { find: /^vn-learning-society\/charts$/, replacement: fileURLToPath(new URL('./src/charts/index.ts', import.meta.url)) },
      { find: /^vn-learning-society\/sheets$/, replacement: fileURLToPath(new URL('./src/sheets/index.ts', import.meta.url)) },
      { find: /^vn-learning-society\/cases$/, replacement: fileURLToPath(new URL('./src/cases/index.ts', import.meta.url)) },
      { find: /^vn-learning-society\/schemas$/, replacement: fileURLToPath(new URL('./src/schemas/index.ts', import.meta.url)) },
      { find: /^vn-learning-society\/documents$/, replacement: fileURLToPath(new URL('./src/documents/index.ts', import.meta.url)) },
      { find: /^vn-learning-society\/sql$/, replacement: fileURLToPath(new URL('./src/sql/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One fast-check seed per run (FUZZ_SEED, FUZZ_RUNS to explore): test/setup/fuzz-seed.ts.
    setupFiles: ['test/setup/fuzz-seed.ts'],
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
