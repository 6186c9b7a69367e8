import { LEVEL_LABELS, LEVELS, MODEL_LABELS, MODELS, roundDecimal, type Lang, type Level, type Model, type SummaryTable } from 'vn-learning-society';
import { badArgument, requireLangOption, requireOptions } from './args.js';
import type { SheetCell } from './cells.js';
import type { WorkbookColumn, WorkbookSheet } from './xlsx.js';

const HEADINGS = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  model: { vi: 'Mô hình', en: 'Model' },
  population: { vi: 'Số trong phạm vi', en: 'In scope' },
  registered: { vi: 'Số đăng ký', en: 'Registered' },
  evaluated: { vi: 'Số được đánh giá', en: 'Assessed' },
  recognized: { vi: 'Số được công nhận', en: 'Recognised' },
  percent: { vi: 'Tỷ lệ (%)', en: 'Percent' },
  target: { vi: 'Chỉ tiêu (%)', en: 'Target (%)' },
  required: { vi: 'Số cần đạt', en: 'Required' },
  needed: { vi: 'Còn thiếu', en: 'Still needed' },
} as const;

/** A model key (`learning-community/hamlet`) in words. */
function modelWords(key: string, lang: Lang): string {
  const [m, l] = key.split('/');
  if (!(MODELS as readonly string[]).includes(m!)) return key;
  const level = l !== undefined && (LEVELS as readonly string[]).includes(l) ? ` (${LEVEL_LABELS[l as Level][lang]})` : '';
  return `${MODEL_LABELS[m as Model][lang]}${level}`;
}

/**
 * The yearly statistics table of `summaryTable` (from `vn-learning-society`) as a sheet to write with {@link workbookBytes}: one row per unit
 * and model, then the total rows in bold; counts are numbers, the percentage is the number the table prints (the
 * exact share rounded by the table's convention, shown with its decimals), columns that hold nothing are left out.
 *
 * @example
 * ```ts
 * import { summaryTable, Tally } from 'vn-learning-society';
 * import { summarySheet, workbookBytes } from 'vn-learning-society/sheets';
 * const tally = new Tally();
 * tally.add({ province: '80', commune: '27695', model: 'learning-family', recognized: true });
 * const sheet = summarySheet(summaryTable(tally, { level: 'commune' }), { title: 'Gia đình học tập năm 2025' });
 * sheet.rows[0]; // ['27695', 'Gia đình học tập', 1, 1, 100]
 * const bytes = await workbookBytes([sheet]);
 * ```
 */
export function summarySheet(table: SummaryTable, options: { lang?: Lang; title?: string; unitNames?: Readonly<Record<string, string>> } = {}): WorkbookSheet {
  if (typeof table !== 'object' || table === null || !Array.isArray(table.rows) || !Array.isArray(table.totals)) badArgument('table', { vi: 'một bảng của summaryTable', en: 'a table from summaryTable' }, table);
  requireOptions(options);
  requireLangOption(options.lang, 'options.lang');
  const lang = options.lang ?? 'vi';
  const all = [...table.rows, ...table.totals];
  const has = (k: 'population' | 'registered' | 'target' | 'required' | 'needed') => all.some((r) => r[k] !== undefined);
  const keys = ['unit', 'model', ...(has('population') ? ['population'] : []), ...(has('registered') ? ['registered'] : []), 'evaluated', 'recognized', 'percent', ...(has('target') ? ['target', 'required', 'needed'] : [])] as (keyof typeof HEADINGS)[];
  const format = table.decimals > 0 ? `0.${'0'.repeat(table.decimals)}` : '0';
  const columns: WorkbookColumn[] = keys.map((k) => ({ heading: HEADINGS[k][lang], ...(k === 'percent' ? { format } : k === 'unit' ? {} : k === 'model' ? {} : { format: '#,##0' }) }));
  const rows = all.map((r): SheetCell[] =>
    keys.map((k) => {
      switch (k) {
        case 'unit':
          return r.unit === 'total' ? (lang === 'vi' ? 'Tổng cộng' : 'Total') : (options.unitNames?.[r.unit] ?? r.unit);
        case 'model':
          return modelWords(r.model, lang);
        case 'percent':
          return r.percent === undefined ? null : Number(roundDecimal(r.percent, table.decimals, table.rounding).toString());
        default:
          return r[k] ?? null;
      }
    }),
  );
  return {
    name: lang === 'vi' ? 'Tổng hợp' : 'Summary',
    ...(options.title !== undefined ? { title: options.title } : {}),
    columns,
    rows,
    boldRows: table.totals.map((_, i) => table.rows.length + i),
    notes: [
      lang === 'vi'
        ? `Tỷ lệ tính chính xác từ số đếm, làm tròn ${table.decimals} chữ số thập phân (${table.rounding}); dòng tổng cộng tính lại từ tổng các số đếm, không cộng các tỷ lệ.`
        : `Percentages are computed exactly from the counts and rounded to ${table.decimals} decimals (${table.rounding}); total rows are recomputed from the summed counts, never from summed percentages.`,
    ],
  };
}
