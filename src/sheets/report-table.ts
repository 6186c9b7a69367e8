import { ExactDecimal, formatViNumber, LearningSocietyError, parseViDecimal, ROUNDING_NAMES, ROUNDINGS, roundDecimal, type Label, type Rounding } from 'vn-learning-society';
import type { Decimal } from 'decimal.js';
import { cellAddress, columnLetter, isBlankCell, type SheetCell, type SheetTable } from './cells.js';
import { fold } from './words.js';

/** A column of a report table: its letter (`C`), its 0-based index, or its heading (matched like the CLI's). */
export type ReportColumnRef = string | number;

/** One group of a report table: the whole (units or households in scope), the part (recognised), the stated percentage. */
export interface ReportColumnGroup {
  readonly whole: ReportColumnRef;
  readonly part: ReportColumnRef;
  readonly percent: ReportColumnRef;
}

/**
 * Where things are in a report table. Everything is inferred from the usual layout when left out: the header is the
 * first row with a heading `Tỷ lệ …`, `%` or `Percent` (a target's heading, `Chỉ tiêu (%)`, is not one); each such
 * column is a percentage whose part is the nearest column of numbers to its left and whose whole is the next one; a
 * row whose first text starts with `Tổng` or `Cộng` is a total. The statistics table the library writes
 * (`summarySheet`, the CLI's `rollup --summary`) is read by its headings instead: see {@link verifyReportTable}.
 */
export interface ReportTableSpec {
  /** The header's row (1-based). */
  readonly headerRow?: number;
  /** The percentage columns and the counts they are computed from. */
  readonly groups?: readonly ReportColumnGroup[];
  /** The total rows (1-based); by default the rows starting with `Tổng`/`Cộng`. */
  readonly totalRows?: readonly number[];
  /** The one rounding convention the table must follow; by default any of {@link ROUNDINGS} is accepted per cell. */
  readonly rounding?: Rounding;
}

/** What one check of one cell found. */
export interface ReportCellCheck {
  /** The cell's address: `D17`. */
  readonly cell: string;
  readonly row: number;
  /**
   * `percent` (a stated percentage against its counts), `total` (a total against the sum of its column, or a row's
   * count that both its total and the row's own figures show to be off by the total's difference), `part-whole`
   * (a part above its whole), `required` (the count a target requires, or the count still needed, against the target).
   */
  readonly kind: 'percent' | 'total' | 'part-whole' | 'required';
  readonly ok: boolean;
  /** What the cell states, as text. */
  readonly stated: string;
  /** What it should be, as the table would print it (Vietnamese numbers). */
  readonly expected: string;
  /** For a percentage: the conventions under which the stated figure is right (`exact` for a formula's full value). */
  readonly conventions: readonly (Rounding | 'exact')[];
  readonly why: Label;
}

/** The verdict on a whole report table. */
export interface ReportTableVerdict {
  /** True when every checked cell is right. */
  readonly ok: boolean;
  readonly checks: readonly ReportCellCheck[];
  /** The checks that failed. */
  readonly wrong: readonly ReportCellCheck[];
  /** The rounding conventions under which every stated percentage is right (empty when none fits all). */
  readonly conventions: readonly Rounding[];
  /** The layout used (inferred or given), as letters and row numbers. */
  readonly layout: {
    readonly headerRow: number;
    /**
     * Each percentage column and the counts it is of. `fallbackWhole`: the column a row's whole is taken from when its
     * whole is blank (the statistics table's "evaluated", for a unit with no population); `target`: a target column,
     * checked as a target (the count it requires), never as a share of counts.
     */
    readonly groups: readonly { readonly whole: string; readonly fallbackWhole?: string; readonly part: string; readonly percent: string; readonly target?: string }[];
    readonly totalRows: readonly number[];
    readonly dataRows: readonly number[];
  };
}

/** A percentage column of the table and the columns it is computed from (0-based). */
interface Group {
  readonly whole: number;
  /** Where a row's whole comes from when its whole cell is blank. */
  readonly fallback?: number;
  readonly part: number;
  readonly percent: number;
  readonly target?: number;
  readonly required?: number;
  readonly needed?: number;
}

function tableError(message: Label): never {
  throw new LearningSocietyError('invalid_input', { vi: 'Không đọc được bảng số liệu', en: 'Cannot read the report table' }, [{ path: [], code: 'invalid_report_table', message }]);
}

const MAX_NUMBER_TEXT = 64;

/** A number from a cell: a number as it is, or Vietnamese text (`1.234`, `70,5`, `70,5%`). Undefined when it is none. */
function numberIn(cell: SheetCell | undefined, english = false): { value: Decimal; text: string; decimals: number; fromFormula: boolean } | undefined {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return undefined;
    const text = new ExactDecimal(cell).toFixed();
    const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    // A float with many decimals is a formula's full result (=C5/B5*100), not a figure someone printed.
    return { value: new ExactDecimal(cell), text: text.replace('.', ','), decimals, fromFormula: decimals > 6 };
  }
  if (typeof cell !== 'string') return undefined;
  const t = cell.trim();
  if (t === '' || t.length > MAX_NUMBER_TEXT) return undefined;
  if (english) {
    const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+))(?:\.(\d+))?\s*%?$/.exec(t);
    if (m === null) return undefined;
    return { value: new ExactDecimal(`${m[1]!.replaceAll(',', '')}${m[2] !== undefined ? `.${m[2]}` : ''}`), text: t, decimals: m[2]?.length ?? 0, fromFormula: false };
  }
  try {
    const value = parseViDecimal(t, { commaThree: 'decimal' });
    const body = t.endsWith('%') ? t.slice(0, -1).trimEnd() : t;
    const comma = body.lastIndexOf(',');
    return { value, text: t, decimals: comma < 0 ? 0 : body.length - comma - 1, fromFormula: false };
  } catch (e) {
    if (e instanceof LearningSocietyError) return undefined;
    throw e;
  }
}

/** A target column (`Chỉ tiêu (%)`, `Target (%)`, `Kế hoạch`): a percentage to reach, not one computed from counts. */
const isTargetHeading = (cell: SheetCell | undefined): boolean => {
  if (typeof cell !== 'string' || cell.length > 200) return false;
  const h = fold(cell);
  return h.startsWith('chi tieu') || h.startsWith('muc tieu') || h.startsWith('ke hoach') || h.startsWith('target') || h.startsWith('plan');
};

const isPercentHeading = (cell: SheetCell | undefined): boolean => {
  if (typeof cell !== 'string' || cell.length > 200 || isTargetHeading(cell)) return false;
  const h = fold(cell);
  return h.startsWith('ty le') || h.startsWith('ti le') || h === '%' || h.includes('(%)') || h.endsWith(' %') || h === 'percent' || h === 'percentage' || h.startsWith('percent ') || h.startsWith('percentage ');
};

/**
 * The headings of the statistics table the library writes (`summarySheet`, and `rollup --summary` in the CLI's words),
 * in both languages, folded: a table with them is read by its headings, not by the position of its columns.
 */
const SUMMARY_HEADINGS = {
  population: ['so trong pham vi', 'in scope', 'population'],
  registered: ['so dang ky', 'registered'],
  evaluated: ['so duoc danh gia', 'da danh gia', 'assessed', 'evaluated'],
  recognized: ['so duoc cong nhan', 'cong nhan', 'recognised', 'recognized'],
  percent: ['ty le (%)', 'ty le', 'percent', 'percentage'],
  target: ['chi tieu (%)', 'chi tieu', 'target (%)', 'target'],
  required: ['so can dat', 'required'],
  needed: ['con thieu', 'still needed', 'gap'],
  model: ['mo hinh', 'model'],
} as const;
type SummaryRole = keyof typeof SUMMARY_HEADINGS;

/** The columns of a statistics table written by the library, by role; undefined when the header is not one. */
function summaryColumns(header: readonly SheetCell[]): Partial<Record<SummaryRole, number>> | undefined {
  const at: Partial<Record<SummaryRole, number>> = {};
  header.forEach((h, i) => {
    if (typeof h !== 'string' || h.length > 200) return;
    const key = fold(h);
    for (const role of Object.keys(SUMMARY_HEADINGS) as SummaryRole[]) if (at[role] === undefined && (SUMMARY_HEADINGS[role] as readonly string[]).includes(key)) at[role] = i;
  });
  return at.recognized !== undefined && at.percent !== undefined && (at.evaluated !== undefined || at.population !== undefined) ? at : undefined;
}

const isTotalLabel = (row: readonly SheetCell[]): boolean => {
  const first = row.find((c) => typeof c === 'string' && c.trim() !== '');
  if (typeof first !== 'string' || first.length > 200) return false;
  const h = fold(first);
  return h.startsWith('tong') || h.startsWith('cong') || h === 'total' || h.startsWith('total ');
};

/**
 * Headings of a column that names a unit by its code (`Mã xã`, `Mã đơn vị`, `Code`): its cells are labels, never counts,
 * so that a table whose units are listed by code alone is read as one listed by name.
 */
const CODE_HEADINGS: ReadonlySet<string> = new Set(['ma', 'ma so', 'ma xa', 'ma tinh', 'ma huyen', 'ma thon', 'ma don vi', 'ma dv', 'code', 'unit code']);
const codeColumnsOf = (header: readonly SheetCell[]): number[] => header.flatMap((h, i) => (typeof h === 'string' && h.length <= 200 && CODE_HEADINGS.has(fold(h)) ? [i] : []));
const codeIn = (cell: SheetCell | undefined): string | undefined => {
  const t = typeof cell === 'number' && Number.isSafeInteger(cell) && cell >= 0 ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
  return t !== '' && t.length <= 60 ? t : undefined;
};

/** The label of a row for messages: its first text, else its code. */
const rowLabel = (row: readonly SheetCell[], codeColumns: readonly number[] = []): string => {
  const t = row.find((c) => typeof c === 'string' && c.trim() !== '' && numberIn(c) === undefined);
  if (typeof t === 'string') return t.length > 60 ? `${t.slice(0, 57)}…` : t.trim();
  for (const i of codeColumns) {
    const code = codeIn(row[i]);
    if (code !== undefined) return code;
  }
  const any = row.find((c) => typeof c === 'string' && c.trim() !== '');
  return typeof any === 'string' ? (any.length > 60 ? `${any.slice(0, 57)}…` : any.trim()) : '';
};

function columnIndex(ref: ReportColumnRef, header: readonly SheetCell[]): number {
  if (typeof ref === 'number') {
    if (Number.isSafeInteger(ref) && ref >= 0 && ref < 16_384) return ref;
  } else if (typeof ref === 'string' && ref.length <= 200) {
    const t = ref.trim();
    const key = fold(t);
    const named = header.findIndex((h) => typeof h === 'string' && h.length <= 500 && fold(h) === key);
    if (named >= 0) return named;
    if (/^[A-Za-z]{1,3}$/.test(t)) {
      let n = 0;
      for (const c of t.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
      return n - 1;
    }
  }
  return tableError({ vi: `không có cột "${String(ref)}" (ghi chữ cái của cột, vd. C, hoặc tên cột)`, en: `no column "${String(ref)}" (give its letter, e.g. C, or its heading)` });
}

const vi = (d: Decimal.Value, decimals?: number) => formatViNumber(d, decimals === undefined ? {} : { decimals });

/**
 * Checks a report table as provinces print it (kiểm tra bảng số liệu): units in rows; counts, recognised counts and
 * percentages in columns; total rows. Every stated percentage is recomputed from its part and whole and accepted
 * under each rounding convention that reproduces it at the decimals printed (a percentage cell Excel formats as
 * `%` holds a fraction, and is read as one); every total is compared with the sum of the rows it totals (a total's
 * percentage is recomputed from its counts, never the mean of the rows' percentages); every part is compared with
 * its whole. Each wrong cell is reported by its address, what it states, what it should be, and why.
 *
 * The statistics table the library writes (`summarySheet`, and `rollup --summary` in the CLI's words, in Vietnamese
 * or English) is read by its headings: the share is of those in scope (`Số trong phạm vi`), or of those evaluated on
 * a row with no population; the target (`Chỉ tiêu (%)`) is a target, and the count it requires (⌈whole × target⌉) and
 * the count still needed are checked against it (kind `required`); each total row totals the rows of its model.
 * Under English headings numbers are read the English way (`77.85`).
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_input` (`invalid_report_table`) when the layout cannot be found or
 * a given column or row does not exist.
 *
 * @example
 * ```ts
 * import { verifyReportTable } from 'vn-learning-society/sheets';
 * // Seed 001: 812 of 1.043 households recognised; 77,85%.
 * const v = verifyReportTable({ name: '', rows: [
 *   ['Xã', 'Tổng số hộ', 'Số hộ đạt GĐHT', 'Tỷ lệ (%)'],
 *   ['Xã A', 1043, 812, '77,85'],
 *   ['Xã B', 200, 150, '75,5'],
 *   ['Tổng cộng', 1243, 962, '77,39'],
 * ] });
 * v.ok; // false
 * v.wrong[0]?.cell; // 'D3'
 * v.wrong[0]?.expected; // '75,0'
 * ```
 */
export function verifyReportTable(table: SheetTable | readonly (readonly SheetCell[])[], spec: ReportTableSpec = {}): ReportTableVerdict {
  const rows = tableRowsOf(table, spec);
  const headerAt = headerRowOf(rows, spec);
  const header = rows[headerAt]!;
  const english = readsEnglish(header);
  const num = (cell: SheetCell | undefined) => numberIn(cell, english);
  const codeColumns = codeColumnsOf(header);
  const { body, totals, data } = bodyRowsOf(rows, headerAt, spec, num, codeColumns);
  // The statistics table the library writes is read by its headings: the share is of those in scope where a row has
  // them, else of those evaluated; the target is a target, and the count it requires and the count still needed are
  // recomputed from it; a total row totals the rows of its model.
  const summary = spec.groups ? undefined : summaryColumns(header);
  const { groups, countColumns } = columnGroupsOf(spec, header, summary, data, num, codeColumns);
  const v: Verification = { spec, num, summary, codeColumns, body, groups, decimalsOf: new Map(), checks: [], fits: new Set<Rounding>(ROUNDINGS), rounded: false };
  const failedRows = checkDataRows(v, data);
  checkTotals(v, { totals, data, failedRows, countColumns, modelColumn: summary?.model });
  return verdictOf(v, headerAt, totals, data);
}

/** A row of the table with its number (1-based). */
interface NumberedRow {
  readonly r: readonly SheetCell[];
  readonly n: number;
}

/** A number read from a cell (see {@link numberIn}). */
type CellNumber = NonNullable<ReturnType<typeof numberIn>>;

/** What the checks of one table share: how its numbers are read, its layout, and what they have found so far. */
interface Verification {
  readonly spec: ReportTableSpec;
  /** A number from a cell, read the table's way (the English way under English headings). */
  readonly num: (cell: SheetCell | undefined) => CellNumber | undefined;
  /** The columns of the statistics table the library writes, when the table is one. */
  readonly summary: Partial<Record<SummaryRole, number>> | undefined;
  readonly codeColumns: readonly number[];
  /** The unit and total rows. */
  readonly body: readonly NumberedRow[];
  readonly groups: readonly Group[];
  /** The decimals each percentage column shows, worked out once. */
  readonly decimalsOf: Map<number, number>;
  readonly checks: ReportCellCheck[];
  /** The rounding conventions under which every stated percentage checked so far is right. */
  readonly fits: Set<Rounding>;
  /** Whether any percentage was printed rounded (not a formula's full value): only then is there a rounding to name. */
  rounded: boolean;
}

/** The table's rows, after checking that the table is rows of cells and the spec an object. */
function tableRowsOf(table: SheetTable | readonly (readonly SheetCell[])[], spec: ReportTableSpec): readonly (readonly SheetCell[])[] {
  const given: unknown = Array.isArray(table) ? table : (table as SheetTable | null)?.rows;
  const rows = given as readonly (readonly SheetCell[])[];
  if (!Array.isArray(given) || given.some((r) => !Array.isArray(r))) tableError({ vi: 'cần một bảng: các dòng, mỗi dòng là các ô', en: 'expected a table: rows of cells' });
  if (spec === null || typeof spec !== 'object') tableError({ vi: 'spec phải là một đối tượng', en: 'the spec must be an object' });
  return rows;
}

/** The header's row (0-based): the one given, else the first of the first 30 with a percentage heading. */
function headerRowOf(rows: readonly (readonly SheetCell[])[], spec: ReportTableSpec): number {
  const limit = Math.min(rows.length, 30);
  let headerAt = spec.headerRow !== undefined ? spec.headerRow - 1 : -1;
  if (spec.headerRow !== undefined && (!Number.isSafeInteger(spec.headerRow) || headerAt < 0 || headerAt >= rows.length)) tableError({ vi: `không có dòng tiêu đề ${String(spec.headerRow)}`, en: `no header row ${String(spec.headerRow)}` });
  // The header has a percentage heading and at least one other heading (a title "Tỷ lệ …" above the table is not it).
  if (headerAt < 0) headerAt = rows.slice(0, limit).findIndex((r) => r.some(isPercentHeading) && r.filter((c) => !isBlankCell(c)).length > 1);
  if (headerAt < 0) headerAt = rows.slice(0, limit).findIndex((r) => r.some(isPercentHeading));
  if (headerAt < 0 && spec.groups) headerAt = 0;
  if (headerAt < 0) {
    tableError({
      vi: 'không tìm thấy cột tỷ lệ (tiêu đề "Tỷ lệ …" hoặc "%") trong 30 dòng đầu; hãy chỉ rõ các cột (--whole, --part, --percent)',
      en: 'no percentage column (headed "Tỷ lệ …" or "%") in the first 30 rows; name the columns (--whole, --part, --percent)',
    });
  }
  return headerAt;
}

/** Whether the table is headed in English (the statistics table with `--lang en`): it prints numbers in English, 77.85, 1,043. */
function readsEnglish(header: readonly SheetCell[]): boolean {
  return header.some((h) => typeof h === 'string' && h.length <= 200 && /^percent(age)?\b/.test(fold(h)));
}

/** The rows under the header with a label and a number: all of them (body), the total rows and the unit rows (data). */
function bodyRowsOf(
  rows: readonly (readonly SheetCell[])[],
  headerAt: number,
  spec: ReportTableSpec,
  num: Verification['num'],
  codeColumns: readonly number[],
): { body: NumberedRow[]; totals: NumberedRow[]; data: NumberedRow[] } {
  // Sub-headings under the header (a row of column numbers "1 2 3", or units "(hộ)") are not data: data starts at
  // the first row with a label and a number.
  const after = rows.slice(headerAt + 1).map((r, i) => ({ r, n: headerAt + 2 + i })).filter(({ r }) => !r.every(isBlankCell));
  const totalRows = new Set(spec.totalRows ?? []);
  for (const n of totalRows) if (!Number.isSafeInteger(n) || n < 1 || n > rows.length) tableError({ vi: `không có dòng ${n}`, en: `no row ${n}` });
  const isTotal = (r: readonly SheetCell[], n: number) => (spec.totalRows ? totalRows.has(n) : isTotalLabel(r));
  const isCodeColumn = (i: number) => codeColumns.includes(i);
  const body = after.filter(
    ({ r }) =>
      r.some((c, i) => !isCodeColumn(i) && num(c) !== undefined) &&
      (r.some((c) => typeof c === 'string' && num(c) === undefined && c.trim() !== '') || codeColumns.some((i) => codeIn(r[i]) !== undefined)),
  );
  const totals = body.filter(({ r, n }) => isTotal(r, n));
  const data = body.filter(({ r, n }) => !isTotal(r, n));
  return { body, totals, data };
}

/** The percentage columns and the counts they are of (given, read from the statistics table's headings, or inferred), and the columns of counts. */
function columnGroupsOf(
  spec: ReportTableSpec,
  header: readonly SheetCell[],
  summary: Partial<Record<SummaryRole, number>> | undefined,
  data: readonly NumberedRow[],
  num: Verification['num'],
  codeColumns: readonly number[],
): { groups: Group[]; countColumns: number[] } {
  if (spec.groups) {
    const groups = spec.groups.map((g) => ({ whole: columnIndex(g.whole, header), part: columnIndex(g.part, header), percent: columnIndex(g.percent, header) }));
    return { groups, countColumns: [...new Set(groups.flatMap((g) => [g.whole, g.part]))] };
  }
  if (summary) return summaryGroups(summary);
  const groups = inferredGroups(header, data, num, codeColumns);
  return { groups, countColumns: [...new Set(groups.flatMap((g) => [g.whole, g.part]))] };
}

/** The one group of the statistics table the library writes, read by its headings, and its columns of counts. */
function summaryGroups(summary: Partial<Record<SummaryRole, number>>): { groups: Group[]; countColumns: number[] } {
  const { population, evaluated, recognized, percent, target, required, needed, registered } = summary;
  const groups: Group[] = [
    {
      whole: population ?? evaluated!,
      ...(population !== undefined && evaluated !== undefined ? { fallback: evaluated } : {}),
      part: recognized!,
      percent: percent!,
      ...(target !== undefined ? { target } : {}),
      ...(required !== undefined ? { required } : {}),
      ...(needed !== undefined ? { needed } : {}),
    },
  ];
  return { groups, countColumns: [population, registered, evaluated, recognized].filter((c): c is number => c !== undefined) };
}

/** The groups of the usual layout: each percentage column of the part on its left and the whole left of that. */
function inferredGroups(header: readonly SheetCell[], data: readonly NumberedRow[], num: Verification['num'], codeColumns: readonly number[]): Group[] {
  const isCodeColumn = (i: number) => codeColumns.includes(i);
  const percentCols = header.flatMap((h, i) => (isPercentHeading(h) ? [i] : []));
  const targetCols = header.flatMap((h, i) => (isTargetHeading(h) ? [i] : []));
  const numeric = (i: number) => !percentCols.includes(i) && !targetCols.includes(i) && !isCodeColumn(i) && data.some(({ r }) => num(r[i]) !== undefined);
  return percentCols.map((p) => {
    const left: number[] = [];
    for (let i = p - 1; i >= 0 && left.length < 2; i--) if (numeric(i)) left.push(i);
    if (left.length < 2) {
      tableError({
        vi: `cột tỷ lệ ${columnLetter(p)} không có hai cột số bên trái (tổng số và số đạt); hãy chỉ rõ các cột`,
        en: `percentage column ${columnLetter(p)} has no two columns of numbers to its left (the whole and the part); name the columns`,
      });
    }
    return { part: left[0]!, whole: left[1]!, percent: p };
  });
}

/** The most decimals a column's numbers show (a formula's full value left out), worked out once per column. */
function columnDecimals(v: Verification, column: number): number {
  let d = v.decimalsOf.get(column);
  if (d === undefined) {
    d = 0;
    for (const { r } of v.body) {
      const x = typeof r[column] === 'number' ? v.num(r[column]) : undefined;
      if (x !== undefined && !x.fromFormula) d = Math.max(d, x.decimals);
    }
    v.decimalsOf.set(column, d);
  }
  return d;
}

/** Checks a row's stated percentage against its part and whole, under each rounding convention. */
function checkPercent(v: Verification, r: readonly SheetCell[], n: number, g: Group, part: Decimal, whole: Decimal, note?: Label): void {
  const { spec, num, summary } = v;
  const stated = num(r[g.percent]);
  if (stated === undefined || whole.isZero()) return;
  const cell = cellAddress(n, g.percent);
  const exact = part.div(whole).times(100);
  const close = (value: Decimal) => value.minus(exact).abs().lte(new ExactDecimal('1e-9').times(exact.abs().plus(1)));
  const fitting = (value: Decimal, decimals: number): (Rounding | 'exact')[] =>
    stated.fromFormula ? (close(value) ? ['exact'] : []) : ROUNDINGS.filter((c) => (spec.rounding === undefined || spec.rounding === c) && roundDecimal(exact, decimals, c).eq(value));
  // A cell formatted as % holds the fraction (0,7785 for 77,85 %): read it as one unless the percentage it holds fits
  // and the fraction does not (1 is 1 %, not 100 %, when 1 % is right).
  const canBeFraction = summary === undefined && typeof r[g.percent] === 'number' && stated.value.lte(1) && exact.gt(1);
  // A number cell does not say how many decimals it shows: in the statistics table every percentage shows the same
  // number, so 33,4 next to 70,43 is 33,40.
  const shown = summary !== undefined && typeof r[g.percent] === 'number' && !stated.fromFormula ? Math.max(stated.decimals, columnDecimals(v, g.percent)) : stated.decimals;
  const asFraction = canBeFraction && !(fitting(stated.value, shown).length > 0 && fitting(stated.value.times(100), Math.max(0, shown - 2)).length === 0);
  const statedPercent = asFraction ? stated.value.times(100) : stated.value;
  const decimals = asFraction ? Math.max(0, shown - 2) : shown;
  const conventions = fitting(statedPercent, decimals);
  let expected: string;
  if (stated.fromFormula) {
    expected = vi(exact.toDecimalPlaces(4, ExactDecimal.ROUND_HALF_UP));
  } else {
    v.rounded = true;
    for (const c of ROUNDINGS) if (!conventions.includes(c)) v.fits.delete(c);
    expected = vi(roundDecimal(exact, decimals, spec.rounding ?? 'half-up'), decimals);
  }
  const ok = conventions.length > 0;
  const statedText = asFraction ? `${vi(statedPercent, decimals)}%` : stated.text;
  const why = percentWhy({ part, whole, exact, decimals, expected, statedText, conventions, ok, rounding: spec.rounding, note });
  v.checks.push({ cell, row: n, kind: 'percent', ok, stated: statedText, expected, conventions, why });
}

/** Why a percentage is right or wrong: the exact share, and the conventions it matches or the figure it should be. */
function percentWhy(p: {
  part: Decimal;
  whole: Decimal;
  exact: Decimal;
  decimals: number;
  expected: string;
  statedText: string;
  conventions: readonly (Rounding | 'exact')[];
  ok: boolean;
  rounding: Rounding | undefined;
  note: Label | undefined;
}): Label {
  const { part, whole, exact, decimals, expected, statedText, conventions, ok, rounding, note } = p;
  // The exact share to three more decimals than printed, with "…" only where digits are cut (7/10 = 70 %, not 70… %).
  const shownExact = exact.toDecimalPlaces(decimals + 3, ExactDecimal.ROUND_DOWN);
  const more = shownExact.eq(exact) ? '' : '…';
  const head = { vi: `${vi(part)}/${vi(whole)} = ${vi(shownExact)}${more}%`, en: `${part.toString()}/${whole.toString()} = ${shownExact.toString()}${more}%` };
  return ok
    ? { vi: `${head.vi}; ${statedText} khớp khi ${conventions.map((c) => ROUNDING_NAMES[c].vi).join(' hoặc ')}`, en: `${head.en}; ${statedText} matches under ${conventions.map((c) => ROUNDING_NAMES[c].en).join(' or ')}` }
    : {
        vi: `${head.vi}; với ${decimals} chữ số thập phân phải là ${expected}${rounding ? ` (${ROUNDING_NAMES[rounding].vi})` : ''}, không phải ${statedText}${note ? ` — ${note.vi}` : ''}`,
        en: `${head.en}; at ${decimals} decimal${decimals === 1 ? '' : 's'} it should be ${expected.replace(',', '.')}${rounding ? ` (${ROUNDING_NAMES[rounding].en})` : ''}, not ${statedText}${note ? ` — ${note.en}` : ''}`,
      };
}

/** Checks the count a target requires (the least that meets it: ⌈whole × target %⌉) and the count still needed. */
function checkRequired(v: Verification, r: readonly SheetCell[], n: number, g: Group, part: Decimal, whole: Decimal): void {
  const { num } = v;
  if (g.target === undefined) return;
  const target = num(r[g.target]);
  if (target === undefined) return;
  const required = whole.times(target.value).div(100).ceil();
  const needed = ExactDecimal.max(0, required.minus(part));
  const one = (column: number | undefined, value: Decimal, words: Label) => {
    const stated = column === undefined ? undefined : num(r[column]);
    if (column === undefined || stated === undefined) return;
    const ok = stated.value.eq(value);
    const how: Label =
      column === g.required
        ? { vi: `⌈${vi(whole)} × ${vi(target.value)}%⌉ = ${vi(value)}`, en: `⌈${whole.toString()} × ${target.value.toString()}%⌉ = ${value.toString()}` }
        : { vi: `${vi(required)} − ${vi(part)} = ${vi(value)} (không dưới 0)`, en: `${required.toString()} − ${part.toString()} = ${value.toString()} (never below 0)` };
    v.checks.push({
      cell: cellAddress(n, column),
      row: n,
      kind: 'required',
      ok,
      stated: stated.text,
      expected: vi(value),
      conventions: ok ? ['exact'] : [],
      why: ok ? { vi: `${words.vi}: ${how.vi}`, en: `${words.en}: ${how.en}` } : { vi: `${words.vi}: ${how.vi}, không phải ${stated.text}`, en: `${words.en}: ${how.en}, not ${stated.text}` },
    });
  };
  one(g.required, required, { vi: 'số cần đạt chỉ tiêu', en: 'the count the target requires' });
  one(g.needed, needed, { vi: 'số còn thiếu', en: 'the count still needed' });
}

/** A row's whole: its whole column, or (a unit with no population) its fallback; and the column it came from. */
function wholeOf(v: Verification, r: readonly SheetCell[], g: Group): (CellNumber & { column: number }) | undefined {
  const w = v.num(r[g.whole]);
  if (w !== undefined || g.fallback === undefined) return w === undefined ? undefined : { ...w, column: g.whole };
  const f = v.num(r[g.fallback]);
  return f === undefined ? undefined : { ...f, column: g.fallback };
}

/** Checks one unit row: each part against its whole, each percentage and target count against both. */
function checkRow(v: Verification, r: readonly SheetCell[], n: number): void {
  for (const g of v.groups) {
    const part = v.num(r[g.part]);
    const whole = wholeOf(v, r, g);
    if (part === undefined || whole === undefined) continue;
    if (part.value.gt(whole.value)) {
      v.checks.push({
        cell: cellAddress(n, g.part),
        row: n,
        kind: 'part-whole',
        ok: false,
        stated: part.text,
        expected: `≤ ${vi(whole.value)}`,
        conventions: [],
        why: { vi: `${rowLabel(r, v.codeColumns)}: số đạt ${vi(part.value)} lớn hơn tổng số ${vi(whole.value)} (ô ${cellAddress(n, whole.column)})`, en: `${rowLabel(r, v.codeColumns)}: the part ${part.value.toString()} is above the whole ${whole.value.toString()} (cell ${cellAddress(n, whole.column)})` },
      });
    }
    checkPercent(v, r, n, g, part.value, whole.value);
    checkRequired(v, r, n, g, part.value, whole.value);
  }
}

/** Checks every unit row; returns the numbers of the rows with a failed check. */
function checkDataRows(v: Verification, data: readonly NumberedRow[]): Set<number> {
  const failedRows = new Set<number>();
  for (const { r, n } of data) {
    const mark = v.checks.length;
    checkRow(v, r, n);
    if (v.checks.slice(mark).some((c) => !c.ok)) failedRows.add(n);
  }
  return failedRows;
}

/** Whether a row's own checks all pass with one count in it changed (nothing is recorded). */
function rowFitsWith(v: Verification, r: readonly SheetCell[], n: number, column: number, value: Decimal): boolean {
  const mark = v.checks.length;
  const kept = new Set(v.fits);
  const wasRounded = v.rounded;
  const changed = [...r];
  changed[column] = value.toNumber();
  checkRow(v, changed, n);
  const tried = v.checks.splice(mark);
  v.fits.clear();
  for (const c of kept) v.fits.add(c);
  v.rounded = wasRounded;
  return tried.length > 0 && tried.every((c) => c.ok);
}

/** A row's model (folded), in a table with a model column. */
function rowModel(r: readonly SheetCell[], modelColumn: number | undefined): string | undefined {
  const m = modelColumn === undefined ? undefined : r[modelColumn];
  return typeof m === 'string' && m.trim() !== '' && m.length <= 500 ? fold(m) : undefined;
}

/**
 * Checks the total rows: each count column against the sum of the rows it totals — the rows of its model in a table
 * with a model column, else the rows since the previous total (the last total, when there are several, against all
 * rows) — and its percentage recomputed from its counts.
 */
function checkTotals(
  v: Verification,
  t: { totals: readonly NumberedRow[]; data: readonly NumberedRow[]; failedRows: ReadonlySet<number>; countColumns: readonly number[]; modelColumn: number | undefined },
): void {
  const { totals, data, modelColumn } = t;
  const dataModels = modelColumn === undefined ? undefined : data.map((d) => rowModel(d.r, modelColumn));
  // A total above every unit row (Tổng cộng printed first, as many reports do) totals all the rows below it; the
  // totals after it are then subtotals, the last one included.
  const totalFirst = totals.length > 0 && !data.some((d) => d.n < totals[0]!.n);
  let since = 0;
  totals.forEach(({ r, n }, i) => {
    const grand = !totalFirst && totals.length > 1 && i === totals.length - 1;
    const model = rowModel(r, modelColumn);
    const covered =
      model !== undefined && dataModels
        ? data.filter((d, j) => d.n < n && dataModels[j] === model)
        : totalFirst && i === 0
          ? data.filter((d) => d.n > n)
          : data.filter((d) => d.n < n && (grand || d.n > since));
    since = n;
    const sums = checkTotalCounts(v, { r, n }, covered, t.countColumns, t.failedRows);
    checkTotalShares(v, { r, n }, covered, sums);
  });
}

/** The rows a total covers, for messages: `5–9`, `5, 7, 9`, or `5, 7, 9, …, 30 (12)`. */
function rowsTextOf(covered: readonly NumberedRow[]): string {
  return covered.length === 0 ? '—' : covered.length === covered[covered.length - 1]!.n - covered[0]!.n + 1 ? `${covered[0]!.n}–${covered[covered.length - 1]!.n}` : covered.length <= 6 ? covered.map((d) => d.n).join(', ') : `${covered.slice(0, 3).map((d) => d.n).join(', ')}, …, ${covered[covered.length - 1]!.n} (${covered.length})`;
}

/** Checks each count column of a total row against the sum of the rows it covers; returns the sums by column. */
function checkTotalCounts(v: Verification, total: NumberedRow, covered: readonly NumberedRow[], countColumns: readonly number[], failedRows: ReadonlySet<number>): Map<number, Decimal> {
  const { r, n } = total;
  const sums = new Map<number, Decimal>();
  for (const c of countColumns) {
    const stated = v.num(r[c]);
    let sum = new ExactDecimal(0);
    for (const d of covered) sum = sum.plus(v.num(d.r[c])?.value ?? 0);
    sums.set(c, sum);
    if (stated === undefined) continue;
    const ok = stated.value.eq(sum);
    const rowsText = rowsTextOf(covered);
    if (!ok) blameOneRow(v, n, c, covered, failedRows, stated.value.minus(sum));
    v.checks.push({
      cell: cellAddress(n, c),
      row: n,
      kind: 'total',
      ok,
      stated: stated.text,
      expected: vi(sum),
      conventions: ok ? ['exact'] : [],
      why: ok
        ? { vi: `tổng cột ${columnLetter(c)} các dòng ${rowsText} = ${vi(sum)}`, en: `the sum of column ${columnLetter(c)}, rows ${rowsText}, is ${sum.toString()}` }
        : { vi: `tổng cột ${columnLetter(c)} các dòng ${rowsText} là ${vi(sum)}, không phải ${stated.text} (chênh ${vi(stated.value.minus(sum))})`, en: `the sum of column ${columnLetter(c)}, rows ${rowsText}, is ${sum.toString()}, not ${stated.text} (off by ${stated.value.minus(sum).toString()})` },
    });
  }
  return sums;
}

/**
 * A total off by δ, and one row it totals whose own figures are wrong as printed but right with δ more in this
 * column: that row's count is the cell to fix, and is named too.
 */
function blameOneRow(v: Verification, n: number, c: number, covered: readonly NumberedRow[], failedRows: ReadonlySet<number>, off: Decimal): void {
  const { num } = v;
  const suspects = covered.filter((d) => failedRows.has(d.n) && num(d.r[c]) !== undefined && num(d.r[c])!.value.plus(off).gte(0) && rowFitsWith(v, d.r, d.n, c, num(d.r[c])!.value.plus(off)));
  if (suspects.length === 1) {
    const d = suspects[0]!;
    const was = num(d.r[c])!;
    const right = was.value.plus(off);
    v.checks.push({
      cell: cellAddress(d.n, c),
      row: d.n,
      kind: 'total',
      ok: false,
      stated: was.text,
      expected: vi(right),
      conventions: [],
      why: {
        vi: `${rowLabel(d.r, v.codeColumns)}: với ${vi(right)} ở ô này thì cả tổng cộng (ô ${cellAddress(n, c)}) lẫn các số của dòng ${d.n} đều khớp; ${was.text} thì không`,
        en: `${rowLabel(d.r, v.codeColumns)}: with ${right.toString()} in this cell both the total (cell ${cellAddress(n, c)}) and the figures of row ${d.n} agree; with ${was.text} they do not`,
      },
    });
  }
}

/** The note on a total's percentage that is the mean of its rows' percentages, not recomputed from the counts. */
function meanNote(v: Verification, r: readonly SheetCell[], g: Group, covered: readonly NumberedRow[]): Label | undefined {
  const shares = covered.flatMap(({ r: d }) => {
    const s = v.num(d[g.percent]);
    return s ? [s.value] : [];
  });
  const mean = shares.length > 0 ? shares.reduce((a, b) => a.plus(b), new ExactDecimal(0)).div(shares.length) : undefined;
  const printed = v.num(r[g.percent]);
  const isMean = mean !== undefined && printed !== undefined && !printed.fromFormula && roundDecimal(mean, printed.decimals, 'half-up').eq(printed.value);
  return isMean ? { vi: 'có vẻ là trung bình cộng tỷ lệ của các dòng, không tính lại từ số đếm', en: 'it looks like the mean of the rows’ percentages, not recomputed from the counts' } : undefined;
}

/** Checks a total row's percentages and target counts, from its own counts as printed or from the sums of its rows. */
function checkTotalShares(v: Verification, total: NumberedRow, covered: readonly NumberedRow[], sums: ReadonlyMap<number, Decimal>): void {
  const { r, n } = total;
  const { checks } = v;
  for (const g of v.groups) {
    // A total with no whole of its own (the statistics table leaves the population out unless every unit has one)
    // takes its fallback's.
    const stated = (c: number) => v.num(r[c])?.value ?? sums.get(c)!;
    const summed = (c: number) => (covered.length > 0 ? sums.get(c)! : stated(c));
    const wholeColumn = v.num(r[g.whole]) !== undefined || g.fallback === undefined ? g.whole : g.fallback;
    const note = meanNote(v, r, g, covered);
    // The percentage of a total row, and the counts its target requires, are right when they follow from its own
    // counts as printed, or from the sums of the rows it totals: a wrong count is reported once, at its cell, above.
    const mark = checks.length;
    checkPercent(v, r, n, g, stated(g.part), stated(wholeColumn), note);
    checkRequired(v, r, n, g, stated(g.part), stated(wholeColumn));
    if (!summed(g.part).eq(stated(g.part)) || !summed(wholeColumn).eq(stated(wholeColumn))) {
      const own = checks.splice(mark);
      checkPercent(v, r, n, g, summed(g.part), summed(wholeColumn), note);
      checkRequired(v, r, n, g, summed(g.part), summed(wholeColumn));
      const fromSums = checks.splice(mark);
      for (const c of own) checks.push(c.ok ? c : (fromSums.find((x) => x.cell === c.cell && x.ok) ?? c));
    }
  }
}

/** The verdict: every check, the wrong ones, the conventions every percentage fits, and the layout used. */
function verdictOf(v: Verification, headerAt: number, totals: readonly NumberedRow[], data: readonly NumberedRow[]): ReportTableVerdict {
  const { checks, groups } = v;
  const wrong = checks.filter((c) => !c.ok);
  return {
    ok: wrong.length === 0,
    checks,
    wrong,
    conventions: v.rounded ? ROUNDINGS.filter((c) => v.fits.has(c)) : [],
    layout: {
      headerRow: headerAt + 1,
      groups: groups.map((g) => ({
        whole: columnLetter(g.whole),
        ...(g.fallback !== undefined ? { fallbackWhole: columnLetter(g.fallback) } : {}),
        part: columnLetter(g.part),
        percent: columnLetter(g.percent),
        ...(g.target !== undefined ? { target: columnLetter(g.target) } : {}),
      })),
      totalRows: totals.map((t) => t.n),
      dataRows: data.map((d) => d.n),
    },
  };
}
