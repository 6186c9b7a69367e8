import type { RuleSet } from '../../rules/rule-set/schema.js';
import {
  RULE_SET_LEARNING_CITIZEN_KHVN_2022,
  RULE_SET_LEARNING_CLAN_KHVN_2015,
  RULE_SET_LEARNING_CLAN_KHVN_2021,
  RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT25_2023,
  RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT44_2014,
  RULE_SET_LEARNING_COMMUNITY_DISTRICT_TT25_2023,
  RULE_SET_LEARNING_COMMUNITY_HAMLET_KHVN_2015,
  RULE_SET_LEARNING_COMMUNITY_HAMLET_KHVN_2021,
  RULE_SET_LEARNING_COMMUNITY_PROVINCE_TT25_2023,
  RULE_SET_LEARNING_FAMILY_KHVN_2015,
  RULE_SET_LEARNING_FAMILY_KHVN_2021,
  RULE_SET_LEARNING_UNIT_COMMUNE_TT24_2025,
  RULE_SET_LEARNING_UNIT_DISTRICT_TT22_2020,
  RULE_SET_LEARNING_UNIT_DISTRICT_TT24_2023,
  RULE_SET_LEARNING_UNIT_GRASSROOTS_KHVN_2015,
  RULE_SET_LEARNING_UNIT_GRASSROOTS_KHVN_2021,
  RULE_SET_LEARNING_UNIT_PROVINCE_TT22_2020,
  RULE_SET_LEARNING_UNIT_PROVINCE_TT24_2023,
  RULE_SET_LEARNING_UNIT_PROVINCE_VINH_LONG_2016,
  RULE_SETS,
} from '../generated/rule-sets.js';

// The shipped rule sets are built in ../generated/rule-sets.ts, which `npm run data:catalogue` writes from the files of
// data/rule-sets/ (one file each: a whole rule set, or a fork of another shipped one): each is built once, frozen, and
// dropped by a bundler when the application does not use it. Every one is listed, looked up and loadable by id without
// an edit here; the names below are the public names of those shipped before, each with its documentation (a new rule
// set may get one too: a line here and in src/index.ts).

/**
 * “Gia đình học tập” (learning family), QĐ 448/QĐ-KHVN of 01/12/2015, Mục A, for 2016–2020: a 100-point sheet of
 * four criteria. Confirmed from the copy read: the four criteria, the total of 100, and criterion 1 (children's
 * learning, 30 points in three items of 10). The points of criteria 2–4, their items and the recognition
 * threshold are marked uncertain and can be overridden by a fork.
 *
 * Data: `data/rule-sets/learning-family-khvn-2015.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningFamilyKhvn2015: RuleSet = RULE_SET_LEARNING_FAMILY_KHVN_2015;

/**
 * “Dòng họ học tập” (learning clan), QĐ 448/QĐ-KHVN of 01/12/2015, Mục B, for 2016–2020. The title, the document
 * and the period are confirmed; the criteria, points and threshold were not found in the public sources read for
 * this release and are encoded as uncertain, overridable data, following the shape of the family sheet.
 *
 * Data: `data/rule-sets/learning-clan-khvn-2015.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningClanKhvn2015: RuleSet = RULE_SET_LEARNING_CLAN_KHVN_2015;

/**
 * “Cộng đồng học tập” of a hamlet, village or residential group (cấp thôn, bản, ấp, tổ dân phố), QĐ 448/QĐ-KHVN of
 * 01/12/2015, Mục C, for 2016–2020. The title, level, document and period are confirmed; the criteria, points and
 * threshold are encoded as uncertain, overridable data.
 *
 * Data: `data/rule-sets/learning-community-hamlet-khvn-2015.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityHamletKhvn2015: RuleSet = RULE_SET_LEARNING_COMMUNITY_HAMLET_KHVN_2015;

/**
 * “Đơn vị học tập” at the grass roots (agencies, schools, businesses managed by the commune), QĐ 448/QĐ-KHVN of
 * 01/12/2015, Mục D, for 2016–2020. The title, level, document and period are confirmed; the criteria, points and
 * threshold are encoded as uncertain, overridable data.
 *
 * Data: `data/rule-sets/learning-unit-grassroots-khvn-2015.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningUnitGrassrootsKhvn2015: RuleSet = RULE_SET_LEARNING_UNIT_GRASSROOTS_KHVN_2015;

/**
 * “Cộng đồng học tập” cấp xã under Thông tư 44/2014/TT-BGDĐT of 12/12/2014: fifteen criteria scored out of
 * 100 points in half points and classified Tốt / Khá / Trung bình (below: Chưa đạt), until Thông tư 25/2023 took
 * over on 12/02/2024. Confirmed: 15 criteria, 100 points, half points, the three classes, and the names of criteria
 * 1–3. The other names, every maximum and the class thresholds are uncertain (85 and 90 are both cited for Tốt).
 *
 * Data: `data/rule-sets/learning-community-commune-tt44-2014.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityCommuneTt44: RuleSet = RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT44_2014;

/**
 * “Cộng đồng học tập” cấp xã (learning community of a commune) under Thông tư 25/2023/TT-BGDĐT of 27/12/2023,
 * in force from 12/02/2024: five criteria and fifteen targets, each met or not, recognised at level 1 (fair) or
 * level 2 (good). Criterion 5's shares are rolled up from the grass-roots results of the commune.
 *
 * Data: `data/rule-sets/learning-community-commune-tt25-2023.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityCommuneTt25: RuleSet = RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT25_2023;

/**
 * “Cộng đồng học tập” cấp huyện (learning community of a district) under Thông tư 25/2023/TT-BGDĐT, from
 * 12/02/2024 until the district level ended (30/6/2025). Criterion 5's share of communes recognised is rolled up
 * from the district's communes.
 *
 * Data: `data/rule-sets/learning-community-district-tt25-2023.json` (a fork of `learning-community-commune-tt25-2023`).
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityDistrictTt25: RuleSet = RULE_SET_LEARNING_COMMUNITY_DISTRICT_TT25_2023;

/**
 * “Cộng đồng học tập” cấp tỉnh (learning community of a province) under Thông tư 25/2023/TT-BGDĐT, from
 * 12/02/2024. Criterion 5's share of communes recognised is rolled up from the province's communes (with two tiers
 * of local government, communes are directly below the province).
 *
 * Data: `data/rule-sets/learning-community-province-tt25-2023.json` (a fork of `learning-community-commune-tt25-2023`).
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityProvinceTt25: RuleSet = RULE_SET_LEARNING_COMMUNITY_PROVINCE_TT25_2023;

/**
 * “Đơn vị học tập” (learning unit) reporting to a district office of education, under Thông tư 22/2020/TT-BGDĐT of
 * 06/8/2020: 100 points (30/30/40), classed Tốt from 85, Khá from 70, Trung bình from 50. In force from 21/9/2020 until
 * (assumed) Thông tư 24/2023/TT-BGDĐT.
 *
 * Data: `data/rule-sets/learning-unit-district-tt22-2020.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningUnitDistrictTt22: RuleSet = RULE_SET_LEARNING_UNIT_DISTRICT_TT22_2020;

/**
 * “Đơn vị học tập” (learning unit) reporting to a provincial Department of education, under Thông tư 22/2020/TT-BGDĐT:
 * the same sheet as {@link learningUnitDistrictTt22}.
 *
 * Data: `data/rule-sets/learning-unit-province-tt22-2020.json` (a fork of `learning-unit-district-tt22-2020`).
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningUnitProvinceTt22: RuleSet = RULE_SET_LEARNING_UNIT_PROVINCE_TT22_2020;

/**
 * Vĩnh Long's provincial “Đơn vị học tập” (learning unit) from 2016: passed at a total of 80 points, with no classes,
 * as Báo Vĩnh Long reported it. The province's own sheet was not read, so the three criteria are borrowed from
 * {@link learningUnitProvinceTt22} and marked uncertain.
 *
 * Data: `data/rule-sets/learning-unit-province-vinh-long-2016.json` (a fork of `learning-unit-province-tt22-2020`).
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningUnitProvinceVinhLong2016: RuleSet = RULE_SET_LEARNING_UNIT_PROVINCE_VINH_LONG_2016;

/**
 * “Đơn vị học tập” cấp huyện (learning unit at district level) under Thông tư 24/2023/TT-BGDĐT of 11/12/2023, until
 * the district level ended (30/6/2025). Recognised at level 1 or level 2.
 *
 * Data: `data/rule-sets/learning-unit-district-tt24-2023.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningUnitDistrictTt24: RuleSet = RULE_SET_LEARNING_UNIT_DISTRICT_TT24_2023;

/**
 * “Đơn vị học tập” cấp tỉnh (learning unit at provincial level) under Thông tư 24/2023/TT-BGDĐT of 11/12/2023.
 * Criterion 3 adds the provincial targets: sharing knowledge with other units and an emulation title.
 *
 * Data: `data/rule-sets/learning-unit-province-tt24-2023.json` (a fork of `learning-unit-district-tt24-2023`).
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningUnitProvinceTt24: RuleSet = RULE_SET_LEARNING_UNIT_PROVINCE_TT24_2023;

/**
 * “Đơn vị học tập” recognised by the commune from 1 July 2025: the learning units formerly assessed at district level
 * have no rule of their own after the district level ended, so this is TT 24/2023's district sheet applied at commune
 * level — one reading, unconfirmed (../shared/reference/legal-2025.md), so that a commune's 2025 and 2026 recognitions
 * can be scored, decided and printed. A province replaces it with its own rule when it has one.
 *
 * Data: `data/rule-sets/learning-unit-commune-tt24-2025.json` (a fork of `learning-unit-district-tt24-2023`).
 *
 * @example
 * ```ts
 * import { learningUnitCommuneTt24, ruleSetFor } from 'vn-learning-society';
 * ruleSetFor({ model: 'learning-unit', level: 'commune' }, '2026-03-01').id; // 'learning-unit-commune-tt24-2025'
 * learningUnitCommuneTt24.validTo; // undefined
 * ```
 */
export const learningUnitCommuneTt24: RuleSet = RULE_SET_LEARNING_UNIT_COMMUNE_TT24_2025;

/**
 * “Công dân học tập” (learning citizen) under QĐ 324/QĐ-KHVN, the Hội Khuyến học Việt Nam criteria for 2021–2030
 * that carry out QĐ 677/QĐ-TTg of 03/6/2022. A citizen self-assesses on congdanhoctap.vn in one of four groups of
 * forms, whose questions fall into three competency groups. Confirmed: the three competency groups and the
 * self-assessment. The questions of each form and how they are scored are not encoded: each group is a yes/no
 * ("meets the group's requirements"), and recognition needs all three — marked uncertain.
 *
 * Data: `data/rule-sets/learning-citizen-khvn-2022.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCitizenKhvn2022: RuleSet = RULE_SET_LEARNING_CITIZEN_KHVN_2022;

// The 2021–2030 successors of the QĐ 448 sheets, forks of them (Hội Khuyến học Việt Nam, under QĐ 387/QĐ-TTg).

/**
 * Learning family (gia đình học tập), 2021–2030: the criteria in force today, a fork of the 2015 sheet
 * ({@link learningFamilyKhvn2015}) under QĐ 387/QĐ-TTg and the Association's 2021 criteria (some values uncertain: see
 * `docs/sources.md`). Import it by name so that a bundle carries this sheet only.
 *
 * Data: `data/rule-sets/learning-family-khvn-2021.json`.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 *
 * @example
 * ```ts
 * import { evaluate, learningFamilyKhvn2021 } from 'vn-learning-society';
 * evaluate(learningFamilyKhvn2021, { points: {} }).ruleSetId; // 'learning-family-khvn-2021'
 * ```
 */
export const learningFamilyKhvn2021: RuleSet = RULE_SET_LEARNING_FAMILY_KHVN_2021;

/**
 * Learning clan (dòng họ học tập), 2021–2030: a fork of the 2015 sheet ({@link learningClanKhvn2015}).
 *
 * Data: `data/rule-sets/learning-clan-khvn-2021.json`. Frozen, like every shipped rule set.
 *
 * @example
 * ```ts
 * import { learningClanKhvn2021 } from 'vn-learning-society';
 * learningClanKhvn2021.model; // 'learning-clan'
 * ```
 */
export const learningClanKhvn2021: RuleSet = RULE_SET_LEARNING_CLAN_KHVN_2021;

/**
 * Learning community of a hamlet (cộng đồng học tập cấp thôn), 2021–2030: a fork of the 2015 sheet
 * ({@link learningCommunityHamletKhvn2015}).
 *
 * Data: `data/rule-sets/learning-community-hamlet-khvn-2021.json`. Frozen, like every shipped rule set.
 *
 * @example
 * ```ts
 * import { learningCommunityHamletKhvn2021 } from 'vn-learning-society';
 * learningCommunityHamletKhvn2021.level; // 'hamlet'
 * ```
 */
export const learningCommunityHamletKhvn2021: RuleSet = RULE_SET_LEARNING_COMMUNITY_HAMLET_KHVN_2021;

/**
 * Learning unit at the grass roots (đơn vị học tập ở cơ sở), 2021–2030: a fork of the 2015 sheet
 * ({@link learningUnitGrassrootsKhvn2015}).
 *
 * Data: `data/rule-sets/learning-unit-grassroots-khvn-2021.json`. Frozen, like every shipped rule set.
 *
 * @example
 * ```ts
 * import { learningUnitGrassrootsKhvn2021 } from 'vn-learning-society';
 * learningUnitGrassrootsKhvn2021.level; // 'grassroots'
 * ```
 */
export const learningUnitGrassrootsKhvn2021: RuleSet = RULE_SET_LEARNING_UNIT_GRASSROOTS_KHVN_2021;

/** Every shipped rule set, in catalogue order (the generated list: every file of data/rule-sets/). */
const ALL: readonly RuleSet[] = RULE_SETS;

// The ids of every shipped rule set, in the order of ALL (test/catalogue/rule-sets-load.test.ts), from their periods: a bundle
// that needs the ids alone carries no rule set.
export { BUILT_IN_RULE_SET_IDS } from './periods.js';

/**
 * Every shipped rule set, as fresh copies (changing one never changes what the library returns next time).
 *
 * @internal
 */
export function builtInRuleSets(): RuleSet[] {
  return ALL.map((r) => structuredClone(r));
}

/**
 * One shipped rule set by id, as a fresh copy; `undefined` when there is none.
 *
 * @internal
 */
export function builtInRuleSet(id: string): RuleSet | undefined {
  const found = ALL.find((r) => r.id === id);
  return found ? structuredClone(found) : undefined;
}
