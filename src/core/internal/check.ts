import { LearningSocietyError, type ErrorCode, type Issue, type IssueCode, type IssueFieldsArg, makeIssue } from '../errors/index.js';
import type { Label } from '../label/index.js';
import { checkUntrustedJson, type InputLimits } from '../untrusted/index.js';

/*
 * Shape checks without a schema library: small checkers, each a function that appends the problems of one value to a
 * list, with its path and a message in Vietnamese and English. The library's parsers (rule sets, target tables,
 * recognition rules, plans, yearbooks, schedules, fork metadata) run these, so that the core entry point carries no
 * zod; the zod schemas of the same documents are in `vn-learning-society/schemas`, and test/document/checks-agree.test.ts proves
 * that each checker accepts and refuses what its schema does. The wording is the one the zod path gave (English as
 * zod's, Vietnamese for a clerk rather than a programmer).
 *
 * Each checker runs in time linear in its value; a pattern it is given is one of the checked ones (test/redos).
 */

/** Where a value sits in a document: field names and list positions. @internal */
export type Path = (string | number)[];
/** Appends the problems of `value` (at `path`) to `out`. @internal */
export type Check = (value: unknown, path: Path, out: Issue[]) => void;

/** @internal */
export function report<C extends IssueCode>(out: Issue[], path: Path, code: C, en: string, vi: string, ...fields: IssueFieldsArg<C>): void {
  out.push(makeIssue(path, code, { vi, en }, ...fields));
}

/** An object that is not null and not a list. @internal */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type TypeName = 'string' | 'number' | 'int' | 'boolean' | 'object' | 'array' | 'null' | 'nan' | 'undefined' | 'bigint' | 'symbol' | 'function';

/** Type names in plain Vietnamese, for a clerk rather than a programmer (zod's path uses them too). @internal */
export const VI_TYPES: Readonly<Record<TypeName, string>> = {
  string: 'chữ (chuỗi ký tự)',
  number: 'số',
  int: 'số nguyên',
  nan: 'NaN (không phải số)',
  boolean: 'đúng/sai (true/false)',
  object: 'một đối tượng { … }',
  array: 'một danh sách [ … ]',
  null: 'null',
  undefined: 'không có gì',
  bigint: 'số nguyên lớn',
  symbol: 'symbol',
  function: 'hàm',
};

/** A value's type as the messages name it (`array`, `null` and `nan` told apart). @internal */
export function typeOf(v: unknown): TypeName {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'nan';
  return typeof v as TypeName;
}

/** A value of the wrong type, or a required one missing. @internal */
export function wrongType(out: Issue[], path: Path, expected: TypeName, v: unknown): void {
  const got = typeOf(v);
  report(
    out,
    path,
    'invalid_type',
    `Invalid input: expected ${expected}, received ${got}`,
    v === undefined ? `thiếu trường bắt buộc (cần ${VI_TYPES[expected]})` : `cần ${VI_TYPES[expected]}, nhận được ${VI_TYPES[got]}`,
  );
}

/** A string of `min` to `max` characters, matching `pattern` when given. @internal */
export function str(min: number, max: number, pattern?: RegExp): Check {
  return (v, path, out) => {
    if (typeof v !== 'string') return wrongType(out, path, 'string', v);
    if (v.length < min) return report(out, path, 'too_small', `Too small: expected string to have >=${min} characters`, `cần ít nhất ${min} ký tự`, { minimum: min });
    if (v.length > max) return report(out, path, 'too_big', `Too big: expected string to have <=${max} characters`, `dài quá: tối đa ${max} ký tự`, { maximum: max });
    if (pattern && !pattern.test(v)) report(out, path, 'invalid_format', `Invalid string: must match pattern ${String(pattern)}`, `sai dạng: cần khớp mẫu ${String(pattern)}`);
  };
}

/** A finite number from `min` (or above it, with `above`) to `max`; with `int`, a safe whole number. @internal */
export function num(min: number, max: number, options: { readonly int?: boolean; readonly above?: boolean } = {}): Check {
  return (v, path, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType(out, path, options.int ? 'int' : 'number', v);
    if (options.int && !Number.isSafeInteger(v)) return wrongType(out, path, 'int', v);
    if (options.above ? v <= min : v < min) {
      return report(out, path, 'too_small', `Too small: expected number to be ${options.above ? '>' : '>='}${min}`, options.above ? `phải lớn hơn ${min}` : `phải từ ${min} trở lên`, options.above ? { minimum: min, inclusive: false } : { minimum: min });
    }
    if (v > max) report(out, path, 'too_big', `Too big: expected number to be <=${max}`, `phải không quá ${max}`, { maximum: max });
  };
}

/** A whole number from `min` to `max` (zod's `z.int()`: at most the safe integers). @internal */
export const int = (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check => num(min, max, { int: true });

/** `true` or `false`. @internal */
export const bool: Check = (v, path, out) => {
  if (typeof v !== 'boolean') wrongType(out, path, 'boolean', v);
};

/** One of the given values (an enum or a literal). @internal */
export function oneOf(values: readonly unknown[]): Check {
  const text = values.map(String).join(', ');
  return (v, path, out) => {
    if (!values.includes(v)) report(out, path, 'invalid_value', `Invalid option: expected one of ${values.map((x) => JSON.stringify(x)).join('|')}`, `giá trị không hợp lệ; các giá trị được phép: ${text}`);
  };
}

/** A list of `min` to `max` items, each checked by `item`. @internal */
export function list(item: Check, min: number, max: number): Check {
  return (v, path, out) => {
    if (!Array.isArray(v)) return wrongType(out, path, 'array', v);
    if (v.length < min) return report(out, path, 'too_small', `Too small: expected array to have >=${min} items`, `cần ít nhất ${min} mục`, { minimum: min });
    if (v.length > max) return report(out, path, 'too_big', `Too big: expected array to have <=${max} items`, `nhiều quá: tối đa ${max} mục`, { maximum: max });
    for (let i = 0; i < v.length; i++) item(v[i], [...path, i], out);
  };
}

/** The fields of an object: a name ending in `?` is optional. */
export type Fields = Readonly<Record<string, Check>>;

function fieldChecks(fields: Fields): { name: string; optional: boolean; check: Check }[] {
  return Object.entries(fields).map(([k, check]) => ({ name: k.endsWith('?') ? k.slice(0, -1) : k, optional: k.endsWith('?'), check }));
}

/**
 * An object with exactly these fields (a name ending in `?` is optional): an unknown field is refused, as zod's
 * `strictObject` does; with `{ loose: true }` it is ignored, as `z.object` does.
 *
 * @internal
 */
export function obj(fields: Fields, options: { readonly loose?: boolean } = {}): Check {
  const all = fieldChecks(fields);
  const known = new Set(all.map((f) => f.name));
  return (v, path, out) => {
    if (!isObj(v)) return wrongType(out, path, 'object', v);
    for (const f of all) {
      const value = Object.hasOwn(v, f.name) ? v[f.name] : undefined;
      if (value !== undefined || !f.optional) f.check(value, [...path, f.name], out);
    }
    if (options.loose) return;
    const unknown = Object.keys(v).filter((k) => !known.has(k));
    if (unknown.length > 0) {
      const names = unknown.map((k) => `"${k}"`).join(', ');
      report(out, path, 'unrecognized_keys', `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${names}`, `trường không có trong mẫu: ${names} (tên gõ sai?)`);
    }
  };
}

/** One of several objects told apart by their `kind`. @internal */
export function byKind(kinds: Readonly<Record<string, Check>>): Check {
  const names = Object.keys(kinds);
  return (v, path, out) => {
    const check = isObj(v) && typeof v.kind === 'string' && Object.hasOwn(kinds, v.kind) ? kinds[v.kind] : undefined;
    if (check) return check(v, path, out);
    if (!isObj(v)) return wrongType(out, path, 'object', v);
    report(out, [...path, 'kind'], 'invalid_union', `Invalid input: expected kind to be one of ${names.join(', ')}`, `giá trị không hợp lệ; các giá trị được phép: ${names.join(', ')}`);
  };
}

/** Passes when any of `checks` passes (zod's `union`); otherwise one `invalid_union` problem. @internal */
export function anyOf(checks: readonly Check[], expected: { readonly en: string; readonly vi: string }): Check {
  return (v, path, out) => {
    for (const check of checks) {
      const mine: Issue[] = [];
      check(v, path, mine);
      if (mine.length === 0) return;
    }
    report(out, path, 'invalid_union', `Invalid input: expected ${expected.en}`, `giá trị không hợp lệ: cần ${expected.vi}`);
  };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar day, `YYYY-MM-DD` (zod's `z.iso.date()`). @internal */
export const isoDate: Check = (v, path, out) => {
  if (typeof v !== 'string') return wrongType(out, path, 'string', v);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 && leap ? 29 : DAYS[mo - 1];
  if (!m || days === undefined || d < 1 || d > days) report(out, path, 'invalid_format', 'Invalid ISO date', 'cần một ngày có thật, dạng YYYY-MM-DD (vd. 2025-07-01)');
};

/** A month, `YYYY-MM`. @internal */
export const isoMonth: Check = str(0, Infinity, /^\d{4}-(0[1-9]|1[0-2])$/);

/** A URL of at most 2,000 characters, as zod's `z.url()` reads one. @internal */
export const url: Check = (v, path, out) => {
  if (typeof v !== 'string') return wrongType(out, path, 'string', v);
  let ok = true;
  try {
    new URL(v.trim());
  } catch {
    ok = false;
  }
  if (!ok) return report(out, path, 'invalid_format', 'Invalid URL', 'địa chỉ URL không hợp lệ');
  if (v.length > 2000) report(out, path, 'too_big', 'Too big: expected string to have <=2000 characters', 'dài quá: tối đa 2000 ký tự', { maximum: 2000 });
};

/** A text in Vietnamese and English (`Label`). @internal */
export const label: Check = obj({ vi: str(1, 2000), en: str(1, 2000) });

/** Every problem `check` finds in `value`. @internal */
export function problemsOf(check: Check, value: unknown): Issue[] {
  const out: Issue[] = [];
  check(value, [], out);
  return out;
}

/**
 * Reads a document from any source (an object, or JSON text): bounds it as untrusted input, finds every problem with
 * `problems`, and returns a fresh copy (never the caller's object), or throws one {@link LearningSocietyError} `code`
 * with them all.
 *
 * @internal
 */
export function parseChecked<T>(input: unknown, problems: (data: unknown) => Issue[], code: ErrorCode, title: Label, limits?: InputLimits): T {
  const data = checkUntrustedJson(input, limits);
  const issues = problems(data);
  if (issues.length > 0) throw new LearningSocietyError(code, title, issues);
  return (typeof input === 'string' ? data : structuredClone(data)) as T;
}
