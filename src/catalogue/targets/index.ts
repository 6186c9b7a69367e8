import type { Jurisdiction } from '../../document/jurisdiction/index.js';
import { checkTargetYear, parseTargetTable, selectTargetsWithNotes, type TargetEntry, type TargetSelection } from '../../programme/targets/index.js';
import type { TargetTable } from '../../programme/targets/schema.js';
import { KH_59_SGDDT_HKH_2023, KH_DONG_THAP_2030, QD_1373_TTG, QD_281_TTG, QD_387_TTG, QD_677_TTG } from '../legal-sources/index.js';
import { shipped } from '../shipped/index.js';
import qd281File from '../../../data/targets/targets-qd-281-2014.json' with { type: 'json' };
import qd1373File from '../../../data/targets/targets-qd-1373-2021.json' with { type: 'json' };
import qd387File from '../../../data/targets/targets-qd-387-2022.json' with { type: 'json' };
import qd677File from '../../../data/targets/targets-qd-677-2022.json' with { type: 'json' };
import dongThapFile from '../../../data/targets/targets-dong-thap-2030.json' with { type: 'json' };
import hcmcFile from '../../../data/targets/targets-hcmc-2023.json' with { type: 'json' };
import { requireArray, requireObject } from '../../core/internal/args.js';
import { checkJurisdictionCode } from '../../document/jurisdiction/index.js';
import { findPlace } from '../../document/place/index.js';

const qd281: TargetTable = /* @__PURE__ */ shipped<TargetTable>(qd281File, [QD_281_TTG]);
const qd1373: TargetTable = /* @__PURE__ */ shipped<TargetTable>(qd1373File, [QD_1373_TTG]);
const qd387: TargetTable = /* @__PURE__ */ shipped<TargetTable>(qd387File, [QD_387_TTG]);
const qd677: TargetTable = /* @__PURE__ */ shipped<TargetTable>(qd677File, [QD_677_TTG]);
const dongThap: TargetTable = /* @__PURE__ */ shipped<TargetTable>(dongThapFile, [KH_DONG_THAP_2030, QD_387_TTG]);
const hcmc: TargetTable = /* @__PURE__ */ shipped<TargetTable>(hcmcFile, [KH_59_SGDDT_HKH_2023]);

/**
 * Every shipped target table (data/targets/), in catalogue order: the national programmes (QĐ 281/QĐ-TTg to 2020,
 * QĐ 1373/QĐ-TTg and QĐ 387/QĐ-TTg to 2025 and 2030, QĐ 677/QĐ-TTg for learning citizens), then Đồng Tháp's plan
 * to 2030 (seed 001) and Ho Chi Minh City's plan 59/KH-SGDĐT-HKH for 2023 (seed 002).
 */
const TARGET_TABLES: readonly TargetTable[] = /* @__PURE__ */ (() => [qd281, qd1373, qd387, qd677, dongThap, hcmc])();

/** The province of Đồng Tháp (ISO 3166-2 code before the 2025 merger), as its target table names it. */
export const DONG_THAP: Jurisdiction = /* @__PURE__ */ (() => dongThap.jurisdiction)();
/** Ho Chi Minh City, as its target table names it. */
export const HO_CHI_MINH_CITY: Jurisdiction = /* @__PURE__ */ (() => hcmc.jurisdiction)();

/** Options of {@link listTargets} and {@link targetsFor}: your own tables (a province's), looked up before the shipped ones. */
export interface TargetLookup {
  readonly tables?: readonly TargetTable[];
}

function allTables(lookup: TargetLookup): TargetTable[] {
  requireObject(lookup, 'lookup');
  if (lookup.tables !== undefined) requireArray(lookup.tables, 'lookup.tables');
  return [...(lookup.tables ?? []).map((t) => parseTargetTable(t)), ...TARGET_TABLES.map((t) => structuredClone(t))];
}

/**
 * The shipped target tables (and your own, first), optionally of one jurisdiction: its code as a table writes it, or
 * any code of the same place (`VN-45` finds the table of `87@2025-03-01`; a bare statistics code is read in the newest
 * list).
 *
 * @example
 * ```ts
 * import { listTargets } from 'vn-learning-society';
 * listTargets({ jurisdiction: 'VN-SG' })[0]?.targets.length; // 7
 * listTargets({ jurisdiction: 'VN-45' })[0]?.jurisdiction.code; // '87@2025-03-01'
 * ```
 */
export function listTargets(filter: { jurisdiction?: string } = {}, lookup: TargetLookup = {}): TargetTable[] {
  requireObject(filter, 'filter');
  const wanted = filter.jurisdiction === undefined ? undefined : findPlace(filter.jurisdiction)?.key;
  return allTables(lookup).filter((t) => filter.jurisdiction === undefined || t.jurisdiction.code === filter.jurisdiction || (wanted !== undefined && findPlace(t.jurisdiction.code)?.key === wanted));
}

/**
 * The targets that apply to a jurisdiction in a year: for each indicator (and sub-population), the next milestone
 * at or after `year` from the tables of the same place, then of a wider place it is part of, and for indicators those
 * have none of, from the national ones. A table counts when its period covers the year. The place is named by any of
 * its codes (`VN-45`, `87@2025-03-01`, or a bare statistics code read on the year's last day): see
 * {@link targetSelectionFor} for what the choice comes to (a province merged on 1 July 2025, a table that covers only
 * part of the place).
 *
 * @example
 * ```ts
 * import { targetsFor } from 'vn-learning-society';
 * const dt = targetsFor('VN-45', 2024);
 * dt.find((t) => t.indicator === 'learning-families')?.value; // { kind: 'percent', percent: 90 }
 * ```
 */
export function targetsFor(jurisdiction: string, year: number, lookup: TargetLookup = {}): TargetEntry[] {
  return targetSelectionFor(jurisdiction, year, lookup).entries;
}

/**
 * The targets of {@link targetsFor} with notes on what they come to (chọn chỉ tiêu theo địa bàn): the place the code
 * names on the year's last day; whether it is a province before 1 July 2025 asked for a later year (its targets are of
 * that former territory only); tables left out because they cover only part of the place (a pre-merger province's
 * plan, asked for the new province); targets taken from a wider place's table; the national targets used because the
 * place has none of its own. Print the notes beside the figures: they are why a target applies or not.
 *
 * @example
 * ```ts
 * import { targetSelectionFor } from 'vn-learning-society';
 * const now = targetSelectionFor('82', 2026); // Đồng Tháp from 1 July 2025 (old Tiền Giang and Đồng Tháp)
 * now.notes.map((n) => n.code); // ['part_of_territory', 'national_only']
 * const before = targetSelectionFor('VN-45', 2026); // Đồng Tháp before the merger
 * before.notes[0]?.code; // 'province_gone'
 * before.entries.find((t) => t.indicator === 'learning-families')?.table; // 'targets-dong-thap-2030'
 * ```
 */
export function targetSelectionFor(jurisdiction: string, year: number, lookup: TargetLookup = {}): TargetSelection {
  checkJurisdictionCode(jurisdiction, (Array.isArray(lookup?.tables) ? lookup.tables : []).map((t) => (typeof t === 'object' && t !== null ? t.jurisdiction?.code : undefined)).filter((c): c is string => typeof c === 'string'));
  checkTargetYear(year);
  return selectTargetsWithNotes(allTables(lookup), jurisdiction, year);
}
