import type { Decimal } from 'decimal.js';
import type { CalendarDate } from '../../core/calendar-date/index.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import { badArgument, requireArray, requireLang, requireObject } from '../../core/internal/args.js';
import type { Lang } from '../../core/label/index.js';
import { formatViNumber, roundDecimal, ROUNDINGS, type Rounding } from '../../core/vi-number/index.js';
import { attainment, requiredCount } from '../attainment/index.js';
import { modelKey, Tally, type TallyLevel, type TallyRow } from '../tally/index.js';
import type { TargetEntry } from '../targets/index.js';

/** Counts a tally does not know, by unit code and then by model key (`learning-family`, `learning-community/hamlet`). */
export type CountsByUnit = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What {@link summaryTable} puts in the table. */
export interface SummaryOptions {
  /** The level of the rows (default `province`). */
  readonly level?: TallyLevel;
  /** The day the results are for (no district rows from 1 July 2025). */
  readonly date?: CalendarDate;
  /** The units or households in scope (all households, all hamlets), per unit and model: the whole of the share. */
  readonly populations?: CountsByUnit;
  /** How many registered for the title, per unit and model. */
  readonly registered?: CountsByUnit;
  /** Targets, e.g. `targetsFor('VN-45', 2025)`: a target that names a model gives that model's percentage. */
  readonly targets?: readonly TargetEntry[];
  /** Decimals of the printed percentage (default 2). */
  readonly decimals?: number;
  /** How the printed percentage is rounded (default `half-up`); the exact share is kept beside it. */
  readonly rounding?: Rounding;
  /** The language of the printed percentage (default `vi`: `77,85`; `en`: `77.85`). */
  readonly lang?: Lang;
}

/** One line of the yearly statistics table: a unit and a model, or the total of a model. */
export interface SummaryRow {
  /** The unit's code, or `total` for a model's total row. */
  readonly unit: string;
  /** The province of a unit below the province level, as the tally holds it. */
  readonly province?: string;
  /** The commune of a hamlet (hamlets of the same name in two communes are two rows, told apart by it). */
  readonly commune?: string;
  readonly model: string;
  /** Units or households in scope, when given. */
  readonly population?: number;
  readonly registered?: number;
  readonly evaluated: number;
  readonly recognized: number;
  /** What the share is of: the population when it is known, else those evaluated. */
  readonly of: 'population' | 'evaluated';
  /** The exact share in percent, and as printed (rounded with the table's convention); absent for a whole of 0. */
  readonly percent?: Decimal;
  readonly printed?: string;
  /** The target in percent, the least count that meets it (ceiling), and how many more are needed (0 when met). */
  readonly target?: number;
  readonly required?: number;
  readonly needed?: number;
}

/** The table, with its total rows (recomputed from the summed counts, never from summed percentages). */
export interface SummaryTable {
  readonly level: TallyLevel;
  readonly rows: readonly SummaryRow[];
  readonly totals: readonly SummaryRow[];
  readonly decimals: number;
  readonly rounding: Rounding;
}

function countOf(table: CountsByUnit | undefined, unit: string, model: string, name: string): number | undefined {
  if (table === undefined || !Object.hasOwn(table, unit)) return undefined;
  const byModel = table[unit]!;
  if (!Object.hasOwn(byModel, model)) return undefined;
  const n = byModel[model];
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) badArgument(`${name}.${unit}.${model}`, { vi: 'một số nguyên không âm', en: 'a non-negative whole number' }, n);
  return n;
}

interface Print {
  readonly decimals: number;
  readonly rounding: Rounding;
  readonly lang: Lang;
}

function line(unit: string, model: string, counts: { population?: number | undefined; registered?: number | undefined; evaluated: number; recognized: number }, target: number | undefined, print: Print, province?: string, commune?: string): SummaryRow {
  const whole = counts.population ?? counts.evaluated;
  if (counts.recognized > whole) {
    throw new LearningSocietyError('invalid_input', { vi: 'Số được công nhận vượt tổng số', en: 'More recognised than in scope' }, [
      { path: [unit, model], code: 'part_above_whole', message: { vi: `${unit}, ${model}: ${counts.recognized} được công nhận nhưng tổng là ${whole}`, en: `${unit}, ${model}: ${counts.recognized} recognised out of ${whole}` } },
    ]);
  }
  const share = whole > 0 ? attainment(counts.recognized, whole).percent : undefined;
  const required = target !== undefined ? requiredCount(whole, target) : undefined;
  const rounded = share === undefined ? undefined : roundDecimal(share, print.decimals, print.rounding);
  return {
    unit,
    ...(province !== undefined ? { province } : {}),
    ...(commune !== undefined ? { commune } : {}),
    model,
    ...(counts.population !== undefined ? { population: counts.population } : {}),
    ...(counts.registered !== undefined ? { registered: counts.registered } : {}),
    evaluated: counts.evaluated,
    recognized: counts.recognized,
    of: counts.population !== undefined ? 'population' : 'evaluated',
    ...(share !== undefined ? { percent: share, printed: print.lang === 'vi' ? formatViNumber(rounded!, { decimals: print.decimals }) : rounded!.toFixed(print.decimals) } : {}),
    ...(target !== undefined ? { target, required, needed: Math.max(0, required! - counts.recognized) } : {}),
  };
}

/**
 * The yearly statistics table a province reports (bảng thống kê kết quả), from a tally: per unit and model, the
 * units or households in scope, registered, evaluated and recognised, the share (exact, and printed with a named
 * rounding), the target, the least count that meets it and how many more are needed — and a total row per model whose
 * figures are recomputed from the summed counts, not summed percentages. A total's population (or registered count) is
 * given only when every unit has one.
 *
 * @example
 * ```ts
 * import { summaryTable, tallyOf, targetsFor } from 'vn-learning-society';
 * const tally = tallyOf([
 *   { province: 'VN-45', commune: '29926', model: 'learning-family', recognized: true },
 *   { province: 'VN-45', commune: '29929', model: 'learning-family', recognized: false },
 * ]);
 * const t = summaryTable(tally, { level: 'commune', populations: { '29926': { 'learning-family': 3 }, '29929': { 'learning-family': 2 } }, targets: targetsFor('VN-45', 2025) });
 * t.rows[0]?.printed; // '33,33'
 * t.totals[0]?.printed; // '20,00'
 * t.totals[0]?.needed; // 4
 * ```
 */
export function summaryTable(tally: Tally | readonly TallyRow[], options: SummaryOptions = {}): SummaryTable {
  requireObject(options, 'options');
  const level = options.level ?? 'province';
  const decimals = options.decimals ?? 2;
  const rounding = options.rounding ?? 'half-up';
  const lang = requireLang(options.lang ?? 'vi', 'options.lang');
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 10) badArgument('options.decimals', { vi: 'số chữ số thập phân từ 0 đến 10', en: 'decimals from 0 to 10' }, decimals);
  if (!(ROUNDINGS as readonly unknown[]).includes(rounding)) badArgument('options.rounding', { vi: `một cách làm tròn (${ROUNDINGS.join(', ')})`, en: `a rounding (${ROUNDINGS.join(', ')})` }, rounding);
  if (options.populations !== undefined) requireObject(options.populations, 'options.populations');
  if (options.registered !== undefined) requireObject(options.registered, 'options.registered');
  const rows: readonly TallyRow[] = tally instanceof Tally ? tally.by(level, options.date !== undefined ? { date: options.date } : {}) : requireArray(tally, 'tally');
  rows.forEach((r, i) => {
    requireObject(r, `tally[${i}]`);
    requireObject(r.counts, `tally[${i}].counts`);
  });
  if (options.targets !== undefined) requireArray(options.targets, 'options.targets').forEach((t, i) => requireObject(requireObject(t, `options.targets[${i}]`).value, `options.targets[${i}].value`));
  const print: Print = { decimals, rounding, lang };
  const targets = new Map<string, number>();
  for (const t of options.targets ?? []) {
    if (t.model === undefined || t.value.kind !== 'percent' || t.subPopulation !== undefined) continue;
    const key = modelKey(t.model, t.level);
    if (!targets.has(key)) targets.set(key, t.value.percent);
  }
  const out: SummaryRow[] = [];
  const sums = new Map<string, { population: number | undefined; registered: number | undefined; evaluated: number; recognized: number; allPopulation: boolean; allRegistered: boolean }>();
  for (const r of rows) {
    for (const [model, c] of Object.entries(r.counts)) {
      requireObject(c, `${r.code}.${model}`);
      for (const k of ['evaluated', 'recognized'] as const) if (!Number.isSafeInteger(c[k]) || c[k] < 0) badArgument(`${r.code}.${model}.${k}`, { vi: 'một số nguyên không âm', en: 'a non-negative whole number' }, c[k]);
      const population = countOf(options.populations, r.code, model, 'populations');
      const registered = countOf(options.registered, r.code, model, 'registered');
      out.push(line(r.code, model, { population, registered, evaluated: c.evaluated, recognized: c.recognized }, targets.get(model), print, r.province, r.level === 'hamlet' ? r.commune : undefined));
      const s = sums.get(model) ?? { population: 0, registered: 0, evaluated: 0, recognized: 0, allPopulation: true, allRegistered: true };
      s.evaluated += c.evaluated;
      s.recognized += c.recognized;
      if (population === undefined) s.allPopulation = false;
      else s.population! += population;
      if (registered === undefined) s.allRegistered = false;
      else s.registered! += registered;
      sums.set(model, s);
    }
  }
  const totals = [...sums].map(([model, s]) =>
    line('total', model, { population: s.allPopulation ? s.population : undefined, registered: s.allRegistered ? s.registered : undefined, evaluated: s.evaluated, recognized: s.recognized }, targets.get(model), print),
  );
  return { level, rows: out, totals, decimals, rounding };
}
