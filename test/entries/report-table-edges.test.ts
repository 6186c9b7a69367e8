import { describe, expect, it } from 'vitest';
import { LearningSocietyError } from 'vn-learning-society';
import { verifyReportTable, type ReportTableSpec, type SheetCell } from 'vn-learning-society/sheets';

/**
 * Edges of verifyReportTable found by mutation testing (issue 24): which column is a percentage, a target or a count,
 * which row is a total and what it totals, how a cell's number and decimals are read, and what a wrong cell is told.
 * The two communes are those of test/entries/sheets.test.ts: 500 of 600 and 312 of 443 households, adding up to seed 001's
 * 812 of 1.043 (77,85 %). Other tables are made-up counts.
 */

type Rows = SheetCell[][];
const seed001: Rows = [
  ['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'],
  ['A', 600, 500, '83,33'],
  ['B', 443, 312, '70,43'],
  ['Tổng', 1043, 812, '77,85'],
];

/** The checked cells, `!` after a wrong one. */
const cells = (rows: Rows, spec?: ReportTableSpec) =>
  verifyReportTable(rows, spec)
    .checks.map((c) => `${c.cell}${c.ok ? '' : '!'}`)
    .join(' ');
const layout = (rows: Rows, spec?: ReportTableSpec) => verifyReportTable(rows, spec).layout;

/** The message of the refusal. */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!(e instanceof LearningSocietyError)) throw e;
    expect(e.code).toBe('invalid_input');
    return e.issues[0]!.message.en;
  }
  throw new Error('no error thrown');
}

describe('which column is a percentage, and which is a target', () => {
  it('a target column beside the percentage (Chỉ tiêu, Mục tiêu, Kế hoạch, Target, Plan) is not checked as a share of the counts', () => {
    for (const heading of ['Chỉ tiêu (%)', 'Mục tiêu (%)', 'Kế hoạch (%)', 'Target (%)', 'Plan (%)']) {
      const rows: Rows = [['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)', heading], ['A', 600, 500, '83,33', '90'], ['B', 443, 312, '70,43', '75']];
      expect(layout(rows).groups, heading).toEqual([{ whole: 'B', part: 'C', percent: 'D' }]);
      expect(cells(rows), heading).toBe('D2 D3');
    }
  });

  it('a percentage is headed Tỷ lệ …, Tỉ lệ …, … %, %, Percent … or Percentage …', () => {
    for (const heading of ['Tỉ lệ đạt', 'Tỷ lệ đạt', 'Hộ đạt %', '%', 'Percent recognised', 'Percentage of households', 'Percent', 'Percentage']) {
      const english = heading.startsWith('P');
      const rows: Rows = [['Xã', 'Số hộ', 'Số đạt', heading], ['A', 600, 500, english ? '83.33' : '83,33'], ['B', 443, 312, english ? '70.43' : '70,44'], ['C', 9, 7, '78']];
      // 312/443 = 70,428…%: 70,44 is wrong (it is read in English under English headings, and 70.43 is right).
      expect(cells(rows), heading).toBe(english ? 'D2 D3 D4' : 'D2 D3! D4');
    }
  });

  it('a title "Tỷ lệ …" above the table is not its header; the header is looked for in the first 30 rows only', () => {
    expect(layout([['Tỷ lệ hộ gia đình học tập năm 2025'], ...seed001])).toEqual({ headerRow: 2, groups: [{ whole: 'B', part: 'C', percent: 'D' }], totalRows: [5], dataRows: [3, 4] });
    const notes = (n: number): Rows => Array.from({ length: n }, () => ['ghi chú']);
    expect(layout([...notes(29), ...seed001]).headerRow).toBe(30);
    expect(refusal(() => verifyReportTable([...notes(30), ...seed001]))).toBe('no percentage column (headed "Tỷ lệ …" or "%") in the first 30 rows; name the columns (--whole, --part, --percent)');
  });

  it('the whole and the part are the two nearest columns of numbers to the left of the percentage, past text and codes', () => {
    const rows: Rows = [['Xã', 'Mã xã', 'Số hộ', 'Ghi chú', 'Số đạt', 'Tỷ lệ (%)'], ['A', '29926', 600, 'tốt', 500, '83,33']];
    expect(layout(rows).groups).toEqual([{ whole: 'C', part: 'E', percent: 'F' }]);
    expect(refusal(() => verifyReportTable([['Xã', 'Số đạt', 'Tỷ lệ (%)'], ['A', 500, '83,33']]))).toBe(
      'percentage column C has no two columns of numbers to its left (the whole and the part); name the columns',
    );
  });

  it('two groups side by side (families, then clans, in columns C–H) are each checked, and totalled', () => {
    const rows: Rows = [
      ['TT', 'Đơn vị', 'Tổng số hộ', 'Số hộ GĐHT', 'Tỷ lệ GĐHT (%)', 'Tổng số dòng họ', 'Số DHHT', 'Tỷ lệ DHHT (%)'],
      ['1', 'Xã A', 600, 500, '83,33', 20, 15, '75,00'],
      ['2', 'Xã B', 443, 312, '70,43', 10, 9, '90,00'],
      ['', 'Tổng cộng', 1043, 812, '77,85', 30, 25, '80,00'],
    ];
    expect(layout(rows).groups).toEqual([{ whole: 'C', part: 'D', percent: 'E' }, { whole: 'F', part: 'G', percent: 'H' }]);
    const v = verifyReportTable(rows);
    expect(v.wrong.map((w) => [w.cell, w.stated, w.expected])).toEqual([['G4', '25', '24']]);
  });

  it('a table with "Đã đánh giá" but no count of those recognised is read by position, not as the statistics table', () => {
    const rows: Rows = [['Xã', 'Đã đánh giá', 'Số hộ đạt', 'Tỷ lệ (%)'], ['A', 600, 500, '83,33'], ['B', 443, 312, '70,43']];
    expect(layout(rows).groups).toEqual([{ whole: 'B', part: 'C', percent: 'D' }]);
    expect(cells(rows)).toBe('D2 D3');
  });
});

describe('how a cell is read', () => {
  it('text with a %, with spaces around, a whole number as text, and a number with six decimals are figures as printed', () => {
    const rows: Rows = [['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'], ['A', 600, 500, '83,33%'], ['B', 443, 312, ' 70,43 '], ['C', 9, 7, '78'], ['D', 3, 2, 66.666667], ['E', 3, 1, 33.33]];
    const v = verifyReportTable(rows);
    expect(v.ok).toBe(true);
    expect(v.checks.map((c) => [c.cell, c.stated, c.conventions])).toEqual([
      ['D2', '83,33%', ['half-up', 'half-even', 'truncate']],
      ['D3', '70,43', ['half-up', 'half-even', 'ceiling']],
      ['D4', '78', ['half-up', 'half-even', 'ceiling']], // 7/9 = 77,78 %
      ['D5', '66,666667', ['half-up', 'half-even', 'ceiling']],
      ['D6', '33,33', ['half-up', 'half-even', 'truncate']],
    ]);
    // '78' read with two decimals would be wrong; the same figure wrong at its own precision is told so.
    expect(verifyReportTable([['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'], ['C', 9, 7, '76']]).wrong[0]!.why.en).toBe('7/9 = 77.777…%; at 0 decimals it should be 78, not 76');
  });

  it('a cell formatted as % holds a fraction, checked at the decimals the percentage shows (0,7785 → 77,85 %; 0,7 → 70 %)', () => {
    const rows: Rows = [['Xã', 'Số hộ', 'Số đạt', '%'], ['A', 1043, 812, 0.7785], ['B', 1043, 812, 0.779], ['C', 1043, 812, 0.78], ['D', 10, 7, 0.7], ['E', 1043, 812, 0.7786]];
    const v = verifyReportTable(rows);
    expect(v.checks.map((c) => [c.cell, c.stated, c.ok])).toEqual([
      ['D2', '77,85%', true],
      ['D3', '77,9%', true],
      ['D4', '78%', true],
      ['D5', '70%', true],
      ['D6', '77,86%', true], // 812/1043 = 77,852…%: 77,86 only by rounding up
    ]);
    expect(v.checks[4]!.conventions).toEqual(['ceiling']);
    expect(v.conventions).toEqual([]); // no one rounding gives every cell
  });

  it('a formula’s full value is checked exactly, and a wrong one is told its value to four decimals', () => {
    const v = verifyReportTable([['Xã', 'Số hộ', 'Số đạt', '%'], ['A', 1043, 812, 812 / 1043], ['B', 1043, 811, 812 / 1043]]);
    expect(v.checks.map((c) => [c.cell, c.ok, c.conventions])).toEqual([['D2', true, ['exact']], ['D3', false, []]]);
    expect(v.wrong[0]!.expected).toBe('77,7565'); // 811/1043 = 77,75647…%
    expect(v.conventions).toEqual([]); // formulas say nothing about a rounding, right or wrong
  });

  it('a blank or missing count leaves its row unchecked, without an error', () => {
    const rows: Rows = [['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'], ['A', 100, 80, '80'], ['B', 100, '', ''], ['C', 100, null, '50'], ['D', '', 40, '40']];
    expect(cells(rows)).toBe('D2');
  });

  it('a wrong percentage at one decimal says "1 decimal"; a part above its whole names the row by its label, trimmed or cut at 57 characters', () => {
    const one = verifyReportTable([['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'], ['A', 600, 500, '83,2']]);
    expect(one.wrong[0]!.why).toEqual({ vi: '500/600 = 83,3333…%; với 1 chữ số thập phân phải là 83,3, không phải 83,2', en: '500/600 = 83.3333…%; at 1 decimal it should be 83.3, not 83,2' });
    const even = verifyReportTable([['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'], ['A', 4, 3, '74,00']]).wrong[0]!;
    expect([even.expected, even.why.en]).toEqual(['75,00', '3/4 = 75%; at 2 decimals it should be 75.00, not 74,00']);
    const long = 'Xã có tên rất dài '.repeat(4); // 72 characters
    const v = verifyReportTable([['Đơn vị', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'], ['  Xã A  ', 10, 12, '120'], [long, 10, 11, '110']]);
    expect(v.wrong.map((w) => [w.cell, w.kind, w.why.en])).toEqual([
      ['C2', 'part-whole', 'Xã A: the part 12 is above the whole 10 (cell B2)'],
      ['C3', 'part-whole', `${long.slice(0, 57)}…: the part 11 is above the whole 10 (cell B3)`],
    ]);
  });
});

describe('totals', () => {
  const districts: Rows = [
    ['Đơn vị', 'Tổng số hộ', 'Số hộ đạt', 'Tỷ lệ (%)'],
    ['Xã A', 100, 80, '80,0'],
    ['Xã B', 200, 150, '75,0'],
    ['Cộng huyện X', 300, 230, '76,7'],
    ['Xã C', 50, 40, '80,0'],
    ['Cộng huyện Y', 50, 40, '80,0'],
    ['Tổng cộng', 350, 270, '77,1'],
  ];
  const changed = (row: number, col: number, value: SheetCell) => districts.map((r, i) => (i === row - 1 ? r.map((c, j) => (j === col ? value : c)) : r));

  it('subtotals then a grand total: each subtotal totals the rows since the one before, the grand total every unit row', () => {
    const v = verifyReportTable(districts);
    expect(v.ok).toBe(true);
    expect(v.layout).toEqual({ headerRow: 1, groups: [{ whole: 'B', part: 'C', percent: 'D' }], totalRows: [4, 6, 7], dataRows: [2, 3, 5] });
    expect(v.checks.filter((c) => c.kind === 'total').map((c) => [c.cell, c.why.en])).toEqual([
      ['B4', 'the sum of column B, rows 2–3, is 300'],
      ['C4', 'the sum of column C, rows 2–3, is 230'],
      ['B6', 'the sum of column B, rows 5–5, is 50'],
      ['C6', 'the sum of column C, rows 5–5, is 40'],
      ['B7', 'the sum of column B, rows 2, 3, 5, is 350'],
      ['C7', 'the sum of column C, rows 2, 3, 5, is 270'],
    ]);
  });

  it('a wrong subtotal and a wrong grand total are each found, against their own rows', () => {
    expect(verifyReportTable(changed(4, 1, 301)).wrong.map((w) => [w.cell, w.expected, w.why.en])).toEqual([['B4', '300', 'the sum of column B, rows 2–3, is 300, not 301 (off by 1)']]);
    expect(verifyReportTable(changed(7, 2, 271)).wrong.map((w) => [w.cell, w.expected, w.why.vi])).toEqual([['C7', '270', 'tổng cột C các dòng 2, 3, 5 là 270, không phải 271 (chênh 1)']]);
  });

  it('a total row is one labelled Tổng …, Cộng …, Total or Total …, even after an empty first cell', () => {
    for (const label of ['Tổng số', 'Cộng', 'Total', 'Total of the district']) {
      expect(layout([...seed001.slice(0, 3), ['', label, 1043, 812, '77,85'].slice(1)]).totalRows, label).toEqual([4]);
    }
    expect(layout([['', ...seed001[0]!], ['', ...seed001[1]!], ['', ...seed001[2]!], ['', 'Tổng cộng', 1043, 812, '77,85']]).totalRows).toEqual([4]);
    expect(layout([...seed001.slice(0, 3), ['Xã Tổng', 1043, 812, '77,85']]).totalRows).toEqual([]);
  });

  it('more than six rows totalled are named by the first three and the last', () => {
    const unit = (i: number): SheetCell[] => [`X${i}`, 10, 5, '50'];
    // Units in rows 2 and 4–10, a blank row 3 between them, the total in row 11.
    const spread: Rows = [['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'], unit(0), ['', ''], ...[1, 2, 3, 4, 5, 6, 7].map(unit), ['Tổng', 80, 40, '50']];
    expect(verifyReportTable(spread).checks.find((c) => c.cell === 'B11')!.why.en).toBe('the sum of column B, rows 2, 4, 5, …, 10 (8), is 80');
  });

  it('a wrong count in one unit row, seen in its total and its own percentage, is named at its cell too', () => {
    const v = verifyReportTable([['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'], ['A', 600, 501, '83,33'], ['B', 443, 312, '70,43'], ['Tổng', 1043, 812, '77,85']]);
    expect(v.wrong.map((w) => [w.cell, w.kind, w.expected])).toEqual([
      ['D2', 'percent', '83,50'],
      ['C2', 'total', '500'],
      ['C4', 'total', '813'],
    ]);
  });

  it('given total rows replace the labels', () => {
    expect(layout(seed001, { totalRows: [4] }).totalRows).toEqual([4]);
    expect(layout(seed001, { totalRows: [] })).toMatchObject({ totalRows: [], dataRows: [2, 3, 4] });
  });
});

describe('a spec that names what is not there is refused, saying what', () => {
  it('the table and the spec', () => {
    expect(refusal(() => verifyReportTable('x' as unknown as Rows))).toBe('expected a table: rows of cells');
    expect(refusal(() => verifyReportTable([['a'], 'b'] as unknown as Rows))).toBe('expected a table: rows of cells');
    expect(refusal(() => verifyReportTable(seed001, null as unknown as ReportTableSpec))).toBe('the spec must be an object');
    expect(refusal(() => verifyReportTable(seed001, 'x' as unknown as ReportTableSpec))).toBe('the spec must be an object');
  });

  it('the header row: 1 to the number of rows', () => {
    for (const bad of [0, 1.5, 5]) expect(refusal(() => verifyReportTable(seed001, { headerRow: bad })), String(bad)).toBe(`no header row ${bad}`);
    expect(layout([['Ghi chú'], ...seed001], { headerRow: 2 }).headerRow).toBe(2);
  });

  it('the total rows: 1 to the number of rows', () => {
    for (const bad of [0, 1.5, 5]) expect(refusal(() => verifyReportTable(seed001, { totalRows: [bad] })), String(bad)).toBe(`no row ${bad}`);
  });

  it('the columns: a letter (any case, spaced), an index from 0 to 16.383, or a heading', () => {
    expect(layout(seed001, { groups: [{ whole: 'b', part: ' C ', percent: 3 }] }).groups).toEqual([{ whole: 'B', part: 'C', percent: 'D' }]);
    expect(layout(seed001, { groups: [{ whole: 'AA', part: 'C', percent: 'XFD' }] }).groups).toEqual([{ whole: 'AA', part: 'C', percent: 'XFD' }]);
    expect(layout(seed001, { groups: [{ whole: 0, part: 'Số đạt', percent: 16_383 }] }).groups).toEqual([{ whole: 'A', part: 'C', percent: 'XFD' }]);
    const first: Rows = [['Số hộ', 'Số đạt', 'Tỷ lệ (%)', 'Xã'], [600, 500, '83,35', 'A']];
    expect(cells(first, { groups: [{ whole: 'Số hộ', part: 'số đạt', percent: 'Tỷ lệ (%)' }] })).toBe('C2!');
    for (const bad of [16_384, -1, 1.5]) expect(refusal(() => verifyReportTable(seed001, { groups: [{ whole: bad, part: 'C', percent: 'D' }] })), String(bad)).toBe(`no column "${bad}" (give its letter, e.g. C, or its heading)`);
    expect(refusal(() => verifyReportTable(seed001, { groups: [{ whole: 'Nope', part: 'C', percent: 'D' }] }))).toBe('no column "Nope" (give its letter, e.g. C, or its heading)');
  });

  it('with the columns named, a table with no percentage heading is read from its first row', () => {
    const rows: Rows = [['Xã', 'Số hộ', 'Số đạt', 'Phần trăm'], ['A', 600, 500, '83,33']];
    expect(layout(rows, { groups: [{ whole: 'B', part: 'C', percent: 'D' }] })).toEqual({ headerRow: 1, groups: [{ whole: 'B', part: 'C', percent: 'D' }], totalRows: [], dataRows: [2] });
  });
});

describe('the statistics table the library writes (summarySheet), read by its headings', () => {
  // 20 made-up results of two communes (test/journeys/summary-verify.test.ts) against Đồng Tháp's 2025 targets
  // (data/targets/targets-dong-thap-2030.json: 90 % of households, 80 % of clans); only 29926 has populations.
  const heading = ['Đơn vị', 'Mô hình', 'Số trong phạm vi', 'Số được đánh giá', 'Số được công nhận', 'Tỷ lệ (%)', 'Chỉ tiêu (%)', 'Số cần đạt', 'Còn thiếu'];
  const summary: Rows = [
    heading,
    ['29926', 'Gia đình học tập', 10, 7, 7, 70, 90, 9, 2],
    ['29926', 'Dòng họ học tập', 5, 3, 3, 60, 80, 4, 1],
    ['29929', 'Gia đình học tập', null, 6, 3, 50, 90, 6, 3],
    ['29929', 'Dòng họ học tập', null, 4, 2, 50, 80, 4, 2],
    ['Tổng cộng', 'Gia đình học tập', null, 13, 10, 76.92, 90, 12, 2],
    ['Tổng cộng', 'Dòng họ học tập', null, 7, 5, 71.43, 80, 6, 1],
  ];
  const set = (row: number, col: number, value: SheetCell) => summary.map((r, i) => (i === row - 1 ? r.map((c, j) => (j === col ? value : c)) : r));

  it('the share is of those in scope (7 of 10), or of those evaluated where a unit has no population (3 of 6); each total totals its model', () => {
    const v = verifyReportTable(summary);
    expect(v.wrong).toEqual([]);
    expect(v.layout).toEqual({ headerRow: 1, groups: [{ whole: 'C', fallbackWhole: 'D', part: 'E', percent: 'F', target: 'G' }], totalRows: [6, 7], dataRows: [2, 3, 4, 5] });
    expect(v.checks.filter((c) => c.kind === 'total').map((c) => [c.cell, c.why.en])).toEqual([
      ['D6', 'the sum of column D, rows 2, 4, is 13'],
      ['E6', 'the sum of column E, rows 2, 4, is 10'],
      ['D7', 'the sum of column D, rows 3, 5, is 7'],
      ['E7', 'the sum of column E, rows 3, 5, is 5'],
    ]);
    expect(v.checks.filter((c) => c.row === 2).map((c) => [c.cell, c.kind, c.why.en])).toEqual([
      ['F2', 'percent', '7/10 = 70%; 70 matches under round half up or round half to even or truncate or round up (ceiling)'],
      ['H2', 'required', 'the count the target requires: ⌈10 × 90%⌉ = 9'],
      ['I2', 'required', 'the count still needed: 9 − 7 = 2 (never below 0)'],
    ]);
  });

  it('a wrong count required or still needed is told how it is worked out', () => {
    expect(verifyReportTable(set(2, 7, 8)).wrong.map((w) => [w.cell, w.expected, w.why.vi])).toEqual([['H2', '9', 'số cần đạt chỉ tiêu: ⌈10 × 90%⌉ = 9, không phải 8']]);
    expect(verifyReportTable(set(2, 8, 3)).wrong.map((w) => [w.cell, w.expected, w.why.en])).toEqual([['I2', '2', 'the count still needed: 9 − 7 = 2 (never below 0), not 3']]);
  });

  it('a blank target, count required or count still needed is not checked, without an error', () => {
    expect(verifyReportTable(set(3, 6, null)).checks.filter((c) => c.row === 3).map((c) => c.cell)).toEqual(['F3']);
    expect(verifyReportTable(set(2, 7, null)).checks.filter((c) => c.row === 2).map((c) => c.cell)).toEqual(['F2', 'I2']);
    expect(verifyReportTable(set(2, 8, '')).checks.filter((c) => c.row === 2).map((c) => c.cell)).toEqual(['F2', 'H2']);
  });

  it('a percentage shows the decimals of its column: 67 beside 76,92 is 67,00, wrong for 2 of 3 (66,67)', () => {
    const v = verifyReportTable(set(5, 4, 2).map((r, i) => (i === 4 ? r.map((c, j) => (j === 5 ? 67 : j === 3 ? 3 : c)) : r)));
    expect(v.wrong.filter((w) => w.kind === 'percent').map((w) => [w.cell, w.expected])).toEqual([['F5', '66,67']]);
  });
});

describe('texts at their length limits (what is read as a heading, a label or a number)', () => {
  const body = seed001.slice(1);
  it('a heading of up to 200 characters is a percentage heading; one of 201 is not', () => {
    const h200 = `Tỷ lệ ${'x'.repeat(194)}`;
    expect(h200).toHaveLength(200);
    expect(layout([['Xã', 'Số hộ', 'Số đạt', h200], ...body]).groups).toEqual([{ whole: 'B', part: 'C', percent: 'D' }]);
    expect(refusal(() => verifyReportTable([['Xã', 'Số hộ', 'Số đạt', `${h200}x`], ...body]))).toContain('no percentage column');
  });

  it('a label "Tổng …" of up to 200 characters makes a total row; one of 201 does not', () => {
    const t200 = `Tổng ${'x'.repeat(195)}`;
    expect(layout([...seed001.slice(0, 3), [t200, 1043, 812, '77,85']]).totalRows).toEqual([4]);
    expect(layout([...seed001.slice(0, 3), [`${t200}x`, 1043, 812, '77,85']]).totalRows).toEqual([]);
  });

  it('a row label of 60 characters is quoted whole, one of 61 cut to 57 and "…"', () => {
    const l60 = `Xã ${'y'.repeat(57)}`;
    const v = verifyReportTable([seed001[0]!, [l60, 10, 12, '120'], [`${l60}z`, 10, 12, '120']]);
    expect(v.wrong.map((w) => w.why.en.split(':')[0])).toEqual([l60, `${l60.slice(0, 57)}…`]);
  });

  it('a column named by a heading of up to 200 characters is found; one of 201 is refused', () => {
    const r200 = `Số hộ ${'h'.repeat(194)}`;
    expect(layout([['Xã', r200, 'Số đạt', 'Tỷ lệ (%)'], ...body], { groups: [{ whole: r200, part: 'C', percent: 'D' }] }).groups).toEqual([{ whole: 'B', part: 'C', percent: 'D' }]);
    expect(refusal(() => verifyReportTable([['Xã', `${r200}h`, 'Số đạt', 'Tỷ lệ (%)'], ...body], { groups: [{ whole: `${r200}h`, part: 'C', percent: 'D' }] }))).toContain('no column');
  });

  it('a number of up to 64 characters is read; one of 65 is not a number', () => {
    const v = verifyReportTable([seed001[0]!, ['A', 600, 500, '8'.repeat(64)], ['B', 600, 500, '8'.repeat(65)]]);
    expect(v.checks.map((c) => [c.cell, c.ok])).toEqual([['D2', false]]);
  });
});

describe('rows that are not units, blanks, and totals checked from the sums', () => {
  const H: SheetCell[] = ['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'];
  it('a count that is not finite is not a count: its row is not checked', () => {
    expect(cells([H, ['A', Infinity, 500, '83,33'], ['B', 443, 312, '70,43']])).toBe('D3');
  });

  it('a row of column numbers under the header is not a unit; whole and part may be in columns A and B', () => {
    expect(layout([H, [1, 2, 3, 4], ['A', 600, 500, '83,33'], ['B', 443, 312, '70,43']])).toMatchObject({ dataRows: [3, 4] });
    expect(layout([['Số hộ', 'Số đạt', 'Tỷ lệ (%)', 'Xã'], [600, 500, '83,33', 'A'], [443, 312, '70,43', 'B']]).groups).toEqual([{ whole: 'A', part: 'B', percent: 'C' }]);
  });

  it('a label is the first text that is not blank: past a statistics code and a cell of spaces', () => {
    const v = verifyReportTable([['Mã', 'Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'], [29926, 'Xã A', 10, 12, '120'], ['  ', 'Xã B', 10, 12, '120'], ['  ', 'Tổng cộng', 20, 24, '120']]);
    expect(v.wrong.filter((w) => w.kind === 'part-whole').map((w) => w.why.en)).toEqual([
      'Xã A: the part 12 is above the whole 10 (cell C2)',
      'Xã B: the part 12 is above the whole 10 (cell C3)',
    ]);
    expect(v.layout.totalRows).toEqual([4]);
  });

  it('a blank count in a unit row whose other figures are wrong does not stop the check of the total (the TypeError of the December report)', () => {
    const rows: Rows = [
      ['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)', 'Số dòng họ', 'Số DHHT', 'Tỷ lệ DH (%)'],
      ['A', 600, 500, '83,40', '', 15, '75'],
      ['B', 443, 312, '70,43', 10, 9, '90'],
      ['Tổng', 1043, 812, '77,85', 11, 24, ''],
    ];
    expect(verifyReportTable(rows).wrong.map((w) => [w.cell, w.expected])).toEqual([['D2', '83,33'], ['E4', '10']]);
  });

  it('unit rows with no percentage leave the total’s percentage to its counts', () => {
    expect(cells([H, ['A', 600, 500, ''], ['B', 443, 312, ''], ['Tổng', 1043, 812, '77,85']])).toBe('B4 C4 D4');
  });

  it('a wrong total percentage that is not the mean of the rows is told what it should be, without a word on means', () => {
    const v = verifyReportTable([H, ['A', 600, 500, '83,33'], ['B', 443, 312, '70,43'], ['Tổng', 1043, 812, '77,90']]);
    expect(v.wrong.map((w) => [w.cell, w.why.en])).toEqual([['D4', '812/1043 = 77.85234…%; at 2 decimals it should be 77.85, not 77,90']]);
  });

  it('a mistyped total count is the one cell named: the total’s percentage, right from the sums of the rows, is accepted', () => {
    const v = verifyReportTable([H, ['A', 600, 500, '83,33'], ['B', 443, 312, '70,43'], ['Tổng', 1034, 812, '77,85']]);
    expect(v.wrong.map((w) => [w.cell, w.why.en])).toEqual([['B4', 'the sum of column B, rows 2–3, is 1043, not 1034 (off by -9)']]);
  });

  it('the plain English rollup (Assessed, no population) has no fallback whole', () => {
    const rows: Rows = [['Unit', 'Model', 'Assessed', 'Recognised', 'Percent'], ['29926', 'Learning families', 7, 7, '100.00'], ['29929', 'Learning families', 6, 3, '50.00'], ['Total', 'Learning families', 13, 10, '76.92']];
    expect(layout(rows)).toEqual({ headerRow: 1, groups: [{ whole: 'C', part: 'D', percent: 'E' }], totalRows: [4], dataRows: [2, 3] });
    expect(cells(rows)).toBe('E2 E3 C4 D4 E4');
  });
});

describe('more layouts and cells (issue 24, what the second run of report-table left)', () => {
  const H: SheetCell[] = ['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)'];
  it('"83,33 %" with a space before % is 83,33 at two decimals', () => {
    expect(verifyReportTable([H, ['A', 600, 500, '83,33 %']]).checks.map((c) => [c.stated, c.ok, c.conventions])).toEqual([['83,33 %', true, ['half-up', 'half-even', 'truncate']]]);
  });

  it('column numbers in the header (1, 2) do not stop the counts under them being read', () => {
    expect(layout([['TT', 'Xã', 1, 2, 'Tỷ lệ (%)', null], ['1', 'A', 600, 500, '83,33']]).groups).toEqual([{ whole: 'C', part: 'D', percent: 'E' }]);
  });

  it('a target heading of 200 characters is still a target', () => {
    const t200 = `Chỉ tiêu (%) ${'x'.repeat(187)}`;
    expect(t200).toHaveLength(200);
    expect(layout([['Xã', 'Số hộ', 'Số đạt', 'Tỷ lệ (%)', t200], ['A', 600, 500, '83,33', '90']]).groups).toEqual([{ whole: 'B', part: 'C', percent: 'D' }]);
  });

  it('a target column between the counts and the percentage is not a count', () => {
    expect(layout([['Xã', 'Số hộ', 'Số đạt', 'Chỉ tiêu (%)', 'Tỷ lệ (%)'], ['A', 600, 500, 90, '83,33']]).groups).toEqual([{ whole: 'B', part: 'C', percent: 'E' }]);
  });

  it('headings of the statistics table without all of its columns are read by position', () => {
    for (const header of [['Xã', 'Số được đánh giá', 'Số được công nhận', 'Tỷ lệ đạt'], ['Xã', 'Số hộ', 'Số được công nhận', 'Tỷ lệ (%)']] as SheetCell[][]) {
      expect(cells([header, ['A', 600, 500, '83,33'], ['B', 443, 312, '70,44']]), String(header)).toBe('D2 D3!');
    }
  });

  it('a column given as something that is neither a letter, an index nor a heading is refused', () => {
    expect(refusal(() => verifyReportTable(seed001, { groups: [{ whole: {} as unknown as string, part: 'C', percent: 'D' }] }))).toBe('no column "[object Object]" (give its letter, e.g. C, or its heading)');
    expect(refusal(() => verifyReportTable(seed001, { groups: [{ whole: null as unknown as string, part: 'C', percent: 'D' }] }))).toBe('no column "null" (give its letter, e.g. C, or its heading)');
  });

  it('a header row given is used as given, even when a later row would be taken for one', () => {
    const rows: Rows = [['Xã', 'Số hộ', 'Số đạt', 'Phần trăm'], ['A', 600, 500, '83,33'], ['Ghi chú: Tỷ lệ (%) trên số hộ', 'x']];
    expect(layout(rows, { headerRow: 1, groups: [{ whole: 'B', part: 'C', percent: 'D' }] })).toEqual({ headerRow: 1, groups: [{ whole: 'B', part: 'C', percent: 'D' }], totalRows: [], dataRows: [2] });
  });

  it('a title with blank cells beside it is still a title; a percentage heading alone on its row is the header when no row has more', () => {
    expect(layout([['Tỷ lệ hộ gia đình học tập', '', null], ...seed001]).headerRow).toBe(2);
    expect(layout([['', '', '', 'Tỷ lệ (%)'], ['A', 600, 500, '83,33']])).toEqual({ headerRow: 1, groups: [{ whole: 'B', part: 'C', percent: 'D' }], totalRows: [], dataRows: [2] });
  });

  it('an English heading of 200 characters makes the numbers English', () => {
    const p200 = `Percentage ${'x'.repeat(189)}`;
    expect(cells([['Xã', 'Số hộ', 'Số đạt', p200], ['A', 600, 500, '83.33']])).toBe('D2');
  });

  it('row 1 may be named a total row', () => {
    expect(layout(seed001, { totalRows: [1] })).toMatchObject({ totalRows: [], dataRows: [2, 3, 4] });
  });

  it('a note of text only, and a row of numbers beside a blank text, are not units', () => {
    expect(layout([H, ['  ', 1, 2, 3], ['A', 600, 500, '83,33'], ['Ghi chú', 'số liệu tạm tính']])).toMatchObject({ dataRows: [3] });
    expect(layout([H, ['1', '2', '3', '4'], ['A', 600, 500, '83,33']])).toMatchObject({ dataRows: [3] });
  });

  it('a fraction is read only from a number cell outside the statistics table: "0,5" as text is 0,5 %, and 0.5 in the statistics table is 0,50 %', () => {
    expect(verifyReportTable([H, ['A', 2, 1, '0,5']]).wrong.map((w) => [w.cell, w.expected])).toEqual([['D2', '50,0']]);
    const heading = ['Đơn vị', 'Mô hình', 'Số được đánh giá', 'Số được công nhận', 'Tỷ lệ (%)'];
    const v = verifyReportTable([heading, ['29926', 'Gia đình học tập', 2, 1, 0.5], ['29929', 'Gia đình học tập', 3, 2, 66.67]]);
    expect(v.wrong.map((w) => [w.cell, w.expected])).toEqual([['E2', '50,00']]);
  });

  it('outside the statistics table a number shows its own decimals: 78 beside 83.33 is 78 %, right for 7 of 9', () => {
    expect(cells([H, ['A', 600, 500, 83.33], ['C', 9, 7, 78]])).toBe('D2 D3');
  });

  it('a wrong fraction is told as a percentage: 0,7799 is 77,99 %, where 812 of 1.043 is 77,85 %', () => {
    const w = verifyReportTable([['Xã', 'Số hộ', 'Số đạt', '%'], ['A', 1043, 812, 0.7799]]).wrong[0]!;
    expect([w.cell, w.stated, w.expected]).toEqual(['D2', '77,99%', '77,85']);
  });

  it('a unit of the statistics table with neither a population nor a count evaluated is not checked', () => {
    const heading = ['Đơn vị', 'Mô hình', 'Số trong phạm vi', 'Số được đánh giá', 'Số được công nhận', 'Tỷ lệ (%)'];
    expect(cells([heading, ['29926', 'Gia đình học tập', 10, 7, 7, 70], ['29929', 'Gia đình học tập', null, null, 3, 50]])).toBe('F2');
  });
});

describe('a total printed above the units', () => {
  const H: SheetCell[] = ['Đơn vị', 'Tổng số hộ', 'Số hộ đạt', 'Tỷ lệ (%)'];
  it('"Tổng cộng" first totals every unit below it (it was compared with no rows, and called wrong)', () => {
    const v = verifyReportTable([H, ['Tổng cộng', 1043, 812, '77,85'], ['Xã A', 600, 500, '83,33'], ['Xã B', 443, 312, '70,43']]);
    expect(v.ok).toBe(true);
    expect(v.checks.filter((c) => c.kind === 'total').map((c) => c.why.en)).toEqual(['the sum of column B, rows 3–4, is 1043', 'the sum of column C, rows 3–4, is 812']);
  });

  it('with subtotals after it, each subtotal totals the rows since the total before it, the last one too', () => {
    const v = verifyReportTable([
      H,
      ['Tổng cộng', 350, 270, '77,1'],
      ['Xã A', 100, 80, '80,0'],
      ['Xã B', 200, 150, '75,0'],
      ['Cộng huyện X', 300, 230, '76,7'],
      ['Xã C', 50, 40, '80,0'],
      ['Cộng huyện Y', 50, 40, '80,0'],
    ]);
    expect(v.ok).toBe(true);
    expect(v.checks.filter((c) => c.kind === 'total' && c.cell.startsWith('B')).map((c) => [c.cell, c.why.en])).toEqual([
      ['B2', 'the sum of column B, rows 3, 4, 6, is 350'],
      ['B5', 'the sum of column B, rows 3–4, is 300'],
      ['B7', 'the sum of column B, rows 6–6, is 50'],
    ]);
  });

  it('six rows totalled that are not one run are each named', () => {
    const unit = (i: number): SheetCell[] => [`X${i}`, 10, 5, '50'];
    const v = verifyReportTable([H, unit(0), ['', ''], ...[1, 2, 3, 4, 5].map(unit), ['Tổng', 60, 30, '50']]);
    expect(v.checks.find((c) => c.cell === 'B9')!.why.en).toBe('the sum of column B, rows 2, 4, 5, 6, 7, 8, is 60');
  });
});

describe('a table whose units are listed by code alone (Mã xã), as statistics exports print them', () => {
  // Made-up counts of two communes of Đồng Tháp by their statistics codes (data/units/, list of 1 July 2025).
  const header = ['Mã xã', 'Tổng số hộ', 'Số hộ đạt', 'Tỷ lệ (%)'];
  it('codes as text or as Excel numbers are labels, not counts: each percentage and the total are checked', () => {
    for (const codes of [['29926', '29929'], [29926, 29929]] as const) {
      const v = verifyReportTable({ name: '', rows: [header, [codes[0], 100, 80, '85,00'], [codes[1], 50, 40, '80,00'], ['Tổng cộng', 150, 120, '80,00']] });
      expect(v.wrong.map((w) => w.cell)).toEqual(['D2']); // 80/100 = 80,00 %, not 85,00
      expect(v.checks.filter((c) => c.kind === 'percent')).toHaveLength(3);
      expect(v.checks.filter((c) => c.kind === 'total').map((c) => c.ok)).toEqual([true, true]); // 150 households, 120 recognised
    }
  });

  it('a part above its whole is named by the row’s code; with a name column, by the name', () => {
    const byCode = verifyReportTable({ name: '', rows: [header, ['29926', 100, 120, '120,00'], ['29929', 50, 40, '80,00']] });
    expect(byCode.wrong.find((w) => w.cell === 'C2')?.why.vi).toBe('29926: số đạt 120 lớn hơn tổng số 100 (ô B2)');
    const byName = verifyReportTable({ name: '', rows: [['Mã xã', 'Tên xã', ...header.slice(1)], ['29926', 'Xã Tân Hồng', 100, 120, '120,00'], ['29929', 'Xã Tân Hộ Cơ', 50, 40, '80,00']] });
    expect(byName.wrong.find((w) => w.cell === 'D2')?.why.vi).toBe('Xã Tân Hồng: số đạt 120 lớn hơn tổng số 100 (ô C2)');
  });
});
