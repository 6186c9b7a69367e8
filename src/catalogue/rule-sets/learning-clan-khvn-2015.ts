import type { RuleSet } from '../../rules/rule-set/schema.js';
import { CV_6782_BGDDT, NATIONAL, QD_448_KHVN } from './sources.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';

const learningClanKhvn2015Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-clan-khvn-2015',
  model: 'learning-clan',
  jurisdiction: NATIONAL,
  title: {
    vi: 'Tiêu chí đánh giá, công nhận danh hiệu “Dòng họ học tập” (QĐ 448/QĐ-KHVN)',
    en: 'Criteria for the “Learning clan” title (QĐ 448/QĐ-KHVN)',
  },
  sources: [{ ...QD_448_KHVN, article: 'Mục B' }, CV_6782_BGDDT],
  validFrom: '2015-12-01',
  validTo: '2020-12-31',
  maxTotal: 100,
  criteria: [
    {
      id: 'families',
      label: { vi: 'Học tập của các gia đình trong dòng họ', en: "Learning of the clan's families" },
      maxPoints: 40,
      uncertain: true,
      indicators: [
        {
          kind: 'ratio',
          id: 'families.learning-families',
          label: {
            vi: 'Tỷ lệ gia đình trong dòng họ đạt danh hiệu “Gia đình học tập”',
            en: "Share of the clan's families recognised as learning families",
          },
          part: { vi: 'Số gia đình đạt “Gia đình học tập”', en: 'Families recognised as learning families' },
          whole: { vi: 'Số gia đình của dòng họ trên địa bàn xã', en: "The clan's families in the commune" },
          bands: [
            { atLeastPercent: 50, points: 20 },
            { atLeastPercent: 70, points: 30 },
          ],
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'families.children',
          label: {
            vi: 'Con cháu trong độ tuổi đi học đều được đến trường, học tập tiến bộ',
            en: 'School-age children all attend school and make progress',
          },
          maxPoints: 10,
          uncertain: true,
        },
      ],
    },
    {
      id: 'promotion',
      label: { vi: 'Hoạt động khuyến học, khuyến tài của dòng họ', en: "The clan's study-promotion activities" },
      maxPoints: 30,
      uncertain: true,
      indicators: [
        {
          kind: 'boolean',
          id: 'promotion.fund',
          label: { vi: 'Có quỹ khuyến học, khuyến tài của dòng họ', en: 'Has a clan study-promotion fund' },
          points: 10,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'promotion.rewards',
          label: {
            vi: 'Hằng năm khen thưởng, động viên con cháu học tốt và người lớn học tập suốt đời',
            en: 'Rewards good learners, children and adults, every year',
          },
          maxPoints: 10,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'promotion.tradition',
          label: {
            vi: 'Có quy ước, truyền thống hiếu học của dòng họ được giữ gìn, phát huy',
            en: "Keeps the clan's rules and tradition of love of learning",
          },
          maxPoints: 10,
          uncertain: true,
        },
      ],
    },
    {
      id: 'effects',
      label: { vi: 'Hiệu quả học tập của dòng họ', en: "Effect of the clan's learning" },
      maxPoints: 30,
      uncertain: true,
      indicators: [
        {
          kind: 'judged',
          id: 'effects.achievement',
          label: { vi: 'Con cháu thành đạt, có nhiều người học tập tốt, làm việc tốt', en: 'Members succeed in study and work' },
          maxPoints: 15,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'effects.community',
          label: {
            vi: 'Dòng họ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật',
            en: 'The clan is united and follows policies and the law',
          },
          maxPoints: 15,
          uncertain: true,
        },
      ],
    },
  ],
  outcome: {
    title: { vi: 'Dòng họ học tập', en: 'Learning clan' },
    rules: [
      {
        kind: 'min-total',
        id: 'min-total',
        label: { vi: 'Tổng điểm tối thiểu để được công nhận', en: 'Minimum total for recognition' },
        points: 80,
        source: { ref: 'qd-448-khvn', article: 'Mục B' },
        uncertain: true,
      },
    ],
  },
  notes: [
    {
      text: {
        vi: 'Cấu trúc, điểm và ngưỡng của bộ tiêu chí này chưa được đối chiếu với văn bản gốc (Mục B, QĐ 448/QĐ-KHVN); tỉnh có thể thay bằng bản phái sinh.',
        en: 'The structure, points and threshold of this sheet are not yet checked against the original (QĐ 448/QĐ-KHVN, Mục B); a province can replace them in a fork.',
      },
      uncertain: true,
    },
  ],
};

/**
 * “Dòng họ học tập” (learning clan), QĐ 448/QĐ-KHVN of 01/12/2015, Mục B, for 2016–2020. The title, the document
 * and the period are confirmed; the criteria, points and threshold were not found in the public sources read for
 * this release and are encoded as uncertain, overridable data, following the shape of the family sheet.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningClanKhvn2015: RuleSet = /* @__PURE__ */ deepFreeze(learningClanKhvn2015Data);
