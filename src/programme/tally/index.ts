import { toIsoDate, type CalendarDate } from '../../core/calendar-date/index.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import { LEVELS, MODELS, type Level, type Model } from '../../core/model/index.js';
import { valueText } from '../../core/internal/value-text.js';
import { requireAsyncIterable, requireIterable } from '../../core/internal/args.js';
import { findPlace, isPlaceList, placeSuccession, placeText } from '../../document/place/index.js';

/** Where a result belongs: province, district (none after 1 July 2025), commune, and optionally hamlet, by code. */
export interface UnitPath {
  readonly province: string;
  readonly district?: string;
  readonly commune: string;
  readonly hamlet?: string;
}

/** One result to tally: where it belongs, what it is, and whether it was recognised. */
export interface TallyRecord extends UnitPath {
  readonly model: Model;
  readonly level?: Level;
  readonly recognized: boolean;
}

/** Evaluated and recognised counts of one model (and level). */
export interface TallyCount {
  readonly evaluated: number;
  readonly recognized: number;
}

/** The administrative levels a tally can be read at (hamlet → commune → district → province → nation). */
export const TALLY_LEVELS = ['hamlet', 'commune', 'district', 'province', 'nation'] as const;
/** One of {@link TALLY_LEVELS}. */
export type TallyLevel = (typeof TALLY_LEVELS)[number];

/** The first day of two-tier local government: no district level from this day. */
export const TWO_TIER_FROM = '2025-07-01';

/**
 * The levels a roll-up goes through on a given day: with districts before 1 July 2025, without them from that day.
 *
 * @example
 * ```ts
 * import { tallyLevels } from 'vn-learning-society';
 * tallyLevels('2025-06-30'); // ['hamlet', 'commune', 'district', 'province', 'nation']
 * tallyLevels('2025-07-01'); // ['hamlet', 'commune', 'province', 'nation']
 * ```
 */
export function tallyLevels(date: CalendarDate): TallyLevel[] {
  return toIsoDate(date) >= TWO_TIER_FROM ? TALLY_LEVELS.filter((l) => l !== 'district') : [...TALLY_LEVELS];
}

/** Counter slots: one pair (evaluated, recognised) per model and per model at each level. */
/**
 * The key a tally's counts use for a model at a level: `learning-family`, `learning-community/hamlet`.
 *
 * @internal
 */
export function modelKey(model: string, level?: string): string {
  return level ? `${model}/${level}` : model;
}

const SLOT_KEYS: string[] = MODELS.flatMap((m) => [m, ...LEVELS.map((l) => modelKey(m, l))]);
const SLOT: Record<string, Record<string, number>> = Object.create(null) as Record<string, Record<string, number>>;
for (const m of MODELS) {
  SLOT[m] = Object.create(null) as Record<string, number>;
  SLOT[m]![''] = SLOT_KEYS.indexOf(m);
  for (const l of LEVELS) SLOT[m]![l] = SLOT_KEYS.indexOf(modelKey(m, l));
}
const WIDTH = SLOT_KEYS.length * 2;

interface CommuneEntry {
  readonly province: string;
  readonly district: string | undefined;
  readonly counts: Float64Array;
  hamlets: Map<string, Float64Array> | undefined;
}

/** One row of a tally read at a level: the unit and its counts per model (key `model` or `model/level`). */
export interface TallyRow {
  readonly level: TallyLevel;
  /** The unit's code (`VN` for the nation). */
  readonly code: string;
  readonly province?: string;
  readonly district?: string;
  readonly commune?: string;
  readonly counts: Readonly<Record<string, TallyCount>>;
}

function bad(message: { vi: string; en: string }, path: (string | number)[] = []): never {
  throw new LearningSocietyError('invalid_input', { vi: 'Dữ liệu tổng hợp không hợp lệ', en: 'Invalid tally data' }, [{ path, code: 'invalid_tally', message }]);
}

/**
 * What a {@link Tally} may be given to check the unit codes of the results it counts against a list of units in force
 * (opt-in: without it codes are taken on trust). `vn-learning-society/units` makes one with `unitChecker({ at })`;
 * any object of this shape will do (a province's own list, say).
 */
export interface UnitChecker {
  /** Which list, for messages: e.g. `2025-07-01`. */
  readonly list: string;
  /** The province code of a commune, or undefined when the list has no such commune. */
  provinceOf(commune: string): string | undefined;
  /** The district code of a commune where the list has districts, else undefined. */
  districtOf?(commune: string): string | undefined;
  /** The codes and names of the units nearest a code that is not in the list, for "did you mean". */
  nearest?(code: string): readonly string[];
}

/** Options of a {@link Tally}. */
export interface TallyOptions {
  /** Check every commune (once, when first seen) against a list of units in force. */
  readonly units?: UnitChecker;
}

/**
 * A partial roll-up (tổng hợp) of results by administrative unit. Tallies of separate parts (a province each,
 * or chunks of a stream) merge associatively and commutatively into the same totals, so a national roll-up can be
 * split and recombined. Memory grows with the number of units, not of results: stream results through `add`.
 *
 * @example
 * ```ts
 * import { Tally } from 'vn-learning-society';
 * const t = new Tally();
 * t.add({ province: 'VN-45', district: '869', commune: '29926', model: 'learning-family', recognized: true });
 * t.add({ province: 'VN-45', district: '869', commune: '29926', model: 'learning-family', recognized: false });
 * t.by('province')[0]?.counts['learning-family']; // { evaluated: 2, recognized: 1 }
 * ```
 */
export class Tally {
  readonly #communes = new Map<string, CommuneEntry>();
  readonly #units: UnitChecker | undefined;

  /**
   * An empty tally; with `{ units }`, every commune is checked against that list when first seen: an unknown code,
   * or a commune filed under another province (or district) than the list's, is refused with a typed error naming
   * the nearest units. The check costs one lookup per commune, not per result.
   */
  constructor(options: TallyOptions = {}) {
    if (typeof options !== 'object' || options === null) bad({ vi: `cần tùy chọn (đối tượng), nhận được ${valueText(options)}`, en: `expected options (an object), got ${valueText(options)}` }, ['options']);
    if (options.units !== undefined && (typeof options.units !== 'object' || options.units === null || typeof options.units.provinceOf !== 'function')) {
      bad({ vi: 'units phải có provinceOf(mã xã)', en: 'units must have provinceOf(commune code)' }, ['units']);
    }
    this.#units = options.units;
  }
  // The last model, level and slot seen: results come in long runs of one model.
  #lastModel: string | undefined;
  #lastLevel: string | undefined;
  #lastSlot = -1;

  /** Adds one result. */
  add(record: TallyRecord): void {
    if (typeof record !== 'object' || record === null) bad({ vi: `cần một bản ghi (đối tượng), nhận được ${valueText(record)}`, en: `expected a record (an object), got ${valueText(record)}` });
    let slot: number | undefined;
    if (record.model === this.#lastModel && record.level === this.#lastLevel) {
      slot = this.#lastSlot;
    } else {
      slot = typeof record.model === 'string' && (record.level === undefined || typeof record.level === 'string') ? SLOT[record.model]?.[record.level ?? ''] : undefined;
      if (slot === undefined) bad({ vi: `mô hình hoặc cấp không hợp lệ: ${valueText(record.model)} ${valueText(record.level ?? '')}`, en: `not a model or level: ${valueText(record.model)} ${valueText(record.level ?? '')}` }, ['model']);
      this.#lastModel = record.model;
      this.#lastLevel = record.level;
      this.#lastSlot = slot;
    }
    if (typeof record.recognized !== 'boolean') bad({ vi: 'công nhận (recognized) phải là có hoặc không (true/false)', en: 'recognized must be true or false' }, ['recognized']);
    const i = slot * 2;
    const add = record.recognized ? 1 : 0;
    const entry = this.#lookup(record);
    entry.counts[i]! += 1;
    entry.counts[i + 1]! += add;
    if (record.hamlet !== undefined) {
      const h = this.#hamlet(entry, record.hamlet);
      h[i]! += 1;
      h[i + 1]! += add;
    }
  }

  /** Adds results already counted for a unit: `evaluated` of a model, of which `recognized` were recognised. */
  addCounts(path: UnitPath, model: Model, level: Level | undefined, count: TallyCount): void {
    if (typeof path !== 'object' || path === null) bad({ vi: `cần đơn vị (đối tượng), nhận được ${valueText(path)}`, en: `expected a unit path (an object), got ${valueText(path)}` }, ['path']);
    if (typeof count !== 'object' || count === null) bad({ vi: `cần số đếm (đối tượng), nhận được ${valueText(count)}`, en: `expected counts (an object), got ${valueText(count)}` }, ['count']);
    const slot = typeof model === 'string' && (level === undefined || typeof level === 'string') ? SLOT[model]?.[level ?? ''] : undefined;
    if (slot === undefined) bad({ vi: `mô hình hoặc cấp không hợp lệ: ${valueText(model)}`, en: `not a model or level: ${valueText(model)}` }, ['model']);
    const ok = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
    if (!ok(count.evaluated) || !ok(count.recognized) || count.recognized > count.evaluated) {
      bad({ vi: 'số được đánh giá và được công nhận phải là số nguyên không âm, được công nhận không vượt số được đánh giá', en: 'evaluated and recognized must be non-negative whole numbers, recognized no more than evaluated' }, ['count']);
    }
    const entry = this.#lookup(path);
    for (const c of path.hamlet === undefined ? [entry.counts] : [entry.counts, this.#hamlet(entry, path.hamlet)]) {
      c[slot * 2]! += count.evaluated;
      c[slot * 2 + 1]! += count.recognized;
    }
  }

  /** A new tally holding this one's counts and every other's. Order never matters. */
  merge(...others: readonly Tally[]): Tally {
    const out = new Tally(this.#units ? { units: this.#units } : {});
    others.forEach((t, i) => {
      if (!(t instanceof Tally)) bad({ vi: `cần một Tally, nhận được ${valueText(t)}`, en: `expected a Tally, got ${valueText(t)}` }, ['others', i]);
    });
    for (const t of [this, ...others]) {
      for (const [code, e] of t.#communes) {
        const target = out.#entry({ province: e.province, ...(e.district !== undefined ? { district: e.district } : {}), commune: code });
        addInto(target.counts, e.counts);
        if (e.hamlets) {
          target.hamlets ??= new Map();
          for (const [h, c] of e.hamlets) {
            const into = target.hamlets.get(h) ?? new Float64Array(WIDTH);
            addInto(into, c);
            target.hamlets.set(h, into);
          }
        }
      }
    }
    return out;
  }

  /** The number of communes holding results. */
  get communeCount(): number {
    return this.#communes.size;
  }

  /**
   * The counts read at one level, one row per unit, sorted by code. `district` is refused for a day from 1 July 2025
   * (`options.date`), and when some commune has no district.
   */
  by(level: TallyLevel, options: { date?: CalendarDate } = {}): TallyRow[] {
    if (!(TALLY_LEVELS as readonly unknown[]).includes(level)) bad({ vi: `cấp tổng hợp không hợp lệ: ${valueText(level)} (${TALLY_LEVELS.join(', ')})`, en: `not a tally level: ${valueText(level)} (${TALLY_LEVELS.join(', ')})` }, ['level']);
    if (typeof options !== 'object' || options === null) bad({ vi: `cần tùy chọn (đối tượng), nhận được ${valueText(options)}`, en: `expected options (an object), got ${valueText(options)}` }, ['options']);
    if (level === 'district' && options.date !== undefined && !tallyLevels(options.date).includes('district')) {
      bad({ vi: 'Từ ngày 01/7/2025 không còn cấp huyện', en: 'There is no district level from 1 July 2025' }, ['level']);
    }
    const groups = new Map<string, { row: Omit<TallyRow, 'counts'>; counts: Float64Array }>();
    const into = (key: string, row: Omit<TallyRow, 'counts'>, counts: Float64Array) => {
      let g = groups.get(key);
      if (!g) {
        g = { row, counts: new Float64Array(WIDTH) };
        groups.set(key, g);
      }
      addInto(g.counts, counts);
    };
    for (const [code, e] of this.#communes) {
      const where = { province: e.province, ...(e.district !== undefined ? { district: e.district } : {}) };
      switch (level) {
        case 'hamlet':
          for (const [h, c] of e.hamlets ?? []) into(`${code}|${h}`, { level, code: h, ...where, commune: code }, c);
          break;
        case 'commune':
          into(code, { level, code, ...where }, e.counts);
          break;
        case 'district':
          if (e.district === undefined) bad({ vi: `xã ${code} không thuộc huyện nào (dữ liệu hai cấp?)`, en: `commune ${code} has no district (two-tier data?)` }, ['level']);
          into(e.district, { level, code: e.district, province: e.province }, e.counts);
          break;
        case 'province':
          into(e.province, { level, code: e.province }, e.counts);
          break;
        case 'nation':
          into('VN', { level, code: 'VN' }, e.counts);
          break;
      }
    }
    return [...groups.values()]
      .sort((a, b) => (a.row.code < b.row.code ? -1 : a.row.code > b.row.code ? 1 : 0))
      .map((g) => ({ ...g.row, counts: countsOf(g.counts) }));
  }

  #entry(path: UnitPath): CommuneEntry {
    const code = path.commune;
    let e = this.#communes.get(code);
    if (e === undefined) {
      if (typeof code !== 'string' || code === '' || typeof path.province !== 'string' || path.province === '') {
        bad({ vi: 'cần mã tỉnh và mã xã', en: 'a province code and a commune code are needed' }, ['commune']);
      }
      if (this.#units) this.#check(path);
      e = { province: path.province, district: path.district, counts: new Float64Array(WIDTH), hamlets: undefined };
      this.#communes.set(code, e);
    } else if (e.province !== path.province || e.district !== path.district) {
      bad({ vi: `xã ${code} được ghi thuộc hai đơn vị khác nhau`, en: `commune ${code} is placed under two different units` }, ['commune']);
    }
    return e;
  }

  /** A commune against the unit list: it must be there, under the province (and district) the list gives. */
  #check(path: UnitPath): void {
    const units = this.#units!;
    const province = units.provinceOf(path.commune);
    if (province === undefined) {
      const near = units.nearest?.(path.commune) ?? [];
      bad(
        {
          vi: `danh mục ${units.list} không có xã mã "${path.commune}"${near.length ? `; gần nhất: ${near.join(', ')}` : ''}`,
          en: `the ${units.list} list has no commune "${path.commune}"${near.length ? `; nearest: ${near.join(', ')}` : ''}`,
        },
        ['commune'],
      );
    }
    if (province !== path.province) {
      // A code of a province of the other list (VN-45 on the 2025 list): say what it was and what it became.
      const other = isPlaceList(units.list) ? findPlace(path.province, { list: units.list }) : undefined;
      const given = valueText(path.province);
      const hint =
        other?.list === undefined || other.list === units.list
          ? undefined
          : (placeSuccession(other)?.text ?? { vi: `${given} là ${placeText(other).vi}`, en: `${given} is ${placeText(other).en}` });
      bad(
        {
          vi: `xã ${path.commune} thuộc tỉnh ${province} trong danh mục ${units.list}, không phải ${given}${hint ? ` (${hint.vi}; ghi mã tỉnh theo danh mục ${units.list})` : ''}`,
          en: `commune ${path.commune} belongs to province ${province} in the ${units.list} list, not ${given}${hint ? ` (${hint.en}; give the province's code in the ${units.list} list)` : ''}`,
        },
        ['province'],
      );
    }
    const district = units.districtOf?.(path.commune);
    if (district !== undefined && path.district !== undefined && district !== path.district) {
      bad({ vi: `xã ${path.commune} thuộc huyện ${district} trong danh mục ${units.list}, không phải ${valueText(path.district)}`, en: `commune ${path.commune} belongs to district ${district} in the ${units.list} list, not ${valueText(path.district)}` }, ['district']);
    }
  }

  // The last province code given and the list's code for it (results come in long runs of one province).
  #lastGiven: unknown;
  #lastCanonical: unknown;

  /**
   * With a unit list of the package's (`2025-03-01`, `2025-07-01`), a province given by another code of the same
   * place is filed under the list's statistics code: `VN-45` and `87@2025-03-01` are `87` on the list before 1 July
   * 2025. Other codes are kept as given (and checked as they are).
   */
  #canonical(path: UnitPath): UnitPath {
    const units = this.#units;
    if (units === undefined || typeof path.province !== 'string' || !isPlaceList(units.list)) return path;
    if (path.province !== this.#lastGiven) {
      const place = findPlace(path.province, { list: units.list });
      this.#lastGiven = path.province;
      this.#lastCanonical = place !== undefined && place.list === units.list ? place.code : path.province;
    }
    return this.#lastCanonical === path.province ? path : { ...path, province: this.#lastCanonical as string };
  }

  /** The commune's entry, created on first sight; a commune placed under two different units is refused. */
  #lookup(given: UnitPath): CommuneEntry {
    const path = this.#canonical(given);
    const e = this.#communes.get(path.commune);
    return e !== undefined && e.province === path.province && e.district === path.district ? e : this.#entry(path);
  }

  /** A hamlet's own counters (its results count for its commune as well). */
  #hamlet(entry: CommuneEntry, hamlet: string): Float64Array {
    entry.hamlets ??= new Map();
    let h = entry.hamlets.get(hamlet);
    if (h === undefined) {
      h = new Float64Array(WIDTH);
      entry.hamlets.set(hamlet, h);
    }
    return h;
  }
}

function addInto(into: Float64Array, from: Float64Array): void {
  for (let i = 0; i < WIDTH; i++) into[i]! += from[i]!;
}

function countsOf(c: Float64Array): Record<string, TallyCount> {
  const out: Record<string, TallyCount> = {};
  for (let s = 0; s < SLOT_KEYS.length; s++) {
    if (c[s * 2]! > 0) out[SLOT_KEYS[s]!] = { evaluated: c[s * 2]!, recognized: c[s * 2 + 1]! };
  }
  return out;
}

/**
 * Tallies a stream of results (any iterable, e.g. a generator reading a file), in constant memory per unit.
 *
 * @example
 * ```ts
 * import { tallyOf } from 'vn-learning-society';
 * const t = tallyOf([{ province: 'VN-SG', commune: '26734', model: 'learning-clan', recognized: true }]);
 * t.by('nation')[0]?.counts['learning-clan']?.recognized; // 1
 * ```
 */
export function tallyOf(records: Iterable<TallyRecord>): Tally {
  requireIterable(records, 'records');
  const t = new Tally();
  for (const r of records) t.add(r);
  return t;
}

/**
 * Like {@link tallyOf}, for an async stream (e.g. lines of a large file).
 *
 * @example
 * ```ts
 * import { tallyOfAsync, type TallyRecord } from 'vn-learning-society';
 * async function* lines(): AsyncGenerator<TallyRecord> {
 *   yield { province: 'VN-45', commune: '29926', model: 'learning-family', recognized: true };
 *   yield { province: 'VN-45', commune: '29929', model: 'learning-family', recognized: false };
 * }
 * const t = await tallyOfAsync(lines());
 * t.by('province')[0]?.counts['learning-family']; // { evaluated: 2, recognized: 1 }
 * ```
 */
export async function tallyOfAsync(records: AsyncIterable<TallyRecord>): Promise<Tally> {
  requireAsyncIterable(records, 'records');
  const t = new Tally();
  for await (const r of records) t.add(r);
  return t;
}
