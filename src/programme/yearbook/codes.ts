import type { Issue } from '../../core/errors/index.js';

/** A yearbook plan's unit codes, when it lists them, are as many as its count of units. @internal */
export function codesMatchCount(plan: { readonly units: { readonly count: number; readonly codes?: readonly string[] | undefined } }): Issue[] {
  const { codes, count } = plan.units;
  if (codes === undefined || codes.length === count) return [];
  return [{ path: ['units', 'codes'], code: 'count_mismatch', message: { vi: `có ${codes.length} mã nhưng ghi ${count} đơn vị`, en: `${codes.length} codes for ${count} units` } }];
}
