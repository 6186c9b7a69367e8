/**
 * Vietnam's administrative units (đơn vị hành chính) from 1 July 2025 alone: the 34 provinces and 3,321 communes of the
 * two-tier list, with the lookups of `vn-learning-society/units` by code and by name. A bundle of it carries this one
 * list, without the list before the reform (63 provinces, 10,047 communes) or the merge table that
 * `vn-learning-society/units` carries; for a day before 1 July 2025, or to carry figures across the merger, use that
 * entry point. The functions are the same, with the same arguments, answers and errors, on the 2025 list.
 *
 * A separate entry point, `vn-learning-society/units/2025`: the core does not import it.
 *
 * @packageDocumentation
 */
import { toIsoDate, type CalendarDate, type UnitChecker } from 'vn-learning-society';
// The types of vn-learning-society/units, by the package's name: one declaration of each for both entry points.
import type { AdminUnit, FindUnitOptions, ListUnitsOptions, UnitLevel, UnitSearch } from 'vn-learning-society/units';
import { listFrom2025, type UnitList } from '../data.js';
import { fail, findUnitIn, listUnitsIn, unitByCodeIn, unitCheckerIn } from '../lookup.js';

export type { AdminUnit, FindUnitOptions, ListUnitsOptions, UnitLevel, UnitListId, UnitSearch } from 'vn-learning-society/units';

/** The first day of the 2025 list (two-tier local government), the only list of this entry point. */
export const UNITS_REFORM_DATE = '2025-07-01';

/**
 * The 2025 list, for any day from 1 July 2025 (without a day: the 2025 list, the newest). An earlier day is refused,
 * naming the entry point that has the list before the reform.
 */
function listAt(at: CalendarDate | undefined): UnitList {
  if (at === undefined) return listFrom2025();
  const day = toIsoDate(at);
  if (day < UNITS_REFORM_DATE) {
    fail({ vi: 'Không có danh mục cho ngày này', en: 'No list for this day' }, [
      {
        path: ['at'],
        code: 'no_list',
        message: {
          vi: `vn-learning-society/units/2025 chỉ có danh mục từ ngày 01/07/2025; ${day} sớm hơn: danh mục trước đó ở vn-learning-society/units`,
          en: `vn-learning-society/units/2025 has only the list from 2025-07-01; ${day} is earlier: the list before is in vn-learning-society/units`,
        },
      },
    ]);
  }
  return listFrom2025();
}

/**
 * The units of one level on the 2025 list, in the statistics office's order (`district` is an empty list: there is
 * no district level from 1 July 2025), as `listUnits` of `vn-learning-society/units` gives them.
 *
 * @example
 * ```ts
 * import { listUnits } from 'vn-learning-society/units/2025';
 * listUnits({ level: 'province' }).length; // 34
 * listUnits({ level: 'commune' }).length; // 3321
 * listUnits({ level: 'commune', province: '80' })[0]?.name; // 'Xã Hưng Điền'
 * ```
 */
export function listUnits(options: ListUnitsOptions): AdminUnit[] {
  return listUnitsIn(listAt, options);
}

/**
 * A unit by its code on the 2025 list (constant time), as `unitByCode` of `vn-learning-society/units` gives it.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `unknown_unit`, `leading_zeros` for a code that lost
 * them (`4` for `00004`), or `no_list` for a day before 1 July 2025.
 *
 * @example
 * ```ts
 * import { unitByCode } from 'vn-learning-society/units/2025';
 * unitByCode('00004').name; // 'Phường Ba Đình'
 * unitByCode('80', { level: 'province' }).name; // 'Tỉnh Tây Ninh'
 * ```
 */
export function unitByCode(code: string, options: { level?: UnitLevel; at?: CalendarDate } = {}): AdminUnit {
  return unitByCodeIn(listAt, code, options);
}

/**
 * A unit of the 2025 list by its code, or by its name as people write it (with or without diacritics and type words,
 * with the usual abbreviations), as `findUnit` of `vn-learning-society/units` finds it: an exact name first (with
 * `ambiguous` when several units in scope share it), else candidates ranked by how they start, contain or are spelt.
 *
 * @example
 * ```ts
 * import { findUnit } from 'vn-learning-society/units/2025';
 * findUnit('P. Ba Đình').unit?.code; // '00004'
 * findUnit('TP HCM').unit?.code; // '79'
 * findUnit('Xã An Phú').ambiguous; // true
 * ```
 */
export function findUnit(query: string, options: FindUnitOptions = {}): UnitSearch {
  return findUnitIn(listAt, query, options);
}

/**
 * A checker of unit codes on the 2025 list for a `Tally` (`new Tally({ units: unitChecker() })`), as `unitChecker` of
 * `vn-learning-society/units` makes it: every commune a result is filed under must be on the list, under the province
 * the list gives; an unknown code is refused with the nearest codes.
 *
 * @example
 * ```ts
 * import { Tally } from 'vn-learning-society';
 * import { unitChecker } from 'vn-learning-society/units/2025';
 * const t = new Tally({ units: unitChecker() });
 * t.add({ province: '01', commune: '00004', model: 'learning-family', recognized: true });
 * t.by('province')[0]?.counts['learning-family']; // { evaluated: 1, recognized: 1 }
 * ```
 */
export function unitChecker(options: { at?: CalendarDate } = {}): UnitChecker {
  return unitCheckerIn(listAt, options);
}
