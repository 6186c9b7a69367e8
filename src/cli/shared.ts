import type { Issue } from '../core/errors/index.js';
import type { Lang } from '../core/label/index.js';
import { formatViNumber } from '../core/vi-number/index.js';
import { BUILT_IN_RULE_SET_IDS } from '../catalogue/rule-sets/index.js';
import { getRuleSet } from '../catalogue/rule-sets/lookup.js';
import { listTargets } from '../catalogue/targets/index.js';
import { parseTargetTable, type TargetTable } from '../programme/targets/index.js';
import { forkRuleSet } from '../rules/rule-set/fork.js';
import { parseRuleSet } from '../rules/rule-set/parse.js';
import type { RuleSet } from '../rules/rule-set/schema.js';
import { closestNames } from '../core/suggest/index.js';
import { CliIoError, type CliIo, type OutputFormat } from './io.js';

/**
 * Exit codes: 0 ok, 1 a verification found mismatches, 2 bad input, a file that cannot be read or an output that
 * was closed before everything was written, 3 an internal error.
 */
export const EXIT = { ok: 0, mismatch: 1, badInput: 2, internal: 3 } as const;

/** The global options every command reads: the output format and the language of messages. */
export interface Globals {
  readonly format: OutputFormat | 'ndjson';
  readonly lang: Lang;
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

/** A failure the command line reports in one line, with its exit code. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
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
    blankId: 'mã bỏ trống; mỗi phiếu cần một mã riêng',
    duplicateId: (id: string, line: number) => `mã "${id}" trùng với dòng ${line}`,
    column: 'cột',
    duplicateColumn: (first: string) => `cột này lặp lại cột ${first}`,
    unknownColumn: (ruleSet: string, suggestion?: string) =>
      `bộ tiêu chí ${ruleSet} không có chỉ báo này${suggestion ? `; có phải ý bạn là "${suggestion}"?` : ''} (giữ cột sang kết quả: --keep; danh sách chỉ báo: rulesets show ${ruleSet})`,
    keptNotInHeader: 'cột này không có trong dòng tiêu đề',
    ambiguousColumn: (ids: readonly string[]) => `tên cột này là tên của nhiều chỉ báo (${ids.join(', ')}); hãy dùng mã chỉ báo`,
    sameIndicatorTwice: (id: string) => `hai cột cùng là chỉ báo ${id}`,
    notYesNo: (text: string) => `"${text}" không phải có/không`,
    notRatio: (text: string) => `"${text}" không có dạng phần/tổng (vd. 2/3)`,
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
    blankId: 'blank id; each assessment needs an id of its own',
    duplicateId: (id: string, line: number) => `id "${id}" is the same as on line ${line}`,
    column: 'column',
    duplicateColumn: (first: string) => `this column repeats column ${first}`,
    unknownColumn: (ruleSet: string, suggestion?: string) =>
      `rule set ${ruleSet} has no such indicator${suggestion ? `; did you mean "${suggestion}"?` : ''} (to carry a column through: --keep; the indicators: rulesets show ${ruleSet})`,
    keptNotInHeader: 'this column is not in the header',
    ambiguousColumn: (ids: readonly string[]) => `this heading is the label of several indicators (${ids.join(', ')}); use the indicator id`,
    sameIndicatorTwice: (id: string) => `two columns are indicator ${id}`,
    notYesNo: (text: string) => `"${text}" is not yes/no`,
    notRatio: (text: string) => `"${text}" is not part/whole (e.g. 2/3)`,
    notNumber: (text: string) => `"${text}" is not a number`,
  },
} as const;

/** A rule set by id, or from a file: a rule set, or a fork spec `{ base, patch, meta }` (a province's fork). */
export async function loadRuleSet(io: CliIo, ref: string, lang: Lang): Promise<RuleSet> {
  if (BUILT_IN_RULE_SET_IDS.includes(ref)) return getRuleSet(ref);
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
    throw new CliFailure(`${ref}: ${e instanceof Error ? e.message : String(e)}`, EXIT.badInput);
  }
  if (typeof data === 'object' && data !== null && 'base' in data && 'patch' in data && 'meta' in data) {
    const spec = data as { base: string; patch: Record<string, unknown>; meta: Parameters<typeof forkRuleSet>[2] };
    return forkRuleSet(await loadRuleSet(io, spec.base, lang), spec.patch, spec.meta);
  }
  return parseRuleSet(text);
}

/** A target table by id, or from a file. */
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
  return parseTargetTable(text);
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

/** The `--delimiter` option: `,`, `;` or `tab`, and what it means to the CSV reader. */
export const DELIMITER_CHOICES = [',', ';', 'tab'] as const;
export const DELIMITER_HELP = {
  vi: 'dấu phân cách của tệp CSV (mặc định: theo dòng tiêu đề; Excel tiếng Việt dùng ;)',
  en: 'the CSV separator (default: the one the header uses; Excel set to Vietnamese writes ;)',
} as const;
export function csvOptions(delimiter: string | undefined): { delimiter?: string } {
  return delimiter === undefined ? {} : { delimiter: delimiter === 'tab' ? '\t' : delimiter };
}
