import { ceilShare, compileRuleSet, indicatorMaxPoints, type Indicator, type OutcomeRule, type RuleSet } from 'vn-learning-society';
import { quoteIdent, sqlError } from './dialect.js';

/** The decimals of a judged column: enough for any point a rule set with `pointDenominator` up to 64 allows. */
export const JUDGED_SCALE = 6;

/** One column of the assessment table, in order. @internal */
export interface SqlColumn {
  /** The column's name as the table has it: the indicator's id, or `<id>.part` / `<id>.whole` for a ratio. */
  readonly name: string;
  readonly quoted: string;
  readonly indicator: string;
  readonly kind: 'id' | 'judged' | 'boolean' | 'count' | 'ratio-part' | 'ratio-whole';
}

/** An indicator worked out for SQL: integers of `1 / denominator` point, as the library scores. @internal */
export interface SqlIndicator {
  readonly indicator: Indicator;
  readonly criterion: number;
  readonly maxUnits: number;
  readonly uncertain: boolean;
  /** The quoted column(s) it reads. */
  readonly columns: readonly string[];
}

/** A rule item: what must hold (SQL over the scored CTE's columns) and its name among the failed rules. @internal */
export interface RuleItem {
  readonly holds: string;
  readonly failed: string;
}

/** A validated rule set worked out for SQL. @internal */
export interface SqlPlan {
  readonly ruleSet: RuleSet;
  readonly denominator: number;
  readonly columns: readonly SqlColumn[];
  readonly indicators: readonly SqlIndicator[];
  readonly criterionIndicators: readonly (readonly number[])[];
  readonly criterionMaxUnits: readonly number[];
  /** Whether every verdict rests on an unconfirmed value (a rule, class or criterion marked uncertain). */
  readonly alwaysProvisional: boolean;
  readonly recognition: readonly RuleItem[];
  readonly classes: readonly { readonly id: string; readonly items: readonly RuleItem[] }[];
}


/** Whether `den` divides 10^JUDGED_SCALE, so that every allowed point has an exact decimal of that many places. */
function decimalDenominator(den: number): boolean {
  return 10 ** JUDGED_SCALE % den === 0;
}

/**
 * The table's columns (`id`, then one per indicator, two for a ratio: `<id>.part`, `<id>.whole`), each indicator with
 * its criterion, maximum in point units and columns, and each criterion's indicators and maximum.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `sql_unsupported` for two columns of one name.
 */
function indicatorLayout(
  rs: RuleSet,
  units: (p: number) => number,
): { columns: SqlColumn[]; indicators: SqlIndicator[]; indexOf: Map<string, number>; criterionIndicators: number[][]; criterionMaxUnits: number[] } {
  const columns: SqlColumn[] = [{ name: 'id', quoted: '"id"', indicator: '', kind: 'id' }];
  const seen = new Set<string>(['id']);
  const column = (name: string, indicator: string, kind: SqlColumn['kind'], path: (string | number)[]): string => {
    const quoted = quoteIdent(name, path);
    if (seen.has(name)) {
      throw sqlError('sql_unsupported', path, {
        vi: `hai cột cùng tên "${name}" (chỉ báo tỷ lệ có cột <mã>.part và <mã>.whole; cột đầu là id)`,
        en: `two columns named "${name}" (a ratio indicator has columns <id>.part and <id>.whole; the first column is id)`,
      });
    }
    seen.add(name);
    columns.push({ name, quoted, indicator, kind });
    return quoted;
  };
  const indicators: SqlIndicator[] = [];
  const indexOf = new Map<string, number>();
  const criterionIndicators: number[][] = [];
  const criterionMaxUnits: number[] = [];
  rs.criteria.forEach((c, ci) => {
    const mine: number[] = [];
    let sum = 0;
    c.indicators.forEach((ind, ii) => {
      const path = ['criteria', ci, 'indicators', ii, 'id'];
      const cols =
        ind.kind === 'ratio'
          ? [column(`${ind.id}.part`, ind.id, 'ratio-part', path), column(`${ind.id}.whole`, ind.id, 'ratio-whole', path)]
          : [column(ind.id, ind.id, ind.kind, path)];
      const maxUnits = units(indicatorMaxPoints(ind));
      indexOf.set(ind.id, indicators.length);
      mine.push(indicators.length);
      indicators.push({ indicator: ind, criterion: ci, maxUnits, uncertain: ind.uncertain === true, columns: cols });
      sum += maxUnits;
    });
    criterionIndicators.push(mine);
    criterionMaxUnits.push(sum);
  });
  return { columns, indicators, indexOf, criterionIndicators, criterionMaxUnits };
}

const plans = new WeakMap<RuleSet, SqlPlan>();

/**
 * Validates a rule set (as `compileRuleSet` does) and works it out for SQL, once per rule set object.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_rule_set`, or `sql_unsupported` naming what SQL cannot hold.
 * @internal
 */
export function sqlPlan(ruleSet: RuleSet): SqlPlan {
  const known = plans.get(ruleSet);
  if (known !== undefined) return known;
  const rs = compileRuleSet(ruleSet).ruleSet;
  const den = rs.pointDenominator ?? 1;
  if (!decimalDenominator(den)) {
    throw sqlError('sql_unsupported', ['pointDenominator'], {
      vi: `pointDenominator ${den}: điểm 1/${den} không viết được thành số thập phân có ${JUDGED_SCALE} chữ số sau dấu phẩy`,
      en: `pointDenominator ${den}: a 1/${den} point has no exact decimal of ${JUDGED_SCALE} places`,
    });
  }
  const units = (p: number): number => Math.round(p * den);
  const { columns, indicators, indexOf, criterionIndicators, criterionMaxUnits } = indicatorLayout(rs, units);
  const criterionIndex = new Map(rs.criteria.map((c, i) => [c.id, i]));
  const classes = rs.outcome.classes ?? [];
  const classIndex = new Map(classes.map((c, i) => [c.id, i]));
  const ind = (i: number): string => `"#i${i}"`;
  const crit = (c: number): string => `"#c${c}"`;
  const memo = new Map<number, RuleItem[]>();
  const itemsOf = (rules: readonly OutcomeRule[]): RuleItem[] =>
    rules.flatMap((r): RuleItem[] => {
      const named = (target?: string): string => (target === undefined ? r.id : `${r.id}:${target}`);
      switch (r.kind) {
        case 'min-total':
          return [{ holds: `"#total" >= ${units(r.points)}`, failed: named() }];
        case 'min-criterion': {
          const c = criterionIndex.get(r.criterion)!;
          const req = r.points !== undefined ? units(r.points) : ceilShare(r.percent!, criterionMaxUnits[c]!);
          return [{ holds: `${crit(c)} >= ${req}`, failed: named(r.criterion) }];
        }
        case 'min-each-criterion':
          return rs.criteria.map((c, ci) => ({ holds: `${crit(ci)} >= ${ceilShare(r.percent, criterionMaxUnits[ci]!)}`, failed: named(c.id) }));
        case 'mandatory-indicator': {
          const i = indexOf.get(r.indicator)!;
          return [{ holds: `${ind(i)} >= ${r.points !== undefined ? units(r.points) : indicators[i]!.maxUnits}`, failed: named(r.indicator) }];
        }
        case 'min-each-indicator':
          return (r.indicators ?? indicators.map((x) => x.indicator.id)).map((id) => {
            const i = indexOf.get(id)!;
            const req = r.points !== undefined ? units(r.points) : ceilShare(r.percent!, indicators[i]!.maxUnits);
            return { holds: `${ind(i)} >= ${req}`, failed: named(id) };
          });
        case 'class-reached':
          return classItems(classIndex.get(r.class)!);
      }
    });
  // A class's items, worked out once (the rule set's checks refuse a cycle of classes).
  const classItems = (ci: number): RuleItem[] => {
    let items = memo.get(ci);
    if (items === undefined) {
      items = itemsOf(classes[ci]!.rules);
      memo.set(ci, items);
    }
    return items;
  };
  const uncertainRules = (rules: readonly OutcomeRule[]): boolean => rules.some((r) => r.uncertain === true);
  const plan: SqlPlan = {
    ruleSet: rs,
    denominator: den,
    columns,
    indicators,
    criterionIndicators,
    criterionMaxUnits,
    alwaysProvisional:
      rs.criteria.some((c) => c.uncertain === true) || uncertainRules(rs.outcome.rules) || classes.some((cl) => cl.uncertain === true || uncertainRules(cl.rules)),
    recognition: itemsOf(rs.outcome.rules),
    classes: classes.map((cl, ci) => ({ id: cl.id, items: classItems(ci) })),
  };
  plans.set(ruleSet, plan);
  return plan;
}
