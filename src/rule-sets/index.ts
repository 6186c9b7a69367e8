/**
 * The shipped rule sets (bộ tiêu chí) on demand: the rule set in force on a day, chosen from the rule sets' periods,
 * then fetched alone. An application's bundler (esbuild, Rollup, Vite, webpack) puts each rule set in a chunk of its
 * own, so that a page carries the periods (a few hundred bytes) and fetches the one rule set it needs, instead of
 * carrying every shipped rule set as `ruleSetFor` does. The answers are `ruleSetFor`'s and `getRuleSet`'s.
 *
 * A separate entry point, `vn-learning-society/rule-sets`: the core does not import it (a bundle without code
 * splitting would carry every chunk).
 *
 * @packageDocumentation
 */
import type { CalendarDate, ModelRef, RuleSet } from 'vn-learning-society';
import { ruleSetIdFor } from 'vn-learning-society';
import { RULE_SET_CHUNKS } from '../catalogue/generated/rule-set-chunks.js';
import { ruleSetOfChunk } from '../catalogue/rule-sets/chunk.js';
import { BUILT_IN_RULE_SET_IDS } from '../catalogue/rule-sets/periods.js';
import { requireString } from '../core/internal/args.js';
import { ruleSetNotFound } from '../rules/registry/index.js';

// The core's own function, here too: `ruleSetIdFor` names the rule set `loadRuleSetFor` would load.
export { ruleSetIdFor };

/**
 * Each shipped rule set's chunk, imported on demand: one `import()` each, naming its module literally, so that a
 * bundler splits each into a file of its own (the map is generated from `data/rule-sets/` by `npm run data:catalogue`).
 */
const CHUNKS = RULE_SET_CHUNKS;

/** The rule sets built so far (each is built once, frozen; callers get copies). */
const built = new Map<string, RuleSet>();

/**
 * A shipped rule set by id, loaded on demand: the rule set `getRuleSet(id)` gives (a fresh copy you may change),
 * but an application's bundler puts each rule set in a chunk of its own and the page fetches only this one.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`; a rejected promise) `rule_set_not_found`, listing the
 * ids there are, as `getRuleSet` does. A chunk the browser cannot fetch rejects with the bundler's own error.
 *
 * @example
 * ```ts
 * import { loadRuleSet } from 'vn-learning-society/rule-sets';
 * const ruleSet = await loadRuleSet('learning-family-khvn-2021');
 * ruleSet.model; // 'learning-family'
 * ```
 */
export async function loadRuleSet(id: string): Promise<RuleSet> {
  requireString(id, 'id');
  const load = CHUNKS.get(id);
  if (!load) throw ruleSetNotFound(id, BUILT_IN_RULE_SET_IDS);
  let ruleSet = built.get(id);
  if (!ruleSet) {
    ruleSet = ruleSetOfChunk((await load()).chunk);
    built.set(id, ruleSet);
  }
  return structuredClone(ruleSet);
}

/**
 * The shipped rule set in force for a model on a day (and for a jurisdiction: its own fork if one is shipped, else
 * the national one), loaded on demand: the rule set `ruleSetFor` gives, but a bundle carries the rule sets' periods
 * and fetches the one rule set chosen ({@link ruleSetIdFor} names it), instead of carrying every shipped rule set.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`; a rejected promise) as `ruleSetFor` does:
 * `rule_set_not_found` for a day no rule set covers (the message lists the periods there are), `ambiguous_rule_set`
 * when several apply, `invalid_input` for a model, level, date or jurisdiction that is not one.
 *
 * @example
 * ```ts
 * import { compileRuleSet } from 'vn-learning-society';
 * import { loadRuleSetFor } from 'vn-learning-society/rule-sets';
 * const ruleSet = await loadRuleSetFor('learning-family', '2024-11-15'); // the criteria in force that day
 * ruleSet.id; // 'learning-family-khvn-2021'
 * const score = compileRuleSet(ruleSet);
 * score({ points: {} }).recognized; // false
 * ```
 */
export async function loadRuleSetFor(model: ModelRef, date: CalendarDate, jurisdiction?: string): Promise<RuleSet> {
  return loadRuleSet(ruleSetIdFor(model, date, jurisdiction));
}
