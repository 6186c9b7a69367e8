// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import { RULE_SET_KEYED_FIELDS } from '../../rules/rule-set/keyed.js';
import type { RuleSet } from '../../rules/rule-set/schema.js';
import { shipped, shippedFork } from '../shipped/index.js';
import { CV_6782_BGDDT, KHVN_CRITERIA_2021, QD_324_KHVN, QD_387_TTG, QD_448_KHVN, QD_645_BGDDT, QD_677_TTG, TT_22_2020, TT_24_2023, TT_25_2023, TT_44_2014, VINH_LONG_DVHT_2016 } from './legal-sources.js';
import learningFamilyKhvn2015File from '../../../data/rule-sets/learning-family-khvn-2015.json' with { type: 'json' };
import learningClanKhvn2015File from '../../../data/rule-sets/learning-clan-khvn-2015.json' with { type: 'json' };
import learningCommunityHamletKhvn2015File from '../../../data/rule-sets/learning-community-hamlet-khvn-2015.json' with { type: 'json' };
import learningUnitGrassrootsKhvn2015File from '../../../data/rule-sets/learning-unit-grassroots-khvn-2015.json' with { type: 'json' };
import learningCommunityCommuneTt442014File from '../../../data/rule-sets/learning-community-commune-tt44-2014.json' with { type: 'json' };
import learningCommunityCommuneTt252023File from '../../../data/rule-sets/learning-community-commune-tt25-2023.json' with { type: 'json' };
import learningCommunityDistrictTt252023File from '../../../data/rule-sets/learning-community-district-tt25-2023.json' with { type: 'json' };
import learningCommunityProvinceTt252023File from '../../../data/rule-sets/learning-community-province-tt25-2023.json' with { type: 'json' };
import learningUnitDistrictTt222020File from '../../../data/rule-sets/learning-unit-district-tt22-2020.json' with { type: 'json' };
import learningUnitProvinceTt222020File from '../../../data/rule-sets/learning-unit-province-tt22-2020.json' with { type: 'json' };
import learningUnitProvinceVinhLong2016File from '../../../data/rule-sets/learning-unit-province-vinh-long-2016.json' with { type: 'json' };
import learningUnitDistrictTt242023File from '../../../data/rule-sets/learning-unit-district-tt24-2023.json' with { type: 'json' };
import learningUnitProvinceTt242023File from '../../../data/rule-sets/learning-unit-province-tt24-2023.json' with { type: 'json' };
import learningUnitCommuneTt242025File from '../../../data/rule-sets/learning-unit-commune-tt24-2025.json' with { type: 'json' };
import learningCitizenKhvn2022File from '../../../data/rule-sets/learning-citizen-khvn-2022.json' with { type: 'json' };
import learningFamilyKhvn2021File from '../../../data/rule-sets/learning-family-khvn-2021.json' with { type: 'json' };
import learningClanKhvn2021File from '../../../data/rule-sets/learning-clan-khvn-2021.json' with { type: 'json' };
import learningCommunityHamletKhvn2021File from '../../../data/rule-sets/learning-community-hamlet-khvn-2021.json' with { type: 'json' };
import learningUnitGrassrootsKhvn2021File from '../../../data/rule-sets/learning-unit-grassroots-khvn-2021.json' with { type: 'json' };

// The shipped rule sets, read from data/rule-sets/ (one file each: a whole rule set, or a fork of another shipped one).
// Each is built once, frozen, and dropped by a bundler when the application does not use it.
/** `data/rule-sets/learning-family-khvn-2015.json`. @internal */
export const RULE_SET_LEARNING_FAMILY_KHVN_2015: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningFamilyKhvn2015File, [QD_448_KHVN, CV_6782_BGDDT]);
/** `data/rule-sets/learning-clan-khvn-2015.json`. @internal */
export const RULE_SET_LEARNING_CLAN_KHVN_2015: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningClanKhvn2015File, [QD_448_KHVN, CV_6782_BGDDT]);
/** `data/rule-sets/learning-community-hamlet-khvn-2015.json`. @internal */
export const RULE_SET_LEARNING_COMMUNITY_HAMLET_KHVN_2015: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningCommunityHamletKhvn2015File, [QD_448_KHVN, CV_6782_BGDDT]);
/** `data/rule-sets/learning-unit-grassroots-khvn-2015.json`. @internal */
export const RULE_SET_LEARNING_UNIT_GRASSROOTS_KHVN_2015: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningUnitGrassrootsKhvn2015File, [QD_448_KHVN, CV_6782_BGDDT]);
/** `data/rule-sets/learning-community-commune-tt44-2014.json`. @internal */
export const RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT44_2014: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningCommunityCommuneTt442014File, [TT_44_2014, QD_645_BGDDT]);
/** `data/rule-sets/learning-community-commune-tt25-2023.json`. @internal */
export const RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT25_2023: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningCommunityCommuneTt252023File, [TT_25_2023]);
/** `data/rule-sets/learning-community-district-tt25-2023.json`, a fork of `learning-community-commune-tt25-2023`. @internal */
export const RULE_SET_LEARNING_COMMUNITY_DISTRICT_TT25_2023: RuleSet = /* @__PURE__ */ shippedFork(learningCommunityDistrictTt252023File, RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT25_2023, RULE_SET_KEYED_FIELDS);
/** `data/rule-sets/learning-community-province-tt25-2023.json`, a fork of `learning-community-commune-tt25-2023`. @internal */
export const RULE_SET_LEARNING_COMMUNITY_PROVINCE_TT25_2023: RuleSet = /* @__PURE__ */ shippedFork(learningCommunityProvinceTt252023File, RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT25_2023, RULE_SET_KEYED_FIELDS);
/** `data/rule-sets/learning-unit-district-tt22-2020.json`. @internal */
export const RULE_SET_LEARNING_UNIT_DISTRICT_TT22_2020: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningUnitDistrictTt222020File, [TT_22_2020]);
/** `data/rule-sets/learning-unit-province-tt22-2020.json`, a fork of `learning-unit-district-tt22-2020`. @internal */
export const RULE_SET_LEARNING_UNIT_PROVINCE_TT22_2020: RuleSet = /* @__PURE__ */ shippedFork(learningUnitProvinceTt222020File, RULE_SET_LEARNING_UNIT_DISTRICT_TT22_2020, RULE_SET_KEYED_FIELDS);
/** `data/rule-sets/learning-unit-province-vinh-long-2016.json`, a fork of `learning-unit-province-tt22-2020`. @internal */
export const RULE_SET_LEARNING_UNIT_PROVINCE_VINH_LONG_2016: RuleSet = /* @__PURE__ */ shippedFork(learningUnitProvinceVinhLong2016File, RULE_SET_LEARNING_UNIT_PROVINCE_TT22_2020, RULE_SET_KEYED_FIELDS, [VINH_LONG_DVHT_2016]);
/** `data/rule-sets/learning-unit-district-tt24-2023.json`. @internal */
export const RULE_SET_LEARNING_UNIT_DISTRICT_TT24_2023: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningUnitDistrictTt242023File, [TT_24_2023, QD_324_KHVN]);
/** `data/rule-sets/learning-unit-province-tt24-2023.json`, a fork of `learning-unit-district-tt24-2023`. @internal */
export const RULE_SET_LEARNING_UNIT_PROVINCE_TT24_2023: RuleSet = /* @__PURE__ */ shippedFork(learningUnitProvinceTt242023File, RULE_SET_LEARNING_UNIT_DISTRICT_TT24_2023, RULE_SET_KEYED_FIELDS);
/** `data/rule-sets/learning-unit-commune-tt24-2025.json`, a fork of `learning-unit-district-tt24-2023`. @internal */
export const RULE_SET_LEARNING_UNIT_COMMUNE_TT24_2025: RuleSet = /* @__PURE__ */ shippedFork(learningUnitCommuneTt242025File, RULE_SET_LEARNING_UNIT_DISTRICT_TT24_2023, RULE_SET_KEYED_FIELDS);
/** `data/rule-sets/learning-citizen-khvn-2022.json`. @internal */
export const RULE_SET_LEARNING_CITIZEN_KHVN_2022: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningCitizenKhvn2022File, [QD_324_KHVN, QD_677_TTG]);
/** `data/rule-sets/learning-family-khvn-2021.json`, a fork of `learning-family-khvn-2015`. @internal */
export const RULE_SET_LEARNING_FAMILY_KHVN_2021: RuleSet = /* @__PURE__ */ shippedFork(learningFamilyKhvn2021File, RULE_SET_LEARNING_FAMILY_KHVN_2015, RULE_SET_KEYED_FIELDS, [KHVN_CRITERIA_2021, QD_387_TTG, QD_677_TTG]);
/** `data/rule-sets/learning-clan-khvn-2021.json`, a fork of `learning-clan-khvn-2015`. @internal */
export const RULE_SET_LEARNING_CLAN_KHVN_2021: RuleSet = /* @__PURE__ */ shippedFork(learningClanKhvn2021File, RULE_SET_LEARNING_CLAN_KHVN_2015, RULE_SET_KEYED_FIELDS, [KHVN_CRITERIA_2021, QD_387_TTG]);
/** `data/rule-sets/learning-community-hamlet-khvn-2021.json`, a fork of `learning-community-hamlet-khvn-2015`. @internal */
export const RULE_SET_LEARNING_COMMUNITY_HAMLET_KHVN_2021: RuleSet = /* @__PURE__ */ shippedFork(learningCommunityHamletKhvn2021File, RULE_SET_LEARNING_COMMUNITY_HAMLET_KHVN_2015, RULE_SET_KEYED_FIELDS, [KHVN_CRITERIA_2021, QD_387_TTG]);
/** `data/rule-sets/learning-unit-grassroots-khvn-2021.json`, a fork of `learning-unit-grassroots-khvn-2015`. @internal */
export const RULE_SET_LEARNING_UNIT_GRASSROOTS_KHVN_2021: RuleSet = /* @__PURE__ */ shippedFork(learningUnitGrassrootsKhvn2021File, RULE_SET_LEARNING_UNIT_GRASSROOTS_KHVN_2015, RULE_SET_KEYED_FIELDS, [KHVN_CRITERIA_2021, QD_387_TTG, QD_677_TTG]);

/** Every shipped rule set, in catalogue order. @internal */
export const RULE_SETS: readonly RuleSet[] = /* @__PURE__ */ (() => [
  RULE_SET_LEARNING_FAMILY_KHVN_2015,
  RULE_SET_LEARNING_CLAN_KHVN_2015,
  RULE_SET_LEARNING_COMMUNITY_HAMLET_KHVN_2015,
  RULE_SET_LEARNING_UNIT_GRASSROOTS_KHVN_2015,
  RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT44_2014,
  RULE_SET_LEARNING_COMMUNITY_COMMUNE_TT25_2023,
  RULE_SET_LEARNING_COMMUNITY_DISTRICT_TT25_2023,
  RULE_SET_LEARNING_COMMUNITY_PROVINCE_TT25_2023,
  RULE_SET_LEARNING_UNIT_DISTRICT_TT22_2020,
  RULE_SET_LEARNING_UNIT_PROVINCE_TT22_2020,
  RULE_SET_LEARNING_UNIT_PROVINCE_VINH_LONG_2016,
  RULE_SET_LEARNING_UNIT_DISTRICT_TT24_2023,
  RULE_SET_LEARNING_UNIT_PROVINCE_TT24_2023,
  RULE_SET_LEARNING_UNIT_COMMUNE_TT24_2025,
  RULE_SET_LEARNING_CITIZEN_KHVN_2022,
  RULE_SET_LEARNING_FAMILY_KHVN_2021,
  RULE_SET_LEARNING_CLAN_KHVN_2021,
  RULE_SET_LEARNING_COMMUNITY_HAMLET_KHVN_2021,
  RULE_SET_LEARNING_UNIT_GRASSROOTS_KHVN_2021,
])();
