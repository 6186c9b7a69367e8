import { describe, expect, it } from 'vitest';
import {
  compileRuleSet,
  evaluate,
  getRuleSet,
  indicatorsOf,
  LearningSocietyError,
  ruleSetFor,
  ruleSetMaxPoints,
  type Assessment,
} from 'vn-learning-society';

const ids = (id: string) => indicatorsOf(getRuleSet(id));

/** Every yes/no indicator met and every judged level at `level`; shares given as `percent` of 100. */
function allAt(id: string, level: 1 | 2, percent: number): Assessment {
  const points: Record<string, number> = {};
  const facts: Record<string, boolean | { part: number; whole: number }> = {};
  for (const i of ids(id)) {
    if (i.kind === 'judged') points[i.id] = Math.min(level, i.maxPoints);
    else if (i.kind === 'boolean') facts[i.id] = true;
    else if (i.kind === 'ratio') facts[i.id] = { part: percent, whole: 100 };
  }
  return { points, facts };
}

describe('Thông tư 25/2023/TT-BGDĐT: learning communities of commune, district, province', () => {
  const commune = getRuleSet('learning-community-commune-tt25-2023');

  it('is dated 27/12/2023 and in force from 12/02/2024 (tuyengiao.vn, tapchivietduc.vn on TT 25/2023)', () => {
    expect(commune.sources[0]!.document).toMatchObject({ number: '25/2023/TT-BGDĐT', date: '2023-12-27' });
    expect(commune.validFrom).toBe('2024-02-12');
  });

  it('has 5 criteria and 15 targets at commune level (TT 25/2023: "5 tiêu chí, với 15 chỉ tiêu")', () => {
    expect(commune.criteria).toHaveLength(5);
    expect(ids(commune.id)).toHaveLength(15);
    // Criteria 1 and 2 have three targets each (TT 25/2023, commune level 1, as summarised by lawnet.vn).
    expect(commune.criteria.slice(0, 2).map((c) => c.indicators.length)).toEqual([3, 3]);
    expect(commune.criteria.slice(0, 2).every((c) => c.indicators.every((i) => !i.uncertain))).toBe(true);
  });

  it('recognises at two levels, 1 (Khá) and 2 (Tốt), level 2 raising only criteria 4 and 5 (TT 25/2023)', () => {
    expect(commune.outcome.classes!.map((c) => c.label.vi)).toEqual(['Mức độ 2 (Tốt)', 'Mức độ 1 (Khá)']);
    const raised = commune.outcome.classes![0]!.rules.find((r) => r.kind === 'min-each-indicator');
    const raisedCriteria = new Set((raised as { indicators: string[] }).indicators.map((i) => i.split('.')[0]));
    expect([...raisedCriteria]).toEqual(['literacy', 'effects']);
  });

  it('places a commune on each side of each level boundary (percentages uncertain: 50 % and 70 %)', () => {
    const level = (percent: number, judged: 1 | 2) => evaluate(commune, allAt(commune.id, judged, percent)).classification?.id ?? null;
    expect(level(49, 2)).toBeNull();
    expect(level(50, 2)).toBe('level-1');
    expect(level(69, 2)).toBe('level-1');
    expect(level(70, 2)).toBe('level-2');
    expect(level(70, 1)).toBe('level-1');
  });

  it('is not recognised when one target is not met, and says which', () => {
    const a = allAt(commune.id, 2, 80);
    const r = evaluate(commune, { ...a, facts: { ...a.facts, 'resources.budget': false } });
    expect(r.recognized).toBe(false);
    expect(r.shortfalls.map((s) => s.target)).toEqual(['resources.budget']);
    expect(r.shortfalls[0]!.source.citation.vi).toContain('Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023');
  });

  it('has four resource targets at district and province level (TT 25/2023, as summarised by lawnet.vn)', () => {
    for (const id of ['learning-community-district-tt25-2023', 'learning-community-province-tt25-2023']) {
      const rs = getRuleSet(id);
      expect(rs.criteria.find((c) => c.id === 'resources')!.indicators).toHaveLength(4);
    }
  });
});

describe('Thông tư 24/2023/TT-BGDĐT: learning units of district and province', () => {
  it('is dated 11/12/2023 (seed 003, Hải Phòng plan; lawnet.vn)', () => {
    expect(getRuleSet('learning-unit-district-tt24-2023').sources[0]!.document).toMatchObject({ number: '24/2023/TT-BGDĐT', date: '2023-12-11' });
  });

  it('has five conditions (criterion 1) and 90 % targets for members (criteria 2 and 3) (TT 24/2023, Article 6)', () => {
    const rs = getRuleSet('learning-unit-district-tt24-2023');
    expect(rs.criteria.map((c) => c.id)).toEqual(['conditions', 'results', 'effects']);
    expect(rs.criteria[0]!.indicators).toHaveLength(5);
    for (const ind of rs.criteria.slice(1).flatMap((c) => c.indicators)) {
      expect(ind.kind === 'ratio' && ind.bands[0]).toEqual({ atLeastPercent: 90, points: 1 });
    }
  });

  it('recognises at level 1 from exactly 90 % of members as learning citizens, not below (TT 24/2023)', () => {
    const rs = getRuleSet('learning-unit-district-tt24-2023');
    const at = (citizens: number) => {
      const a = allAt(rs.id, 1, 95);
      return evaluate(rs, { ...a, facts: { ...a.facts, 'effects.learning-citizens': { part: citizens, whole: 40 } } });
    };
    expect(at(36).classification?.id).toBe('level-1'); // 36/40 = 90 %
    expect(at(35).recognized).toBe(false); // 87.5 %
    expect(at(38).classification?.id).toBe('level-2'); // 95 %, level-2 band marked uncertain
  });
});

describe('Thông tư 44/2014/TT-BGDĐT: commune learning communities scored out of 100', () => {
  const rs = getRuleSet('learning-community-commune-tt44-2014');

  it('is 15 criteria, 100 points, in half points, classified Tốt / Khá / Trung bình (reference README on TT 44/2014)', () => {
    expect(rs.sources[0]!.document).toMatchObject({ number: '44/2014/TT-BGDĐT', date: '2014-12-12' });
    expect(rs.criteria).toHaveLength(15);
    expect(rs.maxTotal).toBe(100);
    expect(rs.pointDenominator).toBe(2);
    expect(rs.outcome.classes!.map((c) => c.label.vi)).toEqual(['Tốt', 'Khá', 'Trung bình']);
    expect(rs.outcome.classes!.every((c) => c.uncertain)).toBe(true);
    expect(rs.notes?.find((n) => n.about === 'good-total')?.text.en).toContain('85 or 90');
  });

  it('classifies on each side of each threshold, in half points', () => {
    const score = compileRuleSet(rs);
    const total = (t: number): Assessment => {
      // Spread t points over the criteria in order, in half points.
      const points: Record<string, number> = {};
      let left = t;
      for (const i of indicatorsOf(rs)) {
        const p = Math.min(i.maxPoints, left);
        points[i.id] = p;
        left -= p;
      }
      return { points };
    };
    const cls = (t: number) => score(total(t)).classification?.id ?? null;
    expect([cls(85), cls(84.5), cls(70), cls(69.5), cls(50), cls(49.5)]).toEqual(['good', 'fair', 'fair', 'average', 'average', null]);
    expect(score(total(49.5)).recognized).toBe(false);
    expect(score(total(50)).recognized).toBe(true);
    expect(() => score({ points: { 'leadership.score': 6.25 } })).toThrowError(LearningSocietyError);
  });
});

describe('learning citizen (QĐ 324/QĐ-KHVN under QĐ 677/QĐ-TTg of 03/6/2022)', () => {
  it('is a 100-point sheet of 3 criteria and 10 indicators (4/4/2), recognised at 80 with no indicator under 5 (QĐ 324/QĐ-KHVN as reported by baothaibinh.com.vn 199546 and baohaiduong.vn 189900)', () => {
    const rs = getRuleSet('learning-citizen-khvn-2022');
    expect(rs.criteria.map((c) => c.indicators.length)).toEqual([4, 4, 2]);
    expect(ruleSetMaxPoints(rs)).toBe(100);
    const ids = rs.criteria.flatMap((c) => c.indicators.map((i) => i.id));
    const all = (p: number) => Object.fromEntries(ids.map((id) => [id, p]));
    // 80 of 100 with every indicator at 8: recognised; 79 (one indicator at 7): not.
    expect(evaluate(rs, { points: all(8) }).recognized).toBe(true);
    const under = evaluate(rs, { points: { ...all(8), [ids[0]!]: 7 } });
    expect([under.total, under.recognized, under.shortfalls.map((s) => s.rule)]).toEqual([79, false, ['min-total']]);
    // 91 points but one indicator at 4: not recognised, by the floor of 5 alone.
    const floor = evaluate(rs, { points: { ...all(10), [ids[9]!]: 1 } });
    expect([floor.total, floor.recognized, floor.shortfalls.map((s) => s.rule)]).toEqual([91, false, ['min-each-indicator']]);
    // The thresholds are confirmed (secondary source); the 10-point maximum of each indicator is not.
    expect(floor.provisional).toBe(true);
    expect(floor.unconfirmed.every((u) => u.path.endsWith('.maxPoints'))).toBe(true);
  });
});

describe('the rule set in force on any day, 2014–2030', () => {
  const commune = { model: 'learning-community', level: 'commune' } as const;

  it('picks TT 44/2014 before TT 25/2023 took effect, and TT 25/2023 from 12/02/2024', () => {
    expect(ruleSetFor(commune, '2015-01-26').id).toBe('learning-community-commune-tt44-2014');
    expect(ruleSetFor(commune, '2024-02-11').id).toBe('learning-community-commune-tt44-2014');
    expect(ruleSetFor(commune, '2024-02-12').id).toBe('learning-community-commune-tt25-2023');
    expect(ruleSetFor(commune, '2030-12-31').id).toBe('learning-community-commune-tt25-2023');
  });

  it('refuses a day before any commune rule set, and the district level after 30/6/2025', () => {
    expect(() => ruleSetFor(commune, '2014-12-31')).toThrowError(/No “Learning community \(commune\)” rule set is in force on 2014-12-31/);
    expect(ruleSetFor({ model: 'learning-community', level: 'district' }, '2025-06-30').id).toBe('learning-community-district-tt25-2023');
    expect(() => ruleSetFor({ model: 'learning-community', level: 'district' }, '2025-07-01')).toThrowError(LearningSocietyError);
    expect(() => ruleSetFor({ model: 'learning-unit', level: 'district' }, '2025-07-01')).toThrowError(LearningSocietyError);
    expect(ruleSetFor({ model: 'learning-unit', level: 'province' }, '2025-07-01').id).toBe('learning-unit-province-tt24-2023');
  });

  it('asks for the level when a model has several in force', () => {
    try {
      ruleSetFor('learning-community', '2024-06-01');
      throw new Error('expected an error');
    } catch (e) {
      expect((e as LearningSocietyError).code).toBe('ambiguous_rule_set');
    }
  });
});
