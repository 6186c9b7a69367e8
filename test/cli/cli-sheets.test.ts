import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { getRuleSet, indicatorsOf } from 'vn-learning-society';
import { readWorkbook, type SheetCell } from 'vn-learning-society/sheets';
import { memoryIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { excelWorkbook, type ExcelCell } from '../helpers/xlsx.js';
import { runInMemory as run } from '../helpers/cli.js';

// The CLI as a commune clerk uses it: a template handed to hamlets, filled in Excel, scored, rolled up into the
// province's table, and a printed table checked cell by cell.

const family = getRuleSet('learning-family-khvn-2015');
const indicators = indicatorsOf(family);

/** A hamlet's filled-in copy of the template: the template's own rows, then one row per household. */
async function filledTemplate(households: (header: readonly SheetCell[], i: number) => ExcelCell[], count: number): Promise<Uint8Array> {
  const t = await run(['template', '-r', family.id, '--keep', 'Thôn,Tỉnh,Xã', '--rows', '0', '-o', 'phieu.xlsx']);
  expect(t.code).toBe(0);
  const [guide, form] = await readWorkbook(t.bytes['phieu.xlsx']!);
  const header = form!.rows[1]!;
  const asExcel = (rows: readonly (readonly SheetCell[])[]) => rows.map((r) => r.map((c) => (c instanceof Date ? { date: c.toISOString().slice(0, 10) } : c)) as ExcelCell[]);
  return excelWorkbook([
    { name: guide!.name, rows: asExcel(guide!.rows) },
    { name: form!.name, rows: [...asExcel(form!.rows), ...Array.from({ length: count }, (_, i) => households(header, i))] },
  ]);
}

const household = (header: readonly SheetCell[], i: number): ExcelCell[] =>
  header.map((h) => {
    const heading = String(h);
    if (heading === 'Mã phiếu') return `H${String(i + 1).padStart(3, '0')}`;
    if (heading === 'Thôn') return `Thôn ${(i % 3) + 1}`;
    if (heading === 'Tỉnh') return 'VN-45';
    if (heading === 'Xã') return i % 2 === 0 ? '30280' : '30283';
    const ind = indicators.find((x) => heading.startsWith(x.label.vi))!;
    if (ind.kind === 'boolean') return i % 4 === 0 ? 'không' : 'có';
    if (ind.kind === 'ratio') return '2/2';
    return i % 5 === 0 ? 4 : 9;
  });

describe('template → Excel → evaluate → rollup, in .xlsx all the way', () => {
  it('template writes an instructions sheet and a form; without a .xlsx output it says how', async () => {
    const t = await run(['template', '-r', family.id, '-o', 'phieu.xlsx']);
    const [guide, form] = await readWorkbook(t.bytes['phieu.xlsx']!);
    expect(guide!.name).toBe('Hướng dẫn');
    expect(String(guide!.rows[0]![0])).toContain('HƯỚNG DẪN ĐIỀN PHIẾU');
    expect(form!.rows[1]).toEqual(['Mã phiếu', ...indicators.map((i) => expect.stringContaining(i.label.vi))]);
    const none = await run(['template', '-r', family.id]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('-o phieu.xlsx');
    const xlsxNoFile = await run(['-f', 'xlsx', 'rulesets', 'list']);
    expect(xlsxNoFile.code).toBe(2);
    expect(xlsxNoFile.err).toContain('-f xlsx cần tệp kết quả');
  });

  it('evaluate reads the filled form (not the instructions sheet) and writes results as .xlsx, numbers as numbers', async () => {
    const filled = await filledTemplate(household, 12);
    const r = await run(['evaluate', '-r', family.id, '-i', 'phieu.xlsx', '--keep', 'Thôn,Tỉnh,Xã', '-o', 'ket-qua.xlsx'], { 'phieu.xlsx': filled });
    // The only message is the notice that the verdicts are provisional (QĐ 448's threshold and maxima are unconfirmed).
    expect(r.err).toMatch(/^Lưu ý: 12\/12 kết quả là TẠM THỜI: bộ tiêu chí learning-family-khvn-2015 còn \d+ giá trị chưa được xác nhận/);
    expect(r.code).toBe(0);
    const [results] = await readWorkbook(r.bytes['ket-qua.xlsx']!);
    expect(results!.name).toBe('Kết quả');
    expect(results!.rows[1]).toEqual(['dòng', 'mã', 'Thôn', 'Tỉnh', 'Xã', 'mô hình', 'cấp', 'công nhận', 'tổng điểm', 'điểm tối đa', 'xếp loại', 'bỏ trống', 'chưa đạt', 'tạm thời']);
    const rows = results!.rows.slice(2);
    expect(rows).toHaveLength(12);
    expect(rows[0]![0]).toBe(3); // the sheet row the household was on
    expect(typeof rows[0]![8]).toBe('number'); // the total is a number, not text
    // Scored from the sheet exactly as from JSON.
    const json = await run(['-f', 'json', 'evaluate', '-r', family.id, '-i', 'phieu.xlsx', '--keep', 'Thôn,Tỉnh,Xã'], { 'phieu.xlsx': filled });
    const fromJson = JSON.parse(json.out) as { total: number; recognized: boolean }[];
    expect(rows.map((x) => x[8])).toEqual(fromJson.map((x) => x.total));

    // rollup reads what evaluate wrote, and writes the statistics table, with populations from a sheet.
    const populations = excelWorkbook([{ name: 'Số hộ', rows: [['Mã xã', 'Mô hình', 'Số trong phạm vi'], ['30280', 'Gia đình học tập', 8], ['30283', 'Gia đình học tập', 7]] }]);
    const up = await run(['rollup', '-i', 'ket-qua.xlsx', '--level', 'commune', '--summary', '--population', 'so-ho.xlsx', '-j', 'VN-45', '-y', '2025', '-o', 'tong-hop.xlsx'], { 'ket-qua.xlsx': r.bytes['ket-qua.xlsx']!, 'so-ho.xlsx': populations });
    // VN-45 is Đồng Tháp before the 2025 merger: its own targets apply, and one note says the province is gone.
    expect(up.err).toMatch(/^Lưu ý: 87 Đồng Tháp \(trước 01\/7\/2025, VN-45\) không còn là một tỉnh từ 01\/7\/2025[^\n]*\n$/);
    const [summary] = await readWorkbook(up.bytes['tong-hop.xlsx']!);
    expect(summary!.rows[0]).toEqual(['đơn vị', 'mô hình', 'số trong phạm vi', 'đã đánh giá', 'công nhận', 'tỷ lệ (%)', 'chỉ tiêu (%)', 'số cần đạt', 'còn thiếu']);
    const total = summary!.rows[summary!.rows.length - 1]!;
    const recognised = fromJson.filter((x) => x.recognized).length;
    // The total is recomputed from the counts: recognised of 15 households in scope, 90 % target (targets of VN-45, 2025).
    expect(total.slice(0, 5)).toEqual(['Tổng cộng', 'Gia đình học tập', 15, 12, recognised]);
    expect(total[5]).toBeCloseTo((recognised / 15) * 100, 2);
    expect(total.slice(6)).toEqual([90, 14, Math.max(0, 14 - recognised)]); // ⌈15 × 90 %⌉ = 14
  });

  it('--progress draws a bar on a terminal, with the share done of a workbook whose rows are known', async () => {
    const filled = await filledTemplate(household, 40);
    const io = { ...memoryIo({ 'phieu.xlsx': filled }), interactive: true };
    const code = await runCli(['-f', 'csv', 'evaluate', '-r', family.id, '-i', 'phieu.xlsx', '--keep', 'Thôn,Tỉnh,Xã', '--progress'], io);
    expect(code).toBe(0);
    const frames = io.err().split('\r').filter((f) => f !== '');
    expect(frames[0]).toMatch(/^\[#?\.+\] [0-9]+% … đã xử lý 1 bản ghi$/);
    expect(frames).toContainEqual(expect.stringMatching(/^\[#{30}\] 100% … đã xử lý 40 bản ghi$/));
    expect(frames[frames.length - 1]).toContain('Xong: 40 bản ghi, 40 hợp lệ.');
  });

  it('every bad cell of an Excel sheet is reported by address, the good rows are scored', async () => {
    const bad = await filledTemplate((header, i) => {
      const row = household(header, i);
      if (i === 1) row[5] = { date: '2025-03-09' }; // a date where points belong
      if (i === 2) row[6] = { error: '#VALUE!' };
      return row;
    }, 4);
    const r = await run(['--lang', 'en', '-f', 'csv', 'evaluate', '-r', family.id, '-i', 'phieu.xlsx', '--keep', 'Thôn,Tỉnh,Xã'], { 'phieu.xlsx': bad });
    expect(r.code).toBe(2);
    expect(r.out.trim().split('\n')).toHaveLength(1 + 2);
    expect(r.err).toContain('2 bad record(s), 2 problem(s)');
    expect(r.err).toMatch(/line 4, F4 \([a-z.]+\): the cell is a date \(2025-03-09\), not a number/);
    expect(r.err).toMatch(/line 5, G5 \([a-z.]+\): the cell shows Excel's error #VALUE!/);
  });
});

// Seed 001 (Đồng Tháp): 812 of 1,043 households, 77,85 %. The communes are made up to add up to it.
const table: ExcelCell[][] = [
  ['BÁO CÁO KẾT QUẢ CÔNG NHẬN GIA ĐÌNH HỌC TẬP NĂM 2025', null, null, null, null],
  ['STT', 'Đơn vị', 'Tổng số hộ', 'Số hộ được công nhận', 'Tỷ lệ (%)'],
  [1, 'Xã A', 600, 500, 83.33],
  [2, 'Xã B', 443, 312, 70.45],
  [null, 'Tổng cộng', { formula: 'SUM(C3:C4)', value: 1043 }, { formula: 'SUM(D3:D4)', value: 812 }, 77.85],
];

describe('verify-table', () => {

  it('reports each wrong cell of a workbook by its address and exits 1', async () => {
    const r = await run(['verify-table', '-i', 'bao-cao.xlsx'], { 'bao-cao.xlsx': excelWorkbook([{ name: 'Bảng 1', rows: table, merge: ['A1:E1'] }]) });
    expect(r.code).toBe(1);
    expect(r.out).toContain('E4');
    expect(r.out).toContain('312/443 = 70,42889…%; với 2 chữ số thập phân phải là 70,43, không phải 70,45');
    expect(r.out).not.toContain('E3');
    expect(r.err).toContain('Dòng tiêu đề 2; cột (tổng số, số đạt, tỷ lệ): C, D, E; dòng tổng cộng: 5.');
    expect(r.err).toContain('Đã kiểm tra 5 ô: 1 ô sai.');
  });

  it('reads the same table as Excel-vi CSV (; and decimal commas), and exits 0 when it is right', async () => {
    const csv = ['BÁO CÁO;;;;', 'STT;Đơn vị;Tổng số hộ;Số hộ được công nhận;Tỷ lệ (%)', '1;Xã A;600;500;83,33', '2;Xã B;443;312;70,43', ';Tổng cộng;1.043;812;77,85'].join('\r\n');
    const r = await run(['-f', 'json', 'verify-table', '-i', 'bao-cao.csv', '--all'], { 'bao-cao.csv': `\ufeff${csv}` });
    expect(r.code).toBe(0);
    const checks = JSON.parse(r.out) as { cell: string; consistent: boolean }[];
    expect(checks.map((c) => c.cell)).toEqual(['E3', 'E4', 'C5', 'D5', 'E5']);
    expect(checks.every((c) => c.consistent)).toBe(true);
  });
});

describe('the built CLI on files on disk', () => {
  const cli = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'vnls-sheets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(existsSync(cli))('writes a template, scores the filled sheet and checks a table', async () => {
    execFileSync(process.execPath, [cli, 'template', '-r', family.id, '-o', join(dir, 'phieu.xlsx')]);
    const [, form] = await readWorkbook(readFileSync(join(dir, 'phieu.xlsx')));
    writeFileSync(join(dir, 'filled.xlsx'), excelWorkbook([{ name: 'Phiếu', rows: [form!.rows[1]! as ExcelCell[], ...Array.from({ length: 3 }, (_, i) => household(form!.rows[1]!, i))] }]));
    const out = execFileSync(process.execPath, [cli, '-f', 'csv', 'evaluate', '-r', family.id, '-i', join(dir, 'filled.xlsx')], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toHaveLength(4);
    writeFileSync(join(dir, 'bang.xlsx'), excelWorkbook([{ name: 'Bảng', rows: table }]));
    const check = spawnSync(process.execPath, [cli, 'verify-table', '-i', join(dir, 'bang.xlsx')], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('E4');
  });
});
