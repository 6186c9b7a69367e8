import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { foldVietnamese, getRuleSet, indicatorsOf, LearningSocietyError, ruleSetFor, targetsFor } from 'vn-learning-society';
import { CliIoError, detectDelimiter, ioErrorOf, memoryIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { runOnDisk, runInMemory as run } from '../helpers/cli.js';

// What a newcomer hit (issue 10), each as a test that failed before its fix.


const family = getRuleSet('learning-family-khvn-2015');
const judged = indicatorsOf(family).filter((i) => i.kind === 'judged').map((i) => i.id);
const dir = mkdtempSync(join(tmpdir(), 'vnls-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('I/O failures are a clear message and exit 2, never a crash', () => {
  it('a missing input file', async () => {
    const r = await runOnDisk(['evaluate', '-r', family.id, '-i', join(dir, 'nope.csv')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^không đọc được ".*nope\.csv": không có tệp này\n$/);
    const en = await runOnDisk(['--lang', 'en', 'rollup', '-i', join(dir, 'nope.ndjson')]);
    expect(en.code).toBe(2);
    expect(en.err).toContain('nope.ndjson": no such file');
    expect(en.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('a directory given as a file', async () => {
    const r = await runOnDisk(['--lang', 'en', 'evaluate', '-r', family.id, '-i', dir, '--input-format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('it is a directory, not a file');
    const counts = await runOnDisk(['progress', '-c', dir, '-j', 'VN', '-y', '2025']);
    expect(counts.code).toBe(2);
    expect(counts.err).toContain('đây là một thư mục');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const file = join(dir, 'secret.csv');
    writeFileSync(file, 'id\nA\n');
    chmodSync(file, 0o000);
    const r = await runOnDisk(['--lang', 'en', 'evaluate', '-r', family.id, '-i', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('permission denied');
  });

  it('a rule-set file that does not exist says so, and suggests the id meant', async () => {
    const r = await run(['evaluate', '-r', 'learning-family-khvn-2051', '-i', 'a.json'], { 'a.json': '[]' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('không có bộ tiêu chí hoặc tệp "learning-family-khvn-2051"; có phải ý bạn là "learning-family-khvn-2015" hoặc "learning-family-khvn-2021"?');
    const one = await run(['evaluate', '-r', 'learning-famly-khvn-2015', '-i', 'a.json'], { 'a.json': '[]' });
    expect(one.err).toContain('có phải ý bạn là "learning-family-khvn-2015"?');
  });

  const cli = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
  it.skipIf(!existsSync(cli))('a closed pipe (the reader stops, as `head` does): one line, exit 2, no stack trace', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `ho-${i}`, points: { [judged[0]!]: 5 } })).join('\n');
    const input = join(dir, 'many.ndjson');
    writeFileSync(input, rows);
    const child = spawn(process.execPath, [cli, '-f', 'ndjson', 'evaluate', '-r', family.id, '-i', input], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    // Read the first line, then close the pipe.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(err).toBe('vn-learning-society: không ghi được đầu ra: nơi nhận đã đóng trước khi ghi xong\n');
  });
});

describe('verify computes products of any length', () => {
  it('2*3*4 stated as 6 is a mismatch; 5 × 15 × 6 = 450 pages is consistent (seed 000, Long An yearbook plan: 5 reports × 15 districts × 6 pages), and 258 copies (seed 000)', async () => {
    const csv = ['id,kind,parts,stated', 'three,sum,2*3*4,6', 'pages,sum,5 x 15 x 6,450', 'long-an,sum,37 + 2 + 1 + 15 × 1 + 15 × 1 + 188 × 1,258', 'empty,sum,2 * * 3,6'].join('\n');
    const r = await run(['-f', 'json', '--lang', 'en', 'verify', '-i', 'v.csv'], { 'v.csv': csv });
    const rows = JSON.parse(r.out) as { id: string; consistent: boolean; explanation: string }[];
    expect(rows.map((x) => [x.id, x.consistent])).toEqual([
      ['three', false],
      ['pages', true],
      ['long-an', true],
    ]);
    expect(rows[0]!.explanation).toContain('2 × 3 × 4 = 24');
    expect(r.err).toContain('line 5, parts[0]: "2 * * 3": a term or factor is empty'); // refused, not dropped
    expect(r.code).toBe(2);
  });
});

describe('CSV rows that do not fit the header are reported, none is dropped', () => {
  const header = ['id', judged[0], judged[1]].join(',');
  it('a row with an extra cell (an unquoted decimal comma) and a short row are bad rows, by line and column', async () => {
    const csv = [header, 'A,8,5', 'B,7,5,9', 'C,8', 'D,"8,0",6'].join('\n');
    const r = await run(['-f', 'json', '--lang', 'en', 'evaluate', '-r', family.id, '-i', 'a.csv'], { 'a.csv': csv });
    expect(r.code).toBe(2);
    expect((JSON.parse(r.out) as { id: string; total: number }[]).map((x) => [x.id, x.total])).toEqual([
      ['A', 13],
      ['D', 14],
    ]);
    expect(r.err).toContain('line 3, (record): the row has 4 cells but the header has 3 columns; extra: D3 "9"');
    expect(r.err).toContain(`line 4, (record): the row has 2 cells but the header has 3 columns; missing ${judged[1]}`);
  });

  it('an unclosed quote is reported on the line it opens, in Vietnamese', async () => {
    const csv = [header, 'A,8,5', 'B,"7,5', 'C,8,5'].join('\n');
    const r = await run(['evaluate', '-r', family.id, '-i', 'a.csv'], { 'a.csv': csv });
    expect(r.code).toBe(2);
    expect(r.err).toContain('dòng 3, (bản ghi): dấu ngoặc kép mở trong bản ghi bắt đầu ở dòng 3 không được đóng');
    expect(r.err).not.toContain('dòng 0');
    expect(r.err).not.toContain('Quote Not Closed');
  });

  it('an unknown column is reported once, for the header, with the name meant; the rows are not scored without it', async () => {
    const typo = judged[0]!.replace('.', '.x');
    const csv = [['id', typo].join(','), 'A,8', 'B,9', 'C,7'].join('\n');
    const r = await run(['evaluate', '-r', family.id, '-i', 'a.csv'], { 'a.csv': csv });
    expect(r.code).toBe(2);
    expect(r.err.match(/không có chỉ báo này/g)).toHaveLength(1);
    expect(r.err).toContain(`dòng 1, cột B "${typo}": bộ tiêu chí ${family.id} không có chỉ báo này; có phải ý bạn là "${judged[0]}"?`);
  });
});

describe('blank cells, blank and duplicate ids', () => {
  const csv = [['id', judged[0], judged[1]].join(','), 'A,8,', 'B,7,5', 'B,6,6', ',5,5'].join('\n');
  it('blank cells score 0 by default and are listed in a missing column', async () => {
    const r = await run(['-f', 'json', 'evaluate', '-r', family.id, '-i', 'a.csv'], { 'a.csv': csv });
    const rows = JSON.parse(r.out) as { id: string; missing: string[] }[];
    expect(rows[0]!.missing).toContain(judged[1]);
    expect(rows[0]!.missing).toHaveLength(indicatorsOf(family).length - 1);
  });
  it('--missing error refuses them; duplicate and blank ids are reported', async () => {
    const r = await run(['--lang', 'en', 'evaluate', '-r', family.id, '-i', 'a.csv', '--missing', 'error'], { 'a.csv': csv });
    expect(r.code).toBe(2);
    // A blank cell of a column the sheet has is named by its cell; indicators with no column, by their path.
    expect(r.err).toMatch(new RegExp(`line 2, C2 \\(points\\.${judged[1]!.replace('.', '\\.')}\\): `));
    expect(r.err).toContain('line 4, A4 (id): id "B" is the same as on line 3');
    expect(r.err).toContain('line 5, A5 (id): blank id; each assessment needs an id of its own');
  });
});

describe('evaluate → rollup without a hand join', () => {
  it('--keep carries columns through; rollup reads what evaluate writes, in Vietnamese', async () => {
    const csv = [['id', 'tỉnh', 'xã', 'họ tên', ...judged].join(','), ['A', 'VN-45', '30280', 'Nguyễn Văn A', ...judged.map(() => '10')].join(','), ['B', 'VN-45', '30280', 'Trần Thị B', ...judged.map(() => '1')].join(',')].join('\n');
    const evaluated = await run(['-f', 'csv', 'evaluate', '-r', family.id, '-i', 'a.csv', '--keep', 'tỉnh,xã,họ tên'], { 'a.csv': csv });
    expect(evaluated.code).toBe(0);
    const lines = evaluated.out.trim().split('\n');
    expect(lines[0]).toBe('dòng,mã,tỉnh,xã,họ tên,mô hình,cấp,công nhận,tổng điểm,điểm tối đa,xếp loại,bỏ trống,chưa đạt,tạm thời');
    expect(lines[1]).toMatch(/^2,A,VN-45,30280,Nguyễn Văn A,Gia đình học tập,,có,/);
    const rolled = await run(['-f', 'json', 'rollup', '-i', 'r.csv', '--level', 'commune'], { 'r.csv': evaluated.out });
    expect(rolled.code).toBe(0);
    expect(JSON.parse(rolled.out)).toEqual([{ unit: '30280', province: 'VN-45', model: 'learning-family', evaluated: 2, recognized: 1, percent: '50,00' }]);
  });

  it('-i - without a format: the content decides (CSV here), not an assumed JSON', async () => {
    const io = memoryIo({ '-': ['id,' + judged[0], 'A,8'].join('\n') });
    const code = await runCli(['-f', 'json', 'evaluate', '-r', family.id, '-i', '-'], io);
    expect(code).toBe(0);
    expect((JSON.parse(io.out()) as { id: string }[])[0]!.id).toBe('A');
  });
});

describe('unknown models and jurisdictions are refused, never read as something else', () => {
  it('ruleSetFor("gia-dinh") throws a LearningSocietyError that names the model meant', () => {
    expect(() => ruleSetFor('gia-dinh' as never, '2025-01-01')).toThrow(LearningSocietyError);
    expect(() => ruleSetFor('gia-dinh' as never, '2025-01-01')).toThrow(/learning-family/);
  });

  it('targetsFor and progress refuse VN-XX and a province name, and progress says which table it used', async () => {
    expect(() => targetsFor('VN-XX', 2025)).toThrow(LearningSocietyError);
    // Tây Ninh is 80 from 1 July 2025 (Công văn 915/CTK-CSCL) and was 72, ISO VN-37, before it.
    expect(() => targetsFor('Tây Ninh', 2025)).toThrow(/80 \(Tây Ninh, from 1 July 2025\) or VN-37 \(Tây Ninh before 1 July 2025, statistics code 72\)/);
    const counts = { 'c.json': JSON.stringify({ 'learning-families': { part: 6_000, whole: 10_430 } }) };
    const xx = await run(['progress', '-c', 'c.json', '-j', 'VN-XX', '-y', '2025'], counts);
    expect(xx.code).toBe(2);
    expect(xx.err).toContain('Không có phạm vi mã "VN-XX"');
    const name = await run(['progress', '-c', 'c.json', '-j', 'Tây Ninh', '-y', '2025'], counts);
    expect(name.code).toBe(2);
    expect(name.err).toContain('có phải ý bạn là 80 (Tây Ninh, từ 01/7/2025) hoặc VN-37 (Tây Ninh trước 01/7/2025, mã thống kê 72)?');
    // Tây Ninh has no table of its own: the national one is used, and the output says so.
    const ok = await run(['progress', '-c', 'c.json', '-j', '80', '-y', '2025'], counts);
    expect(ok.code).toBe(0);
    expect(ok.err).toMatch(/^Bảng chỉ tiêu đã dùng: targets-qd-\d+-\d{4} \(VN\)[^\n]*\n/);
    expect(ok.err).toContain('\nLưu ý: 80 Tây Ninh (từ 01/7/2025) chưa có bảng chỉ tiêu riêng, dùng chỉ tiêu toàn quốc\n');
    // Code 80 was Long An before 1 July 2025: the year 2025 is read in the list of 31 December, and the output says so.
    expect(ok.err).toContain('Lưu ý: mã 80 là 80 Long An (trước 01/7/2025, VN-41) và 80 Tây Ninh (từ 01/7/2025)');
    // The former province by its ISO code: its old territory, said to be part of the new province now.
    const old = await run(['progress', '-c', 'c.json', '-j', 'VN-37', '-y', '2025'], counts);
    expect(old.err).toContain('Lưu ý: 72 Tây Ninh (trước 01/7/2025, VN-37) không còn là một tỉnh từ 01/7/2025: nay là một phần của tỉnh 80 Tây Ninh (từ 01/7/2025)');
    // Rows with data come first, numbers are written the Vietnamese way.
    const first = ok.out.split('\n')[2]!;
    expect(first).toMatch(/^learning-families\s+2025\s+chưa đạt\s+7\.301\s+1\.301\s+targets-qd-387-2022\s+/);
  });
});

describe('with --lang vi (the default) a clerk reads Vietnamese', () => {
  it('help, headings and values; English with --lang en', async () => {
    const help = await run(['evaluate', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Cách dùng: vn-learning-society evaluate [tùy chọn]');
    expect(help.out).toContain('Tùy chọn:');
    expect(help.out).toContain('chỉ báo bỏ trống: tính 0 điểm (zero)');
    expect(help.out.replace(/\s+/g, ' ')).toContain('(giá trị: zero, error; mặc định: zero)');
    expect(help.out).not.toMatch(/Usage:|Options:|display help|default:/);
    const en = await run(['--lang', 'en', 'evaluate', '--help']);
    expect(en.out).toContain('Usage: vn-learning-society evaluate [options]');
    const list = await run(['rulesets', 'list', '--level', 'commune']);
    expect(list.out.split('\n')[0]).toMatch(/^mã\s+mô hình\s+cấp\s+phạm vi/);
    expect(list.out).toContain('Cộng đồng học tập  cấp xã');
    expect(list.out).not.toContain('cấp commune');
  });
});

describe('every system error reads as one line in each language', () => {
  it.each([
    ['ENOENT', 'không có tệp này', 'no such file'],
    ['EISDIR', 'đây là một thư mục, không phải tệp', 'it is a directory, not a file'],
    ['EACCES', 'không có quyền đọc/ghi', 'permission denied'],
    ['EPIPE', 'nơi nhận đã đóng trước khi ghi xong', 'the reader closed it before everything was written'],
    ['EWHATEVER', 'lỗi hệ thống EWHATEVER', 'system error EWHATEVER'],
  ])('%s', (code, vi, en) => {
    const e = ioErrorOf('ho.csv', Object.assign(new Error('x'), { code }), 'read')!;
    expect(e).toBeInstanceOf(CliIoError);
    expect(e.describe('vi')).toBe(`không đọc được "ho.csv": ${vi}`);
    expect(e.describe('en')).toBe(`cannot read "ho.csv": ${en}`);
  });
  it('ENOENT on writing is a folder that does not exist, not a missing file', () => {
    const e = ioErrorOf('khong/co/kq.csv', Object.assign(new Error('x'), { code: 'ENOENT' }), 'write')!;
    expect(e.describe('vi')).toBe('không ghi được "khong/co/kq.csv": không có thư mục chứa tệp này (hãy tạo thư mục trước)');
    expect(e.describe('en')).toBe('cannot write "khong/co/kq.csv": the folder it goes in does not exist (make it first)');
  });
  it('a CSV parser error or a plain error is not taken for a system error', () => {
    expect(ioErrorOf('a', Object.assign(new Error('x'), { code: 'CSV_QUOTE_NOT_CLOSED' }), 'read')).toBeUndefined();
    expect(ioErrorOf('a', new TypeError('x'), 'read')).toBeUndefined();
  });
});

describe('blank headings, as Excel leaves them', () => {
  it('trailing blank columns are accepted; a value under a blank heading is a bad row, not dropped', async () => {
    const csv = [`id,${judged[0]},,`, 'A,8,,', 'B,7,,9'].join('\n');
    const r = await run(['-f', 'json', '--lang', 'en', 'evaluate', '-r', family.id, '-i', 'a.csv'], { 'a.csv': csv });
    expect(r.code).toBe(2);
    expect((JSON.parse(r.out) as { id: string }[]).map((x) => x.id)).toEqual(['A']);
    expect(r.err).toContain('line 3, (record): cell D3 holds "9" but column D has no name in the header');
  });
});

describe('a sheet as Excel set to Vietnamese saves it (issue 12, reading CSV)', () => {
  const indicators = indicatorsOf(family);
  const judgedInfo = indicators.filter((i) => i.kind === 'judged');
  it('";" between fields, decimal commas, BOM, CRLF, a merged title row, headings as the Vietnamese labels', async () => {
    // Headings are the labels `rulesets show` prints, typed without diacritics in one column to show the matching.
    const headings = ['Mã hộ', ...judgedInfo.map((i, k) => (k === 0 ? foldVietnamese(i.label.vi).toUpperCase() : i.label.vi))];
    const points = judgedInfo.map((i) => String(i.maxPoints).replace('.', ','));
    const csv = `\ufeffPHIẾU TỔNG HỢP ĐÁNH GIÁ GIA ĐÌNH HỌC TẬP NĂM 2025${';'.repeat(headings.length - 1)}\r\n\r\n${headings.join(';')}\r\nHộ 1;${points.join(';')}\r\nHộ 2;${points.map((p, k) => (k === 0 ? '7,5' : p)).join(';')}\r\n`;
    const r = await run(['-f', 'json', '--lang', 'en', 'evaluate', '-r', family.id, '-i', 'so-lieu.csv'], { 'so-lieu.csv': csv });
    const rows = JSON.parse(r.out) as { line: number; id: string; total: number }[];
    expect(rows.map((x) => [x.line, x.id])).toEqual([[4, 'Hộ 1']]);
    // 7,5 points read as 7.5, refused because the sheet scores whole points; named by the cell as Excel shows it.
    expect(r.err).toContain(`line 5, B5 (points.${judgedInfo[0]!.id}): 7.5 points is not on the allowed step of 1`);
    expect(r.code).toBe(2);
  });

  it('--delimiter overrides the detection; a wrong guess is never silent', async () => {
    const csv = ['id;' + judged[0], 'A;8'].join('\n');
    const forced = await run(['--lang', 'en', 'evaluate', '-r', family.id, '-i', 'a.csv', '--delimiter', ','], { 'a.csv': csv });
    expect(forced.code).toBe(2); // one column "id;children.results": unknown, reported once
    expect(forced.err).toContain('has no such indicator');
  });

  it('detects the separator from the header line, skipping title rows and quoted text', () => {
    expect(detectDelimiter('Tiêu đề;;;\nid;a;b\n1;2,5;3')).toBe(';');
    expect(detectDelimiter('id,a,b\n1,"2,5",3')).toBe(',');
    expect(detectDelimiter('"x;y",a,b\n')).toBe(',');
    expect(detectDelimiter('id\ta\tb')).toBe('\t');
    expect(detectDelimiter('only')).toBe(',');
  });
});

describe('rollup --summary: the statistics table a province reports (issue 12)', () => {
  it('per unit and model with a total row recomputed from the counts, and the targets of a jurisdiction and year', async () => {
    const lines = ['province,commune,model,recognized'];
    for (let i = 0; i < 10; i++) lines.push(`VN-45,30280,learning-family,${i < 7 ? 'có' : 'không'}`);
    for (let i = 0; i < 4; i++) lines.push(`VN-45,30283,learning-family,${i < 1 ? 'có' : 'không'}`);
    const r = await run(['-f', 'csv', 'rollup', '-i', 'r.csv', '--level', 'commune', '--summary', '-j', 'VN-45', '-y', '2025'], { 'r.csv': lines.join('\n') });
    expect(r.code).toBe(0);
    // Đồng Tháp's 2025 target is 90 % of households (seed 001); here of those evaluated, as no population is given.
    expect(r.out.trim().split('\n')).toEqual([
      'đơn vị,mô hình,đã đánh giá,công nhận,tỷ lệ (%),chỉ tiêu (%),số cần đạt,còn thiếu',
      '30280,Gia đình học tập,10,7,"70,00",90,9,2',
      '30283,Gia đình học tập,4,1,"25,00",90,4,3',
      'Tổng cộng,Gia đình học tập,14,8,"57,14",90,13,5',
    ]);
  });
});

describe('--delimiter on every command that reads CSV', () => {
  it('verify reads a ";" file with decimal commas, detected or given', async () => {
    const csv = 'id;kind;part;whole;stated\nreport;percentage;812;1043;77,9%\n'; // seed 001: 812/1,043 = 77,9 % (Đồng Tháp)
    for (const extra of [[], ['--delimiter', ';']]) {
      const r = await run(['-f', 'json', 'verify', '-i', 'v.csv', ...extra], { 'v.csv': csv });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.out) as { consistent: boolean }[])[0]!.consistent).toBe(true);
    }
    const wrong = await run(['verify', '-i', 'v.csv', '--delimiter', 'tab'], { 'v.csv': csv });
    expect(wrong.code).toBe(2);
  });
});
