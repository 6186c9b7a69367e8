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
import { CliIoError, type CliIo } from './io.js';
import { languageOf, speak, translateCommanderMessage } from './language.js';
import { CliFailure, EXIT, type CliContext, type Globals } from './shared.js';

export { EXIT } from './shared.js';

const PROGRAM = {
  vi: {
    description: 'Bộ tiêu chí xã hội học tập dưới dạng mã: chấm điểm, tổng hợp, đối chiếu chỉ tiêu, kiểm tra số liệu',
    format: 'định dạng kết quả',
    lang: 'ngôn ngữ (vi: tiếng Việt, en: tiếng Anh)',
  },
  en: {
    description: 'Rules as code for Vietnam’s learning society: scoring, roll-ups, targets, checking stated figures',
    format: 'output format',
    lang: 'language of messages (vi: Vietnamese, en: English)',
  },
} as const;

/**
 * Runs the command line on `args` (without `node` and the script), writing to `io`. Resolves to the exit code:
 * 0 ok, 1 verification mismatches, 2 bad input (each bad record named by line and field) or a file that cannot be
 * read or written, 3 internal error. Help and messages are in Vietnamese unless `--lang en` is given.
 * Each command is a module of its own under `commands/`.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const program = new Command();
  const lang = languageOf(args);
  let exitCode: number = EXIT.ok;
  const cli: CliContext = {
    io,
    globals: (): Globals => {
      const o = program.opts<{ format: string; lang: string }>();
      return { format: o.format as Globals['format'], lang: o.lang as Lang };
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
    .addOption(new Option('-f, --format <format>', p.format).choices(['table', 'json', 'csv', 'ndjson']).default('table'))
    .addOption(new Option('-l, --lang <lang>', p.lang).choices(['vi', 'en']).default('vi'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(lang === 'vi' ? translateCommanderMessage(s) : s),
    })
    .showHelpAfterError(lang === 'vi' ? '(thêm --help để xem hướng dẫn)' : '(add --help for additional information)');
  for (const register of [registerRulesets, registerEvaluate, registerRollup, registerProgress, registerVerify, registerYearbook, registerCitation, registerUnits]) {
    register(program, cli, lang);
  }

  try {
    await program.parseAsync([...args], { from: 'user' });
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
