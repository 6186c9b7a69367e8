import type { CalendarDate } from '../../core/calendar-date/index.js';
import { filterDocuments } from '../../document/registry/index.js';
import {
  pickRuleSet,
  ruleSetNotFound,
  ruleSetRegistryOf,
  type ModelRef,
  type RuleSetFilter,
  type RuleSetRegistry,
} from '../../rules/registry/index.js';
import { parseRuleSet } from '../../rules/rule-set/parse.js';
import type { RuleSet } from '../../rules/rule-set/schema.js';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, builtInRuleSets } from './index.js';
import { requireArray, requireObject, requireString } from '../../core/internal/args.js';

/**
 * Builds a registry over your own rule sets (e.g. a province's forks), by default together with the shipped
 * ones. Every rule set is validated once here.
 *
 * @example
 * ```ts
 * import { createRuleSetRegistry, forkRuleSet, getRuleSet } from 'vn-learning-society';
 * const fork = forkRuleSet(getRuleSet('learning-family-khvn-2021'), {}, {
 *   id: 'learning-family-dong-thap-2021', jurisdiction: { code: 'VN-45', name: { vi: 'Đồng Tháp', en: 'Dong Thap' } },
 * });
 * const registry = createRuleSetRegistry([fork]);
 * registry.forDate('learning-family', '2024-06-01', 'VN-45').id; // 'learning-family-dong-thap-2021'
 * // Hà Nội has no fork here, so the national rule set applies:
 * registry.forDate('learning-family', '2024-06-01', 'VN-HN').id; // 'learning-family-khvn-2021'
 * ```
 */
export function createRuleSetRegistry(
  ruleSets: readonly RuleSet[],
  options: { readonly includeBuiltIns?: boolean } = {},
): RuleSetRegistry {
  requireArray(ruleSets, 'ruleSets');
  requireObject(options, 'options');
  const own = ruleSets.map((r) => parseRuleSet(r));
  return ruleSetRegistryOf(options.includeBuiltIns === false ? own : [...builtInRuleSets(), ...own]);
}

/**
 * Lists the shipped rule sets, optionally only those of a model, level or jurisdiction, or in force on a day.
 *
 * @example
 * ```ts
 * import { listRuleSets } from 'vn-learning-society';
 * listRuleSets({ model: 'learning-family' }).map((r) => r.id); // ['learning-family-khvn-2015', 'learning-family-khvn-2021']
 * // In 2018: the four QĐ 448 sheets, the TT 44/2014 commune sheet and Vĩnh Long's provincial unit sheet.
 * listRuleSets({ at: '2018-03-01' }).length; // 6
 * ```
 */
export function listRuleSets(filter?: RuleSetFilter): RuleSet[] {
  return filterDocuments(builtInRuleSets(), filter);
}

/**
 * A shipped rule set by id, as a fresh copy. It bundles every shipped rule set (about 41 KB gzip); for a smaller
 * bundle, import the one you need by name (`learningFamilyKhvn2021`), or load it on demand with `loadRuleSet` of
 * `vn-learning-society/rule-sets`.
 *
 * @throws {@link LearningSocietyError} `rule_set_not_found`, listing the ids there are.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * getRuleSet('learning-family-khvn-2015').maxTotal; // 100
 * ```
 */
export function getRuleSet(id: string): RuleSet {
  requireString(id, 'id');
  const found = builtInRuleSet(id);
  if (!found) throw ruleSetNotFound(id, BUILT_IN_RULE_SET_IDS);
  return found;
}

/**
 * The shipped rule set in force for a model on a day (and for a jurisdiction: its own fork if one is registered,
 * else the national one). For models recognised at several levels, pass `{ model, level }`. It bundles every shipped
 * rule set to choose among them (about 48 KB gzip with scoring); `loadRuleSetFor` of `vn-learning-society/rule-sets`
 * gives the same answer and loads only the one chosen, and {@link ruleSetIdFor} names it without loading any.
 *
 * @throws {@link LearningSocietyError} `rule_set_not_found` for a day no rule set covers (the message lists the
 * periods there are), `ambiguous_rule_set` when several apply.
 *
 * @example
 * ```ts
 * import { ruleSetFor } from 'vn-learning-society';
 * ruleSetFor('learning-family', '2019-05-01').id; // 'learning-family-khvn-2015'
 * ruleSetFor({ model: 'learning-community', level: 'hamlet' }, new Date(2024, 0, 15)).id; // 'learning-community-hamlet-khvn-2021'
 * ```
 */
export function ruleSetFor(model: ModelRef, date: CalendarDate, jurisdiction?: string): RuleSet {
  return pickRuleSet(builtInRuleSets(), model, date, jurisdiction);
}

