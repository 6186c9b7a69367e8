import type { RuleSet } from '../../rules/rule-set/schema.js';
import { CV_6782_BGDDT, NATIONAL, QD_448_KHVN } from './sources.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';

const learningCommunityHamletKhvn2015Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-community-hamlet-khvn-2015',
  model: 'learning-community',
  level: 'hamlet',
  jurisdiction: NATIONAL,
  title: {
    vi: 'Tiêu chí đánh giá, công nhận danh hiệu “Cộng đồng học tập” cấp thôn, bản, ấp, tổ dân phố (QĐ 448/QĐ-KHVN)',
    en: 'Criteria for the “Learning community” title of a hamlet or residential group (QĐ 448/QĐ-KHVN)',
  },
  sources: [{ ...QD_448_KHVN, article: 'Mục C' }, CV_6782_BGDDT],
  validFrom: '2015-12-01',
  validTo: '2020-12-31',
  maxTotal: 100,
  criteria: [
    {
      id: 'families',
      label: { vi: 'Gia đình học tập trong cộng đồng', en: 'Learning families in the community' },
      maxPoints: 40,
      uncertain: true,
      indicators: [
        {
          kind: 'ratio',
          id: 'families.learning-families',
          label: {
            vi: 'Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”',
            en: 'Share of households recognised as learning families',
          },
          part: { vi: 'Số hộ đạt “Gia đình học tập”', en: 'Households recognised as learning families' },
          whole: { vi: 'Tổng số hộ gia đình của thôn, tổ dân phố', en: 'All households of the hamlet or group' },
          bands: [
            { atLeastPercent: 50, points: 25 },
            { atLeastPercent: 70, points: 40 },
          ],
          uncertain: true,
        },
      ],
    },
    {
      id: 'activities',
      label: { vi: 'Hoạt động học tập của cộng đồng', en: "The community's learning activities" },
      maxPoints: 30,
      uncertain: true,
      indicators: [
        {
          kind: 'ratio',
          id: 'activities.adult-participation',
          label: {
            vi: 'Tỷ lệ người lớn tham gia học tập tại trung tâm học tập cộng đồng và các hình thức khác',
            en: 'Share of adults learning at the community learning centre or in other ways',
          },
          part: { vi: 'Số người lớn tham gia học tập', en: 'Adults taking part in learning' },
          whole: { vi: 'Số người lớn trong độ tuổi lao động', en: 'Adults of working age' },
          bands: [
            { atLeastPercent: 50, points: 10 },
            { atLeastPercent: 70, points: 20 },
          ],
          uncertain: true,
        },
        {
          kind: 'count',
          id: 'activities.sessions',
          label: { vi: 'Số buổi sinh hoạt chuyên đề, phổ biến kiến thức trong năm', en: 'Thematic or knowledge sessions held in the year' },
          unit: { vi: 'buổi', en: 'sessions' },
          bands: [
            { atLeast: 2, points: 5 },
            { atLeast: 4, points: 10 },
          ],
          uncertain: true,
        },
      ],
    },
    {
      id: 'movement',
      label: { vi: 'Phong trào khuyến học và hiệu quả', en: 'Study-promotion movement and its effect' },
      maxPoints: 30,
      uncertain: true,
      indicators: [
        {
          kind: 'boolean',
          id: 'movement.branch',
          label: { vi: 'Có chi hội hoặc ban khuyến học hoạt động thường xuyên', en: 'A study-promotion branch or board is active' },
          points: 10,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'movement.fund',
          label: { vi: 'Có quỹ khuyến học, khen thưởng học sinh giỏi và người học tập tốt', en: 'A study-promotion fund rewards good learners' },
          maxPoints: 10,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'movement.culture',
          label: {
            vi: 'Đạt danh hiệu văn hóa; an ninh, trật tự ổn định nhờ học tập',
            en: 'Holds a cultural title; security and order are stable',
          },
          maxPoints: 10,
          uncertain: true,
        },
      ],
    },
  ],
  outcome: {
    title: { vi: 'Cộng đồng học tập cấp thôn', en: 'Learning community (hamlet)' },
    rules: [
      {
        kind: 'min-total',
        id: 'min-total',
        label: { vi: 'Tổng điểm tối thiểu để được công nhận', en: 'Minimum total for recognition' },
        points: 80,
        source: { ref: 'qd-448-khvn', article: 'Mục C' },
        uncertain: true,
      },
    ],
  },
  notes: [
    {
      text: {
        vi: 'Cấu trúc, điểm và ngưỡng của bộ tiêu chí này chưa được đối chiếu với văn bản gốc (Mục C, QĐ 448/QĐ-KHVN); tỉnh có thể thay bằng bản phái sinh.',
        en: 'The structure, points and threshold of this sheet are not yet checked against the original (QĐ 448/QĐ-KHVN, Mục C); a province can replace them in a fork.',
      },
      uncertain: true,
    },
  ],
};

/**
 * “Cộng đồng học tập” of a hamlet, village or residential group (cấp thôn, bản, ấp, tổ dân phố), QĐ 448/QĐ-KHVN of
 * 01/12/2015, Mục C, for 2016–2020. The title, level, document and period are confirmed; the criteria, points and
 * threshold are encoded as uncertain, overridable data.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityHamletKhvn2015: RuleSet = /* @__PURE__ */ deepFreeze(learningCommunityHamletKhvn2015Data);
