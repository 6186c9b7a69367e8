import { beforeEach } from 'vitest';
import { forgetCompiledRuleSets } from '../../src/rules/evaluate/evaluate.js';

// For the mutation tests only (vitest.mutation.config.ts): `evaluate` keeps each rule set it compiled, so a mutant of
// the planning code (rules/evaluate/plan.ts, compile.ts, the compile-time part of check.ts) ran only in the first test
// that compiled the rule set, and Stryker credited it to that test alone; a later test that would fail on it was never
// run against it. Each test now compiles afresh, and is counted as covering that code.
beforeEach(() => {
  forgetCompiledRuleSets();
});
