import { Command, CommanderError, Option } from 'commander';
import { LearningSocietyError } from '../core/errors/index.js';
import type { Lang } from '../core/label/index.js';
import { registerCitation } from './commands/citation.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerProgress } from './commands/progress.js';
import { registerRollup } from './commands/rollup.js';
import { registerRulesets } from './commands/rulesets.js';
import { registerUnits } from './commands/units.js';
import { registerVerify } from './commands/verify.js';
import { registerYearbook } from './commands/yearbook.js';
import { workbookBytes, type WorkbookSheet } from 'vn-learning-society/sheets';
import { registerTemplate } from './commands/template.js';
import { registerVerifyTable } from './commands/verify-table.js';
import { registerTest } from './commands/test.js';
import { registerFork } from './commands/fork.js';
import { registerDocuments } from './commands/documents.js';
import { CliIoError, type CliIo } from './io.js';
import { languageOf, speak, translateCommanderMessage } from './language.js';
import { CliFailure, EXIT, type CliContext, type Globals } from './shared.js';
import packageJson from '../../package.json' with { type: 'json' };

export { EXIT } from './shared.js';

const PROGRAM = {
  vi: {
    description: 'Bộ tiêu chí xã hội học tập dưới dạng mã: chấm điểm, tổng hợp, đối chiếu chỉ tiêu, kiểm tra số liệu',
    format: 'định dạng kết quả (xlsx: bảng tính Excel, cần -o)',
    output: 'ghi kết quả vào tệp này thay vì màn hình; tệp .xlsx là bảng tính Excel',
    lang: 'ngôn ngữ (vi: tiếng Việt, en: tiếng Anh)',
    version: 'in số phiên bản',
  },
  en: {
    description: 'Rules as code for Vietnam’s learning society: scoring, roll-ups, targets, checking stated figures',
    format: 'output format (xlsx: an Excel workbook, needs -o)',
    output: 'write the output to this file instead of the screen; a .xlsx file is an Excel workbook',
    lang: 'language of messages (vi: Vietnamese, en: English)',
    version: 'print the version',
  },
} as const;

/**
 * Runs the command line on `args` (without `node` and the script), writing to `io`. Resolves to the exit code:
 * 0 ok, 1 verification mismatches, 2 bad input (each bad record named by line and field) or a file that cannot be
 * read or written, 3 internal error. Help and messages are in Vietnamese unless `--lang en` is given.
 * Each command is a module of its own under `commands/`.
 */
export async function runCli(args: readonly string[], outer: CliIo): Promise<number> {
  const program = new Command();
  const lang = languageOf(args);
  let exitCode: number = EXIT.ok;
  // With -o, what a command prints is kept and written to the file at the end; a workbook collects its tables.
  const workbook: WorkbookSheet[] = [];
  let kept: string[] | undefined;
  const io: CliIo = { ...outer, stdout: { write: (t: string) => (kept ? kept.push(t) : outer.stdout.write(t)) }, workbook };
  const output = (): { path?: string; format: Globals['format'] } => {
    const o = program.opts<{ format: string; output?: string }>();
    const xlsx = o.output !== undefined && /\.xlsx$/i.test(o.output) && program.getOptionValueSource('format') !== 'cli';
    return { ...(o.output !== undefined ? { path: o.output } : {}), format: (xlsx ? 'xlsx' : o.format) as Globals['format'] };
  };
  const cli: CliContext = {
    io,
    globals: (): Globals => {
      const o = program.opts<{ lang: string }>();
      const out = output();
      return { format: out.format, lang: o.lang as Lang, ...(out.path !== undefined ? { output: out.path } : {}) };
    },
    exit: (code) => {
      exitCode = code;
    },
  };
  const p = PROGRAM[lang];
  speak(program, lang);
  program
    .name('vn-learning-society')
    .description(p.description)
    .version(packageJson.version, '-V, --version', p.version)
    .addOption(new Option('-f, --format <format>', p.format).choices(['table', 'json', 'csv', 'ndjson', 'xlsx']).default('table'))
    .option('-o, --output <file>', p.output)
    .addOption(new Option('-l, --lang <lang>', p.lang).choices(['vi', 'en']).default('vi'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(lang === 'vi' ? translateCommanderMessage(s) : s),
    })
    .showHelpAfterError(lang === 'vi' ? '(thêm --help để xem hướng dẫn)' : '(add --help for additional information)');
  for (const register of [registerRulesets, registerEvaluate, registerRollup, registerProgress, registerVerify, registerVerifyTable, registerYearbook, registerCitation, registerUnits, registerTemplate, registerTest, registerFork, registerDocuments]) {
    register(program, cli, lang);
  }
  program.hook('preAction', () => {
    const { path, format } = output();
    if (format === 'xlsx' && path === undefined) throw new CliFailure(lang === 'vi' ? '-f xlsx cần tệp kết quả: thêm -o ket-qua.xlsx' : '-f xlsx needs an output file: add -o results.xlsx', EXIT.badInput);
    if (path !== undefined && format !== 'xlsx') kept = [];
  });

  try {
    await program.parseAsync([...args], { from: 'user' });
    const { path, format } = output();
    if (path !== undefined && format === 'xlsx') {
      if (workbook.length > 0) {
        if (!outer.writeBytes) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp' : 'cannot write files here', EXIT.badInput);
        await outer.writeBytes(path, await workbookBytes(workbook));
      } else if (exitCode === EXIT.ok) {
        throw new CliFailure(lang === 'vi' ? 'lệnh này không có bảng để ghi thành .xlsx' : 'this command has no table to write as .xlsx', EXIT.badInput);
      }
    } else if (path !== undefined && kept !== undefined) {
      if (!outer.writeText) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp' : 'cannot write files here', EXIT.badInput);
      await outer.writeText(path, kept.join(''));
    }
    return exitCode;
  } catch (e) {
    const lang = (program.opts<{ lang?: Lang }>().lang ?? 'vi') as Lang;
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (e instanceof CliFailure) {
      io.stderr.write(`${e.message}\n`);
      return e.code;
    }
    if (e instanceof CliIoError) {
      if (!(e.mode === 'write' && e.path === '-')) io.stderr.write(`${e.describe(lang)}\n`);
      return EXIT.badInput;
    }
    if (e instanceof LearningSocietyError) {
      io.stderr.write(`${e.describe(lang)}\n`);
      return EXIT.badInput;
    }
    io.stderr.write(`internal error / lỗi nội bộ: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}
