import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getRuleSet, indicatorsOf, targetsFor } from 'vn-learning-society';
import { runNationalRollup, PROVINCES } from '../../examples/national-rollup.js';
import { runPortalForm } from '../../examples/portal-form.js';
import { runProvinceFork } from '../../examples/province-fork.js';
import { runUnitsLongAn } from '../../examples/units-long-an.js';
import { runVerifyLongAn } from '../../examples/verify-long-an.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('examples/portal-form.ts', () => {
  const r = runPortalForm();

  it('renders one field per indicator of the rule set, from its JSON Schema', () => {
    const indicators = indicatorsOf(getRuleSet('learning-family-khvn-2021'));
    expect(r.fields.map((f) => f.id).sort()).toEqual(indicators.map((i) => i.id).sort());
    expect(r.fields.find((f) => f.id === 'children.results')).toMatchObject({ kind: 'judged', max: 10, step: 1, criterion: 'children' });
  });

  it('scores the complete form and refuses the bad one, where the server also catches what JSON Schema cannot', () => {
    const [good, bad] = r.submissions;
    // 64 judged points + 10 (all children at school) + 10 (adults recognised) + 10 (bookshelf): the 100-point
    // family sheet of QĐ 448/QĐ-KHVN (Mục A) as carried into 2021–2030; the 80-point threshold is marked uncertain.
    expect(good).toMatchObject({ browserValid: true, server: { ok: true, recognized: true, total: 94, maxTotal: 100 } });
    expect(bad!.browserValid).toBe(false);
    expect(bad!.browserErrors).toHaveLength(3);
    expect(bad!.browserErrors.join(' ')).not.toContain('attendance');
    expect(bad!.server.ok).toBe(false);
    if (!bad!.server.ok) {
      expect(bad!.server.errors.en).toContain('facts["children.attendance"].part: the part (3) is larger than the whole (2)');
      expect(bad!.server.errors.vi).toContain('points["children.results"]: 12 điểm vượt quá điểm tối đa 10');
    }
  });
});

describe('examples/province-fork.ts', () => {
  const r = runProvinceFork();

  it('lists the province’s additions among the differences, in both languages', () => {
    const en = r.changes.map((c) => c.message.en);
    expect(en).toContain('Added Outcome › Rule “The clan has a study-promotion fund”');
    expect(en).toContain('Jurisdiction › Code: VN → VN-50');
    expect(r.changes.map((c) => c.message.vi)).toContain('Thêm Kết quả › Điều kiện “Dòng họ có quỹ khuyến học”');
  });

  it('recognises the clan nationally but not under the fork, and says why and on what basis', () => {
    expect([r.national.recognized, r.province.recognized]).toEqual([true, false]);
    expect(r.province.total).toBe(r.national.total);
    expect(r.province.shortfalls.map((s) => s.rule)).toEqual(['fund-required']);
    expect(r.report).toContain('Căn cứ: Hướng dẫn áp dụng tiêu chí (ví dụ minh họa, không phải văn bản có thật) của Hội Khuyến học tỉnh Bến Tre');
    expect(r.rejected.en).toContain('outcome.rules["families-at-least-70"].criterion: no criterion with id "famlies"'); // addressed by id, as the patch is
  });
});

describe('examples/verify-long-an.ts', () => {
  const r = runVerifyLongAn();

  it('recomputes every figure of seed 000 (450 pages, 258 copies, 37 / 02 / 01 copies) and finds them right', () => {
    expect(r.consistent).toBe(true);
    expect(r.checks.map((c) => [c.figure, c.computed])).toEqual([
      ['pages', 450],
      ['copies', 258],
      ['copies:steering-committee', 37],
      ['copies:department', 2],
      ['copies:provincial-association', 1],
    ]);
  });

  it('catches a mistyped total and prices duplex copies exactly', () => {
    expect(r.typo.consistent).toBe(false);
    expect(r.typo.failed.map((c) => c.explanation.en)).toEqual(['copies: stated 260, computed 258 (37 × 1 + 1 × 2 + 1 × 1 + 15 × 1 + 15 × 1 + 188 × 1) — differs by 2']);
    // 450 pages duplex = 225 sheets a copy; 258 copies (seed 000).
    expect(r.figures.printing).toMatchObject({ sheetsPerCopy: 225, sheets: 225 * 258, reams: Math.ceil((225 * 258) / 500) });
    expect(r.figures.cost!.total.toString()).toBe(String(225 * 258 * 120 + 450 * 258 * 150 + 258 * 8500));
  });
});

describe('examples/national-rollup.ts', () => {
  const r = runNationalRollup();

  it('adds up: provinces to the nation, assessed within all households', () => {
    expect(r.provinces.map((p) => p.code).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    const sum = (k: 'evaluated' | 'recognized') => r.provinces.reduce((n, p) => n + p.counts['learning-family']![k], 0);
    expect(r.nation.counts['learning-family']).toEqual({ evaluated: sum('evaluated'), recognized: sum('recognized') });
    expect(r.nation.counts['learning-family']!.evaluated).toBe(r.assessed);
    expect(r.assessed).toBeLessThan(r.households);
  });

  it('compares the nation with QĐ 387/QĐ-TTg’s 70 % of families by 2025, the required count rounded up', () => {
    const target = targetsFor('VN', 2025).find((t) => t.indicator === 'learning-families')!;
    expect(target.value).toEqual({ kind: 'percent', percent: 70 });
    const row = r.targets.find((t) => t.target.indicator === 'learning-families')!;
    const required = Math.floor((r.households * 70 + 99) / 100); // ceiling in integers
    expect(row.required).toBe(required);
    expect(row.gap).toBe(Math.max(0, required - r.nation.counts['learning-family']!.recognized));
  });

  it('is reproducible: the same seed gives the same figures', () => {
    expect(runNationalRollup().report).toBe(r.report);
    expect(runNationalRollup('2025-11-15', 7).report).not.toBe(r.report);
  });
});

describe('every example runs as a script', () => {
  it.each([
    ['portal-form', 'ĐẠT: 94/100 điểm'],
    ['province-fork', 'NOT RECOGNISED: 89/100 points'],
    ['verify-long-an', '✓ copies: 258'],
    ['national-rollup', 'the 2025 target of 70% needs at least'],
  ])('npx tsx examples/%s.ts prints its report', (name, expected) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', `examples/${name}.ts`], { cwd: root, encoding: 'utf8' });
    expect(out).toContain(expected);
  }, 30_000);
});

describe('examples/units-long-an.ts', () => {
  const r = runUnitsLongAn();

  it('carries Long An’s old communes into Tây Ninh’s new ones, exact only where every predecessor went in whole', () => {
    // Units from the official lists (scripts/units-source): Long An had 186 communes on 1 March 2025; Tây Ninh has
    // 96 communes and wards from 1 July 2025 (Phụ lục I, Công văn 1027/CTK-CSCL).
    expect(r.oldCommunes).toBe(186);
    expect(r.tayNinhCommunes).toBe(96);
    expect(r.exact.length + r.inexact.length).toBe(r.newCommunes.length);
    expect(r.exact.every((u) => u.from.every((l) => l.share === 'whole') && u.missing.length === 0)).toBe(true);
    expect(r.inexact.every((u) => u.from.some((l) => l.share === 'part') || u.missing.length > 0)).toBe(true);
    expect(r.split).toBeGreaterThan(0);
    // ⌈96 × 95 %⌉ = 92: the communes a 95 % target counted in communes needs, on the new list.
    expect(r.neededFor95).toBe(92);
    expect(r.report).toContain('Tây Ninh có 96 xã, phường theo danh mục mới');
  });
});
