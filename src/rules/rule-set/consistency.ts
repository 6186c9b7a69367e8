import { makeIssue, type Issue, type IssueCode, type IssueFieldsArg } from '../../core/errors/index.js';
import { closestName, didYouMean, MAX_SUGGESTIONS, unknownIdFields } from '../../core/suggest/index.js';
import { periodProblem } from '../../document/dated-entry/period.js';
import { criterionMaxPoints, indicatorMaxPoints, ruleSetMaxPoints, toUnits } from './points.js';
import type { Criterion, Indicator, OutcomeRule, RuleSet } from './shape.js';

type Path = (string | number)[];

/** What every check knows of the rule set: reporting, and the ids and maxima worked out once. */
interface Facts {
  readonly report: <C extends IssueCode>(path: Path, code: C, en: string, vi: string, ...fields: IssueFieldsArg<C>) => void;
  /** Points must be multiples of `1 / den`. */
  readonly den: number;
  readonly sourceIds: ReadonlySet<string>;
  /** Every criterion and indicator id, with which it is (the first one, when an id is used twice). */
  readonly nodeIds: ReadonlyMap<string, 'criterion' | 'indicator'>;
  readonly indicatorMax: ReadonlyMap<string, number>;
  readonly criterionMax: ReadonlyMap<string, number>;
  readonly total: number;
  readonly ruleIds: ReadonlySet<string>;
  readonly classIds: ReadonlySet<string>;
  /** Every criterion and every indicator, with its path. */
  readonly criteria: readonly { readonly node: Criterion; readonly path: Path }[];
  readonly indicators: readonly { readonly node: Indicator; readonly path: Path }[];
  /** Both, in reading order: a criterion, then its indicators. */
  readonly nodes: readonly { readonly node: Criterion | Indicator; readonly path: Path }[];
  /** Every rule of the rule set (of recognition, then of each class) with its path and class. */
  readonly rules: readonly { readonly rule: OutcomeRule; readonly path: Path; readonly inClass?: string }[];
}

/** One invariant of a rule set that its shape cannot express. */
type Check = (rs: RuleSet, facts: Facts) => void;

/**
 * The checks a shape cannot express, one named check per invariant (each function's name says which), run in this
 * order; each problem is reported with its path and a message in English and Vietnamese.
 */
export const RULE_SET_CHECKS: readonly Check[] = [
  uniqueSourceIds,
  periodInOrder,
  uniqueNodeIds,
  sourceReferencesExist,
  pointsOnGrid,
  maximumOnStep,
  bandsInOrder,
  rollupOfOnRatios,
  statedMaximaAddUp,
  uniqueRuleAndClassIds,
  ruleTargetsReachable,
  pointsOrPercent,
  classesWellFounded,
  notesAboutSomething,
  confirmedValuesCertain,
];

/**
 * Every check of {@link RULE_SET_CHECKS} on a rule set whose shape is valid, as a list of issues: what `parseRuleSet`
 * and `compileRuleSet` report after the shape (validate.ts), and what `ruleSetSchema` adds through `refineWith`.
 *
 * @internal
 */
export function ruleSetConsistencyIssues(rs: RuleSet): Issue[] {
  const issues: Issue[] = [];
  const report = <C extends IssueCode>(path: Path, code: C, en: string, vi: string, ...fields: IssueFieldsArg<C>): void => {
    issues.push(makeIssue(path, code, { vi, en }, ...fields));
  };
  const facts = factsOf(rs, report);
  for (const check of RULE_SET_CHECKS) check(rs, facts);
  return issues;
}


function factsOf(rs: RuleSet, report: Facts['report']): Facts {
  const den = rs.pointDenominator ?? 1;
  const rules: { rule: OutcomeRule; path: Path; inClass?: string }[] = rs.outcome.rules.map((rule, i) => ({ rule, path: ['outcome', 'rules', i] }));
  rs.outcome.classes?.forEach((cl, i) => cl.rules.forEach((rule, j) => rules.push({ rule, path: ['outcome', 'classes', i, 'rules', j], inClass: cl.id })));
  const criteria = rs.criteria.map((node, ci) => ({ node, path: ['criteria', ci] as Path }));
  const ofCriterion = criteria.map(({ node, path }) => node.indicators.map((ind, ii) => ({ node: ind, path: [...path, 'indicators', ii] })));
  const indicators = ofCriterion.flat();
  const nodes = criteria.flatMap((c, ci) => [c, ...ofCriterion[ci]!]);
  const nodeIds = new Map<string, 'criterion' | 'indicator'>();
  for (const { node, path } of nodes) if (!nodeIds.has(node.id)) nodeIds.set(node.id, path.length === 2 ? 'criterion' : 'indicator');
  const criterionMax = new Map(criteria.map(({ node }) => [node.id, criterionMaxPoints(node, den)]));
  const indicatorMax = new Map(indicators.map(({ node }) => [node.id, indicatorMaxPoints(node)]));
  return {
    report,
    den,
    criteria,
    indicators,
    nodes,
    sourceIds: new Set(rs.sources.map((s) => s.id)),
    nodeIds,
    indicatorMax,
    criterionMax,
    total: ruleSetMaxPoints(rs),
    ruleIds: new Set(rules.map((r) => r.rule.id)),
    classIds: new Set((rs.outcome.classes ?? []).map((c) => c.id)),
    rules,
  };
}

/** Calls `report` on each item whose key an earlier item has, with the index of that first one. */
function duplicates<T>(items: readonly T[], key: (item: T) => string, report: (item: T, index: number, id: string, first: T) => void): void {
  const seen = new Map<string, T>();
  items.forEach((item, i) => {
    const id = key(item);
    const first = seen.get(id);
    if (first !== undefined) report(item, i, id, first);
    else seen.set(id, item);
  });
}

function uniqueSourceIds(rs: RuleSet, { report }: Facts): void {
  const sources = rs.sources.map((s, i) => ({ id: s.id, i }));
  duplicates(sources, (s) => s.id, (_, i, id, first) => report(['sources', i, 'id'], 'duplicate_id', `duplicate source id "${id}"`, `trùng mã nguồn "${id}"`, { id, first: ['sources', first.i, 'id'] }));
}

function periodInOrder(rs: RuleSet, { report }: Facts): void {
  const period = periodProblem(rs);
  if (period) report(period.path, period.code, period.en, period.vi);
}

function uniqueNodeIds(_rs: RuleSet, { report, nodes }: Facts): void {
  duplicates(nodes, (n) => n.node.id, (n, _, id, first) => report([...n.path, 'id'], 'duplicate_id', `duplicate id "${id}"`, `trùng mã "${id}"`, { id, first: [...first.path, 'id'] }));
}

function sourceReferencesExist(rs: RuleSet, { report, sourceIds, nodes, rules }: Facts): void {
  const check = (ref: { ref: string } | undefined, path: Path): void => {
    if (ref && !sourceIds.has(ref.ref)) report([...path, 'source', 'ref'], 'unknown_source', `no source with id "${ref.ref}"`, `không có nguồn với mã "${ref.ref}"`, { id: ref.ref });
  };
  for (const { node, path } of nodes) {
    check(node.source, path);
    check(node.confirmed, [...path, 'confirmed']);
  }
  for (const { rule, path } of rules) {
    check(rule.source, path);
    check(rule.confirmed, [...path, 'confirmed']);
  }
  rs.outcome.classes?.forEach((cl, i) => {
    check(cl.source, ['outcome', 'classes', i]);
    check(cl.confirmed, ['outcome', 'classes', i, 'confirmed']);
  });
}

function pointsOnGrid(_rs: RuleSet, { report, den, indicators, rules }: Facts): void {
  const onGrid = (points: number | undefined, path: Path): void => {
    if (points !== undefined && toUnits(points, den) === undefined) {
      report(path, 'off_grid', `${points} is not a multiple of 1/${den} point`, `${points} không phải bội của 1/${den} điểm`);
    }
  };
  for (const { node: ind, path } of indicators) {
    if (ind.kind === 'judged') {
      onGrid(ind.maxPoints, [...path, 'maxPoints']);
      onGrid(ind.step, [...path, 'step']);
    } else if (ind.kind === 'boolean') {
      onGrid(ind.points, [...path, 'points']);
    } else {
      ind.bands.forEach((b, bi) => onGrid(b.points, [...path, 'bands', bi, 'points']));
      if (ind.kind === 'ratio') onGrid(ind.whenWholeIsZero, [...path, 'whenWholeIsZero']);
    }
  }
  for (const { rule, path } of rules) if ('points' in rule) onGrid(rule.points, [...path, 'points']);
}

function maximumOnStep(_rs: RuleSet, { report, den, indicators }: Facts): void {
  for (const { node: ind, path } of indicators) {
    if (ind.kind !== 'judged' || ind.step === undefined) continue;
    const stepUnits = toUnits(ind.step, den);
    const maxUnits = toUnits(ind.maxPoints, den);
    if (stepUnits && maxUnits !== undefined && maxUnits % stepUnits !== 0) {
      report([...path, 'maxPoints'], 'off_step', `maximum ${ind.maxPoints} is not a multiple of the step ${ind.step}`, `điểm tối đa ${ind.maxPoints} không phải bội của bước ${ind.step}`, { step: ind.step });
    }
  }
}

function bandsInOrder(_rs: RuleSet, { report, indicators }: Facts): void {
  for (const { node: ind, path } of indicators) {
    if (ind.kind !== 'count' && ind.kind !== 'ratio') continue;
    const key = ind.kind === 'count' ? 'atLeast' : 'atLeastPercent';
    const from = (b: (typeof ind.bands)[number]): number => ('atLeast' in b ? b.atLeast : b.atLeastPercent);
    ind.bands.forEach((b, bi) => {
      const before = ind.bands[bi - 1];
      if (before === undefined) return;
      if (from(b) <= from(before)) report([...path, 'bands', bi, key], 'bands_order', 'bands must be in strictly increasing order', 'các khoảng phải theo thứ tự tăng dần');
      if (b.points < before.points) {
        report([...path, 'bands', bi, 'points'], 'bands_monotone', 'a higher band may not award fewer points (more is never worse)', 'khoảng cao hơn không được cho ít điểm hơn');
      }
    });
  }
}

function rollupOfOnRatios(_rs: RuleSet, { report, indicators }: Facts): void {
  for (const { node: ind, path } of indicators) {
    if (ind.kind === 'count' && ind.rollup?.of !== undefined) {
      report([...path, 'rollup', 'of'], 'rollup_of', '"of" applies to ratio indicators only (a count counts the recognised)', '"of" chỉ dùng cho chỉ báo tỷ lệ (chỉ báo đếm đếm số được công nhận)');
    }
  }
}

function statedMaximaAddUp(rs: RuleSet, { report, criterionMax, total, criteria }: Facts): void {
  for (const { node: c, path } of criteria) {
    const max = criterionMax.get(c.id)!;
    if (c.maxPoints !== undefined && Number.isFinite(max) && c.maxPoints !== max) {
      report([...path, 'maxPoints'], 'max_mismatch', `criterion "${c.id}" states ${c.maxPoints} points but its indicators add up to ${max}`, `tiêu chí "${c.id}" ghi ${c.maxPoints} điểm nhưng các chỉ báo cộng lại là ${max}`);
    }
  }
  if (rs.maxTotal !== undefined && Number.isFinite(total) && rs.maxTotal !== total) {
    report(['maxTotal'], 'max_mismatch', `the rule set states ${rs.maxTotal} points but its criteria add up to ${total}`, `bộ tiêu chí ghi ${rs.maxTotal} điểm nhưng các tiêu chí cộng lại là ${total}`);
  }
}

function uniqueRuleAndClassIds(rs: RuleSet, { report, rules }: Facts): void {
  duplicates(rules, (r) => r.rule.id, (r, _, id, first) => report([...r.path, 'id'], 'duplicate_id', `duplicate rule id "${id}"`, `trùng mã quy tắc "${id}"`, { id, first: [...first.path, 'id'] }));
  const classes = (rs.outcome.classes ?? []).map((c, i) => ({ id: c.id, i }));
  duplicates(classes, (c) => c.id, (_, i, id, first) => report(['outcome', 'classes', i, 'id'], 'duplicate_id', `duplicate class id "${id}"`, `trùng mã xếp loại "${id}"`, { id, first: ['outcome', 'classes', first.i, 'id'] }));
}

const NAMES = { criterion: { en: 'criterion', vi: 'tiêu chí' }, indicator: { en: 'indicator', vi: 'chỉ báo' } } as const;

/**
 * The id of a criterion or indicator the rule set has that is nearest one it lacks, for the first `MAX_SUGGESTIONS`
 * ids it lacks: the lists of ids are made once, on the first.
 */
function suggester(nodeIds: ReadonlyMap<string, 'criterion' | 'indicator'>): (id: string, kind: 'criterion' | 'indicator') => string | undefined {
  let lists: Record<'criterion' | 'indicator', string[]> | undefined;
  let asked = 0;
  return (id, kind) => {
    if (++asked > MAX_SUGGESTIONS) return undefined;
    if (lists === undefined) {
      lists = { criterion: [], indicator: [] };
      for (const [known, k] of nodeIds) lists[k].push(known);
    }
    return closestName(id, lists[kind]);
  };
}

function ruleTargetsReachable(_rs: RuleSet, facts: Facts): void {
  const { report, nodeIds, criterionMax, indicatorMax, total } = facts;
  const nearest = suggester(nodeIds);
  /** A rule about one criterion or indicator: it must exist, and its minimum must be reachable. */
  const target = (path: Path, kind: 'criterion' | 'indicator', id: string, points: number | undefined): void => {
    const max = (kind === 'criterion' ? criterionMax : indicatorMax).get(id);
    const name = NAMES[kind];
    if (nodeIds.get(id) !== kind || max === undefined) {
      const suggestion = nearest(id, kind);
      const hint = didYouMean(suggestion);
      report([...path, kind], kind === 'criterion' ? 'unknown_criterion' : 'unknown_indicator', `no ${name.en} with id "${id}"${hint.en}`, `không có ${name.vi} với mã "${id}"${hint.vi}`, unknownIdFields(id, suggestion));
    } else if (points !== undefined && points > max) {
      report([...path, 'points'], 'unreachable', `needs ${points} points but ${name.en} "${id}" has at most ${max}`, `cần ${points} điểm nhưng ${name.vi} "${id}" tối đa ${max}`);
    }
  };
  for (const { rule, path } of facts.rules) {
    switch (rule.kind) {
      case 'min-total':
        if (rule.points > total) report([...path, 'points'], 'unreachable', `needs ${rule.points} points but the maximum is ${total}`, `cần ${rule.points} điểm nhưng tối đa chỉ ${total}`);
        break;
      case 'min-criterion':
        target(path, 'criterion', rule.criterion, rule.points);
        break;
      case 'mandatory-indicator':
        target(path, 'indicator', rule.indicator, rule.points);
        break;
      case 'min-each-indicator':
        if (rule.indicators) rule.indicators.forEach((id, k) => target([...path, 'indicators', k], 'indicator', id, rule.points));
        else for (const id of indicatorMax.keys()) target(path, 'indicator', id, rule.points);
        break;
      default:
        break;
    }
  }
}

function pointsOrPercent(_rs: RuleSet, { report, rules }: Facts): void {
  for (const { rule, path } of rules) {
    if ((rule.kind === 'min-criterion' || rule.kind === 'min-each-indicator') && (rule.points === undefined) === (rule.percent === undefined)) {
      report(path, 'points_or_percent', 'give exactly one of "points" and "percent"', 'cần đúng một trong hai: "points" hoặc "percent"');
    }
  }
}

function classesWellFounded(_rs: RuleSet, { report, rules, classIds }: Facts): void {
  const refs = rules.flatMap(({ rule, path, inClass }) => (rule.kind === 'class-reached' ? [{ path: [...path, 'class'], id: rule.class, inClass }] : []));
  for (const ref of refs) {
    if (!classIds.has(ref.id)) report(ref.path, 'unknown_class', `no class with id "${ref.id}"`, `không có xếp loại với mã "${ref.id}"`);
  }
  // A class may not require itself, directly or through others.
  const requires = new Map<string, string[]>();
  for (const ref of refs) if (ref.inClass !== undefined) requires.set(ref.inClass, [...(requires.get(ref.inClass) ?? []), ref.id]);
  const reaches = (from: string, target: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === target) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(requires.get(id) ?? []));
    }
    return false;
  };
  for (const ref of refs) {
    if (ref.inClass !== undefined && classIds.has(ref.id) && reaches(ref.id, ref.inClass)) {
      report(ref.path, 'class_cycle', `class "${ref.inClass}" requires itself through "${ref.id}"`, `xếp loại "${ref.inClass}" tự yêu cầu chính nó qua "${ref.id}"`);
    }
  }
}

function notesAboutSomething(rs: RuleSet, { report, nodeIds, ruleIds, classIds }: Facts): void {
  rs.notes?.forEach((n, i) => {
    if (n.about !== undefined && !nodeIds.has(n.about) && !ruleIds.has(n.about) && !classIds.has(n.about)) {
      report(['notes', i, 'about'], 'unknown_id', `no criterion, indicator, rule or class with id "${n.about}"`, `không có tiêu chí, chỉ báo, quy tắc hay xếp loại với mã "${n.about}"`, { id: n.about });
    }
  });
}

/** A value is either confirmed (with where from) or uncertain, never both. */
function confirmedValuesCertain(rs: RuleSet, { report, nodes, rules }: Facts): void {
  const check = (el: { readonly uncertain?: boolean; readonly confirmed?: unknown }, path: Path): void => {
    if (el.uncertain === true && el.confirmed !== undefined) {
      report([...path, 'uncertain'], 'confirmed_uncertain', 'a confirmed value cannot also be marked uncertain', 'giá trị đã xác nhận thì không còn đánh dấu chưa chắc chắn');
    }
  };
  for (const { node, path } of nodes) check(node, path);
  for (const { rule, path } of rules) check(rule, path);
  rs.outcome.classes?.forEach((cl, i) => check(cl, ['outcome', 'classes', i]));
}
