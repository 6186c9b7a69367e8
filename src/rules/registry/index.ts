import { toIsoDate, type CalendarDate } from '../../core/calendar-date/index.js';
export type { ModelRef } from '../../document/in-force/index.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import type { Level, Model } from '../../core/model/index.js';
import { inForce, pickInForce, type ModelRef } from '../../document/in-force/index.js';
import { parseRuleSet } from '../rule-set/parse.js';
import type { RuleSet } from '../rule-set/schema.js';
import { builtInRuleSet, builtInRuleSets } from '../../catalogue/rule-sets/index.js';

/** Which rule sets to list: any combination of model, level, a day in force and a jurisdiction code. */
export interface RuleSetFilter {
  readonly model?: Model;
  readonly level?: Level;
  /** Only rule sets in force on this day. */
  readonly at?: CalendarDate;
  /** Jurisdiction code, `VN` for the national ones or e.g. `VN-45` for a province's forks. */
  readonly jurisdiction?: string;
}


/** A catalogue of rule sets to look up by id, filter, or pick by date. */
export interface RuleSetRegistry {
  /** Rule sets matching the filter, in catalogue order. */
  list(filter?: RuleSetFilter): RuleSet[];
  /** The rule set with this id. @throws `rule_set_not_found` */
  get(id: string): RuleSet;
  /**
   * The rule set in force for a model on a day: the jurisdiction's own if it has one, else the national one.
   * @throws `rule_set_not_found` when none covers the day; `ambiguous_rule_set` when several do.
   */
  forDate(model: ModelRef, date: CalendarDate, jurisdiction?: string): RuleSet;
}

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
  const own = ruleSets.map((r) => parseRuleSet(r));
  const all = options.includeBuiltIns === false ? own : [...builtInRuleSets(), ...own];
  const ids = new Set<string>();
  for (const r of all) {
    if (ids.has(r.id)) {
      throw new LearningSocietyError('invalid_rule_set', { vi: 'Trùng mã bộ tiêu chí', en: 'Duplicate rule-set id' }, [
        { path: ['id'], code: 'duplicate_id', message: { vi: `mã "${r.id}" đã có`, en: `id "${r.id}" is already taken` } },
      ]);
    }
    ids.add(r.id);
  }
  return {
    list: (filter) => filterRuleSets(all, filter).map((r) => structuredClone(r)),
    get: (id) => {
      const found = all.find((r) => r.id === id);
      if (!found) throw notFoundById(id, all.map((r) => r.id));
      return structuredClone(found);
    },
    forDate: (model, date, jurisdiction) => structuredClone(pickForDate(all, model, date, jurisdiction)),
  };
}

/**
 * Lists the shipped rule sets, optionally only those of a model, level or jurisdiction, or in force on a day.
 *
 * @example
 * ```ts
 * import { listRuleSets } from 'vn-learning-society';
 * listRuleSets({ model: 'learning-family' }).map((r) => r.id); // ['learning-family-khvn-2015', 'learning-family-khvn-2021']
 * // In 2018: the four QĐ 448 sheets and the TT 44/2014 commune sheet.
 * listRuleSets({ at: '2018-03-01' }).length; // 5
 * ```
 */
export function listRuleSets(filter?: RuleSetFilter): RuleSet[] {
  return filterRuleSets(builtInRuleSets(), filter);
}

/**
 * A shipped rule set by id, as a fresh copy.
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
  const found = builtInRuleSet(id);
  if (!found) throw notFoundById(id, builtInRuleSets().map((r) => r.id));
  return found;
}

/**
 * The shipped rule set in force for a model on a day (and for a jurisdiction: its own fork if one is registered,
 * else the national one). For models recognised at several levels, pass `{ model, level }`.
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
  return pickForDate(builtInRuleSets(), model, date, jurisdiction);
}

function filterRuleSets(all: readonly RuleSet[], filter: RuleSetFilter = {}): RuleSet[] {
  const day = filter.at !== undefined ? toIsoDate(filter.at) : undefined;
  return all.filter(
    (r) =>
      (filter.model === undefined || r.model === filter.model) &&
      (filter.level === undefined || r.level === filter.level) &&
      (filter.jurisdiction === undefined || r.jurisdiction.code === filter.jurisdiction) &&
      (day === undefined || inForce(r, day)),
  );
}

const RULE_SET: { vi: string; en: string } = { vi: 'bộ tiêu chí', en: 'rule set' };

function pickForDate(all: readonly RuleSet[], ref: ModelRef, date: CalendarDate, jurisdiction = 'VN'): RuleSet {
  return pickInForce(all, ref, date, jurisdiction, RULE_SET);
}

function notFoundById(id: string, ids: readonly string[]): LearningSocietyError {
  return new LearningSocietyError(
    'rule_set_not_found',
    { vi: `Không có bộ tiêu chí mã "${id}"`, en: `No rule set with id "${id}"` },
    [{ path: [], code: 'unknown_id', message: { vi: `các mã hiện có: ${ids.join(', ')}`, en: `ids there are: ${ids.join(', ')}` } }],
  );
}
