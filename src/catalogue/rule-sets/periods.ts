import type { CalendarDate } from '../../core/calendar-date/index.js';
import type { Level, Model } from '../../core/model/index.js';
import { pickRuleSet, type ModelRef } from '../../rules/registry/index.js';

/**
 * What it takes to choose a shipped rule set (bộ tiêu chí) without loading it: its id, model, level, jurisdiction and
 * period in force. The rule set itself has the same fields (`test/rule-sets-load.test.ts` proves they agree).
 *
 * @internal
 */
export interface RuleSetPeriod {
  readonly id: string;
  readonly model: Model;
  readonly level?: Level;
  readonly jurisdiction: { readonly code: string };
  readonly validFrom: string;
  readonly validTo?: string;
}

/**
 * Every shipped rule set's period, in catalogue order: a few hundred bytes that pick the rule set in force on a day
 * ({@link ruleSetIdFor}) before the one chosen is loaded (`loadRuleSetFor` of `vn-learning-society/rule-sets`). A new
 * file of `data/rule-sets/` is listed here too; the test named above fails until it is.
 *
 * @internal
 */
export const RULE_SET_PERIODS: readonly RuleSetPeriod[] = [
  { id: 'learning-family-khvn-2015', model: 'learning-family', jurisdiction: { code: 'VN' }, validFrom: '2015-12-01', validTo: '2021-12-31' },
  { id: 'learning-clan-khvn-2015', model: 'learning-clan', jurisdiction: { code: 'VN' }, validFrom: '2015-12-01', validTo: '2021-12-31' },
  { id: 'learning-community-hamlet-khvn-2015', model: 'learning-community', level: 'hamlet', jurisdiction: { code: 'VN' }, validFrom: '2015-12-01', validTo: '2021-12-31' },
  { id: 'learning-unit-grassroots-khvn-2015', model: 'learning-unit', level: 'grassroots', jurisdiction: { code: 'VN' }, validFrom: '2015-12-01', validTo: '2021-12-31' },
  { id: 'learning-community-commune-tt44-2014', model: 'learning-community', level: 'commune', jurisdiction: { code: 'VN' }, validFrom: '2015-01-26', validTo: '2024-02-11' },
  { id: 'learning-community-commune-tt25-2023', model: 'learning-community', level: 'commune', jurisdiction: { code: 'VN' }, validFrom: '2024-02-12' },
  { id: 'learning-community-district-tt25-2023', model: 'learning-community', level: 'district', jurisdiction: { code: 'VN' }, validFrom: '2024-02-12', validTo: '2025-06-30' },
  { id: 'learning-community-province-tt25-2023', model: 'learning-community', level: 'province', jurisdiction: { code: 'VN' }, validFrom: '2024-02-12' },
  { id: 'learning-unit-district-tt22-2020', model: 'learning-unit', level: 'district', jurisdiction: { code: 'VN' }, validFrom: '2020-09-21', validTo: '2024-01-25' },
  { id: 'learning-unit-province-tt22-2020', model: 'learning-unit', level: 'province', jurisdiction: { code: 'VN' }, validFrom: '2020-09-21', validTo: '2024-01-25' },
  { id: 'learning-unit-province-vinh-long-2016', model: 'learning-unit', level: 'province', jurisdiction: { code: '86@2025-03-01' }, validFrom: '2016-01-01', validTo: '2020-09-20' },
  { id: 'learning-unit-district-tt24-2023', model: 'learning-unit', level: 'district', jurisdiction: { code: 'VN' }, validFrom: '2024-01-26', validTo: '2025-06-30' },
  { id: 'learning-unit-province-tt24-2023', model: 'learning-unit', level: 'province', jurisdiction: { code: 'VN' }, validFrom: '2024-01-26' },
  { id: 'learning-unit-commune-tt24-2025', model: 'learning-unit', level: 'commune', jurisdiction: { code: 'VN' }, validFrom: '2025-07-01' },
  { id: 'learning-citizen-khvn-2022', model: 'learning-citizen', jurisdiction: { code: 'VN' }, validFrom: '2022-06-03', validTo: '2030-12-31' },
  { id: 'learning-family-khvn-2021', model: 'learning-family', jurisdiction: { code: 'VN' }, validFrom: '2022-01-01', validTo: '2030-12-31' },
  { id: 'learning-clan-khvn-2021', model: 'learning-clan', jurisdiction: { code: 'VN' }, validFrom: '2022-01-01', validTo: '2030-12-31' },
  { id: 'learning-community-hamlet-khvn-2021', model: 'learning-community', level: 'hamlet', jurisdiction: { code: 'VN' }, validFrom: '2022-01-01', validTo: '2030-12-31' },
  { id: 'learning-unit-grassroots-khvn-2021', model: 'learning-unit', level: 'grassroots', jurisdiction: { code: 'VN' }, validFrom: '2022-01-01', validTo: '2030-12-31' },
];

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
