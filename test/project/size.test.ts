import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, measure } from '../../scripts/size.mjs';

// Bundles the built ESM package (dist/, built by `npm test` before vitest) as an application's bundler would.
const built = existsSync(new URL('../../dist/index.js', import.meta.url));

describe.skipIf(!built)('bundle size (ESM build, minified, gzip)', () => {
  it('each entry point is within its stated budget', async () => {
    for (const b of BUDGETS) {
      const size = await measure(b.code, b);
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

  it('the README states the figures a user gets, as measured (issue 23)', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const stated = BUDGETS.filter((b) => b.readme);
    expect(stated.length).toBeGreaterThanOrEqual(5);
    for (const b of stated) {
      // The figure rounded either way: 119.5 KB may be stated as 119 or 120 KB, not as 18 for 22.
      const kb = (await measure(b.code, b)).gzip / 1024;
      const either = [Math.floor(kb), Math.ceil(kb)].map((n) => `${n} KB`);
      expect(either.some((text) => readme.includes(text)), `${b.name}: ${kb.toFixed(1)} KB`).toBe(true);
    }
  }, 60_000);

  it('loadRuleSetFor: the page loads the periods and no rule set, then fetches the one chosen in a chunk of its own (issue 23)', async () => {
    const onDemand = BUDGETS.find((b) => b.load)!;
    const size = await measure(onDemand.code, onDemand);
    // A chunk for each shipped rule set, beside the entry and the chunks they share.
    expect(size.chunks).toBeGreaterThanOrEqual(19);
    // At start: every rule set's id (the periods), but no rule set's criteria.
    expect(size.texts!.initial).toContain('learning-community-commune-tt25-2023');
    for (const indicator of ['children.results', 'adults.reading', 'leadership.awareness', 'resources.budget']) expect(size.texts!.initial).not.toContain(indicator);
    // Then the family criteria of 2021–2030 and their 2015 base, and no other rule set.
    expect(size.texts!.loaded).toContain('children.results');
    expect(size.texts!.loaded).toContain('learning-family-khvn-2015');
    expect(size.texts!.loaded).not.toContain('leadership.awareness');
    expect(size.initial!.gzip).toBeLessThan(size.gzip);
    // Less than half the ten lines that bundle every rule set.
    const sync = await measure(BUDGETS.find((b) => b.name.startsWith("README's ten lines:"))!.code);
    expect(size.gzip).toBeLessThan(sync.gzip * 0.7);
  }, 60_000);

  it('vn-learning-society/units/2025 carries the 2025 list alone: no commune of the list before, no merge table (issue 23)', async () => {
    const only2025 = await measure(BUDGETS.find((b) => b.name === 'units/2025: the whole entry point')!.code);
    const both = await measure(BUDGETS.find((b) => b.name === 'units: unitByCode')!.code);
    // 00013 (Phường Quán Thánh) is on the list before the reform only; 00004 (Phường Ba Đình) on the 2025 list.
    expect(both.text).toContain('"00013"');
    expect(only2025.text).not.toContain('"00013"');
    expect(only2025.text).toContain('"00004"');
    expect(only2025.text).not.toContain('islandDistricts');
    expect(only2025.gzip).toBeLessThan(both.gzip / 3);
  }, 60_000);
});
