import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { evaluate, getRuleSet, LearningSocietyError, listRuleSets, recognitionRule, summaryTable, tallyOf, targetsFor, unconfirmedValues, type Evaluation, type RuleSet } from 'vn-learning-society';
import {
  documentText,
  documentToDocx,
  MAX_DOCUMENT_TEXT_LENGTH,
  ND_30_2020_LAYOUT,
  numberLine,
  placeDateLine,
  recognitionCertificates,
  recognitionDecision,
  viNumberWords,
  yearReport,
  type Issuer,
  type RecognitionDecisionInput,
} from 'vn-learning-society/documents';
import { fullAssessment } from '../helpers/full-assessment.js';
import { unconfirmedValueWords } from '../../src/documents/unconfirmed.js';

const family = getRuleSet('learning-family-khvn-2021');
const community = getRuleSet('learning-community-commune-tt25-2023');
const issuer: Issuer = {
  parent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
  name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
  place: 'An Bình',
  symbol: 'QĐ-UBND',
  signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
};
const recognised = (rs: RuleSet): Evaluation => evaluate(rs, fullAssessment(rs));
const households = (n: number, ev = recognised(family)) => Array.from({ length: n }, (_, i) => ({ name: `Nguyễn Văn Hộ ${i + 1}`, place: `Ấp ${1 + (i % 4)}`, evaluation: ev }));
const input = (over: Partial<RecognitionDecisionInput> = {}): RecognitionDecisionInput => ({ ruleSet: family, year: 2025, date: '2025-12-15', number: '7', issuer, entries: households(3), ...over });

/** The issues of the error `fn` throws. */
function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LearningSocietyError);
    return (e as LearningSocietyError).issues;
  }
  throw new Error('expected a LearningSocietyError');
}

describe('the lines Nghị định 30/2020/NĐ-CP sets the form of', () => {
  it('writes the number, the place and date, and counts in words', () => {
    // NĐ 30/2020/NĐ-CP, Phụ lục I: a number under 10, a day under 10 and the months 1 and 2 take a leading zero.
    expect(numberLine('7', 'QĐ-UBND')).toBe('Số: 07/QĐ-UBND');
    expect(numberLine('125', 'QĐ-UBND')).toBe('Số: 125/QĐ-UBND');
    expect(numberLine(undefined, 'BC-UBND')).toBe('Số:        /BC-UBND');
    expect(placeDateLine('An Bình', '2026-02-05')).toBe('An Bình, ngày 05 tháng 02 năm 2026');
    expect(placeDateLine('An Bình', '2025-12-15')).toBe('An Bình, ngày 15 tháng 12 năm 2025');
    expect(viNumberWords(0)).toBe('không');
    expect(viNumberWords(105)).toBe('một trăm lẻ năm');
    // 258 copies and 450 pages: Kế hoạch 59/KH-SGDĐT-HKH (Long An, 2020), the yearbook plan of the seeds.
    expect(viNumberWords(258)).toBe('hai trăm năm mươi tám');
    expect(viNumberWords(450)).toBe('bốn trăm năm mươi');
    expect(() => viNumberWords(-1)).toThrow(LearningSocietyError);
    expect(() => viNumberWords(1.5)).toThrow(LearningSocietyError);
  });

  it('lays a page out as the decree says, as data a province may override', () => {
    // NĐ 30/2020/NĐ-CP, Phụ lục I: A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman;
    // the national name 12–13 pt, the motto 13–14 pt, the body 13–14 pt.
    const l = ND_30_2020_LAYOUT;
    expect(l.page).toEqual({ width: 210, height: 297 });
    expect(l.margins.top).toBeGreaterThanOrEqual(20);
    expect(l.margins.top).toBeLessThanOrEqual(25);
    expect(l.margins.bottom).toBeGreaterThanOrEqual(20);
    expect(l.margins.bottom).toBeLessThanOrEqual(25);
    expect(l.margins.left).toBeGreaterThanOrEqual(30);
    expect(l.margins.left).toBeLessThanOrEqual(35);
    expect(l.margins.right).toBeGreaterThanOrEqual(15);
    expect(l.margins.right).toBeLessThanOrEqual(20);
    expect(l.font).toBe('Times New Roman');
    expect([12, 13]).toContain(l.sizes.nationalName);
    expect([13, 14]).toContain(l.sizes.motto);
    expect([13, 14]).toContain(l.sizes.body);
    // Not quoted from the decree's text: marked so, with the reason.
    expect(l.uncertain).toBe(true);
    expect(l.note?.vi).toContain('chưa đối chiếu');
  });
});

describe('recognitionDecision', () => {
  it('says who decides, on what legal bases, what, and lists every entry in the annex', () => {
    const doc = recognitionDecision(input({ entries: households(25), bases: ['Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025'], proposal: 'Hội Khuyến học xã An Bình', executors: ['Hội Khuyến học xã'] }));
    const text = documentText(doc);
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual(['ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 07/QĐ-UBND', 'An Bình, ngày 15 tháng 12 năm 2025']);
    expect(text).toContain('QUYẾT ĐỊNH\nVề việc công nhận danh hiệu “Gia đình học tập” năm 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH');
    // The legal bases: the caller's first, then one line per source of the recognition rule and the rule set, each once;
    // ";" after each and "." after the last (the proposal).
    const bases = lines.filter((l) => l.startsWith('Căn cứ ') || l.startsWith('Xét đề nghị'));
    expect(bases[0]).toBe('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;');
    const rule = recognitionRule('learning-family', undefined, '2025-12-15');
    const documents = new Set([...rule.sources, ...family.sources].map((s) => `${s.document.kind}|${s.document.number ?? s.id}`));
    expect(bases.length).toBe(1 + documents.size + 1);
    expect(bases.some((b) => b.startsWith('Căn cứ Quyết định số 448/QĐ-KHVN'))).toBe(true);
    expect(bases.slice(0, -1).every((b) => b.endsWith(';'))).toBe(true);
    expect(bases.at(-1)).toBe('Xét đề nghị của Hội Khuyến học xã An Bình.');
    expect(text).toContain('Điều 1. Công nhận 25 (hai mươi lăm) hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025 (có danh sách kèm theo).');
    expect(text).toContain('Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Hội Khuyến học xã và các hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.');
    expect(text).toContain('Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An');
    // The annex, on its own page: every entry, in order, with its place and points; nothing dropped.
    const annex = doc.blocks.findIndex((b) => b.kind === 'page-break');
    expect(doc.blocks[annex + 1]).toMatchObject({ runs: [{ text: 'DANH SÁCH' }] });
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.length).toBe(25);
    expect(table?.kind === 'table' && table.rows[0]).toEqual(['1', 'Nguyễn Văn Hộ 1', 'Ấp 1', '100/100']);
    expect(table?.kind === 'table' && table.rows[24]).toEqual(['25', 'Nguyễn Văn Hộ 25', 'Ấp 1', '100/100']);
    expect(text).toContain('(Kèm theo Quyết định số 07/QĐ-UBND ngày 15/12/2025)');
  });

  it('is a draft, marked in red at its top, when the rules mark the recognising authority uncertain or a verdict is provisional', () => {
    const rule = recognitionRule('learning-family', undefined, '2025-12-15');
    expect(rule.uncertain).toContain('recognizingAuthority');
    const doc = recognitionDecision(input());
    expect(doc.draft).toBe(true);
    expect(doc.warnings.map((w) => w.en).join(' ')).toContain('recognising authority');
    const first = doc.blocks.slice(0, 4).find((b) => b.kind === 'paragraph');
    expect(first).toMatchObject({ runs: [{ text: 'DỰ THẢO — CHƯA ĐỦ CĂN CỨ ĐỂ KÝ', mark: true }] });
    // The authority line itself is in red, with the authority the rule names.
    const marked = doc.blocks.filter((b) => b.kind === 'paragraph' && b.runs.some((r) => r.mark)).map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
    expect(marked).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH');
    expect(marked.some((m) => m.includes(rule.recognizingAuthority.vi))).toBe(true);
  });

  it('says in its draft notice what is unconfirmed by the rule’s title and the criteria’s labels, never by id or path', () => {
    const provisional: Evaluation = { ...recognised(family), provisional: true, unconfirmed: unconfirmedValues(family).map((u) => ({ ...u })) };
    const doc = recognitionDecision(input({ entries: [{ name: 'Nguyễn Văn Hộ', place: 'Ấp 1', evaluation: provisional }] }));
    const rule = recognitionRule('learning-family', undefined, '2025-12-15');
    const text = documentText(doc);
    for (const lang of ['vi', 'en'] as const) {
      const said = `${text}\n${doc.warnings.map((w) => w[lang]).join('\n')}`;
      expect(said).not.toMatch(/learning-(family|clan|community|unit|citizen)-[a-z0-9-]+/);
      expect(said).not.toMatch(/criteria\[|outcome\.|indicators\[|\.maxPoints|rules\[/);
      expect(said).not.toContain(rule.id);
      expect(said).not.toContain(family.id);
    }
    expect(doc.warnings.map((w) => w.vi).join(' ')).toContain(rule.title.vi);
    const criterion = family.criteria.find((c) => unconfirmedValues(family).some((u) => u.path === `criteria[${c.id}]`));
    if (criterion) expect(text).toContain(`“${criterion.label.vi}”`);
  });

  it('has words for every unconfirmed value of every shipped rule set: labels, no ids, no paths', () => {
    for (const { id } of listRuleSets()) {
      const rs = getRuleSet(id);
      const ids = new Set([...rs.criteria.flatMap((c) => [c.id, ...c.indicators.map((i) => i.id)]), ...rs.outcome.rules.map((r) => r.id), ...(rs.outcome.classes ?? []).map((c) => c.id)]);
      for (const u of unconfirmedValues(rs)) {
        const words = unconfirmedValueWords(rs, u.path);
        for (const lang of ['vi', 'en'] as const) {
          expect(words[lang], `${id} ${u.path}`).not.toMatch(/[[\]]|\.maxPoints|\.points|\.bands/);
          expect(words[lang], `${id} ${u.path}`).not.toBe(lang === 'vi' ? 'một giá trị của bộ tiêu chí' : 'a value of the rule set');
          for (const x of ids) if (x.includes('-') || x.includes('.')) expect(words[lang], `${id} ${u.path}`).not.toContain(x);
        }
      }
    }
    expect(unconfirmedValueWords(family, 'somewhere[else]')).toEqual({ vi: 'một giá trị của bộ tiêu chí', en: 'a value of the rule set' });
  });

  it('is no draft when the authority is confirmed and no verdict provisional (TT 25/2023, a commune)', () => {
    // Before 1 July 2025 (two tiers of local government), TT 25/2023's rule: the district education office recognises.
    // Every shipped sheet still rests on some unconfirmed value, so the verdict here is one whose values a province has
    // confirmed: the same evaluation, not provisional.
    const ev: Evaluation = { ...recognised(community), provisional: false, unconfirmed: [] };
    const rule = recognitionRule('learning-community', 'commune', '2025-03-15');
    const doc = recognitionDecision(input({ ruleSet: community, year: 2024, date: '2025-03-15', entries: [{ name: 'Xã An Bình', place: 'Tỉnh Đồng Tháp', evaluation: ev }] }));
    expect(rule.uncertain ?? []).not.toContain('recognizingAuthority');
    expect(doc.draft).toBe(false);
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.runs.some((r) => r.mark))).toBe(false);
    // With a provisional verdict the same decision is a draft.
    expect(recognitionDecision(input({ ruleSet: community, year: 2024, date: '2025-03-15', entries: [{ name: 'Xã An Bình', evaluation: recognised(community) }] })).draft).toBe(true);
    expect(documentText(doc)).toContain('Điều 1. Công nhận 1 (một) cộng đồng đạt danh hiệu');
  });

  it('from 1 July 2025 the commune decision says which reading of the authority it prints, and prints the one asked for (../shared/reference/legal-2025.md)', () => {
    const ev: Evaluation = { ...recognised(community), provisional: false, unconfirmed: [] };
    const entries = [{ name: 'Xã Tân Hồng', place: 'Tỉnh Đồng Tháp', evaluation: ev }];
    const byDefault = recognitionDecision(input({ ruleSet: community, year: 2025, date: '2026-03-15', entries }));
    expect(byDefault.draft).toBe(true);
    expect(byDefault.warnings.map((w) => w.vi)).toEqual([
      'Thẩm quyền công nhận (“Giám đốc Sở Giáo dục và Đào tạo”, theo quy định Công nhận “Cộng đồng học tập” cấp xã từ 01/7/2025 theo cách hiểu “Sở Giáo dục và Đào tạo công nhận”; cách hiểu khác: “Chủ tịch Ủy ban nhân dân cấp xã công nhận”) chưa được xác nhận từ văn bản gốc: kiểm tra trước khi ký.',
    ]);
    const other = recognitionDecision(input({ ruleSet: community, year: 2025, date: '2026-03-15', entries, reading: 'commune-chairperson' }));
    expect(documentText(other)).toContain('(Thẩm quyền theo quy định đang áp dụng: Chủ tịch Ủy ban nhân dân cấp xã — chưa xác nhận)');
    expect(other.warnings[0]!.en).toContain('under the reading “The commune chairperson recognises”; the other reading: “The provincial Department recognises”');
    expect(issuesOf(() => recognitionDecision(input({ ruleSet: community, year: 2025, date: '2026-03-15', entries, reading: 'ai-do' })))[0]).toMatchObject({ path: ['reading'], code: 'unknown_reading' });
  });

  it('refuses what it cannot print, naming every problem at once: nothing is dropped from a list', () => {
    const notRecognised = evaluate(family, {});
    const issues = issuesOf(() =>
      recognitionDecision(
        input({
          entries: [
            { name: 'Bình\u0007thường', evaluation: recognised(family) },
            { name: 'x'.repeat(10_000), evaluation: recognised(family) },
            { name: 'Chưa đạt', evaluation: notRecognised },
            { name: 'Bộ khác', evaluation: recognised(getRuleSet('learning-family-khvn-2015')) },
            { name: '   ', evaluation: recognised(family) },
          ],
        }),
      ),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['entries.0.name', 'control_character'],
      ['entries.1.name', 'too_long'],
      ['entries.2.evaluation', 'not_recognized'],
      ['entries.3.evaluation.ruleSetId', 'wrong_rule_set'],
      ['entries.4.name', 'empty_text'],
    ]);
    expect(issues[0]!.message.vi).toContain('U+0007');
    expect(issues[1]!.message.en).toContain(`10000 characters; at most ${MAX_DOCUMENT_TEXT_LENGTH}`);
    expect(issues[2]!.message.vi).toContain('chưa đạt mức tối thiểu');
    // learning-family-khvn-2021 is in force to 2030-12-31: a decision for 2031 is refused.
    expect(issuesOf(() => recognitionDecision(input({ year: 2031, date: '2031-12-15' }))).map((i) => i.code)).toContain('not_in_force');
    expect(issuesOf(() => recognitionDecision(input({ ruleSet: getRuleSet('learning-family-khvn-2015'), entries: households(1, recognised(getRuleSet('learning-family-khvn-2015'))) }))).map((i) => i.code)).toEqual(['not_in_force']);
    expect(issuesOf(() => recognitionDecision(input({ entries: [] }))).map((i) => i.code)).toEqual(['empty_list']);
    // A key no document prints is refused, not left out of the letterhead: the key meant when one is near.
    const typo = issuesOf(() => recognitionDecision(input({ issuer: { ...issuer, parrent: 'ỦY BAN NHÂN DÂN TỈNH', signer: { ...issuer.signer, chuc_vu: 'x' } } as Issuer })));
    expect(typo.map((i) => [i.code, i.path.join('.'), i.message.en])).toEqual([
      ['unknown_key', 'issuer.parrent', 'key "parrent" is not used; did you mean "parent"?'],
      ['unknown_key', 'issuer.signer.chuc_vu', 'key signer."chuc_vu" is not used; the keys: capacity, title, name'],
    ]);
    expect(issuesOf(() => recognitionDecision(input({ date: '2024-12-31' }))).map((i) => i.code)).toEqual(['invalid_date']);
    expect(issuesOf(() => recognitionDecision(input({ issuer: { ...issuer, signer: { title: '', name: 'A\u202Eb' } } }))).map((i) => [i.path.join('.'), i.code])).toEqual([
      ['issuer.signer.title', 'empty_text'],
      ['issuer.signer.name', 'control_character'],
    ]);
    expect(issuesOf(() => recognitionDecision(input({ recognition: recognitionRule('learning-clan', undefined, '2025-12-15') }))).map((i) => i.code)).toEqual(['invalid_model']);
  });
});

describe('recognitionCertificates', () => {
  it('makes one page per entry from one template, numbered in the register as the list is', () => {
    const doc = recognitionCertificates(input({ entries: households(4) }));
    expect(doc.orientation).toBe('landscape');
    expect(doc.blocks.filter((b) => b.kind === 'page-break')).toHaveLength(3);
    const text = documentText(doc);
    for (let i = 1; i <= 4; i++) {
      expect(text).toContain(`Nguyễn Văn Hộ ${i}\nẤp ${1 + ((i - 1) % 4)}\nĐạt danh hiệu “Gia đình học tập” năm 2025`);
      expect(text).toContain(`Số vào sổ: ${i}`);
    }
    expect(text.match(/CÔNG NHẬN/g)).toHaveLength(4);
    expect(issuesOf(() => recognitionCertificates(input({ entries: [] }))).map((i) => i.code)).toEqual(['empty_list']);
  });
});

describe('yearReport', () => {
  const records = [
    ...Array.from({ length: 9 }, () => ({ province: 'VN-45', commune: '30280', model: 'learning-family' as const, recognized: true })),
    { province: 'VN-45', commune: '30280', model: 'learning-family' as const, recognized: false },
    ...Array.from({ length: 7 }, () => ({ province: 'VN-45', commune: '30283', model: 'learning-family' as const, recognized: true })),
  ];
  const populations = { '30280': { 'learning-family': 10 }, '30283': { 'learning-family': 10 } };
  const report = (table = summaryTable(tallyOf(records), { level: 'commune', populations, targets: targetsFor('VN-45', 2025) })) =>
    yearReport({ year: 2025, date: '2025-12-20', area: 'huyện thử', table, issuer: { ...issuer, symbol: 'BC-UBND' }, unitNames: { '30280': 'Xã An Bình', '30283': 'Xã An Phong' } });

  it('says what the table says: the whole, the recognised, the share, and the target met, exceeded or missed', () => {
    const t = summaryTable(tallyOf(records), { level: 'commune', populations, targets: targetsFor('VN-45', 2025) });
    const total = t.totals[0]!;
    expect(total).toMatchObject({ population: 20, recognized: 16, printed: '80,00' });
    const text = documentText(report(t));
    // Đồng Tháp's target for 2025: 90 % of households are learning families (Kế hoạch xây dựng xã hội học tập tỉnh
    // Đồng Tháp đến năm 2030, data/targets/targets-dong-thap-2030.json). 90 % of 20 is 18: 2 more are needed.
    expect(text).toContain('Toàn huyện thử có 20 hộ gia đình, 16 hộ gia đình đạt danh hiệu “Gia đình học tập”, đạt 80,00%; chưa đạt chỉ tiêu 90%, cần thêm 2 hộ gia đình.');
    expect(text).toContain('Xã An Bình | Gia đình học tập | 10 |  | 10 | 9 | 90,00');
    expect(text).toContain('Xã An Phong | Gia đình học tập | 10 |  | 7 | 7 | 70,00');
    expect(text).toContain('Toàn huyện thử | Gia đình học tập | 20 |  | 17 | 16 | 80,00');
  });

  it('says the target is met at exactly 90 %, exceeded above it, and says nothing of a target when there is none', () => {
    const area = (recognised: number) => Array.from({ length: 20 }, (_, i) => ({ province: 'VN-45', commune: '30280', model: 'learning-family' as const, recognized: i < recognised }));
    const sentence = (recognised: number, withTargets = true) =>
      documentText(report(summaryTable(tallyOf(area(recognised)), { level: 'commune', populations: { '30280': { 'learning-family': 20 } }, ...(withTargets ? { targets: targetsFor('VN-45', 2025) } : {}) })))
        .split('\n')
        .find((l) => l.startsWith('Toàn huyện thử có'));
    // The target is Đồng Tháp's 90 % for 2025 (data/targets/targets-dong-thap-2030.json).
    expect(sentence(18)).toBe('Toàn huyện thử có 20 hộ gia đình, 18 hộ gia đình đạt danh hiệu “Gia đình học tập”, đạt 90,00%; đạt chỉ tiêu 90%.');
    expect(sentence(19)).toBe('Toàn huyện thử có 20 hộ gia đình, 19 hộ gia đình đạt danh hiệu “Gia đình học tập”, đạt 95,00%; vượt chỉ tiêu 90%.');
    expect(sentence(19, false)).toBe('Toàn huyện thử có 20 hộ gia đình, 19 hộ gia đình đạt danh hiệu “Gia đình học tập”, đạt 95,00%.');
  });

  it('refuses a table without figures and bad text', () => {
    const empty = summaryTable([], { level: 'commune' });
    expect(issuesOf(() => report(empty)).map((i) => i.code)).toEqual(['empty_list']);
    expect(issuesOf(() => yearReport({ year: 2025, date: '2025-12-20', area: 'xã\u0000', table: summaryTable(tallyOf(records), { level: 'commune' }), issuer })).map((i) => i.code)).toEqual(['control_character']);
  });

  it('refuses a row whose model is not a model (found by the fuzz test with FUZZ_SEED=106630965: a totals row of model "__proto__" threw a TypeError)', () => {
    const t = summaryTable(tallyOf(records), { level: 'commune', populations });
    for (const model of ['__proto__', 'constructor', 'learning-family/__proto__', 'learning-family/commune/x', 'gia-dinh']) {
      const table = { ...t, totals: t.totals.map((r) => ({ ...r, model })) };
      const issues = issuesOf(() => report(table as typeof t));
      expect(issues.map((i) => i.path.join('.'))).toEqual(['table.totals.0.model']);
    }
  });
});

describe('documentToDocx', () => {
  it('writes a Word file with the text, the layout, and no date but the document’s: the same bytes every time', async () => {
    const doc = recognitionDecision(input());
    const a = await documentToDocx(doc);
    const b = await documentToDocx(doc);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const files = unzipSync(a);
    const xml = strFromU8(files['word/document.xml']!);
    for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 07/QĐ-UBND', 'Nguyễn Văn Hộ 3', 'Điều 1. ']) expect(xml).toContain(text.replace('Điều 1. ', 'Điều 1.'));
    // A4 in twentieths of a point, margins 20/20/30/15 mm (NĐ 30/2020/NĐ-CP, Phụ lục I), red for what must be resolved.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('w:val="C00000"');
    expect(strFromU8(files['docProps/core.xml']!)).toContain('2025-12-15T00:00:00Z');
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toContain('Times New Roman');
  });

  it('checks a document made or changed by hand before writing it: every problem named, no unreadable file', async () => {
    const doc = recognitionDecision(input());
    const bad = {
      ...doc,
      date: '15/12/2025',
      blocks: [...doc.blocks, { kind: 'table', columns: [{ label: 'Tên', width: 100 }], rows: [['Hộ\u0001A']] }, { kind: 'picture' }],
    } as unknown as typeof doc;
    const error = await documentToDocx(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LearningSocietyError);
    const n = doc.blocks.length;
    expect((error as LearningSocietyError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['date', 'invalid_date'],
      [`blocks.${n}.rows.0.0`, 'control_character'],
      [`blocks.${n + 1}.kind`, 'invalid_value'],
    ]);
  });
});

describe('the docs show what an office gets', () => {
  it('keeps one rendered page of each document in docs/images, shown by both guides', () => {
    const guides = ['en', 'vi'].map((l) => readFileSync(new URL(`../../docs/${l}/documents.md`, import.meta.url), 'utf8'));
    for (const name of ['document-decision', 'document-annex', 'document-certificate', 'document-report']) {
      const png = readFileSync(new URL(`../../docs/images/${name}.png`, import.meta.url));
      expect(png.subarray(0, 8).toString('hex'), name).toBe('89504e470d0a1a0a');
      expect(png.length, name).toBeGreaterThan(5_000); // a page of text in 16 colours, not a blank image
      expect(png.length, name).toBeLessThan(60_000); // shipped in the package: kept small (scripts/document-images.ts)
      for (const guide of guides) expect(guide).toContain(`../images/${name}.png`);
    }
  });
});
