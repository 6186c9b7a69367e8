/**
 * `rulesets sql` (issue 28): the SQL of vn-learning-society/sql from the command line, run as printed in DuckDB.
 */
import { describe, expect, it } from 'vitest';
import { compileRuleSet, getRuleSet } from 'vn-learning-society';
import { assessmentInsertSql, assessmentRow } from 'vn-learning-society/sql';
import { duckdb } from '../helpers/sql-engines.js';
import { runInMemory as run } from '../helpers/cli.js';

describe('vn-learning-society rulesets sql', () => {
  it('prints the table, the scoring view and the statistics table, which run as printed in DuckDB', async () => {
    const r = await run(['rulesets', 'sql', 'learning-family-khvn-2015', '--dialect', 'duckdb', '--table', 'families', '--unit', 'commune', '--lang', 'en']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.split('\n').filter((l) => l.startsWith('-- ') && !l.startsWith('-- vn-learning-society'))).toEqual([
      '-- 1. The assessment table: id, then one column per indicator (a ratio: two columns, part and whole); NULL is not given',
      '-- Add the column "commune" (the unit\'s code) to this table before loading assessments',
      "-- 2. Scoring: one row per assessment, as the library's compileRuleSet (view families_scored)",
      '-- 3. The statistics table by unit, as summaryTable (targets: bound as parameters, see summaryTableSql)',
    ]);
    const [create, view, rollup] = r.out.split(';\n').map((s) => s.trim()).filter((s) => s !== '');
    const db = await duckdb();
    try {
      await db.run(create!);
      await db.run('ALTER TABLE "families" ADD COLUMN "commune" VARCHAR');
      await db.run(view!);
      const family = getRuleSet('learning-family-khvn-2015');
      const insert = assessmentInsertSql(family, { dialect: 'duckdb', table: 'families' });
      // QĐ 448/QĐ-KHVN (2015): 100 points in all, recognised from 80 (data/rule-sets/learning-family-khvn-2015.json).
      const full = { id: 'h1', points: Object.fromEntries(family.criteria.flatMap((c) => c.indicators).filter((i) => i.kind === 'judged').map((i) => [i.id, i.kind === 'judged' ? i.maxPoints : 0])), facts: { 'children.attendance': { part: 2, whole: 2 }, 'conditions.bookshelf': true } };
      await db.run(insert, assessmentRow(family, full));
      await db.run(insert, assessmentRow(family, { id: 'h2' }));
      await db.run('UPDATE "families" SET "commune" = \'00004\'');
      expect(compileRuleSet(family)(full).total).toBe(100);
      const scored = await db.rows('SELECT "id", "total", "recognized", "failed", "commune" FROM "families_scored" ORDER BY "id"');
      expect(scored).toEqual([
        { id: 'h1', total: '100', recognized: true, failed: '', commune: '00004' },
        { id: 'h2', total: '0', recognized: false, failed: 'min-total', commune: '00004' },
      ]);
      const table = await db.rows(rollup!);
      expect(table.map((t) => [t.unit, t.model, t.evaluated, t.recognized, t.of, t.printed])).toEqual([
        ['00004', 'learning-family', '2', '1', 'evaluated', '50.00'],
        ['total', 'learning-family', '2', '1', 'evaluated', '50.00'],
      ]);
    } finally {
      await db.close();
    }
  });

  it('without --unit prints no statistics table; in Vietnamese by default', async () => {
    const r = await run(['rulesets', 'sql', 'learning-clan-khvn-2021', '--dialect', 'postgres']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('CREATE TABLE "assessments"');
    expect(r.out).toContain('CREATE VIEW "assessments_scored" AS');
    expect(r.out).toContain('-- 2. Chấm điểm: một dòng cho mỗi phiếu');
    expect(r.out).not.toContain('-- 3.');
  });

  it('refuses a missing or unknown dialect, a table name that is not a plain name, and an unknown rule set', async () => {
    expect((await run(['rulesets', 'sql', 'learning-clan-khvn-2021'])).code).not.toBe(0);
    const mysql = await run(['rulesets', 'sql', 'learning-clan-khvn-2021', '--dialect', 'mysql', '--lang', 'en']);
    expect([mysql.code === 0, mysql.err.includes('duckdb, postgres')]).toEqual([false, true]);
    const bad = await run(['rulesets', 'sql', 'learning-clan-khvn-2021', '--dialect', 'duckdb', '--table', 'x; DROP TABLE y', '--lang', 'en']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('must be a table name');
    expect(bad.out).toBe('');
    const unknown = await run(['rulesets', 'sql', 'learning-clan-khvn-2099', '--dialect', 'duckdb']);
    expect(unknown.code).not.toBe(0);
  });
});
