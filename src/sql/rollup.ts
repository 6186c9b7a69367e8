import { decimalFraction, type Lang, type Rounding, type TargetEntry } from 'vn-learning-society';
import { columnName, comment, dialectOf, sqlError, tableName, type Dialect, type SqlDialect } from './dialect.js';

/**
 * The roundings `summaryTable` names (the core's `ROUNDINGS`, written out here so that the SQL entry point does not load
 * the core's decimal arithmetic; test/entries/sql.test.ts checks that the two lists agree).
 */
const SQL_ROUNDINGS: readonly Rounding[] = ['half-up', 'half-even', 'truncate', 'ceiling'];

/** Options of {@link summaryTableSql}. */
export interface SummaryTableSqlOptions {
  readonly dialect: SqlDialect;
  /**
   * The scored rows (a table or view): a unit column (see `unit`), `model` (the tally's key, as {@link ruleSetToSql}
   * writes it) and `recognized` (boolean). Several rule sets' rows can be one view (`UNION ALL`).
   */
  readonly scored: string;
  /** The column of `scored` that holds the unit's code at the level of the table (default `unit`). */
  readonly unit?: string;
  /**
   * A table of the whole of each share, one row per unit and model: `unit`, `model`, `population` and `registered`
   * (either may be NULL), as `summaryTable`'s `populations` and `registered` options give them.
   */
  readonly populations?: string;
  /** Targets, e.g. `targetsFor('VN-45', 2025)`: as `summaryTable` reads them (bound as parameters). */
  readonly targets?: readonly TargetEntry[];
  /** Decimals of the printed percentage (default 2, at most 10). */
  readonly decimals?: number;
  /** How the printed percentage is rounded (default `half-up`), by name as `summaryTable` takes it. */
  readonly rounding?: Rounding;
  /** The decimal sign of the printed percentage: `vi` (default) `77,85`, `en` `77.85`. */
  readonly lang?: Lang;
}

/** A statement and the values of its parameters (`$1`, `$2`, …), in order. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly (string | number)[];
}

/** The columns of each row of {@link summaryTableSql}, in order. */
export const SUMMARY_COLUMNS = ['unit', 'model', 'population', 'registered', 'evaluated', 'recognized', 'of', 'printed', 'target', 'required', 'needed', 'problem'] as const;

function printedSql(d: Dialect, decimals: number, rounding: Rounding, sign: string): { q: string; text: string } {
  const n = `(CAST("recognized" AS ${d.wide}) * ${10n ** BigInt(decimals + 2)})`;
  const w = `CAST("#whole" AS ${d.wide})`;
  let q: string;
  switch (rounding) {
    case 'truncate':
      q = d.idiv(n, w);
      break;
    case 'ceiling':
      q = d.idiv(`${n} + ${w} - 1`, w);
      break;
    case 'half-up':
      q = d.idiv(`2 * ${n} + ${w}`, `2 * ${w}`);
      break;
    case 'half-even': {
      const down = d.idiv(n, w);
      const twice = `2 * (${n} - ${down} * ${w})`;
      q = `${down} + CASE WHEN ${twice} > ${w} THEN 1 WHEN ${twice} = ${w} THEN ${down} % 2 ELSE 0 END`;
      break;
    }
  }
  const scale = String(10n ** BigInt(decimals));
  const text =
    decimals === 0
      ? `CAST("#q" AS ${d.text})`
      : `CAST(${d.idiv('"#q"', scale)} AS ${d.text}) || '${sign}' || LPAD(CAST("#q" % ${scale} AS ${d.text}), ${decimals}, '0')`;
  return { q, text };
}

/**
 * The yearly statistics table of `summaryTable` computed by the database from scored rows (those of
 * {@link ruleSetToSql}, with each row's unit): per unit and model the population and registered count when known,
 * those evaluated and recognised, what the share is of, the share printed with the named rounding (computed in
 * integers: `recognized × 100 × 10^decimals` divided by the whole and rounded by name, never in floating point), the
 * target, the least count that meets it (the ceiling) and how many more are needed; then a `total` row per model, its
 * figures recomputed from the summed counts (a total's population only when every unit has one). The rows come unit
 * by unit, then the totals. A row whose recognised count exceeds its whole, which `summaryTable` refuses, has no
 * printed share and `problem` = `part_above_whole`. Targets are bound parameters; names are checked and quoted.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_input` for a name that is not a plain name, a dialect, rounding,
 * language or number of decimals that is not one there is.
 *
 * @example
 * ```ts
 * import { targetsFor } from 'vn-learning-society';
 * import { summaryTableSql } from 'vn-learning-society/sql';
 * const { sql, params } = summaryTableSql({ dialect: 'postgres', scored: 'scored', unit: 'commune', targets: targetsFor('VN-45', 2025) });
 * sql.includes('GROUP BY 1, 2'); // true
 * params.slice(0, 2); // ['learning-family', '90']
 * ```
 */
export function summaryTableSql(options: SummaryTableSqlOptions): SqlStatement {
  const d = dialectOf(options?.dialect);
  const scored = tableName(options.scored, 'scored');
  const unit = columnName(options.unit ?? 'unit', 'unit');
  const populations = options.populations === undefined ? undefined : tableName(options.populations, 'populations');
  const decimals = options.decimals ?? 2;
  const rounding = options.rounding ?? 'half-up';
  const lang = options.lang ?? 'vi';
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 10) {
    throw sqlError('invalid_identifier', ['decimals'], { vi: `số chữ số thập phân từ 0 đến 10, nhận được ${String(decimals)}`, en: `decimals from 0 to 10, got ${String(decimals)}` });
  }
  if (!(SQL_ROUNDINGS as readonly unknown[]).includes(rounding)) {
    throw sqlError('invalid_identifier', ['rounding'], { vi: `một cách làm tròn (${SQL_ROUNDINGS.join(', ')})`, en: `a rounding (${SQL_ROUNDINGS.join(', ')})` });
  }
  if (lang !== 'vi' && lang !== 'en') throw sqlError('invalid_identifier', ['lang'], { vi: 'ngôn ngữ vi hoặc en', en: 'language vi or en' });
  // The first percentage target of each model (and level), as summaryTable takes it.
  const targets = new Map<string, number>();
  for (const t of options.targets ?? []) {
    if (t.model === undefined || t.value.kind !== 'percent' || t.subPopulation !== undefined) continue;
    const key = t.level !== undefined ? `${t.model}/${t.level}` : t.model;
    if (!targets.has(key)) targets.set(key, t.value.percent);
  }
  const params: (string | number)[] = [];
  const param = (v: string | number): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const targetRows = [...targets].map(([model, percent]) => {
    const [num, den] = decimalFraction(percent);
    return `(CAST(${param(model)} AS ${d.text}), CAST(${param(String(percent))} AS ${d.text}), CAST(${param(String(num))} AS ${d.wide}), CAST(${param(String(den * 100n))} AS ${d.wide}))`;
  });
  const { q, text } = printedSql(d, decimals, rounding, lang === 'vi' ? ',' : '.');
  const big = (e: string): string => `CAST(${e} AS BIGINT)`;
  const sql = [
    comment(`vn-learning-society: the yearly statistics table (summaryTable), ${decimals} decimals, rounding ${rounding}`),
    'WITH "#r" AS (',
    `  SELECT CAST(${unit} AS ${d.text}) AS "unit", CAST("model" AS ${d.text}) AS "model", ${big('COUNT(*)')} AS "evaluated", ${big('SUM(CASE WHEN "recognized" THEN 1 ELSE 0 END)')} AS "recognized"`,
    `  FROM ${scored} GROUP BY 1, 2`,
    '), "#p" AS (',
    populations === undefined
      ? `  SELECT CAST(NULL AS ${d.text}) AS "unit", CAST(NULL AS ${d.text}) AS "model", CAST(NULL AS BIGINT) AS "population", CAST(NULL AS BIGINT) AS "registered" WHERE FALSE`
      : `  SELECT CAST("unit" AS ${d.text}) AS "unit", CAST("model" AS ${d.text}) AS "model", ${big('"population"')} AS "population", ${big('"registered"')} AS "registered" FROM ${populations}`,
    '), "#rows" AS (',
    '  SELECT 0 AS "#total", "#r"."unit", "#r"."model", "#p"."population", "#p"."registered", "#r"."evaluated", "#r"."recognized"',
    '  FROM "#r" LEFT JOIN "#p" ON "#p"."unit" = "#r"."unit" AND "#p"."model" = "#r"."model"',
    '), "#all" AS (',
    '  SELECT * FROM "#rows" UNION ALL',
    `  SELECT 1, 'total', "model", CASE WHEN COUNT("population") = COUNT(*) THEN ${big('SUM("population")')} END, CASE WHEN COUNT("registered") = COUNT(*) THEN ${big('SUM("registered")')} END, ${big('SUM("evaluated")')}, ${big('SUM("recognized")')}`,
    '  FROM "#rows" GROUP BY "model"',
    '), "#g" AS (',
    targetRows.length === 0
      ? `  SELECT CAST(NULL AS ${d.text}) AS "model", CAST(NULL AS ${d.text}) AS "target", CAST(NULL AS ${d.wide}) AS "num", CAST(NULL AS ${d.wide}) AS "den" WHERE FALSE`
      : `  SELECT * FROM (VALUES ${targetRows.join(', ')}) AS "#v" ("model", "target", "num", "den")`,
    '), "#w" AS (',
    '  SELECT "#all".*, COALESCE("#all"."population", "#all"."evaluated") AS "#whole", "#g"."target", "#g"."num", "#g"."den"',
    '  FROM "#all" LEFT JOIN "#g" ON "#g"."model" = "#all"."model"',
    '), "#x" AS (',
    `  SELECT *, CASE WHEN "#whole" > 0 AND "recognized" <= "#whole" THEN ${q} END AS "#q",`,
    `    CASE WHEN "num" IS NOT NULL THEN ${big(d.idiv(`CAST("#whole" AS ${d.wide}) * "num" + "den" - 1`, '"den"'))} END AS "required"`,
    '  FROM "#w"',
    ')',
    'SELECT "unit", "model", "population", "registered", "evaluated", "recognized",',
    `  CASE WHEN "population" IS NULL THEN 'evaluated' ELSE 'population' END AS "of",`,
    `  CASE WHEN "#q" IS NOT NULL THEN ${text} END AS "printed",`,
    `  "target", "required", CASE WHEN "required" IS NOT NULL THEN GREATEST(0, "required" - "recognized") END AS "needed",`,
    `  CASE WHEN "recognized" > "#whole" THEN 'part_above_whole' END AS "problem"`,
    'FROM "#x"',
    'ORDER BY "#total", "unit", "model"',
  ].join('\n');
  return { sql, params };
}
