import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, win32 } from 'node:path';
import type { Command } from 'commander';
// vn-learning-society/cases (its YAML reader) is loaded by the action (await import), not at the command line's start.
import type { CaseFile, CaseReport } from 'vn-learning-society/cases';
import { BUILT_IN_RULE_SET_IDS, closestNames, getRuleSet, LearningSocietyError, parseRuleSetFile, type Issue, type Label, type Lang, type RuleSet } from 'vn-learning-society';
import { CliIoError, type CliIo } from '../io.js';
import { CliFailure, EXIT, forkBase, MAX_FORK_CHAIN, T, type CliContext } from '../shared.js';
import { commonOption } from '../options.js';

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

/** The largest rule-set or fork file a case file may name: 8 MB (a national rule set is under 100 KB). */
export const MAX_CASE_RULE_SET_BYTES = 8 * 1024 * 1024;


/** A rule set a case file names that is not read: which, why, in each language. */
function refusal(caseFile: string, ref: string, why: Label, code: 'invalid_value' | 'not_json' = 'invalid_value'): LearningSocietyError {
  return refusalOf(caseFile, ref, { path: ['ruleSet'], code, message: why });
}

/** A rule set a case file names that is larger than {@link MAX_CASE_RULE_SET_BYTES}. */
function tooBig(caseFile: string, ref: string, bytes: number): LearningSocietyError {
  return refusalOf(caseFile, ref, { path: ['ruleSet'], code: 'too_big', message: WHY.tooBig(bytes), maximum: MAX_CASE_RULE_SET_BYTES });
}

function refusalOf(caseFile: string, ref: string, issue: Issue): LearningSocietyError {
  const shown = ref.length > 80 ? `${ref.slice(0, 80)}…` : ref;
  return new LearningSocietyError(
    'invalid_case_file',
    { vi: `Tệp ca kiểm thử ${caseFile}: không đọc bộ tiêu chí "${shown}"`, en: `The case file ${caseFile}: the rule set "${shown}" is not read` },
    [issue],
  );
}

const WHY = {
  absolute: {
    vi: 'đường dẫn tuyệt đối không được dùng; ghi mã bộ tiêu chí có sẵn, hoặc tên tệp đặt trong thư mục của tệp ca kiểm thử (vd. vl.json)',
    en: 'an absolute path is not allowed; name a shipped rule set by id, or a file in the case file\'s folder (e.g. vl.json)',
  },
  outside: {
    vi: 'tệp nằm ngoài thư mục của tệp ca kiểm thử (.. hoặc liên kết ra ngoài); chỉ đọc tệp trong thư mục đó',
    en: 'the file is outside the case file\'s folder (.. or a link out of it); only files in that folder are read',
  },
  notFile: { vi: 'đây không phải tệp thường (thư mục, thiết bị hoặc ống dẫn)', en: 'it is not a regular file (a directory, a device or a pipe)' },
  loop: { vi: 'liên kết (symlink) trỏ vòng về chính nó', en: 'a symbolic link that loops back on itself' },
  tooBig: (bytes: number): Label => ({
    vi: `tệp nặng ${bytes} byte, quá giới hạn ${MAX_CASE_RULE_SET_BYTES} (8 MB)`,
    en: `the file is ${bytes} bytes, over the limit of ${MAX_CASE_RULE_SET_BYTES} (8 MB)`,
  }),
  notUtf8: { vi: 'tệp không phải văn bản UTF-8', en: 'the file is not UTF-8 text' },
  notJson: (where: string): Label => ({ vi: `tệp không phải JSON hợp lệ${where ? ` (${where})` : ''}`, en: `the file is not valid JSON${where ? ` (${where})` : ''}` }),
  chain: { vi: `chuỗi tệp phái sinh quá dài hoặc vòng lặp (tối đa ${MAX_FORK_CHAIN})`, en: `a chain of fork files too long or in a loop (at most ${MAX_FORK_CHAIN})` },
} as const;

/** Where JSON.parse stopped, as line and column, without quoting any of the text (it may be another file's). */
function jsonPosition(text: string, e: unknown): string {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  if (!m) return '';
  const at = Math.min(Number(m[1]), text.length);
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return `${line}:${at - start + 1}`;
}

/**
 * The text of a file a case file names, read only when it is inside the case file's folder (`root`): the reference
 * is relative to the folder of the file that names it (`from`), never absolute, never out with `..`, never through a
 * link out (real paths compared), and only a regular file under the size cap (a device, a pipe or a directory is not
 * opened for reading: it is opened without blocking and looked at first). A file the disk does not have is asked of
 * `io` (memory in tests), by the same relative path.
 */
async function readInside(io: CliIo, lang: Lang, caseFile: string, root: string, from: string, ref: string): Promise<{ text: string; at: string }> {
  if (isAbsolute(ref) || win32.isAbsolute(ref) || ref.includes('\0')) throw refusal(caseFile, ref, WHY.absolute);
  const wanted = join(from, ref);
  const inside = (base: string, path: string) => {
    const r = relative(base, path);
    return r !== '' && !r.startsWith('..') && !isAbsolute(r);
  };
  if (!inside(resolve(root), resolve(wanted))) throw refusal(caseFile, ref, WHY.outside);
  let real: string;
  try {
    real = await realpath(wanted);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ELOOP') throw refusal(caseFile, ref, WHY.loop);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw refusal(caseFile, ref, WHY.notFile);
    try {
      return { text: await io.readText(wanted), at: wanted };
    } catch (e) {
      if (e instanceof CliIoError && e.reason === 'ENOENT') throw new CliFailure(T[lang].notFound(ref, closestNames(ref, BUILT_IN_RULE_SET_IDS)), EXIT.badInput);
      throw e;
    }
  }
  if (!inside(await realpath(root), real)) throw refusal(caseFile, ref, WHY.outside);
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refusal(caseFile, ref, WHY.notFile);
    if (info.size > MAX_CASE_RULE_SET_BYTES) throw tooBig(caseFile, ref, info.size);
    const bytes = await handle.readFile();
    if (bytes.length > MAX_CASE_RULE_SET_BYTES) throw tooBig(caseFile, ref, bytes.length);
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), at: wanted };
    } catch {
      throw refusal(caseFile, ref, WHY.notUtf8, 'not_json');
    }
  } finally {
    await handle.close();
  }
}

/**
 * A rule set a case file names by file: a rule set or a fork file (`{ base, patch, meta }`, whose `base` is a shipped
 * id or, again, a file inside the case file's folder, relative to the fork file). JSON that does not parse is named
 * by file and position only: its text is never printed.
 */
async function caseRuleSet(io: CliIo, lang: Lang, caseFile: string, root: string, from: string, ref: string, chain = 0): Promise<RuleSet> {
  if (BUILT_IN_RULE_SET_IDS.includes(ref)) return getRuleSet(ref);
  if (chain >= MAX_FORK_CHAIN) throw refusal(caseFile, ref, WHY.chain);
  const { text, at } = await readInside(io, lang, caseFile, root, from, ref);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw refusal(caseFile, ref, WHY.notJson(jsonPosition(text, e)), 'not_json');
  }
  // Read as parseRuleSetFile reads any rule-set file ($schema line, { ref } sources); a base that is a file is read here, inside the folder.
  const base = forkBase(data);
  if (base !== undefined) {
    if (typeof base !== 'string') throw refusal(caseFile, ref, { vi: 'base của tệp phái sinh phải là một chuỗi', en: 'a fork file\'s base must be a string' });
    return parseRuleSetFile(data, BUILT_IN_RULE_SET_IDS.includes(base) ? {} : { base: await caseRuleSet(io, lang, caseFile, root, dirname(at), base, chain + 1) });
  }
  return parseRuleSetFile(data);
}

/**
 * `test <files…>`: runs case files (data/cases/*.yaml, a province's own, or the cases a fork file carries) and reports
 * each case; exit code 0 when all pass, 1 when one fails, 2 when a file cannot be read. A rule set named by file is read
 * beside the case file, and only inside its folder (a case file is untrusted input: it cannot make the CLI read, or
 * print, any other file).
 */
export function registerTest(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('test')
    .description(d.command)
    .argument('<files...>', d.files)
    .addOption(commonOption('strict', lang, { description: d.strict }))
    .action(async (files: string[], o: { strict?: boolean }) => {
      const { format, lang } = cli.globals();
      const { caseReportText, parseCaseFile, runCases } = await import('vn-learning-society/cases');
      const reports: CaseReport[] = [];
      let unreadable = 0;
      for (const path of files) {
        let file: CaseFile;
        const loaded = new Map<string, RuleSet>();
        try {
          file = parseCaseFile(await io.readText(path), { fileName: path });
          for (const ref of fileRefs(file)) {
            // A file the case file names is read beside it, and only inside its folder.
            loaded.set(ref, await caseRuleSet(io, lang, path, dirname(path), dirname(path), ref));
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
      // JSON: the array of reports, one per case file; NDJSON: each report one object on a line of its own.
      if (format === 'json') io.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
      else if (format === 'ndjson') for (const r of reports) io.stdout.write(`${JSON.stringify(r)}\n`);
      else {
        for (const r of reports) io.stdout.write(`${caseReportText(r, lang)}\n`);
        io.stdout.write(`${d.total(passed, failed, reports.length)}\n`);
      }
      cli.exit(unreadable > 0 ? EXIT.badInput : failed > 0 ? EXIT.mismatch : EXIT.ok);
    });
}
