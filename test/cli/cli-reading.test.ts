import { describe, expect, it } from 'vitest';
import { confirmReading, getRuleSet, recognitionRule } from 'vn-learning-society';
import { fullAssessment } from '../helpers/full-assessment.js';
import { runInMemory as run } from '../helpers/cli.js';

// Issue 26: who recognises a commune learning community from 1 July 2025 is unsettled (../shared/reference/legal-2025.md
// §1). The command line prints the decision under the rule's own reading unless --reading names another, and says on
// stderr that the authority is not confirmed, naming the reading printed and the other.

const community = getRuleSet('learning-community-commune-tt25-2023');
const issuer = JSON.stringify({ parent: 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH', name: 'ỦY BAN NHÂN DÂN XÃ TÂN HỒNG', place: 'Tân Hồng', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } });
const ndjson = JSON.stringify({ ...fullAssessment(community), id: 'X1', 'Tên xã': 'Xã Tân Hồng' });
const files = { 'xa.ndjson': ndjson, 'issuer.json': issuer };
const args = (...more: string[]) => ['documents', 'decision', '-r', community.id, '-i', 'xa.ndjson', '--name', 'Tên xã', '-y', '2025', '--date', '2026-03-15', '--number', '12', '--issuer', 'issuer.json', ...more];

describe('documents decision --reading', () => {
  it('without it: the Department’s Director, the rule’s own reading, printed as a draft that names both readings', async () => {
    const r = await run(args(), files);
    expect(r.code).toBe(0);
    expect(r.out).toContain('(Thẩm quyền theo quy định đang áp dụng: Giám đốc Sở Giáo dục và Đào tạo — chưa xác nhận)');
    expect(r.err).toContain('theo cách hiểu “Sở Giáo dục và Đào tạo công nhận”; cách hiểu khác: “Chủ tịch Ủy ban nhân dân cấp xã công nhận”');
  });

  it('--reading commune-chairperson: the commune chairperson, and the warning names the Department’s as the other', async () => {
    const r = await run(args('--reading', 'commune-chairperson'), files);
    expect(r.code).toBe(0);
    expect(r.out).toContain('(Thẩm quyền theo quy định đang áp dụng: Chủ tịch Ủy ban nhân dân cấp xã — chưa xác nhận)');
    expect(r.out).not.toContain('Giám đốc Sở Giáo dục và Đào tạo —');
    expect(r.err).toContain('theo cách hiểu “Chủ tịch Ủy ban nhân dân cấp xã công nhận”; cách hiểu khác: “Sở Giáo dục và Đào tạo công nhận”');
  });

  it('an unknown reading is refused with the readings listed, and no document is written', async () => {
    const r = await run(args('--reading', 'chu-tich', '--docx', 'qd.docx'), files);
    expect(r.code).toBe(2);
    expect(r.err).toContain('department-director, commune-chairperson');
    expect(r.bytes['qd.docx']).toBeUndefined();
  });

  it('a year before the reform has no readings to pick from: refused, in English too', async () => {
    const r = await run(['-l', 'en', ...args('--reading', 'commune-chairperson').map((a) => (a === '2026-03-15' ? '2025-03-15' : a === '2025' ? '2024' : a))], files);
    expect(r.code).toBe(2);
    expect(r.err).toContain('has no readings to choose from');
  });
});

describe('documents decision --recognition: a province’s own rule, its reading confirmed', () => {
  // Made up for the test: TT 26/2025/TT-BGDĐT is among the rule's sources, but its operative text has not been read.
  const mine = confirmReading(recognitionRule('learning-community', 'commune', '2025-11-15'), 'commune-chairperson', {
    ref: 'tt-26-2025-bgddt', article: 'Điều 1', quote: 'Chủ tịch Ủy ban nhân dân cấp xã', by: 'Sở GD&ĐT tỉnh Tây Ninh', on: '2026-12-01',
  });
  const withRule = { ...files, 'quy-dinh.json': JSON.stringify({ ...mine, id: 'learning-community-commune-tay-ninh-2025' }) };

  it('prints the chairperson with no “not confirmed” mark; only the verdicts’ own provisional values are warned of', async () => {
    const r = await run(args('--recognition', 'quy-dinh.json'), withRule);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('Thẩm quyền theo quy định đang áp dụng');
    expect(r.err).not.toContain('Thẩm quyền công nhận');
  });

  it('a rule file that is not a recognition rule is refused, named with its file and the field', async () => {
    const r = await run(args('--recognition', 'quy-dinh.json', '--docx', 'qd.docx'), { ...files, 'quy-dinh.json': JSON.stringify({ ...mine, readingConfirmed: { ...mine.readingConfirmed, ref: 'qd-999-2026' } }) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('quy-dinh.json:');
    expect(r.err).toContain('readingConfirmed.ref');
    expect(r.bytes['qd.docx']).toBeUndefined();
  });
});

describe('rulesets show: who recognises under a rule set, and which reading', () => {
  it('the commune learning community: the district office until 30 June 2025, then the Department under an unconfirmed reading (TT 25/2023; ../shared/reference/legal-2025.md)', async () => {
    const r = await run(['rulesets', 'show', 'learning-community-commune-tt25-2023']);
    expect(r.code).toBe(0);
    const tail = r.out.trimEnd().split('\n').slice(-2);
    // TT 25/2023 in force from 12 February 2024 (tuyengiao.vn, tapchivietduc.vn; test/catalogue/regulations.test.ts).
    expect(tail[0]).toBe('Công nhận (quy định learning-community-commune-tt25, 12/2/2024–30/6/2025): Trưởng Phòng Giáo dục và Đào tạo cấp huyện');
    expect(tail[1]).toBe(
      'Công nhận (quy định learning-community-commune-tt25-two-tier, từ 1/7/2025): Giám đốc Sở Giáo dục và Đào tạo — cách hiểu “Sở Giáo dục và Đào tạo công nhận”, chưa được xác nhận; cách hiểu khác: “Chủ tịch Ủy ban nhân dân cấp xã công nhận”',
    );
  });

  it('the learning units at commune level from 1 July 2025, in English; as CSV the lines go to stderr, the CSV stays clean', async () => {
    const r = await run(['-l', 'en', 'rulesets', 'show', 'learning-unit-commune-tt24-2025']);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(
      'Recognition (rule learning-unit-commune-tt24-two-tier, from 1/7/2025): Chairperson of the commune People’s Committee — reading “The commune chairperson recognises”, not confirmed; the other reading: “The provincial chairperson recognises”',
    );
    const csv = await run(['-f', 'csv', 'rulesets', 'show', 'learning-unit-commune-tt24-2025']);
    expect(csv.out).not.toContain('Công nhận');
    expect(csv.err).toContain('Công nhận (quy định learning-unit-commune-tt24-two-tier, từ 1/7/2025)');
  });
});
