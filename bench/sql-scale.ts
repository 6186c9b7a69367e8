/**
 * Scoring where the data lives, at scale (issue 28): households generated in DuckDB, scored there by the SQL of
 * vn-learning-society/sql and rolled up to 3,321 communes (the communes of the list from 1 July 2025), against the
 * library's streamed tally of the same rows (compileRuleSet, then Tally.add, then summaryTable), in one run. Each side
 * runs in a child process of its own, so that each peak resident memory is its own; the two statistics tables are
 * then compared row for row. Not part of `npm test`.
 *
 * Usage: npx tsx bench/sql-scale.ts [households, default 2,700,000] [rule set, default learning-family-khvn-2021]
 *
 * The rows: household i's value of each column is a fixed function of i (a multiplicative hash modulo 2^31 − 1, in
 * integers below 2^53 on both sides), written once as DuckDB SQL and once as TypeScript: the same rows, without
 * reading 27 million rows back out of the database.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRuleSet, getRuleSet, summaryTable, Tally, type Assessment, type RuleSet } from 'vn-learning-society';
import { assessmentColumns, ruleSetToSql, summaryTableSql } from 'vn-learning-society/sql';

export const COMMUNES = 3_321;
const PROVINCES = 34;
const P = 2_147_483_647; // 2^31 − 1
const MULTIPLIERS = [48_271, 16_807, 39_373, 69_621, 40_692, 40_014, 53_668, 12_211, 52_774, 45_742, 3_791, 22_695, 31_337, 27_653];

interface Column {
  readonly name: string;
  readonly kind: string;
  /** The SQL of its value for household `i`, and the same in TypeScript. */
  readonly sql: string;
  readonly js: (i: number) => number | boolean;
}

/** The hash of household i for column k: ((i + 1) × a_k + k) mod (2^31 − 1); below 2^53 before the modulo. */
const hashJs = (i: number, k: number): number => ((i + 1) * MULTIPLIERS[k % MULTIPLIERS.length]! + k) % P;
const hashSql = (k: number): string => `((("i" + 1) * ${MULTIPLIERS[k % MULTIPLIERS.length]!} + ${k}) % ${P})`;

/** The generated columns of a rule set: judged points mostly at the maximum (70 %), else anything on the step. */
function columnsOf(rs: RuleSet): Column[] {
  const den = rs.pointDenominator ?? 1;
  const indicators = new Map(rs.criteria.flatMap((c) => c.indicators).map((i) => [i.id, i]));
  return assessmentColumns(rs)
    .filter((c) => c.kind !== 'id')
    .map((c, k): Column => {
      const ind = indicators.get(c.indicator)!;
      const h = hashSql(k);
      switch (c.kind) {
        case 'judged': {
          if (ind.kind !== 'judged') throw new Error(c.name);
          const stepUnits = Math.round((ind.step ?? 1 / den) * den);
          const steps = Math.round(ind.maxPoints * den) / stepUnits;
          return {
            name: c.name,
            kind: c.kind,
            sql: `CASE WHEN ${h} % 100 < 70 THEN ${steps} ELSE (${h} // 100) % ${steps + 1} END * ${stepUnits / den}`,
            js: (i) => {
              const x = hashJs(i, k);
              return ((x % 100 < 70 ? steps : Math.floor(x / 100) % (steps + 1)) * stepUnits) / den;
            },
          };
        }
        case 'boolean':
          return { name: c.name, kind: c.kind, sql: `${h} % 10 < 8`, js: (i) => hashJs(i, k) % 10 < 8 };
        case 'count': {
          if (ind.kind !== 'count') throw new Error(c.name);
          const top = ind.bands.at(-1)!.atLeast * 2 + 1;
          return { name: c.name, kind: c.kind, sql: `${h} % ${top}`, js: (i) => hashJs(i, k) % top };
        }
        case 'ratio-whole':
          return { name: c.name, kind: c.kind, sql: `${h} % 6`, js: (i) => hashJs(i, k) % 6 };
        case 'ratio-part': {
          // The part: at most the whole (the next column, k + 1), mostly all of it.
          const whole = hashSql(k + 1);
          return {
            name: c.name,
            kind: c.kind,
            sql: `CASE WHEN ${h} % 100 < 75 THEN ${whole} % 6 ELSE ${h} % (${whole} % 6 + 1) END`,
            js: (i) => {
              const x = hashJs(i, k);
              const w = hashJs(i, k + 1) % 6;
              return x % 100 < 75 ? w : x % (w + 1);
            },
          };
        }
        default:
          throw new Error(c.kind);
      }
    });
}

const communeSql = `${hashSql(99)} % ${COMMUNES}`;
const communeJs = (i: number): number => hashJs(i, 99) % COMMUNES;
const communeCode = (c: number): string => `C${String(c).padStart(5, '0')}`;

interface SideResult {
  readonly side: string;
  readonly seconds: Record<string, number>;
  readonly maxRssMiB: number;
  readonly rows: { unit: string; evaluated: number; recognized: number; printed: string | null }[];
}

/** Writes a file through a temporary file renamed over it. */
function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

async function duckdbSide(n: number, rs: RuleSet, out: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const dir = mkdtempSync(join(tmpdir(), 'vnls-sql-'));
  const instance = await DuckDBInstance.create(join(dir, 'households.duckdb'), { threads: '2' });
  const db = await instance.connect();
  const columns = columnsOf(rs);
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const values = columns.map((c) => `${c.kind === 'judged' ? `CAST(${c.sql} AS DECIMAL(18, 6))` : c.sql} AS "${c.name}"`);
  await db.run(
    `CREATE TABLE "households" AS SELECT CAST("i" AS VARCHAR) AS "id", 'C' || lpad(CAST(${communeSql} AS VARCHAR), 5, '0') AS "commune", ${values.join(', ')} FROM range(${n}) AS "r" ("i")`,
  );
  seconds.generate = (performance.now() - t) / 1000;
  await db.run(`CREATE VIEW "scored" AS ${ruleSetToSql(rs, { dialect: 'duckdb', table: 'households', keep: ['commune'] })}`);
  t = performance.now();
  const { sql, params } = summaryTableSql({ dialect: 'duckdb', scored: 'scored', unit: 'commune', lang: 'en' });
  const reader = await db.runAndReadAll(sql, [...params]);
  seconds.scoreAndRollUp = (performance.now() - t) / 1000;
  const rows = reader.getRowObjects().map((r) => ({ unit: String(r.unit), evaluated: Number(r.evaluated), recognized: Number(r.recognized), printed: r.printed === null ? null : String(r.printed) }));
  db.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
  const result: SideResult = { side: 'DuckDB', seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, rows };
  writeAtomically(out, JSON.stringify(result));
}

function* households(n: number, columns: readonly Column[], rs: RuleSet): Generator<{ commune: number; assessment: Assessment }> {
  const judged = new Set(rs.criteria.flatMap((c) => c.indicators).filter((i) => i.kind === 'judged').map((i) => i.id));
  for (let i = 0; i < n; i++) {
    const points: Record<string, number> = {};
    const facts: Record<string, unknown> = {};
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      if (c.kind === 'ratio-part') {
        facts[c.name.slice(0, -'.part'.length)] = { part: c.js(i), whole: columns[k + 1]!.js(i) };
        k++;
      } else if (judged.has(c.name)) points[c.name] = c.js(i) as number;
      else facts[c.name] = c.js(i);
    }
    yield { commune: communeJs(i), assessment: { id: String(i), points, facts } as Assessment };
  }
}

function librarySide(n: number, rs: RuleSet, out: string): void {
  const columns = columnsOf(rs);
  const score = compileRuleSet(rs);
  const tally = new Tally();
  const codes = Array.from({ length: COMMUNES }, (_, c) => communeCode(c));
  const provinces = Array.from({ length: PROVINCES }, (_, p) => `P${p}`);
  // The rows alone first (made and dropped), so that the time of making them can be told from that of scoring them.
  let t = performance.now();
  let made = 0;
  for (const h of households(n, columns, rs)) made += h.commune >= 0 ? 1 : 0;
  const generate = (performance.now() - t) / 1000;
  if (made !== n) throw new Error('rows');
  t = performance.now();
  for (const { commune, assessment } of households(n, columns, rs)) {
    const e = score(assessment);
    tally.add({ province: provinces[commune % PROVINCES]!, commune: codes[commune]!, model: e.model, ...(e.level !== undefined ? { level: e.level } : {}), recognized: e.recognized });
  }
  const table = summaryTable(tally, { level: 'commune', lang: 'en' });
  const seconds = { generate, generateScoreAndRollUp: (performance.now() - t) / 1000 };
  const rows = [...table.rows, ...table.totals].map((r) => ({ unit: r.unit, evaluated: r.evaluated, recognized: r.recognized, printed: r.printed ?? null }));
  writeAtomically(out, JSON.stringify({ side: 'library (compileRuleSet, Tally, summaryTable), streamed', seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, rows } satisfies SideResult));
}

async function main(): Promise<void> {
  const [phase, nText, id, out] = process.argv.slice(2);
  if (phase === '--side-duckdb' || phase === '--side-library') {
    const rs = getRuleSet(id!);
    if (phase === '--side-duckdb') await duckdbSide(Number(nText), rs, out!);
    else librarySide(Number(nText), rs, out!);
    return;
  }
  const n = Number(phase ?? 2_700_000);
  const ruleSetId = nText ?? 'learning-family-khvn-2021';
  const dir = mkdtempSync(join(tmpdir(), 'vnls-sql-scale-'));
  const self = fileURLToPath(import.meta.url);
  const results: SideResult[] = [];
  for (const side of ['--side-duckdb', '--side-library']) {
    const file = join(dir, `${side}.json`);
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, side, String(n), ruleSetId, file], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`${side} failed (${r.status})`);
    const result = JSON.parse(readFileSync(file, 'utf8')) as SideResult;
    results.push({ ...result, seconds: { ...result.seconds, wholeProcess: (performance.now() - started) / 1000 } });
  }
  rmSync(dir, { recursive: true, force: true });
  const key = (r: SideResult['rows'][number]): string => `${r.unit}|${r.evaluated}|${r.recognized}|${r.printed}`;
  const [sqlRows, libRows] = results.map((r) => r.rows.map(key).sort());
  const equal = sqlRows!.length === libRows!.length && sqlRows!.every((k, i) => k === libRows![i]);
  const total = results[1]!.rows.find((r) => r.unit === 'total')!;
  console.log(`${n.toLocaleString('en')} households of ${ruleSetId}, ${results[0]!.rows.length - 1} communes; recognised ${total.recognized.toLocaleString('en')} (${total.printed} %)`);
  for (const r of results) {
    const s = Object.entries(r.seconds).map(([k, v]) => `${k} ${v.toFixed(2)} s`).join(', ');
    console.log(`${r.side}: ${s}; peak RSS ${r.maxRssMiB.toFixed(0)} MiB`);
  }
  console.log(`the two statistics tables are ${equal ? 'equal, row for row' : 'DIFFERENT'}`);
  if (!equal) process.exitCode = 1;
}

await main();
