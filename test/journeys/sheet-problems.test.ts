import { describe, expect, it } from 'vitest';
import { closestName, compileRuleSet, getRuleSet, indicatorsOf } from 'vn-learning-society';
import { synthetic } from '../fixtures/synthetic.js';
import { assessmentReader, assessmentTemplate, readWorkbook } from 'vn-learning-society/sheets';
import { excelWorkbook } from '../helpers/xlsx.js';
import { runInMemory as run } from '../helpers/cli.js';

// A hamlet's sheet, end to end (issue 23): an extra column is told apart from a typo, a problem scoring finds is
// traced to its cell, and the template says what the rule set takes.

// The family criteria of QĐ 448/QĐ-KHVN (2016–2020), as shipped: data/rule-sets/learning-family-khvn-2015.json.
const family = getRuleSet('learning-family-khvn-2015');
const indicators = indicatorsOf(family);
const judged = indicators.find((i) => i.kind === 'judged')!;

describe('an unknown column', () => {
  it('Thôn, Ấp, Ho ten: no nonsense "did you mean", but the columns read and how to keep one', async () => {
    for (const heading of ['Thôn', 'Ấp', 'Ho ten']) {
      const csv = `Mã phiếu,${heading},${judged.id}\nH01,x,8\n`;
      const r = await run(['evaluate', '-r', family.id, '-i', 'a.csv', '--keep', 'Tỉnh,Xã'], { 'a.csv': csv });
      expect(r.code).toBe(2);
      expect(r.err).toContain(`cột B "${heading}": bộ tiêu chí ${family.id} không có chỉ báo này; các cột được đọc là mã phiếu`);
      expect(r.err).not.toContain('có phải ý bạn là');
      expect(r.err).toContain(`--keep "${heading}"`);
      expect(r.err).toContain(judged.id);
    }
  });

  it('a typo of a real heading still gets the heading meant, diacritics folded', async () => {
    const typo = judged.label.vi.slice(0, -1); // the label, its last letter left out
    const r = await run(['--lang', 'en', 'evaluate', '-r', family.id, '-i', 'a.csv'], { 'a.csv': `Mã phiếu,"${typo}"\nH01,8\n` });
    expect(r.code).toBe(2);
    expect(r.err).toContain(`did you mean "${judged.label.vi}"?`);
    const reader = assessmentReader(family, { keep: ['Tỉnh', 'Xã'] });
    expect(reader.header(['Mã phiếu', 'Tinh ', 'xa'], 1)).toEqual([]); // kept columns, matched folded
    expect(reader.header(['Mã phiếu', 'Tỉnh', 'Xã', 'Thon'], 1).map((p) => [p.cell, p.message.en.includes('did you mean')])).toEqual([['D1', false]]);
  });

  it('closestName: near is a third of the length, short names only as they are', () => {
    expect(closestName('Thôn', ['tỉnh', 'xã', 'id'])).toBeUndefined();
    expect(closestName('Ấp', ['tỉnh', 'xã', 'id'])).toBeUndefined();
    expect(closestName('Ho ten', ['Họ tên chủ hộ', 'tỉnh'])).toBeUndefined();
    expect(closestName('Ho ten chu ho', ['Họ tên chủ hộ', 'tỉnh'])).toBe('Họ tên chủ hộ');
    expect(closestName('whol', ['whole', 'part'])).toBe('whole');
    expect(closestName('condtions', ['children', 'conditions'])).toBe('conditions');
  });
});

describe('a problem scoring finds in a row of a sheet', () => {
  it('evaluate names the row and the path; reader.cellOf traces the path to the cell and its heading', async () => {
    const header = ['Mã phiếu', 'Thôn', ...indicators.map((i) => i.label.vi)];
    const column = header.indexOf(judged.label.vi);
    const row = (id: string, points: number) => header.map((h, i) => (i === 0 ? id : i === 1 ? 'Thôn 1' : i === column ? points : indicators[i - 2]!.kind === 'boolean' ? 'có' : indicators[i - 2]!.kind === 'ratio' ? '2/2' : 5));
    // Points above the indicator's maximum: a rule of the rule set, found by scoring, not by reading the cell.
    const book = excelWorkbook([{ name: 'Phiếu', rows: [header, row('H01', 8), row('H02', judged.maxPoints + 1)] }]);
    const r = await run(['evaluate', '-r', family.id, '-i', 'phieu.xlsx', '--keep', 'Thôn'], { 'phieu.xlsx': book });
    expect(r.code).toBe(2);
    // Named by its cell, as a read error is, with the path in the rule set beside it.
    expect(r.err).toContain(`dòng 3, ${String.fromCharCode(65 + column)}3 (points.${judged.id}): `);

    const [sheet] = await readWorkbook(book);
    const reader = assessmentReader(family, { keep: ['Thôn'] });
    expect(reader.header(sheet!.rows[0]!, 1)).toEqual([]);
    const read = reader.row(sheet!.rows[2]!, 3);
    expect(read.ok).toBe(true);
    const at = reader.cellOf(['points', judged.id], 3)!;
    expect(at).toEqual({ cell: `${String.fromCharCode(65 + column)}3`, column, heading: judged.label.vi });
    expect(sheet!.rows[2]![at.column]).toBe(judged.maxPoints + 1);
    // A ratio's part, and the id, trace to their columns; an issue of the whole record, or of no column, to none.
    const ratio = indicators.find((i) => i.kind === 'ratio')!;
    expect(reader.cellOf(['facts', ratio.id, 'part'], 3)?.heading).toBe(ratio.label.vi);
    expect(reader.cellOf(['id'], 3)?.cell).toBe('A3');
    expect(reader.cellOf([], 3)).toBeUndefined();
    expect(reader.cellOf(['points', 'no.such'], 3)).toBeUndefined();
    expect(reader.cellOf(['facts', judged.id], 3)).toBeUndefined(); // a judged indicator's value is under points
  });

});

describe('the template says what the rule set takes', () => {
  it('whole points where the rule set awards whole points, its step where it has one, in both languages', () => {
    // QĐ 448/QĐ-KHVN's family criteria: whole points (data/rule-sets/learning-family-khvn-2015.json).
    const whole = assessmentTemplate(family, { rows: 0 });
    expect(whole[0]!.intro).toContain('Điểm: ghi số nguyên từ 0 đến điểm tối đa (bộ tiêu chí này chấm theo điểm nguyên: 7,5 không được nhận).');
    expect(assessmentTemplate(family, { rows: 0, lang: 'en' })[0]!.intro).toContain('Points: a whole number from 0 to the maximum (this rule set awards whole points: 7.5 is refused).');
    // Thông tư 44/2014/TT-BGDĐT's commune learning community, scored in half points
    // (data/rule-sets/learning-community-commune-tt44-2014.json).
    const half = getRuleSet('learning-community-commune-tt44-2014');
    const [guide, form] = assessmentTemplate(half, { rows: 0 });
    expect(guide!.intro).toContain('Điểm: ghi số từ 0 đến điểm tối đa, theo bước 0,5 điểm (vd. 1,5); số thập phân dùng dấu phẩy.');
    expect(assessmentTemplate(half, { rows: 0, lang: 'en' })[0]!.intro).toContain('Points: a number from 0 to the maximum in steps of 0.5 (e.g. 1.5).');
    const first = indicatorsOf(half).find((i) => i.kind === 'judged')!;
    expect(form!.columns.map((c) => c.heading)).toContain(`${first.label.vi} [0–${String(first.maxPoints).replace('.', ',')} điểm, bước 0,5]`);
    // What the template shows is what scoring takes: 7,5 is read, then refused where points are whole.
    const reader = assessmentReader(family);
    expect(reader.header(['Mã phiếu', judged.id], 1)).toEqual([]);
    const read = reader.row(['H01', '7,5'], 2);
    expect(read.ok).toBe(true);
    const scored = compileRuleSet(family).safe(read.ok ? read.value.assessment : {});
    expect(scored.success ? [] : scored.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['off_step', `points.${judged.id}`]]);
  });

  it('a rule set scored in half points by its pointDenominator (no step of its own) is not called whole points', () => {
    // synthetic test data (test/fixtures/synthetic.ts): pointDenominator 2; alpha.half has no step, alpha.step 2.5.
    const [guide, form] = assessmentTemplate(synthetic, { rows: 0 });
    const intro = guide!.intro!.join('\n');
    expect(intro).not.toContain('điểm nguyên');
    expect(intro).toContain('Điểm: ghi số từ 0 đến điểm tối đa, theo bước chấm của từng chỉ báo');
    expect(form!.columns.map((c) => c.heading)).toEqual(expect.arrayContaining(['Nửa điểm [0–5 điểm, bước 0,5]', 'Bước 2,5 [0–5 điểm, bước 2,5]']));
  });
});
