/**
 * The statistics codes of the provinces of each list, and nothing else: what checking the shape of a document's
 * jurisdiction (`87@2025-03-01`) needs, without the names, ISO codes and merges of data/places/provinces.json, so that
 * parsing and scoring a rule set do not carry them (scripts/size.mjs). test/places.test.ts checks that they agree.
 */
const CODES: Readonly<Record<string, string>> = {
  '2025-03-01': '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96',
  '2025-07-01': '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96',
};

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
