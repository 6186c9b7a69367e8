import { LearningSocietyError, parseViNumber, Tally, type CountsByUnit, type Lang, type UnitChecker } from 'vn-learning-society';
import { formatOf, isJsonFormat, readRecords, type CliIo, type InputFormat } from './io.js';
import { CliFailure, csvOptions, EXIT, issueField, T, type BadRecord } from './shared.js';
import { isIdHeading, keyOfHeading, parseLevel, parseModel, parseYesNo } from './vocabulary.js';

// Reading the records of a roll-up and the populations in scope: what `rollup` and `documents report` both read, in
// one module of its own so that no command imports another (issue 25).

/** The options of the records `tallyOfRecords` reads. */
export interface TallyInputOptions {
  readonly input: string;
  readonly inputFormat?: InputFormat;
  readonly units?: boolean;
  readonly date?: string;
  /** Without --date, the list checked with --units is that of 31 December of this year. */
  readonly year?: string;
  readonly delimiter?: string;
  readonly sheet?: string;
}

/**
 * The checker of unit codes for --units on the list of `at`. A day before the earliest list the package has is said in
 * the command line's words (--date), not the library's (`at`).
 */
async function checkerAt(at: string | undefined, byDate: boolean, lang: Lang): Promise<UnitChecker> {
  const { unitChecker, UNITS_EARLIEST_LIST } = await import('vn-learning-society/units');
  if (at !== undefined && at < UNITS_EARLIEST_LIST) {
    const given = byDate ? `--date ${at}` : `-y ${at.slice(0, 4)} (${at})`;
    throw new CliFailure(
      lang === 'vi'
        ? `--units: danh mục đơn vị hành chính sớm nhất của gói là ngày 01/03/2025, sau ${given}; với số liệu cuối năm 2024 của những đơn vị không đổi từ đó, thêm --date 2025-03-01`
        : `--units: the package's earliest list of administrative units is of 2025-03-01, after ${given}; for end-of-2024 figures of units unchanged since, add --date 2025-03-01`,
      EXIT.badInput,
    );
  }
  return unitChecker(at !== undefined ? { at } : {});
}

/** The unit columns a roll-up needs (the province's and the commune's codes) that a header lacks. */
function missingUnitColumns(columns: readonly string[]): ('province' | 'commune')[] {
  const keys = new Set(columns.map((c) => keyOfHeading(c)));
  return (['province', 'commune'] as const).filter((k) => !keys.has(k));
}

const UNIT_HEADINGS = { province: 'tỉnh', commune: 'xã' } as const;

/** The problem of a header without the unit columns: which, and how `evaluate` carries them through. */
const MISSING_UNITS: Record<Lang, (missing: readonly ('province' | 'commune')[]) => string> = {
  vi: (m) => `thiếu cột ${m.map((k) => `"${UNIT_HEADINGS[k]}"`).join(' và ')} (mã tỉnh, mã xã của từng phiếu); thêm cột vào phiếu và giữ lại khi chấm: evaluate --keep "tỉnh,xã" …`,
  en: (m) => `no ${m.map((k) => `"${UNIT_HEADINGS[k]}" (${k})`).join(' or ')} column (each assessment's province and commune codes); add them to the sheet and carry them through: evaluate --keep "tỉnh,xã" …`,
};

/**
 * Tallies results (what `evaluate` writes, with province and commune kept): each record that cannot be tallied goes to
 * `bad` with its line, never silently.
 */
export async function tallyOfRecords(io: CliIo, o: TallyInputOptions, lang: Lang, bad: BadRecord[]): Promise<Tally> {
  // The list of --date, else of the last day of -y (the day the targets are read on), else the newest. The unit lists
  // (vn-learning-society/units, 900 KB) are loaded only when units are checked (--units).
  const at = o.date ?? (o.year !== undefined ? `${o.year}-12-31` : undefined);
  const tally = new Tally(o.units ? { units: await checkerAt(at, o.date !== undefined, lang) } : {});
  for await (const rec of readRecords(io, o.input, formatOf(o.input, o.inputFormat), { ...csvOptions(o.delimiter), ...(o.sheet !== undefined ? { sheet: o.sheet } : {}) })) {
    if (rec.kind === 'header') {
      const missing = missingUnitColumns(rec.columns);
      if (missing.length === 0) continue;
      // Said once, at the header, with the way to have them: not once per row.
      bad.push({ line: rec.line, field: T[lang].record, message: MISSING_UNITS[lang](missing) });
      break;
    }
    if (rec.error !== undefined) {
      bad.push({ line: rec.line, field: T[lang].record, message: rec.error[lang] });
      continue;
    }
    const v: Record<string, unknown> = {};
    if (rec.value !== null && typeof rec.value === 'object') for (const [k, x] of Object.entries(rec.value)) v[keyOfHeading(k) ?? k] = x;
    const text = (k: string) => (typeof v[k] === 'string' ? (v[k] as string).trim() : v[k]);
    const recognized = typeof v.recognized === 'boolean' ? v.recognized : typeof v.recognized === 'string' ? parseYesNo(v.recognized) : undefined;
    const model = typeof v.model === 'string' ? (parseModel(v.model) ?? v.model) : v.model;
    const level = typeof v.level === 'string' && v.level.trim() !== '' ? (parseLevel(v.level) ?? v.level) : undefined;
    const opt = (k: string) => (typeof text(k) === 'string' && text(k) !== '' ? { [k]: text(k) as string } : {});
    try {
      tally.add({ province: String(text('province') ?? ''), ...opt('district'), commune: String(text('commune') ?? ''), ...opt('hamlet'), model, ...(level !== undefined ? { level } : {}), recognized } as never);
    } catch (e) {
      if (!(e instanceof LearningSocietyError)) throw e;
      for (const issue of e.issues) bad.push({ line: rec.line, field: issueField(issue), message: issue.message[lang] });
    }
  }
  return tally;
}

/**
 * The units or households in scope, per unit code and model: a JSON object `{ code: { model: n } }`, or a CSV file or
 * workbook with the columns code (`mã`, `đơn vị`), model (`mô hình`, by id or name) and population (`số trong phạm
 * vi`). Bad rows go to `bad`.
 */
export async function readPopulations(io: CliIo, path: string, lang: Lang, bad: BadRecord[]): Promise<CountsByUnit> {
  const format = formatOf(path);
  const out: Record<string, Record<string, number>> = {};
  for await (const rec of readRecords(io, path, format)) {
    if (rec.kind === 'header') continue;
    if (rec.error !== undefined) {
      bad.push({ line: rec.line, field: path, message: rec.error[lang] });
      continue;
    }
    if (isJsonFormat(format) || rec.cells === undefined) {
      const v = rec.value;
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        bad.push({ line: rec.line, field: path, message: lang === 'vi' ? 'cần { mã: { mô hình: số } }' : 'expected { code: { model: n } }' });
        continue;
      }
      for (const [unit, byModel] of Object.entries(v)) {
        if (byModel === null || typeof byModel !== 'object') continue;
        for (const [model, n] of Object.entries(byModel as Record<string, unknown>)) if (typeof n === 'number') (out[unit] ??= {})[parseModel(model) ?? model] = n;
      }
      continue;
    }
    const v: Record<string, string> = {};
    for (const [k, x] of Object.entries(rec.value as Record<string, string>)) v[keyOfHeading(k) ?? (isIdHeading(k) ? 'unit' : k)] = String(x).trim();
    const unit = v.unit ?? v.code ?? v.commune ?? v.province ?? '';
    const model = parseModel(v.model ?? '') ?? v.model;
    let n = Number.NaN;
    try {
      n = parseViNumber(v.population ?? '');
    } catch (e) {
      if (!(e instanceof LearningSocietyError)) throw e;
    }
    if (unit === '' || !model || !Number.isSafeInteger(n) || n < 0) {
      bad.push({ line: rec.line, field: path, message: lang === 'vi' ? 'cần mã đơn vị, mô hình và số trong phạm vi (số nguyên)' : 'expected a unit code, a model and the population (a whole number)' });
      continue;
    }
    (out[unit] ??= {})[model] = n;
  }
  return out;
}
