import { Option, type Command } from 'commander';
import { parseViDecimal } from '../../core/vi-number/index.js';
import type { Assessment } from '../../rules/assessment/types.js';
import { compileRuleSet } from '../../rules/evaluate/compile.js';
import { indicatorsOf } from '../../rules/rule-set/indicators.js';
import type { RuleSet } from '../../rules/rule-set/schema.js';
import { csvLine, formatOf, readRecords, writeRows, type InputFormat, type OutputFormat } from '../io.js';
import { EXIT, issueField, loadRuleSet, reportBad, T, type BadRecord, type CliContext } from '../shared.js';

/** `evaluate`: scores assessments (JSON, NDJSON or CSV) against a rule set, streaming large files; every bad record is reported by line and field, and none is dropped. */
export function registerEvaluate(program: Command, cli: CliContext): void {
  const { io } = cli;
  program
    .command('evaluate')
    .description('score assessments (JSON, NDJSON or CSV) against a rule set; large files are streamed')
    .requiredOption('-r, --rules <ruleSet>', 'rule set id, rule-set file or fork file')
    .requiredOption('-i, --input <file>', 'assessments; - for standard input')
    .addOption(new Option('--input-format <format>').choices(['json', 'ndjson', 'csv']))
    .option('--progress', 'print a progress line on stderr')
    .action(async (o: { rules: string; input: string; inputFormat?: InputFormat; progress?: boolean }) => {
      const { format, lang } = cli.globals();
      const rs = await loadRuleSet(io, o.rules, lang);
      const score = compileRuleSet(rs);
      const inputFormat = formatOf(o.input, o.inputFormat);
      const bad: BadRecord[] = [];
      const rows: Record<string, unknown>[] = [];
      const columns = ['line', 'id', 'recognized', 'total', 'maxTotal', 'class', 'shortfalls'];
      let n = 0;
      let ok = 0;
      const streaming = format === 'csv' || format === 'ndjson';
      if (format === 'csv') io.stdout.write(`${columns.join(',')}\n`);
      for await (const rec of readRecords(io, o.input, inputFormat)) {
        n += 1;
        if (rec.error !== undefined) {
          bad.push({ line: rec.line, field: '(record)', message: rec.error });
          continue;
        }
        const fieldErrors: BadRecord[] = [];
        const assessment = inputFormat === 'csv' ? assessmentFromCsv(rs, rec.value as Record<string, string>, (field, message) => fieldErrors.push({ line: rec.line, field, message })) : (rec.value as Assessment);
        if (fieldErrors.length > 0) {
          bad.push(...fieldErrors);
          continue;
        }
        const r = score.safe(assessment);
        if (!r.success) {
          for (const issue of r.error.issues) bad.push({ line: rec.line, field: issueField(issue), message: issue.message[lang] });
          continue;
        }
        ok += 1;
        const e = r.data;
        const row = {
          line: rec.line,
          id: e.assessmentId ?? '',
          recognized: e.recognized,
          total: e.scale === 'points' ? e.total : '',
          maxTotal: e.scale === 'points' ? e.maxTotal : '',
          class: e.classification?.label[lang] ?? '',
          shortfalls: e.shortfalls.map((s) => s.message[lang]).join(' | '),
        };
        if (format === 'ndjson') io.stdout.write(`${JSON.stringify(row)}\n`);
        else if (format === 'csv') io.stdout.write(csvLine(columns, row));
        else rows.push(row);
        if (o.progress && n % 10_000 === 0) io.stderr.write(`${T[lang].progress(n)}\n`);
      }
      if (!streaming) writeRows(io, format as OutputFormat, rows, columns);
      if (o.progress) io.stderr.write(`${T[lang].done(n, ok)}\n`);
      reportBad(io, lang, bad);
      if (bad.length > 0) cli.exit(EXIT.badInput);
    });
}

/** Turns a CSV row (column → text) into an assessment, by the kind of each indicator; records what does not fit. */
function assessmentFromCsv(rs: RuleSet, row: Record<string, string>, bad: (field: string, message: string) => void): Assessment {
  const kinds = new Map(indicatorsOf(rs).map((i) => [i.id, i.kind]));
  const points: Record<string, number> = {};
  const facts: Record<string, boolean | number | { part: number; whole: number }> = {};
  let id: string | undefined;
  for (const [col, raw] of Object.entries(row)) {
    const text = raw.trim();
    if (col === 'id') {
      if (text !== '') id = text;
      continue;
    }
    const kind = kinds.get(col);
    if (kind === undefined) {
      bad(col, 'unknown indicator / không có chỉ báo này');
      continue;
    }
    if (text === '') continue;
    const num = (s: string) => (s.includes(',') ? parseViDecimal(s, { commaThree: 'decimal' }).toNumber() : Number(s));
    try {
      switch (kind) {
        case 'judged':
          points[col] = num(text);
          break;
        case 'boolean': {
          const v = text.toLowerCase();
          const truthy = ['true', '1', 'x', 'có', 'co', 'yes', 'đạt', 'dat'];
          const falsy = ['false', '0', 'không', 'khong', 'no', 'chưa đạt', 'chua dat'];
          if (truthy.includes(v)) facts[col] = true;
          else if (falsy.includes(v)) facts[col] = false;
          else bad(col, `"${text}" is not yes/no / không phải có/không`);
          break;
        }
        case 'count':
          facts[col] = num(text);
          break;
        case 'ratio': {
          const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
          if (!m) bad(col, `"${text}" is not part/whole / không có dạng phần/tổng`);
          else facts[col] = { part: Number(m[1]), whole: Number(m[2]) };
          break;
        }
      }
    } catch {
      bad(col, `"${text}" is not a number / không phải số`);
    }
  }
  return { ...(id !== undefined ? { id } : {}), points, facts };
}
