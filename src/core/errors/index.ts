import type * as z from 'zod';
import type { Label } from '../label/types.js';
import { valueText } from '../internal/value-text.js';

/**
 * Stable machine-readable error codes. A portal can switch on them; the bilingual `message` of each
 * {@link Issue} is for people.
 */
export type ErrorCode =
  | 'invalid_rule_set'
  | 'invalid_assessment'
  | 'invalid_patch'
  | 'untrusted_input'
  | 'rule_set_not_found'
  | 'ambiguous_rule_set'
  | 'invalid_input'
  | 'unconfirmed_values'
  | 'invalid_case_file'
  | 'sql_unsupported';

/**
 * The code of one problem ({@link Issue}): what an app switches on to react to it (the bilingual `message` is for
 * people). Besides the codes below, a problem of shape is reported with zod's own code (`invalid_type`, `too_big`,
 * `too_small`, `invalid_format`, `invalid_value`, `unrecognized_keys`, …).
 *
 * @example
 * ```ts
 * import { safeEvaluate, getRuleSet, type IssueCode } from 'vn-learning-society';
 * const advice = (code: IssueCode): string => {
 *   switch (code) {
 *     case 'above_max': return 'lower the points';
 *     case 'unknown_indicator': return 'check the column name';
 *     default: return 'see the message';
 *   }
 * };
 * const r = safeEvaluate(getRuleSet('learning-family-khvn-2015'), { points: { 'children.results': 11 } });
 * !r.success && advice(r.error.issues[0]!.code); // 'lower the points'
 * ```
 */
export type IssueCode =
  // untrusted input (checkUntrustedJson)
  | 'too_long'
  | 'invalid_json'
  | 'too_many_values'
  | 'too_deep'
  | 'not_finite'
  | 'string_too_long'
  | 'not_plain_object'
  | 'symbol_key'
  | 'forbidden_key'
  | 'not_json'
  // a rule set, target table, plan or other document that does not hold together
  | 'duplicate_id'
  | 'unknown_id'
  | 'unknown_source'
  | 'invalid_period'
  | 'off_grid'
  | 'off_step'
  | 'bands_order'
  | 'bands_monotone'
  | 'rollup_of'
  | 'max_mismatch'
  | 'unknown_criterion'
  | 'unknown_indicator'
  | 'unreachable'
  | 'points_or_percent'
  | 'unknown_class'
  | 'class_cycle'
  | 'fraction_above_one'
  | 'parent_missing'
  | 'unknown_parent'
  | 'parent_cycle'
  | 'confirmed_uncertain'
  // readings of an unsettled recognition rule
  | 'unknown_reading'
  | 'reading_mismatch'
  // strict mode: a value that decides a verdict is not confirmed
  | 'unconfirmed'
  // case files (vn-learning-society/cases)
  | 'invalid_yaml'
  | 'duplicate_key'
  | 'too_many_aliases'
  | 'case_failed'
  // patches and forks
  | 'meta_field'
  | 'id_mismatch'
  | 'invalid_order'
  | 'order_not_keyed'
  // an assessment that does not fit its rule set
  | 'not_object'
  | 'unknown_key'
  | 'wrong_section'
  | 'negative'
  | 'above_max'
  | 'part_above_whole'
  | 'missing'
  // other inputs: dates, numbers, counts, roll-ups, schedules, yearbooks, citations, lookups
  | 'invalid_date'
  | 'invalid_year'
  | 'invalid_years'
  | 'invalid_number'
  | 'too_precise'
  | 'invalid_percent'
  | 'invalid_amount'
  | 'invalid_count'
  | 'invalid_price'
  | 'invalid_model'
  | 'invalid_level'
  | 'unknown_jurisdiction'
  // administrative units (vn-learning-society/units)
  | 'unknown_unit'
  | 'leading_zeros'
  | 'invalid_query'
  | 'no_list'
  | 'invalid_tally'
  | 'invalid_quota'
  | 'count_mismatch'
  | 'zero_whole'
  | 'not_a_partition'
  | 'missing_population'
  | 'rolled_up'
  | 'ends_before_start'
  | 'deadline_outside'
  | 'out_of_order'
  | 'overlap'
  | 'no_quota'
  | 'unknown_recipient'
  | 'printing_needed'
  | 'no_citation'
  | 'none_in_force'
  | 'candidate'
  // spreadsheets (vn-learning-society/sheets)
  | 'invalid_workbook'
  | 'sheet_not_found'
  | 'too_large'
  | 'invalid_report_table'
  // documents (vn-learning-society/documents)
  | 'control_character'
  | 'empty_text'
  | 'empty_list'
  | 'wrong_rule_set'
  | 'not_in_force'
  | 'not_recognized'
  // SQL (vn-learning-society/sql)
  | 'sql_unsupported'
  | 'invalid_identifier'
  // a problem of shape, in zod's words
  | z.core.$ZodIssue['code'];

/** A path into an input: keys of objects and indexes of lists, e.g. `['points', 'children.attendance']`. */
export type IssuePath = readonly (string | number)[];

/** What every {@link Issue} has, whatever its code. */
export interface IssueBase {
  /** Path into the offending input, e.g. `['points', 'children.attendance']`. */
  readonly path: IssuePath;
  /** Code of the problem, e.g. `above_max`, `off_step`, `unknown_indicator`: see {@link IssueCode}. */
  readonly code: IssueCode;
  /** What is wrong, in Vietnamese and English. */
  readonly message: Label;
  /** Id of the rule-set rule or indicator that the input broke, when there is one. */
  readonly rule?: string;
}

/** Points above an indicator's maximum (vượt quá điểm tối đa). */
export interface AboveMaxIssue extends IssueBase {
  readonly code: 'above_max';
  /** The indicator's maximum points. */
  readonly maximum: number;
}

/** Points off an indicator's step (không đúng bước chấm), or a maximum that is not a multiple of it. */
export interface OffStepIssue extends IssueBase {
  readonly code: 'off_step';
  /** The step points are given in. */
  readonly step: number;
}

/**
 * An id the input names that is not there (không có mã này): an indicator or criterion of the rule set, an element of
 * the base a patch names, a source, a rule set.
 */
export interface UnknownIdIssue extends IssueBase {
  readonly code: 'unknown_indicator' | 'unknown_criterion' | 'unknown_id' | 'unknown_source';
  /** The id that was not found. */
  readonly id: string;
  /** The known id nearest to it (see {@link closestName}), when exactly one is near: a "did you mean". */
  readonly suggestion?: string;
}

/** An id given twice where each must be unique (trùng mã). */
export interface DuplicateIdIssue extends IssueBase {
  readonly code: 'duplicate_id';
  /** The repeated id (or name, or key). */
  readonly id: string;
  /** Path of its first occurrence, when that is in the same input (an app can then mark both). */
  readonly first?: IssuePath;
}

/** Something over a limit: a number, a length, a count, a depth, a size in bytes. */
export interface TooBigIssue extends IssueBase {
  readonly code: 'too_big' | 'too_long' | 'too_large' | 'too_many_values' | 'too_deep' | 'string_too_long';
  /** The largest allowed, in the unit the message names (points, characters, items, levels, bytes, …). */
  readonly maximum: number;
  /** `false` when the bound itself is not allowed (a number that must be below `maximum`); absent otherwise. */
  readonly inclusive?: false;
}

/** Something under a limit: a number, a length, a count. */
export interface TooSmallIssue extends IssueBase {
  readonly code: 'too_small';
  /** The smallest allowed, or the bound a number must be above when `inclusive` is `false`. */
  readonly minimum: number;
  /** `false` when the bound itself is not allowed (a number that must be above `minimum`); absent otherwise. */
  readonly inclusive?: false;
}

/** The codes whose issues carry fields of their own (`above_max`, `off_step`, `unknown_indicator`, …). */
export type IssueCodeWithFields = (AboveMaxIssue | OffStepIssue | UnknownIdIssue | DuplicateIdIssue | TooBigIssue | TooSmallIssue)['code'];

/** An issue whose code carries no field of its own: every code but {@link IssueCodeWithFields}. */
export interface PlainIssue extends IssueBase {
  readonly code: Exclude<IssueCode, IssueCodeWithFields>;
}

/**
 * Where an input went wrong: a path into it, what was wrong (a code and a message in both languages), and the rule it
 * broke. Discriminated by `code`, as zod's issues are: where a code carries facts an app can act on, they are fields of
 * its own (`maximum` of `above_max` and of the limits, `step` of `off_step`, `id` and `suggestion` of
 * `unknown_indicator` and the other unknown ids, `id` and `first` of `duplicate_id`, `minimum` of `too_small`), so a
 * `switch` on `code` narrows to them.
 *
 * @example
 * ```ts
 * import { safeEvaluate, getRuleSet, type Issue } from 'vn-learning-society';
 * const hint = (issue: Issue): string => {
 *   switch (issue.code) {
 *     case 'above_max': return `at most ${issue.maximum}`;
 *     case 'unknown_indicator': return issue.suggestion ? `did you mean ${issue.suggestion}?` : 'no such indicator';
 *     default: return issue.message.en;
 *   }
 * };
 * const r = safeEvaluate(getRuleSet('learning-family-khvn-2015'), { points: { 'children.results': 11 } });
 * !r.success && hint(r.error.issues[0]!); // 'at most 10'
 * ```
 */
export type Issue = AboveMaxIssue | OffStepIssue | UnknownIdIssue | DuplicateIdIssue | TooBigIssue | TooSmallIssue | PlainIssue;

/** The issue of one code (the member of {@link Issue} whose code it is). */
export type IssueOf<C extends IssueCode> = C extends C
  ? (Issue extends infer I ? (I extends Issue ? (C extends I['code'] ? I : never) : never) : never) & { readonly code: C }
  : never;

/** The fields an issue of code `C` carries besides its path, code, message and rule (none for most codes). */
export type IssueFields<C extends IssueCode> = C extends C ? Omit<IssueOf<C>, keyof IssueBase> : never;

/**
 * The one error class the library throws. `message` is English followed by Vietnamese;
 * `issues` lists every problem found (not only the first), each with its path and bilingual text.
 *
 * @example
 * ```ts
 * import { evaluate, getRuleSet, LearningSocietyError } from 'vn-learning-society';
 * try {
 *   evaluate(getRuleSet('learning-family-khvn-2015'), { points: { nope: 1 } });
 * } catch (e) {
 *   if (e instanceof LearningSocietyError) console.log(e.code, e.issues[0]?.path);
 * }
 * ```
 */
export class LearningSocietyError extends Error {
  override readonly name = 'LearningSocietyError';
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  readonly summary: Label;

  constructor(code: ErrorCode, summary: Label, issues: readonly Issue[] = []) {
    super(formatMessage(summary, issues));
    this.code = code;
    this.summary = summary;
    this.issues = issues;
  }

  /** The error as text in one language, one line per issue: its path (none for the input as a whole), then why. */
  describe(lang: 'vi' | 'en'): string {
    const lines = [this.summary[lang]];
    for (const issue of this.issues) lines.push(`- ${issue.path.length === 0 ? '' : `${pathText(issue.path)}: `}${issue.message[lang]}`);
    return lines.join('\n');
  }
}

/** A `safe*` function's answer: the value, or the error that would have been thrown. */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: LearningSocietyError };

/**
 * Renders a path as `points["children.attendance"]` / `criteria[0].id`.
 *
 * @example
 * ```ts
 * import { pathText } from 'vn-learning-society';
 * pathText(['points', 'children.attendance']); // 'points["children.attendance"]'
 * pathText(['criteria', 0, 'id']); // 'criteria[0].id'
 * ```
 */
export function pathText(path: readonly (string | number)[]): string {
  if (!Array.isArray(path)) return valueText(path);
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path as readonly unknown[]) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg !== 'string') out += `[${valueText(seg)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function formatMessage(summary: Label, issues: readonly Issue[]): string {
  const head = `${summary.en} / ${summary.vi}`;
  if (issues.length === 0) return head;
  const shown = issues.slice(0, 10).map((i) => `  ${pathText(i.path)}: ${i.message.en} / ${i.message.vi}`);
  if (issues.length > 10) shown.push(`  … ${issues.length - 10} more / … còn ${issues.length - 10} lỗi khác`);
  return `${head}\n${shown.join('\n')}`;
}

/** Runs `fn`, turning a thrown {@link LearningSocietyError} into a failed {@link SafeResult}. */
export function toSafe<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (error instanceof LearningSocietyError) return { success: false, error };
    throw error;
  }
}

/** The fields argument of {@link makeIssue}: required where the code carries a required field. @internal */
export type IssueFieldsArg<C extends IssueCode> = Record<string, never> extends IssueFields<C> ? [fields?: IssueFields<C>] : [fields: IssueFields<C>];

/**
 * An issue of code `code` with the fields that code carries (the compiler asks for them). @internal
 */
export function makeIssue<C extends IssueCode>(path: IssuePath, code: C, message: Label, ...fields: IssueFieldsArg<C>): IssueOf<C> {
  return { path, code, message, ...fields[0] } as unknown as IssueOf<C>;
}
