import { describe, expect, it } from 'vitest';
import { evaluate, getRuleSet, indicatorsOf, LearningSocietyError, summaryTable, Tally, targetsFor } from 'vn-learning-society';
import {
  assessmentReader,
  assessmentTemplate,
  cellAddress,
  columnLetter,
  findHeaderRow,
  pickSheet,
  readAssessmentSheet,
  readWorkbook,
  summarySheet,
  verifyReportTable,
  workbookBytes,
  type SheetCell,
} from 'vn-learning-society/sheets';
import { excelWorkbook, type ExcelCell } from '../helpers/xlsx.js';

const family = getRuleSet('learning-family-khvn-2015');
const indicators = indicatorsOf(family);
const byKind = (kind: string) => indicators.filter((i) => i.kind === kind);
const judged = byKind('judged');
const ratio = byKind('ratio')[0]!;
const yesNo = byKind('boolean')[0]!;

describe('addresses', () => {
  it('names columns and cells as a spreadsheet does', () => {
    expect([0, 3, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'D', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(cellAddress(17, 3)).toBe('D17');
  });
});

describe('the template', () => {
  const sheets = assessmentTemplate(family, { keep: ['Thôn'], rows: 3 });

  it('has a first sheet of instructions in Vietnamese and a sheet with one column per indicator', async () => {
    expect(sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Phiếu']);
    const [guide, form] = sheets;
    // QĐ 448/QĐ-KHVN's family criteria (learning-family-khvn-2015) award whole points: the instructions say so.
    expect(guide!.intro!.join('\n')).toContain('Điểm: ghi số nguyên từ 0 đến điểm tối đa (bộ tiêu chí này chấm theo điểm nguyên: 7,5 không được nhận).');
    expect(guide!.intro!.join('\n')).toContain(`vn-learning-society evaluate -r ${family.id} -i phieu.xlsx --keep "Thôn" -o ket-qua.xlsx`);
    // One row per indicator, saying its column, id, label and the values allowed.
    expect(guide!.rows).toHaveLength(indicators.length);
    expect(guide!.rows.find((r) => r[1] === yesNo.id)).toEqual(expect.arrayContaining([yesNo.label.vi, 'có/không']));
    expect(form!.columns.map((c) => c.heading)).toEqual(['Mã phiếu', 'Thôn', ...indicators.map((i) => `${i.label.vi} [${i.kind === 'judged' ? `0–${i.maxPoints} điểm` : i.kind === 'boolean' ? 'có/không' : i.kind === 'ratio' ? 'phần/tổng' : 'số'}]`)]);
    // Ratio columns are text, so that Excel keeps 2/3 as typed.
    expect(form!.columns.filter((c) => c.text).map((c) => c.heading)).toEqual(['Mã phiếu', expect.stringContaining(ratio.label.vi)]);
  });

  it('written as .xlsx and filled in as a hamlet would, it is read back and scored like the same assessment given directly', async () => {
    const written = await readWorkbook(await workbookBytes(sheets));
    expect(written.map((s) => s.name)).toEqual(['Hướng dẫn', 'Phiếu']);
    const form = written[1]!;
    const header = form.rows[1]!;
    const cells = (id: string, points: SheetCell, bookshelf: SheetCell, attendance: SheetCell): SheetCell[] =>
      header.map((h) => {
        if (h === 'Mã phiếu') return id;
        if (h === 'Thôn') return 'Thôn Đông';
        if (typeof h === 'string' && h.startsWith(yesNo.label.vi)) return bookshelf;
        if (typeof h === 'string' && h.startsWith(ratio.label.vi)) return attendance;
        return points;
      });
    const filled = { name: form.name, rows: [...form.rows, cells('H01', 8, 'có', '2/3'), cells('H02', '7', true, '3/3'), cells('H03', 10, 'x', '1/1')] };
    const r = readAssessmentSheet(family, filled, { keep: ['Thôn'] });
    expect(r.problems).toEqual([]);
    expect(r.headerRow).toBe(2); // below the title row
    expect(r.assessments.map((a) => a.row)).toEqual([3, 4, 5]);
    const h02 = r.assessments[1]!;
    expect(h02.kept).toEqual({ Thôn: 'Thôn Đông' });
    expect(h02.assessment.points?.[judged[0]!.id]).toBe(7);
    expect(h02.assessment.facts?.[ratio.id]).toEqual({ part: 3, whole: 3 });
    const direct = evaluate(family, { id: 'H02', points: Object.fromEntries(judged.map((j) => [j.id, 7])), facts: { [yesNo.id]: true, [ratio.id]: { part: 3, whole: 3 } } });
    expect(evaluate(family, h02.assessment)).toEqual(direct);
  });
});

describe('reading a sheet as Excel saves it', () => {
  const heading = ['Mã hộ', 'Thôn', ...judged.slice(0, 3).map((j) => j.label.vi), yesNo.label.vi, ratio.id];
  const title: ExcelCell[] = ['PHIẾU ĐÁNH GIÁ GIA ĐÌNH HỌC TẬP NĂM 2025', null, null, null, null, null, null];
  const rows: ExcelCell[][] = [
    title,
    ['Xã An Phú', null, null, null, null, null, null],
    heading,
    ['H01', 'Thôn 1', 8, { formula: 'MIN(10,9)', value: 9 }, '7,5', true, '2/3'], // a formula gives the value Excel computed
    ['H02', 'Thôn 1', { date: '2025-03-08' }, 5, 5, 'không', '1/2'], // a date where points belong
    ['H03', 'Thôn 2', 6, { error: '#DIV/0!' }, 5, 'có', { date: '2025-02-03' }], // a failed formula; 3/2 made a date
    ['H04', 'Thôn 2', 'x'.repeat(1_000_000), 5, 5, 'maybe', '1/1'], // a 1 MB cell, not yes/no
    [null, null, null, null, null, null, null], // a blank row
    ['H05', 'Thôn 3', 7, 7, 7, 1, '3/4'],
    ['H05', 'Thôn 3', 7, 7, 7, 0, '3/4'], // the same id again
  ];
  const bytes = excelWorkbook([{ name: 'Phiếu', rows, merge: ['A1:G1'] }]);

  it('reads text, numbers, yes/no, dates, formulas and errors', async () => {
    const [sheet] = await readWorkbook(bytes);
    expect(sheet!.rows[3]![3]).toBe(9);
    expect(sheet!.rows[4]![2]).toBeInstanceOf(Date);
    expect(sheet!.rows[5]![3]).toBe('#DIV/0!');
    expect(sheet!.rows[3]![5]).toBe(true);
  });

  it('reports every bad cell by its address and keeps every good row', async () => {
    const [sheet] = await readWorkbook(bytes);
    const r = readAssessmentSheet(family, sheet!, { keep: ['Thôn'] });
    expect(r.headerRow).toBe(3);
    expect(r.rowsRead).toBe(6);
    expect(r.assessments.map((a) => a.assessment.id)).toEqual(['H01', 'H05']);
    const where = r.problems.map((p) => `${p.cell} ${p.code}`);
    expect(where).toEqual(['C5 date_not_number', 'D6 excel_error', 'G6 date_not_number', 'C7 too_long', 'F7 not_yes_no', 'A10 duplicate_id']);
    const messages = Object.fromEntries(r.problems.map((p) => [p.cell, p.message.vi]));
    expect(messages.C5).toBe('ô này là ngày 08/03/2025, không phải số; hãy định dạng cột là Số (Number)');
    expect(messages.G6).toContain('Excel đã đổi ô này thành ngày 03/02/2025; hãy định dạng cột là Văn bản (Text)');
    expect(messages.D6).toContain('#DIV/0!');
    expect(messages.A10).toBe('mã "H05" trùng với dòng 9');
    // Every row read is either an assessment or has a problem: none is lost.
    expect(new Set([...r.assessments.map((a) => a.row), ...r.problems.map((p) => p.row)]).size).toBe(r.rowsRead);
  });

  it('names an unknown heading with the nearest label, and a heading two indicators share', () => {
    const reader = assessmentReader(family);
    const typo = judged[0]!.label.vi.slice(0, -2);
    const problems = reader.header(['Mã hộ', typo, judged[1]!.id, judged[1]!.label.vi.toUpperCase()], 1);
    expect(problems.map((p) => [p.cell, p.code])).toEqual([
      ['B1', 'unknown_column'],
      [undefined, 'same_indicator_twice'], // C1 by id, D1 by label
    ]);
    expect(problems[0]!.message.vi).toContain(`có phải ý bạn là "${judged[0]!.label.vi}"?`);
  });

  it('finds the header below title rows, and picks sheets by name or number', async () => {
    expect(findHeaderRow([['BÁO CÁO TỔNG HỢP'], ['Năm 2025', null], ['Xã', 'Số hộ'], ['A', 1]])).toBe(2);
    const two = await readWorkbook(excelWorkbook([{ name: 'Hướng dẫn', rows: [['x']] }, { name: 'Phiếu', rows: [['y']] }]));
    expect(pickSheet(two, 'phiếu').name).toBe('Phiếu');
    expect(pickSheet(two, '2').name).toBe('Phiếu');
    expect(() => pickSheet(two, 'Sheet9')).toThrow(/"Hướng dẫn", "Phiếu"/);
  });

  it('refuses what is not a workbook with a typed error', async () => {
    for (const bad of [new TextEncoder().encode('Mã hộ;a\nH1;2'), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), new Uint8Array(0)]) {
      const e = await readWorkbook(bad).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(LearningSocietyError);
      expect((e as LearningSocietyError).issues[0]!.code).toBe('invalid_workbook');
    }
    const big = await readWorkbook(bytes, { maxBytes: 100 }).catch((x: unknown) => x);
    expect((big as LearningSocietyError).issues[0]!.code).toBe('too_large');
  });
});

describe('writing sheets', () => {
  it('keeps numbers as numbers and sets widths; the statistics table recomputes its total row', async () => {
    // Seed 001 (Đồng Tháp): 812 of 1,043 households are learning families (77,85 %); the 2025 target is 90 %, so
    // ⌈1,043 × 90 %⌉ = 939 are required and 127 are still needed.
    const tally = new Tally();
    for (let i = 0; i < 1043; i++) tally.add({ province: 'VN-45', commune: i < 600 ? '30001' : '30002', model: 'learning-family', recognized: i < 812 });
    const table = summaryTable(tally, { level: 'commune', targets: targetsFor('VN-45', 2025) });
    const sheet = summarySheet(table, { title: 'Gia đình học tập năm 2025' });
    const total = sheet.rows[sheet.rows.length - 1]!;
    expect(total).toEqual(['Tổng cộng', 'Gia đình học tập', 1043, 812, 77.85, 90, 939, 127]);
    const [read] = await readWorkbook(await workbookBytes([sheet]));
    expect(read!.rows[0]![0]).toBe('Gia đình học tập năm 2025');
    expect(read!.rows[1]).toEqual(['Đơn vị', 'Mô hình', 'Số được đánh giá', 'Số được công nhận', 'Tỷ lệ (%)', 'Chỉ tiêu (%)', 'Số cần đạt', 'Còn thiếu']);
    expect(read!.rows[4]).toEqual(total);
  });

  it('cleans sheet names Excel would refuse', async () => {
    const long = 'Tổng hợp: xã/phường [2025] của toàn tỉnh Đồng Tháp';
    const read = await readWorkbook(await workbookBytes([{ name: long, columns: [{ heading: 'a' }], rows: [[1]] }, { name: long, columns: [{ heading: 'b' }], rows: [[2]] }]));
    expect(read.map((s) => s.name)).toEqual(['Tổng hợp  xã phường  2025  của', 'Tổng hợp  xã phường  2025  củ 2']);
    await expect(workbookBytes([])).rejects.toThrow(LearningSocietyError);
  });
});

describe('verifyReportTable', () => {
  // Seed 001 (Đồng Tháp): 812 of 1,043 households, 77,85 %. The two communes are made up to add up to it.
  const rows: SheetCell[][] = [
    ['BẢNG TỔNG HỢP GIA ĐÌNH HỌC TẬP NĂM 2025'],
    ['TT', 'Đơn vị', 'Tổng số hộ', 'Số hộ đạt GĐHT', 'Tỷ lệ (%)'],
    ['1', 'Xã A', 600, 500, '83,33'],
    ['2', 'Xã B', 443, 312, '70,43'],
    ['', 'Tổng cộng', 1043, 812, '77,85'],
  ];

  it('infers the layout and accepts a right table', () => {
    const v = verifyReportTable(rows);
    expect(v.layout).toEqual({ headerRow: 2, groups: [{ whole: 'C', part: 'D', percent: 'E' }], totalRows: [5], dataRows: [3, 4] });
    expect(v.ok).toBe(true);
    expect(v.checks).toHaveLength(3 + 2); // three percentages, two totals
    expect(v.conventions).toEqual(['half-up', 'half-even']); // 70,428… is not 70,43 by truncation, 83,333… not 83,33 by ceiling
  });

  it('names each wrong cell, what it states, what it should be, and why', () => {
    const wrong = rows.map((r) => [...r]);
    wrong[3]![4] = '70,42'; // truncated, not rounded: still accepted under truncation
    wrong[2]![4] = '83,3'; // one decimal is fine
    wrong[4]![2] = 1034; // a mistyped total
    wrong[4]![4] = '76,86'; // the mean of the rows' percentages (83,3 and 70,42), not recomputed
    const v = verifyReportTable(wrong);
    expect(v.ok).toBe(false);
    expect(v.wrong.map((w) => [w.cell, w.kind, w.stated, w.expected])).toEqual([
      ['C5', 'total', '1034', '1.043'],
      ['E5', 'percent', '76,86', '78,53'], // 812/1034 as the row prints it
    ]);
    expect(v.wrong[0]!.why.vi).toBe('tổng cột C các dòng 3–4 là 1.043, không phải 1034 (chênh -9)');
    expect(v.wrong[1]!.why.vi).toContain('trung bình cộng tỷ lệ của các dòng');
    expect(v.conventions).toEqual([]);
  });

  it('reads % cells as fractions, formulas at full precision, and a part above its whole', () => {
    const v = verifyReportTable([
      ['Xã', 'Số hộ', 'Số đạt', '%'],
      ['A', 1043, 812, 812 / 1043], // a formula =C2/B2 in a cell formatted as %
      ['B', 10, 12, 1.2],
    ]);
    expect(v.checks.find((c) => c.cell === 'D2')).toMatchObject({ ok: true, conventions: ['exact'] });
    expect(v.wrong.map((w) => [w.cell, w.kind])).toEqual([['C3', 'part-whole'], ['D3', 'percent']]);
  });

  it('follows a spec: the columns, the total rows, one rounding', () => {
    const v = verifyReportTable({ name: '', rows }, { groups: [{ whole: 'Tổng số hộ', part: 'D', percent: 4 }], totalRows: [5], rounding: 'truncate' });
    expect(v.wrong.map((w) => w.cell)).toEqual(['E4']); // 70,428… truncates to 70,42, not 70,43
    expect(() => verifyReportTable(rows, { groups: [{ whole: 'Nope', part: 'D', percent: 'E' }] })).toThrow(/Nope/);
    expect(() => verifyReportTable([['a', 'b'], ['c', 1]])).toThrow(LearningSocietyError);
  });
});
