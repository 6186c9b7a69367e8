import { decimalFraction, type Evaluation, type RuleSet } from 'vn-learning-society';
import { columnName, dialectOf, literal, tableName, type Dialect, type SqlDialect } from './dialect.js';
import { sqlPlan, type RuleItem, type SqlIndicator } from './plan.js';
import { header } from './table.js';

/** Options of {@link ruleSetToSql}. */
export interface RuleSetSqlOptions {
  readonly dialect: SqlDialect;
  /** The table (or view) of assessments, as {@link assessmentTableSql} makes it (default `assessments`). */
  readonly table?: string;
  /** Other columns of that table to copy into each scored row (a commune's code, say): plain names. */
  readonly keep?: readonly string[];
}

/** The columns of each row of {@link ruleSetToSql}, in order (then the columns kept). */
export const SCORED_COLUMNS = ['id', 'model', 'total_units', 'total', 'recognized', 'class', 'provisional', 'failed'] as const;

/** A whole-number literal, cast to the wide type past 2^53 (a literal that large is not an integer in every engine). */
function wideLiteral(d: Dialect, n: bigint): string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? String(n) : `CAST('${n}' AS ${d.wide})`;
}

/** The points (in units) an indicator earns, as a SQL expression over the assessment table `a`. */
function unitsSql(d: Dialect, den: number, x: SqlIndicator): string {
  const ind = x.indicator;
  const unitsOf = (p: number): number => Math.round(p * den);
  const col = `"a".${x.columns[0]!}`;
  switch (ind.kind) {
    case 'judged':
      return den === 1 ? `COALESCE(CAST(${col} AS BIGINT), 0)` : `COALESCE(CAST(${col} * ${den} AS BIGINT), 0)`;
    case 'boolean':
      return `CASE WHEN ${col} THEN ${unitsOf(ind.points)} ELSE 0 END`;
    case 'count': {
      // The bands are in strictly increasing order (the rule set's checks): the highest one reached decides.
      const arms = ind.bands.map((b) => `WHEN ${col} >= ${b.atLeast} THEN ${unitsOf(b.points)}`).reverse();
      return `CASE ${arms.join(' ')} ELSE 0 END`;
    }
    case 'ratio': {
      const whole = `"a".${x.columns[1]!}`;
      const zero = unitsOf(ind.whenWholeIsZero ?? Math.max(...ind.bands.map((b) => b.points)));
      // part / whole >= num / den % exactly: part × 100 × den >= num × whole, in a type that cannot overflow.
      const arms = ind.bands
        .map((b) => {
          const [num, bden] = decimalFraction(b.atLeastPercent);
          return `WHEN CAST(${col} AS ${d.wide}) * ${wideLiteral(d, 100n * bden)} >= ${wideLiteral(d, num)} * CAST(${whole} AS ${d.wide}) THEN ${unitsOf(b.points)}`;
        })
        .reverse();
      return `CASE WHEN ${col} IS NULL OR ${whole} IS NULL THEN 0 WHEN ${whole} = 0 THEN ${zero} ${arms.join(' ')} ELSE 0 END`;
    }
  }
}

/** The text of many items joined by spaces, NULLs left out: concat_ws in groups (PostgreSQL takes 100 arguments). */
function joined(parts: readonly string[]): string {
  if (parts.length === 0) return "''";
  if (parts.length <= 90) return `concat_ws(' ', ${parts.join(', ')})`;
  const groups: string[] = [];
  for (let i = 0; i < parts.length; i += 90) groups.push(`NULLIF(${joined(parts.slice(i, i + 90))}, '')`);
  return joined(groups);
}

function allHold(items: readonly RuleItem[]): string {
  return items.length === 0 ? 'TRUE' : `(${items.map((i) => `(${i.holds})`).join(' AND ')})`;
}

/**
 * The `SELECT` that scores every row of a rule set's assessment table inside the database, exactly as
 * `compileRuleSet` scores the same assessment: one row per assessment with `id`, `model` (the tally's key:
 * `learning-family`, `learning-community/hamlet`), `total_units` (whole units of `1 / pointDenominator` point),
 * `total` (points), `recognized`, `class` (the best class reached, or NULL), `provisional` (the verdict rests on a value
 * the rule set marks uncertain) and `failed`: the failed recognition rules in the library's order, separated by
 * spaces, each `rule` or `rule:target` as {@link failedRulesText} writes an evaluation's shortfalls.
 *
 * Points are added as integers, ratio bands compared by integer cross-multiplication in a 128-bit (DuckDB) or
 * unbounded (PostgreSQL) integer type, shares of a maximum required as their ceiling: never floating point. The SQL
 * is generated from the rule set as data; its first line names the rule set and its fingerprint. It holds no value
 * of any assessment, and takes no parameters.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) as {@link assessmentTableSql}.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { ruleSetToSql } from 'vn-learning-society/sql';
 * const sql = ruleSetToSql(getRuleSet('learning-family-khvn-2015'), { dialect: 'duckdb', table: 'families' });
 * sql.startsWith('-- vn-learning-society: rule set learning-family-khvn-2015'); // true
 * sql.includes('FROM "families" AS "a"'); // true
 * ```
 */
export function ruleSetToSql(ruleSet: RuleSet, options: RuleSetSqlOptions): string {
  const d = dialectOf(options?.dialect);
  const table = tableName(options.table ?? 'assessments', 'table');
  const keep = (options.keep ?? []).map((k, i) => columnName(k, `keep[${i}]`));
  const plan = sqlPlan(ruleSet);
  const rs = plan.ruleSet;
  const den = plan.denominator;
  const taken = new Set<string>(SCORED_COLUMNS.map((c) => `"${c}"`));
  for (const [i, k] of keep.entries()) {
    if (taken.has(k)) columnName(`${k} (already a column of the result)`, `keep[${i}]`);
    taken.add(k);
  }
  const given = plan.indicators.filter((x) => x.uncertain).map((x) => x.columns.map((c) => `"a".${c} IS NOT NULL`).join(' AND '));
  const provisional = plan.alwaysProvisional ? 'TRUE' : ['FALSE', ...given.map((g) => `(${g})`)].join(' OR ');
  const u = [
    '"a"."id" AS "id"',
    ...keep.map((k) => `"a".${k} AS ${k}`),
    ...plan.indicators.map((x, i) => `${unitsSql(d, den, x)} AS "#i${i}"`),
    `(${provisional}) AS "provisional"`,
  ];
  const c = plan.criterionIndicators.map((ids, ci) => `(${ids.map((i) => `"#i${i}"`).join(' + ')}) AS "#c${ci}"`);
  const total = plan.criterionIndicators.map((_, ci) => `"#c${ci}"`).join(' + ');
  const points =
    den === 1
      ? '"#total"'
      : // units / den as an exact decimal: units × (10^6 / den) millionths of a point.
        `CAST(CAST("#total" * ${10 ** 6 / den} AS DECIMAL(18, 0)) * CAST('0.000001' AS DECIMAL(7, 6)) AS DECIMAL(18, 6))`;
  const model = rs.level !== undefined ? `${rs.model}/${rs.level}` : rs.model;
  const classCase =
    plan.classes.length === 0
      ? `CAST(NULL AS ${d.text})`
      : `CASE ${plan.classes.map((cl) => `WHEN ${allHold(cl.items)} THEN ${literal(cl.id)}`).join(' ')} ELSE NULL END`;
  const failed = joined(plan.recognition.map((i) => `CASE WHEN NOT (${i.holds}) THEN ${literal(i.failed)} END`));
  const out = [
    '"id"',
    `${literal(model)} AS "model"`,
    '"#total" AS "total_units"',
    `${points} AS "total"`,
    `${allHold(plan.recognition)} AS "recognized"`,
    `${classCase} AS "class"`,
    '"provisional"',
    `${failed} AS "failed"`,
    ...keep,
  ];
  return [
    header(rs),
    'WITH "#u" AS (',
    `  SELECT ${u.join(',\n    ')}`,
    `  FROM ${table} AS "a"`,
    '), "#c" AS (',
    `  SELECT *, ${c.join(', ')} FROM "#u"`,
    '), "#t" AS (',
    `  SELECT *, (${total}) AS "#total" FROM "#c"`,
    ')',
    `SELECT ${out.join(',\n  ')}`,
    'FROM "#t"',
  ].join('\n');
}

/**
 * An evaluation's failed recognition rules as the `failed` column of {@link ruleSetToSql} writes them: in order,
 * separated by spaces, each `rule` or `rule:target` (the criterion or indicator it is about). Empty when recognised.
 *
 * @example
 * ```ts
 * import { compileRuleSet, getRuleSet } from 'vn-learning-society';
 * import { failedRulesText } from 'vn-learning-society/sql';
 * const result = compileRuleSet(getRuleSet('learning-family-khvn-2015'))({ points: { 'children.results': 10 } });
 * failedRulesText(result); // 'min-total'
 * ```
 */
export function failedRulesText(evaluation: Evaluation): string {
  return evaluation.shortfalls.map((s) => (s.target === undefined ? s.rule : `${s.rule}:${s.target}`)).join(' ');
}
