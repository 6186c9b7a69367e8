import { dirname, isAbsolute, join } from 'node:path';
import type { Command } from 'commander';
import { caseReportText, parseCaseFile, runCases, type CaseFile, type CaseReport } from 'vn-learning-society/cases';
import { LearningSocietyError } from '../../core/errors/index.js';
import type { Lang } from '../../core/label/index.js';
import { BUILT_IN_RULE_SET_IDS } from '../../catalogue/rule-sets/index.js';
import { getRuleSet } from '../../catalogue/rule-sets/lookup.js';
import type { RuleSet } from '../../rules/rule-set/schema.js';
import { CliIoError } from '../io.js';
import { CliFailure, EXIT, loadRuleSet, type CliContext } from '../shared.js';

const DESCRIPTIONS = {
  vi: {
    command: 'chạy các tệp ca kiểm thử (YAML hoặc JSON, hoặc tệp phái sinh có "cases"): mỗi ca một dòng ✓/✗; mã thoát 1 nếu có ca không đạt',
    files: 'các tệp ca kiểm thử',
    strict: 'chấm ở chế độ nghiêm ngặt: bộ tiêu chí còn giá trị chưa xác nhận thì mọi ca của nó không đạt',
    total: (p: number, f: number, files: number) => `${p} đạt, ${f} không đạt (${files} tệp)`,
  },
  en: {
    command: 'run files of test cases (YAML or JSON, or a fork file with "cases"): one ✓/✗ line per case; exit code 1 when a case fails',
    files: 'the case files',
    strict: 'score in strict mode: a rule set with unconfirmed values fails all its cases',
    total: (p: number, f: number, files: number) => `${p} passed, ${f} failed (${files} file${files === 1 ? '' : 's'})`,
  },
} as const;

/** Every rule set a case file names by file (not by a shipped id). */
function fileRefs(file: CaseFile): string[] {
  const refs = new Set<string>();
  for (const r of [file.ruleSet, file.fork?.base, ...file.cases.map((c) => c.ruleSet)]) if (r !== undefined && !BUILT_IN_RULE_SET_IDS.includes(r)) refs.add(r);
  return [...refs];
}

/**
 * `test <files…>`: runs case files (data/cases/*.yaml, a province's own, or the cases a fork file carries) and reports
 * each case; exit code 0 when all pass, 1 when one fails, 2 when a file cannot be read. A rule set named by file is read
 * beside the case file.
 */
export function registerTest(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('test')
    .description(d.command)
    .argument('<files...>', d.files)
    .option('--strict', d.strict)
    .action(async (files: string[], o: { strict?: boolean }) => {
      const { format, lang } = cli.globals();
      const reports: CaseReport[] = [];
      let unreadable = 0;
      for (const path of files) {
        let file: CaseFile;
        const loaded = new Map<string, RuleSet>();
        try {
          file = parseCaseFile(await io.readText(path), { fileName: path });
          for (const ref of fileRefs(file)) {
            // A file the case file names is read beside it.
            loaded.set(ref, await loadRuleSet(io, isAbsolute(ref) ? ref : join(dirname(path), ref), lang));
          }
        } catch (e) {
          if (e instanceof LearningSocietyError || e instanceof CliIoError) io.stderr.write(`${e.describe(lang)}\n`);
          else if (e instanceof CliFailure) io.stderr.write(`${e.message}\n`);
          else throw e;
          unreadable += 1;
          continue;
        }
        reports.push(runCases(file, { resolve: (ref) => loaded.get(ref) ?? getRuleSet(ref), strict: o.strict === true }));
      }
      const passed = reports.reduce((s, r) => s + r.passed, 0);
      const failed = reports.reduce((s, r) => s + r.failed, 0);
      if (format === 'json' || format === 'ndjson') io.stdout.write(`${JSON.stringify(reports, null, format === 'json' ? 2 : undefined)}\n`);
      else {
        for (const r of reports) io.stdout.write(`${caseReportText(r, lang)}\n`);
        io.stdout.write(`${d.total(passed, failed, reports.length)}\n`);
      }
      cli.exit(unreadable > 0 ? EXIT.badInput : failed > 0 ? EXIT.mismatch : EXIT.ok);
    });
}
