import { BUILT_IN_RULE_SET_IDS, closestNames, formatViNumber, getRuleSet, listTargets, parseRuleSetFile, parseTargetTableFile, type Issue, type Label, type Lang, type RuleSet, type TargetTable } from 'vn-learning-society';
import { CliIoError, jsonError, type CliIo, type OutputFormat } from './io.js';

/**
 * Exit codes: 0 ok, 1 a verification found mismatches, 2 bad input, a file that cannot be read or an output that
 * was closed before everything was written, 3 an internal error.
 */
export const EXIT = { ok: 0, mismatch: 1, badInput: 2, internal: 3 } as const;

/** The global options every command reads: the output format and the language of messages. */
export interface Globals {
  readonly format: OutputFormat | 'ndjson';
  readonly lang: Lang;
  /** The file of `-o`, when given. */
  readonly output?: string;
}

/** What a command is given: where to read and write, the global options, and a way to set the exit code. */
export interface CliContext {
  readonly io: CliIo;
  globals(): Globals;
  /** Sets the code the run ends with. */
  exit(code: number): void;
}

/** A bad record: where, which field, what is wrong. */
export interface BadRecord {
  line: number;
  field: string;
  message: string;
}

/** A failure the command line reports in one line, with its exit code; no output file is written. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly code: number,
    /** Whether it was already reported on stderr (nothing more is printed). */
    readonly reported = false,
  ) {
    super(message);
  }

  /** A failure already reported on stderr (bad records that stop the run): only its exit code is left to give. */
  static reported(code: number): CliFailure {
    return new CliFailure('', code, true);
  }
}

/** The command line's own messages, in each language. */
export const T = {
  vi: {
    badRecords: (records: number, problems: number) =>
      `${records} bản ghi không hợp lệ, ${problems} lỗi (không bản ghi nào bị bỏ qua âm thầm; sửa rồi chạy lại):`,
    line: (n: number) => `dòng ${n}`,
    progress: (n: number) => `… đã xử lý ${formatViNumber(n)} bản ghi`,
    done: (n: number, ok: number) => `Xong: ${formatViNumber(n)} bản ghi, ${formatViNumber(ok)} hợp lệ.`,
    notFound: (ref: string, near: readonly string[]) => `không có bộ tiêu chí hoặc tệp "${ref}"${near.length ? `; có phải ý bạn là ${near.map((n) => `"${n}"`).join(' hoặc ')}?` : ''} (xem: vn-learning-society rulesets list)`,
    noCitation: 'không tìm thấy trích dẫn văn bản nào',
    record: '(bản ghi)',
    idField: 'mã',
    column: 'cột',
    unknownColumnHint: (ruleSet: string) => `(giữ cột sang kết quả: --keep; danh sách chỉ báo: rulesets show ${ruleSet})`,
    notNumber: (text: string) => `"${text}" không phải là số`,
  },
  en: {
    badRecords: (records: number, problems: number) =>
      `${records} bad record(s), ${problems} problem(s) (none dropped silently; fix them and run again):`,
    line: (n: number) => `line ${n}`,
    progress: (n: number) => `… ${n} records processed`,
    done: (n: number, ok: number) => `Done: ${n} records, ${ok} valid.`,
    notFound: (ref: string, near: readonly string[]) => `no rule set or file "${ref}"${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''} (see: vn-learning-society rulesets list)`,
    noCitation: 'no legal citation found',
    record: '(record)',
    idField: 'id',
    column: 'column',
    unknownColumnHint: (ruleSet: string) => `(to carry a column through: --keep; the indicators: rulesets show ${ruleSet})`,
    notNumber: (text: string) => `"${text}" is not a number`,
  },
} as const;

/** How many fork files may stand on each other (a fork of a fork …) before the chain is refused: by `loadRuleSet` and by `test`. */
export const MAX_FORK_CHAIN = 16;

/**
 * A rule set by id, or from a file as `parseRuleSetFile` reads it: a rule set, or a fork file `{ base, meta, patch }`
 * (a province's fork, or a file of `data/rule-sets/`), with its `$schema` line and its `{ "ref": … }` sources resolved
 * against the register. A fork file's `base` is a shipped id or, again, a file.
 */
export async function loadRuleSet(io: CliIo, ref: string, lang: Lang, chain = 0): Promise<RuleSet> {
  if (BUILT_IN_RULE_SET_IDS.includes(ref)) return getRuleSet(ref);
  if (chain >= MAX_FORK_CHAIN) throw new CliFailure(lang === 'vi' ? `${ref}: chuỗi tệp phái sinh quá dài hoặc vòng lặp (tối đa ${MAX_FORK_CHAIN})` : `${ref}: a chain of fork files too long or in a loop (at most ${MAX_FORK_CHAIN})`, EXIT.badInput);
  let text: string;
  try {
    text = await io.readText(ref);
  } catch (e) {
    if (e instanceof CliIoError && e.reason === 'ENOENT') throw new CliFailure(T[lang].notFound(ref, closestNames(ref, BUILT_IN_RULE_SET_IDS)), EXIT.badInput);
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CliFailure(`${ref}: ${jsonError(e, text)[lang]}`, EXIT.badInput);
  }
  const base = forkBase(data);
  // A base that is not a shipped id is another file, named by its path (.json), as the fork file's schema says.
  if (typeof base === 'string' && !BUILT_IN_RULE_SET_IDS.includes(base)) {
    if (!/\.json$/.test(base)) return parseRuleSetFile(text); // refused, naming the nearest shipped id
    return parseRuleSetFile(text, { base: await loadRuleSet(io, base, lang, chain + 1) });
  }
  return parseRuleSetFile(text);
}

/**
 * The `base` a fork file `{ base, meta, patch }` names, when `data` (a file's JSON) has one: a shipped id, or another
 * file that the caller reads first and gives to `parseRuleSetFile` as its `base` option. Undefined for a whole rule set.
 */
export function forkBase(data: unknown): unknown {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { base?: unknown }).base : undefined;
}

/** A target table by id, or from a file (as `parseTargetTableFile` reads it: a `$schema` line and `{ "ref": … }` sources allowed). */
export async function loadTargets(io: CliIo, ref: string, lang: Lang): Promise<TargetTable> {
  const shipped = listTargets().find((t) => t.id === ref);
  if (shipped) return shipped;
  let text: string;
  try {
    text = await io.readText(ref);
  } catch (e) {
    if (e instanceof CliIoError && e.reason === 'ENOENT') throw new CliFailure(T[lang].notFound(ref, closestNames(ref, listTargets().map((t) => t.id))), EXIT.badInput);
    throw e;
  }
  return parseTargetTableFile(text);
}

/** The field an issue is about, as the CLI names it. */
export function issueField(issue: Issue): string {
  return issue.path.map(String).join('.') || '(record)';
}

/** Writes every bad record to stderr, by line and field. */
export function reportBad(io: CliIo, lang: Lang, bad: BadRecord[]): void {
  if (bad.length === 0) return;
  io.stderr.write(`${T[lang].badRecords(new Set(bad.map((b) => b.line)).size, bad.length)}\n`);
  for (const b of bad) io.stderr.write(`  ${T[lang].line(b.line)}, ${b.field}: ${b.message}\n`);
}

/** Lines of notes (a target selection's, say), each `Lưu ý: …` / `Note: …`, for stderr. */
export function noteLines(notes: readonly { readonly message: Label }[], lang: Lang): string {
  return notes.map((n) => `${lang === 'vi' ? 'Lưu ý' : 'Note'}: ${n.message[lang]}\n`).join('');
}

/** What the `--delimiter` option (`,`, `;` or `tab`: src/cli/options.ts) means to the CSV reader. */
export function csvOptions(delimiter: string | undefined): { delimiter?: string } {
  return delimiter === undefined ? {} : { delimiter: delimiter === 'tab' ? '\t' : delimiter };
}

/**
 * Progress on stderr: on a terminal, a bar drawn in place (with the share done when the number of rows is known, as
 * for a workbook); otherwise a line every 10,000 records.
 */
export function progressReporter(io: CliIo, lang: Lang): { total(rows: number): void; tick(n: number): void; done(n: number, ok: number): void } {
  let total: number | undefined;
  let drawn = -1;
  const width = 30;
  const bar = (n: number) => {
    if (total === undefined || total === 0) return `${T[lang].progress(n)}`;
    const share = Math.min(1, n / total);
    const filled = Math.round(share * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${T[lang].progress(n)}`;
  };
  return {
    total: (rows) => {
      total = rows;
    },
    tick: (n) => {
      if (io.interactive) {
        const step = total ? Math.floor((n / total) * 100) : Math.floor(n / 1000);
        if (step !== drawn) {
          drawn = step;
          io.stderr.write(`\r${bar(n)}`);
        }
      } else if (n % 10_000 === 0) io.stderr.write(`${bar(n)}\n`);
    },
    done: (n, ok) => {
      io.stderr.write(`${io.interactive ? '\r' : ''}${T[lang].done(n, ok)}${io.interactive ? ' '.repeat(40) : ''}\n`);
    },
  };
}
