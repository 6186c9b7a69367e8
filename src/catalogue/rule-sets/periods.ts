import type { CalendarDate } from '../../core/calendar-date/index.js';
import type { DatedForModel } from '../../document/registry/index.js';
import { pickRuleSet, type ModelRef } from '../../rules/registry/index.js';
import { PERIODS } from '../generated/rule-set-periods.js';

/**
 * What it takes to choose a shipped rule set (bộ tiêu chí) without loading it: its id, model, level, jurisdiction and
 * period in force. The rule set itself has the same fields (`test/catalogue/rule-sets-load.test.ts` proves they agree).
 *
 * @internal
 */
export type RuleSetPeriod = DatedForModel;

/**
 * Every shipped rule set's period, in catalogue order: a few hundred bytes that pick the rule set in force on a day
 * ({@link ruleSetIdFor}) before the one chosen is loaded (`loadRuleSetFor` of `vn-learning-society/rule-sets`).
 * Generated from the files of `data/rule-sets/` (`npm run data:catalogue`, `../generated/rule-set-periods.ts`);
 * `test/catalogue/rule-sets-load.test.ts` proves they agree with the rule sets built.
 *
 * @internal
 */
export const RULE_SET_PERIODS: readonly RuleSetPeriod[] = PERIODS;

/** Ids of every shipped rule set, in catalogue order. */
export const BUILT_IN_RULE_SET_IDS: readonly string[] = /* @__PURE__ */ (() => RULE_SET_PERIODS.map((r) => r.id))();

/**
 * The id of the shipped rule set (bộ tiêu chí) in force for a model on a day, chosen from the rule sets' periods alone:
 * the id of {@link ruleSetFor}'s answer, without bundling any rule set (about 8 KB gzip, the messages of its errors
 * included). Import that rule set by name, or load it with `loadRuleSet` of `vn-learning-society/rule-sets`.
 *
 * @throws {@link LearningSocietyError} as `ruleSetFor` does: `rule_set_not_found` for a day no rule set covers (the
 * message lists the periods there are), `ambiguous_rule_set` when several apply, `invalid_input` for a model, level,
 * date or jurisdiction that is not one.
 *
 * @example
 * ```ts
 * import { ruleSetIdFor } from 'vn-learning-society';
 * ruleSetIdFor('learning-family', '2024-11-15'); // 'learning-family-khvn-2021'
 * ruleSetIdFor({ model: 'learning-community', level: 'commune' }, '2023-05-01'); // 'learning-community-commune-tt44-2014'
 * ruleSetIdFor({ model: 'learning-unit', level: 'province' }, '2018-03-01', 'VN-49'); // 'learning-unit-province-vinh-long-2016'
 * ```
 */
export function ruleSetIdFor(model: ModelRef, date: CalendarDate, jurisdiction?: string): string {
  return pickRuleSet(RULE_SET_PERIODS, model, date, jurisdiction).id;
}
