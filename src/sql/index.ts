/**
 * A rule set compiled to SQL that scores inside the database, with the verdicts of `compileRuleSet`: the table of
 * assessments, the row of one assessment, the scoring query and the yearly statistics table of `summaryTable`, for
 * DuckDB and PostgreSQL (both tested for real, row for row against the library). A separate entry point,
 * `vn-learning-society/sql`, so that the core carries none of it; pure functions that return SQL text and the values
 * to bind, and never run it.
 *
 * @packageDocumentation
 */
export { SQL_DIALECTS, MAX_IDENTIFIER_BYTES, type SqlDialect } from './dialect.js';
export {
  assessmentColumns,
  assessmentInsertSql,
  assessmentRow,
  assessmentTableSql,
  type AssessmentColumn,
  type AssessmentTableOptions,
} from './table.js';
export { failedRulesText, ruleSetToSql, SCORED_COLUMNS, type RuleSetSqlOptions } from './score.js';
export { summaryTableSql, SUMMARY_COLUMNS, type SqlStatement, type SummaryTableSqlOptions } from './rollup.js';
export { ruleSetFingerprint } from './fingerprint.js';
