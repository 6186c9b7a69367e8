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

/** The order commands are listed in `--help`. */
const COMMANDS = [registerRulesets, registerEvaluate, registerRollup, registerProgress, registerVerify, registerVerifyTable, registerYearbook, registerCitation, registerUnits, registerTemplate, registerTest, registerFork, registerDocuments] as const;

/**
 * What one run holds while a command runs: the exit code it set, where its output goes and how it is shown. With -o,
 * what a command prints is streamed to a temporary file (`sink`) that replaces the output file only at the end (or,
 * where the I/O cannot stream, `kept` and written at the end); a workbook collects its tables.
 */
interface RunState {
  exitCode: number;
  readonly workbook: WorkbookSheet[];
  sink: OutputSink | undefined;
  kept: string[] | undefined;
  printed: boolean;
  /**
   * Text for people (the table format: tables, documents, test results) shows a file's control characters escaped;
   * CSV, JSON and NDJSON are data, written as they are (JSON escapes them itself).
   */
  forPeople: boolean;
  /** Files a person edits (`fork`, `template` without --force) are put in place only where no file is, even one made while the command ran. */
  exclusive: boolean;
}

/** The output file (`-o`; `-o -` is standard output, as `-` is standard input) and its format, `-f` or the file's extension. */
function outputOf(program: Command): { path?: string; format: Globals['format'] } {
  const given = program.opts<{ format: string; output?: string }>();
  const o = given.output === '-' ? { ...given, output: undefined } : given;
  const fromName = o.output !== undefined && program.getOptionValueSource('format') !== 'cli' ? formatOfName(o.output) : undefined;
  return { ...(o.output !== undefined ? { path: o.output } : {}), format: (fromName ?? o.format) as Globals['format'] };
}

/** The I/O commands are given: `outer`, with what they print counted and sent to the run's output, and stderr made safe. */
function runIo(outer: CliIo, state: RunState, program: Command): CliIo {
  return {
    ...outer,
    ...(outer.writeText ? { writeText: (path: string, text: string) => outer.writeText!(path, text, { exclusive: state.exclusive }) } : {}),
    ...(outer.writeBytes ? { writeBytes: (path: string, bytes: Uint8Array) => outer.writeBytes!(path, bytes, { exclusive: state.exclusive }) } : {}),
    stdout: {
      write: (text: string) => {
        if (text.length > 0) state.printed = true;
        const t = state.forPeople ? visible(text) : text;
        return state.sink ? state.sink.write(t) : state.kept ? state.kept.push(t) : outer.stdout.write(t);
      },
    },
    // Everything on stderr may quote a file's cells: control characters are shown escaped, never sent to the terminal.
    stderr: { write: (t: string) => outer.stderr.write(visible(t)) },
    ready: async () => (state.sink ? state.sink.ready() : outer.ready?.()),
    workbook: state.workbook,
    get csvGuard() {
      return program.opts<{ csvGuard?: boolean }>().csvGuard !== false;
    },
  };
}

/** The program itself: its name, version, global options, and messages in `lang` on `io`. */
function defineProgram(program: Command, lang: Lang, io: CliIo): void {
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
}

/** Before a command runs: its output checked (xlsx needs -o; no file both read and written) and opened. */
async function beforeAction(program: Command, command: Command, outer: CliIo, state: RunState, lang: Lang): Promise<void> {
  const { path, format } = outputOf(program);
  if (format === 'xlsx' && path === undefined) throw new CliFailure(lang === 'vi' ? '-f xlsx cần tệp kết quả: thêm -o ket-qua.xlsx' : '-f xlsx needs an output file: add -o results.xlsx', EXIT.badInput);
  await checkFiles(outer, command, path, lang);
  state.exclusive = command.options.some((o) => o.long === '--force') && command.opts<{ force?: boolean }>().force !== true;
  state.forPeople = format === 'table';
  if (path !== undefined && format !== 'xlsx') {
    if (outer.openOutput) state.sink = await outer.openOutput(path, { exclusive: state.exclusive });
    else state.kept = [];
  }
}

/** After a command ran: its output file written (the workbook, or the streamed file put in place), or left as it was. */
async function finishOutput(program: Command, outer: CliIo, state: RunState, lang: Lang): Promise<void> {
  const { path, format } = outputOf(program);
  if (path !== undefined && format === 'xlsx') {
    if (state.workbook.length > 0) {
      if (!outer.writeBytes) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp' : 'cannot write files here', EXIT.badInput);
      // The workbook writer (vn-learning-society/sheets, with write-excel-file) is loaded only when a workbook is written.
      const { workbookBytes } = await import('vn-learning-society/sheets');
      await outer.writeBytes(path, await workbookBytes(state.workbook), { exclusive: state.exclusive });
    } else if (state.exitCode === EXIT.ok) {
      throw new CliFailure(lang === 'vi' ? 'lệnh này không có bảng để ghi thành .xlsx' : 'this command has no table to write as .xlsx', EXIT.badInput);
    }
  } else if (state.sink !== undefined) {
    // A command that failed before printing anything (bad records it refused whole) leaves no empty file.
    const done = state.sink;
    state.sink = undefined;
    if (state.printed || state.exitCode === EXIT.ok) await done.commit();
    else await done.abort();
  } else if (path !== undefined && state.kept !== undefined && (state.printed || state.exitCode === EXIT.ok)) {
    if (!outer.writeText) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp' : 'cannot write files here', EXIT.badInput);
    await outer.writeText(path, state.kept.join(''), { exclusive: state.exclusive });
  }
}

/** A run that failed: the output file left as it was (its temporary file removed), the failure said once, its exit code. */
async function failureCode(e: unknown, program: Command, io: CliIo, state: RunState): Promise<number> {
  if (state.sink !== undefined) await state.sink.abort().catch(() => undefined);
  state.sink = undefined;
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

/**
 * Runs the command line on `args` (without `node` and the script), writing to `io`. Resolves to the exit code:
 * 0 ok, 1 verification mismatches, 2 bad input (each bad record named by line and field) or a file that cannot be
 * read or written, 3 internal error. Help and messages are in Vietnamese unless `--lang en` is given.
 * Each command is a module of its own under `commands/`. The library's heavy entry points (the unit lists, workbooks,
 * documents, case files, charts, zod's schemas) are loaded by the actions that use them (`await import`), so that
 * `--help`, `--version` and the light commands start without them (test/cli/cli-start.test.ts).
 */
export async function runCli(args: readonly string[], outer: CliIo): Promise<number> {
  const program = new Command();
  const lang = languageOf(args);
  const state: RunState = { exitCode: EXIT.ok, workbook: [], sink: undefined, kept: undefined, printed: false, forPeople: false, exclusive: false };
  const io = runIo(outer, state, program);
  const cli: CliContext = {
    io,
    globals: (): Globals => {
      const o = program.opts<{ lang: string }>();
      const out = outputOf(program);
      return { format: out.format, lang: o.lang as Lang, ...(out.path !== undefined ? { output: out.path } : {}) };
    },
    exit: (code) => {
      state.exitCode = code;
    },
  };
  defineProgram(program, lang, io);
  for (const register of COMMANDS) register(program, cli, lang);
  program.hook('preAction', (_program, command) => beforeAction(program, command, outer, state, lang));
  try {
    await program.parseAsync([...args], { from: 'user' });
    await finishOutput(program, outer, state, lang);
    return state.exitCode;
  } catch (e) {
    // A run that fails leaves the output file as it was: the temporary file is removed.
    return failureCode(e, program, io, state);
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
