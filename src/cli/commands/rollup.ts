import { Option, type Command } from 'commander';
import { formatViNumber, roundDecimal, summaryTable, TALLY_LEVELS, targetSelectionFor, type Lang, type SummaryTable, type TallyLevel } from 'vn-learning-society';
import { writeRows, type Columns, type InputFormat, type OutputFormat, isJsonFormat } from '../io.js';
import { readPopulations, tallyOfRecords } from '../tally-input.js';
import { CliFailure, EXIT, noteLines, reportBad, type BadRecord, type CliContext } from '../shared.js';
import { headings, levelName, modelName, parseLevel, parseModel } from '../vocabulary.js';
import { commonOption } from '../options.js';

const DESCRIPTIONS = {
  vi: {
    command: 'tổng hợp kết quả theo đơn vị hành chính (tỉnh, huyện, xã, thôn); đọc được kết quả của lệnh evaluate (với --keep tỉnh,xã)',
    input: 'tệp kết quả; - là đầu vào chuẩn',
    inputFormat: 'định dạng đầu vào',
    level: 'cấp tổng hợp',
    date: 'ngày của số liệu (từ 01/07/2025 không còn cấp huyện)',
    units: 'kiểm tra mã tỉnh, xã theo danh mục đơn vị hành chính có hiệu lực vào --date (không có thì ngày 31/12 của -y, không có nữa thì danh mục mới nhất; mã của cơ quan thống kê)',
    summary: 'bảng thống kê: thêm dòng tổng cộng (tính lại từ các số đếm) và, với -j và -y, chỉ tiêu, số cần đạt, số còn thiếu',
    jurisdiction: 'phạm vi của chỉ tiêu (với --summary): VN, mã tỉnh của cơ quan thống kê (vd. 82, theo danh mục ngày 31/12 của -y) hoặc mã ISO của tỉnh trước 01/7/2025 (vd. VN-45)',
    year: 'năm của chỉ tiêu (với --summary)',
    chart: 'vẽ biểu đồ tiến độ (SVG) của mỗi đơn vị vào tệp này; với -j và -y có đường chỉ tiêu',
    model: 'mô hình của biểu đồ (mặc định: mô hình đầu tiên có số liệu)',
    population: 'số đơn vị hoặc số hộ trong phạm vi của mỗi đơn vị (JSON { mã: { mô hình: số } }, hoặc CSV/.xlsx với cột mã, mô hình, số trong phạm vi): tỷ lệ tính trên số này',
  },
  en: {
    command: 'tally results by administrative unit (province, district, commune, hamlet); reads what evaluate writes (with --keep province,commune)',
    input: 'results; - for standard input',
    inputFormat: 'input format',
    level: 'the level to tally at',
    date: 'the day the results are for (no district level from 2025-07-01)',
    units: 'check province and commune codes against the list of administrative units in force on --date (else 31 December of -y, else the newest list; statistics-office codes)',
    summary: 'the statistics table: total rows (recomputed from the counts) and, with -j and -y, the target, the count required and still needed',
    jurisdiction: 'the place of the targets (with --summary): VN, a statistics-office province code (e.g. 82, in the list of 31 December of -y) or the ISO code of a province before 1 July 2025 (e.g. VN-45)',
    year: 'the year of the targets (with --summary)',
    chart: 'draw the progress of each unit (SVG) into this file; with -j and -y, the target as a line',
    model: 'the model of the chart (default: the first model with results)',
    population: 'the units or households in scope per unit (JSON { code: { model: n } }, or CSV/.xlsx with columns code, model, population): the share is taken of these',
  },
} as const;

/** `rollup`: tallies results by administrative unit (province, district, commune, hamlet). */
export function registerRollup(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('rollup')
    .description(d.command)
    .addOption(commonOption('input', lang, { description: d.input }))
    .addOption(commonOption('inputFormat', lang, { description: d.inputFormat }))
    .addOption(new Option('--level <level>', d.level).choices([...TALLY_LEVELS]).default('province'))
    .option('--date <date>', d.date)
    .addOption(commonOption('delimiter', lang))
    .option('--units', d.units)
    .option('--summary', d.summary)
    .option('-j, --jurisdiction <code>', d.jurisdiction)
    .option('-y, --year <year>', d.year)
    .option('--chart <file>', d.chart)
    .option('--model <model>', d.model)
    .option('--population <file>', d.population)
    .addOption(commonOption('sheet', lang))
    .action(async (o: { input: string; inputFormat?: InputFormat; level: TallyLevel; date?: string; units?: boolean; delimiter?: string; summary?: boolean; jurisdiction?: string; year?: string; chart?: string; model?: string; population?: string; sheet?: string }) => {
      const { format, lang } = cli.globals();
      const bad: BadRecord[] = [];
      const populations = o.population !== undefined ? await readPopulations(io, o.population, lang, bad) : undefined;
      const tally = await tallyOfRecords(io, o, lang, bad);
      const json = isJsonFormat(format);
      const name = (key: string, words = !json) => {
        const [m, l] = key.split('/');
        const model = parseModel(m!);
        const level = l === undefined ? undefined : parseLevel(l);
        return words && model ? `${modelName(model, lang)}${level ? ` (${levelName(level, lang)})` : ''}` : key;
      };
      // The targets of the place and year, and what they come to (a province merged on 1 July 2025, a table that
      // covers only part of the place): said once, on stderr.
      const selection = o.jurisdiction !== undefined && o.year !== undefined ? targetSelectionFor(o.jurisdiction, Number(o.year)) : undefined;
      io.stderr.write(noteLines(selection?.notes ?? [], lang));
      const targets = selection?.entries;
      if (o.chart !== undefined) {
        const table = summaryTable(tally, { level: o.level, ...(o.date ? { date: o.date } : {}), ...(targets ? { targets } : {}), ...(populations ? { populations } : {}) });
        const wanted = o.model === undefined ? table.rows[0]?.model : (parseModel(o.model) ?? o.model);
        const rows = table.rows.filter((r) => r.model === wanted);
        const target = rows.find((r) => r.target !== undefined)?.target;
        const { progressChartSvg } = await import('vn-learning-society/charts');
        const svg = progressChartSvg(rows.map((r) => ({ label: r.unit, part: r.recognized, whole: r.population ?? r.evaluated })), {
          lang,
          ...(target !== undefined ? { target } : {}),
          title: `${wanted ? name(wanted, true) : ''}${o.year ? ` ${o.year}` : ''}`.trim() || (lang === 'vi' ? 'Tiến độ' : 'Progress'),
        });
        if (!io.writeText) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp biểu đồ' : 'cannot write the chart file', EXIT.badInput);
        await io.writeText(o.chart, svg);
      }
      if (o.summary) {
        const table = summaryTable(tally, { level: o.level, lang, ...(o.date ? { date: o.date } : {}), ...(targets ? { targets } : {}), ...(populations ? { populations } : {}) });
        const written = summaryRecords(table, { lang, format, populations: populations !== undefined, targets: targets !== undefined });
        writeRows(io, format, written.rows, written.columns, { name: lang === 'vi' ? 'Tổng hợp' : 'Summary', boldRows: written.boldRows });
        reportBad(io, lang, bad);
        if (bad.length > 0) cli.exit(EXIT.badInput);
        return;
      }
      // The share of those evaluated, exact and printed with two decimals (half-up), as the statistics table prints it.
      const rows = summaryTable(tally, { level: o.level, lang, ...(o.date ? { date: o.date } : {}) }).rows.map((r) => ({
        unit: r.unit,
        ...(r.province && o.level !== 'province' ? { province: r.province } : {}),
        ...(r.commune !== undefined ? { commune: r.commune } : {}),
        model: name(r.model),
        evaluated: r.evaluated,
        recognized: r.recognized,
        percent: format === 'xlsx' ? (r.percent === undefined ? '' : roundDecimal(r.percent, 2, 'half-up')) : (r.printed ?? ''),
      }));
      writeRows(io, format, rows, json ? undefined : headings([...new Set(rows.flatMap((r) => Object.keys(r)))], lang), { name: lang === 'vi' ? 'Tổng hợp' : 'Summary' });
      reportBad(io, lang, bad);
      if (bad.length > 0) cli.exit(EXIT.badInput);
    });
}

/**
 * The records `rollup --summary` writes for a statistics table, with their columns in a language and the total rows
 * to set in bold: what `verify-table` reads back. Models in words (ids in JSON), the total's unit as `Tổng cộng` /
 * `Total`, the percentage as the table prints it (a number in a workbook, the exact share in JSON), a population
 * column when populations were given and the target, required and still-needed columns when targets were.
 */
export function summaryRecords(table: SummaryTable, o: { lang: Lang; format: OutputFormat; populations: boolean; targets: boolean }): { rows: Record<string, unknown>[]; columns: Columns; boldRows: number[] } {
  const { lang, format } = o;
  const json = isJsonFormat(format);
  const name = (key: string) => {
    const [m, l] = key.split('/');
    const model = parseModel(m!);
    const level = l === undefined ? undefined : parseLevel(l);
    return !json && model ? `${modelName(model, lang)}${level ? ` (${levelName(level, lang)})` : ''}` : key;
  };
  // A target that is not whole is written as the table's numbers are (92,5 in Vietnamese text).
  const target = (t: number | undefined) => (t === undefined ? '' : json || format === 'xlsx' || Number.isInteger(t) || lang === 'en' ? t : formatViNumber(t));
  const rows = [...table.rows, ...table.totals].map((r) => ({
    unit: r.unit === 'total' && !json ? (lang === 'vi' ? 'Tổng cộng' : 'Total') : r.unit,
    model: name(r.model),
    ...(o.populations ? { population: r.population ?? '' } : {}),
    evaluated: r.evaluated,
    recognized: r.recognized,
    percent: json ? (r.percent?.toString() ?? '') : format === 'xlsx' ? (r.percent === undefined ? '' : roundDecimal(r.percent, table.decimals, table.rounding)) : (r.printed ?? ''),
    ...(o.targets ? { target: target(r.target), required: r.required ?? '', gap: r.needed ?? '' } : {}),
  }));
  const keys = ['unit', 'model', ...(o.populations ? ['population'] : []), 'evaluated', 'recognized', 'percent', ...(o.targets ? ['target', 'required', 'gap'] : [])];
  return { rows, columns: json ? keys : headings(keys, lang), boldRows: table.totals.map((_, i) => table.rows.length + i) };
}
