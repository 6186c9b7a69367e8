import { LineCounter, parseDocument, type Document } from 'yaml';
import { checkUntrustedJson, DEFAULT_INPUT_LIMITS, LearningSocietyError, type Issue } from 'vn-learning-society';
import { checkParseOptions } from './args.js';
import { checkCaseFile } from './check.js';
import { yamlTooDeep } from './depth.js';
import { scanJson } from './json-scan.js';
import type { CaseFile } from './types.js';

/** Options of {@link parseCaseFile}. */
export interface ParseCaseFileOptions {
  /** The file's name, for messages (`phieu.yaml:12`). */
  readonly fileName?: string;
  /** Refuse a longer text (default 5,000,000 characters, about 25,000 cases). */
  readonly maxLength?: number;
  /** Refuse more cases (default 100,000). */
  readonly maxCases?: number;
}

/**
 * The default limits of {@link parseCaseFile}. `maxDepth`: the deepest nesting of lists and objects the YAML reader is
 * given (a case is four or five levels deep; the reader recurses once per level, so a few thousand levels would
 * overflow its stack); deeper text is refused by a linear scan before the reader sees it.
 */
export const CASE_FILE_LIMITS = Object.freeze({ maxLength: 5_000_000, maxCases: 100_000, maxAliasCount: 100, maxDepth: 64 });

/** A problem of a case file: an {@link Issue} with the file and line (1-based) it was found at. */
export type CaseFileIssue = Issue & {
  readonly file: string;
  readonly line: number;
};

/**
 * Reads a file of test cases (YAML or JSON; JSON is read as the YAML it also is), checks it, and returns its cases with
 * the line each starts on. A clerk writes such a file without TypeScript: the rule set, then each case's name, the
 * assessment, and what the result must be.
 *
 * Nothing is skipped and nothing crashes: text over the size limit, nesting deeper than 64 levels, YAML that does not parse, a duplicate key, an alias
 * bomb (`&a [*b, *b, …]`), a `__proto__` key, a wrong type or an unknown field is an `invalid_case_file`
 * `LearningSocietyError` (from `vn-learning-society`) whose issues name the file, the line and the path.
 *
 * @example
 * ```ts
 * import { parseCaseFile } from 'vn-learning-society/cases';
 * const file = parseCaseFile(
 *   [
 *     'ruleSet: learning-family-khvn-2015',
 *     'cases:',
 *     '  - name: nothing filled in',
 *     '    assessment: {}',
 *     '    expect: { recognized: false, total: 0, shortfalls: [min-total] }',
 *   ].join('\n'),
 *   { fileName: 'family.yaml' },
 * );
 * file.cases.length; // 1
 * file.cases[0]?.line; // 3
 * ```
 */
export function parseCaseFile(text: string, options: ParseCaseFileOptions = {}): CaseFile {
  checkParseOptions(options);
  const file = options.fileName ?? '(text)';
  if (typeof text !== 'string') throw caseFileError(file, [{ line: 1, path: [], code: 'invalid_type', message: { vi: 'tệp ca kiểm thử phải là văn bản', en: 'a case file must be text' } }]);
  const maxLength = options.maxLength ?? CASE_FILE_LIMITS.maxLength;
  if (text.length > maxLength) {
    throw caseFileError(file, [{
      line: 1,
      path: [],
      code: 'too_large',
      maximum: maxLength,
      message: { vi: `tệp dài ${text.length} ký tự, quá giới hạn ${maxLength}; chia thành nhiều tệp`, en: `the file is ${text.length} characters, over the limit of ${maxLength}; split it into several files` },
    }]);
  }
  const deep = yamlTooDeep(text, CASE_FILE_LIMITS.maxDepth);
  if (deep !== undefined) {
    throw caseFileError(file, [{
      line: deep.line,
      path: [],
      code: 'too_deep',
      maximum: CASE_FILE_LIMITS.maxDepth,
      message: {
        vi: `lồng nhau quá sâu (hơn ${CASE_FILE_LIMITS.maxDepth} cấp danh sách/đối tượng); một ca kiểm thử chỉ cần vài cấp`,
        en: `nested too deep (over ${CASE_FILE_LIMITS.maxDepth} levels of lists and objects); a test case needs a few`,
      },
    }]);
  }
  const fast = readJson(text, file, maxLength, options.maxCases ?? CASE_FILE_LIMITS.maxCases);
  if (fast !== undefined) return fast;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    throw caseFileError(file, doc.errors.slice(0, 20).map((e) => ({
      line: lineOf(e.pos[0]),
      path: [],
      code: e.code === 'DUPLICATE_KEY' ? 'duplicate_key' : 'invalid_yaml',
      message: e.code === 'DUPLICATE_KEY'
        ? { vi: 'khóa bị lặp lại trong cùng một đối tượng', en: 'a key is repeated in the same object' }
        : { vi: `không đọc được YAML/JSON: ${firstLine(e.message)}`, en: `not valid YAML or JSON: ${firstLine(e.message)}` },
    })));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: CASE_FILE_LIMITS.maxAliasCount });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw caseFileError(file, [{ line: 1, path: [], code: 'too_many_aliases', message: { vi: `quá nhiều tham chiếu (alias) YAML: ${why}`, en: `too many YAML aliases: ${why}` } }]);
  }
  try {
    checkUntrustedJson(data, { ...DEFAULT_INPUT_LIMITS, maxJsonLength: maxLength, maxNodes: Math.max(DEFAULT_INPUT_LIMITS.maxNodes, maxLength) });
  } catch (e) {
    if (!(e instanceof LearningSocietyError)) throw e;
    throw caseFileError(file, e.issues.map((i) => ({ ...i, line: lineAt(doc, i.path, lineOf) })));
  }
  const checked = checkCaseFile(data, options.maxCases ?? CASE_FILE_LIMITS.maxCases);
  if (!checked.ok) throw caseFileError(file, checked.issues.map((i) => ({ ...i, line: lineAt(doc, i.path, lineOf) })));
  const cases = checked.value.cases.map((c, i) => ({ ...c, line: lineAt(doc, ['cases', i], lineOf) }));
  return { ...checked.value, file, cases };
}

/**
 * The fast path of a JSON file with no problem: `JSON.parse` and one linear scan (for repeated keys and the line of
 * each case). Anything else is `undefined`: the YAML reader then reads the text again and names every problem's line.
 */
function readJson(text: string, file: string, maxLength: number, maxCases: number): CaseFile | undefined {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '{') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const scan = scanJson(text);
  if (scan.duplicateKey) return undefined;
  try {
    checkUntrustedJson(data, { ...DEFAULT_INPUT_LIMITS, maxJsonLength: maxLength, maxNodes: Math.max(DEFAULT_INPUT_LIMITS.maxNodes, maxLength) });
  } catch {
    return undefined;
  }
  const checked = checkCaseFile(data, maxCases);
  if (!checked.ok) return undefined;
  return { ...checked.value, file, cases: checked.value.cases.map((c, i) => ({ ...c, line: scan.caseLines[i] ?? 1 })) };
}

/** The line of the deepest node of `path` that the document has. */
function lineAt(doc: Document, path: readonly (string | number)[], lineOf: (offset: number | undefined) => number): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lineOf(node.range[0]);
  }
  return 1;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i < 0 ? s : s.slice(0, i)).slice(0, 200);
}

/** The error of a case file that cannot be read, each issue with the file and line. */
function caseFileError(file: string, issues: readonly (Issue & { readonly line: number })[]): LearningSocietyError {
  const withFile: CaseFileIssue[] = issues.map((i) => ({
    ...i,
    file,
    message: { vi: `${file}:${i.line}: ${i.message.vi}`, en: `${file}:${i.line}: ${i.message.en}` },
  }));
  return new LearningSocietyError(
    'invalid_case_file',
    { vi: `Tệp ca kiểm thử ${file} không đọc được (${withFile.length} lỗi)`, en: `The case file ${file} cannot be read (${withFile.length} problem${withFile.length === 1 ? '' : 's'})` },
    withFile,
  );
}
