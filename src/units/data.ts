import listAfter from '../../data/units/units-2025-07-01.json' with { type: 'json' };
import listBefore from '../../data/units/units-2025-03-01.json' with { type: 'json' };
import mergesFile from '../../data/units/merges-2025.json' with { type: 'json' };
import { bareKey, nameKey } from './name.js';

/** The level of an administrative unit: tỉnh (province), huyện (district, until 30 June 2025), xã (commune). */
export type UnitLevel = 'province' | 'district' | 'commune';

/**
 * An administrative unit (đơn vị hành chính) as the statistics office lists it: its code (with its leading zeros),
 * its name with its type word (`Phường Ba Đình`, `Huyện An Phú`, `Thành phố Hà Nội`, `Tỉnh Long An`), its level, and
 * the units above it. Codes are only unique within one list: province code `80` is Long An before 1 July 2025 and
 * Tây Ninh after.
 */
export interface AdminUnit {
  readonly code: string;
  readonly name: string;
  readonly level: UnitLevel;
  /** The province's code, for a district or a commune. */
  readonly province?: string;
  /** The district's code, for a commune before 1 July 2025. */
  readonly district?: string;
  /** The list the unit belongs to: `2025-03-01` (before the reform) or `2025-07-01`. */
  readonly list: UnitListId;
}

/** The two lists the package ships. */
export type UnitListId = '2025-03-01' | '2025-07-01';

/** One list of units, indexed for lookups by code (constant time) and by name. */
export interface UnitList {
  readonly id: UnitListId;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly provinces: readonly AdminUnit[];
  readonly districts: readonly AdminUnit[];
  readonly communes: readonly AdminUnit[];
  /** By level, then code. */
  readonly byCode: Readonly<Record<UnitLevel, ReadonlyMap<string, AdminUnit>>>;
  /** By the name's matching key (type words included) and by its bare key (without them). */
  readonly byName: ReadonlyMap<string, readonly AdminUnit[]>;
  readonly byBareName: ReadonlyMap<string, readonly AdminUnit[]>;
  /** The matching key of every unit, for ranked search. */
  readonly keys: readonly { readonly unit: AdminUnit; readonly key: string; readonly bare: string; readonly letters: Uint8Array }[];
}

/**
 * How often each letter occurs in a folded name (by its code modulo 32): two names whose counts differ by `n` in all
 * are at least `n / 2` edits apart, a cheap test before the edit distance itself.
 */
export function letterCounts(text: string): Uint8Array {
  const counts = new Uint8Array(32);
  for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i) & 31]! += 1;
  return counts;
}

/** The letter pairs of a name, each once. */
export function letterPairs(text: string): string[] {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  return [...pairs];
}

const pairIndexes = new WeakMap<UnitList, ReadonlyMap<string, Int32Array>>();

/**
 * For the search by spelling: each letter pair of the bare names, and the positions in `keys` of the names that have
 * it. Built on the first misspelt query of a list.
 */
export function pairIndex(list: UnitList): ReadonlyMap<string, Int32Array> {
  let index = pairIndexes.get(list);
  if (index) return index;
  const lists = new Map<string, number[]>();
  list.keys.forEach((k, i) => {
    for (const p of letterPairs(k.bare)) {
      const l = lists.get(p);
      if (l) l.push(i);
      else lists.set(p, [i]);
    }
  });
  index = new Map([...lists].map(([p, l]) => [p, Int32Array.from(l)]));
  pairIndexes.set(list, index);
  return index;
}

function provinceName(name: string): string {
  return name.startsWith('Thành phố ') || name.startsWith('Tỉnh ') ? name : `Tỉnh ${name}`;
}

function index(id: UnitListId, provinces: AdminUnit[], districts: AdminUnit[], communes: AdminUnit[], period: { validFrom?: string; validTo?: string }): UnitList {
  const byCode = { province: new Map<string, AdminUnit>(), district: new Map<string, AdminUnit>(), commune: new Map<string, AdminUnit>() };
  const byName = new Map<string, AdminUnit[]>();
  const byBareName = new Map<string, AdminUnit[]>();
  const keys: { unit: AdminUnit; key: string; bare: string; letters: Uint8Array }[] = [];
  const add = (map: Map<string, AdminUnit[]>, key: string, unit: AdminUnit) => {
    const list = map.get(key);
    if (list) list.push(unit);
    else map.set(key, [unit]);
  };
  for (const unit of [...provinces, ...districts, ...communes]) {
    byCode[unit.level].set(unit.code, unit);
    const key = nameKey(unit.name);
    const bare = bareKey(key);
    add(byName, key, unit);
    add(byBareName, bare, unit);
    keys.push({ unit, key, bare, letters: letterCounts(bare) });
  }
  return { id, ...period, provinces, districts, communes, byCode, byName, byBareName, keys };
}

let after: UnitList | undefined;
let before: UnitList | undefined;

/** The list from 1 July 2025: 34 provinces, 3,321 communes, no districts. Built on first use. */
export function listFrom2025(): UnitList {
  after ??= index(
    '2025-07-01',
    listAfter.provinces.map(([code, name]) => ({ code: code!, name: provinceName(name!), level: 'province', list: '2025-07-01' })),
    [],
    listAfter.communes.map(([code, name, province]) => ({ code: code!, name: name!, level: 'commune', province: province!, list: '2025-07-01' })),
    { validFrom: '2025-07-01' },
  );
  return after;
}

/** The three-level list in force before 1 July 2025 (as of 1 March 2025): 63 provinces, 696 districts, 10,047 communes. */
export function listBefore2025(): UnitList {
  if (before) return before;
  const districtProvince = new Map(listBefore.districts.map(([code, , , province]) => [code!, province!]));
  before = index(
    '2025-03-01',
    listBefore.provinces.map(([code, name]) => ({ code: code!, name: provinceName(name!), level: 'province', list: '2025-03-01' })),
    listBefore.districts.map(([code, name, type, province]) => ({ code: code!, name: `${type} ${name}`, level: 'district', province: province!, list: '2025-03-01' })),
    listBefore.communes.map(([code, name, type, district]) => ({ code: code!, name: `${type} ${name}`, level: 'commune', province: districtProvince.get(district!)!, district: district!, list: '2025-03-01' })),
    { validTo: '2025-06-30' },
  );
  return before;
}

/** One link of the merge: an old unit, and whether all of it (`whole`) or only part went into the new one. */
export interface MergeLink {
  readonly code: string;
  readonly name: string;
  readonly share: 'whole' | 'part';
}

interface Merges {
  readonly predecessors: ReadonlyMap<string, readonly MergeLink[]>;
  readonly successors: ReadonlyMap<string, readonly MergeLink[]>;
  readonly provincePredecessors: ReadonlyMap<string, readonly MergeLink[]>;
  readonly provinceSuccessors: ReadonlyMap<string, readonly MergeLink[]>;
}

let merges: Merges | undefined;

/** The merge tables of 2025, both ways. Built on first use. */
export function mergeTables(): Merges {
  if (merges) return merges;
  const old = listBefore2025();
  const now = listFrom2025();
  const islands = new Map(mergesFile.islandDistricts.map(([code, name]) => [code!, name!]));
  const oldName = (code: string) => old.byCode.commune.get(code)?.name ?? islands.get(code) ?? code;
  const predecessors = new Map<string, MergeLink[]>();
  const successors = new Map<string, MergeLink[]>();
  for (const [code, from] of mergesFile.communes as [string, ([string] | [string, number])[]][]) {
    const newName = now.byCode.commune.get(code)?.name ?? code;
    predecessors.set(code, from.map(([c, part]) => ({ code: c, name: oldName(c), share: part ? 'part' : 'whole' })));
    for (const [c, part] of from) {
      const list = successors.get(c) ?? [];
      list.push({ code, name: newName, share: part ? 'part' : 'whole' });
      successors.set(c, list);
    }
  }
  const provincePredecessors = new Map<string, MergeLink[]>();
  const provinceSuccessors = new Map<string, MergeLink[]>();
  for (const [code, from] of mergesFile.provinces as [string, string][]) {
    const list = provincePredecessors.get(code) ?? [];
    list.push({ code: from, name: old.byCode.province.get(from)?.name ?? from, share: 'whole' });
    provincePredecessors.set(code, list);
    provinceSuccessors.set(from, [{ code, name: now.byCode.province.get(code)?.name ?? code, share: 'whole' }]);
  }
  merges = { predecessors, successors, provincePredecessors, provinceSuccessors };
  return merges;
}
