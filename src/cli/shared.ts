import { LearningSocietyError, type Issue } from '../core/errors/index.js';
import type { Lang } from '../core/label/index.js';
import { formatViNumber } from '../core/vi-number/index.js';
import { BUILT_IN_RULE_SET_IDS } from '../catalogue/rule-sets/index.js';
import { getRuleSet } from '../catalogue/rule-sets/lookup.js';
import { listTargets } from '../catalogue/targets/index.js';
import { parseTargetTable, type TargetTable } from '../programme/targets/index.js';
import { forkRuleSet } from '../rules/rule-set/fork.js';
import { parseRuleSet } from '../rules/rule-set/parse.js';
import type { RuleSet } from '../rules/rule-set/schema.js';
import type { CliIo, OutputFormat } from './io.js';

/** Exit codes: 0 ok, 1 a verification found mismatches, 2 bad input, 3 an internal error. */
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
    notFound: (ref: string) => `không tìm thấy bộ tiêu chí hoặc tệp "${ref}"`,
    noCitation: 'không tìm thấy trích dẫn văn bản nào',
  },
  en: {
    badRecords: (records: number, problems: number) =>
      `${records} bad record(s), ${problems} problem(s) (none dropped silently; fix them and run again):`,
    line: (n: number) => `line ${n}`,
    progress: (n: number) => `… ${n} records processed`,
    done: (n: number, ok: number) => `Done: ${n} records, ${ok} valid.`,
    notFound: (ref: string) => `no rule set or file "${ref}"`,
    noCitation: 'no legal citation found',
  },
} as const;

/** A rule set by id, or from a file: a rule set, or a fork spec `{ base, patch, meta }` (a province's fork). */
export async function loadRuleSet(io: CliIo, ref: string, lang: Lang): Promise<RuleSet> {
  if (BUILT_IN_RULE_SET_IDS.includes(ref)) return getRuleSet(ref);
  let text: string;
  try {
    text = await io.readText(ref);
  } catch {
    throw new CliFailure(T[lang].notFound(ref), EXIT.badInput);
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
  try {
    return parseTargetTable(await io.readText(ref));
  } catch (e) {
    if (e instanceof LearningSocietyError) throw e;
    throw new CliFailure(T[lang].notFound(ref), EXIT.badInput);
  }
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
