import { Command, CommanderError, Option } from 'commander';
import { LearningSocietyError, type Lang } from 'vn-learning-society';
import { registerCitation } from './commands/citation.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerProgress } from './commands/progress.js';
import { registerRollup } from './commands/rollup.js';
import { registerRulesets } from './commands/rulesets.js';
import { registerUnits } from './commands/units.js';
import { registerVerify } from './commands/verify.js';
import { registerYearbook } from './commands/yearbook.js';
import type { WorkbookSheet } from 'vn-learning-society/sheets';
import { registerTemplate } from './commands/template.js';
import { registerVerifyTable } from './commands/verify-table.js';
import { registerTest } from './commands/test.js';
import { forkCaseFile, registerFork } from './commands/fork.js';
import { registerDocuments } from './commands/documents.js';
import { CliIoError, visible, type CliIo, type FileIdentity, type OutputSink } from './io.js';
import { languageOf, speak, translateCommanderMessage } from './language.js';
import { CliFailure, EXIT, type CliContext, type Globals } from './shared.js';
import packageJson from '../../package.json' with { type: 'json' };

export { EXIT } from './shared.js';

const PROGRAM = {
  vi: {
    description: 'Bộ tiêu chí xã hội học tập dưới dạng mã: chấm điểm, tổng hợp, đối chiếu chỉ tiêu, kiểm tra số liệu',
    format: 'định dạng kết quả (xlsx: bảng tính Excel, cần -o); không có -f thì đuôi tệp -o quyết định',
    output: 'ghi kết quả vào tệp này thay vì màn hình; đuôi tệp chọn định dạng (.csv, .json, .ndjson, .xlsx là bảng tính Excel); tệp chỉ được thay khi đã ghi xong',
    csvGuard: 'không thêm dấu \' trước ô CSV bắt đầu bằng = + - @ (mặc định có thêm để Excel không chạy ô đó như công thức; tắt khi một chương trình đọc tệp CSV)',
    lang: 'ngôn ngữ (vi: tiếng Việt, en: tiếng Anh)',
    version: 'in số phiên bản',
  },
  en: {
    description: 'Rules as code for Vietnam’s learning society: scoring, roll-ups, targets, checking stated figures',
    format: 'output format (xlsx: an Excel workbook, needs -o); without -f, the -o file’s extension picks it',
    output: 'write the output to this file instead of the screen; its extension picks the format (.csv, .json, .ndjson, .xlsx an Excel workbook); the file is replaced only once it is complete',
    csvGuard: 'do not put a \' before CSV cells that begin with = + - @ (by default it is put, so that Excel does not run them as formulas; turn it off when a program reads the CSV)',
    lang: 'language of messages (vi: Vietnamese, en: English)',
    version: 'print the version',
  },
} as const;

/**
 * Runs the command line on `args` (without `node` and the script), writing to `io`. Resolves to the exit code:
 * 0 ok, 1 verification mismatches, 2 bad input (each bad record named by line and field) or a file that cannot be
 * read or written, 3 internal error. Help and messages are in Vietnamese unless `--lang en` is given.
 * Each command is a module of its own under `commands/`. The library's heavy entry points (the unit lists, workbooks,
 * documents, case files, charts, zod's schemas) are loaded by the actions that use them (`await import`), so that
 * `--help`, `--version` and the light commands start without them (test/cli-start.test.ts).
 */
export async function runCli(args: readonly string[], outer: CliIo): Promise<number> {
  const program = new Command();
  const lang = languageOf(args);
  let exitCode: number = EXIT.ok;
  // With -o, what a command prints is streamed to a temporary file that replaces the output file only at the end
  // (or, where the I/O cannot stream, kept and written at the end); a workbook collects its tables.
  const workbook: WorkbookSheet[] = [];
  let sink: OutputSink | undefined;
  let kept: string[] | undefined;
  let printed = false;
  // Text for people (the table format: tables, documents, test results) shows a file's control characters escaped;
  // CSV, JSON and NDJSON are data, written as they are (JSON escapes them itself).
  let forPeople = false;
  // Files a person edits (`fork`, `template` without --force) are put in place only where no file is, even one made
  // while the command ran.
  let exclusive = false;
  const io: CliIo = {
    ...outer,
    ...(outer.writeText ? { writeText: (path: string, text: string) => outer.writeText!(path, text, { exclusive }) } : {}),
    ...(outer.writeBytes ? { writeBytes: (path: string, bytes: Uint8Array) => outer.writeBytes!(path, bytes, { exclusive }) } : {}),
    stdout: {
      write: (text: string) => {
        if (text.length > 0) printed = true;
        const t = forPeople ? visible(text) : text;
        return sink ? sink.write(t) : kept ? kept.push(t) : outer.stdout.write(t);
      },
    },
    // Everything on stderr may quote a file's cells: control characters are shown escaped, never sent to the terminal.
    stderr: { write: (t: string) => outer.stderr.write(visible(t)) },
    ready: async () => (sink ? sink.ready() : outer.ready?.()),
    workbook,
    get csvGuard() {
      return program.opts<{ csvGuard?: boolean }>().csvGuard !== false;
    },
  };
  const output = (): { path?: string; format: Globals['format'] } => {
    const given = program.opts<{ format: string; output?: string }>();
    // `-o -` is standard output, as `-` is standard input.
    const o = given.output === '-' ? { ...given, output: undefined } : given;
    const fromName = o.output !== undefined && program.getOptionValueSource('format') !== 'cli' ? formatOfName(o.output) : undefined;
    return { ...(o.output !== undefined ? { path: o.output } : {}), format: (fromName ?? o.format) as Globals['format'] };
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
    .option('--no-csv-guard', p.csvGuard)
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
  program.hook('preAction', async (_program, command) => {
    const { path, format } = output();
    if (format === 'xlsx' && path === undefined) throw new CliFailure(lang === 'vi' ? '-f xlsx cần tệp kết quả: thêm -o ket-qua.xlsx' : '-f xlsx needs an output file: add -o results.xlsx', EXIT.badInput);
    await checkFiles(outer, command, path, lang);
    exclusive = command.options.some((o) => o.long === '--force') && command.opts<{ force?: boolean }>().force !== true;
    forPeople = format === 'table';
    if (path !== undefined && format !== 'xlsx') {
      if (outer.openOutput) sink = await outer.openOutput(path, { exclusive });
      else kept = [];
    }
  });

  try {
    await program.parseAsync([...args], { from: 'user' });
    const { path, format } = output();
    if (path !== undefined && format === 'xlsx') {
      if (workbook.length > 0) {
        if (!outer.writeBytes) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp' : 'cannot write files here', EXIT.badInput);
        // The workbook writer (vn-learning-society/sheets, with write-excel-file) is loaded only when a workbook is written.
        const { workbookBytes } = await import('vn-learning-society/sheets');
        await outer.writeBytes(path, await workbookBytes(workbook), { exclusive });
      } else if (exitCode === EXIT.ok) {
        throw new CliFailure(lang === 'vi' ? 'lệnh này không có bảng để ghi thành .xlsx' : 'this command has no table to write as .xlsx', EXIT.badInput);
      }
    } else if (sink !== undefined) {
      // A command that failed before printing anything (bad records it refused whole) leaves no empty file.
      const done = sink;
      sink = undefined;
      if (printed || exitCode === EXIT.ok) await done.commit();
      else await done.abort();
    } else if (path !== undefined && kept !== undefined && (printed || exitCode === EXIT.ok)) {
      if (!outer.writeText) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp' : 'cannot write files here', EXIT.badInput);
      await outer.writeText(path, kept.join(''), { exclusive });
    }
    return exitCode;
  } catch (e) {
    // A run that fails leaves the output file as it was: the temporary file is removed.
    if (sink !== undefined) await sink.abort().catch(() => undefined);
    sink = undefined;
    const lang = (program.opts<{ lang?: Lang }>().lang ?? 'vi') as Lang;
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (e instanceof CliFailure) {
      if (!e.reported) io.stderr.write(`${e.message}\n`);
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

/** The format an output file's extension names (`.csv`, `.json`, `.ndjson`/`.jsonl`, `.xlsx`), used when `-f` is not given. */
export function formatOfName(path: string): Globals['format'] | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : ext === 'ndjson' || ext === 'jsonl' ? 'ndjson' : ext === 'xlsx' ? 'xlsx' : undefined;
}

/** The options of commands that name a file they write (besides the global `-o`). */
const OUTPUT_OPTIONS: ReadonlySet<string> = new Set(['chart', 'docx', 'certificates']);

interface NamedFile {
  readonly path: string;
  /** How the command line named it: `-o`, `--docx`, `-i`, `<base>`, … */
  readonly by: string;
}

/**
 * Before a command runs: the files it will write (`-o`, `--chart`, `--docx`, `--certificates`, the case file of
 * `fork`) and the files it reads (every other option or argument that names an existing file). An output that is the
 * same file as an input (the same path written another way, a symlink, a hard link) or as another output is refused,
 * before anything is read or written; so is an existing file for a command with `--force` (`fork`, `template`: what
 * they write is then edited by hand) unless `--force` is given.
 */
async function checkFiles(io: CliIo, command: Command, output: string | undefined, lang: Lang): Promise<void> {
  if (!io.fileIdentity) return;
  const opts = command.opts<Record<string, unknown>>();
  const outputs: NamedFile[] = [];
  const inputs: NamedFile[] = [];
  if (output !== undefined) outputs.push({ path: output, by: '-o' });
  if (command.name() === 'fork') {
    const cases = forkCaseFile(output);
    if (cases !== undefined) outputs.push({ path: cases, by: lang === 'vi' ? '(tệp ca kiểm thử)' : '(the case file)' });
  }
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  for (const option of command.options) {
    const name = option.attributeName();
    const by = option.short ?? option.long ?? name;
    for (const path of strings(opts[name])) (OUTPUT_OPTIONS.has(name) ? outputs : inputs).push({ path, by });
  }
  command.registeredArguments.forEach((argument, i) => {
    for (const path of strings(command.processedArgs[i])) inputs.push({ path, by: `<${argument.name()}>` });
  });
  const named = inputs.filter((f) => f.path !== '-' && f.path.trim() !== '');
  const identify = (f: NamedFile) => io.fileIdentity!(f.path).catch((): FileIdentity | undefined => undefined);
  const [outIds, inIds] = await Promise.all([Promise.all(outputs.map(identify)), Promise.all(named.map(identify))]);
  const force = command.options.some((o) => o.long === '--force');
  outputs.forEach((out, i) => {
    const id = outIds[i];
    if (id === undefined) return;
    const other = outputs.findIndex((_, j) => j < i && outIds[j]?.key === id.key);
    if (other >= 0) throw new CliFailure(FILES[lang].twoOutputs(outputs[other]!, out), EXIT.badInput);
    const input = named.findIndex((_, j) => inIds[j]?.exists === true && inIds[j]?.file === true && inIds[j]?.key === id.key);
    if (input >= 0) throw new CliFailure(FILES[lang].inputIsOutput(named[input]!, out), EXIT.badInput);
    if (force && opts['force'] !== true && id.exists) throw new CliFailure(FILES[lang].exists(out.path, command.name()), EXIT.badInput);
  });
}

const FILES = {
  vi: {
    inputIsOutput: (input: NamedFile, out: NamedFile) =>
      `${out.by} "${out.path}" là cùng một tệp với đầu vào ${input.by} "${input.path}": ghi vào đó sẽ xoá mất dữ liệu gốc. Chọn một tên khác cho tệp kết quả; chưa có gì được ghi.`,
    twoOutputs: (a: NamedFile, b: NamedFile) =>
      `${a.by} "${a.path}" và ${b.by} "${b.path}" là cùng một tệp: tệp này sẽ ghi đè tệp kia. Chọn hai tên khác nhau; chưa có gì được ghi.`,
    exists: (path: string, command: string) =>
      `tệp "${path}" đã có: lệnh ${command} không ghi đè để không mất phần đã sửa trong đó. Chọn tên khác, hoặc thêm --force nếu thật sự muốn ghi đè.`,
  },
  en: {
    inputIsOutput: (input: NamedFile, out: NamedFile) =>
      `${out.by} "${out.path}" is the same file as the input ${input.by} "${input.path}": writing it would destroy the input. Choose another name for the output; nothing was written.`,
    twoOutputs: (a: NamedFile, b: NamedFile) =>
      `${a.by} "${a.path}" and ${b.by} "${b.path}" are the same file: one would overwrite the other. Choose two different names; nothing was written.`,
    exists: (path: string, command: string) =>
      `"${path}" already exists: ${command} does not overwrite it, so that the edits made in it are not lost. Choose another name, or add --force to overwrite it.`,
  },
} as const;
