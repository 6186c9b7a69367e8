import type { Label } from '../../core/label/index.js';
import type { Scratch } from './check.js';
import { SHORTFALL_MESSAGES as S } from './messages.js';
import type { PlannedIndicator, PlannedRule, ScoringPlan } from './plan.js';
import type { UnconfirmedPlan } from './unconfirmed.js';
import type { ClassResult, CriterionResult, Evaluation, IndicatorResult, Shortfall, UnconfirmedValue } from './types.js';

// Indicator kinds, as planScoring numbers them (constants of this module, so that the hot loop reads no import).
const COUNT = 2;
const RATIO = 3;

/**
 * The third step of scoring: from an assessment already read into the working space, works out the totals, every
 * criterion's and indicator's points, the rules of recognition and of each class with their shortfalls, and the
 * evaluation. The steps, each a function of this module: `addCriteria` (the criteria's and the total's units),
 * `criterionResults` (each criterion with its indicators), `checkRules` (the outcome rules),
 * `classResults` (each class, and the best reached) and `unconfirmedNow` (the unconfirmed values used).
 *
 * @internal
 */
export function scoreAssessment(plan: ScoringPlan, scratch: Scratch, memo: UnconfirmedMemo): Evaluation {
  const { ruleSet: rs, denominator: den } = plan;
  const totalUnits = addCriteria(plan, scratch);
  const criteria = criterionResults(plan, scratch);
  const shortfalls = checkRules(plan, scratch, plan.recognitionRules, totalUnits);
  let classification: Evaluation['classification'] = null;
  let classes: ClassResult[] = NO_CLASSES;
  if (plan.classes.length > 0) {
    classes = classResults(plan, scratch, totalUnits);
    const best = classes.find((c) => c.reached);
    if (best) classification = { id: best.id, label: best.label };
  }

  const result: { -readonly [K in keyof Evaluation]: Evaluation[K] } = {
    ruleSetId: rs.id,
    model: rs.model,
    title: rs.outcome.title,
    recognized: shortfalls.length === 0,
    classification,
    scale: plan.scale,
    total: totalUnits / den,
    maxTotal: plan.maxTotalUnits / den,
    criteria,
    shortfalls,
    classes,
    missing: scratch.missing ?? NO_MISSING,
    provisional: false,
    unconfirmed: unconfirmedNow(memo, scratch),
  };
  result.provisional = result.unconfirmed.length > 0;
  if (rs.level !== undefined) result.level = rs.level;
  if (scratch.id !== undefined) result.assessmentId = scratch.id;
  return result;
}

/**
 * Adds each indicator's units into its criterion's, and returns the total; clears the memo of class shortfalls of the
 * evaluation before.
 */
function addCriteria(plan: ScoringPlan, scratch: Scratch): number {
  const { indicators } = plan;
  const { indUnits, critUnits } = scratch;
  critUnits.fill(0);
  let totalUnits = 0;
  if (plan.classes.length > 0) scratch.classMemo.fill(undefined);
  for (let i = 0; i < indicators.length; i++) critUnits[indicators[i]!.criterion]! += indUnits[i]!;
  for (let c = 0; c < critUnits.length; c++) totalUnits += critUnits[c]!;
  return totalUnits;
}

/** Each criterion's result, with the result of each of its indicators. */
function criterionResults(plan: ScoringPlan, scratch: Scratch): CriterionResult[] {
  const { indicators, ruleSet: rs, denominator: den, criterionMaxUnits } = plan;
  const { indUnits, critUnits, bands, inputs } = scratch;
  const nCrit = critUnits.length;
  const criteria: CriterionResult[] = new Array<CriterionResult>(nCrit);
  let i = 0;
  for (let c = 0; c < nCrit; c++) {
    const crit = rs.criteria[c]!;
    const n = crit.indicators.length;
    const items: IndicatorResult[] = new Array<IndicatorResult>(n);
    for (let k = 0; k < n; k++, i++) items[k] = indicatorResult(indicators[i]!, indUnits[i]! / den, inputs[i], bands[i]!);
    criteria[c] = { id: crit.id, label: crit.label, points: critUnits[c]! / den, maxPoints: criterionMaxUnits[c]! / den, indicators: items };
  }
  return criteria;
}

/** The shortfalls of a list of rules: one per rule (or per criterion or indicator of a rule about each) that fails. */
function checkRules(plan: ScoringPlan, scratch: Scratch, rules: readonly PlannedRule[], totalUnits: number): Shortfall[] {
  const { indicators, ruleSet: rs, denominator: den, criterionMaxUnits } = plan;
  const { indUnits, critUnits } = scratch;
  let out: Shortfall[] | undefined;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    switch (rule.kind) {
      case 'min-total':
        if (totalUnits < rule.required[0]!) {
          (out ??= []).push(shortfall(rule, den, undefined, totalUnits, rule.required[0]!, S.minTotal(totalUnits / den, plan.maxTotalUnits / den, rule.required[0]! / den)));
        }
        break;
      case 'min-criterion': {
        const got = critUnits[rule.target]!;
        if (got < rule.required[0]!) {
          const c = rs.criteria[rule.target]!;
          (out ??= []).push(shortfall(rule, den, c.id, got, rule.required[0]!, S.minCriterion(c.label, got / den, criterionMaxUnits[rule.target]! / den, rule.required[0]! / den)));
        }
        break;
      }
      case 'min-each-criterion':
        for (let c = 0; c < critUnits.length; c++) {
          const got = critUnits[c]!;
          if (got < rule.required[c]!) {
            const crit = rs.criteria[c]!;
            (out ??= []).push(shortfall(rule, den, crit.id, got, rule.required[c]!, S.minCriterion(crit.label, got / den, criterionMaxUnits[c]! / den, rule.required[c]! / den)));
          }
        }
        break;
      case 'mandatory-indicator': {
        const got = indUnits[rule.target]!;
        if (got < rule.required[0]!) {
          const ind = indicators[rule.target]!;
          (out ??= []).push(shortfall(rule, den, ind.id, got, rule.required[0]!, S.mandatory(ind.label, got / den, ind.maxPoints, rule.required[0]! / den)));
        }
        break;
      }
      case 'min-each-indicator': {
        const targets = rule.targets!;
        for (let k = 0; k < targets.length; k++) {
          const got = indUnits[targets[k]!]!;
          if (got < rule.required[k]!) {
            const ind = indicators[targets[k]!]!;
            (out ??= []).push(shortfall(rule, den, ind.id, got, rule.required[k]!, S.minIndicator(ind.label, got / den, ind.maxPoints, rule.required[k]! / den)));
          }
        }
        break;
      }
      case 'class-reached': {
        const sf = classShortfalls(plan, scratch, rule.target, totalUnits);
        if (sf.length > 0) (out ??= []).push(...sf);
        break;
      }
    }
  }
  return out ?? NO_SHORTFALLS;
}

/** A class's shortfalls in the current evaluation, worked out once (a class may be required by several others). */
function classShortfalls(plan: ScoringPlan, scratch: Scratch, ci: number, totalUnits: number): Shortfall[] {
  let sf = scratch.classMemo[ci];
  if (sf === undefined) {
    sf = checkRules(plan, scratch, plan.classes[ci]!.rules, totalUnits);
    scratch.classMemo[ci] = sf;
  }
  return sf;
}

/** Each class of the rule set, best first: whether it was reached, and what it lacked. */
function classResults(plan: ScoringPlan, scratch: Scratch, totalUnits: number): ClassResult[] {
  return plan.classes.map((cl, ci) => {
    const sf = classShortfalls(plan, scratch, ci, totalUnits);
    return { id: cl.id, label: cl.label, reached: sf.length === 0, shortfalls: sf };
  });
}

/** A node of the trie of unconfirmed-value lists: the next node by the code of a value used, and the list at the end. */
interface TrieNode {
  readonly next: TrieNode[];
  list?: readonly UnconfirmedValue[];
}

/**
 * The lists of unconfirmed values that the evaluations of one compiled rule set rest on. The same combination of
 * values recurs across a file of assessments, so each list is built once and found again through a trie of the codes
 * of `usedCode` (a few array reads per evaluation, where building the list each time halved the speed of
 * scoring). The trie stops growing at 4,096 lists.
 *
 * @internal
 */
export interface UnconfirmedMemo {
  /** The plan's unconfirmed values (`plan.unconfirmed`), read on every evaluation. */
  readonly plan: UnconfirmedPlan;
  /** The indices of the uncertain indicators. */
  readonly uncertainAt: readonly number[];
  readonly root: TrieNode;
  /** How many lists the trie holds. */
  lists: number;
}

/** An empty memo of unconfirmed-value lists for a plan. @internal */
export function unconfirmedMemoFor(plan: ScoringPlan): UnconfirmedMemo {
  const uncertainAt = plan.unconfirmed.indicators.flatMap((u, i) => (u === undefined ? [] : [i]));
  return { plan: plan.unconfirmed, uncertainAt, root: { next: [] }, lists: 0 };
}

/**
 * Which value of uncertain indicator `i` the current assessment used: 0 none (no input), 1 its maximum, points or
 * zero-whole points, 2 + k its band k (below the first band, the first band decided).
 */
function usedCode(memo: UnconfirmedMemo, scratch: Scratch, i: number): number {
  const input = scratch.inputs[i];
  if (input === undefined) return 0;
  const u = memo.plan.indicators[i]!;
  const band = scratch.bands[i]!;
  if (u.bands.length === 0 || (band < 0 && (input as { whole?: unknown }).whole === 0)) return 1;
  return 2 + Math.max(band, 0);
}

/** The unconfirmed values the current evaluation rests on, built anew. */
function buildUnconfirmed(memo: UnconfirmedMemo, scratch: Scratch): readonly UnconfirmedValue[] {
  const { always, indicators: uncertainIndicators } = memo.plan;
  let out: UnconfirmedValue[] | undefined;
  for (const i of memo.uncertainAt) {
    const code = usedCode(memo, scratch, i);
    if (code === 0) continue;
    const u = uncertainIndicators[i]!;
    (out ??= always.slice()).push(code === 1 ? u.given : u.bands[code - 2]!);
  }
  return out ? Object.freeze(out) : always;
}

/** The unconfirmed values the current evaluation rests on, found again in the memo's trie or built and kept there. */
function unconfirmedNow(memo: UnconfirmedMemo, scratch: Scratch): readonly UnconfirmedValue[] {
  if (!memo.plan.anyIndicator) return memo.plan.always;
  const { uncertainAt } = memo;
  let node = memo.root;
  for (let k = 0; k < uncertainAt.length; k++) {
    const code = usedCode(memo, scratch, uncertainAt[k]!);
    let next = node.next[code];
    if (next === undefined) {
      if (memo.lists >= 4_096) return buildUnconfirmed(memo, scratch);
      next = { next: [] };
      node.next[code] = next;
    }
    node = next;
  }
  if (node.list === undefined) {
    node.list = buildUnconfirmed(memo, scratch);
    memo.lists += 1;
  }
  return node.list;
}

function shortfall(rule: PlannedRule, den: number, target: string | undefined, gotUnits: number, reqUnits: number, message: Label): Shortfall {
  const out: { -readonly [K in keyof Shortfall]: Shortfall[K] } = {
    rule: rule.id,
    kind: rule.kind,
    required: reqUnits / den,
    actual: gotUnits / den,
    message,
    source: rule.source,
  };
  if (target !== undefined) out.target = target;
  if (rule.uncertain) out.uncertain = true;
  return out;
}

function indicatorResult(ind: PlannedIndicator, points: number, input: unknown, band: number): IndicatorResult {
  if (ind.code === COUNT || ind.code === RATIO) {
    return input === undefined
      ? { id: ind.id, kind: ind.kind, label: ind.label, points, maxPoints: ind.maxPoints, band }
      : { id: ind.id, kind: ind.kind, label: ind.label, points, maxPoints: ind.maxPoints, input: input as number, band };
  }
  return input === undefined
    ? { id: ind.id, kind: ind.kind, label: ind.label, points, maxPoints: ind.maxPoints }
    : { id: ind.id, kind: ind.kind, label: ind.label, points, maxPoints: ind.maxPoints, input: input as number };
}

// Shared empty lists, frozen so that no caller can fill one for everybody.
const NO_CLASSES: ClassResult[] = Object.freeze([]) as unknown as ClassResult[];
const NO_SHORTFALLS: Shortfall[] = Object.freeze([]) as unknown as Shortfall[];
const NO_MISSING: string[] = Object.freeze([]) as unknown as string[];
