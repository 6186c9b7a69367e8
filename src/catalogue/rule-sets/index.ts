import { forkRuleSet } from '../../rules/rule-set/fork.js';
import type { RuleSet } from '../../rules/rule-set/schema.js';
import { learningCitizenKhvn2022 } from './learning-citizen-khvn-2022.js';
import { learningClanKhvn2015 } from './learning-clan-khvn-2015.js';
import { learningCommunityCommuneTt44 } from './learning-community-commune-tt44-2014.js';
import { learningCommunityHamletKhvn2015 } from './learning-community-hamlet-khvn-2015.js';
import { learningFamilyKhvn2015 } from './learning-family-khvn-2015.js';
import {
  learningCommunityCommuneTt25,
  learningCommunityDistrictTt25,
  learningCommunityProvinceTt25,
} from './learning-community-tt25-2023.js';
import { learningUnitGrassrootsKhvn2015 } from './learning-unit-grassroots-khvn-2015.js';
import { learningUnitDistrictTt24, learningUnitProvinceTt24 } from './learning-unit-tt24-2023.js';
import { SUCCESSORS_2021, type ForkSpec } from './successors-2021.js';

/** Rule sets shipped as complete data. */
const BASE_RULE_SETS: readonly RuleSet[] = [
  learningFamilyKhvn2015,
  learningClanKhvn2015,
  learningCommunityHamletKhvn2015,
  learningUnitGrassrootsKhvn2015,
  learningCommunityCommuneTt44,
  learningCommunityCommuneTt25,
  learningCommunityDistrictTt25,
  learningCommunityProvinceTt25,
  learningUnitDistrictTt24,
  learningUnitProvinceTt24,
  learningCitizenKhvn2022,
];

/** Rule sets shipped as forks of other rule sets (data too: base, patch, metadata). */
const FORKED_RULE_SETS: readonly ForkSpec[] = SUCCESSORS_2021;

/** Ids of every shipped rule set, in catalogue order. */
export const BUILT_IN_RULE_SET_IDS: readonly string[] = /* @__PURE__ */ (() => [
  ...BASE_RULE_SETS.map((r) => r.id),
  ...FORKED_RULE_SETS.map((f) => f.meta.id),
])();

/**
 * Every shipped rule set, as fresh copies (changing one never changes what the library returns next time).
 */
export function builtInRuleSets(): RuleSet[] {
  return [...BASE_RULE_SETS.map((r) => structuredClone(r)), ...FORKED_RULE_SETS.map(materialise)];
}

/** One shipped rule set by id, as a fresh copy; `undefined` when there is none. */
export function builtInRuleSet(id: string): RuleSet | undefined {
  const base = BASE_RULE_SETS.find((r) => r.id === id);
  if (base) return structuredClone(base);
  const spec = FORKED_RULE_SETS.find((f) => f.meta.id === id);
  return spec ? materialise(spec) : undefined;
}

function materialise(spec: ForkSpec): RuleSet {
  return forkRuleSet(spec.base, spec.patch, spec.meta);
}

export {
  learningCitizenKhvn2022,
  learningClanKhvn2015,
  learningCommunityCommuneTt25,
  learningCommunityCommuneTt44,
  learningCommunityDistrictTt25,
  learningCommunityHamletKhvn2015,
  learningCommunityProvinceTt25,
  learningFamilyKhvn2015,
  learningUnitDistrictTt24,
  learningUnitGrassrootsKhvn2015,
  learningUnitProvinceTt24,
};
