import type { DocumentPatch, ForkMeta } from '../../document/fork/index.js';
import type { LegalSource } from '../../document/legal-source/index.js';
import type { RuleSet } from '../../rules/rule-set/schema.js';
import { learningClanKhvn2015 } from './learning-clan-khvn-2015.js';
import { learningCommunityHamletKhvn2015 } from './learning-community-hamlet-khvn-2015.js';
import { learningFamilyKhvn2015 } from './learning-family-khvn-2015.js';
import { learningUnitGrassrootsKhvn2015 } from './learning-unit-grassroots-khvn-2015.js';
import { KHVN_CRITERIA_2021, NATIONAL, QD_387_TTG, QD_677_TTG } from './sources.js';

/** A rule set shipped as a fork of another: its base, the patch and the fork's metadata, all data. */
export interface ForkSpec {
  readonly base: RuleSet;
  readonly patch: DocumentPatch;
  readonly meta: ForkMeta;
}

const PERIOD = { validFrom: '2021-01-01', validTo: '2030-12-31' } as const;

const CARRIED_OVER = {
  vi: 'Bộ tiêu chí giai đoạn 2021–2030 của Hội Khuyến học Việt Nam chưa có toàn văn: cấu trúc kế thừa QĐ 448/QĐ-KHVN, chỉnh theo mục tiêu của QĐ 387/QĐ-TTg; mọi giá trị đánh dấu chưa chắc chắn.',
  en: 'The full text of the 2021–2030 criteria of Hội Khuyến học Việt Nam was not available: structure carried over from QĐ 448/QĐ-KHVN and adjusted to the aims of QĐ 387/QĐ-TTg; every value is marked uncertain.',
};

const PERIOD_NOTE = {
  text: {
    vi: 'Thời gian hiệu lực 01/01/2021–31/12/2030 theo giai đoạn 2021–2030; ngày ban hành bộ tiêu chí chưa được xác nhận.',
    en: 'In force 1 Jan 2021–31 Dec 2030 for the 2021–2030 period; the date the criteria were issued is not confirmed.',
  },
  uncertain: true,
};

/** The fields every successor shares: the 2021–2030 period, its sources first, and why it was carried over. */
/* @__NO_SIDE_EFFECTS__ */
function successor(
  base: RuleSet,
  id: string,
  title: { vi: string; en: string },
  extraSources: readonly LegalSource[],
  patch: { criteria?: Record<string, unknown> } = {},
): ForkSpec {
  return {
    base,
    meta: { id, jurisdiction: NATIONAL, title, sources: [KHVN_CRITERIA_2021, ...extraSources], ...PERIOD, note: CARRIED_OVER },
    patch: {
      ...patch,
      outcome: { rules: { 'min-total': { source: { ref: 'khvn-criteria-2021', article: null } } } },
      notes: [{ text: CARRIED_OVER, uncertain: true }, PERIOD_NOTE],
    },
  };
}

/** The 2021–2030 successors of the QĐ 448 sheets (Hội Khuyến học Việt Nam, under QĐ 387/QĐ-TTg). */
export const SUCCESSORS_2021: readonly ForkSpec[] = [
  successor(
    learningFamilyKhvn2015,
    'learning-family-khvn-2021',
    {
      vi: 'Tiêu chí đánh giá, công nhận danh hiệu “Gia đình học tập” giai đoạn 2021–2030',
      en: 'Criteria for the “Learning family” title, 2021–2030',
    },
    [QD_387_TTG, QD_677_TTG],
    {
      criteria: {
        children: { source: { ref: 'khvn-criteria-2021', article: null }, uncertain: true },
        adults: {
          source: { ref: 'khvn-criteria-2021', article: null },
          indicators: {
            'adults.participation': null,
            'adults.learning-citizens': {
              kind: 'ratio',
              label: {
                vi: 'Người lớn trong gia đình được công nhận “Công dân học tập”',
                en: 'Adults of the family recognised as learning citizens',
              },
              part: { vi: 'Số người lớn đạt “Công dân học tập”', en: 'Adults recognised as learning citizens' },
              whole: { vi: 'Số người lớn trong gia đình', en: 'Adults in the family' },
              bands: [
                { atLeastPercent: 50, points: 5 },
                { atLeastPercent: 100, points: 10 },
              ],
              source: { ref: 'qd-677-ttg' },
              uncertain: true,
            },
          },
        },
        conditions: { source: { ref: 'khvn-criteria-2021', article: null } },
        effects: {
          source: { ref: 'khvn-criteria-2021', article: null },
          indicators: {
            'effects.livelihood': {
              label: {
                vi: 'Nhờ học tập, gia đình thoát nghèo đa chiều, kinh tế ổn định',
                en: 'Through learning the family is out of multidimensional poverty and its livelihood is stable',
              },
            },
          },
        },
      },
    },
  ),
  successor(
    learningClanKhvn2015,
    'learning-clan-khvn-2021',
    {
      vi: 'Tiêu chí đánh giá, công nhận danh hiệu “Dòng họ học tập” giai đoạn 2021–2030',
      en: 'Criteria for the “Learning clan” title, 2021–2030',
    },
    [QD_387_TTG],
  ),
  successor(
    learningCommunityHamletKhvn2015,
    'learning-community-hamlet-khvn-2021',
    {
      vi: 'Tiêu chí đánh giá, công nhận danh hiệu “Cộng đồng học tập” cấp thôn giai đoạn 2021–2030',
      en: 'Criteria for the “Learning community” title of a hamlet, 2021–2030',
    },
    [QD_387_TTG],
  ),
  successor(
    learningUnitGrassrootsKhvn2015,
    'learning-unit-grassroots-khvn-2021',
    {
      vi: 'Tiêu chí đánh giá, công nhận danh hiệu “Đơn vị học tập” cấp xã giai đoạn 2021–2030',
      en: 'Criteria for the “Learning unit” title at commune level, 2021–2030',
    },
    [QD_387_TTG, QD_677_TTG],
    {
      criteria: {
        staff: {
          indicators: {
            'staff.self-study': null,
            'staff.learning-citizens': {
              kind: 'ratio',
              label: {
                vi: 'Tỷ lệ cán bộ, công chức, viên chức, người lao động đạt “Công dân học tập”',
                en: 'Share of cadres, civil servants, employees and workers recognised as learning citizens',
              },
              part: { vi: 'Số người đạt “Công dân học tập”', en: 'Staff recognised as learning citizens' },
              whole: { vi: 'Tổng số người của đơn vị', en: 'All staff of the unit' },
              bands: [{ atLeastPercent: 60, points: 10 }],
              source: { ref: 'qd-387-ttg' },
              uncertain: true,
              note: {
                vi: 'Mức 60% lấy theo mục tiêu đến năm 2025 của QĐ 387/QĐ-TTg.',
                en: 'The 60% band follows the 2025 target of QĐ 387/QĐ-TTg.',
              },
            },
          },
        },
      },
    },
  ),
];
