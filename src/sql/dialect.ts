import { LearningSocietyError, type Issue, type Label } from 'vn-learning-society';

/** The SQL dialects the generated SQL is written for and tested against: DuckDB, and PostgreSQL (tested with PGlite). */
export const SQL_DIALECTS = ['duckdb', 'postgres'] as const;
/** One of {@link SQL_DIALECTS}. */
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** What differs between the dialects; everything else the generated SQL uses is common to both. */
export interface Dialect {
  readonly name: SqlDialect;
  readonly text: string;
  /** An integer type wide enough for the cross-multiplications (HUGEINT: 128 bits; NUMERIC: unbounded). */
  readonly wide: string;
  /** Integer division of two non-negative integers, rounded down. */
  idiv(a: string, b: string): string;
}

const DIALECTS: Record<SqlDialect, Dialect> = {
  duckdb: { name: 'duckdb', text: 'VARCHAR', wide: 'HUGEINT', idiv: (a, b) => `((${a}) // (${b}))` },
  postgres: { name: 'postgres', text: 'TEXT', wide: 'NUMERIC', idiv: (a, b) => `div(${a}, ${b})` },
};

/** The longest identifier PostgreSQL keeps whole (it cuts longer ones to 63 bytes, so two columns could become one). */
export const MAX_IDENTIFIER_BYTES = 63;

/** A typed bilingual error of this entry point. @internal */
export function sqlError(code: 'sql_unsupported' | 'invalid_identifier', path: readonly (string | number)[], message: Label): LearningSocietyError {
  const issue: Issue = { path, code, message };
  return code === 'sql_unsupported'
    ? new LearningSocietyError('sql_unsupported', { vi: 'Không viết được thành SQL', en: 'Cannot be written as SQL' }, [issue])
    : new LearningSocietyError('invalid_input', { vi: 'Tên bảng hoặc cột không hợp lệ', en: 'Invalid table or column name' }, [issue]);
}

/** The dialect of an option, or a typed error naming the ones there are. @internal */
export function dialectOf(value: unknown): Dialect {
  if (typeof value === 'string' && Object.hasOwn(DIALECTS, value)) return DIALECTS[value as SqlDialect];
  throw sqlError('invalid_identifier', ['dialect'], {
    vi: `phương ngữ SQL phải là một trong ${SQL_DIALECTS.join(', ')}, nhận được ${JSON.stringify(String(value)).slice(0, 60)}`,
    en: `the SQL dialect must be one of ${SQL_DIALECTS.join(', ')}, got ${JSON.stringify(String(value)).slice(0, 60)}`,
  });
}

/** An identifier in double quotes (a quote inside doubled); refused when PostgreSQL would cut it. @internal */
export function quoteIdent(name: string, path: readonly (string | number)[]): string {
  if (name.length === 0 || new TextEncoder().encode(name).length > MAX_IDENTIFIER_BYTES || name.includes('\u0000')) {
    throw sqlError('sql_unsupported', path, {
      vi: `tên cột "${name.slice(0, 80)}" dài quá ${MAX_IDENTIFIER_BYTES} byte (PostgreSQL sẽ cắt bớt) hoặc rỗng`,
      en: `the column name "${name.slice(0, 80)}" is longer than ${MAX_IDENTIFIER_BYTES} bytes (PostgreSQL would cut it) or empty`,
    });
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/** Whether every character is a letter, digit or `_`, the first not a digit, at most 63 of them: a plain name. */
function plainName(part: string): boolean {
  if (part.length === 0 || part.length > MAX_IDENTIFIER_BYTES) return false;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
    const digit = c >= 48 && c <= 57;
    if (!letter && !(digit && i > 0)) return false;
  }
  return true;
}

/**
 * A table (or view) name, `name` or `schema.name`, each part a plain name (ASCII letters, digits, `_`, not starting
 * with a digit, at most 63): quoted part by part. Anything else is refused, so that no name can carry SQL. @internal
 */
export function tableName(value: unknown, option: string): string {
  const parts = typeof value === 'string' ? value.split('.') : [];
  if (parts.length === 0 || parts.length > 2 || !parts.every(plainName)) {
    throw sqlError('invalid_identifier', [option], {
      vi: `${option} phải là tên bảng dạng ten_bang hoặc luoc_do.ten_bang (chữ cái ASCII, chữ số, dấu _; tối đa 63 ký tự), nhận được ${JSON.stringify(String(value)).slice(0, 80)}`,
      en: `${option} must be a table name such as table_name or schema.table_name (ASCII letters, digits, _; at most 63 characters), got ${JSON.stringify(String(value)).slice(0, 80)}`,
    });
  }
  return parts.map((p) => `"${p}"`).join('.');
}

/** A column name given as an option: a plain name, quoted. @internal */
export function columnName(value: unknown, option: string): string {
  if (typeof value !== 'string' || !plainName(value)) {
    throw sqlError('invalid_identifier', [option], {
      vi: `${option} phải là tên cột (chữ cái ASCII, chữ số, dấu _; tối đa 63 ký tự), nhận được ${JSON.stringify(String(value)).slice(0, 80)}`,
      en: `${option} must be a column name (ASCII letters, digits, _; at most 63 characters), got ${JSON.stringify(String(value)).slice(0, 80)}`,
    });
  }
  return `"${value}"`;
}

/** A string literal of the rule set's own text (ids, never an assessment's values): quotes doubled. @internal */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A line comment: one line, no line breaks (a rule set's id and version). @internal */
export function comment(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '\n' || ch === '\r' ? ' ' : ch;
  return `-- ${out}`;
}
