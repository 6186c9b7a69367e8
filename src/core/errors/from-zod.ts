import * as z from 'zod';
import { vi as viLocale } from 'zod/v4/locales';
import type { Issue, IssueCode } from './index.js';

/** Extra data a custom zod issue carries so that it can speak Vietnamese as well. */
export interface BilingualParams {
  readonly vi: string;
  readonly code: IssueCode;
  readonly rule?: string;
}

/**
 * Runs a zod schema and, on failure, returns every issue with its path and a message in both languages:
 * English from zod's default locale, Vietnamese from zod's `vi` locale (passed per parse, never set globally),
 * or the bilingual text a custom refinement attached.
 */
/** zod's Vietnamese messages, imported by name so that a bundle carries this one locale only. */
const VI_ERROR = /* @__PURE__ */ viLocale().localeError;

export function parseWithBilingualIssues<T extends z.ZodType>(
  schema: T,
  input: unknown,
): { ok: true; data: z.output<T> } | { ok: false; issues: Issue[] } {
  const en = schema.safeParse(input);
  if (en.success) return { ok: true, data: en.data };
  const vi = schema.safeParse(input, { error: VI_ERROR });
  const viIssues = vi.success ? [] : vi.error.issues;
  const issues = en.error.issues.map((issue, i): Issue => {
    const params = (issue as { params?: Partial<BilingualParams> }).params;
    const viMessage = params?.vi ?? viIssues[i]?.message ?? issue.message;
    const out: Issue = {
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: params?.code ?? issue.code,
      message: { vi: viMessage, en: issue.message },
      ...(params?.rule ? { rule: params.rule } : {}),
    };
    return out;
  });
  return { ok: false, issues };
}
