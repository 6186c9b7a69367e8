import type { RuleSet } from '../../rules/rule-set/schema.js';
import { NATIONAL, QD_324_KHVN, QD_677_TTG } from './sources.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';
import { bilingual as l } from '../../core/internal/bilingual.js';


const learningCitizenKhvn2022Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-citizen-khvn-2022',
  model: 'learning-citizen',
  jurisdiction: NATIONAL,
  scale: 'targets',
  title: {
    vi: 'Tiêu chí đánh giá, công nhận danh hiệu “Công dân học tập” (QĐ 324/QĐ-KHVN)',
    en: 'Criteria for the “Learning citizen” title (QĐ 324/QĐ-KHVN)',
  },
  sources: [QD_324_KHVN, QD_677_TTG],
  validFrom: '2022-06-03',
  validTo: '2030-12-31',
  criteria: [
    {
      id: 'self-learning',
      label: l('Năng lực tự học và học tập suốt đời', 'Self-learning and lifelong-learning competency'),
      indicators: [{ kind: 'boolean', id: 'self-learning.met', label: l('Đạt yêu cầu của nhóm năng lực tự học và học tập suốt đời', 'Meets the self-learning competency group'), points: 1, uncertain: true }],
    },
    {
      id: 'interactive-tools',
      label: l('Năng lực sử dụng công cụ tương tác', 'Competency in using interactive tools'),
      indicators: [{ kind: 'boolean', id: 'interactive-tools.met', label: l('Đạt yêu cầu của nhóm năng lực sử dụng công cụ tương tác', 'Meets the interactive-tools competency group'), points: 1, uncertain: true }],
    },
    {
      id: 'social-relations',
      label: l('Năng lực xây dựng và duy trì các mối quan hệ xã hội', 'Competency in building and keeping social relations'),
      indicators: [{ kind: 'boolean', id: 'social-relations.met', label: l('Đạt yêu cầu của nhóm năng lực xây dựng, duy trì quan hệ xã hội', 'Meets the social-relations competency group'), points: 1, uncertain: true }],
    },
  ],
  outcome: {
    title: l('Công dân học tập', 'Learning citizen'),
    rules: [{ kind: 'min-each-indicator', id: 'all-groups', points: 1, uncertain: true }],
  },
  notes: [
    {
      text: l(
        'Đã đối chiếu: tự đánh giá trên congdanhoctap.vn, bốn nhóm phiếu theo đối tượng, ba nhóm năng lực. Chưa mã hóa: câu hỏi và cách cho điểm của từng phiếu; ngày ban hành QĐ 324/QĐ-KHVN (dùng ngày của QĐ 677/QĐ-TTg).',
        'Confirmed: self-assessment on congdanhoctap.vn, four groups of forms by kind of citizen, three competency groups. Not encoded: the questions and scoring of each form; the date of QĐ 324/QĐ-KHVN (the date of QĐ 677/QĐ-TTg is used).',
      ),
      uncertain: true,
    },
  ],
};

/**
 * “Công dân học tập” (learning citizen) under QĐ 324/QĐ-KHVN, the Hội Khuyến học Việt Nam criteria for 2021–2030
 * that carry out QĐ 677/QĐ-TTg of 03/6/2022. A citizen self-assesses on congdanhoctap.vn in one of four groups of
 * forms, whose questions fall into three competency groups. Confirmed: the three competency groups and the
 * self-assessment. The questions of each form and how they are scored are not encoded: each group is a yes/no
 * ("meets the group's requirements"), and recognition needs all three — marked uncertain.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCitizenKhvn2022: RuleSet = /* @__PURE__ */ deepFreeze(learningCitizenKhvn2022Data);
