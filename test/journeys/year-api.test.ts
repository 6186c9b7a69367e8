import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, progress, summaryTable, Tally, tallyOf, targetSelectionFor, type Evaluation } from 'vn-learning-society';
import { documentText, documentToDocx, recognitionCertificates, recognitionDecision, yearReport, type Issuer } from 'vn-learning-society/documents';
import { assessmentTemplate, readAssessmentSheet, readWorkbook, summarySheet, verifyReportTable, workbookBytes } from 'vn-learning-society/sheets';
import { listUnits, unitByCode } from 'vn-learning-society/units';
import { cellUnder, COMMUNES, ruleSet } from './year-data.js';

// One province's year, end to end, through the library (issue 23): the template a hamlet fills in, read back and
// scored, tallied by commune, written as the statistics table and checked cell by cell, then the decision, its
// certificates and the year's report as .docx. Only the public entry points are imported.
//
// The province is Đồng Tháp as it stands from 1 July 2025 (province code 82; Nghị quyết 202/2025/QH15),
// three of its communes by their statistics-office codes (Công văn 1027/CTK-CSCL, the list of 1 July 2025 in
// data/units/).

// The rule set (learning-family-khvn-2021, QĐ 387/QĐ-TTg, QĐ 677/QĐ-TTg) and the communes: ./year-data.ts.


/**
 * Generated households: in commune c, household k gets the same points p on every judged indicator, 2/2 on both
 * ratios (10 points each: 100 %, the band of QĐ 677/QĐ-TTg as the rule set assumes it) and a bookshelf (10):
 * total = 7p + 30, recognised from 80 points, i.e. p ≥ 8.
 */
const POINTS = [
  [10, 9, 8, 7, 8, 5],
  [8, 6, 9],
  [10, 7, 9, 9, 8, 4, 8],
];
const households = POINTS.flatMap((ps, c) => ps.map((p, k) => ({ id: `${COMMUNES[c]!.code}-${String(k + 1).padStart(2, '0')}`, commune: c, hamlet: `Ấp ${(k % 2) + 1}`, head: `Chủ hộ ${c + 1}.${k + 1}`, p })));
const recognisedByHand = households.filter((h) => 7 * h.p + 30 >= 80);
const byCommune = POINTS.map((ps) => ({ evaluated: ps.length, recognized: ps.filter((p) => p >= 8).length }));
/** Households in scope per commune (made up). */
const POPULATION = [8, 5, 9];
// The target for 2025: 70 % of households learning families, the national one (QĐ 387/QĐ-TTg), since the new
// Đồng Tháp (82) has no table of its own: the old Đồng Tháp's plan (90 %) covers only part of it and is left out.
const TARGET = 70;

const issuer: Issuer = {
  parent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
  name: 'ỦY BAN NHÂN DÂN PHƯỜNG MỸ THO',
  place: 'Mỹ Tho',
  symbol: 'QĐ-UBND',
  signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
};

function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

describe('one province’s year through the library', () => {
  it('runs from the template to the documents, and the count recognised is the same at every step', async () => {
    // The communes are real units of the new Đồng Tháp.
    const communes = listUnits({ level: 'commune', at: '2025-07-01' }).filter((u) => u.province === '82');
    for (const c of COMMUNES) expect(communes.find((u) => u.code === c.code)?.name).toBe(c.name);
    expect(unitByCode('82', { level: 'province', at: '2025-07-01' }).name).toBe('Tỉnh Đồng Tháp');
    expect(recognisedByHand).toHaveLength(11);
    expect(byCommune).toEqual([{ evaluated: 6, recognized: 4 }, { evaluated: 3, recognized: 2 }, { evaluated: 7, recognized: 5 }]);

    // 1. The template, as a workbook; the form read back and filled in.
    const keep = ['Tỉnh', 'Xã', 'Thôn', 'Họ tên chủ hộ'];
    const template = assessmentTemplate(ruleSet, { keep, rows: 2 });
    const [, formSheet] = await readWorkbook(await workbookBytes(template));
    const headerAt = formSheet!.rows.findIndex((r) => r[0] === 'Mã phiếu');
    const header = formSheet!.rows[headerAt]!.map(String);
    expect(header.slice(0, 5)).toEqual(['Mã phiếu', ...keep]);
    const cell = cellUnder; // each indicator's column, by its label in the heading (`label [hint]`)
    const filled = [
      ...formSheet!.rows.slice(0, headerAt + 1),
      ...households.map((h) => header.map((heading, c) => [h.id, '82', COMMUNES[h.commune]!.code, h.hamlet, h.head][c] ?? cell(heading, h.p))),
    ];
    const [back] = await readWorkbook(await workbookBytes([{ name: 'Phiếu', columns: header.map((heading) => ({ heading })), rows: filled.slice(headerAt + 1) }]));

    // 2. Read and scored.
    const read = readAssessmentSheet(ruleSet, back!, { keep });
    expect(read.problems).toEqual([]);
    expect(read.rowsRead).toBe(households.length);
    const score = compileRuleSet(ruleSet);
    const scored = read.assessments.map((a) => ({ kept: a.kept, evaluation: score(a.assessment) }));
    expect(scored.map((s) => [s.evaluation.assessmentId, s.evaluation.total, s.evaluation.recognized])).toEqual(households.map((h) => [h.id, 7 * h.p + 30, h.p >= 8]));
    const recognised = scored.filter((s) => s.evaluation.recognized);
    expect(recognised).toHaveLength(recognisedByHand.length);

    // 3. Tallied by commune: one Tally by adding, the same as tallyOf, and as two halves merged.
    const records = scored.map((s) => ({ province: String(s.kept['Tỉnh']), commune: String(s.kept['Xã']), model: 'learning-family' as const, recognized: s.evaluation.recognized }));
    const tally = new Tally();
    for (const r of records) tally.add(r);
    const halves = tallyOf(records.slice(0, 7)).merge(tallyOf(records.slice(7)));
    for (const t of [tallyOf(records), halves]) expect(t.by('commune', { date: '2025-12-31' })).toEqual(tally.by('commune', { date: '2025-12-31' }));
    const rows = tally.by('commune', { date: '2025-12-31' });
    expect(COMMUNES.map((c) => rows.find((r) => r.code === c.code)?.counts['learning-family'])).toEqual(byCommune);
    expect(tally.by('province', { date: '2025-12-31' })[0]!.counts['learning-family']).toEqual({ evaluated: 16, recognized: 11 });

    // 4. The statistics table: shares of the households in scope, the target, the count required and still needed.
    const populations = Object.fromEntries(COMMUNES.map((c, i) => [c.code, { 'learning-family': POPULATION[i]! }]));
    const selection = targetSelectionFor('82', 2025);
    expect(selection.notes.map((n) => [n.code, n.table])).toEqual([
      ['code_changed', undefined], // 82 was Tiền Giang before 1 July 2025
      ['part_of_territory', 'targets-dong-thap-2030'],
      ['national_only', undefined],
    ]);
    const targets = selection.entries;
    const table = summaryTable(tally, { level: 'commune', populations, targets, date: '2025-12-31' });
    const unitRows = table.rows.filter((r) => COMMUNES.some((c) => c.code === r.unit));
    expect(unitRows.map((r) => [r.unit, r.population, r.evaluated, r.recognized, r.printed, r.target, r.required, r.needed])).toEqual(
      COMMUNES.map((c, i) => {
        const required = Math.ceil((POPULATION[i]! * TARGET) / 100);
        return [c.code, POPULATION[i], byCommune[i]!.evaluated, byCommune[i]!.recognized, ((100 * byCommune[i]!.recognized) / POPULATION[i]!).toFixed(2).replace('.', ','), TARGET, required, required - byCommune[i]!.recognized];
      }),
    );
    // The total: 22 in scope, 16 evaluated, 11 recognised (50,00 %); ⌈22 × 70 %⌉ = 16, 5 still needed.
    const totalRow = table.totals.find((r) => r.model === 'learning-family')!;
    expect([totalRow.population, totalRow.evaluated, totalRow.recognized, totalRow.printed, totalRow.required, totalRow.needed]).toEqual([22, 16, 11, '50,00', 16, 5]);
    // progress() with the same counts says the same.
    const families = progress({ 'learning-families': { part: totalRow.recognized, whole: totalRow.population! } }, targets).find((r) => r.target.indicator === 'learning-families')!;
    expect([families.required, families.status]).toEqual([16, 'not-met']);

    // 5. The table as a workbook, read back, checked cell by cell: 0 wrong.
    for (const lang of ['vi', 'en'] as const) {
      const [sheet] = await readWorkbook(await workbookBytes([summarySheet(summaryTable(tally, { level: 'commune', populations, targets, date: '2025-12-31', lang }), { lang, title: 'Tổng hợp năm 2025' })]));
      const verdict = verifyReportTable(sheet!);
      expect(verdict.wrong).toEqual([]);
      expect(verdict.checks.filter((c) => c.kind === 'percent')).toHaveLength(4);
    }

    // 6. The decision and its certificates: the 11 recognised, by name and hamlet, no ids.
    const input = {
      ruleSet,
      year: 2025,
      date: '2025-12-15',
      number: '125',
      issuer,
      entries: recognised.map((s) => ({ name: String(s.kept['Họ tên chủ hộ']), place: String(s.kept['Thôn']), evaluation: s.evaluation as Evaluation })),
    };
    const decision = recognitionDecision(input);
    const decisionText = documentText(decision);
    expect(decisionText).toContain('Điều 1. Công nhận 11 (mười một) hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025 (có danh sách kèm theo).');
    const docx = docxText(await documentToDocx(decision));
    for (const h of recognisedByHand) expect(docx).toContain(h.head);
    for (const h of households.filter((x) => x.p < 8)) expect(docx).not.toContain(h.head);
    expect(docx).not.toMatch(/learning-family|children\.|adults\.|282\d\d-\d\d/);
    const certificates = docxText(await documentToDocx(recognitionCertificates(input)));
    expect(certificates.split('CÔNG NHẬN').length - 1).toBe(11);
    expect(certificates).not.toMatch(/learning-family|282\d\d-\d\d/);

    // 7. The year's report: the sentence has the table's counts; the communes by their names, not their codes.
    const unitNames = Object.fromEntries(COMMUNES.map((c) => [c.code, unitByCode(c.code, { level: 'commune', at: '2025-12-20' }).name]));
    const report = yearReport({ year: 2025, date: '2025-12-20', area: 'tỉnh Đồng Tháp', table, unitNames, issuer: { ...issuer, symbol: 'BC-UBND' } });
    const reportText = docxText(await documentToDocx(report));
    expect(reportText).toContain('Toàn tỉnh Đồng Tháp có 22 hộ gia đình, 11 hộ gia đình đạt danh hiệu “Gia đình học tập”, đạt 50,00%; chưa đạt chỉ tiêu 70%, cần thêm 5 hộ gia đình.');
    for (const c of COMMUNES) {
      expect(reportText).toContain(c.name);
      expect(reportText).not.toContain(c.code);
    }
    expect(reportText).not.toMatch(/learning-family|VN-45|82@/);
  });
});
