import type { z } from 'zod';
import type { BilingualParams } from '../../core/errors/from-zod.js';
import { periodProblem } from '../../document/dated-entry/index.js';
import { criterionMaxPoints, indicatorMaxPoints, ruleSetMaxPoints, toUnits } from './points.js';
import type { RuleSet, OutcomeRule } from './schema.js';

type Ctx = z.core.$RefinementCtx<RuleSet>;
type Path = (string | number)[];

/**
 * The checks a shape cannot express: ids unique and referenced ids present, points on the allowed
 * fractions, printed maxima equal to the sums, thresholds reachable, bands ordered. Each problem is
 * reported with its path and a message in English and Vietnamese.
 */
export function checkRuleSetConsistency(rs: RuleSet, ctx: Ctx): void {
  const report = (path: Path, code: string, en: string, vi: string): void => {
    const params: BilingualParams = { vi, code };
    ctx.addIssue({ code: 'custom', path, message: en, params, input: rs });
  };
  const den = rs.pointDenominator ?? 1;
  const onGrid = (points: number, path: Path): void => {
    if (toUnits(points, den) === undefined) {
      report(path, 'off_grid', `${points} is not a multiple of 1/${den} point`, `${points} không phải bội của 1/${den} điểm`);
    }
  };

  const sourceIds = new Set<string>();
  rs.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) report(['sources', i, 'id'], 'duplicate_id', `duplicate source id "${s.id}"`, `trùng mã nguồn "${s.id}"`);
    sourceIds.add(s.id);
  });
  const checkRef = (ref: { ref: string } | undefined, path: Path): void => {
    if (ref && !sourceIds.has(ref.ref)) {
      report([...path, 'ref'], 'unknown_source', `no source with id "${ref.ref}"`, `không có nguồn với mã "${ref.ref}"`);
    }
  };

  const period = periodProblem(rs);
  if (period) report(period.path, period.code, period.en, period.vi);

  const nodeIds = new Map<string, 'criterion' | 'indicator'>();
  const indicatorMax = new Map<string, number>();
  const criterionMax = new Map<string, number>();
  rs.criteria.forEach((c, ci) => {
    const cPath: Path = ['criteria', ci];
    if (nodeIds.has(c.id)) report([...cPath, 'id'], 'duplicate_id', `duplicate id "${c.id}"`, `trùng mã "${c.id}"`);
    nodeIds.set(c.id, 'criterion');
    checkRef(c.source, [...cPath, 'source']);
    c.indicators.forEach((ind, ii) => {
      const iPath: Path = [...cPath, 'indicators', ii];
      if (nodeIds.has(ind.id)) report([...iPath, 'id'], 'duplicate_id', `duplicate id "${ind.id}"`, `trùng mã "${ind.id}"`);
      nodeIds.set(ind.id, 'indicator');
      checkRef(ind.source, [...iPath, 'source']);
      switch (ind.kind) {
        case 'judged': {
          onGrid(ind.maxPoints, [...iPath, 'maxPoints']);
          if (ind.step !== undefined) {
            onGrid(ind.step, [...iPath, 'step']);
            const stepUnits = toUnits(ind.step, den);
            const maxUnits = toUnits(ind.maxPoints, den);
            if (stepUnits && maxUnits !== undefined && maxUnits % stepUnits !== 0) {
              report([...iPath, 'maxPoints'], 'off_step', `maximum ${ind.maxPoints} is not a multiple of the step ${ind.step}`, `điểm tối đa ${ind.maxPoints} không phải bội của bước ${ind.step}`);
            }
          }
          break;
        }
        case 'boolean':
          onGrid(ind.points, [...iPath, 'points']);
          break;
        case 'count':
        case 'ratio': {
          const key = ind.kind === 'count' ? 'atLeast' : 'atLeastPercent';
          const froms = ind.kind === 'count' ? ind.bands.map((b) => b.atLeast) : ind.bands.map((b) => b.atLeastPercent);
          ind.bands.forEach((b, bi) => {
            onGrid(b.points, [...iPath, 'bands', bi, 'points']);
            if (bi === 0) return;
            if (froms[bi]! <= froms[bi - 1]!) {
              report([...iPath, 'bands', bi, key], 'bands_order', 'bands must be in strictly increasing order', 'các khoảng phải theo thứ tự tăng dần');
            }
            if (b.points < ind.bands[bi - 1]!.points) {
              report([...iPath, 'bands', bi, 'points'], 'bands_monotone', 'a higher band may not award fewer points (more is never worse)', 'khoảng cao hơn không được cho ít điểm hơn');
            }
          });
          if (ind.kind === 'count' && ind.rollup?.of !== undefined) {
            report([...iPath, 'rollup', 'of'], 'rollup_of', '"of" applies to ratio indicators only (a count counts the recognised)', '"of" chỉ dùng cho chỉ báo tỷ lệ (chỉ báo đếm đếm số được công nhận)');
          }
          if (ind.kind === 'ratio' && ind.whenWholeIsZero !== undefined) onGrid(ind.whenWholeIsZero, [...iPath, 'whenWholeIsZero']);
          break;
        }
      }
      indicatorMax.set(ind.id, indicatorMaxPoints(ind));
    });
    const max = criterionMaxPoints(c, den);
    criterionMax.set(c.id, max);
    if (c.maxPoints !== undefined && Number.isFinite(max) && c.maxPoints !== max) {
      report([...cPath, 'maxPoints'], 'max_mismatch', `criterion "${c.id}" states ${c.maxPoints} points but its indicators add up to ${max}`, `tiêu chí "${c.id}" ghi ${c.maxPoints} điểm nhưng các chỉ báo cộng lại là ${max}`);
    }
  });
  const total = ruleSetMaxPoints(rs);
  if (rs.maxTotal !== undefined && Number.isFinite(total) && rs.maxTotal !== total) {
    report(['maxTotal'], 'max_mismatch', `the rule set states ${rs.maxTotal} points but its criteria add up to ${total}`, `bộ tiêu chí ghi ${rs.maxTotal} điểm nhưng các tiêu chí cộng lại là ${total}`);
  }

  const NAMES = { criterion: { en: 'criterion', vi: 'tiêu chí' }, indicator: { en: 'indicator', vi: 'chỉ báo' } } as const;
  /** A rule about one criterion or indicator: it must exist, and its minimum must be reachable and on the grid. */
  const checkTarget = (path: Path, kind: 'criterion' | 'indicator', id: string, points: number | undefined, maxById: Map<string, number>): void => {
    const max = maxById.get(id);
    const name = NAMES[kind];
    if (nodeIds.get(id) !== kind || max === undefined) {
      report([...path, kind], `unknown_${kind}`, `no ${name.en} with id "${id}"`, `không có ${name.vi} với mã "${id}"`);
    } else if (points !== undefined && points > max) {
      report([...path, 'points'], 'unreachable', `needs ${points} points but ${name.en} "${id}" has at most ${max}`, `cần ${points} điểm nhưng ${name.vi} "${id}" tối đa ${max}`);
    }
    if (points !== undefined) onGrid(points, [...path, 'points']);
  };

  const ruleIds = new Set<string>();
  const classRefs: { path: Path; id: string; from?: string }[] = [];
  const checkRule = (rule: OutcomeRule, path: Path): void => {
    if (ruleIds.has(rule.id)) report([...path, 'id'], 'duplicate_id', `duplicate rule id "${rule.id}"`, `trùng mã quy tắc "${rule.id}"`);
    ruleIds.add(rule.id);
    checkRef(rule.source, [...path, 'source']);
    switch (rule.kind) {
      case 'min-total':
        onGrid(rule.points, [...path, 'points']);
        if (rule.points > total) report([...path, 'points'], 'unreachable', `needs ${rule.points} points but the maximum is ${total}`, `cần ${rule.points} điểm nhưng tối đa chỉ ${total}`);
        break;
      case 'min-criterion':
        checkTarget(path, 'criterion', rule.criterion, rule.points, criterionMax);
        if ((rule.points === undefined) === (rule.percent === undefined)) {
          report(path, 'points_or_percent', 'give exactly one of "points" and "percent"', 'cần đúng một trong hai: "points" hoặc "percent"');
        }
        break;
      case 'min-each-criterion':
        break;
      case 'mandatory-indicator':
        checkTarget(path, 'indicator', rule.indicator, rule.points, indicatorMax);
        break;
      case 'min-each-indicator':
        if ((rule.points === undefined) === (rule.percent === undefined)) {
          report(path, 'points_or_percent', 'give exactly one of "points" and "percent"', 'cần đúng một trong hai: "points" hoặc "percent"');
        }
        (rule.indicators ?? [...indicatorMax.keys()]).forEach((id, k) => {
          if (rule.indicators) checkTarget([...path, 'indicators', k], 'indicator', id, rule.points, indicatorMax);
          else checkTarget(path, 'indicator', id, rule.points, indicatorMax);
        });
        break;
      case 'class-reached':
        classRefs.push({ path: [...path, 'class'], id: rule.class });
        break;
    }
  };
  rs.outcome.rules.forEach((r, i) => checkRule(r, ['outcome', 'rules', i]));
  const classIds = new Set<string>();
  const classDeps = new Map<string, string[]>();
  rs.outcome.classes?.forEach((cl, i) => {
    if (classIds.has(cl.id)) report(['outcome', 'classes', i, 'id'], 'duplicate_id', `duplicate class id "${cl.id}"`, `trùng mã xếp loại "${cl.id}"`);
    classIds.add(cl.id);
    checkRef(cl.source, ['outcome', 'classes', i, 'source']);
    const before = classRefs.length;
    cl.rules.forEach((r, j) => checkRule(r, ['outcome', 'classes', i, 'rules', j]));
    classDeps.set(cl.id, classRefs.slice(before).map((c) => c.id));
    for (const ref of classRefs.slice(before)) ref.from = cl.id;
  });
  for (const ref of classRefs) {
    if (!classIds.has(ref.id)) report(ref.path, 'unknown_class', `no class with id "${ref.id}"`, `không có xếp loại với mã "${ref.id}"`);
  }
  // A class may not require itself, directly or through others.
  const reaches = (from: string, target: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === target) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(classDeps.get(id) ?? []));
    }
    return false;
  };
  for (const ref of classRefs) {
    if (ref.from !== undefined && classIds.has(ref.id) && reaches(ref.id, ref.from)) {
      report(ref.path, 'class_cycle', `class "${ref.from}" requires itself through "${ref.id}"`, `xếp loại "${ref.from}" tự yêu cầu chính nó qua "${ref.id}"`);
    }
  }
  rs.notes?.forEach((n, i) => {
    if (n.about !== undefined && !nodeIds.has(n.about) && !ruleIds.has(n.about) && !classIds.has(n.about)) {
      report(['notes', i, 'about'], 'unknown_id', `no criterion, indicator, rule or class with id "${n.about}"`, `không có tiêu chí, chỉ báo, quy tắc hay xếp loại với mã "${n.about}"`);
    }
  });
}
