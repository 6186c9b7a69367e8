import { closestNames, findPlace, LearningSocietyError, type CalendarDate, type Issue, type Label, type UnitChecker } from 'vn-learning-society';
import { letterCounts, letterPairs, pairIndex, type AdminUnit, type UnitLevel, type UnitList } from './data.js';
import { bareKey, nameKey } from './name.js';

// The lookups of vn-learning-society/units, on whichever lists an entry point gives them: `listAt` is the list in
// force on a day (vn-learning-society/units: both lists; vn-learning-society/units/2025: the 2025 list alone, so that a
// bundle of it carries neither the list before the reform nor the merge table). Argument checks and errors are the
// same whichever entry point is used.

/** The list of units to look in on a day (`undefined`: the newest), or an error for a day it has no list for. */
export type ListAt = (at: CalendarDate | undefined) => UnitList;

const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];
/** The length of a code at each level, with its leading zeros. */
const CODE_LENGTH: Readonly<Record<UnitLevel, number>> = { province: 2, district: 3, commune: 5 };
/** A query longer than this is not a unit name. */
const MAX_QUERY = 200;

/** Throws `invalid_input` with a summary and issues in both languages. */
export function fail(summary: Label, issues: Issue[]): never {
  throw new LearningSocietyError('invalid_input', summary, issues);
}

function checkLevel(level: unknown): UnitLevel | undefined {
  if (level === undefined) return undefined;
  if (!LEVELS.includes(level as UnitLevel)) {
    fail({ vi: 'Cấp không hợp lệ', en: 'Invalid level' }, [{ path: ['level'], code: 'invalid_level', message: { vi: `cấp là province, district hoặc commune, nhận được ${String(typeof level === 'string' ? level : typeof level)}`, en: `a level is province, district or commune, got ${String(typeof level === 'string' ? level : typeof level)}` } }]);
  }
  return level as UnitLevel;
}

/** What `listUnits` lists. */
export interface ListUnitsOptions {
  readonly level: UnitLevel;
  /** Only the units of this province: its code in the list of the day (`87`), or another code of it (`VN-45`, `87@2025-03-01`). */
  readonly province?: string;
  /** The day (default: the newest list, from 1 July 2025). */
  readonly at?: CalendarDate;
}

/** `listUnits` on the lists of `listAt`. */
export function listUnitsIn(listAt: ListAt, options: ListUnitsOptions): AdminUnit[] {
  if (typeof options !== 'object' || options === null) fail({ vi: 'Thiếu tùy chọn', en: 'Missing options' }, [{ path: [], code: 'not_object', message: { vi: 'cần { level, province?, at? }', en: 'expected { level, province?, at? }' } }]);
  const level = checkLevel(options.level)!;
  const list = listAt(options.at);
  const all = level === 'province' ? list.provinces : level === 'district' ? list.districts : list.communes;
  if (options.province === undefined) return [...all];
  const province = provinceOf(list, options.province);
  return all.filter((u) => (level === 'province' ? u.code === province.code : u.province === province.code));
}

function provinceOf(list: UnitList, code: unknown): AdminUnit {
  if (typeof code !== 'string') fail({ vi: 'Mã tỉnh không hợp lệ', en: 'Invalid province code' }, [{ path: ['province'], code: 'invalid_type', message: { vi: 'mã tỉnh là chuỗi hai chữ số, vd. "80"', en: 'a province code is two digits as text, e.g. "80"' } }]);
  // Another code of the same province of this list: its ISO code (VN-45, before 1 July 2025) or its key (87@2025-03-01).
  const place = findPlace(code, { list: list.id });
  const found = list.byCode.province.get(place?.list === list.id ? place.code : code);
  if (found) return found;
  return unknownCode(list, code, 'province');
}

/** The error for a code `list` does not have: `leading_zeros` for a code that lost them, else `unknown_unit`. */
export function unknownCode(list: UnitList, code: string, level: UnitLevel | undefined): never {
  const levels = level ? [level] : LEVELS;
  for (const l of levels) {
    const width = CODE_LENGTH[l];
    if (code.length < width && /^\d+$/.test(code)) {
      const padded = code.padStart(width, '0');
      const unit = list.byCode[l].get(padded);
      if (unit) {
        fail({ vi: `Mã "${code}" thiếu số 0 ở đầu`, en: `Code "${code}" lacks its leading zeros` }, [
          { path: ['code'], code: 'leading_zeros', message: { vi: `mã giữ nguyên các số 0 ở đầu: "${padded}" (${unit.name}); ô Excel định dạng số làm mất chúng — hãy định dạng cột là văn bản`, en: `codes keep their leading zeros: "${padded}" (${unit.name}); an Excel cell formatted as a number drops them — format the column as text` } },
        ]);
      }
    }
  }
  fail({ vi: `Không có đơn vị mã "${code}" trong danh mục ${list.id}`, en: `No unit with code "${code}" in the ${list.id} list` }, [
    { path: ['code'], code: 'unknown_unit', message: { vi: `danh mục ${list.id} không có mã này${level ? ` ở cấp ${level}` : ''}`, en: `the ${list.id} list has no such code${level ? ` at level ${level}` : ''}` } },
  ]);
}

/** `unitByCode` on the lists of `listAt`. */
export function unitByCodeIn(listAt: ListAt, code: string, options: { level?: UnitLevel; at?: CalendarDate } = {}): AdminUnit {
  if (typeof code !== 'string') fail({ vi: 'Mã không hợp lệ', en: 'Invalid code' }, [{ path: ['code'], code: 'invalid_type', message: { vi: 'mã là chuỗi chữ số, giữ số 0 ở đầu, vd. "00004"', en: 'a code is digits as text, with its leading zeros, e.g. "00004"' } }]);
  if (typeof options !== 'object' || options === null) fail({ vi: 'Tùy chọn không hợp lệ', en: 'Invalid options' }, [{ path: ['options'], code: 'not_object', message: { vi: 'cần { level?, at? }', en: 'expected { level?, at? }' } }]);
  const level = checkLevel(options.level);
  const list = listAt(options.at);
  for (const l of level ? [level] : LEVELS) {
    const unit = list.byCode[l].get(code);
    if (unit) return unit;
  }
  return unknownCode(list, code, level);
}

/** One answer of `findUnit`. */
export interface UnitSearch {
  /** The unit, when the query names exactly one (by code, or by a name no other unit in scope has). */
  readonly unit?: AdminUnit;
  /** True when several units in scope have exactly the name asked (many communes are called `Xã An Phú`). */
  readonly ambiguous: boolean;
  /** Exact matches first (all of them when ambiguous), then the nearest names, best first (at most `limit`). */
  readonly candidates: readonly AdminUnit[];
}

/** Where `findUnit` looks. */
export interface FindUnitOptions {
  readonly at?: CalendarDate;
  readonly level?: UnitLevel;
  /** Only units of this province (its code), or the province itself. */
  readonly province?: string;
  /** How many candidates at most (default 10). */
  readonly limit?: number;
}

/** `findUnit` on the lists of `listAt`. */
export function findUnitIn(listAt: ListAt, query: string, options: FindUnitOptions = {}): UnitSearch {
  if (typeof query !== 'string' || query.trim() === '' || query.length > MAX_QUERY) {
    fail({ vi: 'Câu tìm không hợp lệ', en: 'Invalid query' }, [
      { path: ['query'], code: 'invalid_query', message: { vi: `cần tên hoặc mã đơn vị, từ 1 đến ${MAX_QUERY} ký tự`, en: `expected a unit's name or code, 1 to ${MAX_QUERY} characters` } },
    ]);
  }
  if (typeof options !== 'object' || options === null) fail({ vi: 'Tùy chọn không hợp lệ', en: 'Invalid options' }, [{ path: ['options'], code: 'not_object', message: { vi: 'cần một đối tượng', en: 'expected an object' } }]);
  const level = checkLevel(options.level);
  const list = listAt(options.at);
  const limit = options.limit ?? 10;
  const province = options.province === undefined ? undefined : provinceOf(list, options.province).code;
  const inScope = (u: AdminUnit) => (level === undefined || u.level === level) && (province === undefined || u.province === province || (u.level === 'province' && u.code === province));
  const trimmed = query.trim();
  if (/^\d+$/.test(trimmed)) {
    const byCode = (level ? [level] : LEVELS).map((l) => list.byCode[l].get(trimmed)).filter((u): u is AdminUnit => u !== undefined && inScope(u));
    if (byCode.length === 1) return { unit: byCode[0]!, ambiguous: false, candidates: byCode };
    if (byCode.length > 1) return { ambiguous: true, candidates: byCode };
    return unknownCode(list, trimmed, level);
  }
  const key = nameKey(trimmed);
  const bare = bareKey(key);
  const typed = key !== bare;
  // Exact: the full name when the query has a type word ("Phường Ba Đình"), else the bare name ("Ba Đình").
  const exact = ((typed ? list.byName.get(key) : list.byBareName.get(bare)) ?? []).filter(inScope);
  if (exact.length === 1) return { unit: exact[0]!, ambiguous: false, candidates: exact };
  if (exact.length > 1) return { ambiguous: true, candidates: exact.slice(0, Math.max(limit, exact.length)) };
  // Ranked: starts with, then contains, then nearest by spelling.
  const starts: AdminUnit[] = [];
  const contains: AdminUnit[] = [];
  for (const k of list.keys) {
    if (!inScope(k.unit)) continue;
    if (k.bare.startsWith(bare) || k.key.startsWith(key)) starts.push(k.unit);
    else if (k.key.includes(bare)) contains.push(k.unit);
  }
  let ranked = [...starts, ...contains];
  if (ranked.length === 0) {
    // Nearest by spelling: at most a third of the letters (at least two) edited, nearest first.
    const limitEdits = Math.max(2, Math.floor(bare.length / 3));
    const scored: { unit: AdminUnit; d: number }[] = [];
    // A name within k edits shares at least (pairs − 2k) of the query's letter pairs (each edit breaks at most two):
    // count the shared pairs through the pair index, and compute the distance only for names that share enough.
    const pairs = letterPairs(bare);
    const needed = pairs.length - 2 * limitEdits;
    const letters = letterCounts(bare);
    const consider = (i: number) => {
      const k = list.keys[i]!;
      if (Math.abs(k.bare.length - bare.length) > limitEdits || !inScope(k.unit)) return;
      let apart = 0;
      for (let c = 0; c < 32 && apart <= 2 * limitEdits; c++) apart += Math.abs(letters[c]! - k.letters[c]!);
      if (apart > 2 * limitEdits) return;
      const d = boundedDistance(bare, k.bare, limitEdits);
      if (d <= limitEdits) scored.push({ unit: k.unit, d });
    };
    if (needed <= 0) {
      for (let i = 0; i < list.keys.length; i++) consider(i);
    } else {
      const shared = new Uint8Array(list.keys.length);
      const index = pairIndex(list);
      for (const p of pairs) {
        const at = index.get(p);
        if (!at) continue;
        for (let j = 0; j < at.length; j++) {
          const i = at[j]!;
          if (++shared[i]! === needed) consider(i);
        }
      }
    }
    ranked = scored.sort((a, b) => a.d - b.d).map((x) => x.unit);
  }
  return { ambiguous: false, candidates: ranked.slice(0, limit) };
}

/**
 * The edit distance of two folded names when it is at most `max`, else `max + 1`: only the band of width `2 × max + 1`
 * around the diagonal is computed, and the row stops early once every cell exceeds `max` (time O(length × max)).
 */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let previous = new Array<number>(width);
  let current = new Array<number>(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[0] = i;
    if (from > 1) current[from - 1] = max + 1;
    let best = max + 1;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const up = j <= i - 1 + max ? previous[j]! : max + 1;
      const left = j - 1 >= from ? current[j - 1]! : j - 1 === 0 ? i : max + 1;
      const d = Math.min(up + 1, left + 1, previous[j - 1]! + cost);
      current[j] = d;
      if (d < best) best = d;
    }
    if (to < b.length) current[to + 1] = max + 1;
    if (best > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** `unitChecker` on the lists of `listAt`. */
export function unitCheckerIn(listAt: ListAt, options: { at?: CalendarDate } = {}): UnitChecker {
  if (typeof options !== 'object' || options === null) fail({ vi: 'Tùy chọn không hợp lệ', en: 'Invalid options' }, [{ path: ['options'], code: 'not_object', message: { vi: 'cần { at? }', en: 'expected { at? }' } }]);
  const list = listAt(options.at);
  const communes = list.byCode.commune;
  return {
    list: list.id,
    provinceOf: (code) => communes.get(code)?.province,
    districtOf: (code) => communes.get(code)?.district,
    nearest: (code) => {
      if (typeof code !== 'string') return [];
      if (/^\d{1,4}$/.test(code) && communes.has(code.padStart(5, '0'))) return [`${code.padStart(5, '0')} (${communes.get(code.padStart(5, '0'))!.name})`];
      return closestNames(code, communes.keys()).slice(0, 5).map((c) => `${c} (${communes.get(c)!.name})`);
    },
  };
}
