import { describe, expect, it } from 'vitest';
import { evaluate, forkRuleSet, LearningSocietyError, safeParseRuleSet, type Assessment } from 'vn-learning-society';
import { levels } from '../fixtures/levels.js';

const at = (share: number, centre: number, plan: boolean): Assessment => ({
  points: { 'centre.level': centre },
  facts: { 'families.share': { part: share, whole: 100 }, 'centre.plan': plan },
});

describe('level-by-level rule sets (class-reached, min-each-indicator)', () => {
  it('reaches the highest level whose rules, and those of every level below, hold', () => {
    expect(evaluate(levels, at(75, 3, true)).classification?.id).toBe('level-3');
    expect(evaluate(levels, at(75, 3, false)).classification?.id).toBe('level-2');
    expect(evaluate(levels, at(65, 2, false)).classification?.id).toBe('level-2');
    expect(evaluate(levels, at(55, 3, true)).classification?.id).toBe('level-1');
    expect(evaluate(levels, at(45, 3, true)).classification).toBeNull();
  });

  it('checks each boundary on both sides', () => {
    expect(evaluate(levels, at(50, 1, false)).classification?.id).toBe('level-1');
    expect(evaluate(levels, at(49, 1, false)).classification).toBeNull();
    expect(evaluate(levels, at(60, 2, false)).classification?.id).toBe('level-2');
    expect(evaluate(levels, at(59, 2, false)).classification?.id).toBe('level-1');
    expect(evaluate(levels, at(70, 3, true)).classification?.id).toBe('level-3');
    expect(evaluate(levels, at(69, 3, true)).classification?.id).toBe('level-2');
  });

  it('ties recognition to level 1 and explains a failure with the lower level’s shortfalls', () => {
    const r = evaluate(levels, at(45, 0, true));
    expect(r.recognized).toBe(false);
    // 30 % of a 1-point maximum, rounded up on the point grid: 1 point.
    expect(r.shortfalls.map((s) => [s.rule, s.target, s.required, s.actual])).toEqual([
      ['l1-each', 'families.share', 1, 0],
      ['l1-each', 'centre.level', 1, 0],
    ]);
    expect(r.shortfalls[1]!.message.en).toBe('Indicator “Activity level” has 0/3 points, below the minimum of 1');
    const level3 = r.classes.find((c) => c.id === 'level-3')!;
    expect(level3.shortfalls.map((s) => s.rule)).toEqual(['l1-each', 'l1-each', 'l2-each', 'l2-each', 'l3-each', 'l3-each']);
  });

  it('refuses a class that requires itself, and a reference to a class that does not exist', () => {
    const loop = structuredClone(levels);
    loop.outcome.classes![2]!.rules.push({ kind: 'class-reached', id: 'l1-needs-l3', class: 'level-3' });
    const r1 = safeParseRuleSet(loop);
    expect(r1.success).toBe(false);
    if (!r1.success) expect(r1.error.issues.map((i) => i.code)).toContain('class_cycle');

    const missing = structuredClone(levels);
    missing.outcome.rules = [{ kind: 'class-reached', id: 'x', class: 'level-9' }];
    const r2 = safeParseRuleSet(missing);
    expect(r2.success).toBe(false);
    if (!r2.success) expect(r2.error.issues).toEqual([expect.objectContaining({ path: ['outcome', 'rules', 0, 'class'], code: 'unknown_class' })]);
  });

  it('refuses an unreachable per-indicator minimum and unknown indicators', () => {
    const bad = structuredClone(levels);
    bad.outcome.classes![0]!.rules[1] = { kind: 'min-each-indicator', id: 'l3-each', points: 4 };
    const r = safeParseRuleSet(bad);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.filter((i) => i.code === 'unreachable')).toHaveLength(3);
    expect(() =>
      forkRuleSet(levels, { outcome: { classes: { 'level-2': { rules: { 'l2-each': { indicators: ['nope'] } } } } } }, {
        id: 'x-fork',
        jurisdiction: { code: 'VN-X', name: { vi: 'X', en: 'X' } },
      }),
    ).toThrowError(LearningSocietyError);
  });

  it('a province can raise one level’s threshold by patching a band', () => {
    const fork = forkRuleSet(levels, { criteria: { families: { indicators: { 'families.share': { bands: [{ atLeastPercent: 50, points: 1 }, { atLeastPercent: 65, points: 2 }, { atLeastPercent: 80, points: 3 }] } } } } }, {
      id: 'levels-fork',
      jurisdiction: { code: 'VN-X', name: { vi: 'X', en: 'X' } },
    });
    expect(evaluate(levels, at(62, 3, true)).classification?.id).toBe('level-2');
    expect(evaluate(fork, at(62, 3, true)).classification?.id).toBe('level-1');
  });
});
