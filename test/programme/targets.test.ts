import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { diffTargetTables, forkTargetTable, LearningSocietyError, listTargets, parseTargetTable, progress, progressCountsOf, summaryTable, tallyOf, targetsFor, type TargetTable } from 'vn-learning-society';
import { targetTableJsonSchema } from 'vn-learning-society/schemas';

const table = (id: string) => listTargets().find((t) => t.id === id)!;
const pctOf = (t: TargetTable, indicator: string, year: number, sub?: string) => {
  const target = t.targets.find((x) => x.indicator === indicator && x.year === year && (sub === undefined ? x.subPopulation === undefined : x.subPopulation?.en.includes(sub)));
  return target?.value.kind === 'percent' ? target.value.percent : undefined;
};
const models = ['learning-families', 'learning-clans', 'learning-communities', 'learning-units'];

describe('shipped target tables', () => {
  it('are valid against the zod schema and the JSON Schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(targetTableJsonSchema());
    for (const t of listTargets()) {
      expect(parseTargetTable(t)).toEqual(t);
      expect(validate(JSON.parse(JSON.stringify(t))), t.id).toBe(true);
    }
  });

  it('QĐ 281/QĐ-TTg (20/02/2014), 2020: 70 % families, 50 % clans, 60 % communities, 50 % units; 60/40/50 % in difficult areas', () => {
    const t = table('targets-qd-281-2014');
    expect(models.map((m) => pctOf(t, m, 2020))).toEqual([70, 50, 60, 50]);
    expect(models.slice(0, 3).map((m) => pctOf(t, m, 2020, 'disadvantaged'))).toEqual([60, 40, 50]);
    expect(pctOf(t, 'association-trained', 2020)).toBe(100);
  });

  it('QĐ 387/QĐ-TTg (25/3/2022), 2025: 70 / 65 / 65 / 80 %, learning citizens 40 % and 60 % (reference README)', () => {
    const t = table('targets-qd-387-2022');
    expect(models.map((m) => pctOf(t, m, 2025))).toEqual([70, 65, 65, 80]);
    expect([pctOf(t, 'learning-citizens-in-models', 2025), pctOf(t, 'learning-citizens-in-units', 2025)]).toEqual([40, 60]);
    expect([pctOf(t, 'association-leaders-in-clc', 2025), pctOf(t, 'promotion-cadres-it', 2025)]).toEqual([100, 40]);
  });

  it('QĐ 677/QĐ-TTg (03/6/2022): 40/60 % by 2025, 70/80 % by 2030; 70 % digital skills, of which 60 % proficient (a share of a share)', () => {
    const t = table('targets-qd-677-2022');
    expect([pctOf(t, 'learning-citizens-in-models', 2025), pctOf(t, 'learning-citizens-in-units', 2025)]).toEqual([40, 60]);
    expect([pctOf(t, 'learning-citizens-in-models', 2030), pctOf(t, 'learning-citizens-in-units', 2030)]).toEqual([70, 80]);
    const proficient = t.targets.find((x) => x.indicator === 'learning-citizens-digital-proficient')!;
    expect(proficient).toMatchObject({ parent: 'citizens-digital-2025', base: 'parent', value: { percent: 60 } });
  });

  it('QĐ 1373/QĐ-TTg (30/7/2021): learning citizens 40 % by 2025 and 60 % by 2030; nested "of which" on the same base', () => {
    const t = table('targets-qd-1373-2021');
    expect([pctOf(t, 'learning-citizens', 2025), pctOf(t, 'learning-citizens', 2030)]).toEqual([40, 60]);
    expect([pctOf(t, 'provinces-literacy-level-2', 2025), pctOf(t, 'provinces-literacy-level-2', 2030)]).toEqual([70, 90]);
    expect(t.targets.find((x) => x.id === 'university-2025')).toMatchObject({ parent: 'technical-2025', base: 'all', value: { percent: 12 } });
  });

  it('Đồng Tháp plan (seed 001): 90/80/95/95 % by 2025 and 95/85/100/100 % by 2030; citizens 40→60 % and 60→80 %; IT 40→70 %; 3 books a person a year', () => {
    const t = table('targets-dong-thap-2030');
    expect(t.jurisdiction.code).toBe('87@2025-03-01') // Đồng Tháp before the 2025 merger: statistics code 87 (ISO VN-45);
    expect(models.map((m) => pctOf(t, m, 2025))).toEqual([90, 80, 95, 95]);
    expect(models.map((m) => pctOf(t, m, 2030))).toEqual([95, 85, 100, 100]);
    expect([pctOf(t, 'learning-citizens-in-models', 2025), pctOf(t, 'learning-citizens-in-models', 2030)]).toEqual([40, 60]);
    expect([pctOf(t, 'learning-citizens-in-units', 2025), pctOf(t, 'learning-citizens-in-units', 2030)]).toEqual([60, 80]);
    expect([pctOf(t, 'promotion-cadres-it', 2025), pctOf(t, 'promotion-cadres-it', 2030)]).toEqual([40, 70]);
    expect([pctOf(t, 'association-leaders-in-clc', 2025), pctOf(t, 'association-study', 2025), pctOf(t, 'association-study', 2030)]).toEqual([100, 100, 100]);
    expect(t.targets.find((x) => x.indicator === 'books-per-person')?.value).toEqual({ kind: 'at-least', amount: 3, unit: expect.objectContaining({ en: 'books per person per year' }) });
  });

  it('Ho Chi Minh City plan 59/KH-SGDĐT-HKH (09/5/2023, seed 002): 60/55/55/60 %, citizens 30 % and 50 %, at least 3 sessions per CLC', () => {
    const t = table('targets-hcmc-2023');
    expect(t.sources[0]!.document).toMatchObject({ number: '59/KH-SGDĐT-HKH', date: '2023-05-09' });
    expect(models.map((m) => pctOf(t, m, 2023))).toEqual([60, 55, 55, 60]);
    expect([pctOf(t, 'learning-citizens-in-models', 2023), pctOf(t, 'learning-citizens-in-units', 2023)]).toEqual([30, 50]);
    expect(t.targets.find((x) => x.indicator === 'clc-thematic-sessions')?.value).toMatchObject({ kind: 'at-least', amount: 3 });
  });

  it('every target names its base', () => {
    for (const t of listTargets()) for (const target of t.targets) expect(['all', 'registered', 'evaluated', 'parent']).toContain(target.base);
  });
});

describe('targetsFor', () => {
  it('gives a province its own next milestone, and the national one where it has none', () => {
    const dt = targetsFor('VN-45', 2024);
    expect(dt.find((t) => t.indicator === 'learning-families')).toMatchObject({ year: 2025, value: { percent: 90 }, table: 'targets-dong-thap-2030' });
    // Đồng Tháp sets no target for the share of citizens overall: the national scheme's applies.
    expect(dt.find((t) => t.indicator === 'learning-citizens')).toMatchObject({ year: 2025, value: { percent: 40 }, table: 'targets-qd-1373-2021' });
    expect(targetsFor('VN-45', 2026).find((t) => t.indicator === 'learning-families')).toMatchObject({ year: 2030, value: { percent: 95 } });
  });

  it('picks the exact year when a plan is for one year only, and the period’s table', () => {
    expect(targetsFor('VN-SG', 2023).find((t) => t.indicator === 'learning-clans')).toMatchObject({ value: { percent: 55 }, table: 'targets-hcmc-2023' });
    expect(targetsFor('VN', 2018).find((t) => t.indicator === 'learning-families')).toMatchObject({ year: 2020, value: { percent: 70 } });
    expect(targetsFor('VN', 2031)).toEqual([]);
  });

  it('keeps sub-populations apart', () => {
    const families = targetsFor('VN', 2019).filter((t) => t.indicator === 'learning-families');
    expect(families.map((t) => t.value)).toEqual([
      { kind: 'percent', percent: 70 },
      { kind: 'percent', percent: 60 },
    ]);
  });
});

describe('progress', () => {
  it('compares counts with targets: required is the ceiling, the gap what is missing (QĐ 387/QĐ-TTg, 70 % of families by 2025)', () => {
    const rows = progress(
      { 'learning-families': { part: 556862, whole: 834926 }, 'learning-clans': { part: 700, whole: 1000 } },
      targetsFor('VN', 2025),
    );
    const families = rows.find((r) => r.target.indicator === 'learning-families')!;
    expect(families).toMatchObject({ status: 'not-met', required: 584449, gap: 27587 });
    expect(families.actual!.toFixed(2)).toBe('66.70');
    expect(families.explanation.vi).toBe('Gia đình được công nhận “Gia đình học tập”: 556.862/834.926 = 66,70%, chỉ tiêu 70% năm 2025 cần ít nhất 584.449 — còn thiếu 27.587');
    expect(rows.find((r) => r.target.indicator === 'learning-clans')).toMatchObject({ status: 'met', required: 650, gap: 0 });
    expect(rows.find((r) => r.target.indicator === 'learning-units')).toMatchObject({ status: 'no-data' });
  });

  it('handles fractions (13/13) and at-least targets', () => {
    const all13: TargetTable = {
      schemaVersion: 1,
      id: 'targets-fraction-test',
      jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X' } },
      title: { vi: 'Thử', en: 'Test' },
      sources: [{ id: 'doc', document: { kind: 'plan', issuer: { vi: 'UBND tỉnh X', en: 'X PC' } } }],
      validFrom: '2024-01-01',
      targets: [
        { id: 'all-communes', indicator: 'communes-recognised', label: { vi: '13/13 xã đạt', en: 'All 13 communes' }, year: 2025, value: { kind: 'fraction', numerator: 13, denominator: 13 }, population: { vi: 'Xã', en: 'Communes' }, base: 'all' },
        { id: 'sessions', indicator: 'clc-thematic-sessions', label: { vi: 'Chuyên đề', en: 'Sessions' }, year: 2025, value: { kind: 'at-least', amount: 3, unit: { vi: 'chuyên đề', en: 'sessions' } }, population: { vi: 'TTHTCĐ', en: 'CLCs' }, base: 'all' },
      ],
    };
    const rows = progress({ 'communes-recognised': { part: 12, whole: 13 }, 'clc-thematic-sessions': 3 }, targetsFor('VN-X', 2025, { tables: [all13] }).filter((t) => t.table === all13.id));
    expect(rows.map((r) => [r.target.id, r.status, r.required ?? null, r.gap ?? null])).toEqual([
      ['all-communes', 'not-met', 13, 1],
      ['sessions', 'met', null, null],
    ]);
  });

  it('refuses counts of the wrong shape', () => {
    expect(() => progress({ 'learning-families': 5 }, targetsFor('VN', 2025))).toThrowError(LearningSocietyError);
    expect(() => progress({ 'learning-families': { part: 6, whole: 5 } }, targetsFor('VN', 2025))).toThrowError(/larger than the whole/);
  });
});

describe('forking a target table', () => {
  it('a province raises one target and sees the difference', () => {
    const national = table('targets-qd-387-2022');
    const mine = forkTargetTable(national, { targets: { 'families-2025': { value: { percent: 85 } } } }, {
      id: 'targets-province-x',
      jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } },
    });
    expect(mine.derivedFrom?.id).toBe('targets-qd-387-2022');
    expect(targetsFor('VN-X', 2025, { tables: [mine] }).find((t) => t.indicator === 'learning-families')?.value).toEqual({ kind: 'percent', percent: 85 });
    const changes = diffTargetTables(national, mine);
    expect(changes.find((c) => c.path === 'targets[families-2025].value.percent')?.message.vi).toBe('Chỉ tiêu “Gia đình được công nhận “Gia đình học tập”” › Giá trị › Tỷ lệ phần trăm: 70 → 85');
  });

  it('refuses an invalid result (a nesting loop, an unknown parent, a fraction above 1)', () => {
    const national = table('targets-qd-1373-2021');
    const meta = { id: 'targets-bad', jurisdiction: { code: 'VN-X', name: { vi: 'X', en: 'X' } } };
    expect(() => forkTargetTable(national, { targets: { 'technical-2025': { parent: 'university-2025' } } }, meta)).toThrowError(/nested in itself/);
    expect(() => forkTargetTable(national, { targets: { 'university-2025': { parent: 'nope' } } }, meta)).toThrowError(/no target with id "nope"/);
    expect(() => forkTargetTable(national, { targets: { 'technical-2025': { value: { kind: 'fraction', percent: null, numerator: 14, denominator: 13 } } } }, meta)).toThrowError(/cannot exceed 1/);
  });
});

describe('a tally meets the targets without a hand-written map', () => {
  it('Đồng Tháp 2025 (seed 001: 90 % of households are learning families): recognised families over all households', () => {
    const records = [
      ...Array.from({ length: 812 }, () => ({ province: 'VN-45', commune: '30280', model: 'learning-family' as const, recognized: true })),
      ...Array.from({ length: 168 }, () => ({ province: 'VN-45', commune: '30280', model: 'learning-family' as const, recognized: false })),
      { province: 'VN-45', commune: '30280', model: 'learning-community' as const, level: 'hamlet' as const, recognized: true },
    ];
    const row = tallyOf(records).by('province')[0]!;
    const targets = targetsFor('VN-45', 2025);
    const { counts, unmatched } = progressCountsOf(row.counts, targets, { populations: { 'learning-family': 1043, 'learning-community/hamlet': 9 } });
    expect(counts['learning-families']).toEqual({ part: 812, whole: 1043 });
    expect(counts['learning-communities']).toEqual({ part: 1, whole: 9 });
    // Clans have no population given: said, not guessed.
    expect(unmatched.find((u) => u.indicator === 'learning-clans')?.reason.en).toContain('populations["learning-clan"]');
    const families = progress(counts, targets).find((r) => r.target.indicator === 'learning-families')!;
    expect(families).toMatchObject({ status: 'not-met', required: 939, gap: 127 }); // ⌈1,043 × 90 %⌉ = 939
  });
});

describe('the yearly statistics table (summaryTable)', () => {
  // Seed 001 (Đồng Tháp): 812 of 1,043 households are learning families; the 2025 target is 90 % (⌈1,043 × 90 %⌉ = 939).
  const records = [
    ...Array.from({ length: 500 }, () => ({ province: 'VN-45', commune: '30280', model: 'learning-family' as const, recognized: true })),
    ...Array.from({ length: 120 }, () => ({ province: 'VN-45', commune: '30280', model: 'learning-family' as const, recognized: false })),
    ...Array.from({ length: 312 }, () => ({ province: 'VN-45', commune: '30283', model: 'learning-family' as const, recognized: true })),
    ...Array.from({ length: 48 }, () => ({ province: 'VN-45', commune: '30283', model: 'learning-family' as const, recognized: false })),
  ];
  const populations = { '30280': { 'learning-family': 650 }, '30283': { 'learning-family': 393 } };

  it('per unit and model: in scope, evaluated, recognised, the share exact and printed, the target and what is still needed', () => {
    const t = summaryTable(tallyOf(records), { level: 'commune', populations, targets: targetsFor('VN-45', 2025) });
    expect(t.rows.map((r) => [r.unit, r.population, r.evaluated, r.recognized, r.printed, r.target, r.required, r.needed])).toEqual([
      ['30280', 650, 620, 500, '76,92', 90, 585, 85],
      ['30283', 393, 360, 312, '79,39', 90, 354, 42],
    ]);
  });

  it('the total row is recomputed from the summed counts (seed 001: 812/1,043 = 77,85 %, 939 needed for 90 %), not from summed percentages', () => {
    const t = summaryTable(tallyOf(records), { level: 'commune', populations, targets: targetsFor('VN-45', 2025) });
    const total = t.totals[0]!;
    expect([total.unit, total.population, total.recognized, total.printed, total.required, total.needed]).toEqual(['total', 1043, 812, '77,85', 939, 127]);
    // The mean of the two printed shares would say 78,16 %: wrong.
    expect(total.printed).not.toBe('78,16');
  });

  it('without populations the share is of those evaluated, and says so; the rounding is named', () => {
    const t = summaryTable(tallyOf(records), { level: 'province', rounding: 'truncate', decimals: 1 });
    expect(t.rows[0]).toMatchObject({ of: 'evaluated', evaluated: 980, recognized: 812, printed: '82,8' }); // 812/980 = 82,857…
    expect(t.totals[0]!.population).toBeUndefined();
  });

  it('refuses a population smaller than those recognised, and a bad rounding', () => {
    expect(() => summaryTable(tallyOf(records), { level: 'commune', populations: { '30280': { 'learning-family': 10 } } })).toThrow(LearningSocietyError);
    expect(() => summaryTable(tallyOf(records), { rounding: 'up' as never })).toThrow(LearningSocietyError);
  });
});

describe('summaryTable from rows given by hand', () => {
  it('refuses rows that are not tally rows', () => {
    expect(() => summaryTable([{ level: 'province', code: 'VN-45', counts: { 'learning-family': null } }] as never)).toThrow(LearningSocietyError);
    expect(() => summaryTable([{ level: 'province', code: 'VN-45', counts: { 'learning-family': { evaluated: -1, recognized: 0 } } }] as never)).toThrow(LearningSocietyError);
  });
});
