import type { RuleSet } from '../../rules/rule-set/schema.js';
import { CV_6782_BGDDT, NATIONAL, QD_448_KHVN } from './sources.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';

const learningFamilyKhvn2015Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-family-khvn-2015',
  model: 'learning-family',
  jurisdiction: NATIONAL,
  title: {
    vi: 'Tiêu chí đánh giá, công nhận danh hiệu “Gia đình học tập” (QĐ 448/QĐ-KHVN)',
    en: 'Criteria for the “Learning family” title (QĐ 448/QĐ-KHVN)',
  },
  sources: [{ ...QD_448_KHVN, article: 'Mục A' }, CV_6782_BGDDT],
  validFrom: '2015-12-01',
  validTo: '2020-12-31',
  maxTotal: 100,
  criteria: [
    {
      id: 'children',
      label: { vi: 'Học tập của trẻ em trong gia đình', en: "Children's learning in the family" },
      source: { ref: 'qd-448-khvn', article: 'Mục A, tiêu chí 1' },
      maxPoints: 30,
      indicators: [
        {
          kind: 'ratio',
          id: 'children.attendance',
          label: {
            vi: 'Trẻ em trong độ tuổi phổ cập đều được đến trường, hoàn thành phổ cập giáo dục theo quy định',
            en: 'All children of compulsory-education age attend school and complete universal education',
          },
          part: { vi: 'Số trẻ trong độ tuổi phổ cập đang đi học hoặc đã hoàn thành phổ cập', en: 'Children of compulsory age at school or having completed it' },
          whole: {
            vi: 'Số trẻ trong độ tuổi phổ cập (trừ trường hợp ốm đau, bệnh tật, không có khả năng học tập)',
            en: 'Children of compulsory age (excluding illness, disability or inability to learn)',
          },
          bands: [{ atLeastPercent: 100, points: 10 }],
          whenWholeIsZero: 10,
          note: {
            vi: '“Đều được đến trường” được hiểu là 100% số trẻ; gia đình không có trẻ trong độ tuổi phổ cập được đủ điểm.',
            en: '“All attend” is read as 100% of the children; a family with no child of that age gets the full points.',
          },
        },
        {
          kind: 'judged',
          id: 'children.results',
          label: {
            vi: 'Kết quả học tập từ trung bình trở lên, hạnh kiểm từ khá trở lên (hoặc đạt yêu cầu đối với học sinh tiểu học)',
            en: 'Results at least average and conduct at least good (or “meets requirements” in primary school)',
          },
          maxPoints: 10,
        },
        {
          kind: 'judged',
          id: 'children.manners',
          label: { vi: 'Lễ phép với mọi người trong gia đình và cộng đồng', en: 'Polite to everyone in the family and community' },
          maxPoints: 10,
        },
      ],
    },
    {
      id: 'adults',
      label: { vi: 'Học tập của người lớn trong gia đình', en: "Adults' learning in the family" },
      source: { ref: 'qd-448-khvn', article: 'Mục A, tiêu chí 2' },
      maxPoints: 30,
      uncertain: true,
      indicators: [
        {
          kind: 'judged',
          id: 'adults.participation',
          label: {
            vi: 'Người lớn tham gia học tập thường xuyên (lớp học ở trung tâm học tập cộng đồng, tập huấn, sinh hoạt chuyên đề)',
            en: 'Adults take part in learning regularly (community learning centre classes, training, thematic sessions)',
          },
          maxPoints: 10,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'adults.application',
          label: {
            vi: 'Vận dụng kiến thức, kỹ năng đã học vào lao động, sản xuất, công tác',
            en: 'Apply what they learned to work and production',
          },
          maxPoints: 10,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'adults.reading',
          label: { vi: 'Đọc sách, báo, tìm hiểu thông tin phục vụ học tập', en: 'Read books and newspapers and seek information to learn' },
          maxPoints: 10,
          uncertain: true,
        },
      ],
    },
    {
      id: 'conditions',
      label: { vi: 'Điều kiện học tập của gia đình', en: "The family's learning conditions" },
      source: { ref: 'qd-448-khvn', article: 'Mục A, tiêu chí 3' },
      maxPoints: 20,
      uncertain: true,
      indicators: [
        {
          kind: 'boolean',
          id: 'conditions.bookshelf',
          label: { vi: 'Có tủ sách hoặc góc học tập của gia đình', en: 'Has a family bookshelf or study corner' },
          points: 10,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'conditions.support',
          label: {
            vi: 'Dành thời gian, kinh phí cho việc học tập của các thành viên',
            en: "Gives time and money to the members' learning",
          },
          maxPoints: 10,
          uncertain: true,
        },
      ],
    },
    {
      id: 'effects',
      label: {
        vi: 'Tác động, hiệu quả học tập của các thành viên trong gia đình',
        en: "Effect of the members' learning",
      },
      source: { ref: 'qd-448-khvn', article: 'Mục A, tiêu chí 4' },
      maxPoints: 20,
      uncertain: true,
      indicators: [
        {
          kind: 'judged',
          id: 'effects.livelihood',
          label: { vi: 'Kinh tế gia đình ổn định, được cải thiện nhờ học tập', en: "The family's livelihood is stable or improving through learning" },
          maxPoints: 10,
          uncertain: true,
        },
        {
          kind: 'judged',
          id: 'effects.community',
          label: {
            vi: 'Gia đình hòa thuận, thực hiện tốt chủ trương, chính sách và quy định của địa phương',
            en: 'The family lives in harmony and follows local policies and rules',
          },
          maxPoints: 10,
          uncertain: true,
        },
      ],
    },
  ],
  outcome: {
    title: { vi: 'Gia đình học tập', en: 'Learning family' },
    rules: [
      {
        kind: 'min-total',
        id: 'min-total',
        label: { vi: 'Tổng điểm tối thiểu để được công nhận', en: 'Minimum total for recognition' },
        points: 80,
        source: { ref: 'qd-448-khvn', article: 'Mục A' },
        uncertain: true,
      },
    ],
  },
  notes: [
    {
      text: {
        vi: 'Đã đối chiếu: bốn tiêu chí, tổng 100 điểm, tiêu chí 1 (30 điểm, ba nội dung, mỗi nội dung 10 điểm). Chưa đối chiếu: điểm và nội dung của tiêu chí 2–4, ngưỡng công nhận 80 điểm.',
        en: 'Confirmed: four criteria, 100 points in all, criterion 1 (30 points, three items of 10). Not yet confirmed: the points and items of criteria 2–4 and the 80-point recognition threshold.',
      },
      uncertain: true,
    },
    {
      about: 'min-total',
      text: {
        vi: 'Ngưỡng công nhận chưa được xác nhận từ văn bản gốc; tỉnh có thể điều chỉnh bằng bản phái sinh.',
        en: 'The recognition threshold is not confirmed from the original text; a province can override it in a fork.',
      },
      uncertain: true,
    },
  ],
};

/**
 * “Gia đình học tập” (learning family), QĐ 448/QĐ-KHVN of 01/12/2015, Mục A, for 2016–2020: a 100-point sheet of
 * four criteria. Confirmed from the copy read: the four criteria, the total of 100, and criterion 1 (children's
 * learning, 30 points in three items of 10). The points of criteria 2–4, their items and the recognition
 * threshold are marked uncertain and can be overridden by a fork.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningFamilyKhvn2015: RuleSet = /* @__PURE__ */ deepFreeze(learningFamilyKhvn2015Data);
