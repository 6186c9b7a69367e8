import { LearningSocietyError, toSafe, type ErrorCode, type Issue, type SafeResult } from '../../core/errors/index.js';
import type { Label } from '../../core/label/index.js';
import { requireArray, requireObject, requireRuleSetShape } from '../../core/internal/args.js';
import { checkUntrustedJson, type InputLimits } from '../../core/untrusted/index.js';
import type { LegalSource } from '../../document/legal-source/index.js';
import type { DocumentPatch, ForkMeta } from '../../document/fork/index.js';
import { parseRecognitionRule } from '../../programme/recognition/index.js';
import type { RecognitionRule } from '../../programme/recognition/schema.js';
import { parseTargetTable, type TargetTable } from '../../programme/targets/index.js';
import { parseYearbookPlan } from '../../programme/yearbook/index.js';
import type { YearbookPlan } from '../../programme/yearbook/schema.js';
import { parsePlan } from '../../programme/plan/index.js';
import type { Plan } from '../../programme/plan/schema.js';
import { forkRuleSet } from '../../rules/rule-set/fork.js';
import { parseRuleSet } from '../../rules/rule-set/parse.js';
import type { RuleSet } from '../../rules/rule-set/schema.js';
import { closestName, unknownIdFields } from '../../core/suggest/index.js';
import { LEGAL_DOCUMENTS } from '../legal-sources/index.js';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet } from '../rule-sets/index.js';
import { resolveSources } from '../shipped/index.js';

/*
 * The files of data/ — and the files a province writes in the same format — read by the public API as they are:
 * the `$schema` line an editor checks the file with is dropped, each source reference `{ "ref": "<id>", "article"?: … }`
 * is replaced by the register's entry (`resolveSources`, the function the catalogue builds the shipped documents with),
 * and a fork file `{ base, meta, patch }` is applied to its base. The result is checked by the document's own parser.
 */

/** Options of {@link parseRuleSetFile} and the other loaders of data files. */
export interface ParseDataFileOptions {
  /** Size limits for untrusted input; see {@link DEFAULT_INPUT_LIMITS}. */
  readonly limits?: InputLimits;
  /** The register that `{ "ref": … }` sources are looked up in (default: {@link LEGAL_DOCUMENTS}, `data/legal-sources/`). */
  readonly register?: readonly LegalSource[];
}

/** Options of {@link parseRuleSetFile}. */
export interface ParseRuleSetFileOptions extends ParseDataFileOptions {
  /**
   * The rule set a fork file is built on, when it is not a shipped one (a province's fork of its own fork, read from
   * a file by the caller). By default the fork file's `base` names a shipped rule set ({@link BUILT_IN_RULE_SET_IDS}).
   */
  readonly base?: RuleSet;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
// A fork file may carry its own test cases (`cases`, run by `vn-learning-society test`); the rule set leaves them aside.
const FORK_KEYS = new Set(['$schema', 'base', 'meta', 'patch', 'cases']);

/** Whether a file's JSON is a fork file `{ base, meta, patch }` rather than a whole document. @internal */
export function isForkFile(data: unknown): boolean {
  return isObj(data) && ('base' in data || 'patch' in data || 'meta' in data);
}

function fail(code: ErrorCode, summary: Label, issues: Issue[]): never {
  throw new LearningSocietyError(code, summary, issues);
}

/** The file without its `$schema` line (which must be a string), its `sources` (at `path`) resolved. */
function withoutSchemaLine(data: Record<string, unknown>, issues: Issue[]): Record<string, unknown> {
  const { $schema, ...doc } = data;
  if ($schema !== undefined && typeof $schema !== 'string') {
    issues.push({ path: ['$schema'], code: 'invalid_type', message: { vi: 'cần đường dẫn tới JSON Schema (chuỗi ký tự)', en: 'Invalid input: expected string' } });
  }
  return doc;
}

/** The options of a loader, checked before anything reads them (a caller's wrong value is a typed error, not a TypeError). */
function checkedOptions<T extends ParseRuleSetFileOptions>(options: T): T {
  requireObject(options, 'options');
  if (options.register !== undefined) requireArray(options.register, 'options.register').forEach((s, i) => requireObject(s, `options.register[${i}]`));
  if (options.limits !== undefined) requireObject(options.limits, 'options.limits');
  if (options.base !== undefined) requireRuleSetShape(options.base, 'options.base');
  return options;
}

function resolved(doc: Record<string, unknown>, register: readonly LegalSource[], path: (string | number)[], issues: Issue[]): Record<string, unknown> {
  return Array.isArray(doc.sources) ? { ...doc, sources: resolveSources(doc.sources, register, [...path, 'sources'], issues, closestName) } : doc;
}

/** A whole document of a data file, ready for its parser (bounded first, then its `$schema` line dropped and its references resolved). */
function documentOfFile(input: unknown, options: ParseDataFileOptions, code: ErrorCode, summary: Label): unknown {
  checkedOptions(options);
  const data = checkUntrustedJson(input, options.limits);
  if (!isObj(data)) return data; // the parser reports the wrong type
  const issues: Issue[] = [];
  const doc = resolved(withoutSchemaLine(data, issues), options.register ?? LEGAL_DOCUMENTS, [], issues);
  if (issues.length > 0) fail(code, summary, issues);
  return doc;
}

const RULE_SET_FILE: Label = { vi: 'Tệp bộ tiêu chí không hợp lệ', en: 'Invalid rule-set file' };

/**
 * Reads a rule-set file as `data/rule-sets/` holds them and as the command line reads them: a whole rule set, or a
 * fork file `{ "base": "<id>", "meta": { … }, "patch": { … } }` of a shipped rule set (the file `vn-learning-society
 * fork` writes; its `cases`, if any, are for `vn-learning-society test` and left aside). A `$schema` line is allowed; a source written as a reference to the register, `{ "ref":
 * "khvn-criteria-2021", "article"?: "…" }`, is replaced by the register's entry — the one way the shipped files cite
 * their sources — and a source written whole (a province's own document) is kept. The result is checked as
 * {@link parseRuleSet} and {@link forkRuleSet} check it, and is equal to what {@link getRuleSet} returns for a
 * shipped file.
 *
 * @throws {@link LearningSocietyError} `untrusted_input`, `invalid_rule_set` (an unknown reference is `unknown_source`,
 *   an unknown base `unknown_id`) or `invalid_patch`.
 *
 * @example
 * ```ts
 * import { parseRuleSetFile } from 'vn-learning-society';
 * const fork = parseRuleSetFile({
 *   base: 'learning-family-khvn-2021',
 *   meta: { id: 'learning-family-vn-45-2021', jurisdiction: { code: 'VN-45', name: { vi: 'Tỉnh Đồng Tháp', en: 'Dong Thap province' } },
 *           sources: [{ ref: 'kh-dong-thap-2030' }] },
 *   patch: { outcome: { rules: { 'min-total': { points: 85 } } } },
 * });
 * fork.derivedFrom?.id; // 'learning-family-khvn-2021'
 * fork.sources[0]?.id; // 'kh-dong-thap-2030'
 * ```
 */
export function parseRuleSetFile(input: unknown, options: ParseRuleSetFileOptions = {}): RuleSet {
  checkedOptions(options);
  const limits = options.limits ? { limits: options.limits } : {};
  const data = checkUntrustedJson(input, options.limits);
  if (!isForkFile(data)) return parseRuleSet(documentOfFile(data, options, 'invalid_rule_set', RULE_SET_FILE), limits);
  const file = data as Record<string, unknown>;
  const issues: Issue[] = [];
  withoutSchemaLine(file, issues);
  const unknown = Object.keys(file).filter((k) => !FORK_KEYS.has(k));
  if (unknown.length > 0) issues.push({ path: [], code: 'unrecognized_keys', message: { vi: `trường không có trong tệp phái sinh: ${unknown.join(', ')} (chỉ có base, meta, patch, cases)`, en: `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (a fork file has base, meta, patch and cases)` } });
  for (const key of ['base', 'meta', 'patch'] as const) {
    const v = file[key];
    const want = key === 'base' ? 'string' : 'object';
    if (key === 'base' ? typeof v !== 'string' : !isObj(v)) {
      issues.push({ path: [key], code: 'invalid_type', message: v === undefined ? { vi: `thiếu trường bắt buộc "${key}"`, en: `Invalid input: expected ${want}, received undefined` } : { vi: `"${key}" cần ${want === 'string' ? 'chuỗi ký tự' : 'một đối tượng { … }'}`, en: `Invalid input: expected ${want}` } });
    }
  }
  const cases = file.cases;
  if (cases !== undefined && (!Array.isArray(cases) || cases.some((c) => !isObj(c)))) {
    issues.push({ path: ['cases'], code: 'invalid_type', message: { vi: '"cases" cần một danh sách các ca kiểm thử { … }', en: 'Invalid input: "cases" must be a list of test cases { … }' } });
  }
  if (issues.length > 0) fail('invalid_rule_set', RULE_SET_FILE, issues);
  const meta = resolved(file.meta as Record<string, unknown>, options.register ?? LEGAL_DOCUMENTS, ['meta'], issues);
  const base = options.base ?? builtInRuleSet(file.base as string);
  if (!base) {
    const near = closestName(file.base as string, BUILT_IN_RULE_SET_IDS);
    issues.push({ path: ['base'], code: 'unknown_id', ...unknownIdFields(String(file.base), near), message: { vi: `không có bộ tiêu chí "${String(file.base)}" đi kèm thư viện${near ? `; có phải ý bạn là "${near}"?` : ''}`, en: `no shipped rule set "${String(file.base)}"${near ? `; did you mean "${near}"?` : ''}` } });
  }
  if (issues.length > 0 || !base) fail('invalid_rule_set', RULE_SET_FILE, issues);
  return forkRuleSet(base, file.patch as DocumentPatch, meta as unknown as ForkMeta, limits);
}

/**
 * Like {@link parseRuleSetFile}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseRuleSetFile } from 'vn-learning-society';
 * const r = safeParseRuleSetFile({ base: 'learning-family-khvn-2021', meta: { id: 'x', jurisdiction: { code: 'VN-X', name: { vi: 'X', en: 'X' } }, sources: [{ ref: 'qd-448' }] }, patch: {} });
 * r.success ? '' : r.error.issues[0]?.code; // 'unknown_source'
 * ```
 */
export function safeParseRuleSetFile(input: unknown, options: ParseRuleSetFileOptions = {}): SafeResult<RuleSet> {
  return toSafe(() => parseRuleSetFile(input, options));
}

/**
 * Reads a target-table file as `data/targets/` holds them: a `$schema` line allowed, sources as references to the
 * register resolved (see {@link parseRuleSetFile}), then checked by {@link parseTargetTable}.
 *
 * @example
 * ```ts
 * import { listTargets, parseTargetTableFile } from 'vn-learning-society';
 * const { sources, ...table } = listTargets()[0]!;
 * const file = { $schema: '../schemas/target-table.schema.json', ...table, sources: sources.map((s) => ({ ref: s.id })) };
 * parseTargetTableFile(JSON.stringify(file)).sources[0]?.document.number; // '281/QĐ-TTg'
 * ```
 */
export function parseTargetTableFile(input: unknown, options: ParseDataFileOptions = {}): TargetTable {
  return parseTargetTable(documentOfFile(input, options, 'invalid_rule_set', { vi: 'Tệp bảng chỉ tiêu không hợp lệ', en: 'Invalid target-table file' }));
}

/**
 * Reads a recognition-rule file as `data/recognition/` holds them (see {@link parseTargetTableFile}), then checks it
 * with {@link parseRecognitionRule}.
 *
 * @example
 * ```ts
 * import { listRecognitionRules, parseRecognitionRuleFile } from 'vn-learning-society';
 * const { sources, ...rule } = listRecognitionRules()[0]!;
 * parseRecognitionRuleFile({ $schema: '../schemas/recognition-rule.schema.json', ...rule, sources: sources.map((s) => ({ ref: s.id })) }).sources.length === sources.length; // true
 * ```
 */
export function parseRecognitionRuleFile(input: unknown, options: ParseDataFileOptions = {}): RecognitionRule {
  return parseRecognitionRule(documentOfFile(input, options, 'invalid_input', { vi: 'Tệp quy định công nhận không hợp lệ', en: 'Invalid recognition-rule file' }));
}

/**
 * Reads a yearbook-plan file as `data/yearbooks/` holds them (see {@link parseTargetTableFile}), then checks it with
 * {@link parseYearbookPlan}.
 *
 * @example
 * ```ts
 * import { LONG_AN_YEARBOOK_2020, parseYearbookPlanFile } from 'vn-learning-society';
 * const file = { $schema: '../schemas/yearbook-plan.schema.json', ...LONG_AN_YEARBOOK_2020, sources: LONG_AN_YEARBOOK_2020.sources.map((s) => ({ ref: s.id })) };
 * parseYearbookPlanFile(file).id === LONG_AN_YEARBOOK_2020.id; // true
 * ```
 */
export function parseYearbookPlanFile(input: unknown, options: ParseDataFileOptions = {}): YearbookPlan {
  return parseYearbookPlan(documentOfFile(input, options, 'invalid_input', { vi: 'Tệp kế hoạch kỷ yếu không hợp lệ', en: 'Invalid yearbook-plan file' }));
}

/**
 * Reads a plan file as `data/plans/` holds them (its `$schema` line dropped), then checks it with {@link parsePlan}.
 *
 * @example
 * ```ts
 * import { parsePlanFile, SEED_PLANS } from 'vn-learning-society';
 * parsePlanFile({ $schema: '../schemas/plan.schema.json', ...SEED_PLANS[0]! }).id === SEED_PLANS[0]!.id; // true
 * ```
 */
export function parsePlanFile(input: unknown, options: ParseDataFileOptions = {}): Plan {
  return parsePlan(documentOfFile(input, options, 'invalid_input', { vi: 'Tệp kế hoạch không hợp lệ', en: 'Invalid plan file' }));
}
