import { describe, expect, it } from 'vitest';
import { getRuleSet } from 'vn-learning-society';
import { fullAssessment, householdCells } from '../helpers/full-assessment.js';
import { runInMemory as run } from '../helpers/cli.js';

// What one command writes, or a clerk adds to a sheet, another command reads (issue 23: hand-overs between commands).

const family = getRuleSet('learning-family-khvn-2021');
const indicators = family.criteria.flatMap((c) => c.indicators);
const issuer = JSON.stringify({ parent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', place: 'An Bình', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } });
const cells = (points: number): string[] => householdCells(family, points);
const people = ['Nguyễn Thị Hoa', 'Trần Văn Bình', 'Lê Thị Cúc'];
/** A sheet with the three columns `template --keep` adds beside the indicators: hamlet, head of household, a note. */
const kept = ['Thôn', 'Họ tên chủ hộ', 'Ghi chú'];
const sheet = `${[
  [...kept, ...indicators.map((i) => i.label.vi)],
  ...people.map((name, i) => [`Ấp ${1 + i}`, name, i === 1 ? 'chuyển đến năm 2024' : '', ...cells(i === 2 ? 8 : 9)]),
]
  .map((r) => r.join(';'))
  .join('\n')}\n`;
const fork = JSON.stringify({
  base: family.id,
  meta: { id: 'learning-family-x', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X' } } },
  patch: { outcome: { rules: { 'min-total': { points: 85 } } } },
});

describe('--keep: the columns template --keep adds go through every command that reads the sheet', () => {
  const files = { 'phieu.csv': sheet, 'fork.json': fork, 'issuer.json': issuer };
  const keep = ['--keep', kept.join(',')];

  it('evaluate carries them through', async () => {
    const r = await run(['-f', 'json', 'evaluate', '-r', family.id, '-i', 'phieu.csv', ...keep], files);
    expect(r.code, r.err).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.map((x) => [x['Thôn'], x['Họ tên chủ hộ'], x['Ghi chú'], x.recognized])).toEqual([
      ['Ấp 1', 'Nguyễn Thị Hoa', null, true],
      ['Ấp 2', 'Trần Văn Bình', 'chuyển đến năm 2024', true],
      ['Ấp 3', 'Lê Thị Cúc', null, true],
    ]);
  });

  it('rulesets impact reads past them; without --keep it names them and says how to keep them', async () => {
    const r = await run(['-f', 'json', 'rulesets', 'impact', family.id, 'fork.json', '-i', 'phieu.csv', ...keep], files);
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as { evaluated: number; refused: unknown[] };
    expect([result.evaluated, result.refused]).toEqual([3, []]);
    const without = await run(['rulesets', 'impact', family.id, 'fork.json', '-i', 'phieu.csv'], files);
    expect(without.code).toBe(2);
    expect(without.err).toContain('"Ghi chú"');
    expect(without.err).toContain('--keep');
  });

  it('documents decision reads past them (the name and place columns are kept anyway)', async () => {
    const args = ['documents', 'decision', '-r', family.id, '-i', 'phieu.csv', '--name', 'Họ tên chủ hộ', '--place', 'Thôn', '-y', '2025', '--date', '2025-12-15', '--issuer', 'issuer.json'];
    const r = await run([...args, ...keep], files);
    expect(r.code, r.err).toBe(0);
    for (const name of people) expect(r.out).toContain(name);
    const onlyNote = await run([...args, '--keep', 'Ghi chú'], files);
    expect(onlyNote.code, onlyNote.err).toBe(0);
    const without = await run(args, files);
    expect(without.code).toBe(2);
    expect(without.err).toContain('"Ghi chú"');
    const missing = await run([...args, '--keep', 'Xóm'], files);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--keep Xóm');
  });
});

describe('-f ndjson: one JSON object per line, from every command that prints rows', () => {
  const ndjson = JSON.stringify({ ...fullAssessment(family), id: 'H1' });
  const files: Record<string, string> = {
    'a.ndjson': `${ndjson}\n${JSON.stringify({ id: 'H2', points: {} })}\n`,
    'counts.json': JSON.stringify({ 'learning-families': { part: 8, whole: 10 } }),
    'v.csv': 'id,kind,part,whole,stated\na,percentage,1,3,33.33\n',
    'carry.csv': 'code,families\n26734,5\n',
    'r.csv': 'province,commune,model,recognized\nVN-45,30280,learning-family,có\nVN-45,30283,learning-family,không\n',
    'bao-cao.csv': ['STT;Đơn vị;Tổng số hộ;Số hộ được công nhận;Tỷ lệ (%)', '1;Xã A;600;500;83,33', '2;Xã B;443;312;70,43', ';Tổng cộng;1.043;812;77,85'].join('\r\n'),
    'fork.json': fork,
    'cases.yaml': `ruleSet: ${family.id}\ncases:\n  - name: H1\n    assessment: ${ndjson}\n    expect: { recognized: true }\n`,
  };
  const commands: [string, string[]][] = [
    ['rulesets list', ['rulesets', 'list']],
    ['rulesets show', ['rulesets', 'show', family.id]],
    ['rulesets diff', ['rulesets', 'diff', family.id, 'fork.json']],
    ['rulesets impact', ['rulesets', 'impact', family.id, 'fork.json', '-i', 'a.ndjson']],
    ['units list', ['units', 'list']],
    ['units find', ['units', 'find', 'An Bình']],
    ['units carry', ['units', 'carry', '-i', 'carry.csv']],
    ['evaluate', ['evaluate', '-r', family.id, '-i', 'a.ndjson']],
    ['progress', ['progress', '-c', 'counts.json', '-j', 'VN', '-y', '2025']],
    ['verify', ['verify', '-i', 'v.csv']],
    ['yearbook', ['yearbook']],
    ['test', ['test', 'cases.yaml', 'cases.yaml']],
    ['rollup', ['rollup', '-i', 'r.csv', '--level', 'commune']],
    ['rollup --summary', ['rollup', '-i', 'r.csv', '--level', 'commune', '--summary']],
    ['verify-table', ['verify-table', '-i', 'bao-cao.csv', '--all']],
    ['citation', ['citation', 'Quyết định số 281/QĐ-TTg ngày 20/02/2014; Quyết định 1373/QĐ-TTg ngày 30/7/2021']],
  ];
  it.each(commands)('%s', async (_, args) => {
    const r = await run(['-f', 'ndjson', ...args], files);
    expect(r.out, r.err).not.toBe('');
    const lines = r.out.split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      const value = JSON.parse(line) as unknown;
      expect(typeof value === 'object' && value !== null && !Array.isArray(value), line).toBe(true);
    }
  });


  it('JSON and NDJSON write the same rows, an absent scalar as null and an empty list as []', async () => {
    const asJson = JSON.parse((await run(['-f', 'json', 'evaluate', '-r', family.id, '-i', 'a.ndjson'], files)).out) as Record<string, unknown>[];
    const asNdjson = (await run(['-f', 'ndjson', 'evaluate', '-r', family.id, '-i', 'a.ndjson'], files)).out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(asNdjson).toEqual(asJson);
    const [full, empty] = asJson;
    expect(full).toMatchObject({ id: 'H1', recognized: true, level: null, missing: [], shortfalls: [] });
    expect(typeof full!.total).toBe('number');
    expect(empty!.missing).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(empty!.shortfalls).toEqual([expect.stringContaining('80')]);
    for (const row of asJson) for (const v of Object.values(row)) expect(v).not.toBe('');
    // A rule set that scores levels, not points: total and maxTotal are null, not "".
    const levels = getRuleSet('learning-community-commune-tt25-2023');
    const r = await run(['-f', 'ndjson', 'evaluate', '-r', levels.id, '-i', 'b.ndjson'], { 'b.ndjson': JSON.stringify({ id: 'T1', ...fullAssessment(levels) }) });
    expect(r.code, r.err).toBe(0);
    const row = JSON.parse(r.out) as Record<string, unknown>;
    expect([row.total, row.maxTotal, row.level, row.recognized]).toEqual([null, null, 'commune', true]);
    expect(typeof row.class).toBe('string');
  });
});

describe('progress: a count key that is not an indicator is an error', () => {
  it('names it and suggests the nearest indicator when one is near', async () => {
    const r = await run(['progress', '-c', 'c.json', '-j', 'VN', '-y', '2025'], { 'c.json': JSON.stringify({ 'learning-family': { part: 8, whole: 10 } }) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('"learning-family"');
    expect(r.err).toContain('có phải ý bạn là "learning-families"?');
    expect(r.out).toBe('');
  });

  it('lists the indicators when none is near', async () => {
    const r = await run(['-l', 'en', 'progress', '-c', 'c.json', '-j', 'VN', '-y', '2025'], { 'c.json': JSON.stringify({ 'số hộ': 3 }) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('no indicator "số hộ"');
    expect(r.err).toContain('the indicators: ');
    expect(r.err).toContain('learning-families');
    expect(r.err).not.toContain('did you mean');
  });

  it('compares the known keys as before', async () => {
    const r = await run(['-f', 'json', 'progress', '-c', 'c.json', '-j', 'VN', '-y', '2025'], { 'c.json': JSON.stringify({ 'learning-families': { part: 8, whole: 10 } }) });
    expect(r.code, r.err).toBe(0);
    const rows = JSON.parse(r.out) as { indicator: string; status: string }[];
    expect(rows.find((x) => x.indicator === 'learning-families')?.status).not.toBe('no-data');
  });
});

describe('verify: a column it does not read is an error', () => {
  it('names it, with the nearest column when one is near, the list otherwise', async () => {
    const typo = await run(['verify', '-i', 'v.csv'], { 'v.csv': 'id,kind,part,whol,stated\na,percentage,1,3,33.33\n' });
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('"whol"');
    expect(typo.err).toContain('có phải ý bạn là "whole"?');
    expect(typo.out).toBe('');
    const other = await run(['-l', 'en', 'verify', '-i', 'v.csv'], { 'v.csv': 'id,kind,part,whole,stated,ghi chú của tỉnh\na,percentage,1,3,33.33,x\n' });
    expect(other.code).toBe(2);
    expect(other.err).toContain('the columns: id, kind, part, whole, parts, stated');
    // The headings yearbook and the guide use still read: figure names a row, Vietnamese headings.
    const named = await run(['-f', 'json', 'verify', '-i', 'v.csv'], { 'v.csv': 'số liệu,loại,part,whole,số nêu\na,percentage,1,3,33.33\n' });
    expect(named.code, named.err).toBe(0);
    expect((JSON.parse(named.out) as { id: string }[])[0]!.id).toBe('a');
  });
});

describe('documents: words for people, not ids', () => {
  it('the decision and its DỰ THẢO notice name the recognition rule and the criteria by their titles and labels', async () => {
    const older = getRuleSet('learning-family-khvn-2015');
    const oldIndicators = older.criteria.flatMap((c) => c.indicators);
    const oldCells = oldIndicators.map((i) => (i.kind === 'judged' ? String(i.maxPoints) : i.kind === 'boolean' ? 'có' : '1/1'));
    const csv = [['Thôn', 'Họ tên chủ hộ', ...oldIndicators.map((i) => i.label.vi)], ['Ấp 1', 'Nguyễn Thị Hoa', ...oldCells]].map((r) => r.join(';')).join('\n');
    const args = ['documents', 'decision', '-r', older.id, '-i', 'phieu.csv', '--name', 'Họ tên chủ hộ', '--place', 'Thôn', '-y', '2020', '--date', '2020-12-15', '--issuer', 'issuer.json'];
    for (const lang of ['vi', 'en']) {
      const r = await run(['-l', lang, ...args], { 'phieu.csv': csv, 'issuer.json': issuer });
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain(lang === 'vi' ? 'DỰ THẢO' : 'DRAFT');
      for (const said of [r.out, r.err]) {
        expect(said).not.toMatch(/learning-(family|clan|community|unit|citizen)-[a-z0-9-]+/);
        expect(said).not.toContain('criteria[');
        expect(said).not.toMatch(/outcome\.|indicators\[|rules\[/);
      }
      expect(r.err).toContain(lang === 'vi' ? 'Công nhận “Gia đình học tập”' : 'Recognising a learning family');
      expect(r.out).toContain(`“${older.criteria[1]!.label.vi}”`);
    }
  });

  const issuerReport = JSON.stringify({ name: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', place: 'Đồng Tháp', symbol: 'BC-UBND', signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } });
  const results = ['province;commune;model;recognized', ...Array.from({ length: 10 }, (_, i) => `VN-82;${i < 5 ? '28261' : '28249'};learning-family;${i < 8 ? 'có' : 'không'}`)].join('\n');
  const report = (extra: string[], files: Record<string, string> = {}) =>
    run(['documents', 'report', '-i', 'ketqua.csv', '--area', 'tỉnh Đồng Tháp', '-y', '2025', '--date', '2025-12-20', '--issuer', 'issuer.json', ...extra], { 'ketqua.csv': results, 'issuer.json': issuerReport, ...files });

  it('the year report names communes from the list of administrative units by default', async () => {
    const r = await report([]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Phường Mỹ Tho | Gia đình học tập');
    expect(r.out).toContain('Phường Đạo Thạnh | Gia đình học tập');
    expect(r.out).not.toMatch(/^28261 \|/m);
  });

  it('--names gives names by code (CSV or JSON), before the list; --no-unit-names keeps the codes it lacks', async () => {
    const csv = await report(['--names', 'ten.csv'], { 'ten.csv': 'mã;tên\n28261;Phường Một\n' });
    expect(csv.code, csv.err).toBe(0);
    expect(csv.out).toContain('Phường Một | Gia đình học tập');
    expect(csv.out).toContain('Phường Đạo Thạnh | Gia đình học tập');
    const json = await report(['--names', 'ten.json', '--no-unit-names'], { 'ten.json': JSON.stringify({ '28249': 'Phường Hai' }) });
    expect(json.code, json.err).toBe(0);
    expect(json.out).toContain('Phường Hai | Gia đình học tập');
    expect(json.out).toMatch(/^28261 \| Gia đình học tập/m);
    expect(json.err).toContain('1 đơn vị được ghi bằng mã vì không tìm thấy tên (28261); cho tên bằng --names');
    const bad = await report(['--names', 'ten.csv'], { 'ten.csv': 'mã;tên\n28261;\n' });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('cần mã đơn vị và tên');
  });

  it('an issuer file with a key the documents do not print is refused, named, with the key meant', async () => {
    const typo = JSON.stringify({ ...JSON.parse(issuerReport), parrent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn An', chức_vụ: 'x' } });
    const r = await run(['documents', 'report', '-i', 'ketqua.csv', '--area', 'tỉnh Đồng Tháp', '-y', '2025', '--date', '2025-12-20', '--issuer', 'issuer.json'], { 'ketqua.csv': results, 'issuer.json': typo });
    expect(r.code).toBe(2);
    expect(r.err).toContain('khóa "parrent" không được dùng; có phải ý bạn là "parent"?');
    expect(r.err).toContain('khóa signer."chức_vụ" không được dùng; các khóa: capacity, title, name');
    expect(r.out).toBe('');
  });
});
