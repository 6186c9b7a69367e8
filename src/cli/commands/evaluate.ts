import { Option, type Command } from 'commander';
// vn-learning-society/sheets (the scorer of records from columns) is loaded by the action (await import).
import type { SheetCell } from 'vn-learning-society/sheets';
import type { Evaluation, Lang, RuleSet, UnconfirmedValue } from 'vn-learning-society';
import { formatOf, readRecords, rowWriter, sheetCell, type InputFormat, type RowWriter, isJsonFormat } from '../io.js';
import { CliFailure, csvOptions, EXIT, loadRuleSet, progressReporter, reportBad, type BadRecord, type CliContext } from '../shared.js';
import { scoreRecord } from '../assessment-record.js';
import { headings, levelName, modelName, yesNo } from '../vocabulary.js';
import { keptColumns, reportHeaderProblems } from '../keep.js';
import { commonOption } from '../options.js';

interface EvaluateOptions {
  rules: string;
  input: string;
  inputFormat?: InputFormat;
  missing: 'zero' | 'error';
  keep?: string;
  delimiter?: string;
  sheet?: string;
  progress?: boolean;
  strict?: boolean;
}

/**
 * `evaluate`: scores assessments (JSON, NDJSON or CSV) against a rule set, streaming large files. Every bad record is
 * reported by line and field and none is dropped; columns named with `--keep` pass through to the output, so that
 * what `evaluate` writes is what `rollup` reads. The scoring is the library's `sheetScorer` (vn-learning-society/sheets).
 */
export function registerEvaluate(program: Command, cli: CliContext, lang: Lang): void {
  const d = DESCRIPTIONS[lang];
  program
    .command('evaluate')
    .description(d.command)
    .addOption(commonOption('rules', lang, { description: d.rules }))
    .addOption(commonOption('input', lang, { description: d.input }))
    .addOption(commonOption('inputFormat', lang, { description: d.inputFormat }))
    .addOption(new Option('--missing <missing>', d.missing).choices(['zero', 'error']).default('zero'))
    .addOption(commonOption('keep', lang))
    .addOption(commonOption('delimiter', lang))
    .addOption(commonOption('sheet', lang))
    .option('--progress', d.progress)
    .addOption(commonOption('strict', lang, { description: d.strict }))
    .action((o: EvaluateOptions) => runEvaluate(cli, o));
}

/** The output columns, by key: the line, the id, the kept columns, then the verdict. */
const resultKeys = (keep: readonly string[]): string[] => ['line', 'id', ...keep, 'model', 'level', 'recognized', 'total', 'maxTotal', 'class', 'missing', 'shortfalls', 'provisional'];

/** What a run has counted so far: records read and scored, provisional verdicts and the values they rest on, bad records. */
interface Counts {
  read: number;
  scored: number;
  provisional: number;
  readonly unconfirmed: Map<string, UnconfirmedValue>;
  readonly bad: BadRecord[];
}

/**
 * Where the results go as they come: every format but a workbook is written as rows come, so that memory does not grow
 * with the file (CSV and NDJSON line by line, JSON as one array written element by element, the screen table once its
 * widths are set); a workbook's rows are kept as cells from the start: 50,000 row objects and their copies as cells
 * would not fit the memory budget of a commune office's computer.
 */
interface ResultSink {
  add(row: Record<string, unknown>): Promise<void>;
  end(): void;
}

function resultSink(cli: CliContext, rs: RuleSet, keys: readonly string[]): ResultSink {
  const { io } = cli;
  const { format, lang } = cli.globals();
  const columns = headings(keys, lang);
  if (format === 'xlsx') {
    const cells: SheetCell[][] = [];
    return {
      add: async (row) => {
        cells.push(keys.map((k) => sheetCell(row[k])));
      },
      end: () => io.workbook?.push({ name: lang === 'vi' ? 'Kết quả' : 'Results', title: `${rs.title[lang]} (${rs.id})`, columns: (columns as readonly { heading: string }[]).map((c) => ({ heading: c.heading })), rows: cells }),
    };
  }
  const writer: RowWriter = rowWriter(io, format, columns);
  let written = 0;
  return {
    add: async (row) => {
      writer.row(row);
      if (++written % 512 === 0) await io.ready?.();
    },
    end: () => writer.end(),
  };
}

/** Counts a verdict: provisional ones, and the unconfirmed values they rest on. */
function countVerdict(counts: Counts, e: Evaluation): void {
  counts.scored += 1;
  if (!e.provisional) return;
  counts.provisional += 1;
  for (const u of e.unconfirmed) counts.unconfirmed.set(u.path, u);
}

/** Runs `evaluate`: reads the records, scores each as it comes, writes the results, then says what was provisional or bad. */
async function runEvaluate(cli: CliContext, o: EvaluateOptions): Promise<void> {
  const { io } = cli;
  const { format, lang } = cli.globals();
  const rs = await loadRuleSet(io, o.rules, lang);
  const keep = keptColumns(o.keep);
  const { indicatorOfHeading, sheetScorer } = await import('vn-learning-society/sheets');
  const scorer = sheetScorer(rs, { keep, missing: o.missing, strict: o.strict === true });
  const keys = resultKeys(keep);
  const counts: Counts = { read: 0, scored: 0, provisional: 0, unconfirmed: new Map(), bad: [] };
  const progress = o.progress ? progressReporter(io, lang) : undefined;
  const sink = resultSink(cli, rs, keys);
  const options = { ...csvOptions(o.delimiter), ...(o.sheet !== undefined ? { sheet: o.sheet } : {}), keyOf: indicatorOfHeading(rs), onRows: (total: number) => progress?.total(total) };
  let tabular = false;
  for await (const rec of readRecords(io, o.input, formatOf(o.input, o.inputFormat), options)) {
    if (rec.kind === 'header') {
      tabular = true;
      const problems = scorer.header(rec.columns, rec.line);
      if (problems.length === 0) continue;
      reportHeaderProblems(io, lang, problems, rs.id);
      throw CliFailure.reported(EXIT.badInput); // nothing scored: no output file is written
    }
    counts.read += 1;
    progress?.tick(counts.read);
    // Blank and repeated ids are checked in the scorer's one record of ids, for a sheet's rows and JSON alike.
    const r = scoreRecord(rec, tabular, scorer, lang, counts.bad);
    if (r === undefined) continue;
    countVerdict(counts, r.evaluation);
    await sink.add(outputRow(rec.line, r.evaluation, r.kept, isJsonFormat(format) ? undefined : lang));
  }
  sink.end();
  progress?.done(counts.read, counts.scored);
  if (counts.provisional > 0) provisionalNotice(io, lang, rs.id, counts.provisional, counts.scored, [...counts.unconfirmed.values()]);
  reportBad(io, lang, counts.bad);
  if (counts.bad.length > 0) cli.exit(EXIT.badInput);
}

const DESCRIPTIONS = {
  vi: {
    command: 'chấm điểm các phiếu đánh giá (Excel .xlsx, CSV, JSON hoặc NDJSON) theo một bộ tiêu chí; tệp lớn được đọc dần',
    rules: 'mã bộ tiêu chí, tệp bộ tiêu chí hoặc tệp bộ tiêu chí riêng của tỉnh',
    input: 'tệp phiếu đánh giá; - là đầu vào chuẩn',
    inputFormat: 'định dạng đầu vào (mặc định: theo đuôi tệp, hoặc theo nội dung)',
    missing: 'chỉ báo bỏ trống: tính 0 điểm (zero) hoặc báo lỗi (error)',
    progress: 'hiện tiến độ (thanh tiến độ) trên stderr',
    strict: 'từ chối bộ tiêu chí còn giá trị quyết định kết quả chưa được xác nhận (không có kết quả tạm thời)',
  },
  en: {
    command: 'score assessments (Excel .xlsx, CSV, JSON or NDJSON) against a rule set; large files are streamed',
    rules: 'rule set id, rule-set file or fork file',
    input: 'assessments; - for standard input',
    inputFormat: 'input format (default: from the file name, or the content)',
    missing: 'blank indicators: score 0 (zero) or report them (error)',
    progress: 'show progress (a progress bar) on stderr',
    strict: 'refuse a rule set whose deciding values are not all confirmed (no provisional verdicts)',
  },
} as const;

/**
 * One output row: in ids and booleans for JSON and NDJSON (`lang` undefined), in words of the language for a table or
 * CSV. JSON's one convention for empty values: an absent scalar is `null` (`total` and `maxTotal` of a rule set
 * without points, `class` without classes, `level`, `id`), a list is a list, `[]` when empty (`missing`, and
 * `shortfalls`, one message each).
 */
function outputRow(line: number, e: Evaluation, kept: Record<string, unknown>, lang: Lang | undefined): Record<string, unknown> {
  if (lang === undefined) {
    return {
      line,
      id: e.assessmentId ?? null,
      ...kept,
      model: e.model,
      level: e.level ?? null,
      recognized: e.recognized,
      total: e.scale === 'points' ? e.total : null,
      maxTotal: e.scale === 'points' ? e.maxTotal : null,
      class: e.classification?.label.en ?? null,
      missing: [...e.missing],
      shortfalls: e.shortfalls.map((s) => s.message.en),
      provisional: e.provisional,
    };
  }
  return {
    line,
    id: e.assessmentId ?? '',
    ...kept,
    model: modelName(e.model, lang),
    level: e.level ? levelName(e.level, lang) : '',
    recognized: yesNo(e.recognized, lang),
    total: e.scale === 'points' ? e.total : '',
    maxTotal: e.scale === 'points' ? e.maxTotal : '',
    class: e.classification?.label[lang] ?? '',
    missing: e.missing.join(' '),
    shortfalls: e.shortfalls.map((s) => s.message[lang]).join(' | '),
    provisional: e.provisional ? yesNo(true, lang) : '',
  };
}

/**
 * The notice after scoring with a rule set whose values are not all confirmed: how many verdicts are provisional, and
 * each value they rest on with its question (on stderr, so that the results stay clean).
 */
function provisionalNotice(io: CliContext['io'], lang: Lang, id: string, provisional: number, ok: number, values: readonly UnconfirmedValue[]): void {
  const head =
    lang === 'vi'
      ? `Lưu ý: ${provisional}/${ok} kết quả là TẠM THỜI: bộ tiêu chí ${id} còn ${values.length} giá trị chưa được xác nhận từ văn bản gốc. Dùng --strict để từ chối; xác nhận giá trị trong bản phái sinh của tỉnh (xem docs/vi/adopting-the-criteria.md).`
      : `Note: ${provisional}/${ok} verdicts are PROVISIONAL: rule set ${id} has ${values.length} values not yet confirmed from the original text. Use --strict to refuse them; confirm values in your province's fork (see docs/en/adopting-the-criteria.md).`;
  const lines = [head, ...values.slice(0, 20).map((u) => `  ? ${u.path} — ${u.question[lang]}`)];
  if (values.length > 20) lines.push(lang === 'vi' ? `  … và ${values.length - 20} giá trị khác` : `  … and ${values.length - 20} more`);
  io.stderr.write(`${lines.join('\n')}\n`);
}
