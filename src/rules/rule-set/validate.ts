import { LearningSocietyError, type Issue, type IssueCode } from '../../core/errors/index.js';
import { deepFreeze, isDeepFrozen } from '../../core/internal/deep-freeze.js';
import { checkUntrustedJson } from '../../core/untrusted/index.js';
import { LEVELS, MODELS } from '../../core/model/index.js';
import { DOCUMENT_ID_PATTERN, JURISDICTION_CODE_PATTERN, NODE_ID_PATTERN, SOURCE_ID_PATTERN } from '../../document/dated-entry/ids.js';
import { DOCUMENT_KINDS } from '../../document/legal-source/kinds.js';
import { ruleSetConsistencyIssues } from './consistency.js';
import type { RuleSet } from './schema.js';

/*
 * The check of a rule set that scoring runs, without zod: the same shape as `ruleSetSchema` (written once more, as
 * small checkers) and the same consistency checks (consistency.ts, shared). `compileRuleSet` uses it, so that a bundle
 * that scores with a shipped rule set carries no schema library; `parseRuleSet` keeps zod, for its messages and the
 * JSON Schema. test/validate.test.ts proves the two accept and refuse the same rule sets.
 */

type Path = (string | number)[];
type Check = (v: unknown, path: Path, out: Issue[]) => void;

const issue = (out: Issue[], path: Path, code: IssueCode, en: string, vi: string): void => {
  out.push({ path, code, message: { vi, en } });
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(min: number, max: number, pattern?: RegExp): Check {
  return (v, path, out) => {
    if (typeof v !== 'string') return issue(out, path, 'invalid_type', 'expected a string', 'cần một chuỗi ký tự');
    if (v.length < min) return issue(out, path, 'too_small', `at least ${min} character(s)`, `ít nhất ${min} ký tự`);
    if (v.length > max) return issue(out, path, 'too_big', `at most ${max} characters`, `tối đa ${max} ký tự`);
    if (pattern && !pattern.test(v)) issue(out, path, 'invalid_format', `does not match ${pattern.source}`, `không đúng dạng ${pattern.source}`);
  };
}

function num(min: number, max: number, options: { int?: boolean; above?: boolean } = {}): Check {
  return (v, path, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return issue(out, path, 'invalid_type', 'expected a finite number', 'cần một số hữu hạn');
    if (options.int && !Number.isSafeInteger(v)) return issue(out, path, 'invalid_type', 'expected a whole number', 'cần một số nguyên');
    if (options.above ? v <= min : v < min) return issue(out, path, 'too_small', `must be ${options.above ? 'above' : 'at least'} ${min}`, `phải ${options.above ? 'lớn hơn' : 'từ'} ${min}`);
    if (v > max) issue(out, path, 'too_big', `must be at most ${max}`, `tối đa ${max}`);
  };
}

const bool: Check = (v, path, out) => {
  if (typeof v !== 'boolean') issue(out, path, 'invalid_type', 'expected true or false', 'cần true hoặc false');
};

function oneOf(values: readonly unknown[]): Check {
  return (v, path, out) => {
    if (!values.includes(v)) issue(out, path, 'invalid_value', `expected one of ${values.join(', ')}`, `cần một trong các giá trị ${values.join(', ')}`);
  };
}

function list(item: Check, min: number, max: number): Check {
  return (v, path, out) => {
    if (!Array.isArray(v)) return issue(out, path, 'invalid_type', 'expected a list', 'cần một danh sách');
    if (v.length < min) return issue(out, path, 'too_small', `at least ${min} item(s)`, `ít nhất ${min} phần tử`);
    if (v.length > max) return issue(out, path, 'too_big', `at most ${max} items`, `tối đa ${max} phần tử`);
    v.forEach((x, i) => item(x, [...path, i], out));
  };
}

/** An object with exactly these fields (`?` marks an optional one): an unknown field is refused, as `z.strictObject`. */
function obj(fields: Record<string, Check>): Check {
  const required = Object.keys(fields).filter((k) => !k.endsWith('?'));
  const all = new Map(Object.entries(fields).map(([k, c]) => [k.replace(/\?$/, ''), c]));
  return (v, path, out) => {
    if (!isObj(v)) return issue(out, path, 'invalid_type', 'expected an object', 'cần một đối tượng');
    for (const k of required) if (v[k] === undefined) issue(out, [...path, k], 'invalid_type', 'required', 'bắt buộc');
    const unknown = Object.keys(v).filter((k) => !all.has(k));
    if (unknown.length) issue(out, path, 'unrecognized_keys', `unknown fields: ${unknown.join(', ')}`, `trường không có: ${unknown.join(', ')}`);
    for (const [k, check] of all) if (v[k] !== undefined) check(v[k], [...path, k], out);
  };
}

/** One of several objects told apart by their `kind`. */
function byKind(kinds: Record<string, Check>): Check {
  return (v, path, out) => {
    const check = isObj(v) && typeof v.kind === 'string' ? kinds[v.kind] : undefined;
    if (!check) return issue(out, [...path, 'kind'], 'invalid_union', `expected a kind: ${Object.keys(kinds).join(', ')}`, `cần một loại: ${Object.keys(kinds).join(', ')}`);
    check(v, path, out);
  };
}

/** A real calendar day, `YYYY-MM-DD`. */
const isoDate: Check = (v, path, out) => {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (!m || days === undefined || d < 1 || d > days) issue(out, path, 'invalid_format', 'expected a date YYYY-MM-DD', 'cần một ngày dạng YYYY-MM-DD');
};

const url: Check = (v, path, out) => {
  if (typeof v !== 'string' || v.length > 2000) return issue(out, path, 'invalid_type', 'expected a URL of at most 2,000 characters', 'cần một địa chỉ URL tối đa 2.000 ký tự');
  try {
    new URL(v.trim());
  } catch {
    issue(out, path, 'invalid_format', 'not a URL', 'không phải địa chỉ URL');
  }
};

const label = obj({ vi: str(1, 2000), en: str(1, 2000) });
const nodeId = str(0, 80, NODE_ID_PATTERN);
const points = num(0, 10_000);
const percent = num(0, 100);
const sourceRef = obj({ ref: str(0, 64, SOURCE_ID_PATTERN), 'article?': str(1, 200) });
const confirmation = obj({ ref: str(0, 64, SOURCE_ID_PATTERN), 'article?': str(1, 200), quote: str(1, 500), by: str(1, 200), on: isoDate });
const nodeMeta = { label, 'description?': label, 'source?': sourceRef, 'uncertain?': bool, 'question?': label, 'confirmed?': confirmation, 'note?': label };
const ruleMeta = { id: nodeId, 'label?': label, 'source?': sourceRef, 'uncertain?': bool, 'question?': label, 'confirmed?': confirmation, 'note?': label };
const rollup = obj({ model: oneOf(MODELS), 'level?': oneOf(LEVELS), 'of?': oneOf(['population', 'evaluated']) });

const indicator = byKind({
  judged: obj({ kind: oneOf(['judged']), id: nodeId, ...nodeMeta, maxPoints: points, 'step?': num(0, 10_000, { above: true }) }),
  boolean: obj({ kind: oneOf(['boolean']), id: nodeId, ...nodeMeta, points }),
  count: obj({ kind: oneOf(['count']), id: nodeId, ...nodeMeta, 'unit?': label, bands: list(obj({ atLeast: num(0, Number.MAX_SAFE_INTEGER, { int: true }), points }), 1, 50), 'rollup?': rollup }),
  ratio: obj({ kind: oneOf(['ratio']), id: nodeId, ...nodeMeta, part: label, whole: label, bands: list(obj({ atLeastPercent: percent, points }), 1, 50), 'whenWholeIsZero?': points, 'rollup?': rollup }),
});

const rule = byKind({
  'min-total': obj({ kind: oneOf(['min-total']), ...ruleMeta, points }),
  'min-criterion': obj({ kind: oneOf(['min-criterion']), ...ruleMeta, criterion: nodeId, 'points?': points, 'percent?': percent }),
  'min-each-criterion': obj({ kind: oneOf(['min-each-criterion']), ...ruleMeta, percent }),
  'mandatory-indicator': obj({ kind: oneOf(['mandatory-indicator']), ...ruleMeta, indicator: nodeId, 'points?': points }),
  'min-each-indicator': obj({ kind: oneOf(['min-each-indicator']), ...ruleMeta, 'indicators?': list(nodeId, 1, 500), 'points?': points, 'percent?': percent }),
  'class-reached': obj({ kind: oneOf(['class-reached']), ...ruleMeta, class: nodeId }),
});

const legalSource = obj({
  id: str(0, 64, SOURCE_ID_PATTERN),
  document: obj({ kind: oneOf(DOCUMENT_KINDS), 'number?': str(1, 120), issuer: label, 'date?': isoDate, 'title?': label }),
  'article?': str(1, 200),
  'urls?': list(url, 0, 20),
  'note?': label,
  'uncertain?': bool,
});

const ruleSetShape = obj({
  schemaVersion: oneOf([1]),
  id: str(0, 100, DOCUMENT_ID_PATTERN),
  model: oneOf(MODELS),
  'level?': oneOf(LEVELS),
  jurisdiction: obj({ code: str(0, Infinity, JURISDICTION_CODE_PATTERN), name: label }),
  title: label,
  validFrom: isoDate,
  'validTo?': isoDate,
  'description?': label,
  sources: list(legalSource, 1, 50),
  'pointDenominator?': num(1, 100, { int: true }),
  'scale?': oneOf(['points', 'targets']),
  'maxTotal?': points,
  criteria: list(obj({ id: nodeId, ...nodeMeta, 'maxPoints?': points, indicators: list(indicator, 1, 200) }), 1, 100),
  outcome: obj({
    title: label,
    rules: list(rule, 0, 100),
    'classes?': list(obj({ id: nodeId, label, rules: list(rule, 0, 100), 'source?': sourceRef, 'uncertain?': bool, 'question?': label, 'confirmed?': confirmation }), 0, 20),
  }),
  'derivedFrom?': obj({ id: str(1, 100), 'note?': label }),
  'notes?': list(obj({ text: label, 'about?': nodeId, 'uncertain?': bool }), 0, 200),
});

/**
 * Every problem of a value as a rule set: its shape, then (when the shape holds) every consistency check. Empty when
 * it is a valid rule set.
 *
 * @internal
 */
export function ruleSetIssues(value: unknown): Issue[] {
  const out: Issue[] = [];
  ruleSetShape(value, [], out);
  return out.length > 0 ? out : ruleSetConsistencyIssues(value as RuleSet);
}

/**
 * A rule set checked for scoring, without zod: a deeply frozen one (the shipped rule sets, a compiled rule set's
 * copy) is checked as it is; any other is bounded as untrusted input, checked and copied, so that a caller who changes
 * it later changes nothing scored with it.
 *
 * @throws {@link LearningSocietyError} `untrusted_input` or `invalid_rule_set`, each problem with its path.
 * @internal
 */
export function checkedRuleSet(value: unknown): RuleSet {
  const data = checkUntrustedJson(value);
  const issues = ruleSetIssues(data);
  if (issues.length > 0) throw new LearningSocietyError('invalid_rule_set', { vi: 'Bộ tiêu chí không hợp lệ', en: 'Invalid rule set' }, issues);
  return (isDeepFrozen(data) ? data : deepFreeze(structuredClone(data))) as RuleSet;
}
