import * as z from 'zod';
import { vi as viLocale } from 'zod/v4/locales';
import type { Issue, IssueCode } from './index.js';
import { typeOf, VI_TYPES as TYPES } from '../internal/check.js';

const VI_TYPES: Readonly<Record<string, string>> = TYPES;

/** Extra data a custom zod issue carries so that it can speak Vietnamese as well, and keep its code's fields. */
export interface BilingualParams {
  readonly vi: string;
  readonly code: IssueCode;
  readonly rule?: string;
  /** The fields of the code (`maximum`, `id`, `first`, …), as {@link Issue} has them. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** The length of the issue's path in the value refined: zod puts the path of that value before it when it is nested. */
  readonly pathLength?: number;
}

/** The fields a refinement attached, with a `first` put under the path zod added when the schema is nested. */
function refinedFields(params: Partial<BilingualParams>, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  const fields = params.fields;
  const first = fields?.first;
  if (!Array.isArray(first) || params.pathLength === undefined) return fields;
  return { ...fields, first: [...path.slice(0, path.length - params.pathLength), ...(first as (string | number)[])] };
}

/** The fields of an issue other than those every issue has. */
function fieldsOf(issue: Issue): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(issue)) {
    if (k !== 'path' && k !== 'code' && k !== 'message' && k !== 'rule') (out ??= {})[k] = v;
  }
  return out;
}

/** The fields zod's own issue of a limit carries, in the library's form (`maximum`, `minimum`, `inclusive`). */
function limitFields(issue: z.core.$ZodIssue): Record<string, unknown> | undefined {
  if (issue.code === 'too_big') return issue.inclusive === false ? { maximum: Number(issue.maximum), inclusive: false } : { maximum: Number(issue.maximum) };
  if (issue.code === 'too_small') return issue.inclusive === false ? { minimum: Number(issue.minimum), inclusive: false } : { minimum: Number(issue.minimum) };
  return undefined;
}

/** Vietnamese of the problems of shape people meet most, without programmers' words (`mong đợi string`). */
function ownVietnamese(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    const expected = VI_TYPES[issue.expected] ?? issue.expected;
    if (!('input' in issue) || issue.input === undefined) return `thiếu trường bắt buộc (cần ${expected})`;
    return `cần ${expected}, nhận được ${VI_TYPES[typeOf(issue.input)] ?? typeOf(issue.input)}`;
  }
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return `giá trị không hợp lệ; các giá trị được phép: ${(issue.options as unknown[]).map(String).join(', ')}`;
  }
  if (issue.code === 'invalid_value') return `giá trị không hợp lệ; các giá trị được phép: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `trường không có trong mẫu: ${issue.keys.map((k) => `"${k}"`).join(', ')} (tên gõ sai?)`;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const bound = String(small ? issue.minimum : issue.maximum);
    const inclusive = issue.inclusive !== false;
    if (issue.origin === 'string') return small ? `cần ít nhất ${bound} ký tự` : `dài quá: tối đa ${bound} ký tự`;
    if (issue.origin === 'array' || issue.origin === 'set') return small ? `cần ít nhất ${bound} mục` : `nhiều quá: tối đa ${bound} mục`;
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
      return small ? `phải ${inclusive ? 'từ' : 'lớn hơn'} ${bound}${inclusive ? ' trở lên' : ''}` : `phải ${inclusive ? 'không quá' : 'nhỏ hơn'} ${bound}`;
    }
  }
  return undefined;
}

/** zod's Vietnamese messages, imported by name so that a bundle carries this one locale only. */
const VI_ERROR = /* @__PURE__ */ viLocale().localeError;

/**
 * Runs a zod schema and, on failure, returns every issue with its path and a message in both languages:
 * English from zod's default locale, Vietnamese for a clerk (or from zod's `vi` locale, passed per parse, never set
 * globally), or the bilingual text a refinement attached. For schemas of your own that embed the library's.
 *
 * @example
 * ```ts
 * import { labelSchema, parseWithBilingualIssues } from 'vn-learning-society/schemas';
 * const r = parseWithBilingualIssues(labelSchema, { vi: 'Gia đình học tập' });
 * r.ok; // false
 * ```
 */
export function parseWithBilingualIssues<T extends z.ZodType>(
  schema: T,
  input: unknown,
): { ok: true; data: z.output<T> } | { ok: false; issues: Issue[] } {
  const en = schema.safeParse(input, { reportInput: true });
  if (en.success) return { ok: true, data: en.data };
  const vi = schema.safeParse(input, { error: VI_ERROR });
  const viIssues = vi.success ? [] : vi.error.issues;
  const issues = en.error.issues.map((issue, i): Issue => {
    const params = (issue as { params?: Partial<BilingualParams> }).params;
    const viMessage = params?.vi ?? ownVietnamese(issue) ?? viIssues[i]?.message ?? issue.message;
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const out = {
      path,
      code: params?.code ?? issue.code,
      message: { vi: viMessage, en: issue.message },
      ...(params?.rule ? { rule: params.rule } : {}),
      ...(params?.code ? refinedFields(params, path) : limitFields(issue)),
    };
    return out as Issue;
  });
  return { ok: false, issues };
}

/**
 * A zod refinement that adds the issues `issuesOf` finds (the consistency checks the zod-free parsers run), each with
 * its bilingual message and code, so that a schema and its check report the same problems.
 */
export function refineWith<T>(issuesOf: (value: T) => readonly Issue[]): (value: T, ctx: z.core.$RefinementCtx<T>) => void {
  return (value, ctx) => {
    for (const i of issuesOf(value)) {
      const fields = fieldsOf(i);
      const params: BilingualParams = { vi: i.message.vi, code: i.code, ...(i.rule ? { rule: i.rule } : {}), ...(fields ? { fields, pathLength: i.path.length } : {}) };
      ctx.addIssue({ code: 'custom', path: [...i.path], message: i.message.en, params, input: value });
    }
  };
}
