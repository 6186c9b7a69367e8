import type { RuleSet } from '../../rules/rule-set/schema.js';
import { CV_6782_BGDDT, NATIONAL, QD_448_KHVN } from './sources.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';

const learningUnitGrassrootsKhvn2015Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-unit-grassroots-khvn-2015',
  model: 'learning-unit',
  level: 'grassroots',
  jurisdiction: NATIONAL,
  title: {
    vi: 'Tiêu chí đánh giá, công nhận danh hiệu “Đơn vị học tập” ở cơ sở thuộc xã quản lý (QĐ 448/QĐ-KHVN)',
    en: 'Criteria for the “Learning unit” title of units managed by the commune (QĐ 448/QĐ-KHVN)',
  },
  sources: [{ ...QD_448_KHVN, article: 'Mục D' }, CV_6782_BGDDT],
  validFrom: '2015-12-01',
  validTo: '2020-12-31',
  maxTotal: 100,
  criteria: [
    {
      id: 'staff',
      label: {
        vi: 'Học tập của cán bộ, công chức, viên chức, người lao động',
        en: 'Learning of cadres, civil servants, public employees and workers',
      },
      maxPoints: 40,
      uncertain: true,
      indicators: [
        {
          kind: 'ratio',
          id: 'staff.training',
          label: {
            vi: 'Tỷ lệ người trong đơn vị được học tập, bồi dưỡng nâng cao trình độ trong năm',
            en: 'Share of staff in training or further learning during the year',
          },
          part: { vi: 'Số người được học tập, bồi dưỡng', en: 'Staff in training' },
          whole: { vi: 'Tổng số người của đơn vị', en: 'All staff of the unit' },
          bands: [
            { atLeastPercent: 50, points: 20 },
            { atLeastPercent: 80, points: 30 },
          ],
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'staff.self-study',
          label: { vi: 'Tự học, ứng dụng công nghệ thông tin trong công việc', en: 'Self-study and use of IT at work' },
          maxPoints: 10,
          uncertain: true,
        },
      ],
    },
    {
      id: 'conditions',
      label: { vi: 'Điều kiện học tập của đơn vị', en: "The unit's learning conditions" },
      maxPoints: 30,
      uncertain: true,
      indicators: [
        {
          kind: 'boolean',
          id: 'conditions.plan',
          label: { vi: 'Có kế hoạch học tập, bồi dưỡng hằng năm', en: 'Has a yearly learning and training plan' },
          points: 10,
          uncertain: true,
        },
        {
          kind: 'boolean',
          id: 'conditions.library',
          label: { vi: 'Có tủ sách, thư viện hoặc điểm truy cập thông tin', en: 'Has a bookshelf, library or information access point' },
          points: 10,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'conditions.budget',
          label: { vi: 'Dành kinh phí, thời gian cho học tập', en: 'Gives money and time to learning' },
          maxPoints: 10,
          uncertain: true,
        },
      ],
    },
    {
      id: 'effects',
      label: { vi: 'Hiệu quả học tập của đơn vị', en: "Effect of the unit's learning" },
      maxPoints: 30,
      uncertain: true,
      indicators: [
        {
          kind: 'judged',
          id: 'effects.tasks',
          label: { vi: 'Hoàn thành tốt nhiệm vụ; chất lượng, hiệu quả công việc được nâng lên', en: 'Tasks well done; quality of work improves' },
          maxPoints: 15,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'effects.discipline',
          label: { vi: 'Đạt danh hiệu thi đua; không có người vi phạm kỷ luật', en: 'Holds an emulation title; no disciplinary breaches' },
          maxPoints: 15,
          uncertain: true,
        },
      ],
    },
  ],
  outcome: {
    title: { vi: 'Đơn vị học tập', en: 'Learning unit' },
    rules: [
      {
        kind: 'min-total',
        id: 'min-total',
        label: { vi: 'Tổng điểm tối thiểu để được công nhận', en: 'Minimum total for recognition' },
        points: 80,
        source: { ref: 'qd-448-khvn', article: 'Mục D' },
        uncertain: true,
      },
    ],
  },
  notes: [
    {
      text: {
        vi: 'Cấu trúc, điểm và ngưỡng của bộ tiêu chí này chưa được đối chiếu với văn bản gốc (Mục D, QĐ 448/QĐ-KHVN); tỉnh có thể thay bằng bản phái sinh.',
        en: 'The structure, points and threshold of this sheet are not yet checked against the original (QĐ 448/QĐ-KHVN, Mục D); a province can replace them in a fork.',
      },
      uncertain: true,
    },
  ],
};

/**
 * “Đơn vị học tập” at the grass roots (agencies, schools, businesses managed by the commune), QĐ 448/QĐ-KHVN of
 * 01/12/2015, Mục D, for 2016–2020. The title, level, document and period are confirmed; the criteria, points and
 * threshold are encoded as uncertain, overridable data.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningUnitGrassrootsKhvn2015: RuleSet = /* @__PURE__ */ deepFreeze(learningUnitGrassrootsKhvn2015Data);
