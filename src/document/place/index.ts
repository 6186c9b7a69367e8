import provincesFile from '../../../data/places/provinces.json' with { type: 'json' };
import { LearningSocietyError } from '../../core/errors/index.js';
import { toIsoDate, type CalendarDate } from '../../core/calendar-date/index.js';
import type { Label } from '../../core/label/index.js';
import { valueText } from '../../core/internal/value-text.js';
import { badArgument, requireObject } from '../../core/internal/args.js';

/**
 * The two lists of provinces the package knows: the 63 provinces in force until 30 June 2025 (the statistics office's
 * list as of 1 March 2025) and the 34 from 1 July 2025. A statistics code names a province only within one list:
 * `82` is Tiền Giang in the first and Đồng Tháp in the second.
 */
export type PlaceListId = '2025-03-01' | '2025-07-01';

/** The day the 34 provinces of the 2025 merger came into being (Nghị quyết 202/2025/QH15). */
export const PROVINCE_REFORM_DATE = '2025-07-01';

/**
 * A place a document or a figure applies to (địa bàn): the nation, or one province of one list. Its identity is the
 * statistics office's code with the list it belongs to (`key`, e.g. `87@2025-03-01`): dated, because the same code
 * names different provinces before and after 1 July 2025.
 */
export interface Place {
  /** `VN` for the nation, else the statistics office's two-digit province code. */
  readonly code: string;
  /** The list the code belongs to; none for the nation. */
  readonly list?: PlaceListId;
  /** The canonical identity: `VN`, or `code@list` (`87@2025-03-01`, `82@2025-07-01`). */
  readonly key: string;
  /** The name as the list gives it (`Đồng Tháp`, `Thành phố Hồ Chí Minh`). */
  readonly name: string;
  /** The ISO 3166-2:VN code, for a province of the list before 1 July 2025 (ISO has none yet for the 34 new ones). */
  readonly iso?: string;
  /** For a province from 1 July 2025: the keys of the provinces before it that it is made of (whole). */
  readonly formedFrom?: readonly string[];
  /** For a province before 1 July 2025: the key of the province from 1 July 2025 it became (whole) part of. */
  readonly mergedInto?: string;
}

/** How the territory of one place stands to another's. */
export type PlaceRelation = 'same' | 'within' | 'contains' | 'apart';

interface PlaceIndex {
  readonly byKey: ReadonlyMap<string, Place>;
  readonly byIso: ReadonlyMap<string, Place>;
  readonly lists: Readonly<Record<PlaceListId, readonly Place[]>>;
}

const NATION: Place = { code: 'VN', key: 'VN', name: 'Việt Nam' };
/** The canonical key of a province: two digits, `@`, the list's day. Linear (no backtracking). */
const KEY_PATTERN = /^(\d{2})@(\d{4}-\d{2}-\d{2})$/;

let index: PlaceIndex | undefined;

function placeIndex(): PlaceIndex {
  if (index) return index;
  const lists = provincesFile.lists;
  const mergedInto = new Map<string, string>();
  const after: Place[] = lists['2025-07-01'].provinces.map((row) => {
    const [code, name, from] = row as [string, string, string[]];
    const formedFrom = from.map((old) => `${old}@2025-03-01`);
    for (const old of formedFrom) mergedInto.set(old, `${code}@2025-07-01`);
    return { code, list: '2025-07-01', key: `${code}@2025-07-01`, name, formedFrom };
  });
  const before: Place[] = lists['2025-03-01'].provinces.map((row) => {
    const [code, name, iso] = row as [string, string, string];
    return { code, list: '2025-03-01', key: `${code}@2025-03-01`, name, iso, mergedInto: mergedInto.get(`${code}@2025-03-01`)! };
  });
  const all = [...before, ...after];
  index = {
    byKey: new Map(all.map((p) => [p.key, p])),
    byIso: new Map(before.map((p) => [p.iso!, p])),
    lists: { '2025-03-01': before, '2025-07-01': after },
  };
  return index;
}

/**
 * Whether a unit list's id is one of the two lists the package knows.
 *
 * @example
 * ```ts
 * import { isPlaceList } from 'vn-learning-society';
 * isPlaceList('2025-07-01'); // true
 * isPlaceList('2024-01-01'); // false
 * ```
 */
export function isPlaceList(list: unknown): list is PlaceListId {
  return list === '2025-03-01' || list === '2025-07-01';
}

/**
 * The list in force on a day: before 1 July 2025 the list of 63, from that day the list of 34.
 *
 * @example
 * ```ts
 * import { placeListOn } from 'vn-learning-society';
 * placeListOn('2025-06-30'); // '2025-03-01'
 * placeListOn('2025-07-01'); // '2025-07-01'
 * ```
 */
export function placeListOn(day: CalendarDate): PlaceListId {
  return toIsoDate(day) >= PROVINCE_REFORM_DATE ? '2025-07-01' : '2025-03-01';
}

/** What {@link placeOf} and {@link findPlace} read a bare statistics code against. */
export interface PlaceOptions {
  /** The day: a bare code (`82`) is read in the list in force on it. Without it (and without `list`), the newest list. */
  readonly at?: CalendarDate;
  /** The list a bare code belongs to, when it is known (a unit list's id); it wins over `at`. */
  readonly list?: PlaceListId;
}

/**
 * The place a code names, or `undefined` when it names none the package knows (a province's own `VN-…` code for a
 * fork, say). Accepted: `VN`; a canonical key (`87@2025-03-01`); an ISO 3166-2:VN code, an alias of the province it
 * named before 1 July 2025 (`VN-45` is `87@2025-03-01`, whatever the day: ISO has no codes for the new provinces yet);
 * a bare statistics code (`82`), read in the list given or in force on `at` (the newest without either).
 *
 * @example
 * ```ts
 * import { findPlace } from 'vn-learning-society';
 * findPlace('VN-45')?.key; // '87@2025-03-01'
 * findPlace('82', { at: '2025-06-30' })?.name; // 'Tiền Giang'
 * findPlace('82', { at: '2026-01-01' })?.formedFrom; // ['82@2025-03-01', '87@2025-03-01']
 * findPlace('VN-X'); // undefined
 * ```
 */
export function findPlace(code: unknown, options: PlaceOptions = {}): Place | undefined {
  requireObject(options, 'options');
  if (typeof code !== 'string') return undefined;
  if (code === 'VN') return NATION;
  const places = placeIndex();
  if (code.startsWith('VN-')) return places.byIso.get(code);
  if (KEY_PATTERN.test(code)) return places.byKey.get(code);
  if (code.length !== 2 || !/^\d\d$/.test(code)) return undefined;
  if (options.list !== undefined && !isPlaceList(options.list)) badArgument('options.list', { vi: "'2025-03-01' hoặc '2025-07-01'", en: "'2025-03-01' or '2025-07-01'" }, options.list);
  const list = options.list ?? (options.at !== undefined ? placeListOn(options.at) : '2025-07-01');
  return places.byKey.get(`${code}@${list}`);
}

/**
 * The place a code names ({@link findPlace}), or a typed error that says what a place code is and which one was
 * probably meant.
 *
 * @throws {@link LearningSocietyError} `invalid_input` with an `unknown_place` issue.
 *
 * @example
 * ```ts
 * import { placeOf } from 'vn-learning-society';
 * placeOf('VN-SG').mergedInto; // '79@2025-07-01'
 * placeOf('79').formedFrom; // ['74@2025-03-01', '77@2025-03-01', '79@2025-03-01']
 * ```
 */
export function placeOf(code: unknown, options: PlaceOptions = {}): Place {
  const found = findPlace(code, options);
  if (found) return found;
  const text = valueText(code);
  throw new LearningSocietyError('invalid_input', { vi: `Không có địa bàn mã ${text}`, en: `No place with code ${text}` }, [
    { path: ['jurisdiction'], code: 'unknown_jurisdiction', message: PLACE_CODE_HELP },
  ]);
}

/** What a place code may be, in both languages. */
export const PLACE_CODE_HELP: Label = {
  vi: 'địa bàn là VN (toàn quốc), mã tỉnh của cơ quan thống kê (vd. 82, đọc theo danh mục có hiệu lực vào ngày đang xét; 87@2025-03-01 để chỉ rõ danh mục) hoặc mã ISO 3166-2:VN của một tỉnh trước 01/7/2025 (vd. VN-45)',
  en: 'a place is VN (national), a statistics-office province code (e.g. 82, read in the list in force on the day in question; 87@2025-03-01 to name the list) or the ISO 3166-2:VN code of a province before 1 July 2025 (e.g. VN-45)',
};

/**
 * The provinces of one list, in code order.
 *
 * @example
 * ```ts
 * import { listPlaces } from 'vn-learning-society';
 * listPlaces('2025-07-01').length; // 34
 * listPlaces('2025-03-01')[0]?.iso; // 'VN-HN'
 * ```
 */
export function listPlaces(list: PlaceListId): Place[] {
  if (!isPlaceList(list)) badArgument('list', { vi: "'2025-03-01' hoặc '2025-07-01'", en: "'2025-03-01' or '2025-07-01'" }, list);
  return [...placeIndex().lists[list]].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * How the territory of `a` stands to that of `b`: the same place, `within` it (a province before 1 July 2025 within
 * the new one it went into; any province within the nation), `contains` it, or `apart`.
 *
 * @example
 * ```ts
 * import { placeOf, placeRelation } from 'vn-learning-society';
 * placeRelation(placeOf('VN-45'), placeOf('82', { at: '2026-01-01' })); // 'within'
 * placeRelation(placeOf('VN-46'), placeOf('VN-45')); // 'apart'
 * ```
 */
export function placeRelation(a: Place, b: Place): PlaceRelation {
  requirePlace(a, 'a');
  requirePlace(b, 'b');
  if (a.key === b.key) return 'same';
  if (b.key === 'VN' || a.mergedInto === b.key) return 'within';
  if (a.key === 'VN' || b.mergedInto === a.key) return 'contains';
  return 'apart';
}

/** A place given from plain JavaScript: an object with a string `key` and `code`. */
function requirePlace(place: unknown, name: string): void {
  requireObject(place, name);
  const p = place as Partial<Place>;
  if (typeof p.key !== 'string' || typeof p.code !== 'string') badArgument(name, { vi: 'một địa bàn (kết quả của placeOf)', en: 'a place (what placeOf returns)' }, place);
}

/**
 * A place for messages, in both languages.
 *
 * @example
 * ```ts
 * import { placeOf, placeText } from 'vn-learning-society';
 * placeText(placeOf('VN-45')).vi; // '87 Đồng Tháp (trước 01/7/2025, VN-45)'
 * placeText(placeOf('82', { at: '2026-01-01' })).en; // '82 Đồng Tháp (from 1 July 2025)'
 * ```
 */
export function placeText(place: Place): Label {
  requirePlace(place, 'place');
  if (place.key === 'VN') return { vi: 'VN (toàn quốc)', en: 'VN (national)' };
  if (place.list === '2025-03-01') return { vi: `${place.code} ${place.name} (trước 01/7/2025${place.iso ? `, ${place.iso}` : ''})`, en: `${place.code} ${place.name} (before 1 July 2025${place.iso ? `, ${place.iso}` : ''})` };
  return { vi: `${place.code} ${place.name} (từ 01/7/2025)`, en: `${place.code} ${place.name} (from 1 July 2025)` };
}

/**
 * What became of a province before 1 July 2025, in both languages: `87 Đồng Tháp (trước 01/7/2025, VN-45) không còn là
 * một tỉnh từ 01/7/2025: nay là một phần của tỉnh 82 Đồng Tháp (từ 01/7/2025)`, with the place it went into; undefined for
 * the nation and the provinces from that day. One wording for every message that says it (targets, tallies, forks).
 *
 * @example
 * ```ts
 * import { placeOf, placeSuccession } from 'vn-learning-society';
 * placeSuccession(placeOf('VN-50'))?.into.code; // '86'
 * placeSuccession(placeOf('82', { at: '2026-01-01' })); // undefined
 * ```
 */
export function placeSuccession(place: Place): { readonly text: Label; readonly into: Place } | undefined {
  requirePlace(place, 'place');
  if (place.list !== '2025-03-01' || place.mergedInto === undefined) return undefined;
  const into = findPlace(place.mergedInto)!;
  const was = placeText(place);
  const now = placeText(into);
  return {
    into,
    text: {
      vi: `${was.vi} không còn là một tỉnh từ 01/7/2025: nay là một phần của tỉnh ${now.vi}`,
      en: `${was.en} is no longer a province from 1 July 2025: it is now part of ${now.en}`,
    },
  };
}

/**
 * Whether a document's jurisdiction code (`documentCode`: `VN`, `87@2025-03-01`, `VN-45`, a province's own `VN-…`)
 * names the place a lookup asks for (`asked`, read on `day`): the same code, or two codes of the same place
 * (`VN-45` and `87@2025-03-01`; `82` on a day from 1 July 2025 and `82@2025-07-01`).
 *
 * @example
 * ```ts
 * import { sameJurisdiction } from 'vn-learning-society';
 * sameJurisdiction('87@2025-03-01', 'VN-45', '2024-05-01'); // true
 * sameJurisdiction('82@2025-07-01', '82', '2024-05-01'); // false (82 was Tiền Giang then)
 * ```
 */
export function sameJurisdiction(documentCode: string, asked: string, day: CalendarDate): boolean {
  if (typeof documentCode !== 'string') badArgument('documentCode', { vi: 'một chuỗi ký tự', en: 'a string' }, documentCode);
  if (documentCode === asked) return true;
  const a = findPlace(documentCode, { at: day });
  const b = findPlace(asked, { at: day });
  return a !== undefined && b !== undefined && a.key === b.key;
}
