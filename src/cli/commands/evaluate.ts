import { Option, type Command } from 'commander';
import type { Lang } from '../../core/label/index.js';
import { closestName } from '../../core/suggest/index.js';
import { parseViDecimal } from '../../core/vi-number/index.js';
import type { Assessment } from '../../rules/assessment/types.js';
import { compileRuleSet } from '../../rules/evaluate/compile.js';
import type { Evaluation } from '../../rules/evaluate/types.js';
import { indicatorsOf } from '../../rules/rule-set/indicators.js';
import type { IndicatorKind, RuleSet } from '../../rules/rule-set/schema.js';
import { columnLetter, csvLine, formatOf, readRecords, writeRows, type InputFormat, type OutputFormat } from '../io.js';
import { csvOptions, DELIMITER_CHOICES, DELIMITER_HELP, EXIT, issueField, loadRuleSet, reportBad, T, type BadRecord, type CliContext } from '../shared.js';
import { fold, headings, isIdHeading, levelName, modelName, parseYesNo, yesNo } from '../vocabulary.js';

interface EvaluateOptions {
  rules: string;
  input: string;
  inputFormat?: InputFormat;
  missing: 'zero' | 'error';
  keep?: string;
  delimiter?: string;
  progress?: boolean;
}

/**
 * `evaluate`: scores assessments (JSON, NDJSON or CSV) against a rule set, streaming large files. Every bad record is
 * reported by line and field and none is dropped; columns named with `--keep` pass through to the output, so that
 * what `evaluate` writes is what `rollup` reads.
 */
export function registerEvaluate(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('evaluate')
    .description(d.command)
    .requiredOption('-r, --rules <ruleSet>', d.rules)
    .requiredOption('-i, --input <file>', d.input)
    .addOption(new Option('--input-format <format>', d.inputFormat).choices(['json', 'ndjson', 'csv']))
    .addOption(new Option('--missing <missing>', d.missing).choices(['zero', 'error']).default('zero'))
    .option('--keep <columns>', d.keep)
    .addOption(new Option('--delimiter <separator>', DELIMITER_HELP[lang]).choices([...DELIMITER_CHOICES]))
    .option('--progress', d.progress)
    .action(async (o: EvaluateOptions) => {
      const { format, lang } = cli.globals();
      const rs = await loadRuleSet(io, o.rules, lang);
      const score = compileRuleSet(rs, { missing: o.missing });
      const kinds = new Map<string, IndicatorKind>(indicatorsOf(rs).map((i) => [i.id, i.kind]));
      let columnMap = new Map<string, { id: string; index: number }>();
      const keep = (o.keep ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
      const inputFormat = formatOf(o.input, o.inputFormat);
      const bad: BadRecord[] = [];
      const rows: Record<string, unknown>[] = [];
      const keys = ['line', 'id', ...keep, 'model', 'level', 'recognized', 'total', 'maxTotal', 'class', 'missing', 'shortfalls'];
      const columns = headings(keys, lang);
      const seen = new Map<string, number>();
      let idColumn = false;
      let csv = false;
      let n = 0;
      let ok = 0;
      const streaming = format === 'csv' || format === 'ndjson';
      if (format === 'csv') io.stdout.write(csvLine(keys, Object.fromEntries(columns.map((c) => (typeof c === 'string' ? [c, c] : [c.key, c.heading])))));
      for await (const rec of readRecords(io, o.input, inputFormat, csvOptions(o.delimiter))) {
        if (rec.kind === 'header') {
          const { problems, columns: mapped } = checkHeader(rs, keep, rec.columns, rec.line, lang);
          columnMap = mapped;
          idColumn = rec.columns.some((c) => isIdHeading(c));
          csv = true;
          if (problems.length > 0) {
            reportBad(io, lang, problems);
            cli.exit(EXIT.badInput);
            return;
          }
          continue;
        }
        n += 1;
        if (rec.error !== undefined) {
          bad.push({ line: rec.line, field: T[lang].record, message: rec.error[lang] });
          continue;
        }
        const fieldErrors: BadRecord[] = [];
        const report = (field: string, message: string) => fieldErrors.push({ line: rec.line, field, message });
        const { assessment, kept } = rec.value !== null && typeof rec.value === 'object' && !Array.isArray(rec.value)
          ? csv
            ? fromCsv(kinds, columnMap, keep, rec.value as Record<string, string>, rec.line, lang, report)
            : fromJson(keep, rec.value as Record<string, unknown>)
          : { assessment: rec.value as Assessment, kept: {} };
        const id = typeof assessment === 'object' && assessment !== null ? (assessment as { id?: unknown }).id : undefined;
        if (typeof id === 'string') {
          if (id.trim() === '') report(T[lang].idField, T[lang].blankId);
          else if (seen.has(id)) report(T[lang].idField, T[lang].duplicateId(id, seen.get(id)!));
          else seen.set(id, rec.line);
        } else if (idColumn && id === undefined) report(T[lang].idField, T[lang].blankId);
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
        const row = outputRow(rec.line, r.data, kept, format === 'json' || format === 'ndjson' ? undefined : lang);
        if (format === 'ndjson') io.stdout.write(`${JSON.stringify(row)}\n`);
        else if (format === 'csv') io.stdout.write(csvLine(keys, row));
        else rows.push(row);
        if (streaming && ok % 512 === 0) await io.ready?.();
        if (o.progress && n % 10_000 === 0) io.stderr.write(`${T[lang].progress(n)}\n`);
      }
      if (!streaming) writeRows(io, format as OutputFormat, rows, format === 'json' ? keys : columns);
      if (o.progress) io.stderr.write(`${T[lang].done(n, ok)}\n`);
      reportBad(io, lang, bad);
      if (bad.length > 0) cli.exit(EXIT.badInput);
    });
}

const DESCRIPTIONS = {
  vi: {
    command: 'chấm điểm các phiếu đánh giá (JSON, NDJSON hoặc CSV) theo một bộ tiêu chí; tệp lớn được đọc dần',
    rules: 'mã bộ tiêu chí, tệp bộ tiêu chí hoặc tệp bộ tiêu chí riêng của tỉnh',
    input: 'tệp phiếu đánh giá; - là đầu vào chuẩn',
    inputFormat: 'định dạng đầu vào (mặc định: theo đuôi tệp, hoặc theo nội dung)',
    missing: 'chỉ báo bỏ trống: tính 0 điểm (zero) hoặc báo lỗi (error)',
    keep: 'các cột giữ nguyên sang kết quả, cách nhau bởi dấu phẩy (vd. tỉnh,xã,tên)',
    progress: 'in tiến độ ra stderr',
  },
  en: {
    command: 'score assessments (JSON, NDJSON or CSV) against a rule set; large files are streamed',
    rules: 'rule set id, rule-set file or fork file',
    input: 'assessments; - for standard input',
    inputFormat: 'input format (default: from the file name, or the content)',
    missing: 'blank indicators: score 0 (zero) or report them (error)',
    keep: 'columns to carry through to the output, comma-separated (e.g. province,commune,name)',
    progress: 'print a progress line on stderr',
  },
} as const;

/**
 * The header's columns, each an indicator (by id, or by its label in either language as `rulesets show` prints it,
 * without regard to case and diacritics), the id, or a kept column; unknown ones are reported once, with the nearest
 * name, and so is a label two indicators share.
 */
function checkHeader(rs: RuleSet, keep: readonly string[], columns: readonly string[], line: number, lang: Lang): { problems: BadRecord[]; columns: Map<string, { id: string; index: number }> } {
  const t = T[lang];
  const problems: BadRecord[] = [];
  const seen = new Map<string, number>();
  const byName = new Map<string, Set<string>>();
  for (const i of indicatorsOf(rs)) {
    for (const name of [i.id, i.label.vi, i.label.en]) {
      const key = fold(name);
      const set = byName.get(key) ?? new Set<string>();
      set.add(i.id);
      byName.set(key, set);
    }
  }
  const known = [...indicatorsOf(rs).flatMap((i) => [i.id, i.label.vi]), ...keep, 'id'];
  const mapped = new Map<string, { id: string; index: number }>();
  columns.forEach((col, i) => {
    if (col === '') return; // a blank heading (Excel's trailing columns): its cells must be blank too
    const where = `${t.column} ${columnLetter(i)} "${col}"`;
    if (seen.has(col)) problems.push({ line, field: where, message: t.duplicateColumn(columnLetter(seen.get(col)!)) });
    seen.set(col, i);
    if (keep.includes(col) || isIdHeading(col)) return;
    const ids = byName.get(fold(col));
    if (ids && ids.size === 1) {
      mapped.set(col, { id: [...ids][0]!, index: i });
      return;
    }
    if (ids && ids.size > 1) {
      problems.push({ line, field: where, message: t.ambiguousColumn([...ids]) });
      return;
    }
    problems.push({ line, field: where, message: t.unknownColumn(rs.id, closestName(col, known)) });
  });
  const ids = [...mapped.values()].map((m) => m.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push({ line, field: id, message: t.sameIndicatorTwice(id) });
  for (const k of keep) if (!columns.includes(k)) problems.push({ line, field: `--keep ${k}`, message: t.keptNotInHeader });
  return { problems, columns: mapped };
}

/** A JSON record: the kept fields are carried through and taken out of the assessment. */
function fromJson(keep: readonly string[], value: Record<string, unknown>): { assessment: Assessment; kept: Record<string, unknown> } {
  if (keep.length === 0) return { assessment: value as Assessment, kept: {} };
  const assessment: Record<string, unknown> = {};
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(keep.includes(k) ? kept : assessment, k, { value: v, enumerable: true, writable: true, configurable: true });
  return { assessment: assessment as Assessment, kept };
}

/** Turns a CSV row (column → text) into an assessment, by the kind of each indicator; records what does not fit. */
function fromCsv(
  kinds: ReadonlyMap<string, IndicatorKind>,
  columns: ReadonlyMap<string, { id: string; index: number }>,
  keep: readonly string[],
  row: Record<string, string>,
  line: number,
  lang: Lang,
  report: (field: string, message: string) => void,
): { assessment: Assessment; kept: Record<string, unknown> } {
  const t = T[lang];
  const points: Record<string, number> = {};
  const facts: Record<string, boolean | number | { part: number; whole: number }> = {};
  const kept: Record<string, unknown> = {};
  let recordId: string | undefined;
  for (const [col, raw] of Object.entries(row)) {
    const text = raw.trim();
    if (keep.includes(col)) {
      kept[col] = raw;
      continue;
    }
    if (isIdHeading(col)) {
      recordId = text;
      continue;
    }
    const column = columns.get(col);
    const kind = column ? kinds.get(column.id) : undefined;
    if (column === undefined || kind === undefined || text === '') continue;
    const id = column.id;
    // A bad cell is named as a spreadsheet shows it: its address, and the indicator.
    const bad = (_field: string, message: string) => report(`${columnLetter(column.index)}${line} (${id})`, message);
    const num = (s: string) => (s.includes(',') ? parseViDecimal(s, { commaThree: 'decimal' }).toNumber() : parseViDecimal(s).toNumber());
    try {
      switch (kind) {
        case 'judged':
          points[id] = num(text);
          break;
        case 'boolean': {
          const v = parseYesNo(text);
          if (v === undefined) bad(id, t.notYesNo(text));
          else facts[id] = v;
          break;
        }
        case 'count':
          facts[id] = num(text);
          break;
        case 'ratio': {
          const slash = text.indexOf('/');
          const part = slash < 0 ? '' : text.slice(0, slash).trim();
          const whole = slash < 0 ? '' : text.slice(slash + 1).trim();
          if (!/^\d{1,15}$/.test(part) || !/^\d{1,15}$/.test(whole)) bad(id, t.notRatio(text));
          else facts[id] = { part: Number(part), whole: Number(whole) };
          break;
        }
      }
    } catch {
      bad(id, t.notNumber(text));
    }
  }
  return { assessment: { ...(recordId !== undefined ? { id: recordId } : {}), points, facts }, kept };
}

/** One output row: in ids and booleans for JSON (`lang` undefined), in words of the language for a table or CSV. */
function outputRow(line: number, e: Evaluation, kept: Record<string, unknown>, lang: Lang | undefined): Record<string, unknown> {
  const words = lang ?? 'en';
  return {
    line,
    id: e.assessmentId ?? '',
    ...kept,
    model: lang ? modelName(e.model, lang) : e.model,
    level: e.level ? (lang ? levelName(e.level, lang) : e.level) : '',
    recognized: lang ? yesNo(e.recognized, lang) : e.recognized,
    total: e.scale === 'points' ? e.total : '',
    maxTotal: e.scale === 'points' ? e.maxTotal : '',
    class: e.classification?.label[words] ?? '',
    missing: lang ? e.missing.join(' ') : e.missing,
    shortfalls: e.shortfalls.map((s) => s.message[words]).join(' | '),
  };
}
