import { PROVINCE_CODES } from './generated/codes.js';

/**
 * The statistics codes of the provinces of each list, and nothing else: what checking the shape of a document's
 * jurisdiction (`87@2025-03-01`) needs, without the names, ISO codes and merges of data/places/provinces.json, so that
 * parsing and scoring a rule set do not carry them (scripts/size.mjs). Generated from that file by
 * `npm run data:catalogue` (`./generated/codes.ts`); test/document/places.test.ts checks that they agree.
 */
const CODES: Readonly<Record<string, string>> = PROVINCE_CODES;

/** The codes of one list (`2025-03-01`, `2025-07-01`), in order; empty for a list the package does not know. @internal */
export function provinceCodesOf(list: string): string[] {
  return Object.hasOwn(CODES, list) ? CODES[list]!.split(' ') : [];
}

/** Whether `key` (`87@2025-03-01`) names a province of its list. @internal */
export function isProvinceKey(key: string): boolean {
  const at = key.indexOf('@');
  if (at !== 2) return false;
  const list = key.slice(3);
  return Object.hasOwn(CODES, list) && CODES[list]!.split(' ').includes(key.slice(0, 2));
}
