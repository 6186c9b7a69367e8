import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseCaseFile, runCases } from 'vn-learning-society/cases';

// Case files at the rate of the issue (≥ 50,000 cases per second): the shipped boundary cases of the family sheet,
// repeated to 10,000 cases (each a full assessment of ten indicators), as JSON and as YAML.
const shipped = parse(readFileSync(new URL('../data/cases/learning-family-khvn-2015.yaml', import.meta.url), 'utf8')) as { ruleSet: string; cases: { name: string }[] };
const N = 10_000;
const cases = Array.from({ length: N }, (_, i) => ({ ...shipped.cases[i % shipped.cases.length]!, name: `case ${i}` }));
const json = JSON.stringify({ ruleSet: shipped.ruleSet, cases }, null, 1);
const yaml = stringify({ ruleSet: shipped.ruleSet, cases: cases.slice(0, 2_000) }, { aliasDuplicateObjects: false });
const parsed = parseCaseFile(json, { fileName: 'cases.json' });

const check = (passed: number, n: number): void => {
  if (passed !== n) throw new Error(`bench: ${passed} of ${n} cases passed`);
};

describe('case files (10,000 cases)', () => {
  bench('JSON: parseCaseFile + runCases', () => {
    check(runCases(parseCaseFile(json, { fileName: 'cases.json' })).passed, N);
  }, { iterations: 5, warmupIterations: 1 });

  bench('runCases (already read)', () => {
    check(runCases(parsed).passed, N);
  }, { iterations: 5, warmupIterations: 1 });
});

describe('case files (2,000 cases)', () => {
  bench('YAML: parseCaseFile + runCases', () => {
    check(runCases(parseCaseFile(yaml, { fileName: 'cases.yaml' })).passed, 2_000);
  }, { iterations: 3, warmupIterations: 1 });
});
