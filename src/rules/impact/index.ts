import { LearningSocietyError } from '../../core/errors/index.js';
import type { Label } from '../../core/label/index.js';
import { badArgument, requireObject } from '../../core/internal/args.js';
import type { Assessment } from '../assessment/types.js';
import { compileRuleSet } from '../evaluate/compile.js';
import type { Evaluation } from '../evaluate/types.js';
import type { RuleSet } from '../rule-set/schema.js';

/** How many gains and losses one rule of recognition accounts for. */
export interface ForkImpactByRule {
  /** Id of the rule that made the difference (it fails in one rule set and not in the other). */
  readonly rule: string;
  /** Recognised under the fork, not under the base, because this rule no longer fails. */
  readonly gained: number;
  /** Recognised under the base, not under the fork, because this rule now fails. */
  readonly lost: number;
}

/**
 * Whom a fork would change (tác động của bản phái sinh), counted over a set of assessments: verdicts, classes and
 * totals that change, who gains and who loses recognition, grouped by the rule that made the difference.
 */
export interface ForkImpact {
  readonly baseId: string;
  readonly forkId: string;
  /** Assessments scored under both. */
  readonly evaluated: number;
  /** Assessments one of the two refused (e.g. an indicator the fork removed), by index or id, with the reason. */
  readonly refused: readonly { readonly who: string; readonly by: 'base' | 'fork'; readonly message: Label }[];
  readonly verdictsChanged: number;
  readonly classesChanged: number;
  readonly totalsChanged: number;
  /** Ids (or `#n`, the n-th assessment, from 1) recognised under the fork only: at most `maxIds`. */
  readonly gained: readonly string[];
  readonly lost: readonly string[];
  readonly gainedCount: number;
  readonly lostCount: number;
  readonly byRule: readonly ForkImpactByRule[];
}

/** Options of {@link forkImpact} and {@link forkImpactCounter}. */
export interface ForkImpactOptions {
  /** Keep at most this many ids of those who gain, lose or are refused (default 10,000); the counts stay exact. */
  readonly maxIds?: number;
}

/** A running count of a fork's impact, for a stream of assessments: `add` each, then `result`. */
export interface ForkImpactCounter {
  add(assessment: Assessment): void;
  result(): ForkImpact;
}

/**
 * A counter of a fork's impact that takes assessments one at a time (a file of a million households is read as a
 * stream, never held whole). Both rule sets are compiled once.
 *
 * @example
 * ```ts
 * import { forkImpactCounter, forkRuleSet, getRuleSet } from 'vn-learning-society';
 * const base = getRuleSet('learning-family-khvn-2015');
 * const fork = forkRuleSet(base, { outcome: { rules: { 'min-total': { points: 85 } } } }, { id: 'family-x', jurisdiction: { code: 'VN-44', name: { vi: 'Tỉnh X', en: 'X' } } });
 * const counter = forkImpactCounter(base, fork);
 * counter.add({ id: 'H1', points: { 'children.results': 10, 'children.manners': 10, 'adults.participation': 10, 'adults.application': 10, 'adults.reading': 10, 'conditions.support': 10, 'effects.livelihood': 10, 'effects.community': 2 }, facts: { 'children.attendance': { part: 1, whole: 1 }, 'conditions.bookshelf': false } });
 * counter.result().lost; // ['H1']
 * counter.result().byRule; // [{ rule: 'min-total', gained: 0, lost: 1 }]
 * ```
 */
export function forkImpactCounter(base: RuleSet, fork: RuleSet, options: ForkImpactOptions = {}): ForkImpactCounter {
  requireObject(options, 'options');
  const maxIds = options.maxIds ?? 10_000;
  if (!Number.isSafeInteger(maxIds) || maxIds < 0) badArgument('options.maxIds', { vi: 'một số nguyên không âm', en: 'a non-negative whole number' }, maxIds);
  const scoreBase = compileRuleSet(base);
  const scoreFork = compileRuleSet(fork);
  let n = 0;
  let evaluated = 0;
  let verdictsChanged = 0;
  let classesChanged = 0;
  let totalsChanged = 0;
  let gainedCount = 0;
  let lostCount = 0;
  const gained: string[] = [];
  const lost: string[] = [];
  const refused: { who: string; by: 'base' | 'fork'; message: Label }[] = [];
  const byRule = new Map<string, { gained: number; lost: number }>();
  const count = (rule: string, key: 'gained' | 'lost'): void => {
    let c = byRule.get(rule);
    if (c === undefined) byRule.set(rule, (c = { gained: 0, lost: 0 }));
    c[key] += 1;
  };
  const failing = (e: Evaluation): Set<string> => new Set(e.shortfalls.map((s) => s.rule));
  return {
    add(assessment) {
      n += 1;
      const who = typeof (assessment as { id?: unknown } | null)?.id === 'string' ? (assessment as { id: string }).id : `#${n}`;
      const a = scoreBase.safe(assessment);
      const b = scoreFork.safe(assessment);
      if (!a.success || !b.success) {
        const err = (!a.success ? a.error : (b as { error: LearningSocietyError }).error);
        if (refused.length < maxIds) refused.push({ who, by: !a.success ? 'base' : 'fork', message: err.issues[0]?.message ?? err.summary });
        return;
      }
      evaluated += 1;
      const x = a.data;
      const y = b.data;
      if (x.total !== y.total) totalsChanged += 1;
      if ((x.classification?.id ?? null) !== (y.classification?.id ?? null)) classesChanged += 1;
      if (x.recognized === y.recognized) return;
      verdictsChanged += 1;
      if (y.recognized) {
        gainedCount += 1;
        if (gained.length < maxIds) gained.push(who);
        for (const r of failing(x)) count(r, 'gained');
      } else {
        lostCount += 1;
        if (lost.length < maxIds) lost.push(who);
        for (const r of failing(y)) count(r, 'lost');
      }
    },
    result() {
      return {
        baseId: scoreBase.ruleSet.id,
        forkId: scoreFork.ruleSet.id,
        evaluated,
        refused: refused.slice(),
        verdictsChanged,
        classesChanged,
        totalsChanged,
        gained: gained.slice(),
        lost: lost.slice(),
        gainedCount,
        lostCount,
        byRule: [...byRule].map(([rule, c]) => ({ rule, ...c })).sort((p, q) => q.gained + q.lost - (p.gained + p.lost) || (p.rule < q.rule ? -1 : 1)),
      };
    },
  };
}

/**
 * Whom a fork would change: scores every assessment under the base and under the fork and counts the verdicts,
 * classes and totals that change, who gains and who loses recognition, and the rule that made each difference. Run it
 * on last year's assessments before adopting a fork.
 *
 * @example
 * ```ts
 * import { forkImpact, forkRuleSet, getRuleSet } from 'vn-learning-society';
 * const base = getRuleSet('learning-family-khvn-2015');
 * const fork = forkRuleSet(base, { outcome: { rules: { 'min-total': { points: 70 } } } }, { id: 'family-x', jurisdiction: { code: 'VN-44', name: { vi: 'Tỉnh X', en: 'X' } } });
 * const all = (p: number) => ({ points: { 'children.results': p, 'children.manners': p, 'adults.participation': p, 'adults.application': p, 'adults.reading': p, 'conditions.support': p, 'effects.livelihood': p, 'effects.community': p }, facts: { 'children.attendance': { part: 1, whole: 1 }, 'conditions.bookshelf': true } });
 * const impact = forkImpact(base, fork, [{ id: 'A', ...all(10) }, { id: 'B', ...all(7) }]);
 * [impact.evaluated, impact.gained, impact.lostCount]; // [2, ['B'], 0]
 * ```
 */
export function forkImpact(base: RuleSet, fork: RuleSet, assessments: Iterable<Assessment>, options?: ForkImpactOptions): ForkImpact {
  if (assessments === null || typeof assessments !== 'object' || typeof (assessments as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    badArgument('assessments', { vi: 'một danh sách phiếu đánh giá', en: 'a list (iterable) of assessments' }, assessments);
  }
  const counter = forkImpactCounter(base, fork, options);
  for (const a of assessments) counter.add(a);
  return counter.result();
}
