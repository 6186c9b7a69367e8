import { LearningSocietyError, type Issue } from 'vn-learning-society';
import { listBefore2025, listFrom2025, mergeTables, type MergeLink, type UnitList } from './data.js';

/** The merge tables of 1 July 2025: each old commune's successors and each new commune's predecessors. */
type Merges = ReturnType<typeof mergeTables>;

/** A row of statistics counted by an old commune (before 1 July 2025): its code and its counts by name. */
export interface CarryOverRow {
  readonly code: string;
  readonly counts: Readonly<Record<string, number>>;
}

/** How to carry counts across the merger. */
export interface CarryOverOptions {
  /**
   * Weights that apportion the counts of a split old commune among the new communes that received its parts, e.g.
   * the households or hamlets of each part as a province counted them: `{ '27694': { '27685': 3, '27700': 1 } }`.
   * Each count is divided in proportion, in whole numbers that add up to the old count (largest remainders, ties to
   * the lower code). Without weights a part is never apportioned.
   */
  readonly weights?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** A new commune with the counts carried into it. */
export interface CarriedUnit {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  /** The sums of the counts of its predecessors that could be carried. */
  readonly counts: Record<string, number>;
  /** True only when every predecessor went in whole and every one had a row: the sums are the new unit's figures. */
  readonly exact: boolean;
  /** Every predecessor, whole or part. */
  readonly from: readonly MergeLink[];
  /** Predecessors for which no row was given (their figures are not in `counts`). */
  readonly missing: readonly string[];
  /** Parts of split communes whose counts were apportioned by `weights` (so `counts` holds an estimate). */
  readonly apportioned: readonly string[];
}

/** An old commune that was split: its figures cannot go whole into any one new commune. */
export interface SplitCommune {
  readonly code: string;
  readonly name: string;
  /** The new communes that received a part of it. */
  readonly into: readonly string[];
  /** Whether `weights` apportioned its counts among them. */
  readonly apportioned: boolean;
}

/** What {@link carryOver} gives. */
export interface CarryOverResult {
  readonly units: readonly CarriedUnit[];
  readonly split: readonly SplitCommune[];
}

function bad(issues: Issue[]): never {
  throw new LearningSocietyError('invalid_input', { vi: 'Không chuyển được số liệu sang đơn vị mới', en: 'Cannot carry the counts over' }, issues);
}

/** Whole numbers that add up to `total`, in proportion to `weights` (largest remainders; ties to the first). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

/**
 * Carries statistics counted by old communes into the communes of 1 July 2025, honestly: a new commune made only of
 * whole old communes gets their exact sums (`exact: true`); one that received part of an old commune gets the sums of
 * its whole predecessors only (`exact: false`), and the split commune is listed in `split` — a part is never
 * apportioned by guessing; `weights` may apportion it, and the result then says so (`apportioned`). A new commune
 * with a predecessor for which no row was given is not exact either, and names it in `missing`.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) for a code that is not an old commune, a code given twice, or a count that is
 * not a whole number — every such row is named; none is dropped.
 *
 * @example
 * ```ts
 * import { carryOver, predecessorsOf } from 'vn-learning-society/units';
 * // Phường Ba Đình (00004): Trúc Bạch and Quán Thánh whole, parts of five other wards.
 * const rows = predecessorsOf('00004').map((l) => ({ code: l.code, counts: { households: 100 } }));
 * const r = carryOver(rows);
 * const baDinh = r.units.find((u) => u.code === '00004')!;
 * baDinh.exact; // false
 * baDinh.counts.households; // 200
 * r.split.length > 0; // true
 * ```
 */
export function carryOver(rows: readonly CarryOverRow[], options: CarryOverOptions = {}): CarryOverResult {
  if (!Array.isArray(rows)) bad([{ path: ['rows'], code: 'invalid_type', message: { vi: 'cần một danh sách { code, counts }', en: 'expected a list of { code, counts }' } }]);
  if (typeof options !== 'object' || options === null) bad([{ path: ['options'], code: 'not_object', message: { vi: 'cần một đối tượng', en: 'expected an object' } }]);
  const old = listBefore2025();
  const now = listFrom2025();
  const m = mergeTables();
  const issues: Issue[] = [];
  const byCode = rowsByCode(rows, old, m, issues);
  const weights = options.weights ?? {};
  checkWeights(weights, m, issues);
  if (issues.length > 0) bad(issues);
  const { shares, split } = splitCommunes(byCode, weights, old, m);
  const touched = new Set<string>();
  for (const code of byCode.keys()) for (const l of m.successors.get(code)!) touched.add(l.code);
  const units: CarriedUnit[] = [...touched].sort().map((code) => carriedUnit(code, byCode, shares, m, now));
  return { units, split: split.sort((a, b) => (a.code < b.code ? -1 : 1)) };
}

/** The rows by old commune's code; each malformed row, unknown code (with a hint of lost leading zeros), repeated code or bad count is an issue. */
function rowsByCode(rows: readonly CarryOverRow[], old: UnitList, m: Merges, issues: Issue[]): Map<string, CarryOverRow> {
  const byCode = new Map<string, CarryOverRow>();
  const firstRow = new Map<string, number>();
  rows.forEach((row, i) => {
    if (typeof row !== 'object' || row === null || typeof row.code !== 'string' || typeof row.counts !== 'object' || row.counts === null) {
      issues.push({ path: [i], code: 'invalid_type', message: { vi: 'mỗi dòng là { code, counts }', en: 'each row is { code, counts }' } });
      return;
    }
    if (!m.successors.has(row.code)) {
      const padded = /^\d{1,4}$/.test(row.code) ? row.code.padStart(5, '0') : undefined;
      const hint = padded && old.byCode.commune.has(padded) ? { vi: `; có phải "${padded}"? (mã giữ số 0 ở đầu)`, en: `; did you mean "${padded}"? (codes keep their leading zeros)` } : { vi: '', en: '' };
      issues.push({ path: [i, 'code'], code: padded && old.byCode.commune.has(padded) ? 'leading_zeros' : 'unknown_unit', message: { vi: `"${row.code}" không phải mã xã trước ngày 01/7/2025${hint.vi}`, en: `"${row.code}" is not a commune code before 1 July 2025${hint.en}` } });
      return;
    }
    const first = firstRow.get(row.code);
    if (first !== undefined) {
      issues.push({ path: [i, 'code'], code: 'duplicate_id', message: { vi: `mã "${row.code}" có hai dòng`, en: `code "${row.code}" is given twice` }, id: row.code, first: [first, 'code'] });
      return;
    }
    for (const [k, v] of Object.entries(row.counts)) {
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) issues.push({ path: [i, 'counts', k], code: 'invalid_count', message: { vi: `số đếm phải là số nguyên không âm, nhận được ${String(v)}`, en: `a count is a non-negative whole number, got ${String(v)}` } });
    }
    byCode.set(row.code, row);
    firstRow.set(row.code, i);
  });
  return byCode;
}

/** Checks the weights: each is of a split commune, names every part it went into and no other, and adds up to more than 0. */
function checkWeights(weights: NonNullable<CarryOverOptions['weights']>, m: Merges, issues: Issue[]): void {
  for (const [oldCode, w] of Object.entries(weights)) {
    const parts = (m.successors.get(oldCode) ?? []).filter((l) => l.share === 'part').map((l) => l.code);
    if (parts.length === 0) {
      issues.push({ path: ['weights', oldCode], code: 'unknown_unit', message: { vi: `"${oldCode}" không phải xã bị chia tách`, en: `"${oldCode}" is not a split commune` } });
      continue;
    }
    for (const code of parts) {
      const x = w[code];
      if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) issues.push({ path: ['weights', oldCode, code], code: 'missing', message: { vi: `cần trọng số cho mọi phần: ${parts.join(', ')}`, en: `needs a weight for every part: ${parts.join(', ')}` } });
    }
    for (const code of Object.keys(w)) {
      if (!parts.includes(code)) issues.push({ path: ['weights', oldCode, code], code: 'unknown_unit', message: { vi: `"${code}" không nhận phần nào của "${oldCode}"`, en: `"${code}" received no part of "${oldCode}"` } });
    }
    if (parts.every((c) => typeof w[c] === 'number') && parts.reduce((s, c) => s + (w[c] ?? 0), 0) <= 0) {
      issues.push({ path: ['weights', oldCode], code: 'zero_whole', message: { vi: 'tổng trọng số phải lớn hơn 0', en: 'the weights must add up to more than 0' } });
    }
  }
}

/** The split communes with a row, and the apportioned counts of each one with weights: old code → new code → counts. */
function splitCommunes(
  byCode: ReadonlyMap<string, CarryOverRow>,
  weights: NonNullable<CarryOverOptions['weights']>,
  old: UnitList,
  m: Merges,
): { shares: Map<string, Map<string, Record<string, number>>>; split: SplitCommune[] } {
  const shares = new Map<string, Map<string, Record<string, number>>>();
  const split: SplitCommune[] = [];
  for (const [code, row] of byCode) {
    const links = m.successors.get(code)!;
    const parts = links.filter((l) => l.share === 'part').map((l) => l.code);
    if (parts.length === 0) continue;
    const w = Object.hasOwn(weights, code) ? weights[code]! : undefined;
    split.push({ code, name: old.byCode.commune.get(code)?.name ?? code, into: links.map((l) => l.code), apportioned: w !== undefined });
    if (w === undefined) continue;
    const byNew = new Map<string, Record<string, number>>(parts.map((p) => [p, {}]));
    for (const [k, v] of Object.entries(row.counts)) {
      const pieces = apportion(v, parts.map((p) => w[p]!));
      parts.forEach((p, i) => (byNew.get(p)![k] = pieces[i]!));
    }
    shares.set(code, byNew);
  }
  return { shares, split };
}

/** A new commune with the sums of its whole predecessors' counts and of the apportioned parts it received. */
function carriedUnit(code: string, byCode: ReadonlyMap<string, CarryOverRow>, shares: ReadonlyMap<string, ReadonlyMap<string, Record<string, number>>>, m: Merges, now: UnitList): CarriedUnit {
  const from = m.predecessors.get(code)!;
  const counts: Record<string, number> = {};
  const add = (c: Readonly<Record<string, number>>) => {
    for (const [k, v] of Object.entries(c)) counts[k] = (counts[k] ?? 0) + v;
  };
  const missing: string[] = [];
  const apportioned: string[] = [];
  for (const link of from) {
    const row = byCode.get(link.code);
    if (!row) missing.push(link.code);
    else if (link.share === 'whole') add(row.counts);
    else {
      const share = shares.get(link.code)?.get(code);
      if (share) {
        add(share);
        apportioned.push(link.code);
      }
    }
  }
  const unit = now.byCode.commune.get(code)!;
  return {
    code,
    name: unit.name,
    province: unit.province!,
    counts,
    exact: missing.length === 0 && from.every((l) => l.share === 'whole'),
    from: from.map((l) => ({ ...l })),
    missing,
    apportioned,
  };
}
