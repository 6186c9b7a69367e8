import type { LegalSource } from '../../document/legal-source/index.js';
import {
  CV_6782_BGDDT,
  HCMC_PLAN_59_2023,
  KHVN_CRITERIA_2021,
  QD_1373_TTG,
  QD_281_TTG,
  QD_324_KHVN,
  QD_387_TTG,
  QD_448_KHVN,
  QD_645_BGDDT,
  QD_677_TTG,
  TT_24_2023,
  TT_25_2023,
  TT_44_2014,
} from '../rule-sets/sources.js';
import { referenceKey, type LegalCitation } from '../../programme/citation/index.js';
import { bilingual as l } from '../../core/internal/bilingual.js';

const UBND_LONG_AN = l('Ủy ban nhân dân tỉnh Long An', 'Long An provincial People’s Committee');
const HAI_PHONG_PC = l('Ủy ban nhân dân thành phố Hải Phòng', 'Hải Phòng city People’s Committee');

/** Documents the seeds cite that no rule set does. */
const SEED_DOCUMENTS: readonly LegalSource[] = [
  { id: 'qd-89-ttg', document: { kind: 'decision', number: '89/QĐ-TTg', date: '2013-01-09', issuer: l('Thủ tướng Chính phủ', 'Prime Minister'), title: l('Phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2012–2020”', 'Scheme to build a learning society, 2012–2020') } },
  { id: 'kh-1844-ubnd-long-an', document: { kind: 'plan', number: '1844/KH-UBND', date: '2014-06-16', issuer: UBND_LONG_AN, title: l('Thực hiện Đề án “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng đến năm 2020” trên địa bàn tỉnh Long An', 'Carrying out the lifelong-learning scheme in Long An') } },
  { id: 'kh-34-bcd-long-an', document: { kind: 'plan', number: '34/KH-BCĐ', date: '2017-03-08', issuer: UBND_LONG_AN, title: l('Tổ chức công nhận danh hiệu 04 mô hình học tập và “Cộng đồng học tập” cấp xã giai đoạn 2017–2020', 'Recognising the four learning models and commune learning communities, 2017–2020') } },
  { id: 'kh-42-sgddt-hkh-2023', document: { kind: 'plan', number: '42/KH-SGDĐT-HKH', date: '2023-04-11', issuer: l('Sở Giáo dục và Đào tạo và Hội Khuyến học Thành phố Hồ Chí Minh', 'HCMC Department of Education and Study Promotion Association'), title: l('Kế hoạch hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2022–2030', 'Study promotion and learning society plan, 2022–2030') } },
  { id: 'kh-4344-ubnd-hcmc', document: { kind: 'plan', number: '4344/KH-UBND', issuer: l('Ủy ban nhân dân Thành phố Hồ Chí Minh', 'Ho Chi Minh City People’s Committee'), title: l('Triển khai thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021–2030” năm 2023', 'Carrying out the learning-society scheme in 2023') } },
  { id: 'kh-204-hai-phong-2024', document: { kind: 'plan', number: '204/KH-SGDĐT', date: '2024-08-23', issuer: HAI_PHONG_PC, title: l('Tổ chức hoạt động Tháng Khuyến học năm 2024', 'Study Promotion Month 2024') } },
  { id: 'kh-254-ubnd-hai-phong', document: { kind: 'plan', number: '254/KH-UBND', date: '2021-11-15', issuer: HAI_PHONG_PC, title: l('Thực hiện Quyết định số 1373/QĐ-TTg', 'Carrying out QĐ 1373/QĐ-TTg') } },
  { id: 'nq-09-2023-hdnd-hai-phong', document: { kind: 'resolution', number: '09/2023/NQ-HĐND', date: '2023-12-08', issuer: l('Hội đồng nhân dân thành phố Hải Phòng', 'Hải Phòng city People’s Council') } },
  { id: 'cv-1181-ubnd-hai-phong', document: { kind: 'official-letter', number: '1181/UBND-VX', date: '2024-05-22', issuer: HAI_PHONG_PC, title: l('Hướng dẫn đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh theo Thông tư 25/2023/TT-BGDĐT', 'Guidance on TT 25/2023') } },
  { id: 'cv-1182-ubnd-hai-phong', document: { kind: 'official-letter', number: '1182/UBND-VX', date: '2024-05-22', issuer: HAI_PHONG_PC, title: l('Hướng dẫn đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh theo Thông tư 24/2023/TT-BGDĐT', 'Guidance on TT 24/2023') } },
  { id: 'ctph-2381-ben-tre', document: { kind: 'coordination-programme', number: '2381/CTPH-SGD&ĐT-HKH', date: '2017-11-21', issuer: l('Sở Giáo dục và Đào tạo và Hội Khuyến học tỉnh Bến Tre', 'Bến Tre Department of Education and Study Promotion Association'), title: l('Chương trình phối hợp hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2017–2020', 'Co-ordination programme on study promotion and the learning society, 2017–2020') } },
  { id: 'ctr-681-bgddt-hkhvn', document: { kind: 'coordination-programme', number: '681/CTr-BGDĐT-HKHVN', date: '2017-09-20', issuer: l('Bộ Giáo dục và Đào tạo và Hội Khuyến học Việt Nam', 'MOET and the Vietnam Association for Promoting Education'), title: l('Chương trình phối hợp hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2017–2020', 'Co-ordination programme, 2017–2020') } },
  { id: 'kh-3799-ubnd-ben-tre', document: { kind: 'plan', number: '3799/KH-UBND', date: '2016-07-26', issuer: l('Ủy ban nhân dân tỉnh Bến Tre', 'Bến Tre provincial People’s Committee'), title: l('Xây dựng xã hội học tập tỉnh Bến Tre giai đoạn 2016–2020', 'Building the learning society in Bến Tre, 2016–2020') } },
  { id: 'kh-13-hkh-ben-tre', document: { kind: 'plan', number: '13/KH-HKH', date: '2016-10-13', issuer: l('Hội Khuyến học tỉnh Bến Tre', 'Bến Tre Study Promotion Association'), title: l('Triển khai đại trà các mô hình học tập và đánh giá, công nhận các danh hiệu giai đoạn 2016–2020', 'Rolling out the learning models and their recognition, 2016–2020') } },
];

/**
 * The documents the seeds and the shipped rule sets cite, as data (danh mục văn bản): each rule set's sources use
 * the same ids. Look one up by its number with {@link findLegalDocument}.
 */
export const LEGAL_DOCUMENTS: readonly LegalSource[] = [
  QD_281_TTG,
  QD_448_KHVN,
  CV_6782_BGDDT,
  TT_44_2014,
  QD_645_BGDDT,
  QD_1373_TTG,
  QD_387_TTG,
  QD_677_TTG,
  QD_324_KHVN,
  KHVN_CRITERIA_2021,
  TT_24_2023,
  TT_25_2023,
  HCMC_PLAN_59_2023,
  ...SEED_DOCUMENTS,
];

/**
 * The catalogue entry of a cited document, matched by number and symbol (with or without the year part or
 * diacritics); `undefined` when the catalogue does not have it.
 *
 * @example
 * ```ts
 * import { findLegalDocument } from 'vn-learning-society';
 * findLegalDocument('09/NQ-HĐND')?.document.date; // '2023-12-08'
 * findLegalDocument('387/QD-TTg')?.id; // 'qd-387-ttg'
 * ```
 */
export function findLegalDocument(reference: string | Pick<LegalCitation, 'reference'>, catalogue: readonly LegalSource[] = LEGAL_DOCUMENTS): LegalSource | undefined {
  const key = referenceKey(typeof reference === 'string' ? reference : reference.reference);
  const found = catalogue.find((s) => s.document.number !== undefined && referenceKey(s.document.number) === key);
  return found ? structuredClone(found) : undefined;
}
