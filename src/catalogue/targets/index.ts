import type { Jurisdiction } from '../../document/jurisdiction/index.js';
import { checkTargetYear, parseTargetTable, selectTargets, type TargetEntry } from '../../programme/targets/index.js';
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
 * The shipped target tables (and your own, first), optionally of one jurisdiction.
 *
 * @example
 * ```ts
 * import { listTargets } from 'vn-learning-society';
 * listTargets({ jurisdiction: 'VN-SG' })[0]?.targets.length; // 7
 * ```
 */
export function listTargets(filter: { jurisdiction?: string } = {}, lookup: TargetLookup = {}): TargetTable[] {
  requireObject(filter, 'filter');
  return allTables(lookup).filter((t) => filter.jurisdiction === undefined || t.jurisdiction.code === filter.jurisdiction);
}

/**
 * The targets that apply to a jurisdiction in a year: for each indicator (and sub-population), the next milestone
 * at or after `year` from the jurisdiction's own tables, and for indicators it has none of, from the national ones.
 * A table counts when its period covers the year.
 *
 * @example
 * ```ts
 * import { targetsFor } from 'vn-learning-society';
 * const dt = targetsFor('VN-45', 2024);
 * dt.find((t) => t.indicator === 'learning-families')?.value; // { kind: 'percent', percent: 90 }
 * ```
 */
export function targetsFor(jurisdiction: string, year: number, lookup: TargetLookup = {}): TargetEntry[] {
  checkJurisdictionCode(jurisdiction, (Array.isArray(lookup?.tables) ? lookup.tables : []).map((t) => (typeof t === 'object' && t !== null ? t.jurisdiction?.code : undefined)).filter((c): c is string => typeof c === 'string'));
  checkTargetYear(year);
  return selectTargets(allTables(lookup), jurisdiction, year);
}
