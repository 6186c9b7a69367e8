import type { Criterion, RuleSet } from '../../rules/rule-set/schema.js';
import { met, shareLevels, twoLevels } from './build.js';
import { NATIONAL, QD_324_KHVN, TT_24_2023 } from './sources.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';
import { bilingual as share } from '../../core/internal/bilingual.js';

const UNCERTAIN = { uncertain: true } as const;

const EFFECTIVE_DATE = {
  text: {
    vi: 'TT 24/2023/TT-BGDĐT ký ngày 11/12/2023; ngày có hiệu lực 26/01/2024 (45 ngày sau khi ký) chưa được đối chiếu.',
    en: 'TT 24/2023/TT-BGDĐT was signed on 11/12/2023; the effective date 26/01/2024 (45 days later) is not confirmed.',
  },
  uncertain: true,
};

const LEVELS_NOTE = {
  text: {
    vi: 'Công nhận theo mức độ 1 và mức độ 2, có giá trị 3 năm (theo thông tin công nhận của tỉnh Sơn La năm 2024). Các chỉ tiêu của mức độ 2 chưa được đối chiếu.',
    en: 'Recognised at level 1 or level 2, valid for three years (as reported for Son La province, 2024). The targets of level 2 are not yet checked.',
  },
  uncertain: true,
};

/** Criteria 1–2, shared by district and provincial units (TT 24/2023, Article 6). */
const conditionsAndResults: Criterion[] = [
  {
    id: 'conditions',
    label: { vi: 'Điều kiện xây dựng “Đơn vị học tập”', en: 'Conditions for building a learning unit' },
    source: { ref: 'tt-24-2023', article: 'Điều 6, khoản 1' },
    indicators: [
      met('conditions.plan', share('Ban hành kế hoạch hằng năm để thành viên học tập thường xuyên; tổ chức thực hiện kế hoạch', 'Adopts a yearly plan for members to learn regularly and carries it out')),
      met('conditions.training-regime', share('Thực hiện đầy đủ chế độ đào tạo, bồi dưỡng theo quy định; có quy định của đơn vị khuyến khích thành viên tích cực học tập', 'Applies the training regimes in full and has rules that encourage members to learn')),
      met('conditions.budget', share('Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm cho đào tạo, bồi dưỡng thành viên (đối với cơ quan, đơn vị sự nghiệp công lập)', 'Allocates enough yearly state budget to train members (state agencies and public service units)')),
      met('conditions.digital', share('Thành viên được trang bị công cụ, thiết bị học tập đáp ứng yêu cầu làm việc, học tập trong bối cảnh chuyển đổi số', 'Members have the tools to work and learn in the digital transition')),
      met('conditions.lifelong-learning', share('Tham gia các hoạt động phục vụ học tập suốt đời cho người dân', 'Takes part in activities that serve lifelong learning for the public')),
    ],
  },
  {
    id: 'results',
    label: { vi: 'Kết quả học tập của thành viên trong đơn vị', en: 'Learning results of the members' },
    source: { ref: 'tt-24-2023', article: 'Điều 6, khoản 2' },
    indicators: [
      shareLevels('results.discipline', share('Tỷ lệ thành viên chấp hành kỷ luật lao động, nội quy; có tinh thần đoàn kết, hợp tác, chia sẻ', 'Share of members who keep labour discipline and co-operate'), share('Số thành viên đạt', 'Members who do'), share('Tổng số thành viên', 'All members'), [90]),
      shareLevels('results.training', share('Tỷ lệ thành viên hoàn thành đầy đủ chương trình học tập, bồi dưỡng theo quy định', 'Share of members who complete the required learning and training'), share('Số thành viên hoàn thành', 'Members who complete it'), share('Tổng số thành viên', 'All members'), [90]),
    ],
  },
];

/** Criterion 3's learning-citizen target (TT 24/2023, Article 6, khoản 3): at least 90% of members, rolled up. */
const learningCitizens = shareLevels(
  'effects.learning-citizens',
  share('Tỷ lệ thành viên đạt danh hiệu “Công dân học tập” theo Quyết định 324/QĐ-KHVN', 'Share of members recognised as learning citizens (QĐ 324/QĐ-KHVN)'),
  share('Số thành viên đạt “Công dân học tập”', 'Members recognised as learning citizens'),
  share('Tổng số thành viên của đơn vị', 'All members of the unit'),
  [90, 95],
  {
    source: { ref: 'tt-24-2023', article: 'Điều 6, khoản 3' },
    rollup: { model: 'learning-citizen' },
    note: {
      vi: 'Mức độ 1: ít nhất 90% (đã đối chiếu). Mức 95% cho mức độ 2 chưa được đối chiếu.',
      en: 'Level 1: at least 90% (confirmed). The 95% band for level 2 is not confirmed.',
    },
  },
);

const learningUnitDistrictTt24Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-unit-district-tt24-2023',
  model: 'learning-unit',
  level: 'district',
  jurisdiction: NATIONAL,
  scale: 'targets',
  title: {
    vi: 'Tiêu chí đánh giá, công nhận “Đơn vị học tập” cấp huyện (Thông tư 24/2023/TT-BGDĐT)',
    en: 'Criteria for recognising a district learning unit (Circular 24/2023/TT-BGDĐT)',
  },
  sources: [TT_24_2023, QD_324_KHVN],
  validFrom: '2024-01-26',
  validTo: '2025-06-30',
  criteria: [
    ...conditionsAndResults,
    {
      id: 'effects',
      label: { vi: 'Tác dụng của việc xây dựng “Đơn vị học tập”', en: 'Effects of building the learning unit' },
      source: { ref: 'tt-24-2023', article: 'Điều 6, khoản 3' },
      indicators: [learningCitizens],
    },
  ],
  outcome: twoLevels({ vi: 'Đơn vị học tập cấp huyện', en: 'Learning unit (district)' }, ['effects.learning-citizens'], UNCERTAIN),
  notes: [EFFECTIVE_DATE, LEVELS_NOTE],
};

const learningUnitProvinceTt24Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-unit-province-tt24-2023',
  model: 'learning-unit',
  level: 'province',
  jurisdiction: NATIONAL,
  scale: 'targets',
  title: {
    vi: 'Tiêu chí đánh giá, công nhận “Đơn vị học tập” cấp tỉnh (Thông tư 24/2023/TT-BGDĐT)',
    en: 'Criteria for recognising a provincial learning unit (Circular 24/2023/TT-BGDĐT)',
  },
  sources: [TT_24_2023, QD_324_KHVN],
  validFrom: '2024-01-26',
  criteria: [
    ...conditionsAndResults,
    {
      id: 'effects',
      label: { vi: 'Tác dụng của việc xây dựng “Đơn vị học tập”', en: 'Effects of building the learning unit' },
      source: { ref: 'tt-24-2023', article: 'tiêu chí 3 (cấp tỉnh)' },
      indicators: [
        learningCitizens,
        met('effects.knowledge-sharing', share('Tổ chức hoạt động tạo môi trường học tập, chia sẻ tri thức với đơn vị khác', 'Creates a learning environment and shares knowledge with other units')),
        met('effects.emulation-title', share('Đạt danh hiệu “Tập thể lao động tiên tiến” trở lên theo Luật Thi đua, khen thưởng 2022', 'Holds the “Advanced labour collective” title or higher (Law on Emulation and Commendation 2022)')),
      ],
    },
  ],
  outcome: twoLevels({ vi: 'Đơn vị học tập cấp tỉnh', en: 'Learning unit (province)' }, ['effects.learning-citizens'], UNCERTAIN),
  notes: [
    EFFECTIVE_DATE,
    LEVELS_NOTE,
    {
      text: {
        vi: 'Các chỉ tiêu riêng cho trường trung học phổ thông, trung tâm giáo dục thường xuyên, cơ sở giáo dục đại học và giáo dục nghề nghiệp (chuyển đổi số theo Quyết định 4740/QĐ-BGDĐT, kiểm định chất lượng; 95% người học đạt “Công dân học tập”) chưa được mã hóa; tỉnh có thể bổ sung bằng bản phái sinh.',
        en: 'The targets specific to upper-secondary schools, continuing-education centres, universities and vocational schools (digital transformation under QĐ 4740/QĐ-BGDĐT, accreditation; 95% of learners as learning citizens) are not encoded yet; a province can add them in a fork.',
      },
    },
  ],
};

/**
 * “Đơn vị học tập” cấp huyện (learning unit at district level) under Thông tư 24/2023/TT-BGDĐT of 11/12/2023, until
 * the district level ended (30/6/2025). Recognised at level 1 or level 2.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningUnitDistrictTt24: RuleSet = /* @__PURE__ */ deepFreeze(learningUnitDistrictTt24Data);
/**
 * “Đơn vị học tập” cấp tỉnh (learning unit at provincial level) under Thông tư 24/2023/TT-BGDĐT of 11/12/2023.
 * Criterion 3 adds the provincial targets: sharing knowledge with other units and an emulation title.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningUnitProvinceTt24: RuleSet = /* @__PURE__ */ deepFreeze(learningUnitProvinceTt24Data);
