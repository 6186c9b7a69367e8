import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, createRuleSetRegistry, forkRuleSet, getRuleSet, indicatorsOf, learningFamilyKhvn2015, learningUnitProvinceTt24, LearningSocietyError, listRuleSets, ruleSetFor, ruleSetMaxPoints, type RuleSet } from 'vn-learning-society';
import { ruleSetJsonSchema, ruleSetSchema } from 'vn-learning-society/schemas';

const ids2015 = [
  'learning-family-khvn-2015',
  'learning-clan-khvn-2015',
  'learning-community-hamlet-khvn-2015',
  'learning-unit-grassroots-khvn-2015',
];
const ids2021 = ids2015.map((id) => id.replace('2015', '2021'));

function minTotalOf(rs: RuleSet): number {
  const rule = rs.outcome.rules.find((r) => r.kind === 'min-total');
  if (!rule || rule.kind !== 'min-total') throw new Error('no min-total rule');
  return rule.points;
}

describe('shipped rule sets', () => {
  it('include the four grass-roots models for 2016–2020 and 2021–2030', () => {
    expect(BUILT_IN_RULE_SET_IDS).toEqual(expect.arrayContaining([...ids2015, ...ids2021]));
    const models = [
      ['learning-family', undefined],
      ['learning-clan', undefined],
      ['learning-community', 'hamlet'],
      ['learning-unit', 'grassroots'],
    ];
    const grassroots = listRuleSets().filter((r) => [...ids2015, ...ids2021].includes(r.id));
    expect(grassroots.map((r) => [r.model, r.level])).toEqual([...models, ...models]);
  });

  it.each(BUILT_IN_RULE_SET_IDS)('%s is valid against the zod schema and the JSON Schema', (id) => {
    const rs = getRuleSet(id);
    expect(ruleSetSchema.safeParse(rs).success).toBe(true);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(ruleSetJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(rs))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([...ids2015, ...ids2021])('%s cites at least one dated or uncertain source and a 100-point sheet', (id) => {
    const rs = getRuleSet(id);
    // QĐ 448/QĐ-KHVN scores each grass-roots sheet out of 100 points (reference README: "scored out of 100 points").
    expect(rs.maxTotal).toBe(100);
    expect(ruleSetMaxPoints(rs)).toBe(100);
    expect(rs.sources.some((s) => s.document.date !== undefined || s.uncertain)).toBe(true);
    expect(rs.outcome.rules.length).toBeGreaterThan(0);
  });

  describe('Gia đình học tập, QĐ 448/QĐ-KHVN (01/12/2015), Mục A', () => {
    const rs = getRuleSet('learning-family-khvn-2015');

    it('is dated by QĐ 448/QĐ-KHVN of 01/12/2015 and covers 2016–2020, and (assumed) the assessments of 2021', () => {
      // Date: MOET letter 6782/BGDĐT-GDTX of 29/12/2015 and the criteria copy (violet.vn) both give 01/12/2015.
      expect(rs.sources[0]).toMatchObject({ document: { number: '448/QĐ-KHVN', date: '2015-12-01' }, article: 'Mục A' });
      // The successor follows QĐ 387/QĐ-TTg of 25/3/2022 (legal-fidelity.md §2): 2021 stays with QĐ 448, said in a note.
      expect([rs.validFrom, rs.validTo]).toEqual(['2015-12-01', '2021-12-31']);
      expect(rs.notes?.some((n) => n.uncertain && n.text.en.includes('2021'))).toBe(true);
    });

    it('has the four criteria of the sheet: children, adults, conditions, effect (QĐ 448, Mục A)', () => {
      expect(rs.criteria.map((c) => c.id)).toEqual(['children', 'adults', 'conditions', 'effects']);
      expect(rs.criteria.map((c) => c.label.vi)).toEqual([
        'Học tập của trẻ em trong gia đình',
        'Học tập của người lớn trong gia đình',
        'Điều kiện học tập của gia đình',
        'Tác động, hiệu quả học tập của các thành viên trong gia đình',
      ]);
    });

    it('scores criterion 1, children’s learning, at 30 points in three items of 10 (QĐ 448, Mục A, tiêu chí 1)', () => {
      const children = indicatorsOf(rs).filter((i) => i.criterion === 'children');
      expect(children.map((i) => i.maxPoints)).toEqual([10, 10, 10]);
      expect(rs.criteria[0]!.maxPoints).toBe(30);
      expect(children.every((i) => !i.uncertain)).toBe(true);
    });

    it('marks every value not confirmed from QĐ 448 as uncertain: criteria 2–4 and the 80-point threshold', () => {
      expect(rs.criteria.slice(1).every((c) => c.uncertain === true)).toBe(true);
      expect(rs.outcome.rules).toEqual([expect.objectContaining({ id: 'min-total', points: 80, uncertain: true })]);
      expect(rs.notes?.some((n) => n.about === 'min-total' && n.uncertain)).toBe(true);
    });
  });

  it.each(ids2015.slice(1))('%s (QĐ 448/QĐ-KHVN) flags its unconfirmed structure and threshold as uncertain', (id) => {
    const rs = getRuleSet(id);
    expect(rs.sources[0]!.document.number).toBe('448/QĐ-KHVN');
    expect(rs.criteria.every((c) => c.uncertain === true)).toBe(true);
    expect(indicatorsOf(rs).every((i) => i.uncertain)).toBe(true);
    expect(minTotalOf(rs)).toBe(80);
    expect(rs.outcome.rules.every((r) => r.uncertain === true)).toBe(true);
  });

  describe('2021–2030 successors (Hội Khuyến học Việt Nam, under QĐ 387/QĐ-TTg of 25/3/2022)', () => {
    it.each(ids2021)('%s covers 2022–2030 (issued after QĐ 387/QĐ-TTg of 25/3/2022), cites it and records that it is carried over from QĐ 448', (id) => {
      const rs = getRuleSet(id);
      expect([rs.validFrom, rs.validTo]).toEqual(['2022-01-01', '2030-12-31']);
      expect(rs.sources[0]).toMatchObject({ id: 'khvn-criteria-2021', uncertain: true });
      expect(rs.sources.find((s) => s.id === 'qd-387-ttg')?.document).toMatchObject({ number: '387/QĐ-TTg', date: '2022-03-25' });
      expect(rs.derivedFrom?.id).toBe(id.replace('2021', '2015'));
      expect(rs.notes?.every((n) => n.uncertain)).toBe(true);
    });

    it('asks that adults of a learning family become learning citizens (QĐ 677/QĐ-TTg)', () => {
      const rs = getRuleSet('learning-family-khvn-2021');
      const ind = indicatorsOf(rs).find((i) => i.id === 'adults.learning-citizens');
      expect(ind).toMatchObject({ kind: 'ratio', maxPoints: 10, uncertain: true });
      expect(indicatorsOf(rs).some((i) => i.id === 'adults.participation')).toBe(false);
    });

    it('rewards 60% of a unit’s staff as learning citizens, the 2025 target of QĐ 387/QĐ-TTg', () => {
      const rs = getRuleSet('learning-unit-grassroots-khvn-2021');
      const staff = rs.criteria.find((c) => c.id === 'staff')!;
      const ind = staff.indicators.find((i) => i.id === 'staff.learning-citizens')!;
      expect(ind.kind === 'ratio' && ind.bands).toEqual([{ atLeastPercent: 60, points: 10 }]);
    });
  });
});

describe('finding rule sets', () => {
  it('getRuleSet returns a fresh copy each time', () => {
    const a = getRuleSet('learning-clan-khvn-2015');
    a.criteria.pop();
    expect(getRuleSet('learning-clan-khvn-2015').criteria).toHaveLength(3);
  });

  it('getRuleSet names the ids there are when one is unknown', () => {
    expect(() => getRuleSet('nope')).toThrowError(/learning-family-khvn-2015/);
    try {
      getRuleSet('nope');
    } catch (e) {
      expect((e as LearningSocietyError).code).toBe('rule_set_not_found');
    }
  });

  it('listRuleSets filters by model, level, jurisdiction and day in force', () => {
    expect(listRuleSets({ model: 'learning-family' }).map((r) => r.id)).toEqual(['learning-family-khvn-2015', 'learning-family-khvn-2021']);
    expect(listRuleSets({ level: 'hamlet' }).map((r) => r.id)).toEqual(['learning-community-hamlet-khvn-2015', 'learning-community-hamlet-khvn-2021']);
    expect(listRuleSets({ at: '2018-03-01' }).map((r) => r.id)).toEqual([...ids2015, 'learning-community-commune-tt44-2014', 'learning-unit-province-vinh-long-2016']);
    expect(listRuleSets({ at: new Date(2026, 10, 22) }).map((r) => r.id)).toEqual([
      'learning-community-commune-tt25-2023',
      'learning-community-province-tt25-2023',
      'learning-unit-province-tt24-2023',
      'learning-unit-commune-tt24-2025', // TT 24/2023's district sheet at commune level, a reading (legal-2025.md)
      'learning-citizen-khvn-2022',
      ...ids2021,
    ]);
    expect(listRuleSets({ jurisdiction: 'VN-45' })).toEqual([]);
    // Vĩnh Long's provincial learning units from 2016 (Báo Vĩnh Long, 6/2017: 3 criteria, passed at 80 points).
    expect(listRuleSets({ jurisdiction: 'VN-49' }).map((r) => r.id)).toEqual(['learning-unit-province-vinh-long-2016']);
  });

  it('ruleSetFor picks the rule set in force on each side of every boundary', () => {
    const pick = (date: string) => ruleSetFor('learning-family', date).id;
    expect(pick('2015-12-01')).toBe('learning-family-khvn-2015');
    expect(pick('2021-12-31')).toBe('learning-family-khvn-2015');
    expect(pick('2022-01-01')).toBe('learning-family-khvn-2021');
    expect(pick('2030-12-31')).toBe('learning-family-khvn-2021');
    expect(ruleSetFor({ model: 'learning-community', level: 'hamlet' }, new Date(2019, 5, 1)).id).toBe('learning-community-hamlet-khvn-2015');
    expect(ruleSetFor({ model: 'learning-unit', level: 'grassroots' }, '2025-07-01').id).toBe('learning-unit-grassroots-khvn-2021');
  });

  it('ruleSetFor refuses a day no rule set covers, listing the periods there are', () => {
    for (const day of ['2015-11-30', '2031-01-01']) {
      try {
        ruleSetFor('learning-family', day);
        throw new Error('expected an error');
      } catch (e) {
        const err = e as LearningSocietyError;
        expect(err.code).toBe('rule_set_not_found');
        expect(err.summary.vi).toContain(day);
        expect(err.issues[0]!.message.en).toContain('learning-family-khvn-2015 (VN): 2015-12-01 → 2021-12-31');
      }
    }
    expect(() => ruleSetFor('learning-citizen', '2021-01-01')).toThrowError(/learning-citizen-khvn-2022 \(VN\): 2022-06-03 → 2030-12-31/);
  });

  it('ruleSetFor refuses an invalid date', () => {
    expect(() => ruleSetFor('learning-family', '2024-02-30')).toThrowError(/not a valid date/);
    expect(() => ruleSetFor('learning-family', new Date(Number.NaN))).toThrowError(LearningSocietyError);
  });

  it('a registry prefers a province’s fork and falls back to the national rule set', () => {
    const fork = forkRuleSet(getRuleSet('learning-family-khvn-2021'), {}, {
      id: 'learning-family-dong-thap-2021',
      jurisdiction: { code: 'VN-45', name: { vi: 'Tỉnh Đồng Tháp', en: 'Dong Thap province' } },
    });
    const registry = createRuleSetRegistry([fork]);
    expect(registry.forDate('learning-family', '2024-06-01', 'VN-45').id).toBe('learning-family-dong-thap-2021');
    expect(registry.forDate('learning-family', '2024-06-01', 'VN-HN').id).toBe('learning-family-khvn-2021');
    expect(registry.forDate('learning-family', '2024-06-01').id).toBe('learning-family-khvn-2021');
    expect(registry.list({ jurisdiction: 'VN-45' }).map((r) => r.id)).toEqual(['learning-family-dong-thap-2021']);
    expect(registry.get('learning-family-dong-thap-2021').derivedFrom?.id).toBe('learning-family-khvn-2021');
    expect(() => createRuleSetRegistry([fork, fork])).toThrowError(/already taken/);
  });

  it('a registry reports two rule sets in force for the same model and day as ambiguous', () => {
    const twin = forkRuleSet(getRuleSet('learning-clan-khvn-2021'), {}, { id: 'learning-clan-twin', jurisdiction: { code: 'VN', name: { vi: 'Toàn quốc', en: 'Vietnam' } } });
    const registry = createRuleSetRegistry([twin]);
    try {
      registry.forDate('learning-clan', '2024-01-01');
      throw new Error('expected an error');
    } catch (e) {
      expect((e as LearningSocietyError).code).toBe('ambiguous_rule_set');
      expect((e as LearningSocietyError).issues.map((i) => i.message.en)).toEqual([
        'learning-clan-khvn-2021 (level —)',
        'learning-clan-twin (level —)',
      ]);
    }
  });
});

describe('the shipped rule sets as named exports', () => {
  it('are the registry’s data, frozen, while getRuleSet hands out copies that may be changed', () => {
    expect(getRuleSet('learning-family-khvn-2015')).toEqual(learningFamilyKhvn2015);
    expect(getRuleSet(learningUnitProvinceTt24.id)).toEqual(learningUnitProvinceTt24);
    expect(Object.isFrozen(learningFamilyKhvn2015)).toBe(true);
    expect(Object.isFrozen(learningFamilyKhvn2015.criteria[0]!.indicators)).toBe(true);
    expect(() => {
      (learningFamilyKhvn2015.outcome.rules as unknown[]).push({});
    }).toThrow(TypeError);
    const copy = getRuleSet('learning-family-khvn-2015');
    copy.criteria.pop();
    expect(getRuleSet('learning-family-khvn-2015').criteria).toHaveLength(learningFamilyKhvn2015.criteria.length);
  });
});
