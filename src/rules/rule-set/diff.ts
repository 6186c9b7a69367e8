import { diffDocuments, type DocumentChange } from '../../document/diff/index.js';
import { RULE_SET_KEYED_FIELDS } from './keyed.js';
import type { RuleSet } from './schema.js';

/**
 * Lists every difference between two rule sets, in plain words in Vietnamese and English. Elements of
 * criteria, indicators, rules, classes and sources are matched by id (so a renamed label shows as a label change,
 * not a removal and an addition), and named by their label.
 *
 * @example
 * ```ts
 * import { diffRuleSets, forkRuleSet, getRuleSet } from 'vn-learning-society';
 * const base = getRuleSet('learning-family-khvn-2015');
 * const fork = forkRuleSet(base, { outcome: { rules: { 'min-total': { points: 85 } } } }, {
 *   id: 'learning-family-x', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } },
 * });
 * diffRuleSets(base, fork).find((c) => c.path.endsWith('points'))?.message.en; // 'Outcome › Rule “Minimum total for recognition” › Points: 80 → 85'
 * ```
 */
export function diffRuleSets(a: RuleSet, b: RuleSet): DocumentChange[] {
  return diffDocuments(a, b, RULE_SET_KEYED_FIELDS);
}

