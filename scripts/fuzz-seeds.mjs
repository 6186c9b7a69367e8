// Runs the property tests under many seeds, to find what one seed per CI run does not: each failing seed is printed
// with the command that replays it, so that its counterexample can be kept as an example test.
// Usage: node scripts/fuzz-seeds.mjs [seeds=20] [files…]   (e.g. node scripts/fuzz-seeds.mjs 50 test/rules/fuzz-assessments.test.ts)
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const count = Number(process.argv[2] ?? 20);
const files = process.argv.slice(3);
const targets = files.length > 0 ? files : ['test/rules/fuzz-rule-sets.test.ts', 'test/rules/fuzz-assessments.test.ts', 'test/programme/fuzz-documents.test.ts', 'test/core/fuzz-text.test.ts', 'test/entries/fuzz-sheets.test.ts', 'test/cli/fuzz-cli.test.ts', 'test/entries/fuzz-wrong-values.test.ts', 'test/rules/properties.test.ts', 'test/core/exact.test.ts', 'test/core/vi-number.test.ts', 'test/programme/tally.test.ts', 'test/programme/attainment.test.ts', 'test/document/checks-agree.test.ts', 'test/entries/cases.test.ts'];
const failing = [];
for (let k = 0; k < count; k++) {
  const seed = randomInt(1, 2 ** 31 - 1);
  const r = spawnSync('npx', ['vitest', 'run', ...targets], { env: { ...process.env, FUZZ_SEED: String(seed) }, encoding: 'utf8' });
  const ok = r.status === 0;
  console.log(`seed ${seed}: ${ok ? 'passed' : 'FAILED'}`);
  if (!ok) {
    failing.push(seed);
    const lines = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /×|Counterexample|Seed|seed|Error/.test(l));
    console.log(lines.slice(0, 12).join('\n'));
  }
}
console.log(`\n${count - failing.length} seeds passed, ${failing.length} failed`);
for (const seed of failing) console.log(`  replay: FUZZ_SEED=${seed} npx vitest run ${targets.join(' ')}`);
process.exitCode = failing.length > 0 ? 1 : 0;
