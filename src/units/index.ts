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
import { requiredCount, toIsoDate, type CalendarDate, type Target, type UnitChecker } from 'vn-learning-society';
import { listBefore2025, listFrom2025, mergeTables, type AdminUnit, type MergeLink, type UnitLevel, type UnitList } from './data.js';
import { fail, findUnitIn, listUnitsIn, unitByCodeIn, unitCheckerIn, unknownCode, type FindUnitOptions, type ListUnitsOptions, type UnitSearch } from './lookup.js';

export type { AdminUnit, MergeLink, UnitLevel, UnitListId } from './data.js';
export type { FindUnitOptions, ListUnitsOptions, UnitSearch } from './lookup.js';

/** The first day of the 2025 lists (two-tier local government). */
export const UNITS_REFORM_DATE = '2025-07-01';
/** The day of the list in force before the reform, the earliest day the package has a list for. */
export const UNITS_EARLIEST_LIST = '2025-03-01';

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
  return listUnitsIn(listAt, options);
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
  return unitByCodeIn(listAt, code, options);
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
  return findUnitIn(listAt, query, options);
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
  return unitCheckerIn(listAt, options);
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
