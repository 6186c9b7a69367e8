import type { Decimal } from 'decimal.js';
import { attainment, requiredCount } from '../attainment/index.js';
import { LearningSocietyError, type Issue } from '../../core/errors/index.js';
import { forkDocument, type ForkMeta, type DocumentPatch } from '../../document/fork/index.js';
import { selectTargetsWithNotes, type TargetEntry } from './select.js';
import { diffDocuments, type DocumentChange } from '../../document/diff/index.js';
import type { Label } from '../../core/label/index.js';
import { parseChecked } from '../../core/internal/check.js';
import { ExactDecimal, formatViNumber } from '../../core/vi-number/index.js';
import type { TargetTable, TargetValue } from './schema.js';
import { TARGET_TABLE_KEYED_FIELDS } from './keys.js';
import { targetTableIssues } from './check.js';
import { badArgument, requireArray, requireObject } from '../../core/internal/args.js';
import { modelKey } from '../tally/index.js';

export { TARGET_BASES, TARGET_TABLE_KEYED_FIELDS } from './keys.js';
export type { Target, TargetTable, TargetValue } from './schema.js';

/**
 * Validates a target table from any source (object or JSON text).
 *
 * @throws {@link LearningSocietyError} `untrusted_input` or `invalid_rule_set`.
 *
 * @example
 * ```ts
 * import { listTargets, parseTargetTable } from 'vn-learning-society';
 * const table = parseTargetTable(JSON.stringify(listTargets()[0]));
 * table.id; // 'targets-qd-281-2014'
 * ```
 */
export function parseTargetTable(input: unknown): TargetTable {
  return parseChecked(input, targetTableIssues, 'invalid_rule_set', { vi: 'Bảng chỉ tiêu không hợp lệ', en: 'Invalid target table' });
}

export { checkTargetYear } from './year.js';
export { selectTargetsWithNotes, type TargetEntry, type TargetNote, type TargetNoteCode, type TargetSelection } from './select.js';

/**
 * The targets that apply to a jurisdiction in a year among `tables` (already checked): the entries of
 * {@link selectTargetsWithNotes}, without its notes. The mechanism behind `targetsFor`.
 *
 * @internal
 */
export function selectTargets(tables: readonly TargetTable[], jurisdiction: string, year: number): TargetEntry[] {
  return selectTargetsWithNotes(tables, jurisdiction, year).entries;
}

/**
 * Derives a province's target table from another by patching only what changes (targets addressed by id).
 *
 * @example
 * ```ts
 * import { forkTargetTable, listTargets } from 'vn-learning-society';
 * const national = listTargets().find((t) => t.id === 'targets-qd-387-2022')!;
 * const mine = forkTargetTable(national, { targets: { 'families-2025': { value: { percent: 85 } } } }, {
 *   id: 'targets-my-province', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } },
 * });
 * mine.targets.find((t) => t.id === 'families-2025')?.value; // { kind: 'percent', percent: 85 }
 * ```
 */
export function forkTargetTable(base: TargetTable, patch: DocumentPatch | string, meta: ForkMeta): TargetTable {
  return forkDocument(base, patch, meta, { keyedFields: TARGET_TABLE_KEYED_FIELDS, parse: parseTargetTable });
}

/**
 * Every difference between two target tables, in plain words (see {@link diffRuleSets}).
 *
 * @example
 * ```ts
 * import { diffTargetTables, forkTargetTable, listTargets } from 'vn-learning-society';
 * const national = listTargets().find((t) => t.id === 'targets-qd-387-2022')!;
 * const mine = forkTargetTable(national, { targets: { 'families-2025': { value: { percent: 85 } } } }, {
 *   id: 'targets-my-province', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } },
 * });
 * diffTargetTables(national, mine).some((c) => c.path.includes('families-2025')); // true
 * ```
 */
export function diffTargetTables(a: TargetTable, b: TargetTable): DocumentChange[] {
  return diffDocuments(a, b, TARGET_TABLE_KEYED_FIELDS);
}

/** What was achieved for one indicator: a share `{ part, whole }`, or an amount for an `at-least` target. */
export type ProgressCount = { readonly part: number; readonly whole: number } | number;

/** The counts of one model (and level) as a tally gives them: evaluated and recognised. */
export interface ModelCount {
  readonly evaluated: number;
  readonly recognized: number;
}

/**
 * The progress counts of a set of targets, from a tally's counts: each target that names a `model` (and `level`)
 * counts the units of that model that were recognised, out of the whole its `base` says — the units evaluated
 * (`evaluated`), or the whole population (`all`), which a tally does not know and `populations` gives (keyed like the
 * tally: `learning-family`, `learning-community/hamlet`). Keyed by the target's indicator, ready for {@link progress}:
 * tally model ids and target indicators meet without a hand-written map. Targets without a model, and those whose
 * whole is not known, are listed in `unmatched` with the reason.
 *
 * @example
 * ```ts
 * import { progress, progressCountsOf, tallyOf, targetsFor } from 'vn-learning-society';
 * const tally = tallyOf([
 *   { province: 'VN-45', commune: '29926', model: 'learning-family', recognized: true },
 *   { province: 'VN-45', commune: '29926', model: 'learning-family', recognized: false },
 * ]);
 * const targets = targetsFor('VN-45', 2025);
 * const { counts } = progressCountsOf(tally.by('province')[0]!.counts, targets, { populations: { 'learning-family': 3 } });
 * counts['learning-families']; // { part: 1, whole: 3 }
 * progress(counts, targets).find((r) => r.target.indicator === 'learning-families')?.status; // 'not-met'
 * ```
 */
export function progressCountsOf(
  tallyCounts: Readonly<Record<string, ModelCount>>,
  targets: readonly TargetEntry[],
  options: { readonly populations?: Readonly<Record<string, number>> } = {},
): { counts: Record<string, ProgressCount>; unmatched: { indicator: string; reason: Label }[] } {
  requireObject(tallyCounts, 'tallyCounts');
  requireArray(targets, 'targets');
  const populations = requireObject(options, 'options').populations ?? {};
  requireObject(populations, 'options.populations');
  const counts: Record<string, ProgressCount> = {};
  const unmatched: { indicator: string; reason: Label }[] = [];
  const seen = new Set<string>();
  for (const [i, t] of targets.entries()) {
    requireObject(t, `targets[${i}]`);
    if (seen.has(t.indicator)) continue;
    seen.add(t.indicator);
    if (t.model === undefined) {
      unmatched.push({ indicator: t.indicator, reason: { vi: 'chỉ tiêu không gắn với một mô hình học tập', en: 'the target names no learning model' } });
      continue;
    }
    const key = modelKey(t.model, t.level);
    const c = Object.hasOwn(tallyCounts, key) ? tallyCounts[key] : undefined;
    const recognized = c?.recognized ?? 0;
    const whole = t.base === 'evaluated' ? c?.evaluated : Object.hasOwn(populations, key) ? populations[key] : undefined;
    if (whole === undefined) {
      unmatched.push({
        indicator: t.indicator,
        reason: t.base === 'evaluated'
          ? { vi: `không có số liệu ${key}`, en: `no counts for ${key}` }
          : { vi: `cần tổng số (${t.population.vi}) trong populations["${key}"]`, en: `needs the whole (${t.population.en}) in populations["${key}"]` },
      });
      continue;
    }
    if (!Number.isSafeInteger(whole) || whole < 0) badArgument(`options.populations.${key}`, { vi: 'một số nguyên không âm', en: 'a non-negative whole number' }, whole);
    counts[t.indicator] = { part: recognized, whole };
  }
  return { counts, unmatched };
}

/** One line of a progress report (báo cáo tiến độ). */
export interface ProgressRow {
  readonly target: TargetEntry;
  /** `met`, `not-met`, or `no-data` when the counts have nothing for the indicator. */
  readonly status: 'met' | 'not-met' | 'no-data';
  /** The achieved share in percent, or the amount for an `at-least` target. */
  readonly actual?: Decimal;
  /** The least count that meets the target (ceiling of whole × target). */
  readonly required?: number;
  /** How many more are needed (0 when met). */
  readonly gap?: number;
  readonly explanation: Label;
}

function valueText(v: TargetValue, lang: 'vi' | 'en'): string {
  if (v.kind === 'percent') return `${lang === 'vi' ? formatViNumber(v.percent) : String(v.percent)}%`;
  if (v.kind === 'fraction') return `${v.numerator}/${v.denominator}`;
  return `${lang === 'vi' ? formatViNumber(v.amount) : String(v.amount)} ${v.unit[lang]}`;
}

/**
 * Compares counts with targets, one row per target: the share achieved, the least count that meets the target
 * (ceiling), how many more are needed, and whether it is met, with a sentence in each language.
 *
 * @example
 * ```ts
 * import { progress, targetsFor } from 'vn-learning-society';
 * const rows = progress({ 'learning-families': { part: 556862, whole: 834926 } }, targetsFor('VN', 2025));
 * const families = rows.find((r) => r.target.indicator === 'learning-families')!;
 * families.required; // 584449
 * families.gap; // 27587
 * families.status; // 'not-met'
 * ```
 */
export function progress(counts: Readonly<Record<string, ProgressCount>>, targets: readonly TargetEntry[]): ProgressRow[] {
  requireObject(counts, 'counts');
  requireArray(targets, 'targets');
  targets.forEach((t, i) => requireObject(requireObject(t, `targets[${i}]`).label, `targets[${i}].label`));
  const issues: Issue[] = [];
  const rows = targets.map((target): ProgressRow => {
    const c = Object.hasOwn(counts, target.indicator) ? counts[target.indicator] : undefined;
    const what = { vi: target.label.vi, en: target.label.en };
    if (c === undefined) {
      return { target, status: 'no-data', explanation: { vi: `${what.vi}: chưa có số liệu`, en: `${what.en}: no data` } };
    }
    const goal = { vi: valueText(target.value, 'vi'), en: valueText(target.value, 'en') };
    if (target.value.kind === 'at-least') {
      if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) {
        issues.push({ path: [target.indicator], code: 'invalid_amount', message: { vi: 'cần một số không âm', en: 'a non-negative number is needed' } });
        return { target, status: 'no-data', explanation: { vi: '', en: '' } };
      }
      const met = c >= target.value.amount;
      return {
        target,
        status: met ? 'met' : 'not-met',
        actual: new ExactDecimal(String(c)),
        explanation: {
          vi: `${what.vi}: đạt ${formatViNumber(c)}, chỉ tiêu ${goal.vi} năm ${target.year} — ${met ? 'đạt' : 'chưa đạt'}`,
          en: `${what.en}: ${c} against ${goal.en} by ${target.year} — ${met ? 'met' : 'not met'}`,
        },
      };
    }
    if (typeof c !== 'object' || c === null) {
      issues.push({ path: [target.indicator], code: 'invalid_count', message: { vi: 'cần { part, whole }', en: '{ part, whole } is needed' } });
      return { target, status: 'no-data', explanation: { vi: '', en: '' } };
    }
    const share = attainment(c.part, c.whole);
    const required =
      target.value.kind === 'percent'
        ? requiredCount(c.whole, target.value.percent)
        : new ExactDecimal(c.whole).times(target.value.numerator).div(target.value.denominator).ceil().toNumber();
    const gap = Math.max(0, required - c.part);
    const met = gap === 0;
    const pctVi = formatViNumber(share.percent, { decimals: 2 });
    const pctEn = share.percent.toFixed(2);
    return {
      target,
      status: met ? 'met' : 'not-met',
      actual: share.percent,
      required,
      gap,
      explanation: {
        vi: `${what.vi}: ${formatViNumber(c.part)}/${formatViNumber(c.whole)} = ${pctVi}%, chỉ tiêu ${goal.vi} năm ${target.year} cần ít nhất ${formatViNumber(required)} — ${met ? 'đạt' : `còn thiếu ${formatViNumber(gap)}`}`,
        en: `${what.en}: ${c.part}/${c.whole} = ${pctEn}%, the ${target.year} target of ${goal.en} needs at least ${required} — ${met ? 'met' : `${gap} short`}`,
      },
    };
  });
  if (issues.length > 0) {
    throw new LearningSocietyError('invalid_input', { vi: 'Số liệu tiến độ không hợp lệ', en: 'Invalid progress counts' }, issues);
  }
  return rows;
}
