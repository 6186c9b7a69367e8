import { LearningSocietyError, makeIssue, type Issue, type IssueCode, type IssueFieldsArg } from '../../core/errors/index.js';
import { closestName, MAX_SUGGESTIONS, unknownIdFields } from '../../core/suggest/index.js';
import type { Label } from '../../core/label/index.js';
import { toUnits } from '../rule-set/points.js';
import type { RatioFact } from '../assessment/types.js';
import { ASSESSMENT_MESSAGES as M } from './messages.js';
import type { PlannedIndicator, ScoringPlan } from './plan.js';
import type { Shortfall } from './types.js';

// Indicator kinds, as planScoring numbers them (constants of this module, so that the hot loop reads no import).
const JUDGED = 0;
const BOOLEAN = 1;
const COUNT = 2;
const RATIO = 3;

/**
 * The working space of one compiled rule set, reused by every assessment it scores (evaluation is synchronous and
 * copies what it keeps into the result): per indicator its units, band and input, per criterion its units, per class
 * its shortfalls once worked out, and the assessment's id and missing indicators.
 *
 * @internal
 */
export interface Scratch {
  readonly indUnits: Float64Array;
  readonly critUnits: Float64Array;
  readonly bands: Int32Array;
  readonly inputs: unknown[];
  readonly classMemo: (Shortfall[] | undefined)[];
  id: string | undefined;
  missing: string[] | undefined;
}

/** A fresh working space for a plan. @internal */
export function scratchFor(plan: ScoringPlan): Scratch {
  const nInd = plan.indicators.length;
  return {
    indUnits: new Float64Array(nInd),
    critUnits: new Float64Array(plan.criterionMaxUnits.length),
    bands: new Int32Array(nInd),
    inputs: new Array<unknown>(nInd),
    classMemo: new Array<Shortfall[] | undefined>(plan.classes.length),
    id: undefined,
    missing: undefined,
  };
}

/**
 * The second step of scoring: reads an assessment into the working space, indicator by indicator (its units of
 * points, the band reached, the input given), and refuses it with every problem at once: an unknown field or
 * indicator, a fact under points or points under facts, points above the maximum or off the step, a count that is not
 * a whole number, a ratio whose part exceeds its whole, and (with `requireAll`) anything missing. The parts, each a
 * function of this module: `unknownFieldIssues` (the assessment's own fields), `keyIssues` (the ids under
 * `points` and `facts`), then `readIndicators`, which reads each indicator by its kind.
 *
 * @throws {@link LearningSocietyError} `invalid_assessment`.
 * @internal
 */
export function checkAssessment(plan: ScoringPlan, scratch: Scratch, requireAll: boolean, assessment: unknown): void {
  if (typeof assessment !== 'object' || assessment === null || Array.isArray(assessment)) {
    throw invalidAssessment(plan, [{ path: [], code: 'not_object', message: M.notObject }]);
  }
  const a = assessment as Record<string, unknown>;
  let issues = unknownFieldIssues(a);
  const id = a.id;
  if (id !== undefined && typeof id !== 'string') issues = addIssue(issues, ['id'], 'invalid_type', M.idNotString);
  let points = a.points as Record<string, unknown> | undefined;
  let facts = a.facts as Record<string, unknown> | undefined;
  if (points !== undefined && (typeof points !== 'object' || points === null || Array.isArray(points))) {
    issues = addIssue(issues, ['points'], 'invalid_type', M.bucketNotObject('points'));
    points = undefined;
  }
  if (facts !== undefined && (typeof facts !== 'object' || facts === null || Array.isArray(facts))) {
    issues = addIssue(issues, ['facts'], 'invalid_type', M.bucketNotObject('facts'));
    facts = undefined;
  }
  issues = keyIssues(plan, points, facts, issues);
  issues = readIndicators(plan, scratch, points, facts, requireAll, issues);
  if (issues !== undefined) throw invalidAssessment(plan, issues);
  scratch.id = typeof id === 'string' ? id : undefined;
}

/** The fields of an assessment other than `id`, `points` and `facts`, each an issue. */
function unknownFieldIssues(a: Record<string, unknown>): Issue[] | undefined {
  let issues: Issue[] | undefined;
  for (const k in a) {
    if (k !== 'points' && k !== 'facts' && k !== 'id') issues = addIssue(issues, [k], 'unknown_key', M.unknownKey(k));
  }
  return issues;
}

/** The problems of the ids under `points` and `facts`: an id the rule set lacks, an indicator in the wrong section. */
function keyIssues(plan: ScoringPlan, points: Record<string, unknown> | undefined, facts: Record<string, unknown> | undefined, issues: Issue[] | undefined): Issue[] | undefined {
  const { indicators, indexOf } = plan;
  if (points !== undefined) {
    for (const k in points) {
      const i = indexOf[k];
      if (i === undefined) issues = unknownIndicator(plan, 'points', k, issues);
      else if (indicators[i]!.code !== JUDGED) issues = addIssue(issues, ['points', k], 'wrong_section', M.factUnderPoints(k), k);
    }
  }
  if (facts !== undefined) {
    for (const k in facts) {
      const i = indexOf[k];
      if (i === undefined) issues = unknownIndicator(plan, 'facts', k, issues);
      else if (indicators[i]!.code === JUDGED) issues = addIssue(issues, ['facts', k], 'wrong_section', M.judgedUnderFacts(k), k);
    }
  }
  return issues;
}

/**
 * Reads every indicator of the plan from its section into the working space (its input, units and band), and notes in
 * it the indicators the assessment gives nothing for. Returns the problems found, added to `issues`.
 */
function readIndicators(
  plan: ScoringPlan,
  scratch: Scratch,
  points: Record<string, unknown> | undefined,
  facts: Record<string, unknown> | undefined,
  requireAll: boolean,
  issues: Issue[] | undefined,
): Issue[] | undefined {
  const { indicators, denominator: den } = plan;
  const { indUnits, bands, inputs } = scratch;
  let missing: string[] | undefined;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i]!;
    const raw = ind.code === JUDGED ? points?.[ind.id] : facts?.[ind.id];
    inputs[i] = raw;
    indUnits[i] = 0;
    bands[i] = -1;
    if (raw === undefined) {
      (missing ??= []).push(ind.id);
      if (requireAll) issues = addIssue(issues, [ind.code === JUDGED ? 'points' : 'facts', ind.id], 'missing', M.missing(ind.id), ind.id);
      continue;
    }
    switch (ind.code) {
      case JUDGED:
        issues = readPoints(ind, i, raw, den, indUnits, issues);
        break;
      case BOOLEAN:
        if (typeof raw !== 'boolean') issues = addIssue(issues, ['facts', ind.id], 'invalid_type', M.notBoolean, ind.id);
        else if (raw) indUnits[i] = ind.trueUnits;
        break;
      case COUNT:
        issues = readCount(ind, i, raw, scratch, issues);
        break;
      case RATIO:
        issues = readRatio(ind, i, raw, scratch, issues);
        break;
    }
  }
  scratch.missing = missing;
  return issues;
}

/** A judged indicator's points: a finite number, not negative, on the step and at most the maximum. */
function readPoints(ind: PlannedIndicator, i: number, raw: unknown, den: number, indUnits: Float64Array, issues: Issue[] | undefined): Issue[] | undefined {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return addIssue(issues, ['points', ind.id], 'invalid_type', M.notNumber, ind.id);
  }
  if (raw < 0) return addIssue(issues, ['points', ind.id], 'negative', M.negative, ind.id);
  const scaled = raw * den;
  const u = scaled === Math.floor(scaled) ? scaled : toUnits(raw, den);
  if (u === undefined || u % ind.stepUnits !== 0) return addIssue(issues, ['points', ind.id], 'off_step', M.offStep(raw, ind.step), ind.id, { step: ind.step });
  if (u > ind.maxUnits) return addIssue(issues, ['points', ind.id], 'above_max', M.aboveMax(raw, ind.maxPoints), ind.id, { maximum: ind.maxPoints });
  indUnits[i] = u;
  return issues;
}

/** A count indicator's fact: a safe whole number, not negative; the highest band it reaches. */
function readCount(ind: PlannedIndicator, i: number, raw: unknown, scratch: Scratch, issues: Issue[] | undefined): Issue[] | undefined {
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) {
    return addIssue(issues, ['facts', ind.id], typeof raw === 'number' && raw < 0 ? 'negative' : 'invalid_type', M.notCount, ind.id);
  }
  let b = -1;
  for (let k = 0; k < ind.bandFrom.length && raw >= ind.bandFrom[k]!; k++) b = k;
  scratch.bands[i] = b;
  if (b >= 0) scratch.indUnits[i] = ind.bandUnits[b]!;
  return issues;
}

/** A ratio indicator's fact: `{ part, whole }` of safe whole numbers, part at most whole; the highest band it reaches. */
function readRatio(ind: PlannedIndicator, i: number, raw: unknown, scratch: Scratch, issues: Issue[] | undefined): Issue[] | undefined {
  const problem = ratioProblem(raw);
  if (problem !== undefined) {
    return addIssue(issues, problem === 'part_above_whole' ? ['facts', ind.id, 'part'] : ['facts', ind.id], problem,
      problem === 'part_above_whole' ? M.partAboveWhole((raw as RatioFact).part, (raw as RatioFact).whole) : M.notRatio, ind.id);
  }
  const { part, whole } = raw as RatioFact;
  if (whole === 0) {
    scratch.indUnits[i] = ind.zeroUnits;
    return issues;
  }
  let b = -1;
  for (let k = 0; k < ind.bandFrom.length && ratioAtLeast(part, whole, ind.bandFrom[k]!, ind.bandDen[k]!, ind.bandExact[k]!); k++) b = k;
  scratch.bands[i] = b;
  if (b >= 0) scratch.indUnits[i] = ind.bandUnits[b]!;
  return issues;
}

function invalidAssessment(plan: ScoringPlan, issues: Issue[]): LearningSocietyError {
  const id = plan.ruleSet.id;
  return new LearningSocietyError(
    'invalid_assessment',
    { vi: `Phiếu đánh giá không hợp lệ theo bộ tiêu chí ${id}`, en: `The assessment does not fit rule set ${id}` },
    issues,
  );
}

function addIssue<C extends IssueCode>(issues: Issue[] | undefined, path: (string | number)[], code: C, message: Label, rule?: string, ...fields: IssueFieldsArg<C>): Issue[] {
  const list = issues ?? [];
  const issue = makeIssue(path, code, message, ...fields);
  list.push(rule === undefined ? issue : { ...issue, rule });
  return list;
}

/**
 * The issue of an id under `points` or `facts` that the rule set lacks, with the nearest id of that section (a judged
 * indicator under `points`, another under `facts`), if one is near and the assessment does not yet have
 * `MAX_SUGGESTIONS` issues.
 */
function unknownIndicator(plan: ScoringPlan, section: 'points' | 'facts', k: string, issues: Issue[] | undefined): Issue[] {
  let suggestion: string | undefined;
  if ((issues?.length ?? 0) < MAX_SUGGESTIONS) {
    const judged = section === 'points';
    const ids: string[] = [];
    for (const ind of plan.indicators) if ((ind.code === JUDGED) === judged) ids.push(ind.id);
    suggestion = closestName(k, ids);
  }
  return addIssue(issues, [section, k], 'unknown_indicator', M.unknownIndicator(k, plan.ruleSet.id, suggestion), k, unknownIdFields(k, suggestion));
}

/** Why a value is not a valid ratio fact, or `undefined` when it is one. */
function ratioProblem(raw: unknown): 'invalid_type' | 'negative' | 'part_above_whole' | undefined {
  if (typeof raw !== 'object' || raw === null) return 'invalid_type';
  let keys = 0;
  for (const _ in raw) keys++;
  const { part, whole } = raw as { part?: unknown; whole?: unknown };
  if (keys !== 2 || typeof part !== 'number' || typeof whole !== 'number' || !Number.isSafeInteger(part) || !Number.isSafeInteger(whole)) {
    return 'invalid_type';
  }
  if (part < 0 || whole < 0) return 'negative';
  if (part > whole) return 'part_above_whole';
  return undefined;
}

/**
 * Exact test of `part / whole >= num / den %`, i.e. `part * 100 * den >= num * whole`, in numbers while the
 * products are safe integers and in BigInt beyond that, with the band's exact fraction.
 */
function ratioAtLeast(part: number, whole: number, num: number, den: number, exact: readonly [bigint, bigint]): boolean {
  const lhs = part * 100 * den;
  const rhs = num * whole;
  if (lhs <= Number.MAX_SAFE_INTEGER && rhs <= Number.MAX_SAFE_INTEGER) return lhs >= rhs;
  return BigInt(part) * 100n * exact[1] >= exact[0] * BigInt(whole);
}
