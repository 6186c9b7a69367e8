import type { Label } from '../../core/label/index.js';
import { LearningSocietyError, type Issue } from '../../core/errors/index.js';
import type { Criterion, Indicator, OutcomeClass, OutcomeRule, RuleSet } from '../rule-set/schema.js';
import type { UnconfirmedValue } from './types.js';
import { checkedRuleSet } from '../rule-set/validate.js';

/**
 * The unconfirmed values of a rule set, worked out once when it is compiled: those every verdict rests on (the
 * thresholds of recognition and of each class, which are always compared, and the structure of each criterion), and,
 * for each indicator marked uncertain, the value a given input uses (its maximum, its points when true, the band
 * reached, the points for a zero whole).
 *
 * @internal
 */
export interface UnconfirmedPlan {
  /** Values every evaluation rests on. */
  readonly always: readonly UnconfirmedValue[];
  /** Per indicator (by index), `undefined` when the indicator is confirmed. */
  readonly indicators: readonly (UnconfirmedIndicator | undefined)[];
  /** Whether any indicator is uncertain (when none, an evaluation's list is `always` itself). */
  readonly anyIndicator: boolean;
}

/** @internal */
export interface UnconfirmedIndicator {
  /** The value a given judged or boolean input uses, or the points of a ratio's zero whole. */
  readonly given: UnconfirmedValue;
  /** What strict mode lists: the maximum, the points, or the bands. */
  readonly declared: UnconfirmedValue;
  /** The band used, by index (count and ratio); below the first band, the first band decided. */
  readonly bands: readonly UnconfirmedValue[];
}

/** The question asked when the data gives none (a test requires every shipped uncertain value to have its own). */
function defaultQuestion(path: string, value: unknown): Label {
  const v = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return {
    vi: `Văn bản gốc có quy định ${path} = ${v} không? Nếu khác, giá trị đúng là bao nhiêu (ghi điều, khoản)?`,
    en: `Does the original text set ${path} = ${v}? If not, what value does it set (give the article)?`,
  };
}

function entry(path: string, value: unknown, ...questions: (Label | undefined)[]): UnconfirmedValue {
  const question = questions.find((q) => q !== undefined) ?? defaultQuestion(path, value);
  return Object.freeze({ path, value, question });
}

/** The value a rule compares, and the field that holds it. */
function ruleValue(r: OutcomeRule): [field: string, value: unknown] {
  switch (r.kind) {
    case 'min-total':
      return ['points', r.points];
    case 'min-criterion':
    case 'min-each-indicator':
      return r.points !== undefined ? ['points', r.points] : ['percent', r.percent];
    case 'min-each-criterion':
      return ['percent', r.percent];
    case 'mandatory-indicator':
      return ['points', r.points ?? 'max'];
    case 'class-reached':
      return ['class', r.class];
  }
}

function ruleEntries(rules: readonly OutcomeRule[], prefix: string, cl?: OutcomeClass): UnconfirmedValue[] {
  const out: UnconfirmedValue[] = [];
  for (const r of rules) {
    if (r.uncertain !== true) continue;
    const [field, value] = ruleValue(r);
    out.push(entry(`${prefix}.rules[${r.id}].${field}`, value, r.question, cl?.question));
  }
  // A class marked uncertain whose rules are not (some confirmed, others not yet written): the class itself.
  if (cl?.uncertain === true && out.length === 0) out.push(entry(prefix, cl.id, cl.question));
  return out;
}

function indicatorEntries(c: Criterion, ind: Indicator): UnconfirmedIndicator | undefined {
  if (ind.uncertain !== true) return undefined;
  const at = `criteria[${c.id}].indicators[${ind.id}]`;
  const q = ind.question;
  switch (ind.kind) {
    case 'judged': {
      const e = entry(`${at}.maxPoints`, ind.maxPoints, q);
      return { given: e, declared: e, bands: [] };
    }
    case 'boolean': {
      const e = entry(`${at}.points`, ind.points, q);
      return { given: e, declared: e, bands: [] };
    }
    case 'count': {
      const e = entry(`${at}.bands`, ind.bands, q);
      return { given: e, declared: e, bands: ind.bands.map((b, k) => entry(`${at}.bands[${k}]`, b, q)) };
    }
    case 'ratio': {
      const zero = ind.whenWholeIsZero ?? Math.max(...ind.bands.map((b) => b.points));
      return { given: entry(`${at}.whenWholeIsZero`, zero, q), declared: entry(`${at}.bands`, ind.bands, q), bands: ind.bands.map((b, k) => entry(`${at}.bands[${k}]`, b, q)) };
    }
  }
}

/**
 * Works out the unconfirmed values of a validated rule set.
 *
 * @internal
 */
export function planUnconfirmed(rs: RuleSet): UnconfirmedPlan {
  const always: UnconfirmedValue[] = [];
  for (const c of rs.criteria) if (c.uncertain === true) always.push(entry(`criteria[${c.id}]`, c.maxPoints ?? c.indicators.length, c.question));
  always.push(...ruleEntries(rs.outcome.rules, 'outcome'));
  for (const cl of rs.outcome.classes ?? []) always.push(...ruleEntries(cl.rules, `outcome.classes[${cl.id}]`, cl));
  const indicators = rs.criteria.flatMap((c) => c.indicators.map((ind) => indicatorEntries(c, ind)));
  return { always: Object.freeze(always), indicators, anyIndicator: indicators.some((i) => i !== undefined) };
}

/**
 * Every unconfirmed value a rule set's verdicts can rest on: the list {@link compileRuleSet} and {@link evaluate}
 * refuse under `strict: true`. Empty when every deciding value is confirmed.
 *
 * @example
 * ```ts
 * import { unconfirmedValues, getRuleSet } from 'vn-learning-society';
 * const open = unconfirmedValues(getRuleSet('learning-family-khvn-2015'));
 * open.some((v) => v.path === 'outcome.rules[min-total].points'); // true
 * open.find((v) => v.path === 'outcome.rules[min-total].points')?.value; // 80
 * ```
 */
export function unconfirmedValues(ruleSet: RuleSet): UnconfirmedValue[] {
  const plan = planUnconfirmed(checkedRuleSet(ruleSet));
  return declaredUnconfirmed(plan);
}

/**
 * Every unconfirmed value of a planned rule set, as strict mode lists them.
 *
 * @internal
 */
export function declaredUnconfirmed(plan: UnconfirmedPlan): UnconfirmedValue[] {
  return [...plan.always, ...plan.indicators.flatMap((i) => (i === undefined ? [] : [i.declared]))];
}

/**
 * The error of strict mode: the rule set's deciding values that are not confirmed, each with its question.
 *
 * @internal
 */
export function unconfirmedError(rs: RuleSet, values: readonly UnconfirmedValue[]): LearningSocietyError {
  const issues: Issue[] = values.map((v) => ({
    path: pathSegments(v.path),
    code: 'unconfirmed',
    message: { vi: `${v.path} = ${valueShown(v.value)} chưa được xác nhận: ${v.question.vi}`, en: `${v.path} = ${valueShown(v.value)} is not confirmed: ${v.question.en}` },
  }));
  return new LearningSocietyError(
    'unconfirmed_values',
    {
      vi: `Chế độ nghiêm ngặt: bộ tiêu chí ${rs.id} có ${values.length} giá trị quyết định kết quả chưa được xác nhận`,
      en: `Strict mode: rule set ${rs.id} has ${values.length} unconfirmed values that decide verdicts`,
    },
    issues,
  );
}

/** `criteria[a].indicators[a.b].maxPoints` → `['criteria', 'a', 'indicators', 'a.b', 'maxPoints']`, in one pass. */
function pathSegments(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inBracket = false;
  for (const ch of path) {
    if (!inBracket && (ch === '.' || ch === '[')) {
      if (cur !== '') out.push(cur);
      cur = '';
      inBracket = ch === '[';
    } else if (inBracket && ch === ']') {
      out.push(cur);
      cur = '';
      inBracket = false;
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}

function valueShown(v: unknown): string {
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
