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
 * first row with a heading `Tỷ lệ …` or `%`; each such column is a percentage whose part is the nearest column of
 * numbers to its left and whose whole is the next one; a row whose first text starts with `Tổng` or `Cộng` is a
 * total.
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
  /** `percent` (a stated percentage against its counts), `total` (a total against the sum of its column), `part-whole` (a part above its whole). */
  readonly kind: 'percent' | 'total' | 'part-whole';
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
    readonly groups: readonly { readonly whole: string; readonly part: string; readonly percent: string }[];
    readonly totalRows: readonly number[];
    readonly dataRows: readonly number[];
  };
}

function tableError(message: Label): never {
  throw new LearningSocietyError('invalid_input', { vi: 'Không đọc được bảng số liệu', en: 'Cannot read the report table' }, [{ path: [], code: 'invalid_report_table', message }]);
}

const MAX_NUMBER_TEXT = 64;

/** A number from a cell: a number as it is, or Vietnamese text (`1.234`, `70,5`, `70,5%`). Undefined when it is none. */
function numberIn(cell: SheetCell | undefined): { value: Decimal; text: string; decimals: number; fromFormula: boolean } | undefined {
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

const isPercentHeading = (cell: SheetCell | undefined): boolean => {
  if (typeof cell !== 'string' || cell.length > 200) return false;
  const h = fold(cell);
  return h.startsWith('ty le') || h.startsWith('ti le') || h === '%' || h.includes('(%)') || h.endsWith(' %');
};

const isTotalLabel = (row: readonly SheetCell[]): boolean => {
  const first = row.find((c) => typeof c === 'string' && c.trim() !== '');
  if (typeof first !== 'string' || first.length > 200) return false;
  const h = fold(first);
  return h.startsWith('tong') || h.startsWith('cong') || h === 'total' || h.startsWith('total ');
};

/** The label of a row for messages: its first text. */
const rowLabel = (row: readonly SheetCell[]): string => {
  const t = row.find((c) => typeof c === 'string' && c.trim() !== '');
  return typeof t === 'string' ? (t.length > 60 ? `${t.slice(0, 57)}…` : t.trim()) : '';
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
  const given: unknown = Array.isArray(table) ? table : (table as SheetTable | null)?.rows;
  const rows = given as readonly (readonly SheetCell[])[];
  if (!Array.isArray(given) || given.some((r) => !Array.isArray(r))) tableError({ vi: 'cần một bảng: các dòng, mỗi dòng là các ô', en: 'expected a table: rows of cells' });
  if (spec === null || typeof spec !== 'object') tableError({ vi: 'spec phải là một đối tượng', en: 'the spec must be an object' });
  const limit = Math.min(rows.length, 30);
  let headerAt = spec.headerRow !== undefined ? spec.headerRow - 1 : -1;
  if (spec.headerRow !== undefined && (!Number.isSafeInteger(spec.headerRow) || headerAt < 0 || headerAt >= rows.length)) tableError({ vi: `không có dòng tiêu đề ${String(spec.headerRow)}`, en: `no header row ${String(spec.headerRow)}` });
  if (headerAt < 0) headerAt = rows.slice(0, limit).findIndex((r) => r.some(isPercentHeading));
  if (headerAt < 0 && spec.groups) headerAt = 0;
  if (headerAt < 0) {
    tableError({
      vi: 'không tìm thấy cột tỷ lệ (tiêu đề "Tỷ lệ …" hoặc "%") trong 30 dòng đầu; hãy chỉ rõ các cột (--whole, --part, --percent)',
      en: 'no percentage column (headed "Tỷ lệ …" or "%") in the first 30 rows; name the columns (--whole, --part, --percent)',
    });
  }
  const header = rows[headerAt]!;
  // Sub-headings under the header (a row of column numbers "1 2 3", or units "(hộ)") are not data: data starts at
  // the first row with a label and a number.
  const after = rows.slice(headerAt + 1).map((r, i) => ({ r, n: headerAt + 2 + i })).filter(({ r }) => !r.every(isBlankCell));
  const totalRows = new Set(spec.totalRows ?? []);
  for (const n of totalRows) if (!Number.isSafeInteger(n) || n < 1 || n > rows.length) tableError({ vi: `không có dòng ${n}`, en: `no row ${n}` });
  const isTotal = (r: readonly SheetCell[], n: number) => (spec.totalRows ? totalRows.has(n) : isTotalLabel(r));
  const body = after.filter(({ r }) => r.some((c) => numberIn(c) !== undefined) && r.some((c) => typeof c === 'string' && numberIn(c) === undefined && c.trim() !== ''));
  const totals = body.filter(({ r, n }) => isTotal(r, n));
  const data = body.filter(({ r, n }) => !isTotal(r, n));

  let groups: { whole: number; part: number; percent: number }[];
  if (spec.groups) {
    groups = spec.groups.map((g) => ({ whole: columnIndex(g.whole, header), part: columnIndex(g.part, header), percent: columnIndex(g.percent, header) }));
  } else {
    const percentCols = header.flatMap((h, i) => (isPercentHeading(h) ? [i] : []));
    const numeric = (i: number) => !percentCols.includes(i) && data.some(({ r }) => numberIn(r[i]) !== undefined);
    groups = percentCols.map((p) => {
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

  const checks: ReportCellCheck[] = [];
  const fits = new Set<Rounding>(ROUNDINGS);
  const checkPercent = (r: readonly SheetCell[], n: number, g: { whole: number; part: number; percent: number }, part: Decimal, whole: Decimal, note?: Label) => {
    const stated = numberIn(r[g.percent]);
    if (stated === undefined || whole.isZero()) return;
    const cell = cellAddress(n, g.percent);
    const exact = part.div(whole).times(100);
    // A cell formatted as % holds the fraction (0,7785 for 77,85 %): read it as one when that is what fits.
    const asFraction = typeof r[g.percent] === 'number' && stated.value.lte(1) && exact.gt(1);
    const statedPercent = asFraction ? stated.value.times(100) : stated.value;
    const decimals = asFraction ? Math.max(0, stated.decimals - 2) : stated.decimals;
    let conventions: (Rounding | 'exact')[];
    let expected: string;
    if (stated.fromFormula) {
      const ok = statedPercent.minus(exact).abs().lte(new ExactDecimal('1e-9').times(exact.abs().plus(1)));
      conventions = ok ? ['exact'] : [];
      expected = vi(exact.toDecimalPlaces(4, ExactDecimal.ROUND_HALF_UP));
    } else {
      conventions = ROUNDINGS.filter((c) => (spec.rounding === undefined || spec.rounding === c) && roundDecimal(exact, decimals, c).eq(statedPercent));
      for (const c of ROUNDINGS) if (!conventions.includes(c)) fits.delete(c);
      expected = vi(roundDecimal(exact, decimals, spec.rounding ?? 'half-up'), decimals);
    }
    const ok = conventions.length > 0;
    const statedText = asFraction ? `${vi(statedPercent, decimals)}%` : stated.text;
    const head = { vi: `${vi(part)}/${vi(whole)} = ${vi(exact.toDecimalPlaces(decimals + 3, ExactDecimal.ROUND_DOWN))}…%`, en: `${part.toString()}/${whole.toString()} = ${exact.toDecimalPlaces(decimals + 3, ExactDecimal.ROUND_DOWN).toString()}…%` };
    const why: Label = ok
      ? { vi: `${head.vi}; ${statedText} khớp khi ${conventions.map((c) => ROUNDING_NAMES[c].vi).join(' hoặc ')}`, en: `${head.en}; ${statedText} matches under ${conventions.map((c) => ROUNDING_NAMES[c].en).join(' or ')}` }
      : {
          vi: `${head.vi}; với ${decimals} chữ số thập phân phải là ${expected}${spec.rounding ? ` (${ROUNDING_NAMES[spec.rounding].vi})` : ''}, không phải ${statedText}${note ? ` — ${note.vi}` : ''}`,
          en: `${head.en}; at ${decimals} decimal${decimals === 1 ? '' : 's'} it should be ${expected.replace(',', '.')}${spec.rounding ? ` (${ROUNDING_NAMES[spec.rounding].en})` : ''}, not ${statedText}${note ? ` — ${note.en}` : ''}`,
        };
    checks.push({ cell, row: n, kind: 'percent', ok, stated: statedText, expected, conventions, why });
  };

  // Rows: each part against its whole, each percentage against both.
  for (const { r, n } of data) {
    for (const g of groups) {
      const part = numberIn(r[g.part]);
      const whole = numberIn(r[g.whole]);
      if (part === undefined || whole === undefined) continue;
      if (part.value.gt(whole.value)) {
        checks.push({
          cell: cellAddress(n, g.part),
          row: n,
          kind: 'part-whole',
          ok: false,
          stated: part.text,
          expected: `≤ ${vi(whole.value)}`,
          conventions: [],
          why: { vi: `${rowLabel(r)}: số đạt ${vi(part.value)} lớn hơn tổng số ${vi(whole.value)} (ô ${cellAddress(n, g.whole)})`, en: `${rowLabel(r)}: the part ${part.value.toString()} is above the whole ${whole.value.toString()} (cell ${cellAddress(n, g.whole)})` },
        });
      }
      checkPercent(r, n, g, part.value, whole.value);
    }
  }

  // Totals: each count column against the sum of the rows it totals (the rows since the previous total; the last
  // total, when there are several, against all rows), and its percentage recomputed from its counts.
  const countColumns = [...new Set(groups.flatMap((g) => [g.whole, g.part]))];
  let since = 0;
  totals.forEach(({ r, n }, t) => {
    const grand = totals.length > 1 && t === totals.length - 1;
    const covered = data.filter((d) => d.n < n && (grand || d.n > since));
    since = n;
    const sums = new Map<number, Decimal>();
    for (const c of countColumns) {
      const stated = numberIn(r[c]);
      let sum = new ExactDecimal(0);
      for (const d of covered) sum = sum.plus(numberIn(d.r[c])?.value ?? 0);
      sums.set(c, sum);
      if (stated === undefined) continue;
      const ok = stated.value.eq(sum);
      const rowsText = covered.length === 0 ? '—' : `${covered[0]!.n}–${covered[covered.length - 1]!.n}`;
      checks.push({
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
    for (const g of groups) {
      // The percentage of a total row comes from its own counts as printed; a wrong count is reported above.
      const part = numberIn(r[g.part])?.value ?? sums.get(g.part)!;
      const whole = numberIn(r[g.whole])?.value ?? sums.get(g.whole)!;
      const shares = covered.flatMap(({ r: d }) => {
        const s = numberIn(d[g.percent]);
        return s ? [s.value] : [];
      });
      const mean = shares.length > 0 ? shares.reduce((a, b) => a.plus(b), new ExactDecimal(0)).div(shares.length) : undefined;
      const stated = numberIn(r[g.percent]);
      const isMean = mean !== undefined && stated !== undefined && !stated.fromFormula && roundDecimal(mean, stated.decimals, 'half-up').eq(stated.value);
      checkPercent(r, n, g, part, whole, isMean ? { vi: 'có vẻ là trung bình cộng tỷ lệ của các dòng, không tính lại từ số đếm', en: 'it looks like the mean of the rows’ percentages, not recomputed from the counts' } : undefined);
    }
  });

  const wrong = checks.filter((c) => !c.ok);
  const percents = checks.some((c) => c.kind === 'percent' && !c.conventions.includes('exact'));
  return {
    ok: wrong.length === 0,
    checks,
    wrong,
    conventions: percents ? ROUNDINGS.filter((c) => fits.has(c)) : [],
    layout: {
      headerRow: headerAt + 1,
      groups: groups.map((g) => ({ whole: columnLetter(g.whole), part: columnLetter(g.part), percent: columnLetter(g.percent) })),
      totalRows: totals.map((t) => t.n),
      dataRows: data.map((d) => d.n),
    },
  };
}

