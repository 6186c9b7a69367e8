import { compileRuleSet, type Assessment, type CompiledRuleSet, type RuleSet } from 'vn-learning-society';
import { comment, dialectOf, tableName, type Dialect, type SqlDialect } from './dialect.js';
import { JUDGED_SCALE, sqlPlan, type SqlColumn } from './plan.js';
import { fingerprintOf } from './fingerprint.js';

/** Options of {@link assessmentTableSql} and {@link assessmentInsertSql}. */
export interface AssessmentTableOptions {
  readonly dialect: SqlDialect;
  /** The table's name: `name` or `schema.name`, ASCII letters, digits and `_` (default `assessments`). */
  readonly table?: string;
}

/** One column of the assessment table, as {@link assessmentColumns} lists them. */
export interface AssessmentColumn {
  /** The column's name: `id`, an indicator's id, or `<id>.part` and `<id>.whole` for a ratio. */
  readonly name: string;
  /** The indicator it holds (empty for `id`). */
  readonly indicator: string;
  /** `id`, `judged` (points, a decimal), `boolean`, `count` (a whole number), `ratio-part`, `ratio-whole`. */
  readonly kind: SqlColumn['kind'];
}

/**
 * The columns of a rule set's assessment table, in order: `id` first, then each indicator in the rule set's order
 * (criterion by criterion): judged points as a decimal, a yes/no as a boolean, a count as a whole number, a ratio as
 * two whole numbers `<id>.part` and `<id>.whole`. A NULL is an indicator the assessment gives nothing for (0 points,
 * as the library counts a missing one).
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_rule_set`; `sql_unsupported` when a column name would be longer than
 * 63 bytes or two would be the same, or when `pointDenominator` has no exact decimal.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { assessmentColumns } from 'vn-learning-society/sql';
 * const columns = assessmentColumns(getRuleSet('learning-family-khvn-2015'));
 * columns.slice(0, 3).map((c) => c.name); // ['id', 'children.attendance.part', 'children.attendance.whole']
 * ```
 */
export function assessmentColumns(ruleSet: RuleSet): AssessmentColumn[] {
  return sqlPlan(ruleSet).columns.map((c) => ({ name: c.name, indicator: c.indicator, kind: c.kind }));
}

function columnType(d: Dialect, kind: SqlColumn['kind']): string {
  switch (kind) {
    case 'id':
      return d.text;
    case 'judged':
      return `DECIMAL(18, ${JUDGED_SCALE})`;
    case 'boolean':
      return 'BOOLEAN';
    default:
      return 'BIGINT';
  }
}

/** A decimal literal of points (at most JUDGED_SCALE places: a point the rule set allows). */
function pointsLiteral(points: number): string {
  return `CAST('${String(points)}' AS DECIMAL(18, ${JUDGED_SCALE}))`;
}

/**
 * The `CREATE TABLE` of a rule set's assessments (columns as {@link assessmentColumns} lists them), with a `CHECK` per
 * indicator for what the library refuses: points below 0, above the maximum or off the allowed step, a negative
 * count, a ratio given by half, a negative part or a part above its whole. A comment names the rule set and its
 * fingerprint.
 *
 * A whole-number column of the database rounds a fraction it is given (a count of 2.5 is stored as 3, where the
 * library refuses it): write rows with {@link assessmentRow}, which checks each assessment with the library first.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) as {@link assessmentColumns}, and `invalid_input` for a table name that is not
 * a plain name or a dialect that is not `duckdb` or `postgres`.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { assessmentTableSql } from 'vn-learning-society/sql';
 * const sql = assessmentTableSql(getRuleSet('learning-family-khvn-2015'), { dialect: 'postgres', table: 'families' });
 * sql.includes('CREATE TABLE "families"'); // true
 * sql.includes('"children.attendance.part" BIGINT'); // true
 * ```
 */
export function assessmentTableSql(ruleSet: RuleSet, options: AssessmentTableOptions): string {
  const d = dialectOf(options?.dialect);
  const table = tableName(options.table ?? 'assessments', 'table');
  const plan = sqlPlan(ruleSet);
  const den = plan.denominator;
  const lines = plan.columns.map((c) => `  ${c.quoted} ${columnType(d, c.kind)}`);
  for (const { indicator: ind, columns } of plan.indicators) {
    const col = columns[0]!;
    switch (ind.kind) {
      case 'judged': {
        const step = Math.round((ind.step ?? 1 / den) * den);
        const units = `${col} * ${den}`;
        lines.push(`  CHECK (${col} >= 0 AND ${col} <= ${pointsLiteral(ind.maxPoints)} AND ${units} = CAST(${units} AS BIGINT) AND CAST(${units} AS BIGINT) % ${step} = 0)`);
        break;
      }
      case 'count':
        lines.push(`  CHECK (${col} >= 0)`);
        break;
      case 'ratio': {
        const whole = columns[1]!;
        lines.push(`  CHECK ((${col} IS NULL) = (${whole} IS NULL) AND ${col} >= 0 AND ${whole} >= ${col})`);
        break;
      }
      case 'boolean':
        break;
    }
  }
  return `${header(plan.ruleSet)}\nCREATE TABLE ${table} (\n${lines.join(',\n')}\n);\n`;
}

/** The comment at the head of every statement: the rule set, when it is in force, and its fingerprint. @internal */
export function header(rs: RuleSet): string {
  return comment(`vn-learning-society: rule set ${rs.id} (in force ${rs.validFrom}${rs.validTo !== undefined ? ` to ${rs.validTo}` : ' on'}), fingerprint ${fingerprintOf(rs)}; regenerate this SQL when the rule set changes`);
}

/**
 * The `INSERT` of one assessment into the table of {@link assessmentTableSql}: every value a bound parameter (`$1`,
 * `$2`, …), to be run with the values of {@link assessmentRow}.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { assessmentInsertSql } from 'vn-learning-society/sql';
 * const sql = assessmentInsertSql(getRuleSet('learning-family-khvn-2015'), { dialect: 'duckdb', table: 'families' });
 * sql.endsWith('VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)'); // true
 * ```
 */
export function assessmentInsertSql(ruleSet: RuleSet, options: AssessmentTableOptions): string {
  dialectOf(options?.dialect);
  const table = tableName(options.table ?? 'assessments', 'table');
  const { columns } = sqlPlan(ruleSet);
  return `INSERT INTO ${table} (${columns.map((c) => c.quoted).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
}

const compiled = new WeakMap<RuleSet, CompiledRuleSet>();

/**
 * An assessment as the row of the table of {@link assessmentTableSql}, in its column order: the id (or `null`), then
 * each indicator's value, `null` where the assessment gives nothing. The assessment is checked with the library first,
 * so a row never holds what `compileRuleSet` would refuse; bind the values as parameters (see
 * {@link assessmentInsertSql}), never splice them into SQL text.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_assessment`, as `compileRuleSet` would.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { assessmentRow } from 'vn-learning-society/sql';
 * const row = assessmentRow(getRuleSet('learning-family-khvn-2015'), {
 *   id: 'h-1',
 *   points: { 'children.results': 10 },
 *   facts: { 'children.attendance': { part: 2, whole: 3 } },
 * });
 * row.slice(0, 4); // ['h-1', 2, 3, 10]
 * ```
 */
export function assessmentRow(ruleSet: RuleSet, assessment: Assessment): (string | number | boolean | null)[] {
  let score = compiled.get(ruleSet);
  if (score === undefined) {
    score = compileRuleSet(ruleSet);
    compiled.set(ruleSet, score);
  }
  score(assessment);
  const { columns } = sqlPlan(ruleSet);
  const points = (assessment.points ?? {}) as Record<string, unknown>;
  const facts = (assessment.facts ?? {}) as Record<string, unknown>;
  return columns.map((c): string | number | boolean | null => {
    switch (c.kind) {
      case 'id':
        return assessment.id ?? null;
      case 'judged':
        return Object.hasOwn(points, c.indicator) ? ((points[c.indicator] as number | undefined) ?? null) : null;
      case 'boolean':
      case 'count':
        return Object.hasOwn(facts, c.indicator) ? ((facts[c.indicator] as number | boolean | undefined) ?? null) : null;
      case 'ratio-part':
      case 'ratio-whole': {
        const r = Object.hasOwn(facts, c.indicator) ? (facts[c.indicator] as { part: number; whole: number } | undefined) : undefined;
        if (r === undefined) return null;
        return c.kind === 'ratio-part' ? r.part : r.whole;
      }
    }
  });
}
