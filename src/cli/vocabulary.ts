// The words of sheets are the core's (fold, isIdHeading, parseYesNo), not vn-learning-society/sheets': reading headings
// needs no workbook reader or writer.
import { fold, LEVEL_LABELS, LEVELS, MODEL_LABELS, MODELS, type Label, type Lang, type Level, type Model } from 'vn-learning-society';
import type { Columns } from './io.js';

export { fold, isIdHeading, parseYesNo } from 'vn-learning-society';

/**
 * The words the command line prints and reads back: column headings, yes/no, models, levels and statuses in
 * Vietnamese and English. What one command writes (in either language, or as ids) another reads.
 */
export const COLUMN_HEADINGS: Readonly<Record<string, Label>> = {
  line: { vi: 'dòng', en: 'line' },
  id: { vi: 'mã', en: 'id' },
  model: { vi: 'mô hình', en: 'model' },
  level: { vi: 'cấp', en: 'level' },
  recognized: { vi: 'công nhận', en: 'recognized' },
  total: { vi: 'tổng điểm', en: 'total' },
  maxTotal: { vi: 'điểm tối đa', en: 'max total' },
  class: { vi: 'xếp loại', en: 'class' },
  missing: { vi: 'bỏ trống', en: 'missing' },
  shortfalls: { vi: 'chưa đạt', en: 'shortfalls' },
  provisional: { vi: 'tạm thời', en: 'provisional' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
  hamlet: { vi: 'thôn', en: 'hamlet' },
  unit: { vi: 'đơn vị', en: 'unit' },
  evaluated: { vi: 'đã đánh giá', en: 'evaluated' },
  percent: { vi: 'tỷ lệ (%)', en: 'percent' },
  indicator: { vi: 'chỉ tiêu', en: 'indicator' },
  year: { vi: 'năm', en: 'year' },
  status: { vi: 'kết quả', en: 'status' },
  required: { vi: 'số cần đạt', en: 'required' },
  gap: { vi: 'còn thiếu', en: 'gap' },
  explanation: { vi: 'giải thích', en: 'explanation' },
  cell: { vi: 'ô', en: 'cell' },
  population: { vi: 'số trong phạm vi', en: 'population' },
  expected: { vi: 'đúng ra là', en: 'expected' },
  kind: { vi: 'loại', en: 'kind' },
  stated: { vi: 'số nêu', en: 'stated' },
  consistent: { vi: 'khớp', en: 'consistent' },
  conventions: { vi: 'cách làm tròn khớp', en: 'conventions' },
  jurisdiction: { vi: 'phạm vi', en: 'jurisdiction' },
  validFrom: { vi: 'hiệu lực từ', en: 'valid from' },
  validTo: { vi: 'hiệu lực đến', en: 'valid to' },
  title: { vi: 'tên', en: 'title' },
  criterion: { vi: 'tiêu chí', en: 'criterion' },
  maxPoints: { vi: 'điểm tối đa của chỉ báo', en: 'max points' },
  uncertain: { vi: 'chưa chắc chắn', en: 'uncertain' },
  label: { vi: 'nội dung', en: 'label' },
  path: { vi: 'vị trí', en: 'path' },
  change: { vi: 'thay đổi', en: 'change' },
  figure: { vi: 'số liệu', en: 'figure' },
  value: { vi: 'giá trị', en: 'value' },
  measure: { vi: 'chỉ số', en: 'measure' },
  reference: { vi: 'số, ký hiệu', en: 'reference' },
  date: { vi: 'ngày', en: 'date' },
  issuer: { vi: 'cơ quan ban hành', en: 'issuer' },
  catalogue: { vi: 'trong danh mục', en: 'catalogue' },
  table: { vi: 'bảng chỉ tiêu', en: 'target table' },
  target: { vi: 'chỉ tiêu (%)', en: 'target (%)' },
  code: { vi: 'mã', en: 'code' },
  name: { vi: 'tên', en: 'name' },
  exact: { vi: 'chính xác', en: 'exact' },
  from: { vi: 'từ (* một phần)', en: 'from (* part)' },
};

/** Columns with headings in a language (a key without a heading keeps its own name). */
export function headings(keys: readonly string[], lang: Lang): Columns {
  return keys.map((key) => ({ key, heading: COLUMN_HEADINGS[key]?.[lang] ?? key }));
}

/** Other headings of the unit columns, as sheets name them: the code of the unit ("Mã xã", "commune code"). */
const UNIT_HEADING_ALIASES: Readonly<Record<string, readonly string[]>> = {
  province: ['Mã tỉnh', 'province code'],
  district: ['Mã huyện', 'district code'],
  commune: ['Mã xã', 'Mã phường, xã', 'commune code'],
};

const HEADING_KEYS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(COLUMN_HEADINGS).flatMap(([key, l]) => [
    [fold(key), key] as const,
    [fold(l.vi), key] as const,
    [fold(l.en), key] as const,
  ]),
  ...Object.entries(UNIT_HEADING_ALIASES).flatMap(([key, names]) => names.map((n) => [fold(n), key] as const)),
]);

/** The key of a column heading written in either language or as the key itself (`Công nhận`, `recognized`). */
export function keyOfHeading(heading: string): string | undefined {
  return HEADING_KEYS.get(fold(heading));
}

/** Yes/no in a language: `có`/`không`, `yes`/`no`. */
export function yesNo(value: boolean, lang: Lang): string {
  return lang === 'vi' ? (value ? 'có' : 'không') : value ? 'yes' : 'no';
}

const MODEL_KEYS: ReadonlyMap<string, Model> = new Map(MODELS.flatMap((m) => [[fold(m), m], [fold(MODEL_LABELS[m].vi), m], [fold(MODEL_LABELS[m].en), m]] as [string, Model][]));
const LEVEL_KEYS: ReadonlyMap<string, Level> = new Map(LEVELS.flatMap((l) => [[fold(l), l], [fold(LEVEL_LABELS[l].vi), l], [fold(LEVEL_LABELS[l].en), l]] as [string, Level][]));

/** A model from its id or its name in either language (`learning-family`, `Gia đình học tập`). */
export function parseModel(text: string): Model | undefined {
  return MODEL_KEYS.get(fold(text));
}

/** A level from its id or its name in either language (`commune`, `cấp xã`). */
export function parseLevel(text: string): Level | undefined {
  return LEVEL_KEYS.get(fold(text));
}

/** A model's name in a language. */
export const modelName = (model: Model, lang: Lang): string => MODEL_LABELS[model][lang];
/** A level's name in a language. */
export const levelName = (level: Level, lang: Lang): string => LEVEL_LABELS[level][lang];

/** A progress status in a language. */
export const STATUS_NAMES: Readonly<Record<'met' | 'not-met' | 'no-data', Label>> = {
  met: { vi: 'đạt', en: 'met' },
  'not-met': { vi: 'chưa đạt', en: 'not met' },
  'no-data': { vi: 'chưa có số liệu', en: 'no data' },
};
