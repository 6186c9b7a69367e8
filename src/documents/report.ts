import { formatViNumber, LEVEL_LABELS, MODEL_LABELS, ROUNDING_NAMES, ROUNDINGS, toIsoDate, type CalendarDate, type Issue, type Level, type Model, type SummaryRow, type SummaryTable } from 'vn-learning-society';
import { checkText, isObject, requireArg, shown, throwIfAny } from './check.js';
import { checkIssuer, checkLines, type Issuer } from './issuer.js';
import type { DocumentBlock, OfficialDocument } from './model.js';
import { MODEL_NOUNS } from './nouns.js';
import { numberLine, placeDateLine } from './words.js';

/** What the year's report of a commune or a province needs. */
export interface YearReportInput {
  /** The year reported on. */
  readonly year: number;
  /** The day the report is signed. */
  readonly date: CalendarDate;
  readonly number?: string;
  /** The issuing body; its symbol is the report's, e.g. "BC-UBND". */
  readonly issuer: Issuer;
  /** The area as the text names it after "Toàn": "xã Tân Hồng", "tỉnh Đồng Tháp". */
  readonly area: string;
  /** The statistics of the year: `summaryTable(tally, { populations, registered, targets })`. */
  readonly table: SummaryTable;
  /** The names of the units of the table's rows, by code; a row without one shows its code. */
  readonly unitNames?: Readonly<Record<string, string>>;
  /** Nơi nhận; by default "Lưu: VT". */
  readonly recipients?: readonly string[];
}

const WHAT = { vi: 'Dữ liệu của báo cáo năm không hợp lệ', en: 'Invalid input for a year’s report' };

const count = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const optional = (v: unknown, ok: (x: unknown) => boolean): boolean => v === undefined || ok(v);

/** The first field of a row that is not as `summaryTable` gives it, or undefined. */
function rowProblem(r: unknown): string | undefined {
  if (!isObject(r)) return 'row';
  if (typeof r.unit !== 'string') return 'unit';
  if (typeof r.model !== 'string' || !isModelKey(r.model)) return 'model';
  for (const k of ['evaluated', 'recognized'] as const) if (!count(r[k])) return k;
  for (const k of ['population', 'registered', 'required', 'needed'] as const) if (!optional(r[k], count)) return k;
  if (r.of !== 'population' && r.of !== 'evaluated') return 'of';
  if (!optional(r.target, (x) => typeof x === 'number' && Number.isFinite(x))) return 'target';
  if (!optional(r.printed, (x) => typeof x === 'string')) return 'printed';
  if (!optional(r.percent, (x) => isObject(x) && typeof (x as { gt?: unknown }).gt === 'function')) return 'percent';
  return undefined;
}

/**
 * Whether a row's model key is one `summaryTable` writes: a model, or a model and a level (`learning-community/hamlet`),
 * each a key of the label tables' own (never `__proto__` or `constructor`, which an object would also answer to).
 */
function isModelKey(key: string): boolean {
  const parts = key.split('/');
  return parts.length <= 2 && Object.hasOwn(MODEL_LABELS, parts[0]!) && Object.hasOwn(MODEL_NOUNS, parts[0]!) && (parts[1] === undefined || Object.hasOwn(LEVEL_LABELS, parts[1]));
}

/** The title and the noun of a row's model key (`learning-community/hamlet`), checked by {@link isModelKey}. */
function modelOf(key: string): { title: string; noun: string } {
  const [model, level] = key.split('/') as [Model, Level | undefined];
  const label = MODEL_LABELS[model].vi;
  return { title: level ? `${label} (${LEVEL_LABELS[level].vi.toLowerCase()})` : label, noun: MODEL_NOUNS[model].noun.vi };
}

/** The sentence a report says of one model's total row. @internal */
export function totalSentence(area: string, row: SummaryRow): string {
  const { title, noun } = modelOf(row.model);
  const whole = row.of === 'population' && row.population !== undefined ? `có ${formatViNumber(row.population)} ${noun}` : `có ${formatViNumber(row.evaluated)} ${noun} được đánh giá`;
  const share = row.printed !== undefined ? `, đạt ${row.printed}%` : '';
  let target = '';
  if (row.target !== undefined) {
    const t = formatViNumber(row.target);
    target = row.needed === 0 ? `; đạt chỉ tiêu ${t}%` : `; chưa đạt chỉ tiêu ${t}%, cần thêm ${formatViNumber(row.needed ?? 0)} ${noun}`;
    if (row.needed === 0 && row.percent !== undefined && row.percent.gt(row.target)) target = `; vượt chỉ tiêu ${t}%`;
  }
  return `Toàn ${area} ${whole}, ${formatViNumber(row.recognized)} ${noun} đạt danh hiệu “${title}”${share}${target}.`;
}

/**
 * The year's report (báo cáo kết quả) of a commune or a province, as a document: letterhead, a short text per model
 * ("Toàn xã Tân Hồng có 1.250 hộ gia đình, 1.100 hộ gia đình đạt danh hiệu “Gia đình học tập”, đạt 88,00%; chưa đạt
 * chỉ tiêu 90%, cần thêm 25 hộ gia đình.") and the statistics table of the spreadsheet work (counts, percentages,
 * targets, counts still needed), each total recomputed from the counts by `summaryTable`.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_input`, with every problem and its path.
 *
 * @example
 * ```ts
 * import { summaryTable, tallyOf } from 'vn-learning-society';
 * import { documentText, yearReport } from 'vn-learning-society/documents';
 * const table = summaryTable(tallyOf([
 *   { province: 'VN-45', commune: '29926', model: 'learning-family', recognized: true },
 *   { province: 'VN-45', commune: '29926', model: 'learning-family', recognized: false },
 * ]), { level: 'commune', populations: { '29926': { 'learning-family': 2 } } });
 * const doc = yearReport({ year: 2025, date: '2025-12-20', area: 'xã Tân Hồng', table, unitNames: { '29926': 'Xã Tân Hồng' },
 *   issuer: { name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', place: 'An Bình', symbol: 'BC-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } } });
 * documentText(doc).includes('Toàn xã Tân Hồng có 2 hộ gia đình, 1 hộ gia đình đạt danh hiệu “Gia đình học tập”, đạt 50,00%.'); // true
 * ```
 */
export function yearReport(input: YearReportInput): OfficialDocument {
  const date = checkYearReportInput(input);
  const { issuer, year, table } = input;
  const blocks: DocumentBlock[] = [
    { kind: 'letterhead', ...(issuer.parent ? { parent: issuer.parent } : {}), issuer: issuer.name, number: numberLine(input.number, issuer.symbol), placeDate: placeDateLine(issuer.place, date) },
    { kind: 'paragraph', runs: [{ text: 'BÁO CÁO', bold: true }], align: 'center', size: 'kind', spaceBefore: 12, keepNext: true },
    { kind: 'paragraph', runs: [{ text: `Kết quả xây dựng xã hội học tập năm ${year}`, bold: true }], align: 'center', size: 'subject', keepNext: true },
    { kind: 'rule' },
    { kind: 'paragraph', runs: [{ text: 'I. KẾT QUẢ CÔNG NHẬN', bold: true }], align: 'left', keepNext: true },
    ...table.totals.map((t): DocumentBlock => ({ kind: 'paragraph', runs: [{ text: totalSentence(input.area, t) }], align: 'justify', indent: true })),
    { kind: 'paragraph', runs: [{ text: 'II. SỐ LIỆU TỔNG HỢP', bold: true }], align: 'left', keepNext: true, spaceBefore: 6 },
    {
      kind: 'paragraph',
      runs: [{ text: `Tỷ lệ tính trên tổng số khi có, nếu không thì trên số được đánh giá; làm tròn ${table.decimals} chữ số thập phân (${ROUNDING_NAMES[table.rounding].vi}). “Cần thêm”: số còn thiếu để đạt chỉ tiêu (trần của tổng số × chỉ tiêu).`, italic: true }],
      align: 'justify',
      size: 'recipients',
    },
    summaryTableBlock(input),
    {
      kind: 'signature',
      recipients: input.recipients ?? ['Lưu: VT.'],
      ...(issuer.signer.capacity ? { capacity: issuer.signer.capacity } : {}),
      title: issuer.signer.title,
      name: issuer.signer.name,
    },
  ];
  return { kind: 'year-report', title: `Báo cáo kết quả xây dựng xã hội học tập năm ${year}`, date, orientation: 'portrait', draft: false, warnings: [], blocks };
}

/** Checks everything the year's report prints; throws one error with every problem. Returns the report's date (ISO). */
function checkYearReportInput(input: YearReportInput): string {
  requireArg(isObject(input), 'input', { vi: 'dữ liệu của báo cáo (một đối tượng)', en: 'the report’s input (an object)' }, input);
  const out: Issue[] = [];
  const date = toIsoDate(input.date);
  if (!Number.isSafeInteger(input.year) || input.year < 1990 || input.year > 2100) {
    out.push({ path: ['year'], code: 'invalid_year', message: { vi: `năm ${shown(input.year)} không hợp lệ`, en: `${shown(input.year)} is not a valid year` } });
  }
  if (input.number !== undefined) checkText(input.number, ['number'], out, { vi: 'Số báo cáo', en: 'Report number' }, { max: 20 });
  checkIssuer(input.issuer, out);
  checkText(input.area, ['area'], out, { vi: 'Địa bàn', en: 'Area' }, { max: 100 });
  checkLines(input.recipients, 'recipients', out, { vi: 'Nơi nhận', en: 'Recipient' });
  checkSummaryTable(input.table, out);
  for (const [code, name] of Object.entries(input.unitNames ?? {})) checkText(name, ['unitNames', code], out, { vi: 'Tên đơn vị', en: 'Unit name' });
  throwIfAny(out, WHAT);
  return date;
}

/** Checks the summary table: as `summaryTable` returns it, with figures, its decimals and rounding, each row's fields. */
function checkSummaryTable(table: YearReportInput['table'], out: Issue[]): void {
  if (typeof table !== 'object' || table === null || !Array.isArray(table.rows) || !Array.isArray(table.totals)) {
    out.push({ path: ['table'], code: 'invalid_type', message: { vi: 'cần bảng tổng hợp (summaryTable)', en: 'expected a summary table (from summaryTable)' } });
  } else if (table.totals.length === 0) {
    out.push({ path: ['table', 'totals'], code: 'empty_list', message: { vi: 'bảng tổng hợp không có số liệu', en: 'the summary table has no figures' } });
  } else {
    if (!Number.isSafeInteger(table.decimals) || !(ROUNDINGS as readonly unknown[]).includes(table.rounding)) {
      out.push({ path: ['table'], code: 'invalid_type', message: { vi: 'bảng tổng hợp thiếu số chữ số thập phân hoặc cách làm tròn', en: 'the summary table lacks its decimals or rounding' } });
    }
    for (const key of ['rows', 'totals'] as const) {
      table[key].forEach((r: unknown, i: number) => {
        const wrong = rowProblem(r);
        if (wrong) out.push({ path: ['table', key, i, wrong], code: 'invalid_type', message: { vi: `dòng của bảng tổng hợp: “${wrong}” không đúng như summaryTable trả về`, en: `a row of the summary table: “${wrong}” is not as summaryTable returns it` } });
      });
    }
  }
}

/** The report's table of figures: each unit's row (when there are more rows than totals), then the totals. */
function summaryTableBlock(input: YearReportInput): DocumentBlock {
  const { table } = input;
  const names = input.unitNames ?? {};
  const row = (r: SummaryRow, total: boolean): string[] => [
    total ? `Toàn ${input.area}` : ((Object.hasOwn(names, r.unit) ? names[r.unit] : undefined) ?? r.unit),
    modelOf(r.model).title,
    r.population !== undefined ? formatViNumber(r.population) : '',
    r.registered !== undefined ? formatViNumber(r.registered) : '',
    formatViNumber(r.evaluated),
    formatViNumber(r.recognized),
    r.printed ?? '',
    r.target !== undefined ? formatViNumber(r.target) : '',
    r.needed !== undefined ? formatViNumber(r.needed) : '',
  ];
  const showRows = table.rows.length > table.totals.length;
  return {
    kind: 'table',
    columns: [
      { label: 'Đơn vị', width: 21, align: 'left' },
      { label: 'Danh hiệu', width: 20, align: 'left' },
      { label: 'Tổng số', width: 9, align: 'right' },
      { label: 'Đăng ký', width: 8, align: 'right' },
      { label: 'Đánh giá', width: 8, align: 'right' },
      { label: 'Đạt', width: 7, align: 'right' },
      { label: 'Tỷ lệ (%)', width: 10, align: 'right' },
      { label: 'Chỉ tiêu (%)', width: 9, align: 'right' },
      { label: 'Cần thêm', width: 8, align: 'right' },
    ],
    rows: [...(showRows ? table.rows.map((r) => row(r, false)) : []), ...table.totals.map((t) => row(t, true))],
  };
}
