import type { Command } from 'commander';
import { closestNames, LearningSocietyError, parseStatedSum, parseViDecimal, verifyStatedPercentage, verifyStatedSum, type Lang } from 'vn-learning-society';
import { readRecords, writeRows, isJsonFormat } from '../io.js';
import { CliFailure, csvOptions, EXIT, issueField, reportBad, T, type BadRecord, type CliContext } from '../shared.js';
import { COLUMN_HEADINGS, headings, keyOfHeading, yesNo } from '../vocabulary.js';
import { commonOption } from '../options.js';

const DESCRIPTIONS = {
  vi: {
    command: 'kiểm tra tỷ lệ phần trăm và tổng số một báo cáo nêu, từ tệp CSV: kind (percentage|sum), part, whole, parts, stated',
    input: 'tệp CSV; - là đầu vào chuẩn',
  },
  en: {
    command: 'check stated percentages and sums from a CSV: kind (percentage|sum), part, whole, parts, stated',
    input: 'the CSV; - for standard input',
  },
} as const;

const MESSAGES = {
  vi: { missing: 'thiếu', notWhole: (t: string) => `"${t}" không phải số nguyên không âm`, notNumber: (t: string) => `"${t}" không phải số`, kind: (t: string) => `"${t}" không phải percentage (tỷ lệ) hay sum (tổng)` },
  en: { missing: 'missing', notWhole: (t: string) => `"${t}" is not a whole number`, notNumber: (t: string) => `"${t}" is not a number`, kind: (t: string) => `"${t}" is not percentage or sum` },
} as const;

/** `verify`: checks the percentages and sums a report states, from a CSV; exit 1 when one is wrong. */
export function registerVerify(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  program
    .command('verify')
    .description(DESCRIPTIONS[lang].command)
    .addOption(commonOption('input', lang, { description: DESCRIPTIONS[lang].input }))
    .addOption(commonOption('delimiter', lang))
    .action(async (o: { input: string; delimiter?: string }) => {
      const { format, lang } = cli.globals();
      const m = MESSAGES[lang];
      const bad: BadRecord[] = [];
      const rows: Record<string, unknown>[] = [];
      let mismatches = 0;
      for await (const rec of readRecords(io, o.input, 'csv', csvOptions(o.delimiter))) {
        if (rec.kind === 'header') {
          checkColumns(rec.columns.map((c) => (c === null || c === undefined ? '' : String(c))), o.input, lang);
          continue;
        }
        if (rec.error !== undefined) {
          bad.push({ line: rec.line, field: T[lang].record, message: rec.error[lang] });
          continue;
        }
        const v: Record<string, string> = {};
        for (const [k, text] of Object.entries(rec.value as Record<string, string>)) v[columnKey(k)] = text;
        try {
          const kind = (v.kind ?? '').trim().toLowerCase();
          const verdict =
            kind === 'percentage' || kind === 'tỷ lệ'
              ? verifyStatedPercentage({ part: wholeNumber(v.part, 'part', m), whole: wholeNumber(v.whole, 'whole', m), stated: required(v.stated, 'stated', m) })
              : kind === 'sum' || kind === 'tổng'
                ? verifyStatedSum({ parts: parseStatedSum(required(v.parts, 'parts', m)), stated: required(v.stated, 'stated', m) })
                : fieldError('kind', m.kind(v.kind ?? ''));
          if (!verdict.consistent) mismatches += 1;
          rows.push({
            line: rec.line,
            id: v.id ?? '',
            kind,
            stated: v.stated,
            consistent: isJsonFormat(format) ? verdict.consistent : yesNo(verdict.consistent, lang),
            conventions: verdict.conventions.join(' '),
            explanation: verdict.explanation[lang],
          });
        } catch (e) {
          if (e instanceof FieldError) bad.push({ line: rec.line, field: e.field, message: e.message });
          else if (e instanceof LearningSocietyError) for (const issue of e.issues) bad.push({ line: rec.line, field: issueField(issue), message: issue.message[lang] });
          else throw e;
        }
      }
      const keys = ['line', 'id', 'kind', 'stated', 'consistent', 'conventions', 'explanation'];
      writeRows(io, format, rows, format === 'ndjson' || format === 'json' ? keys : headings(keys, lang));
      reportBad(io, lang, bad);
      cli.exit(bad.length > 0 ? EXIT.badInput : mismatches > 0 ? EXIT.mismatch : EXIT.ok);
    });
}

/** The columns `verify` reads; `figure` (`số liệu`, as `yearbook` heads it) names a row as `id` does. */
const COLUMNS = ['id', 'kind', 'part', 'whole', 'parts', 'stated'] as const;

function columnKey(heading: string): string {
  const key = keyOfHeading(heading) ?? heading.trim();
  return key === 'figure' || key === 'code' ? 'id' : key;
}

/**
 * A column `verify` does not read (`stated value`, `whol`) stops the run (exit 2) before anything is checked, naming
 * it, with the nearest column when one is near and the list otherwise: a figure is never left unchecked silently.
 */
function checkColumns(columns: readonly string[], file: string, lang: Lang): void {
  const unknown = columns.filter((h) => h.trim() !== '' && !(COLUMNS as readonly string[]).includes(columnKey(h)));
  if (unknown.length === 0) return;
  const names = [...COLUMNS, ...COLUMNS.flatMap((k) => Object.values(COLUMN_HEADINGS[k] ?? {}))];
  const lines = unknown.map((h) => {
    const near = closestNames(h.trim(), names);
    const shown = JSON.stringify(h);
    if (lang === 'vi') return `${file}: verify không đọc cột ${shown}; ${near.length ? `có phải ý bạn là ${near.map((n) => `"${n}"`).join(' hoặc ')}?` : `các cột: ${COLUMNS.join(', ')}`}`;
    return `${file}: verify does not read a column ${shown}; ${near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : `the columns: ${COLUMNS.join(', ')}`}`;
  });
  throw new CliFailure(lines.join('\n'), EXIT.badInput);
}

class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function fieldError(field: string, message: string): never {
  throw new FieldError(field, message);
}

type Messages = (typeof MESSAGES)[Lang];

function required(v: string | undefined, field: string, m: Messages): string {
  if (v === undefined || v.trim() === '') fieldError(field, m.missing);
  return v;
}

function wholeNumber(v: string | undefined, field: string, m: Messages): number {
  const text = required(v, field, m);
  let d;
  try {
    d = parseViDecimal(text);
  } catch {
    fieldError(field, m.notNumber(text));
  }
  if (!d.isInteger() || d.isNegative()) fieldError(field, m.notWhole(text));
  return d.toNumber();
}
