import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The tests Stryker runs against each mutant (stryker.config.json): those that reach the mutated modules, without the
 * slow ones that check the package, the browser, rendering, installs, memory and time growth (docs/en/testing.md).
 * The base config's aliases and setup (one fast-check seed) are kept; its list of files is replaced, not added to.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/{vi-number,evaluate,verify,report-table-edges,carry-over-edges,places,exact,levels,targets,provisional,sheets,rollup,regulations,properties,fork-diff,bad-input,tally,recognition,attainment,yearbook,scoring-edges,targets-edges,verify-edges,units,untrusted,forms,cli-sheets,cli-newcomer,checks-agree,sheets-agreement}.test.ts',
      'test/journeys/summary-verify.test.ts',
    ],
    setupFiles: [...(base.test?.setupFiles === undefined ? [] : [base.test.setupFiles].flat()), 'test/setup/fresh-compile.ts'],
    reporters: ['default'],
    outputFile: undefined,
  },
});
