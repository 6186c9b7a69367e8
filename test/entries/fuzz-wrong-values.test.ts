import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, getRuleSet, LearningSocietyError, recognitionRule, Tally } from 'vn-learning-society';
import * as api from 'vn-learning-society';
import * as unitsApi from 'vn-learning-society/units';
import * as chartsApi from 'vn-learning-society/charts';
import * as sheetsApi from 'vn-learning-society/sheets';
import * as casesApi from 'vn-learning-society/cases';
import * as documentsApi from 'vn-learning-society/documents';
import { keepPrototypeClean, RUNS, typedOrResult } from '../helpers/fuzz.js';
import { expectIssueFields } from '../helpers/issues.js';

/**
 * Fuzzing every public function with wrong values from plain JavaScript: every call gives a result that holds its invariants or a LearningSocietyError with a path and a message in
 * both languages; a `safe*` call never throws; Object.prototype stays clean (test/helpers/fuzz.ts). One seed per run
 * (test/setup/fuzz-seed.ts): FUZZ_SEED to replay it, FUZZ_RUNS to search longer.
 */
keepPrototypeClean();

describe('fuzz: wrong values from plain JavaScript', () => {
  // Values a caller without TypeScript may pass: wrong enum values (ids misspelt, in Vietnamese, in another
  // language), wrong types, and empty things. Each public function must return or throw a LearningSocietyError.
  const wrongEnums = ['gia-dinh', 'Gia đình học tập', 'learning-families', 'cấp xã', 'xa', 'VN-XX', 'Tây Ninh', 'vn', 'fr', 'half-round', 'maybe', ''];
  const wrong: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
    ...wrongEnums,
    undefined, null, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 10n, true, Symbol('s'), () => 1,
    {}, [], [null], [{}], Object.create(null), { model: 'x' }, { model: 'learning-community', level: 'x' }, '2025-02-30', new Date(0),
  );
  // ExactDecimal is decimal.js's own constructor (its errors are decimal.js's); classes are called with `new` below.
  const functions = [...Object.entries(api), ...Object.entries(unitsApi).map(([n, f]) => [`units.${n}`, f] as const), ...Object.entries(chartsApi).map(([n, f]) => [`charts.${n}`, f] as const), ...Object.entries(sheetsApi).map(([n, f]) => [`sheets.${n}`, f] as const), ...Object.entries(casesApi).map(([n, f]) => [`cases.${n}`, f] as const), ...Object.entries(documentsApi).map(([n, f]) => [`documents.${n}`, f] as const)].filter(([name, f]) => typeof f === 'function' && name !== 'ExactDecimal' && !/^[A-Z]/.test(name)) as [string, (...args: unknown[]) => unknown][];

  it.each(functions.map(([name]) => name))('%s, given wrong values, returns or throws a LearningSocietyError', async (name) => {
    const f = functions.find(([n]) => n === name)![1];
    await fc.assert(
      fc.asyncProperty(fc.array(wrong, { minLength: 0, maxLength: 3 }), async (args) => {
        try {
          const r = f(...args);
          if (r instanceof Promise) await r;
        } catch (e) {
          if (!(e instanceof LearningSocietyError)) throw new Error(`${name}(${args.map((a) => typeof a).join(', ')}): not a LearningSocietyError: ${String(e)}`, { cause: e });
          e.issues.forEach(expectIssueFields);
        }
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  });

  it('the methods of the objects the library hands out (a tally, a registry, a compiled rule set) do the same', async () => {
    const objects: [string, () => Record<string, unknown>][] = [
      ['Tally', () => {
        const t = new Tally();
        t.add({ province: 'VN-45', commune: '30280', model: 'learning-family', recognized: true });
        return t as unknown as Record<string, unknown>;
      }],
      ['registry', () => api.createRuleSetRegistry([]) as unknown as Record<string, unknown>],
      ['compiled', () => ({ safe: compileRuleSet(getRuleSet('learning-clan-khvn-2015')).safe })],
    ];
    for (const [what, make] of objects) {
      const sample = make();
      const proto = Object.getPrototypeOf(sample) as object;
      const methods = [...new Set([...Object.keys(sample), ...(proto === Object.prototype ? [] : Object.getOwnPropertyNames(proto))])].filter((m) => m !== 'constructor' && typeof sample[m] === 'function');
      expect(methods.length, what).toBeGreaterThan(0);
      for (const m of methods) {
        await fc.assert(
          fc.asyncProperty(fc.array(wrong, { maxLength: 4 }), async (args) => {
            const o = make();
            try {
              const r = (o[m] as (...a: unknown[]) => unknown).apply(o, args);
              if (r instanceof Promise) await r;
            } catch (e) {
              if (!(e instanceof LearningSocietyError)) throw new Error(`${what}.${m}(${args.map((a) => typeof a).join(', ')}): not a LearningSocietyError: ${String(e)}`, { cause: e });
              e.issues.forEach(expectIssueFields);
            }
          }),
          { numRuns: Math.min(RUNS, 60) },
        );
      }
    }
  });

  it('wrong enum values next to valid arguments are refused with a typed error that names the value meant', () => {
    const family = getRuleSet('learning-family-khvn-2015');
    const evaluation = compileRuleSet(family)({ points: {} });
    const calls: [string, () => unknown, RegExp][] = [
      ['ruleSetFor(gia-dinh)', () => api.ruleSetFor('gia-dinh' as never, '2025-01-01'), /learning-family/],
      ['ruleSetFor(Vietnamese name)', () => api.ruleSetFor('Dòng họ học tập' as never, '2025-01-01'), /learning-clan/],
      ['ruleSetFor(level)', () => api.ruleSetFor({ model: 'learning-community', level: 'xa' as never }, '2025-01-01'), /invalid_level|cấp|level/],
      ['ruleSetFor(Tây Ninh)', () => api.ruleSetFor('learning-family', '2025-01-01', 'Tây Ninh'), /VN-37/],
      ['listRuleSets(model)', () => api.listRuleSets({ model: 'family' as never }), /learning-family/],
      ['listRuleSets(Tây Ninh)', () => api.listRuleSets({ jurisdiction: 'Tây Ninh' }), /VN-37/],
      ['recognitionRule(model)', () => recognitionRule('community' as never, 'commune', '2025-01-01'), /learning-community/],
      ['targetsFor(VN-XX)', () => api.targetsFor('VN-XX', 2025), /VN-/],
      ['targetsFor(Tây Ninh)', () => api.targetsFor('Tây Ninh', 2025), /VN-37/],
      ['roundDecimal(rounding)', () => api.roundDecimal(1, 1, 'half-round' as never), /half-up/],
      ['explainEvaluation(lang)', () => api.explainEvaluation(evaluation, { lang: 'fr' as never }), /vi|en/],
      ['compileRuleSet(missing)', () => compileRuleSet(family, { missing: 'maybe' as never }), /zero|error/],
    ];
    for (const [what, call, meant] of calls) {
      const r = typedOrResult(call);
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(r.error.describe('en'), what).toMatch(meant);
    }
  });
});
