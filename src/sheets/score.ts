import { compileRuleSet, type Assessment, type EvaluateOptions, type Evaluation, type Issue, type IssueCode, type Label, type RuleSet } from 'vn-learning-society';
import { badArgument, requireOptions } from './args.js';
import { assessmentReader, type AssessmentReader, type AssessmentReaderOptions, type SheetProblem, type SheetProblemCode } from './assessments.js';
import type { SheetCell } from './cells.js';

/**
 * A problem of one record scored by a {@link SheetScorer}: a cell that cannot be read (the reader's {@link SheetProblem})
 * or an issue of scoring (a value above its maximum, off its step, a missing indicator under `missing: 'error'`), at
 * the cell that holds it when a column of the sheet does.
 */
export interface RecordProblem {
  /** The sheet's row number (1-based), or the record's line or number for a JSON record. */
  readonly row: number;
  /** The cell's address as a spreadsheet shows it (`G2`), when one cell holds what is wrong. */
  readonly cell?: string;
  /**
   * What it is about: an indicator id, `id` or a heading for a cell that cannot be read; the path of a scoring issue
   * joined by `.` (`points.children.results`); empty for the whole record.
   */
  readonly field: string;
  /** The reader's code (`not_a_number`, `duplicate_id`, …) or the scoring issue's (`too_big`, `invalid_type`, …). */
  readonly code: SheetProblemCode | IssueCode;
  readonly message: Label;
  /** The scoring issue itself, when the problem is one, with the fields of its code (`maximum`, `suggestion`, …). */
  readonly issue?: Issue;
}

/**
 * One record scored: its evaluation and the columns carried through (`keep`), or every problem of the record (a
 * record is never half scored, and none is dropped).
 */
export type ScoredRecord =
  | { readonly ok: true; readonly row: number; readonly evaluation: Evaluation; readonly kept: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly row: number; readonly problems: readonly RecordProblem[] };

/** How a {@link SheetScorer} reads and scores: the reader's options (`keep`) and scoring's (`missing`, `strict`). */
export interface SheetScorerOptions extends AssessmentReaderOptions, EvaluateOptions {}

/**
 * Scores the records of one file against one rule set, as they come: rows of cells after a header (a sheet, a CSV
 * file), or JSON values. Created once per file; memory holds the ids seen, not the records.
 */
export interface SheetScorer {
  /** The reader of rows it scores with (its columns, `cellOf`). */
  readonly reader: AssessmentReader;
  /** Reads the header row; its problems (an unknown heading with the nearest name, a kept column missing, …). */
  header(cells: readonly SheetCell[], row: number): SheetProblem[];
  /** Reads and scores one row after the header: each problem at its cell. */
  row(cells: readonly SheetCell[], row: number): ScoredRecord;
  /**
   * Scores one JSON record (an assessment object): the `keep` fields are taken out of it and carried through, and its
   * `id` is checked against every id seen so far, in rows and records alike (blank, or repeated).
   */
  record(value: unknown, row: number): ScoredRecord;
}

/**
 * A scorer of the records of a sheet, a CSV file or a JSON list against `ruleSet`, for a portal or a script that
 * reads them one by one (the command line's `evaluate` is one): the columns named in `keep` are carried through to
 * each result, every cell that cannot be read and every issue of scoring is named by its row and cell (`G2`), and
 * the ids of all records are checked together. Compiles the rule set once.
 *
 * @throws {@link index!LearningSocietyError} for a rule set that does not compile (or, with `strict`, one whose deciding values
 * are not all confirmed).
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { sheetScorer } from 'vn-learning-society/sheets';
 * const scorer = sheetScorer(getRuleSet('learning-family-khvn-2015'), { keep: ['Thôn'] });
 * scorer.header(['Mã hộ', 'Thôn', 'children.results'], 1); // []
 * const ok = scorer.row(['H1', 'Thôn 3', 10], 2);
 * ok.ok && ok.kept; // { 'Thôn': 'Thôn 3' }
 * ok.ok && ok.evaluation.assessmentId; // 'H1'
 * const bad = scorer.row(['H2', 'Thôn 3', 99], 3);
 * bad.ok ? undefined : bad.problems.map((p) => `${p.cell} ${p.field}`); // ['C3 points.children.results']
 * const again = scorer.record({ id: 'H1', points: {} }, 4);
 * again.ok ? undefined : again.problems[0]?.code; // 'duplicate_id'
 * ```
 */
export function sheetScorer(ruleSet: RuleSet, options: SheetScorerOptions = {}): SheetScorer {
  requireOptions(options);
  const reader = assessmentReader(ruleSet, options.keep !== undefined ? { keep: options.keep } : {});
  const score = compileRuleSet(ruleSet, { ...(options.missing !== undefined ? { missing: options.missing } : {}), ...(options.strict !== undefined ? { strict: options.strict } : {}) });
  const scored = (assessment: Assessment, kept: Readonly<Record<string, unknown>>, row: number, fromCells: boolean): ScoredRecord => {
    const r = score.safe(assessment);
    if (r.success) return { ok: true, row, evaluation: r.data, kept };
    const problems = r.error.issues.map((issue): RecordProblem => {
      const at = fromCells ? reader.cellOf(issue.path, row) : undefined;
      return { row, ...(at !== undefined ? { cell: at.cell } : {}), field: issue.path.map(String).join('.'), code: issue.code, message: issue.message, issue };
    });
    return { ok: false, row, problems };
  };
  return {
    reader,
    header: (cells, row) => reader.header(cells, row),
    row: (cells, row) => {
      const read = reader.row(cells, row);
      if (!read.ok) return { ok: false, row, problems: read.problems };
      return scored(read.value.assessment, read.value.kept, row, true);
    },
    record: (value, row) => {
      if (!Number.isSafeInteger(row)) badArgument('row', { vi: 'một số dòng', en: 'a row number' }, row);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return scored(value as Assessment, {}, row, false);
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string') {
        const problem = reader.claimId(id, row);
        if (problem) return { ok: false, row, problems: [problem] };
      }
      const { assessment, kept } = reader.splitRecord(value as Record<string, unknown>);
      return scored(assessment, kept, row, false);
    },
  };
}
