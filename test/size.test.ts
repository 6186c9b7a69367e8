import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, measure } from '../scripts/size.mjs';

// Bundles the built ESM package (dist/, built by `npm test` before vitest) as an application's bundler would.
const built = existsSync(new URL('../dist/index.js', import.meta.url));

describe.skipIf(!built)('bundle size (ESM build, minified, gzip)', () => {
  it('each entry point is within its stated budget', async () => {
    for (const b of BUDGETS) {
      const size = await measure(b.code);
      expect({ name: b.name, withinBudget: size.gzip <= b.gzip }).toEqual({ name: b.name, withinBudget: true });
    }
  }, 60_000);

  it('a bundle of evaluate and one rule set leaves the other rule sets and modules out', async () => {
    const { text } = await measure(BUDGETS[0]!.code);
    expect(text).toContain('learning-family-khvn-2015');
    for (const other of ['learning-community-commune-tt25-2023', 'learning-unit-province-tt24-2023', 'learning-clan-khvn-2015', 'targets-qd-387-2022', 'yearbook-long-an-2020']) {
      expect(text).not.toContain(other);
    }
    const everything = await measure(BUDGETS.find((b) => b.name === 'the whole library')!.code);
    // The core carries no unit data: vn-learning-society/units is an entry point of its own.
    expect(everything.text).not.toContain('Phường Ba Đình');
    expect(everything.text).toContain('learning-community-commune-tt25-2023');
    expect(everything.gzip).toBeGreaterThan((await measure(BUDGETS[0]!.code)).gzip * 1.5);
  }, 60_000);

  it('scoring with a shipped rule set and explaining the result carries neither zod nor decimal.js, and the core no zod (issue 14)', async () => {
    const light = await measure(BUDGETS[1]!.code);
    expect(light.text).not.toContain('_zod');
    expect(light.text).not.toContain('[DecimalError]');
    // The whole core has no zod either (its parsers check documents without it, issue 14); decimal.js reads and prints
    // decimals there. zod comes with vn-learning-society/schemas.
    const everything = await measure(BUDGETS.find((b) => b.name === 'the whole library')!.code);
    expect(everything.text).not.toContain('_zod');
    expect(everything.text).toContain('[DecimalError]');
    const schemas = await measure(BUDGETS.find((b) => b.name === 'schemas: ruleSetSchema')!.code);
    expect(schemas.text).toContain('_zod');
  }, 60_000);
});
