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
      'test/catalogue/regulations.test.ts',
      'test/cli/cli-newcomer.test.ts',
      'test/cli/cli-sheets.test.ts',
      'test/core/exact.test.ts',
      'test/core/untrusted.test.ts',
      'test/core/vi-number.test.ts',
      'test/document/checks-agree.test.ts',
      'test/document/fork-diff.test.ts',
      'test/document/places.test.ts',
      'test/entries/carry-over-edges.test.ts',
      'test/entries/issue-fields.test.ts',
      'test/entries/report-table-edges.test.ts',
      'test/entries/sheets-agreement.test.ts',
      'test/entries/sheets.test.ts',
      'test/entries/units.test.ts',
      'test/programme/attainment.test.ts',
      'test/programme/recognition.test.ts',
      'test/programme/tally.test.ts',
      'test/programme/targets-edges.test.ts',
      'test/programme/targets.test.ts',
      'test/programme/verify-edges.test.ts',
      'test/programme/verify.test.ts',
      'test/programme/yearbook.test.ts',
      'test/rules/bad-input.test.ts',
      'test/rules/evaluate.test.ts',
      'test/rules/forms.test.ts',
      'test/rules/levels.test.ts',
      'test/rules/properties.test.ts',
      'test/rules/provisional.test.ts',
      'test/rules/rollup.test.ts',
      'test/rules/scoring-edges.test.ts',
      'test/rules/max-points.test.ts',
      'test/journeys/summary-verify.test.ts',
    ],
    setupFiles: [...(base.test?.setupFiles === undefined ? [] : [base.test.setupFiles].flat()), 'test/setup/fresh-compile.ts'],
    reporters: ['default'],
    outputFile: undefined,
  },
});
