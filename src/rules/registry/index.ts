import type { CalendarDate } from '../../core/calendar-date/index.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import { requireString } from '../../core/internal/args.js';
import { closestName, unknownIdFields } from '../../core/suggest/index.js';
import type { Label } from '../../core/label/index.js';
import { filterDocuments, pickInForce, type DatedForModel, type DocumentFilter, type ModelRef } from '../../document/registry/index.js';
import type { RuleSet } from '../rule-set/schema.js';

export type { ModelRef } from '../../document/registry/index.js';

/** Which rule sets to list: any combination of model, level, a day in force and a jurisdiction code. */
export interface RuleSetFilter extends DocumentFilter {}

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

const RULE_SET: Label = { vi: 'bộ tiêu chí', en: 'rule set' };

/**
 * A registry over validated rule sets (ids must be unique): the mechanism behind `createRuleSetRegistry`, which adds
 * the shipped ones. Each lookup returns a fresh copy.
 *
 * @internal
 */
export function ruleSetRegistryOf(all: readonly RuleSet[]): RuleSetRegistry {
  const ids = new Set<string>();
  for (const r of all) {
    if (ids.has(r.id)) {
      throw new LearningSocietyError('invalid_rule_set', { vi: 'Trùng mã bộ tiêu chí', en: 'Duplicate rule-set id' }, [
        { path: ['id'], code: 'duplicate_id', message: { vi: `mã "${r.id}" đã có`, en: `id "${r.id}" is already taken` }, id: r.id },
      ]);
    }
    ids.add(r.id);
  }
  return {
    list: (filter) => filterDocuments(all, filter).map((r) => structuredClone(r)),
    get: (id) => {
      requireString(id, 'id');
      const found = all.find((r) => r.id === id);
      if (!found) throw ruleSetNotFound(id, all.map((r) => r.id));
      return structuredClone(found);
    },
    forDate: (model, date, jurisdiction) => structuredClone(pickRuleSet(all, model, date, jurisdiction)),
  };
}

/**
 * The one rule set in force for a model on a day among `all` (rule sets, or only their periods): the jurisdiction's
 * own if it has one, else the national one.
 *
 * @internal
 */
export function pickRuleSet<T extends DatedForModel = RuleSet>(all: readonly T[], ref: ModelRef, date: CalendarDate, jurisdiction = 'VN'): T {
  return pickInForce(all, ref, date, jurisdiction, RULE_SET);
}

/** The `rule_set_not_found` error for an unknown id, listing the ids there are. @internal */
export function ruleSetNotFound(id: string, ids: readonly string[]): LearningSocietyError {
  return new LearningSocietyError(
    'rule_set_not_found',
    { vi: `Không có bộ tiêu chí mã "${id}"`, en: `No rule set with id "${id}"` },
    [{ path: [], code: 'unknown_id', ...unknownIdFields(id, closestName(id, ids)), message: { vi: `các mã hiện có: ${ids.join(', ')}`, en: `ids there are: ${ids.join(', ')}` } }],
  );
}
