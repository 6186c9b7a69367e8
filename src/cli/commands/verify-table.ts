import { Option, type Command } from 'commander';
import { parse as parseCsvSync } from 'csv-parse/sync';
// vn-learning-society/sheets (the workbook reader, the report-table check) is loaded by the action (await import).
import type { ReportColumnGroup, SheetCell } from 'vn-learning-society/sheets';
import { ROUNDING_NAMES, ROUNDINGS, type Lang, type Rounding } from 'vn-learning-society';
import { detectDelimiter, formatOf, writeRows, isJsonFormat } from '../io.js';
import { csvOptions, EXIT, type CliContext } from '../shared.js';
import { headings, yesNo } from '../vocabulary.js';
import { commonOption } from '../options.js';

const DESCRIPTIONS = {
  vi: {
    command: 'kiểm tra một bảng số liệu báo cáo (Excel .xlsx hoặc CSV): mọi tỷ lệ, mọi dòng tổng cộng, số đạt không vượt tổng số; báo ô sai theo địa chỉ (D17). Bảng của rollup --summary được đọc theo tên cột: tỷ lệ trên số trong phạm vi, chỉ tiêu và số cần đạt, tổng cộng theo mô hình',
    input: 'tệp bảng số liệu',
    headerRow: 'dòng tiêu đề (mặc định: dòng đầu có cột "Tỷ lệ" hoặc "%")',
    whole: 'cột tổng số (chữ cái hoặc tên cột)',
    part: 'cột số đạt',
    percent: 'cột tỷ lệ',
    totalRow: 'dòng tổng cộng (lặp lại được; mặc định: các dòng bắt đầu bằng "Tổng"/"Cộng")',
    rounding: 'chỉ chấp nhận một cách làm tròn',
    all: 'in mọi ô đã kiểm tra, không chỉ ô sai',
    summary: (checked: number, wrong: number) => `Đã kiểm tra ${checked} ô: ${wrong === 0 ? 'tất cả đúng' : `${wrong} ô sai`}.`,
    layout: (header: number, groups: string, totals: string) => `Dòng tiêu đề ${header}; cột (tổng số, số đạt, tỷ lệ): ${groups}; dòng tổng cộng: ${totals || 'không có'}.`,
    conventions: (c: string) => `Cách làm tròn khớp mọi tỷ lệ: ${c || 'không có cách nào'}.`,
    needAll: '--whole, --part và --percent phải đi cùng nhau',
  },
  en: {
    command: 'check a report table (Excel .xlsx or CSV): every percentage, every total row, no part above its whole; wrong cells by address (D17). The table of rollup --summary is read by its headings: the share of those in scope, the target and the count it requires, totals per model',
    input: 'the table file',
    headerRow: 'the header row (default: the first with a "Tỷ lệ" or "%" column)',
    whole: 'the whole column (letter or heading)',
    part: 'the part column',
    percent: 'the percentage column',
    totalRow: 'a total row (repeatable; default: the rows starting with "Tổng"/"Cộng")',
    rounding: 'accept one rounding convention only',
    all: 'print every checked cell, not only the wrong ones',
    summary: (checked: number, wrong: number) => `Checked ${checked} cells: ${wrong === 0 ? 'all right' : `${wrong} wrong`}.`,
    layout: (header: number, groups: string, totals: string) => `Header row ${header}; columns (whole, part, percent): ${groups}; total rows: ${totals || 'none'}.`,
    conventions: (c: string) => `Rounding that fits every percentage: ${c || 'none'}.`,
    needAll: '--whole, --part and --percent go together',
  },
} as const;

const KIND_NAMES = {
  percent: { vi: 'tỷ lệ', en: 'percent' },
  total: { vi: 'tổng cộng', en: 'total' },
  'part-whole': { vi: 'số đạt/tổng số', en: 'part/whole' },
  required: { vi: 'số cần đạt', en: 'required' },
} as const;

interface VerifyTableOptions {
  input: string;
  sheet?: string;
  delimiter?: string;
  headerRow?: string;
  whole?: string;
  part?: string;
  percent?: string;
  totalRow?: string[];
  rounding?: Rounding;
  all?: boolean;
}

/**
 * A report table from CSV text as `verify-table` reads it: a byte-order mark dropped, the separator the one given or
 * the one the text uses (`,`, `;`, tab), every cell text, blank lines kept (row numbers are the file's lines).
 */
export function tableOfCsv(text: string, delimiter?: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return parseCsvSync(body, { delimiter: delimiter ?? detectDelimiter(body.slice(0, 64 * 1024)), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
}

/** `verify-table`: checks a whole report table; exit code 1 when a cell is wrong. */
export function registerVerifyTable(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('verify-table')
    .description(d.command)
    .addOption(commonOption('input', lang, { description: d.input }))
    .addOption(commonOption('sheet', lang))
    .addOption(commonOption('delimiter', lang))
    .option('--header-row <n>', d.headerRow)
    .option('--whole <column>', d.whole)
    .option('--part <column>', d.part)
    .option('--percent <column>', d.percent)
    .option('--total-row <n...>', d.totalRow)
    .addOption(new Option('--rounding <rounding>', d.rounding).choices([...ROUNDINGS]))
    .option('--all', d.all)
    .action(async (o: VerifyTableOptions) => {
      const { format, lang } = cli.globals();
      const t = DESCRIPTIONS[lang];
      const { pickSheet, readWorkbook, verifyReportTable } = await import('vn-learning-society/sheets');
      let rows: SheetCell[][];
      if (formatOf(o.input) === 'xlsx') {
        rows = pickSheet(await readWorkbook(await io.readBytes(o.input)), o.sheet).rows.map((r) => [...r]);
      } else {
        rows = tableOfCsv(await io.readText(o.input), csvOptions(o.delimiter).delimiter);
      }
      const given = [o.whole, o.part, o.percent].filter((x) => x !== undefined).length;
      if (given !== 0 && given !== 3) {
        io.stderr.write(`${t.needAll}\n`);
        cli.exit(EXIT.badInput);
        return;
      }
      const groups: ReportColumnGroup[] | undefined = given === 3 ? [{ whole: o.whole!, part: o.part!, percent: o.percent! }] : undefined;
      const v = verifyReportTable(rows, {
        ...(o.headerRow !== undefined ? { headerRow: Number(o.headerRow) } : {}),
        ...(groups ? { groups } : {}),
        ...(o.totalRow ? { totalRows: o.totalRow.map(Number) } : {}),
        ...(o.rounding ? { rounding: o.rounding } : {}),
      });
      const json = isJsonFormat(format);
      const shown = o.all ? v.checks : v.wrong;
      const out = shown.map((c) => ({
        cell: c.cell,
        kind: json ? c.kind : KIND_NAMES[c.kind][lang],
        consistent: json ? c.ok : yesNo(c.ok, lang),
        stated: c.stated,
        expected: c.expected,
        explanation: c.why[lang],
      }));
      const keys = ['cell', 'kind', 'consistent', 'stated', 'expected', 'explanation'];
      if (out.length > 0 || json) writeRows(io, format, out, json ? keys : headings(keys, lang), { name: lang === 'vi' ? 'Kiểm tra' : 'Checks' });
      io.stderr.write(`${t.layout(v.layout.headerRow, v.layout.groups.map((g) => `${g.whole}${g.fallbackWhole ? (lang === 'vi' ? ` (trống thì ${g.fallbackWhole})` : ` (${g.fallbackWhole} where blank)`) : ''}, ${g.part}, ${g.percent}`).join('; '), v.layout.totalRows.join(', '))}\n`);
      io.stderr.write(`${t.summary(v.checks.length, v.wrong.length)} ${t.conventions(v.conventions.map((c) => ROUNDING_NAMES[c][lang]).join(', '))}\n`);
      if (!v.ok) cli.exit(EXIT.mismatch);
    });
}
