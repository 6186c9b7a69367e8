import type { Label } from '../../core/label/index.js';
import type { LegalSource } from '../../document/legal-source/index.js';
import type { Level, Model } from '../../core/model/index.js';
import {
  CV_6782_BGDDT,
  NATIONAL,
  QD_324_KHVN,
  QD_448_KHVN,
  QD_645_BGDDT,
  QD_677_TTG,
  TT_24_2023,
  TT_25_2023,
  TT_44_2014,
} from '../rule-sets/sources.js';
import type { RecognitionRule } from '../../programme/recognition/schema.js';
import { bilingual as l } from '../../core/internal/bilingual.js';


/** The day districts ceased (two-tier local government) and the day before it. */
const TWO_TIER_FROM = '2025-07-01';
const LAST_DISTRICT_DAY = '2025-06-30';

const TWO_TIER_NOTE = {
  text: l(
    'Từ ngày 01/7/2025 không còn cấp huyện; Phòng Giáo dục và Đào tạo và Ủy ban nhân dân cấp huyện không còn. Thẩm quyền ghi ở đây cho giai đoạn sau ngày đó chưa được đối chiếu với văn bản hướng dẫn.',
    'From 1 July 2025 there is no district level: the district education office and district People’s Committee are gone. The authority given here for the period after that day is not yet checked against a guiding document.',
  ),
  uncertain: true,
};

interface GrassrootsTitle {
  readonly model: Model;
  readonly level?: Level;
  readonly id: string;
  readonly title: Label;
  readonly registers: Label;
}

/** The four grass-roots titles (QĐ 448/QĐ-KHVN and its 2021–2030 successor): recognised by the commune every year. */
function grassroots(t: GrassrootsTitle): RecognitionRule {
  return {
    schemaVersion: 1,
    id: t.id,
    model: t.model,
    ...(t.level ? { level: t.level } : {}),
    jurisdiction: NATIONAL,
    title: t.title,
    validFrom: '2015-12-01',
    validTo: '2030-12-31',
    registeringParty: t.registers,
    evaluatingBody: l('Hội Khuyến học cấp xã, cùng thôn, tổ dân phố', 'The commune study-promotion association with the hamlet'),
    recognisingAuthority: l('Chủ tịch Ủy ban nhân dân cấp xã', 'Chairperson of the commune People’s Committee'),
    cycle: { everyYears: 1 },
    evidencePeriod: 'calendar-year',
    reportDue: { month: 12, day: 15, yearOffset: 0 },
    validity: { kind: 'one-cycle' },
    sources: [QD_448_KHVN, CV_6782_BGDDT],
    uncertain: ['registeringParty', 'evaluatingBody', 'recognisingAuthority', 'validity', 'validTo'],
    notes: [
      {
        about: 'reportDue',
        text: l(
          'Sở GD&ĐT phối hợp Hội Khuyến học tỉnh báo cáo kết quả về Bộ GD&ĐT và Hội Khuyến học Việt Nam trước ngày 15/12 hằng năm (Công văn 6782/BGDĐT-GDTX).',
          'Departments of Education, with the provincial association, report results to MOET and the national association before 15 December each year (letter 6782/BGDĐT-GDTX).',
        ),
      },
    ],
  };
}

const TT25_COMMON = {
  schemaVersion: 1,
  jurisdiction: NATIONAL,
  cycle: { everyYears: 1 },
  evidencePeriod: 'calendar-year',
  validity: { kind: 'years-after-recognition-year', years: 3 },
  upgrade: { from: 'level-1', to: 'level-2', afterMonths: 12 },
} as const;

const TT24_COMMON = {
  schemaVersion: 1,
  model: 'learning-unit',
  jurisdiction: NATIONAL,
  registeringParty: l('Thủ trưởng đơn vị (Tổ đánh giá của đơn vị tự đánh giá)', 'The head of the unit (the unit’s own evaluation team self-assesses)'),
  cycle: { everyYears: 1 },
  evidencePeriod: 'calendar-year',
  validity: { kind: 'years-after-recognition-year', years: 3 },
  validFrom: '2024-01-26',
} as const;

const sources = (...s: LegalSource[]) => s;

/** Every shipped recognition rule, in catalogue order. */
export const RECOGNITION_RULES: readonly RecognitionRule[] = [
  grassroots({
    id: 'learning-family-recognition',
    model: 'learning-family',
    title: l('Công nhận “Gia đình học tập”', 'Recognising a learning family'),
    registers: l('Gia đình đăng ký với chi hội khuyến học thôn, tổ dân phố', 'The family registers with the hamlet’s study-promotion branch'),
  }),
  grassroots({
    id: 'learning-clan-recognition',
    model: 'learning-clan',
    title: l('Công nhận “Dòng họ học tập”', 'Recognising a learning clan'),
    registers: l('Dòng họ (ban khuyến học dòng họ) đăng ký với Hội Khuyến học cấp xã', 'The clan (its study-promotion board) registers with the commune association'),
  }),
  grassroots({
    id: 'learning-community-hamlet-recognition',
    model: 'learning-community',
    level: 'hamlet',
    title: l('Công nhận “Cộng đồng học tập” cấp thôn, tổ dân phố', 'Recognising a hamlet learning community'),
    registers: l('Thôn, tổ dân phố đăng ký với Hội Khuyến học cấp xã', 'The hamlet or residential group registers with the commune association'),
  }),
  grassroots({
    id: 'learning-unit-grassroots-recognition',
    model: 'learning-unit',
    level: 'grassroots',
    title: l('Công nhận “Đơn vị học tập” ở cơ sở', 'Recognising a grass-roots learning unit'),
    registers: l('Cơ quan, trường học, doanh nghiệp do cấp xã quản lý đăng ký', 'The agency, school or business managed by the commune registers'),
  }),
  {
    schemaVersion: 1,
    id: 'learning-community-commune-tt44',
    model: 'learning-community',
    level: 'commune',
    jurisdiction: NATIONAL,
    title: l('Đánh giá, xếp loại “Cộng đồng học tập” cấp xã (TT 44/2014)', 'Classifying a commune learning community (TT 44/2014)'),
    validFrom: '2015-01-26',
    validTo: '2024-02-11',
    registeringParty: l('Ủy ban nhân dân cấp xã (Hội Khuyến học cấp xã tự kiểm tra và lập hồ sơ vào tháng 12)', 'The commune People’s Committee (the commune association self-checks and prepares the dossier in December)'),
    evaluatingBody: l('Hội Khuyến học cấp huyện', 'The district study-promotion association'),
    recognisingAuthority: l('Chủ tịch Ủy ban nhân dân cấp huyện', 'Chairperson of the district People’s Committee'),
    cycle: { everyYears: 1 },
    evidencePeriod: 'calendar-year',
    validity: { kind: 'one-cycle' },
    sources: sources(QD_645_BGDDT, TT_44_2014),
    uncertain: ['validity', 'validFrom'],
    notes: [
      {
        text: l(
          'Quy trình 5 bước (QĐ 645/QĐ-BGDĐT): tháng 12 xã tự kiểm tra; trong 10 ngày làm việc kể từ khi nhận đủ hồ sơ, Chủ tịch UBND cấp huyện giao Hội Khuyến học lập kế hoạch kiểm tra; trong 5 ngày làm việc kể từ khi có kết quả kiểm tra, trình Chủ tịch UBND cấp huyện quyết định.',
          'Five steps (QĐ 645/QĐ-BGDĐT): in December the commune self-checks; within 10 working days of a complete dossier the district chairperson has the association plan the check; within 5 working days of the check the result goes to the chairperson for decision.',
        ),
      },
    ],
  },
  {
    ...TT25_COMMON,
    id: 'learning-community-commune-tt25',
    model: 'learning-community',
    level: 'commune',
    title: l('Công nhận “Cộng đồng học tập” cấp xã (TT 25/2023)', 'Recognising a commune learning community (TT 25/2023)'),
    validFrom: '2024-02-12',
    validTo: LAST_DISTRICT_DAY,
    registeringParty: l('Ủy ban nhân dân cấp xã (tự đánh giá, gửi hồ sơ đề nghị)', 'The commune People’s Committee (self-assesses and applies)'),
    evaluatingBody: l('Phòng Giáo dục và Đào tạo cấp huyện', 'The district education office'),
    recognisingAuthority: l('Trưởng Phòng Giáo dục và Đào tạo cấp huyện', 'Head of the district education office'),
    dossierDue: { month: 2, day: 28, yearOffset: 1 },
    decisionDue: { month: 3, day: 31, yearOffset: 1 },
    sources: sources(TT_25_2023),
  },
  {
    ...TT25_COMMON,
    id: 'learning-community-commune-tt25-two-tier',
    model: 'learning-community',
    level: 'commune',
    title: l('Công nhận “Cộng đồng học tập” cấp xã từ 01/7/2025', 'Recognising a commune learning community from 1 July 2025'),
    validFrom: TWO_TIER_FROM,
    registeringParty: l('Ủy ban nhân dân cấp xã (tự đánh giá, gửi hồ sơ đề nghị)', 'The commune People’s Committee (self-assesses and applies)'),
    evaluatingBody: l('Sở Giáo dục và Đào tạo', 'The provincial Department of Education'),
    recognisingAuthority: l('Giám đốc Sở Giáo dục và Đào tạo', 'Director of the provincial Department of Education'),
    dossierDue: { month: 2, day: 28, yearOffset: 1 },
    decisionDue: { month: 3, day: 31, yearOffset: 1 },
    sources: sources(TT_25_2023),
    uncertain: ['evaluatingBody', 'recognisingAuthority', 'dossierDue', 'decisionDue'],
    notes: [
      TWO_TIER_NOTE,
      {
        about: 'decisionDue',
        text: l(
          'Một số tỉnh công bố thời hạn giải quyết “trước ngày 31 tháng 5” cho thủ tục này (ví dụ Lai Châu); tỉnh điều chỉnh bằng dữ liệu riêng.',
          'Some provinces publish "before 31 May" as this procedure’s deadline (Lai Châu, for one); a province sets its own in its data.',
        ),
        uncertain: true,
      },
    ],
  },
  {
    ...TT25_COMMON,
    id: 'learning-community-district-tt25',
    model: 'learning-community',
    level: 'district',
    title: l('Công nhận “Cộng đồng học tập” cấp huyện (TT 25/2023)', 'Recognising a district learning community (TT 25/2023)'),
    validFrom: '2024-02-12',
    validTo: LAST_DISTRICT_DAY,
    registeringParty: l('Ủy ban nhân dân cấp huyện (Phòng GD&ĐT chủ trì tự đánh giá)', 'The district People’s Committee (its education office leads the self-assessment)'),
    evaluatingBody: l('Sở Giáo dục và Đào tạo', 'The provincial Department of Education'),
    recognisingAuthority: l('Giám đốc Sở Giáo dục và Đào tạo', 'Director of the provincial Department of Education'),
    dossierDue: { month: 4, day: 30, yearOffset: 1 },
    decisionDue: { month: 5, day: 31, yearOffset: 1 },
    sources: sources(TT_25_2023),
    notes: [TWO_TIER_NOTE],
  },
  {
    ...TT25_COMMON,
    id: 'learning-community-province-tt25',
    model: 'learning-community',
    level: 'province',
    title: l('Công nhận “Cộng đồng học tập” cấp tỉnh (TT 25/2023)', 'Recognising a provincial learning community (TT 25/2023)'),
    validFrom: '2024-02-12',
    registeringParty: l('Ủy ban nhân dân cấp tỉnh (Sở GD&ĐT chủ trì tự đánh giá)', 'The provincial People’s Committee (its Department of Education leads the self-assessment)'),
    evaluatingBody: l('Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training'),
    recognisingAuthority: l('Bộ trưởng Bộ Giáo dục và Đào tạo', 'Minister of Education and Training'),
    sources: sources(TT_25_2023),
    uncertain: ['evaluatingBody', 'recognisingAuthority', 'validity', 'upgrade'],
  },
  {
    ...TT24_COMMON,
    id: 'learning-unit-district-tt24',
    level: 'district',
    title: l('Công nhận “Đơn vị học tập” cấp huyện (TT 24/2023)', 'Recognising a district learning unit (TT 24/2023)'),
    validTo: LAST_DISTRICT_DAY,
    evaluatingBody: l('Phòng Giáo dục và Đào tạo cấp huyện', 'The district education office'),
    recognisingAuthority: l('Chủ tịch Ủy ban nhân dân cấp huyện', 'Chairperson of the district People’s Committee'),
    dossierDue: { month: 1, day: 15, yearOffset: 1 },
    decisionDue: { month: 2, day: 15, yearOffset: 1 },
    sources: sources(TT_24_2023),
    uncertain: ['validity', 'validFrom'],
    notes: [TWO_TIER_NOTE],
  },
  {
    ...TT24_COMMON,
    id: 'learning-unit-province-tt24',
    level: 'province',
    title: l('Công nhận “Đơn vị học tập” cấp tỉnh (TT 24/2023)', 'Recognising a provincial learning unit (TT 24/2023)'),
    evaluatingBody: l('Sở Giáo dục và Đào tạo', 'The provincial Department of Education'),
    recognisingAuthority: l('Chủ tịch Ủy ban nhân dân cấp tỉnh', 'Chairperson of the provincial People’s Committee'),
    sources: sources(TT_24_2023),
    uncertain: ['validFrom'],
    notes: [
      {
        about: 'validity',
        text: l(
          'Sơn La công nhận 67 đơn vị học tập cấp tỉnh năm 2024 bằng quyết định của UBND tỉnh, có giá trị 3 năm.',
          'Son La recognised 67 provincial learning units in 2024 by decisions of the provincial People’s Committee, valid for three years.',
        ),
      },
    ],
  },
  {
    schemaVersion: 1,
    id: 'learning-citizen-recognition',
    model: 'learning-citizen',
    jurisdiction: NATIONAL,
    title: l('Công nhận “Công dân học tập”', 'Recognising a learning citizen'),
    validFrom: '2022-06-03',
    validTo: '2030-12-31',
    registeringParty: l('Công dân tự đăng ký và tự đánh giá trên congdanhoctap.vn', 'The citizen registers and self-assesses on congdanhoctap.vn'),
    evaluatingBody: l('Hội Khuyến học cơ sở hoặc đơn vị nơi công dân làm việc', 'The local study-promotion association, or the citizen’s unit'),
    recognisingAuthority: l('Hội Khuyến học cấp xã hoặc thủ trưởng đơn vị', 'The commune study-promotion association, or the head of the unit'),
    cycle: { everyYears: 1 },
    evidencePeriod: 'calendar-year',
    validity: { kind: 'one-cycle' },
    sources: sources(QD_324_KHVN, QD_677_TTG),
    uncertain: ['evaluatingBody', 'recognisingAuthority', 'cycle', 'validity', 'validFrom'],
  },
];
