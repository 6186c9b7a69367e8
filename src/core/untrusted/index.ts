import { LearningSocietyError, makeIssue, type Issue, type IssueCode, type IssueFieldsArg } from '../errors/index.js';
import { requireObject } from '../internal/args.js';

/**
 * Limits applied to data from outside (a rule set or patch read from JSON). Everything beyond them is
 * refused with a `untrusted_input` error before any other processing.
 */
export interface InputLimits {
  /** Longest JSON text accepted, in characters. Default 2,000,000. */
  readonly maxJsonLength: number;
  /** Deepest nesting of objects and arrays. Default 32. */
  readonly maxDepth: number;
  /** Most values (objects, arrays and scalars together). Default 50,000. */
  readonly maxNodes: number;
  /** Longest string. Default 10,000 characters. */
  readonly maxStringLength: number;
}

/** The default {@link InputLimits}. A national rule set uses well under a tenth of each. */
export const DEFAULT_INPUT_LIMITS: InputLimits = Object.freeze({
  maxJsonLength: 2_000_000,
  maxDepth: 32,
  maxNodes: 50_000,
  maxStringLength: 10_000,
});

/** Keys that could reach an object's prototype; refused anywhere in untrusted input. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks that `value` is plain JSON data within `limits`: only plain objects, arrays, strings, finite numbers,
 * booleans and null; no prototype-reaching keys; bounded depth, size and string length.
 * Accepts a JSON string, which it parses first. Returns the parsed value.
 *
 * @throws {@link LearningSocietyError} with code `untrusted_input`.
 *
 * @example
 * ```ts
 * import { checkUntrustedJson, DEFAULT_INPUT_LIMITS, LearningSocietyError } from 'vn-learning-society';
 * checkUntrustedJson('{"points": {"children.results": 10}}'); // { points: { 'children.results': 10 } }
 * try {
 *   checkUntrustedJson('{"a": {"__proto__": {"polluted": true}}}');
 * } catch (e) {
 *   (e as LearningSocietyError).issues[0]?.message.en; // 'the key "__proto__" is not allowed'
 * }
 * const deep = checkUntrustedJson.bind(null, [[[1]]], { ...DEFAULT_INPUT_LIMITS, maxDepth: 2 });
 * let refused = false;
 * try { deep(); } catch (e) { refused = (e as LearningSocietyError).code === 'untrusted_input'; }
 * refused; // true
 * ```
 */
export function checkUntrustedJson(value: unknown, limits: InputLimits = DEFAULT_INPUT_LIMITS): unknown {
  requireObject(limits, 'limits');
  let data = value;
  if (typeof value === 'string') {
    if (value.length > limits.maxJsonLength) {
      fail([issue([], 'too_long', `JSON text is ${value.length} characters; the limit is ${limits.maxJsonLength}`, `Văn bản JSON dài ${value.length} ký tự; giới hạn là ${limits.maxJsonLength}`, { maximum: limits.maxJsonLength })]);
    }
    try {
      data = JSON.parse(value);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      fail([issue([], 'invalid_json', `not valid JSON: ${why}`, `không phải JSON hợp lệ: ${why}`)]);
    }
  }
  const issues: Issue[] = [];
  let nodes = 0;
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: data, path: [] }];
  while (stack.length > 0 && issues.length < 20) {
    const { v, path } = stack.pop()!;
    nodes += 1;
    if (nodes > limits.maxNodes) {
      issues.push(issue([], 'too_many_values', `more than ${limits.maxNodes} values`, `nhiều hơn ${limits.maxNodes} giá trị`, { maximum: limits.maxNodes }));
      break;
    }
    if (path.length > limits.maxDepth) {
      issues.push(issue(path, 'too_deep', `nested deeper than ${limits.maxDepth} levels`, `lồng sâu quá ${limits.maxDepth} cấp`, { maximum: limits.maxDepth }));
      continue;
    }
    if (v === null || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) issues.push(issue(path, 'not_finite', 'number is not finite', 'số không hữu hạn'));
      continue;
    }
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength) {
        issues.push(issue(path, 'string_too_long', `string longer than ${limits.maxStringLength} characters`, `chuỗi dài quá ${limits.maxStringLength} ký tự`, { maximum: limits.maxStringLength }));
      }
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    if (typeof v === 'object') {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) {
        issues.push(issue(path, 'not_plain_object', 'only plain JSON objects are accepted', 'chỉ chấp nhận đối tượng JSON thuần'));
        continue;
      }
      if (Object.getOwnPropertySymbols(v).length > 0) {
        issues.push(issue(path, 'symbol_key', 'symbol keys are not JSON', 'khóa kiểu symbol không phải JSON'));
      }
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        if (FORBIDDEN_KEYS.has(k)) {
          issues.push(issue([...path, k], 'forbidden_key', `the key "${k}" is not allowed`, `không được dùng khóa "${k}"`));
          continue;
        }
        stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
      }
      continue;
    }
    issues.push(issue(path, 'not_json', `a ${typeof v} is not JSON data`, `giá trị kiểu ${typeof v} không phải dữ liệu JSON`));
  }
  if (issues.length > 0) fail(issues);
  return data;
}

function issue<C extends IssueCode>(path: (string | number)[], code: C, en: string, vi: string, ...fields: IssueFieldsArg<C>): Issue {
  return makeIssue(path, code, { vi, en }, ...fields);
}

function fail(issues: Issue[]): never {
  throw new LearningSocietyError(
    'untrusted_input',
    { vi: 'Dữ liệu đầu vào không được chấp nhận', en: 'Input data refused' },
    issues,
  );
}
