/**
 * vn-learning-society/sql (issue 28): a rule set compiled to SQL scores inside DuckDB and PostgreSQL (PGlite) exactly as
 * compileRuleSet does, row for row, over every shipped rule set and the shipped forks of examples/data, with random
 * assessments (one fast-check seed per run: test/setup/fuzz-seed.ts) and the edges written out: nothing given, zero
 * wholes, maxima, every band's exact boundary and the unit below it, ratios near 2^53. The roll-up equals summaryTable.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULE_SET_IDS,
  compileRuleSet,
  getRuleSet,
  LearningSocietyError,
  parseRuleSetFile,
  ROUNDINGS,
  summaryTable,
  Tally,
  targetsFor,
  type Assessment,
  type Evaluation,
  type RuleSet,
} from 'vn-learning-society';
import {
  assessmentColumns,
  assessmentInsertSql,
  assessmentRow,
  assessmentTableSql,
  failedRulesText,
  ruleSetFingerprint,
  ruleSetToSql,
  summaryTableSql,
} from 'vn-learning-society/sql';
import { duckdb, pglite, type Engine, type SqlValue } from '../helpers/sql-engines.js';

const FORKS = ['examples/data/ben-tre-clan-fork.json', 'examples/data/dong-thap-family-fork.json'];
/**
 * Not shipped: the 2015 family sheet with a ratio's bands at 33.333 % and 66.67 %, so that, with wholes near 2^53, the
 * cross-multiplication `part × 100 × 1000` passes 2^63 (a BIGINT would overflow; the SQL must use a wider type).
 */
function decimalBands(): RuleSet {
  const base = getRuleSet('learning-family-khvn-2015');
  const [c0, ...rest] = base.criteria;
  const [ratio, ...others] = c0!.indicators;
  if (ratio!.kind !== 'ratio') throw new Error('the first indicator of the 2015 family sheet is a ratio');
  const bands = [{ atLeastPercent: 33.333, points: 5 }, { atLeastPercent: 66.67, points: 10 }];
  return { ...base, id: 'learning-family-decimal-bands', criteria: [{ ...c0!, indicators: [{ ...ratio!, bands, whenWholeIsZero: 10 }, ...others] }, ...rest] };
}

const RULE_SETS: RuleSet[] = [
  ...BUILT_IN_RULE_SET_IDS.map((id) => getRuleSet(id)),
  ...FORKS.map((f) => parseRuleSetFile(readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8'))),
  decimalBands(),
];
const SEED = fc.readConfigureGlobal().seed ?? 20261206;
const RANDOM_PER_RULE_SET = 60;
const COMMUNES = ['00004', '00007', '00010'];

/** Whole multiples of 1/den from 0 to max in steps of `step`. */
function judgedValues(max: number, step: number, den: number): number[] {
  const stepUnits = Math.round(step * den);
  const maxUnits = Math.round(max * den);
  const out: number[] = [];
  for (let u = 0; u <= maxUnits; u += stepUnits) out.push(u / den);
  return out;
}

/** The edges of a ratio's bands: every band exactly, one below, and the same near 2^53 (where BIGINT products overflow). */
function ratioEdges(percents: readonly number[]): { part: number; whole: number }[] {
  const out = [{ part: 0, whole: 0 }, { part: 0, whole: 1 }, { part: 1, whole: 1 }];
  for (const p of percents) {
    // p % of a whole of 100 000 is p × 1000 exactly for every shipped percentage (at most 3 decimals).
    const whole = 100_000;
    const part = Math.round(p * 1000);
    out.push({ part, whole }, { part: Math.max(0, part - 1), whole });
    const big = Math.floor(Number.MAX_SAFE_INTEGER / 100_000) * 100_000;
    const bigPart = (big / 100_000) * part;
    out.push({ part: bigPart, whole: big }, { part: bigPart - 1, whole: big });
  }
  return out;
}

/** Values for every indicator: random ones and the edges, or nothing (undefined). */
function assessmentArb(rs: RuleSet): fc.Arbitrary<Assessment> {
  const den = rs.pointDenominator ?? 1;
  const entries = rs.criteria.flatMap((c) =>
    c.indicators.map((ind): [string, 'points' | 'facts', fc.Arbitrary<unknown>] => {
      switch (ind.kind) {
        case 'judged':
          return [ind.id, 'points', fc.constantFrom(...judgedValues(ind.maxPoints, ind.step ?? 1 / den, den))];
        case 'boolean':
          return [ind.id, 'facts', fc.boolean()];
        case 'count': {
          const edges = ind.bands.flatMap((b) => [b.atLeast, Math.max(0, b.atLeast - 1), b.atLeast + 1]);
          return [ind.id, 'facts', fc.oneof(fc.constantFrom(0, ...edges), fc.nat({ max: 1000 }))];
        }
        case 'ratio': {
          const random = fc.nat({ max: 500 }).chain((whole) => fc.nat({ max: whole }).map((part) => ({ part, whole })));
          return [ind.id, 'facts', fc.oneof(fc.constantFrom(...ratioEdges(ind.bands.map((b) => b.atLeastPercent))), random)];
        }
      }
    }),
  );
  return fc.tuple(...entries.map(([, , arb]) => fc.option(arb, { freq: 6, nil: undefined }))).map((values) => {
    const points: Record<string, unknown> = {};
    const facts: Record<string, unknown> = {};
    values.forEach((v, i) => {
      if (v === undefined) return;
      const [id, bucket] = entries[i]!;
      (bucket === 'points' ? points : facts)[id] = v;
    });
    return { points, facts } as Assessment;
  });
}

/** Assessments written out for a rule set: nothing given, every indicator at its maximum, every one at zero. */
function writtenOut(rs: RuleSet): Assessment[] {
  const at = (pick: 'max' | 'zero'): Assessment => {
    const points: Record<string, number> = {};
    const facts: Record<string, unknown> = {};
    for (const ind of rs.criteria.flatMap((c) => c.indicators)) {
      if (ind.kind === 'judged') points[ind.id] = pick === 'max' ? ind.maxPoints : 0;
      else if (ind.kind === 'boolean') facts[ind.id] = pick === 'max';
      else if (ind.kind === 'count') facts[ind.id] = pick === 'max' ? ind.bands.at(-1)!.atLeast : 0;
      else facts[ind.id] = pick === 'max' ? { part: 7, whole: 7 } : { part: 0, whole: 0 };
    }
    return { points, facts } as Assessment;
  };
  return [{}, at('max'), at('zero')];
}

function assessmentsFor(rs: RuleSet, index: number): Assessment[] {
  const random = fc.sample(assessmentArb(rs), { numRuns: RANDOM_PER_RULE_SET, seed: SEED + index });
  return [...writtenOut(rs), ...random].map((a, i) => ({ ...a, id: `${rs.id}#${i}` }));
}

const tableOf = (i: number): string => `rs_${i}`;

/** Inserts rows many at a time, every value a bound parameter. */
async function insert(engine: Engine, rs: RuleSet, table: string, assessments: readonly Assessment[], communeOf: (i: number) => string): Promise<void> {
  const one = assessmentInsertSql(rs, { dialect: engine.dialect, table });
  const head = one.slice(0, one.indexOf(' VALUES ')).replace(') ', ', "commune") ').replace(/\)$/, ', "commune")');
  const width = assessmentColumns(rs).length + 1;
  for (let start = 0; start < assessments.length; start += 50) {
    const chunk = assessments.slice(start, start + 50);
    const params: SqlValue[] = chunk.flatMap((a, k) => [...assessmentRow(rs, a), communeOf(start + k)]);
    const tuples = chunk.map((_, k) => `(${Array.from({ length: width }, (_, j) => `$${k * width + j + 1}`).join(', ')})`);
    await engine.run(`${head} VALUES ${tuples.join(', ')}`, params);
  }
}

interface Scored {
  id: string;
  model: string;
  total_units: string;
  total: string;
  recognized: boolean;
  class: string | null;
  provisional: boolean;
  failed: string;
}

function expected(rs: RuleSet, e: Evaluation, id: string): Record<string, unknown> {
  const den = rs.pointDenominator ?? 1;
  return {
    id,
    model: e.level !== undefined ? `${e.model}/${e.level}` : e.model,
    total_units: String(Math.round(e.total * den)),
    total: e.total,
    recognized: e.recognized,
    class: e.classification?.id ?? null,
    provisional: e.provisional,
    failed: failedRulesText(e),
  };
}

function actual(r: Scored): Record<string, unknown> {
  return { ...r, total_units: String(r.total_units), total: Number(r.total), commune: undefined };
}

describe.each([
  ['DuckDB', duckdb],
  ['PostgreSQL (PGlite)', pglite],
] as const)('%s scores as compileRuleSet does', (_name, start) => {
  let engine: Engine;
  const cases = RULE_SETS.map((rs, i) => ({ rs, assessments: assessmentsFor(rs, i) }));
  const communeOf = (i: number): string => COMMUNES[i % COMMUNES.length]!;

  beforeAll(async () => {
    engine = await start();
    for (const [i, { rs, assessments }] of cases.entries()) {
      await engine.run(assessmentTableSql(rs, { dialect: engine.dialect, table: tableOf(i) }));
      await engine.run(`ALTER TABLE "${tableOf(i)}" ADD COLUMN "commune" ${engine.dialect === 'duckdb' ? 'VARCHAR' : 'TEXT'}`);
      await insert(engine, rs, tableOf(i), assessments, communeOf);
      await engine.run(`CREATE VIEW "scored_${i}" AS ${ruleSetToSql(rs, { dialect: engine.dialect, table: tableOf(i), keep: ['commune'] })}`);
    }
    await engine.run(`CREATE VIEW "scored_all" AS ${cases.map((_, i) => `SELECT "commune", "model", "recognized" FROM "scored_${i}"`).join(' UNION ALL ')}`);
  }, 120_000);
  afterAll(async () => engine?.close());

  it('covers every shipped rule set, both shipped forks and a sheet with decimal bands, with edges and random assessments', () => {
    expect(RULE_SETS.length).toBe(BUILT_IN_RULE_SET_IDS.length + 3);
    expect(RULE_SETS.map((r) => r.id)).toContain('learning-family-dong-thap-2021');
    expect(cases.every((c) => c.assessments.length === 3 + RANDOM_PER_RULE_SET)).toBe(true);
  });

  it.each(RULE_SETS.map((rs, i) => [rs.id, i] as const))('%s: every row equals the library’s evaluation', async (_id, i) => {
    const { rs, assessments } = cases[i]!;
    const score = compileRuleSet(rs);
    const rows = (await engine.rows(`SELECT * FROM "scored_${i}" ORDER BY "id"`)) as unknown as Scored[];
    const want = assessments.map((a) => expected(rs, score(a), a.id!)).sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));
    expect(rows.map(actual)).toEqual(want.map((w) => ({ ...w, commune: undefined })));
    // The verdicts are not all alike: the fuzzing reaches both sides of recognition for the sheets it can.
    expect(new Set(rows.map((r) => r.failed)).size).toBeGreaterThan(1);
  });

  it.each(ROUNDINGS.flatMap((rounding) => [0, 2, 3].map((decimals) => [rounding, decimals] as const)))(
    'the roll-up by commune equals summaryTable (%s, %i decimals), populations and targets of Đồng Tháp 2025',
    async (rounding, decimals) => {
      const tally = new Tally();
      const evaluated = new Map<string, number>();
      for (const { rs, assessments } of cases) {
        const score = compileRuleSet(rs);
        assessments.forEach((a, k) => {
          const e = score(a);
          tally.add({ province: '87', commune: communeOf(k), model: e.model, ...(e.level !== undefined ? { level: e.level } : {}), recognized: e.recognized });
          const key = `${communeOf(k)}|${e.level !== undefined ? `${e.model}/${e.level}` : e.model}`;
          evaluated.set(key, (evaluated.get(key) ?? 0) + 1);
        });
      }
      // Populations: a few more than evaluated, none for one commune's families (that total then has none).
      const populations: Record<string, Record<string, number>> = {};
      let extra = 0;
      for (const [key, n] of evaluated) {
        const [commune, model] = key.split('|') as [string, string];
        if (commune === '00010' && model === 'learning-family') continue;
        (populations[commune] ??= {})[model] = n + (extra++ % 7);
      }
      await engine.run('DROP TABLE IF EXISTS "pops"');
      await engine.run(`CREATE TABLE "pops" ("unit" ${engine.dialect === 'duckdb' ? 'VARCHAR' : 'TEXT'}, "model" ${engine.dialect === 'duckdb' ? 'VARCHAR' : 'TEXT'}, "population" BIGINT, "registered" BIGINT)`);
      for (const [unit, byModel] of Object.entries(populations)) {
        for (const [model, n] of Object.entries(byModel)) await engine.run('INSERT INTO "pops" VALUES ($1, $2, $3, $4)', [unit, model, n, n - 1]);
      }
      const registered = Object.fromEntries(Object.entries(populations).map(([u, m]) => [u, Object.fromEntries(Object.entries(m).map(([k, n]) => [k, n - 1]))]));
      // Đồng Tháp's targets for 2025 (Kế hoạch 2030 of the province; data/targets/): percentages for each model.
      const targets = targetsFor('VN-45', 2025);
      const lib = summaryTable(tally, { level: 'commune', populations, registered, targets, decimals, rounding });
      const { sql, params } = summaryTableSql({ dialect: engine.dialect, scored: 'scored_all', unit: 'commune', populations: 'pops', targets, decimals, rounding });
      const rows = await engine.rows(sql, params);
      const fromLib = [...lib.rows, ...lib.totals].map((r) => ({
        unit: r.unit,
        model: r.model,
        population: r.population === undefined ? null : String(r.population),
        registered: r.registered === undefined ? null : String(r.registered),
        evaluated: String(r.evaluated),
        recognized: String(r.recognized),
        of: r.of,
        printed: r.printed ?? null,
        target: r.target === undefined ? null : String(r.target),
        required: r.required === undefined ? null : String(r.required),
        needed: r.needed === undefined ? null : String(r.needed),
        problem: null,
      }));
      const norm = (r: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null || typeof v === 'string' ? v : String(v)]));
      const order = (a: Record<string, unknown>, b: Record<string, unknown>): number => {
        const ka = `${a.unit === 'total' ? 1 : 0}|${String(a.unit)}|${String(a.model)}`;
        const kb = `${b.unit === 'total' ? 1 : 0}|${String(b.unit)}|${String(b.model)}`;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      };
      expect(rows.map(norm).sort(order)).toEqual(fromLib.sort(order));
      expect(rows.length).toBeGreaterThan(20);
      expect(rows.some((r) => r.target !== null)).toBe(true);
    },
  );

  it('a share of a whole of 0 prints nothing, and more recognised than the population is named, not printed', async () => {
    await engine.run(`CREATE TABLE "edge_scored" ("unit" ${engine.dialect === 'duckdb' ? 'VARCHAR' : 'TEXT'}, "model" ${engine.dialect === 'duckdb' ? 'VARCHAR' : 'TEXT'}, "recognized" BOOLEAN)`);
    await engine.run(`CREATE TABLE "edge_pops" ("unit" ${engine.dialect === 'duckdb' ? 'VARCHAR' : 'TEXT'}, "model" ${engine.dialect === 'duckdb' ? 'VARCHAR' : 'TEXT'}, "population" BIGINT, "registered" BIGINT)`);
    await engine.run("INSERT INTO \"edge_scored\" VALUES ('a', 'learning-family', FALSE), ('b', 'learning-family', TRUE), ('b', 'learning-family', TRUE)");
    await engine.run("INSERT INTO \"edge_pops\" VALUES ('a', 'learning-family', 0, NULL), ('b', 'learning-family', 1, NULL)");
    const { sql, params } = summaryTableSql({ dialect: engine.dialect, scored: 'edge_scored', populations: 'edge_pops', lang: 'en' });
    const rows = (await engine.rows(sql, params)).map((r) => [r.unit, String(r.population), r.printed, r.problem]);
    expect(rows).toEqual([
      ['a', '0', null, null],
      ['b', '1', null, 'part_above_whole'],
      ['total', '1', null, 'part_above_whole'],
    ]);
    // summaryTable refuses the same figures.
    expect(() => summaryTable([{ level: 'commune', code: 'b', counts: { 'learning-family': { evaluated: 2, recognized: 2 } } }], { level: 'commune', populations: { b: { 'learning-family': 1 } } })).toThrow(LearningSocietyError);
  });

  it('the table refuses what the library refuses: points above the maximum or off the step, a negative count, a part above its whole', async () => {
    const tt44 = RULE_SETS.findIndex((r) => r.id === 'learning-community-commune-tt44-2014');
    const hamlet = RULE_SETS.findIndex((r) => r.id === 'learning-community-hamlet-khvn-2021');
    const cols = (i: number) => assessmentColumns(RULE_SETS[i]!);
    const one = async (i: number, column: string, value: SqlValue): Promise<boolean> => {
      const name = cols(i).find((c) => c.name === column)!.name;
      try {
        await engine.run(`INSERT INTO "${tableOf(i)}" ("id", "${name}") VALUES ($1, $2)`, ['bad', value]);
        return true;
      } catch {
        return false;
      }
    };
    const judged = cols(tt44).find((c) => c.kind === 'judged')!.name;
    // QĐ… TT 44/2014 scores in half points up to each indicator's maximum (data/rule-sets/learning-community-commune-tt44-2014.json).
    expect(await one(tt44, judged, 0.25)).toBe(false);
    expect(await one(tt44, judged, -0.5)).toBe(false);
    expect(await one(tt44, judged, 10_000)).toBe(false);
    const count = cols(hamlet).find((c) => c.kind === 'count')!.name;
    expect(await one(hamlet, count, -1)).toBe(false);
    const part = cols(hamlet).find((c) => c.kind === 'ratio-part')!.name;
    expect(await one(hamlet, part, 3)).toBe(false); // a part without its whole
    expect(await engine.rows(`SELECT COUNT(*) AS "n" FROM "${tableOf(tt44)}" WHERE "id" = 'bad'`)).toEqual([{ n: engine.dialect === 'duckdb' ? '0' : 0 }]);
  });
});

describe('what SQL cannot hold, and names, are refused in both languages', () => {
  const family = getRuleSet('learning-family-khvn-2015');

  it('a point denominator with no exact decimal (thirds) is refused, naming pointDenominator', () => {
    const thirds: RuleSet = { ...family, id: 'learning-family-thirds', pointDenominator: 3 };
    expect(compileRuleSet(thirds)({}).total).toBe(0); // a valid rule set for the library
    try {
      ruleSetToSql(thirds, { dialect: 'duckdb' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LearningSocietyError);
      const err = e as LearningSocietyError;
      expect([err.code, err.issues[0]!.code, err.issues[0]!.path]).toEqual(['sql_unsupported', 'sql_unsupported', ['pointDenominator']]);
      expect(err.issues[0]!.message.vi).toContain('pointDenominator 3');
    }
  });

  it.each(['families; DROP TABLE x', 'a"b', '1abc', 'a.b.c', '', 'x'.repeat(64), 'bảng'])('table name %j is refused', (table) => {
    expect(() => assessmentTableSql(family, { dialect: 'postgres', table })).toThrow(/table name|tên bảng/);
    expect(() => ruleSetToSql(family, { dialect: 'postgres', table })).toThrow(LearningSocietyError);
  });

  it('a dialect that is not tested is refused', () => {
    expect(() => ruleSetToSql(family, { dialect: 'mysql' as never })).toThrow(/duckdb, postgres/);
  });

  it('a kept column that is not a plain name, or is a column of the result, is refused', () => {
    expect(() => ruleSetToSql(family, { dialect: 'duckdb', keep: ['x"; --'] })).toThrow(LearningSocietyError);
    expect(() => ruleSetToSql(family, { dialect: 'duckdb', keep: ['total'] })).toThrow(LearningSocietyError);
  });

  it('an indicator id whose column name PostgreSQL would cut (63 bytes) is refused, naming it', () => {
    const long = `a${'.b'.repeat(30)}`; // 61 characters: the ratio's column "<id>.whole" is 67 bytes
    const first = family.criteria[0]!.indicators[0]!;
    const [c0, ...rest] = family.criteria;
    const rs: RuleSet = { ...family, id: 'learning-family-long', criteria: [{ ...c0!, indicators: [{ ...first, id: long }, ...c0!.indicators.slice(1)] }, ...rest] };
    expect(first.kind).toBe('ratio');
    expect(() => assessmentTableSql(rs, { dialect: 'postgres' })).toThrow(/63/);
  });

  it('the scoring SQL carries no value of an assessment and takes no parameters; the insert binds every value', () => {
    const sql = ruleSetToSql(family, { dialect: 'postgres', table: 'families' });
    expect(sql).not.toMatch(/\$\d/);
    expect(assessmentInsertSql(family, { dialect: 'postgres', table: 'families' })).toMatch(/VALUES \(\$1, \$2, .*\$12\)$/);
    expect(assessmentRow(family, { id: "x'); DROP TABLE families; --", facts: { 'children.attendance': { part: 1, whole: 2 } } }).slice(0, 3)).toEqual(["x'); DROP TABLE families; --", 1, 2]);
  });

  it('the first line names the rule set and its fingerprint, which a change of value changes and a key order does not', () => {
    const sql = ruleSetToSql(family, { dialect: 'duckdb' });
    expect(sql.split('\n')[0]).toBe(`-- vn-learning-society: rule set learning-family-khvn-2015 (in force 2015-12-01 to 2021-12-31), fingerprint ${ruleSetFingerprint(family)}; regenerate this SQL when the rule set changes`);
    const reordered = JSON.parse(JSON.stringify(family, Object.keys(family).sort())) as RuleSet;
    expect(ruleSetFingerprint({ ...reordered, ...family })).toBe(ruleSetFingerprint(family));
    const min = family.outcome.rules[0]!;
    const changed = { ...family, outcome: { ...family.outcome, rules: [{ ...min, points: 79 }] } } as RuleSet;
    expect(ruleSetFingerprint(changed)).not.toBe(ruleSetFingerprint(family));
  });

  it('the roll-up knows every rounding summaryTable names, and refuses another', () => {
    const refused = (rounding: string): string => {
      try {
        summaryTableSql({ dialect: 'duckdb', scored: 's', rounding: rounding as never });
        return '';
      } catch (e) {
        return (e as LearningSocietyError).issues[0]!.message.en;
      }
    };
    expect(ROUNDINGS.map(refused)).toEqual(['', '', '', '']);
    expect(refused('bankers')).toBe(`a rounding (${ROUNDINGS.join(', ')})`);
  });

  it('an assessment the library refuses has no row', () => {
    expect(() => assessmentRow(family, { points: { 'children.results': 11 } })).toThrow(LearningSocietyError);
  });
});
