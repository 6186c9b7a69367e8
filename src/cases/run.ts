import {
  compileRuleSet,
  parseRuleSetFile,
  getRuleSet,
  LearningSocietyError,
  ruleSetFor,
  type CompiledRuleSet,
  type Evaluation,
  type Label,
  type RuleSet,
} from 'vn-learning-society';
import { refuseArgument } from './args.js';
import type { CaseExpectation, CaseFile, TestCase } from './types.js';

/** Options of {@link runCases}. */
export interface RunCasesOptions {
  /**
   * The rule set a case names by `ruleSet` (and a fork file's `base`): by default a shipped rule set's id. The CLI
   * passes one that also reads rule-set and fork files.
   */
  readonly resolve?: (ref: string) => RuleSet;
  /** Score in strict mode: a rule set with unconfirmed deciding values fails every case that uses it. */
  readonly strict?: boolean;
}

/** One thing a case expected that its result did not have. */
export interface CaseFailure {
  /** What was compared: `recognized`, `total`, `class`, `shortfalls`, `provisional`, `indicators.<id>`, `criteria.<id>`, `error`. */
  readonly field: string;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly message: Label;
}

/** The result of one case. */
export interface CaseResult {
  readonly name: string;
  readonly line: number;
  /** The rule set it ran against, when one was found. */
  readonly ruleSetId?: string;
  readonly passed: boolean;
  readonly failures: readonly CaseFailure[];
}

/** The results of a case file: one per case, in order (none is skipped), and the counts. */
export interface CaseReport {
  readonly file: string;
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly CaseResult[];
}

/**
 * Runs the cases of a file (from {@link parseCaseFile}): each rule set is found and compiled once, every case is
 * scored, and each expectation is compared exactly. A case whose rule set cannot be found, or whose assessment is
 * refused when it should not be, fails with the reason: no case is skipped.
 *
 * @example
 * ```ts
 * import { parseCaseFile, runCases } from 'vn-learning-society/cases';
 * const report = runCases(parseCaseFile([
 *   'ruleSet: learning-family-khvn-2015',
 *   'cases:',
 *   '  - name: empty',
 *   '    assessment: {}',
 *   '    expect: { recognized: false, total: 0 }',
 *   '  - name: too many points',
 *   '    assessment: { points: { children.results: 11 } }',
 *   '    expect: { error: above_max }',
 * ].join('\n')));
 * [report.passed, report.failed]; // [2, 0]
 * ```
 */
export function runCases(file: CaseFile, options: RunCasesOptions = {}): CaseReport {
  if (typeof file !== 'object' || file === null || !Array.isArray(file.cases)) refuseArgument('file', { vi: 'kết quả của parseCaseFile', en: 'what parseCaseFile returns' }, file);
  if (typeof options !== 'object' || options === null) refuseArgument('options', { vi: 'một đối tượng tùy chọn', en: 'an options object' }, options);
  if (options.resolve !== undefined && typeof options.resolve !== 'function') refuseArgument('options.resolve', { vi: 'một hàm (mã → bộ tiêu chí)', en: 'a function (reference → rule set)' }, options.resolve);
  const resolve = options.resolve ?? getRuleSet;
  const byRef = new Map<string, CompiledRuleSet | Label>();
  const compiled = new WeakMap<RuleSet, CompiledRuleSet>();
  const compile = (rs: RuleSet): CompiledRuleSet => {
    let c = compiled.get(rs);
    if (c === undefined) compiled.set(rs, (c = compileRuleSet(rs, { strict: options.strict === true })));
    return c;
  };
  const scorerFor = (c: TestCase): CompiledRuleSet | Label => {
    const ref = c.ruleSet ?? file.ruleSet;
    const date = c.date ?? file.date;
    const key = ref !== undefined ? `ref:${ref}` : file.fork ? 'fork' : `date:${date}`;
    let found = byRef.get(key);
    if (found === undefined) {
      try {
        if (ref !== undefined) found = compile(resolve(ref));
        // A fork file's metadata cites its sources as a data file does ({ ref } into the legal register): read by the
        // same loader as `parseRuleSetFile`, on the base the file names.
        else if (file.fork) found = compile(parseRuleSetFile({ base: file.fork.base, meta: file.fork.meta, patch: file.fork.patch }, { base: resolve(file.fork.base) }));
        else found = compile(ruleSetFor(file.level ? { model: file.model!, level: file.level } : file.model!, date!));
      } catch (e) {
        found = e instanceof LearningSocietyError ? { vi: e.describe('vi'), en: e.describe('en') } : { vi: String(e), en: String(e) };
      }
      byRef.set(key, found);
    }
    return found;
  };
  let passed = 0;
  const results = file.cases.map((c): CaseResult => {
    const scorer = scorerFor(c);
    let failures: CaseFailure[];
    let ruleSetId: string | undefined;
    if (typeof scorer !== 'function') {
      failures = [{ field: 'ruleSet', expected: c.ruleSet ?? file.ruleSet ?? file.fork?.base ?? file.model, actual: null, message: { vi: `không có bộ tiêu chí: ${scorer.vi}`, en: `no rule set: ${scorer.en}` } }];
    } else {
      ruleSetId = scorer.ruleSet.id;
      const r = scorer.safe(c.assessment);
      failures = r.success ? compare(c.expect, r.data) : refused(c.expect, r.error);
    }
    if (failures.length === 0) passed += 1;
    return { name: c.name, line: c.line, ...(ruleSetId !== undefined ? { ruleSetId } : {}), passed: failures.length === 0, failures };
  });
  return { file: file.file, passed, failed: results.length - passed, results };
}

const show = (v: unknown): string => (v === undefined ? '—' : JSON.stringify(v));

function failure(field: string, expected: unknown, actual: unknown): CaseFailure {
  return {
    field,
    expected,
    actual,
    message: { vi: `${field}: cần ${show(expected)}, được ${show(actual)}`, en: `${field}: expected ${show(expected)}, got ${show(actual)}` },
  };
}

/** The expectations a scored result does not meet. */
function compare(e: CaseExpectation, r: Evaluation): CaseFailure[] {
  const out: CaseFailure[] = [];
  if (e.error !== undefined) out.push(failure('error', e.error, null));
  if (e.recognized !== undefined && e.recognized !== r.recognized) out.push(failure('recognized', e.recognized, r.recognized));
  if (e.total !== undefined && e.total !== r.total) out.push(failure('total', e.total, r.total));
  if (e.class !== undefined && e.class !== (r.classification?.id ?? null)) out.push(failure('class', e.class, r.classification?.id ?? null));
  if (e.provisional !== undefined && e.provisional !== r.provisional) out.push(failure('provisional', e.provisional, r.provisional));
  if (e.shortfalls !== undefined) {
    const want = [...new Set(e.shortfalls)].sort();
    const got = [...new Set(r.shortfalls.map((s) => s.rule))].sort();
    if (want.join('\u0000') !== got.join('\u0000')) out.push(failure('shortfalls', want, got));
  }
  if (e.indicators !== undefined) {
    for (const [id, p] of Object.entries(e.indicators)) {
      const got = findIndicator(r, id);
      if (got !== p) out.push(failure(`indicators.${id}`, p, got ?? null));
    }
  }
  if (e.criteria !== undefined) {
    for (const [id, p] of Object.entries(e.criteria)) {
      const got = r.criteria.find((c) => c.id === id)?.points;
      if (got !== p) out.push(failure(`criteria.${id}`, p, got ?? null));
    }
  }
  return out;
}

function findIndicator(r: Evaluation, id: string): number | undefined {
  for (const c of r.criteria) for (const i of c.indicators) if (i.id === id) return i.points;
  return undefined;
}

/** A refused assessment passes only when the case expected that refusal. */
function refused(e: CaseExpectation, error: LearningSocietyError): CaseFailure[] {
  const codes = error.issues.map((i) => i.code as string);
  if (e.error !== undefined && codes.includes(e.error)) return [];
  const why = { vi: error.issues.map((i) => i.message.vi).join('; ') || error.summary.vi, en: error.issues.map((i) => i.message.en).join('; ') || error.summary.en };
  return [{
    field: 'error',
    expected: e.error ?? null,
    actual: codes,
    message: e.error !== undefined
      ? { vi: `cần bị từ chối với lỗi ${e.error}, nhưng bị từ chối vì: ${why.vi}`, en: `expected refusal with ${e.error}, but refused because: ${why.en}` }
      : { vi: `phiếu bị từ chối: ${why.vi}`, en: `the assessment was refused: ${why.en}` },
  }];
}

/**
 * A case report as text, in Vietnamese or English: a line per case (✓ or ✗ with its file and line), each failure
 * under it, and the counts.
 *
 * @example
 * ```ts
 * import { caseReportText, parseCaseFile, runCases } from 'vn-learning-society/cases';
 * const file = parseCaseFile('ruleSet: learning-family-khvn-2015\ncases:\n  - name: empty\n    assessment: {}\n    expect: { total: 1 }\n', { fileName: 'a.yaml' });
 * caseReportText(runCases(file), 'en').split('\n')[1]; // '  ✗ empty (a.yaml:3)'
 * ```
 */
export function caseReportText(report: CaseReport, lang: 'vi' | 'en'): string {
  if (typeof report !== 'object' || report === null || !Array.isArray(report.results)) refuseArgument('report', { vi: 'kết quả của runCases', en: 'what runCases returns' }, report);
  if (lang !== 'vi' && lang !== 'en') refuseArgument('lang', { vi: '"vi" hoặc "en"', en: '"vi" or "en"' }, lang);
  const lines = [`${report.file}`];
  for (const r of report.results) {
    lines.push(`  ${r.passed ? '✓' : '✗'} ${r.name}${r.passed ? '' : ` (${report.file}:${r.line})`}`);
    for (const f of r.failures) lines.push(`      ${f.message[lang]}`);
  }
  lines.push(lang === 'vi' ? `  ${report.passed} đạt, ${report.failed} không đạt` : `  ${report.passed} passed, ${report.failed} failed`);
  return lines.join('\n');
}
