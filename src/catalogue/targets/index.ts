import { checkTargetYear, parseTargetTable, selectTargets, type TargetEntry } from '../../programme/targets/index.js';
import type { TargetTable } from '../../programme/targets/schema.js';
import { TARGET_TABLES } from './data.js';

export { DONG_THAP, HO_CHI_MINH_CITY } from './data.js';

/** Options of {@link listTargets} and {@link targetsFor}: your own tables (a province's), looked up before the shipped ones. */
export interface TargetLookup {
  readonly tables?: readonly TargetTable[];
}

function allTables(lookup: TargetLookup): TargetTable[] {
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
  checkTargetYear(year);
  return selectTargets(allTables(lookup), jurisdiction, year);
}
