import type { SheetProblem } from 'vn-learning-society/sheets';
import type { Lang } from 'vn-learning-society';
import type { CliIo } from './io.js';
import { reportBad, T } from './shared.js';
import { shortText } from './quote.js';

/** The headings `--keep` names, trimmed, without empty ones or repeats. */
export function keptColumns(text: string | undefined, ...more: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const s of [...more, ...(text ?? '').split(',')]) {
    const t = s?.trim();
    if (t !== undefined && t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * Writes the problems of a sheet's header on stderr, as every command that reads assessments says them: an unknown
 * column by its letter and heading, with the way to keep it (`--keep`) and to list the indicators; a kept column the
 * sheet lacks by the option that named it (`option`, `--keep` unless told).
 */
export function reportHeaderProblems(io: CliIo, lang: Lang, problems: readonly SheetProblem[], ruleSetId: string, option: (heading: string) => string = () => '--keep'): void {
  // A heading is quoted to 60 characters: a file's first row may be anything, a megabyte of one cell among others.
  const field = (p: SheetProblem) => (p.cell ? `${T[lang].column} ${p.cell.slice(0, p.cell.length - String(p.row).length)} "${shortText(p.field)}"` : p.code === 'kept_column_missing' ? `${option(p.field)} ${shortText(p.field)}` : shortText(p.field));
  reportBad(io, lang, problems.map((p) => ({ line: p.row, field: field(p), message: p.code === 'unknown_column' ? `${p.message[lang]} ${T[lang].unknownColumnHint(ruleSetId)}` : p.message[lang] })));
}
