import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findLegalCitations,
  findLegalDocument,
  formatLegalCitation,
  getRuleSet,
  LearningSocietyError,
  LEGAL_DOCUMENTS,
  listRuleSets,
  listTargets,
  parseLegalCitation,
  parsePlan,
  parseQuarter,
  referenceKey,
  SEED_PLANS,
} from 'vn-learning-society';

const seed = (n: string) => {
  const dir = new URL('../fixtures/seeds/', import.meta.url);
  const file = readdirSync(dir).find((f) => f.startsWith(n))!;
  return readFileSync(new URL(file, dir), 'utf8');
};

describe('parseLegalCitation', () => {
  it.each([
    ['Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ', { kind: 'decision', number: '281', year: 2014, symbol: 'QĐ-TTg', issuer: 'Thủ tướng Chính phủ', date: '2014-02-20' }],
    ['Thông tư số 44/2014/TT-BGDĐT', { kind: 'circular', number: '44', year: 2014, symbol: 'TT-BGDĐT', issuer: 'Bộ Giáo dục và Đào tạo' }],
    ['Kế hoạch số 59/KH-SGDĐT-HKH', { kind: 'plan', number: '59', symbol: 'KH-SGDĐT-HKH' }],
    ['Chương trình phối hợp số 2381/CTPH-SGD&ĐT-HKH', { kind: 'coordination-programme', number: '2381', symbol: 'CTPH-SGD&ĐT-HKH' }],
    ['Quyet dinh so 387/QD-TTg ngay 25 thang 03 nam 2022 cua Thu tuong Chinh phu', { kind: 'decision', number: '387', year: 2022, symbol: 'QD-TTg', issuer: 'Thu tuong Chinh phu', date: '2022-03-25' }],
    ['Công văn số 6782/BGDĐT-GDTX', { kind: 'official-letter', number: '6782', symbol: 'BGDĐT-GDTX', issuer: 'Bộ Giáo dục và Đào tạo' }],
    ['Nghị quyết số 09/2023/NQ-HĐND của Hội đồng nhân dân thành phố', { kind: 'resolution', number: '09', year: 2023, symbol: 'NQ-HĐND', issuer: 'Hội đồng nhân dân thành phố' }],
    ['theo QĐ 448/QĐ-KHVN', { kind: 'decision', number: '448', symbol: 'QĐ-KHVN', issuer: 'Hội Khuyến học Việt Nam' }],
  ])('reads %s', (text, expected) => {
    expect(parseLegalCitation(text)).toMatchObject(expected);
  });

  it('refuses text with no document number', () => {
    expect(() => parseLegalCitation('Thông tư về xã hội học tập')).toThrowError(LearningSocietyError);
  });

  it('formats citations back, round-tripping the seed citations', () => {
    expect(formatLegalCitation(parseLegalCitation('Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ'))).toBe('Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ');
    expect(formatLegalCitation(parseLegalCitation('Thông tư số 44/2014/TT-BGDĐT'), { lang: 'en' })).toBe('Circular No. 44/2014/TT-BGDĐT, Bộ Giáo dục và Đào tạo');
    for (const n of ['000', '002', '003', '004']) {
      for (const c of findLegalCitations(seed(n))) {
        const again = parseLegalCitation(formatLegalCitation(c));
        expect([again.kind, again.reference, again.date, again.issuer]).toEqual([c.kind, c.reference, c.date, c.issuer]);
      }
    }
  });
});

describe('the catalogue of cited documents', () => {
  it('has every document the seeds cite (seeds 000–004), with diacritics or without', () => {
    for (const n of ['000', '001', '002', '003', '004']) {
      for (const c of findLegalCitations(seed(n))) {
        const doc = findLegalDocument(c);
        expect(doc, `${n}: ${c.reference}`).toBeDefined();
        if (c.date && doc!.document.date) expect(doc!.document.date).toBe(c.date);
      }
    }
  });

  it('links every numbered source of every shipped rule set and target table', () => {
    for (const rs of [...listRuleSets(), ...listTargets()]) {
      for (const s of rs.sources) {
        if (s.document.number === undefined) continue;
        expect(findLegalDocument(s.document.number)?.id, `${rs.id}: ${s.document.number}`).toBe(s.id);
      }
    }
  });

  it('has unique ids and numbers', () => {
    expect(new Set(LEGAL_DOCUMENTS.map((d) => d.id)).size).toBe(LEGAL_DOCUMENTS.length);
    const numbers = LEGAL_DOCUMENTS.flatMap((d) => (d.document.number ? [referenceKey(d.document.number)] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(findLegalDocument('09/NQ-HĐND')?.document.date).toBe('2023-12-08');
    expect(findLegalDocument('1/XX-YY')).toBeUndefined();
    expect(getRuleSet('learning-family-khvn-2015').sources[0]!.id).toBe(findLegalDocument('448/QĐ-KHVN')!.id);
  });
});

describe('the five seeds as plans', () => {
  it('are valid plans', () => {
    expect(SEED_PLANS).toHaveLength(5);
    for (const p of SEED_PLANS) expect(parsePlan(p)).toEqual(p);
  });

  it('list exactly the legal bases their text cites', () => {
    const ids = ['plan-long-an-yearbook-2020', 'plan-dong-thap-2030', 'plan-hcmc-2023', 'plan-hai-phong-study-promotion-month-2024', 'programme-ben-tre-2017-2020'];
    ['000', '001', '002', '003', '004'].forEach((n, i) => {
      const plan = SEED_PLANS.find((p) => p.id === ids[i])!;
      const cited = new Set(findLegalCitations(seed(n)).map((c) => referenceKey(c.reference)));
      if (plan.reference) cited.delete(referenceKey(plan.reference));
      expect(new Set(plan.legalBases.map((b) => referenceKey(b.reference))), n).toEqual(cited);
    });
  });

  it('carry the seeds’ figures: dates, phases, deadlines, reviews, tasks with lead and co-ordinating agencies', () => {
    const byId = Object.fromEntries(SEED_PLANS.map((p) => [p.id, p]));
    expect(byId['plan-hcmc-2023']).toMatchObject({ reference: '59/KH-SGDĐT-HKH', date: '2023-05-09', targetTable: 'targets-hcmc-2023' }); // seed 002
    expect(byId['plan-hcmc-2023']!.tasks.every((t) => t.lead.vi.length > 0)).toBe(true);
    expect(byId['plan-hai-phong-study-promotion-month-2024']!.schedule![0]).toMatchObject({ start: '2024-09-05', end: '2024-10-05' }); // seed 003
    expect(byId['plan-hai-phong-study-promotion-month-2024']!.reportDue?.date).toBe('2024-10-08'); // seed 003
    expect(byId['programme-ben-tre-2017-2020']).toMatchObject({ reference: '2381/CTPH-SGD&ĐT-HKH', date: '2017-11-21', period: { from: 2017, to: 2020 } }); // seed 004
    const congress = byId['programme-ben-tre-2017-2020']!.reviews!.find((r) => r.id === 'first-congress')!;
    expect(congress.quarter).toEqual({ year: 2018, quarter: 4 }); // seed 004: quý IV năm 2018
    const review = byId['plan-dong-thap-2030']!.reviews!.find((r) => r.id === 'five-year-review')!;
    expect(parseQuarter(`Quý ${review.quarter!.quarter} năm ${review.quarter!.year}`).from).toBe('2026-04-01'); // seed 001: Quý II năm 2026
    expect(byId['plan-dong-thap-2030']!.reportDue?.yearly).toEqual({ month: 11, day: 20, before: true }); // seed 001
    expect(byId['plan-long-an-yearbook-2020']).toMatchObject({ month: '2020-09', yearbook: 'yearbook-long-an-2020' }); // seed 000
    expect(byId['plan-long-an-yearbook-2020']!.funding?.vi).toContain('kinh phí sự nghiệp giáo dục');
  });

  it('refuses a plan whose schedule is broken, with paths under schedule', () => {
    const broken = structuredClone(SEED_PLANS[0]!);
    broken.schedule![1] = { ...broken.schedule![1]!, end: '2020-09-01' };
    try {
      parsePlan(broken);
      throw new Error('expected an error');
    } catch (e) {
      expect((e as LearningSocietyError).issues.map((i) => i.path.join('.'))).toEqual(['schedule.1.end']);
    }
  });
});
