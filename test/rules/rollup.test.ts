import { describe, expect, it } from 'vitest';
import {
  compileRuleSet,
  evaluateWithRollup,
  getRuleSet,
  indicatorsOf,
  LearningSocietyError,
  rollupFacts,
  safeEvaluateWithRollup,
  type Assessment,
  type Evaluation,
  type RollupInput,
} from 'vn-learning-society';
import { generateAssessments } from '../../bench/generate.js';

const communeRules = getRuleSet('learning-community-commune-tt25-2023');

/** The commune's own targets (criteria 1–4) all met at level 2. */
const communeOwn: Assessment = (() => {
  const points: Record<string, number> = {};
  const facts: Record<string, boolean> = {};
  for (const i of indicatorsOf(communeRules)) {
    if (i.kind === 'judged') points[i.id] = 2;
    if (i.kind === 'boolean') facts[i.id] = true;
  }
  return { points, facts };
})();

/** Generated grass-roots results of one commune: families, clans, hamlets and units, scored with the 2021–2030 sheets. */
function grassroots(seed: number) {
  const evaluate = (id: string, n: number) => {
    const rs = getRuleSet(id);
    const score = compileRuleSet(rs);
    return generateAssessments(rs, n, seed).map((a) => score(a));
  };
  return [
    ...evaluate('learning-family-khvn-2021', 400),
    ...evaluate('learning-clan-khvn-2021', 12),
    ...evaluate('learning-community-hamlet-khvn-2021', 9),
    ...evaluate('learning-unit-grassroots-khvn-2021', 6),
  ];
}

const count = (results: readonly Evaluation[], model: string, level?: string) =>
  results.filter((r) => r.model === model && (level === undefined || r.level === level) && r.recognized).length;

describe('a commune evaluated from its grass-roots results (TT 25/2023, criterion 5 rolled up)', () => {
  const below = grassroots(7);
  const populations = [
    { model: 'learning-family', count: 400 },
    { model: 'learning-clan', count: 12 },
    { model: 'learning-community', level: 'hamlet', count: 9 },
    { model: 'learning-unit', level: 'grassroots', count: 6 },
  ] as const;

  it('goes from the results below to the commune’s level in one call, tracing each rolled-up fact', () => {
    const r = evaluateWithRollup(communeRules, { assessment: communeOwn, below, populations });
    expect(r.rolledUp).toEqual([
      { indicator: 'effects.learning-families', model: 'learning-family', recognized: count(below, 'learning-family'), evaluated: 400, whole: 400, of: 'population' },
      { indicator: 'effects.learning-clans', model: 'learning-clan', recognized: count(below, 'learning-clan'), evaluated: 12, whole: 12, of: 'population' },
      { indicator: 'effects.learning-hamlets', model: 'learning-community', level: 'hamlet', recognized: count(below, 'learning-community', 'hamlet'), evaluated: 9, whole: 9, of: 'population' },
      { indicator: 'effects.learning-units', model: 'learning-unit', level: 'grassroots', recognized: count(below, 'learning-unit', 'grassroots'), evaluated: 6, whole: 6, of: 'population' },
    ]);
    const families = r.criteria.find((c) => c.id === 'effects')!.indicators[0]!;
    expect(families.input).toEqual({ part: count(below, 'learning-family'), whole: 400 });
    // The level follows from the shares: the lowest share decides (bands 50 % and 70 %, uncertain).
    const shares = r.rolledUp.map((t) => (t.recognized * 100) / t.whole!);
    const expected = shares.every((s) => s >= 70) ? 'level-2' : shares.every((s) => s >= 50) ? 'level-1' : null;
    expect(r.classification?.id ?? null).toBe(expected);
    // With this seed: 201/400 families (50.25 %) is the lowest share, so the commune is at level 1.
    expect(r.rolledUp[0]!.recognized).toBe(201);
    expect(r.classification?.id).toBe('level-1');
    expect(r.recognized).toBe(true);
  });

  it('gives the same result from counts as from the individual results', () => {
    const counted = (['learning-family', 'learning-clan'] as const).map((model) => ({
      model,
      evaluated: below.filter((b) => b.model === model).length,
      recognized: count(below, model),
    }));
    const rest = below.filter((b) => b.model !== 'learning-family' && b.model !== 'learning-clan');
    const a = evaluateWithRollup(communeRules, { assessment: communeOwn, below, populations });
    const b = evaluateWithRollup(compileRuleSet(communeRules), { assessment: communeOwn, below: [...counted, ...rest], populations });
    expect(b.total).toBe(a.total);
    expect(b.classification).toEqual(a.classification);
    expect(b.rolledUp).toEqual(a.rolledUp);
  });

  it('rolls communes up into a district the same way', () => {
    const district = getRuleSet('learning-community-district-tt25-2023');
    const communes: Evaluation[] = [3, 4, 5, 6].map((seed) =>
      evaluateWithRollup(communeRules, { assessment: communeOwn, below: grassroots(seed), populations }),
    );
    const r = evaluateWithRollup(district, { below: communes, populations: [{ model: 'learning-community', level: 'commune', count: 5 }] });
    const t = r.rolledUp.find((x) => x.indicator === 'effects.learning-communes')!;
    expect(t).toMatchObject({ evaluated: 4, whole: 5, recognized: communes.filter((c) => c.recognized).length });
    // Nothing about district units was given: that fact stays missing, not invented.
    expect(r.missing).toContain('effects.learning-units');
  });
});

describe('roll-up input errors', () => {
  const family = { model: 'learning-family', recognized: true } as const;

  it('needs the population when results of that model are given', () => {
    const r = safeEvaluateWithRollup(communeRules, { below: [family] });
    expect(r).toMatchObject({ success: false, error: { code: 'invalid_input', issues: [{ path: ['populations'], code: 'missing_population', rule: 'effects.learning-families' }] } });
  });

  it('refuses a population smaller than the number recognised', () => {
    const r = safeEvaluateWithRollup(communeRules, { below: [family, family], populations: [{ model: 'learning-family', count: 1 }] });
    expect(r).toMatchObject({ success: false, error: { issues: [{ code: 'part_above_whole' }] } });
    if (!r.success) expect(r.error.issues[0]!.message.vi).toBe('2 kết quả được công nhận nhưng địa bàn chỉ có 1 “Gia đình học tập”');
  });

  it('refuses malformed results, naming each', () => {
    const input = {
      below: [
        { model: 'learning-cat', recognized: true },
        { model: 'learning-family', recognized: 'yes' },
        { model: 'learning-family', evaluated: 3, recognized: 4 },
        { model: 'learning-family', level: 'street', evaluated: -1, recognized: 0 },
        null,
      ],
      populations: [{ model: 'learning-family', count: 2.5 }],
    } as unknown as RollupInput;
    try {
      rollupFacts(communeRules, input);
      throw new Error('expected an error');
    } catch (e) {
      expect((e as LearningSocietyError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['below.0.model', 'invalid_model'],
        ['below.1.recognized', 'invalid_type'],
        ['below.2.recognized', 'part_above_whole'],
        ['below.3.level', 'invalid_level'],
        ['below.3', 'invalid_count'],
        ['below.4', 'invalid_type'],
        ['populations.0.count', 'invalid_count'],
      ]);
    }
  });

  it('refuses an assessment that gives a fact the rule set rolls up', () => {
    const r = safeEvaluateWithRollup(communeRules, {
      assessment: { facts: { 'effects.learning-families': { part: 9, whole: 10 } } },
      below: [family],
      populations: [{ model: 'learning-family', count: 10 }],
    });
    expect(r).toMatchObject({ success: false, error: { code: 'invalid_assessment', issues: [{ path: ['facts', 'effects.learning-families'], code: 'rolled_up' }] } });
  });

  it('refuses "of" on a count indicator in a rule set', () => {
    const rs = structuredClone(getRuleSet('learning-community-hamlet-khvn-2021'));
    const sessions = rs.criteria[1]!.indicators[1]!;
    if (sessions.kind !== 'count') throw new Error('fixture changed');
    sessions.rollup = { model: 'learning-family', of: 'population' };
    expect(() => compileRuleSet(rs)).toThrowError(/"of" applies to ratio indicators only/);
  });
});
