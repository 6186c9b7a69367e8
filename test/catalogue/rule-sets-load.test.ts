import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, getRuleSet, LearningSocietyError, listRuleSets, ruleSetFor, ruleSetIdFor, type ModelRef } from 'vn-learning-society';
import * as api from 'vn-learning-society';
import * as onDemand from 'vn-learning-society/rule-sets';
import { loadRuleSet, loadRuleSetFor } from 'vn-learning-society/rule-sets';
import { RULE_SET_PERIODS } from '../../src/catalogue/rule-sets/periods.js';

/** The error a call throws (sync) or rejects with (async), as plain data: code, message, issues. */
async function errorOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(LearningSocietyError);
    const err = e as LearningSocietyError;
    return { code: err.code, message: err.message, summary: err.summary, issues: err.issues };
  }
  throw new Error('expected an error');
}

describe('the periods that choose a rule set without loading one (issue 23)', () => {
  it('agree with every shipped rule set, in catalogue order', () => {
    const fromRuleSets = listRuleSets().map((r) => ({
      id: r.id,
      model: r.model,
      ...(r.level !== undefined ? { level: r.level } : {}),
      jurisdiction: { code: r.jurisdiction.code },
      validFrom: r.validFrom,
      ...(r.validTo !== undefined ? { validTo: r.validTo } : {}),
    }));
    expect(RULE_SET_PERIODS).toEqual(fromRuleSets);
    expect(BUILT_IN_RULE_SET_IDS).toEqual(fromRuleSets.map((r) => r.id));
  });

  it('vn-learning-society/rule-sets gives ruleSetIdFor too, the core\'s own function', () => {
    expect(Object.keys(onDemand).sort()).toEqual(['loadRuleSet', 'loadRuleSetFor', 'ruleSetIdFor']);
    expect(onDemand.ruleSetIdFor).toBe(ruleSetIdFor);
  });
});

describe('loadRuleSet (vn-learning-society/rule-sets): a shipped rule set on demand (issue 23)', () => {
  it('gives the same rule set as getRuleSet, for every shipped id', async () => {
    for (const id of BUILT_IN_RULE_SET_IDS) expect(await loadRuleSet(id), id).toEqual(getRuleSet(id));
  });

  it('gives the object named for it, built from its own chunk, as a fresh copy the caller may change', async () => {
    const loaded = await loadRuleSet('learning-family-khvn-2021');
    expect(loaded).toEqual(api.learningFamilyKhvn2021);
    // The same legal sources as the register's, resolved in the same places.
    expect(loaded.sources).toEqual(api.learningFamilyKhvn2021.sources);
    expect(loaded.sources?.map((s) => s.id)).toEqual(['khvn-criteria-2021', 'qd-387-ttg', 'qd-677-ttg', 'qd-448-khvn', 'cv-6782-bgddt']);
    expect(loaded).not.toBe(api.learningFamilyKhvn2021);
    expect(Object.isFrozen(loaded)).toBe(false);
    loaded.criteria.length = 0;
    expect((await loadRuleSet('learning-family-khvn-2021')).criteria.length).toBe(api.learningFamilyKhvn2021.criteria.length);
  });

  it('refuses an unknown id with the error getRuleSet gives, in both languages', async () => {
    for (const id of ['learning-family-khvn-2030', '', '__proto__', 'constructor', 'toString']) {
      const expected = await errorOf(() => getRuleSet(id));
      expect(await errorOf(() => loadRuleSet(id)), id).toEqual(expected);
      expect(expected).toMatchObject({ code: 'rule_set_not_found' });
    }
    const e = (await errorOf(() => loadRuleSet('learning-family-khvn-2030'))) as { summary: { vi: string; en: string } };
    expect(e.summary).toEqual({ vi: 'Không có bộ tiêu chí mã "learning-family-khvn-2030"', en: 'No rule set with id "learning-family-khvn-2030"' });
    for (const bad of [undefined, 42, null, {}]) {
      expect(await errorOf(() => loadRuleSet(bad as never))).toEqual(await errorOf(() => getRuleSet(bad as never)));
    }
  });

  it('rejects, and never throws synchronously', () => {
    const p = loadRuleSet('nope');
    expect(p).toBeInstanceOf(Promise);
    return expect(p).rejects.toBeInstanceOf(LearningSocietyError);
  });
});

describe('ruleSetIdFor and loadRuleSetFor: the rule set in force, chosen by its period (issue 23)', () => {
  const models: ModelRef[] = [
    'learning-family',
    'learning-clan',
    'learning-citizen',
    { model: 'learning-community', level: 'hamlet' },
    { model: 'learning-community', level: 'commune' },
    { model: 'learning-community', level: 'district' },
    { model: 'learning-community', level: 'province' },
    { model: 'learning-unit', level: 'grassroots' },
    { model: 'learning-unit', level: 'district' },
    { model: 'learning-unit', level: 'province' },
    'learning-community',
    'learning-unit',
  ];
  // Every period's first and last day, the days around them, and a few ordinary days.
  const days = [
    ...new Set([
      '2014-06-01', '2018-03-01', '2024-11-15', '2025-06-30', '2025-07-01', '2031-01-01',
      ...RULE_SET_PERIODS.flatMap((p) => [p.validFrom, ...(p.validTo ? [p.validTo] : [])]),
    ]),
  ].sort();
  const jurisdictions = [undefined, 'VN', 'VN-49', '86@2025-03-01', 'VN-HN', '01'];

  it('give the answer of ruleSetFor, or its error, for every model, level, day and jurisdiction tried', async () => {
    let answers = 0;
    let errors = 0;
    for (const model of models) {
      for (const day of days) {
        for (const jurisdiction of jurisdictions) {
          const where = `${JSON.stringify(model)} ${day} ${jurisdiction}`;
          let expected: { ruleSet: unknown } | { error: unknown };
          try {
            expected = { ruleSet: ruleSetFor(model, day, jurisdiction) };
          } catch {
            expected = { error: await errorOf(() => ruleSetFor(model, day, jurisdiction)) };
          }
          if ('ruleSet' in expected) {
            answers += 1;
            expect(ruleSetIdFor(model, day, jurisdiction), where).toBe((expected.ruleSet as { id: string }).id);
            expect(await loadRuleSetFor(model, day, jurisdiction), where).toEqual(expected.ruleSet);
          } else {
            errors += 1;
            expect(await errorOf(() => ruleSetIdFor(model, day, jurisdiction)), where).toEqual(expected.error);
            expect(await errorOf(() => loadRuleSetFor(model, day, jurisdiction)), where).toEqual(expected.error);
          }
        }
      }
    }
    // Both kinds were met: rule sets found, days no rule set covers and models that need a level.
    expect(answers).toBeGreaterThan(100);
    expect(errors).toBeGreaterThan(50);
  }, 120_000); // thousands of lookups and loads: about 1 s alone, over 10 s on a machine loaded with other work

  it('refuse what is not a model, a date or a jurisdiction as ruleSetFor does', async () => {
    const cases: [unknown, unknown, unknown][] = [
      ['learning-famly', '2024-01-01', undefined],
      [{ model: 'learning-community', level: 'village' }, '2024-01-01', undefined],
      ['learning-family', '2024-13-01', undefined],
      ['learning-family', 'yesterday', undefined],
      ['learning-family', '2024-01-01', 'VN-999'],
      ['learning-family', '2024-01-01', 42],
    ];
    for (const [model, date, jurisdiction] of cases) {
      const expected = await errorOf(() => ruleSetFor(model as never, date as never, jurisdiction as never));
      expect(await errorOf(() => ruleSetIdFor(model as never, date as never, jurisdiction as never))).toEqual(expected);
      expect(await errorOf(() => loadRuleSetFor(model as never, date as never, jurisdiction as never))).toEqual(expected);
    }
  });

  it('the README example: the learning family criteria in force on 15 November 2024', async () => {
    expect(ruleSetIdFor('learning-family', '2024-11-15')).toBe('learning-family-khvn-2021');
    expect((await loadRuleSetFor('learning-family', new Date(2024, 10, 15))).id).toBe('learning-family-khvn-2021');
  });
});
