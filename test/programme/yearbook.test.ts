import { describe, expect, it } from 'vitest';
import {
  forkYearbookPlan,
  LearningSocietyError,
  LONG_AN_YEARBOOK_2020,
  parseYearbookPlan,
  planYearbook,
  selectNominees,
  verifyYearbookPlan,
  type Candidate,
} from 'vn-learning-society';

describe('the Long An 2020 yearbook (seed 000)', () => {
  const y = planYearbook(LONG_AN_YEARBOOK_2020);

  it('reproduces 5 reports × 15 districts × 6 pages = 450 pages (seed 000, II.2)', () => {
    expect([y.units, y.reportsPerUnit, y.reports, y.pages]).toEqual([15, 5, 75, 450]);
    expect(y.explanation.vi).toContain('5 báo cáo/đơn vị × 15 đơn vị × 6 trang/báo cáo = 450 trang');
  });

  it('reproduces 258 copies = 37 + 2 + 1 + 15 × 1 + 15 × 1 + 188 × 1 (seed 000, II.3)', () => {
    expect(y.copies).toBe(258);
    expect(y.copiesByRecipient.map((d) => [d.id, d.copies])).toEqual([
      ['steering-committee', 37],
      ['department', 2],
      ['provincial-association', 1],
      ['district-offices', 15],
      ['district-associations', 15],
      ['communes', 188],
    ]);
  });

  it('verifies the figures the plan states, and explains a mismatch', () => {
    expect(verifyYearbookPlan(LONG_AN_YEARBOOK_2020, { pages: 450, copies: 258, copiesByRecipient: { department: '02', communes: 188 } }).consistent).toBe(true);
    const wrong = verifyYearbookPlan(LONG_AN_YEARBOOK_2020, { pages: '405', copies: 258 });
    expect(wrong.consistent).toBe(false);
    expect(wrong.checks.map((c) => [c.figure, c.consistent])).toEqual([
      ['pages', false],
      ['copies', true],
    ]);
    expect(wrong.checks[0]!.explanation.vi).toBe('pages: văn bản ghi 405, tính được 450 (75 × 6) — chênh 45');
    expect(() => verifyYearbookPlan(LONG_AN_YEARBOOK_2020, { copiesByRecipient: { nobody: 1 } })).toThrowError(/no recipient with id "nobody"/);
  });

  it('works out paper and an exact cost in đồng', () => {
    const printed = planYearbook(LONG_AN_YEARBOOK_2020, {
      printing: { sides: 'duplex' },
      prices: { perSheet: 150, perPrintedSide: '350', perCopy: '12.000' },
    });
    // 450 pages duplex = 225 sheets a copy; 258 copies.
    expect(printed.printing).toMatchObject({ sheetsPerCopy: 225, printedSidesPerCopy: 450, sheets: 58_050, printedSides: 116_100, reams: 117 });
    expect(printed.cost!.total.toString()).toBe(String(58_050 * 150 + 116_100 * 350 + 258 * 12_000));
    const twoUp = planYearbook(LONG_AN_YEARBOOK_2020, { printing: { sides: 'simplex', pagesPerSide: 2, sheetSize: 'A4' } });
    expect(twoUp.printing).toMatchObject({ sheetsPerCopy: 225, printedSidesPerCopy: 225 });
  });

  it('a province forks it with other units, quotas and recipients, no code', () => {
    const mine = forkYearbookPlan(
      LONG_AN_YEARBOOK_2020,
      { units: { count: 12 }, quota: { 'learning-community-commune': null, 'learning-family': { perUnit: 2 } }, distribution: { communes: { count: 150 } }, year: 2025 },
      { id: 'yearbook-province-x-2025', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } } },
    );
    const f = planYearbook(mine);
    expect([f.reportsPerUnit, f.reports, f.pages, f.copies]).toEqual([5, 60, 360, 220]);
    expect(mine.derivedFrom?.id).toBe('yearbook-long-an-2020');
  });

  it('accepts the minimal shape, with a per-model quota instead of modelsPerUnit', () => {
    const f = planYearbook({ units: ['D1', 'D2', 'D3'], quota: [{ perUnit: 2 }, { perUnit: 1 }], pagesPerReport: 4, extraPages: 8, distribution: [{ recipient: 'Xã', count: 20, copiesEach: 2 }] });
    expect([f.units, f.reports, f.pages, f.copies]).toEqual([3, 9, 44, 40]);
  });

  it('refuses a negative quota, a missing quota, fractional counts, and codes that do not match the count', () => {
    expect(() => planYearbook({ units: 15, quota: [{ perUnit: -1 }], pagesPerReport: 6, distribution: [{ recipient: 'x', count: 1, copiesEach: 1 }] })).toThrowError(LearningSocietyError);
    expect(() => planYearbook({ units: 15, pagesPerReport: 6, distribution: [{ recipient: 'x', count: 1, copiesEach: 1 }] })).toThrowError(/modelsPerUnit or quota is needed/);
    expect(() => planYearbook({ units: 1.5, modelsPerUnit: 5, pagesPerReport: 6, distribution: [{ recipient: 'x', count: 1, copiesEach: 1 }] })).toThrowError(LearningSocietyError);
    expect(() => parseYearbookPlan({ ...LONG_AN_YEARBOOK_2020, units: { ...LONG_AN_YEARBOOK_2020.units, codes: ['a'] } })).toThrowError(/1 codes for 15 units/);
    expect(() => planYearbook(LONG_AN_YEARBOOK_2020, { prices: { perSheet: 1 } })).toThrowError(/printing options are needed/);
    expect(() => planYearbook(LONG_AN_YEARBOOK_2020, { printing: { sides: 'duplex' }, prices: { perSheet: -5 } })).toThrowError(/non-negative/);
  });
});

describe('nominations', () => {
  const ev = (total: number, recognized = true, cls?: string) => ({
    recognized,
    total,
    maxTotal: 100,
    classification: cls ? { id: cls } : null,
    classes: [{ id: 'good' }, { id: 'fair' }],
  });
  const c = (id: string, unit: string, model: Candidate['model'], e: Candidate['evaluation'], level?: Candidate['level']): Candidate => ({ id, unit, model, ...(level ? { level } : {}), evaluation: e });

  it('picks one exemplary case per model and district, as in the Long An yearbook, by a stated order', () => {
    const r = selectNominees(
      [
        c('ho-1', 'D1', 'learning-family', ev(95, true, 'fair')),
        c('ho-2', 'D1', 'learning-family', ev(90, true, 'good')),
        c('ho-3', 'D1', 'learning-family', ev(99, false)),
        c('ho-4', 'D2', 'learning-family', ev(88)),
        c('ho-5', 'D2', 'learning-family', ev(88)),
        c('ap-1', 'D1', 'learning-community', ev(91), 'hamlet'),
      ],
      { units: ['D1', 'D2'], quota: [{ model: 'learning-family', perUnit: 1 }, { model: 'learning-community', level: 'hamlet', perUnit: 1 }] },
    );
    // D1: the better class beats the higher total; the unrecognised one is not eligible.
    expect(r.nominations.map((n) => [n.unit, n.model, n.nominees.map((x) => x.id)])).toEqual([
      ['D1', 'learning-family', ['ho-2']],
      ['D1', 'learning-community', ['ap-1']],
      ['D2', 'learning-family', ['ho-4']], // tie on class, share and total: the smaller id
      ['D2', 'learning-community', []],
    ]);
    expect(r.short).toEqual([expect.objectContaining({ unit: 'D2', model: 'learning-community', quota: 1, found: 0 })]);
    expect(r.short[0]!.explanation.vi).toContain('D2: cần 1 đề cử “Cộng đồng học tập cấp thôn, ấp, bản, tổ dân phố”, có 0');
    expect(r.order.en).toContain('finally by candidate id, ascending');
  });

  it('gives the same nominees whatever the order of the candidates', () => {
    const list = [c('a', 'D1', 'learning-clan', ev(80)), c('b', 'D1', 'learning-clan', ev(85)), c('c', 'D1', 'learning-clan', ev(85))];
    const pick = (xs: Candidate[]) => selectNominees(xs, { units: ['D1'], quota: [{ model: 'learning-clan', perUnit: 2 }] }).nominations[0]!.nominees.map((x) => x.id);
    expect(pick(list)).toEqual(['b', 'c']);
    expect(pick([...list].reverse())).toEqual(['b', 'c']);
  });

  it('compares shares of different maxima exactly', () => {
    const r = selectNominees(
      [c('x', 'D1', 'learning-unit', { recognized: true, total: 20, maxTotal: 21 }), c('y', 'D1', 'learning-unit', { recognized: true, total: 95, maxTotal: 100 })],
      { units: ['D1'], quota: [{ model: 'learning-unit', perUnit: 1 }] },
    );
    // 20/21 ≈ 95.24 % of the maximum beats 95/100, although 95 points is more than 20.
    expect(r.nominations[0]!.nominees[0]!.id).toBe('x');
  });

  it('refuses a negative quota and duplicate candidates', () => {
    expect(() => selectNominees([], { units: ['D1'], quota: [{ model: 'learning-clan', perUnit: -1 }] })).toThrowError(/non-negative whole number/);
    expect(() => selectNominees([c('a', 'D1', 'learning-clan', ev(1)), c('a', 'D2', 'learning-clan', ev(1))], { units: ['D1'], quota: [] })).toThrowError(/duplicate id "a"/);
  });
});

describe('planYearbook, worked out inside each test (issue 24, what the mutation run of yearbook left)', () => {
  // The Long An 2020 figures (seed 000): 15 districts, 5 reports each, 6 pages a report; 2 copies for the Sở GD&ĐT,
  // 1 for each of the 188 communes. The price of 12.000,5 đồng a copy is made up.
  const mini = {
    units: 15,
    modelsPerUnit: 5,
    pagesPerReport: 6,
    distribution: [
      { recipient: 'Sở GD&ĐT', count: 1, copiesEach: 2 },
      { id: 'communes', recipient: { vi: 'Xã, phường, thị trấn', en: 'Communes' }, count: 188, copiesEach: 1 },
    ],
  };

  it('units given as a number; a recipient named in one language is named so in both; an id only where given', () => {
    const y = planYearbook(mini as never);
    expect([y.units, y.reportsPerUnit, y.reports, y.pages, y.copies]).toEqual([15, 5, 75, 450, 190]);
    expect(y.copiesByRecipient).toStrictEqual([
      { recipient: { vi: 'Sở GD&ĐT', en: 'Sở GD&ĐT' }, count: 1, copiesEach: 2, copies: 2 },
      { id: 'communes', recipient: { vi: 'Xã, phường, thị trấn', en: 'Communes' }, count: 188, copiesEach: 1, copies: 188 },
    ]);
    expect(y.explanation.en).toBe('5 reports/unit × 15 units × 6 pages/report = 450 pages; 1 × 2 + 188 × 1 = 190 copies');
  });

  it('A4 unless said otherwise; a price given as a number with decimals, the others missing and so 0', () => {
    const y = planYearbook(mini as never, { printing: { sides: 'duplex' }, prices: { perCopy: 12000.5 } });
    expect(y.printing).toMatchObject({ sheetSize: 'A4', sheetsPerCopy: 225, sheets: 42_750, reams: 86 });
    expect(y.cost!.total.toString()).toBe('2280095'); // 190 × 12.000,5
  });

  it('printing options that are not ones are refused, at their path', () => {
    let issues: unknown;
    try {
      planYearbook(mini as never, { printing: { sides: 'triple' } as never });
    } catch (e) {
      issues = (e as LearningSocietyError).issues.map((i) => [i.path.join('.'), i.code]);
    }
    expect(issues).toEqual([['printing.sides', 'invalid_value']]);
  });
});
