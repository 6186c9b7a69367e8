import type { Assessment, Level, Model } from 'vn-learning-society';

/**
 * What a case's result must be: any of the verdict, the total, the class, the failed rules, whether it is provisional,
 * points of chosen indicators or criteria, or the code of the error that must refuse the assessment.
 */
export interface CaseExpectation {
  readonly recognized?: boolean;
  readonly total?: number;
  /** The class id reached, or `null` for none. */
  readonly class?: string | null;
  /** The ids of the rules that fail (as a set: order and repeats do not matter); `[]` for none. */
  readonly shortfalls?: readonly string[];
  readonly provisional?: boolean;
  /** Points of some indicators, by id. */
  readonly indicators?: Readonly<Record<string, number>>;
  /** Points of some criteria, by id. */
  readonly criteria?: Readonly<Record<string, number>>;
  /** The assessment must be refused with an issue of this code (e.g. `above_max`). */
  readonly error?: string;
}

/** One test case (ca kiểm thử): a named assessment and what its result must be. */
export interface TestCase {
  readonly name: string;
  /** The rule set (id, or a file the caller resolves); default the file's. */
  readonly ruleSet?: string;
  /** With `model` (and `level`), the rule set in force on this day; default the file's. */
  readonly date?: string;
  readonly assessment: Assessment;
  readonly expect: CaseExpectation;
  /** The line the case starts on in its file (1-based). */
  readonly line: number;
}

/**
 * A file of test cases: the rule set they run against (by id or file, or by model and date), and the cases. A fork
 * file (`{ base, meta, patch }`) may carry its own `cases`; they then run against the fork.
 */
export interface CaseFile {
  readonly file: string;
  readonly ruleSet?: string;
  readonly model?: Model;
  readonly level?: Level;
  readonly date?: string;
  /** When the file is a fork file: the fork itself. */
  readonly fork?: { readonly base: string; readonly meta: Readonly<Record<string, unknown>>; readonly patch: Readonly<Record<string, unknown>> };
  readonly cases: readonly TestCase[];
}
