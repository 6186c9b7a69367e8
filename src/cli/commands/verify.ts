import type { Command } from 'commander';
import { LearningSocietyError } from '../../core/errors/index.js';
import { parseViDecimal } from '../../core/vi-number/index.js';
import { verifyStatedPercentage, verifyStatedSum, type SumPart } from '../../programme/verify/index.js';
import { readRecords, writeRows } from '../io.js';
import { EXIT, issueField, reportBad, type BadRecord, type CliContext } from '../shared.js';

/** `verify`: checks the percentages and sums a report states, from a CSV; exit 1 when one is wrong. */
export function registerVerify(program: Command, cli: CliContext): void {
  const { io } = cli;
  program
    .command('verify')
    .description('check stated percentages and sums from a CSV: kind (percentage|sum), part, whole, parts, stated')
    .requiredOption('-i, --input <file>', 'the CSV; - for standard input')
    .action(async (o: { input: string }) => {
      const { format, lang } = cli.globals();
      const bad: BadRecord[] = [];
      const rows: Record<string, unknown>[] = [];
      let mismatches = 0;
      for await (const rec of readRecords(io, o.input, 'csv')) {
        if (rec.error !== undefined) {
          bad.push({ line: rec.line, field: '(record)', message: rec.error });
          continue;
        }
        const v = rec.value as Record<string, string>;
        try {
          const kind = (v.kind ?? '').toLowerCase();
          const verdict =
            kind === 'percentage'
              ? verifyStatedPercentage({ part: wholeNumber(v.part, 'part'), whole: wholeNumber(v.whole, 'whole'), stated: required(v.stated, 'stated') })
              : kind === 'sum'
                ? verifyStatedSum({ parts: sumParts(required(v.parts, 'parts')), stated: required(v.stated, 'stated') })
                : fieldError('kind', `"${v.kind ?? ''}" is not percentage or sum`);
          if (!verdict.consistent) mismatches += 1;
          rows.push({ line: rec.line, id: v.id ?? '', kind, stated: v.stated, consistent: verdict.consistent, conventions: verdict.conventions.join(' '), explanation: verdict.explanation[lang] });
        } catch (e) {
          if (e instanceof FieldError) bad.push({ line: rec.line, field: e.field, message: e.message });
          else if (e instanceof LearningSocietyError) for (const issue of e.issues) bad.push({ line: rec.line, field: issueField(issue), message: issue.message[lang] });
          else throw e;
        }
      }
      writeRows(io, format === 'ndjson' ? 'json' : format, rows);
      reportBad(io, lang, bad);
      cli.exit(bad.length > 0 ? EXIT.badInput : mismatches > 0 ? EXIT.mismatch : EXIT.ok);
    });
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

function required(v: string | undefined, field: string): string {
  if (v === undefined || v.trim() === '') fieldError(field, 'missing / thiếu');
  return v;
}

function wholeNumber(v: string | undefined, field: string): number {
  const text = required(v, field);
  try {
    const d = parseViDecimal(text);
    if (!d.isInteger() || d.isNegative()) fieldError(field, `"${text}" is not a whole number / không phải số nguyên`);
    return d.toNumber();
  } catch (e) {
    if (e instanceof FieldError) throw e;
    fieldError(field, `"${text}" is not a number / không phải số`);
  }
}

/** "37 + 2 + 1 + 15 × 1 + 188 x 1" → sum parts. */
function sumParts(text: string): SumPart[] {
  return text.split('+').map((term) => {
    const [a, b] = term.split(/[×x*]/i).map((s) => s.trim());
    if (a === undefined || a === '') fieldError('parts', `"${text}" is not a sum / không phải một tổng`);
    return b === undefined ? a : { count: Number(parseViDecimal(a).toNumber()), each: b };
  });
}
