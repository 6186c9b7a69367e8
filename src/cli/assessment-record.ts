import type { AssessmentReader, RecordProblem, ScoredRecord, SheetScorer } from 'vn-learning-society/sheets';
import type { Assessment, Lang } from 'vn-learning-society';
import type { InputRecord } from './io.js';
import { T, type BadRecord } from './shared.js';

/** An assessment read from one record, with the columns or fields carried through beside it. */
export interface AssessmentRecord {
  readonly assessment: Assessment;
  readonly kept: Record<string, unknown>;
  /** Whether it came from a row of cells (a sheet or CSV) rather than a JSON value. */
  readonly fromCells: boolean;
}

/** Options of {@link assessmentOfRecord}. */
export interface AssessmentRecordOptions {
  /**
   * Check a JSON record's `id` too (blank, or the same as an earlier record's), in the reader's one record of ids
   * (`reader.claimId`), as the reader checks a sheet's id column: the caller then keeps no record of ids of its own.
   */
  readonly checkIds?: boolean;
}

/**
 * The assessment of one record of an input file, as `evaluate` and `documents decision` read them: a row of cells
 * through the rule set's reader (after its header), or a JSON value with the reader's `keep` fields taken out. A record that
 * cannot be read puts every problem in `bad`, with its line and field, and gives undefined: never half read.
 */
export function assessmentOfRecord(rec: InputRecord, tabular: boolean, reader: AssessmentReader, lang: Lang, bad: BadRecord[], options: AssessmentRecordOptions = {}): AssessmentRecord | undefined {
  if (rec.error !== undefined) {
    bad.push({ line: rec.line, field: T[lang].record, message: rec.error[lang] });
    return undefined;
  }
  if (tabular && rec.cells) {
    const read = reader.row(rec.cells, rec.line);
    if (!read.ok) {
      for (const p of read.problems) bad.push({ line: p.row, field: p.cell ? `${p.cell} (${p.field})` : p.field, message: p.message[lang] });
      return undefined;
    }
    return { assessment: read.value.assessment, kept: read.value.kept, fromCells: true };
  }
  if (rec.value !== null && typeof rec.value === 'object' && !Array.isArray(rec.value)) {
    const id = (rec.value as { id?: unknown }).id;
    if (options.checkIds && typeof id === 'string') {
      const problem = reader.claimId(id, rec.line);
      if (problem) {
        bad.push({ line: rec.line, field: T[lang].idField, message: problem.message[lang] });
        return undefined;
      }
    }
    return { ...reader.splitRecord(rec.value as Record<string, unknown>), fromCells: false };
  }
  return { assessment: rec.value as Assessment, kept: {}, fromCells: false };
}

/** The field a problem of a record is named by: its cell and what it holds, else the field (a JSON record's id as `mã`). */
function problemField(p: RecordProblem, fromCells: boolean, lang: Lang): string {
  const field = p.field === '' ? '(record)' : p.field;
  if (p.cell !== undefined) return `${p.cell} (${field})`;
  return !fromCells && (p.code === 'blank_id' || p.code === 'duplicate_id') ? T[lang].idField : field;
}

/** Scores one record: a row of cells after the header, else a JSON value; a record that cannot be read or scored goes to `bad`. */
export function scoreRecord(rec: InputRecord, tabular: boolean, scorer: SheetScorer, lang: Lang, bad: BadRecord[]): Extract<ScoredRecord, { ok: true }> | undefined {
  if (rec.error !== undefined) {
    bad.push({ line: rec.line, field: T[lang].record, message: rec.error[lang] });
    return undefined;
  }
  const fromCells = tabular && rec.cells !== undefined;
  const r = fromCells ? scorer.row(rec.cells!, rec.line) : scorer.record(rec.value, rec.line);
  if (r.ok) return r;
  for (const p of r.problems) bad.push({ line: p.row, field: problemField(p, fromCells, lang), message: p.message[lang] });
  return undefined;
}
