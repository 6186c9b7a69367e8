/**
 * Vietnam's administrative units (đơn vị hành chính) before and after 1 July 2025, as data: the 63 provinces, 696
 * districts and 10,047 communes in force before, the 34 provinces and 3,321 communes from that day, and which old
 * communes (whole or part) make up each new one — with lookups by code and by name, and a way to carry statistics
 * across the merger honestly.
 *
 * A separate entry point, `vn-learning-society/units`: the core does not import it, and a bundle that does not use
 * it carries none of its data.
 *
 * @packageDocumentation
 */
import { closestNames, findPlace, LearningSocietyError, requiredCount, toIsoDate, type CalendarDate, type Issue, type Label, type Target, type UnitChecker } from 'vn-learning-society';
import { letterCounts, letterPairs, listBefore2025, pairIndex, listFrom2025, mergeTables, type AdminUnit, type MergeLink, type UnitLevel, type UnitList } from './data.js';
import { bareKey, nameKey } from './name.js';

export type { AdminUnit, MergeLink, UnitLevel, UnitListId } from './data.js';

/** The first day of the 2025 lists (two-tier local government). */
export const UNITS_REFORM_DATE = '2025-07-01';
/** The day of the list in force before the reform, the earliest day the package has a list for. */
export const UNITS_EARLIEST_LIST = '2025-03-01';

const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];
/** The length of a code at each level, with its leading zeros. */
const CODE_LENGTH: Readonly<Record<UnitLevel, number>> = { province: 2, district: 3, commune: 5 };
/** A query longer than this is not a unit name. */
const MAX_QUERY = 200;

function fail(summary: Label, issues: Issue[]): never {
  throw new LearningSocietyError('invalid_input', summary, issues);
}

function checkLevel(level: unknown): UnitLevel | undefined {
  if (level === undefined) return undefined;
  if (!LEVELS.includes(level as UnitLevel)) {
    fail({ vi: 'Cấp không hợp lệ', en: 'Invalid level' }, [{ path: ['level'], code: 'invalid_level', message: { vi: `cấp là province, district hoặc commune, nhận được ${String(typeof level === 'string' ? level : typeof level)}`, en: `a level is province, district or commune, got ${String(typeof level === 'string' ? level : typeof level)}` } }]);
  }
  return level as UnitLevel;
}

/**
 * The list in force on a day: before 1 July 2025 the three-level list (as of 1 March 2025), from that day the 2025
 * list. Without a day, the newest list the package ships (the library reads no clock). A day before 1 March 2025 is
 * refused: the package has no list for it.
 */
function listAt(at: CalendarDate | undefined): UnitList {
  if (at === undefined) return listFrom2025();
  const day = toIsoDate(at);
  if (day < UNITS_EARLIEST_LIST) {
    fail({ vi: 'Không có danh mục cho ngày này', en: 'No list for this day' }, [
      {
        path: ['at'],
        code: 'no_list',
        message: {
          vi: `danh mục sớm nhất của gói là ngày 01/03/2025; ${day} sớm hơn (số liệu cuối năm 2024 của những đơn vị không đổi từ đó: dùng at: '2025-03-01')`,
          en: `the package's earliest list is of 2025-03-01; ${day} is earlier (for end-of-2024 figures of units unchanged since, use at: '2025-03-01')`,
        },
      },
    ]);
  }
  return day >= UNITS_REFORM_DATE ? listFrom2025() : listBefore2025();
}

/** What {@link listUnits} lists. */
export interface ListUnitsOptions {
  readonly level: UnitLevel;
  /** Only the units of this province: its code in the list of the day (`87`), or another code of it (`VN-45`, `87@2025-03-01`). */
  readonly province?: string;
  /** The day (default: the newest list, from 1 July 2025). */
  readonly at?: CalendarDate;
}

/**
 * The units of one level in force on a day, in the statistics office's order: before 1 July 2025 the old lists, from
 * that day the new ones; `district` from that day is an empty list (there is no district level).
 *
 * @example
 * ```ts
 * import { listUnits } from 'vn-learning-society/units';
 * listUnits({ level: 'province' }).length; // 34
 * listUnits({ level: 'province', at: '2025-06-30' }).length; // 63
 * listUnits({ level: 'district', at: '2025-07-01' }).length; // 0
 * listUnits({ level: 'commune', province: '80' })[0]?.name; // 'Xã Hưng Điền'
 * listUnits({ level: 'district', province: 'VN-45', at: '2025-06-30' }).length; // 12 (Đồng Tháp, ISO code before the merger)
 * ```
 */
export function listUnits(options: ListUnitsOptions): AdminUnit[] {
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

function unknownCode(list: UnitList, code: string, level: UnitLevel | undefined): never {
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

/**
 * A unit by its code in the list in force on a day (constant time).
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `unknown_unit`, or `leading_zeros` for a code that lost them (`4` for `00004`).
 *
 * @example
 * ```ts
 * import { unitByCode } from 'vn-learning-society/units';
 * unitByCode('00004').name; // 'Phường Ba Đình'
 * unitByCode('80', { level: 'province', at: '2025-06-30' }).name; // 'Tỉnh Long An'
 * ```
 */
export function unitByCode(code: string, options: { level?: UnitLevel; at?: CalendarDate } = {}): AdminUnit {
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

/** One answer of {@link findUnit}. */
export interface UnitSearch {
  /** The unit, when the query names exactly one (by code, or by a name no other unit in scope has). */
  readonly unit?: AdminUnit;
  /** True when several units in scope have exactly the name asked (many communes are called `Xã An Phú`). */
  readonly ambiguous: boolean;
  /** Exact matches first (all of them when ambiguous), then the nearest names, best first (at most `limit`). */
  readonly candidates: readonly AdminUnit[];
}

/** Where {@link findUnit} looks. */
export interface FindUnitOptions {
  readonly at?: CalendarDate;
  readonly level?: UnitLevel;
  /** Only units of this province (its code), or the province itself. */
  readonly province?: string;
  /** How many candidates at most (default 10). */
  readonly limit?: number;
}

/**
 * A unit by its code, or by its name as people write it: with or without diacritics and type words, with the usual
 * abbreviations (`Phường Ba Đình`, `phuong ba dinh`, `P. Ba Đình`, `TP HCM`, `Tp. Hồ Chí Minh`). An exact name comes
 * first; when two units in scope share it, `ambiguous` is true and no unit is picked — narrow the search by
 * `province` or `level`. Otherwise the candidates are ranked: names that start with the query, then those that
 * contain it, then the nearest by spelling.
 *
 * @example
 * ```ts
 * import { findUnit } from 'vn-learning-society/units';
 * findUnit('P. Ba Đình').unit?.code; // '00004'
 * findUnit('TP HCM').unit?.code; // '79'
 * findUnit('Xã An Phú').ambiguous; // true
 * findUnit('00004').unit?.name; // 'Phường Ba Đình'
 * ```
 */
export function findUnit(query: string, options: FindUnitOptions = {}): UnitSearch {
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

function isCode(code: unknown, name: string): asserts code is string {
  if (typeof code !== 'string' || !/^\d{2,5}$/.test(code)) {
    fail({ vi: 'Mã không hợp lệ', en: 'Invalid code' }, [{ path: [name], code: 'invalid_type', message: { vi: 'mã là chuỗi 2 đến 5 chữ số, giữ số 0 ở đầu', en: 'a code is 2 to 5 digits as text, with its leading zeros' } }]);
  }
}

/**
 * The new units an old one went into on 1 July 2025, each `whole` or `part`: a commune (5 digits) into new communes,
 * a province (2 digits) into its new province, and the five island districts (3 digits) into special zones.
 *
 * @example
 * ```ts
 * import { successorsOf } from 'vn-learning-society/units';
 * successorsOf('00013'); // [{ code: '00004', name: 'Phường Ba Đình', share: 'whole' }]
 * successorsOf('80')[0]?.name; // 'Tỉnh Tây Ninh'
 * ```
 */
export function successorsOf(oldCode: string): MergeLink[] {
  isCode(oldCode, 'oldCode');
  const m = mergeTables();
  const found = (oldCode.length === 2 ? m.provinceSuccessors : m.successors).get(oldCode);
  if (!found) return unknownCode(listBefore2025(), oldCode, oldCode.length === 2 ? 'province' : oldCode.length === 5 ? 'commune' : undefined);
  return found.map((l) => ({ ...l }));
}

/**
 * The old units a new one is made of, each `whole` or `part` (only part of that old unit went into this one).
 *
 * @example
 * ```ts
 * import { predecessorsOf } from 'vn-learning-society/units';
 * predecessorsOf('00004').filter((l) => l.share === 'whole').map((l) => l.name); // ['Phường Trúc Bạch', 'Phường Quán Thánh']
 * predecessorsOf('80').map((l) => l.name); // ['Tỉnh Tây Ninh', 'Tỉnh Long An']
 * ```
 */
export function predecessorsOf(newCode: string): MergeLink[] {
  isCode(newCode, 'newCode');
  const m = mergeTables();
  const found = (newCode.length === 2 ? m.provincePredecessors : m.predecessors).get(newCode);
  if (!found) return unknownCode(listFrom2025(), newCode, newCode.length === 2 ? 'province' : 'commune');
  return found.map((l) => ({ ...l }));
}

/**
 * A checker of unit codes for a `Tally` (`new Tally({ units: unitChecker({ at }) })`): every commune a result is
 * filed under must be in the list in force on that day, under the province (and, before 1 July 2025, the district)
 * the list gives; an unknown code is refused with the nearest codes. Province codes are the statistics office's
 * (`80`), as in the lists.
 *
 * @example
 * ```ts
 * import { Tally } from 'vn-learning-society';
 * import { unitChecker } from 'vn-learning-society/units';
 * const t = new Tally({ units: unitChecker({ at: '2025-11-15' }) });
 * t.add({ province: '01', commune: '00004', model: 'learning-family', recognized: true });
 * try { t.add({ province: '79', commune: '00070', model: 'learning-family', recognized: true }); } catch (e) { (e as Error).message; } // …belongs to province 01…
 * ```
 */
export function unitChecker(options: { at?: CalendarDate } = {}): UnitChecker {
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

/** The size of a target's population of units, and what the target then requires. */
export interface TargetDenominator {
  /** The number of units: the provinces of the country, or the communes of a province, on the list of `at`. */
  readonly whole: number;
  /** The target's date: the last day of its year. */
  readonly at: string;
  /** The list counted. */
  readonly list: string;
  /** For a percentage target: the least number of units that meets it (the ceiling of whole × percent). */
  readonly required?: number;
}

/**
 * The denominator of a target counted in administrative units (`unitLevel`): the number of provinces of the country
 * (or communes of a province) on the list in force on the target's date — the last day of its year. A 2025 target of
 * "70 % of provinces" is counted on the 34 provinces of the 2025 list, not the 63 of the plan's own day.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) for a target that is not counted in units, or a day without a list.
 *
 * @example
 * ```ts
 * import { listTargets } from 'vn-learning-society';
 * import { targetDenominator } from 'vn-learning-society/units';
 * const literacy = listTargets().find((t) => t.id === 'targets-qd-1373-2021')!.targets.find((t) => t.id === 'literacy-l2-2025')!;
 * targetDenominator(literacy); // { whole: 34, at: '2025-12-31', list: '2025-07-01', required: 24 }
 * ```
 */
export function targetDenominator(target: Target, options: { province?: string } = {}): TargetDenominator {
  if (typeof target !== 'object' || target === null || (target.unitLevel !== 'province' && target.unitLevel !== 'commune')) {
    fail({ vi: 'Chỉ tiêu không tính theo đơn vị hành chính', en: 'The target is not counted in administrative units' }, [
      { path: ['unitLevel'], code: 'missing', message: { vi: 'chỉ tiêu cần trường unitLevel (province hoặc commune)', en: 'the target needs unitLevel (province or commune)' } },
    ]);
  }
  if (typeof options !== 'object' || options === null) fail({ vi: 'Tùy chọn không hợp lệ', en: 'Invalid options' }, [{ path: ['options'], code: 'not_object', message: { vi: 'cần { province? }', en: 'expected { province? }' } }]);
  const at = `${target.year}-12-31`;
  const units = listUnits({ level: target.unitLevel, at, ...(options.province !== undefined && target.unitLevel === 'commune' ? { province: options.province } : {}) });
  const whole = units.length;
  return { whole, at, list: listAt(at).id, ...(target.value.kind === 'percent' ? { required: requiredCount(whole, target.value.percent) } : {}) };
}

export { carryOver, type CarriedUnit, type CarryOverOptions, type CarryOverResult, type CarryOverRow, type SplitCommune } from './carry-over.js';
