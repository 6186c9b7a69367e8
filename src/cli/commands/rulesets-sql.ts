import { Option, type Command } from 'commander';
import type { Lang, RuleSet } from 'vn-learning-society';

/** What this command needs of the command line: where to write, the language of the run, and how to load a rule set. */
interface SqlCommandContext {
  readonly io: { readonly stdout: { write(text: string): unknown } };
  globals(): { readonly lang: Lang };
}

const TEXT = {
  vi: {
    command: 'SQL chấm điểm theo bộ tiêu chí ngay trong cơ sở dữ liệu: bảng phiếu, truy vấn chấm điểm, bảng thống kê theo đơn vị',
    dialect: 'phương ngữ SQL (đã kiểm thử với DuckDB và PostgreSQL)',
    table: 'tên bảng phiếu đánh giá (mặc định assessments)',
    unit: 'cột của bảng phiếu ghi mã đơn vị (xã…): thêm cột đó vào kết quả chấm và in truy vấn thống kê theo đơn vị',
    table1: 'Bảng phiếu đánh giá: cột id, rồi mỗi chỉ báo một cột (tỷ lệ: hai cột part và whole); NULL là chưa có',
    table1Unit: (u: string) => `Thêm cột "${u}" (mã đơn vị) vào bảng này trước khi nạp phiếu`,
    scoring: (v: string) => `Chấm điểm: một dòng cho mỗi phiếu, như compileRuleSet của thư viện (view ${v})`,
    rollup: 'Bảng thống kê theo đơn vị, như summaryTable (chỉ tiêu: truyền bằng tham số, xem summaryTableSql)',
  },
  en: {
    command: 'SQL that scores under a rule set inside the database: the assessment table, the scoring query, the statistics table by unit',
    dialect: 'the SQL dialect (tested against DuckDB and PostgreSQL)',
    table: 'the name of the assessment table (default assessments)',
    unit: 'the column of the assessment table holding the unit’s code (commune…): kept in the scored rows, and the statistics table by unit printed',
    table1: 'The assessment table: id, then one column per indicator (a ratio: two columns, part and whole); NULL is not given',
    table1Unit: (u: string) => `Add the column "${u}" (the unit's code) to this table before loading assessments`,
    scoring: (v: string) => `Scoring: one row per assessment, as the library's compileRuleSet (view ${v})`,
    rollup: 'The statistics table by unit, as summaryTable (targets: bound as parameters, see summaryTableSql)',
  },
} as const;

/**
 * `rulesets sql <ruleSet> --dialect duckdb|postgres [--table …] [--unit …]`: the SQL of `vn-learning-society/sql` for a
 * rule set (id or file), to run in a database: the table, the scoring view, and with `--unit` the statistics table.
 */
export function registerRulesetsSql(rulesets: Command, cli: SqlCommandContext, lang: Lang, load: (ref: string, lang: Lang) => Promise<RuleSet>): void {
  const t = TEXT[lang];
  rulesets
    .command('sql <ruleSet>')
    .description(t.command)
    .addOption(new Option('--dialect <dialect>', t.dialect).choices(['duckdb', 'postgres']).makeOptionMandatory())
    .option('--table <name>', t.table)
    .option('--unit <column>', t.unit)
    .action(async (ref: string, o: { dialect: 'duckdb' | 'postgres'; table?: string; unit?: string }) => {
      const { lang } = cli.globals();
      const w = TEXT[lang];
      const rs = await load(ref, lang);
      const { assessmentTableSql, ruleSetToSql, summaryTableSql } = await import('vn-learning-society/sql');
      const table = o.table ?? 'assessments';
      const view = `${table.split('.').pop()!}_scored`.slice(0, 63);
      const parts = [
        `-- 1. ${w.table1}${o.unit !== undefined ? `\n-- ${w.table1Unit(o.unit)}` : ''}`,
        assessmentTableSql(rs, { dialect: o.dialect, table }),
        `-- 2. ${w.scoring(view)}`,
        `CREATE VIEW "${view}" AS\n${ruleSetToSql(rs, { dialect: o.dialect, table, ...(o.unit !== undefined ? { keep: [o.unit] } : {}) })};\n`,
      ];
      if (o.unit !== undefined) parts.push(`-- 3. ${w.rollup}`, `${summaryTableSql({ dialect: o.dialect, scored: view, unit: o.unit, lang }).sql};\n`);
      cli.io.stdout.write(parts.join('\n'));
    });
}
