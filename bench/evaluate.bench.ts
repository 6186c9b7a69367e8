/**
 * Scoring speed: 100,000 generated learning-family assessments (QĐ 448/QĐ-KHVN sheet) through compileRuleSet, next
 * to the same rules written for json-rules-engine. One benchmark iteration scores the whole batch, so
 * verdicts per second = 100,000 × hz (the `hz` column).
 *
 * json-rules-engine runs the same 100,000 assessments; it is much slower, so it gets fewer iterations.
 * Parity of the two (same verdict and total on every assessment) is checked in test/rules/bench-parity.test.ts.
 */
import { bench, describe } from 'vitest';
import { compileRuleSet, evaluate, getRuleSet, learningFamilyKhvn2015 } from 'vn-learning-society';
import { generateAssessments } from './generate.js';
import { jsonRulesEngineFor } from './json-rules-engine-rules.js';

const N = 100_000;
const ruleSet = getRuleSet('learning-family-khvn-2015');
const assessments = generateAssessments(ruleSet, N);
const score = compileRuleSet(ruleSet);
const jre = jsonRulesEngineFor(ruleSet);

let sink = 0;

describe(`score ${N.toLocaleString('en')} learning-family assessments`, () => {
  bench(
    'vn-learning-society compileRuleSet',
    () => {
      let recognised = 0;
      for (let i = 0; i < N; i++) if (score(assessments[i]!).recognized) recognised++;
      sink += recognised;
    },
    { time: 3000, warmupIterations: 3 },
  );

  bench(
    'json-rules-engine 7.3.1, same rules',
    async () => {
      let recognised = 0;
      for (let i = 0; i < N; i++) if ((await jre.verdict(assessments[i]!)).recognized) recognised++;
      sink += recognised;
    },
    { time: 0, iterations: 2, warmupIterations: 0 },
  );
});

export { sink };

// `evaluate` in a loop, as a newcomer writes it: the compiled form is kept per rule-set object (issue 10).
const M = 10_000;
const mutable = getRuleSet('learning-family-khvn-2015');
describe(`evaluate() in a loop, ${M.toLocaleString('en')} assessments (verdicts per second = ${M.toLocaleString('en')} × hz)`, () => {
  bench('evaluate(learningFamilyKhvn2015, …): a shipped, frozen rule set', () => {
    let recognised = 0;
    for (let i = 0; i < M; i++) if (evaluate(learningFamilyKhvn2015, assessments[i]!).recognized) recognised++;
    sink += recognised;
  }, { time: 2000, warmupIterations: 2 });
  bench('evaluate(getRuleSet(…), …): a copy the caller may change', () => {
    let recognised = 0;
    for (let i = 0; i < M; i++) if (evaluate(mutable, assessments[i]!).recognized) recognised++;
    sink += recognised;
  }, { time: 2000, warmupIterations: 2 });
});
