import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getRuleSet } from 'vn-learning-society';
import { fullAssessment, householdCells } from '../helpers/full-assessment.js';
import { excelWorkbook, type ExcelCell } from '../helpers/xlsx.js';
import { runInMemory as run } from '../helpers/cli.js';

// A commune clerk's day: the assessment sheet the hamlets filled in (Excel, or its CSV with ";" and decimal commas),
// turned into the decision to sign, its certificates, and the year's report.

const family = getRuleSet('learning-family-khvn-2021');
const indicators = family.criteria.flatMap((c) => c.indicators);
const issuer = JSON.stringify({ parent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', place: 'An Bình', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } });

/** A household's cells: every judged item at `points`, every share full ("1/1"), a bookshelf ("có"). */
const cells = (points: number): string[] => householdCells(family, points);
const people = ['Nguyễn Thị Hoa', 'Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Văn Dũng', 'Võ Thị Én'];
/** Household 4 (Phạm Văn Dũng) scores 0 on every judged item: not recognised. */
const rows = people.map((name, i) => [`Ấp ${1 + (i % 2)}`, name, ...cells(i === 3 ? 0 : 9)]);
const header = ['Thôn', 'Họ tên chủ hộ', ...indicators.map((i) => i.label.vi)];
const csv = `\ufeff${[header, ...rows].map((r) => r.join(';')).join('\r\n')}\r\n`;

const decisionArgs = (input: string) => ['documents', 'decision', '-r', family.id, '-i', input, '--name', 'Họ tên chủ hộ', '--place', 'Thôn', '-y', '2025', '--date', '2025-12-15', '--number', '125', '--issuer', 'issuer.json', '--docx', 'qd.docx', '--certificates', 'gcn.docx', '--executors', 'Hội Khuyến học xã; Trưởng các ấp'];
const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml']!);

describe('vn-learning-society documents decision', () => {
  it('reads an Excel-vi CSV (a byte-order mark, ";", headings by label): the decision lists the recognised, and says who is not', async () => {
    const r = await run(decisionArgs('phieu.csv'), { 'phieu.csv': csv, 'issuer.json': issuer });
    expect(r.code).toBe(0);
    const xml = documentXml(r.bytes['qd.docx']!);
    for (const name of people.filter((_, i) => i !== 3)) expect(xml).toContain(name);
    expect(xml).not.toContain('Phạm Văn Dũng');
    expect(xml).toContain('Công nhận 4 (bốn) hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025');
    expect(xml).toContain('Hội Khuyến học xã, Trưởng các ấp và các hộ gia đình');
    // The one left out is named on stderr, with why: nothing leaves the list silently.
    expect(r.err).toContain('1/5 phiếu không đạt, không vào danh sách:');
    expect(r.err).toMatch(/dòng 5: Phạm Văn Dũng — Tổng điểm 30\/100 chưa đạt/);
    // The family rules mark the recognising authority uncertain: the CLI says the document is a draft.
    expect(r.err).toContain('DỰ THẢO');
    const certificates = documentXml(r.bytes['gcn.docx']!);
    expect(certificates.match(/CÔNG NHẬN/g)).toHaveLength(4);
    expect(r.err).toContain('đã ghi 4 giấy công nhận vào gcn.docx');
  });

  it('reads the same sheet as .xlsx, and prints the text when no file is asked for', async () => {
    const xlsx = excelWorkbook([{ name: 'Phiếu', rows: [header, ...rows.map((r) => r.map((c, j) => (j >= 2 && /^\d+$/.test(c) ? Number(c) : c)) as ExcelCell[])] }]);
    const r = await run(['-l', 'en', 'documents', 'decision', '-r', family.id, '-i', 'phieu.xlsx', '--name', 'Họ tên chủ hộ', '--place', 'Thôn', '-y', '2025', '--date', '2025-12-15', '--issuer', 'issuer.json'], { 'phieu.xlsx': xlsx, 'issuer.json': issuer });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Số:        /QĐ-UBND');
    expect(r.out).toContain('4 | Võ Thị Én | Ấp 1 | 93/100');
    expect(r.err).toContain('1/5 assessments are not recognised');
  });

  it('refuses a sheet with a bad row, naming it, and writes nothing', async () => {
    const bad = csv.replace('Trần Văn Bình;1/1;9', 'Trần Văn Bình;1/1;chín');
    const r = await run(decisionArgs('phieu.csv'), { 'phieu.csv': bad, 'issuer.json': issuer });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/dòng 3/);
    expect(r.bytes['qd.docx']).toBeUndefined();
    const noName = await run(decisionArgs('phieu.csv'), { 'phieu.csv': csv.replace('Lê Thị Cúc', ''), 'issuer.json': issuer });
    expect(noName.code).toBe(2);
    expect(noName.err).toContain('Tên: để trống');
  });

  it('names the cell of a value the rule set refuses, as evaluate does (sheetScorer), and writes nothing', async () => {
    // children.results, the second indicator (column D), has a maximum of 10 points in the Hội Khuyến học criteria for
    // 2021–2030 (structure of QĐ 448/QĐ-KHVN); 12 is refused at its cell.
    const over = [header, ...rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === 3 ? '12' : c)) : r))];
    const r = await run(decisionArgs('phieu.csv'), { 'phieu.csv': `${over.map((x) => x.join(';')).join('\r\n')}\r\n`, 'issuer.json': issuer });
    expect(r.code).toBe(2);
    expect(r.err).toContain('dòng 3, D3 (points.children.results): 12 điểm vượt quá điểm tối đa 10');
    expect(r.bytes['qd.docx']).toBeUndefined();
  });

  it('refuses NDJSON that lists one household twice (the same id), naming both lines, and writes nothing', async () => {
    const household = (id: string, name: string) => JSON.stringify({ ...fullAssessment(family), id, 'Họ tên chủ hộ': name, Thôn: 'Ấp 1' });
    const ndjson = [household('H1', 'Nguyễn Thị Hoa'), household('H2', 'Trần Văn Bình'), household('H1', 'Nguyễn Thị Hoa')].join('\n');
    const r = await run(decisionArgs('phieu.ndjson'), { 'phieu.ndjson': ndjson, 'issuer.json': issuer });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/dòng 3/);
    expect(r.err).toMatch(/H1/);
    expect(r.err).toMatch(/dòng 1/);
    expect(r.bytes['qd.docx']).toBeUndefined();
    const once = await run(decisionArgs('phieu.ndjson'), { 'phieu.ndjson': ndjson.split('\n').slice(0, 2).join('\n'), 'issuer.json': issuer });
    expect(once.code).toBe(0);
  });
});

describe('vn-learning-society documents report', () => {
  it('tallies the results evaluate writes and writes the year’s report', async () => {
    const results = ['province;commune;model;recognized', ...Array.from({ length: 10 }, (_, i) => `VN-45;30280;learning-family;${i < 8 ? 'có' : 'không'}`)].join('\n');
    const r = await run(['documents', 'report', '-i', 'ketqua.csv', '--area', 'xã An Bình', '-y', '2025', '--date', '2025-12-20', '--issuer', 'issuer.json', '--population', 'dan-so.csv', '-j', 'VN-45'], {
      'ketqua.csv': results,
      'dan-so.csv': 'mã;mô hình;số trong phạm vi\n30280;learning-family;12\n',
      'issuer.json': issuer,
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Toàn xã An Bình có 12 hộ gia đình, 8 hộ gia đình đạt danh hiệu “Gia đình học tập”, đạt 66,67%');
    expect(r.out).toContain('BÁO CÁO');
  });
});
