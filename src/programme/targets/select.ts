import type { Label } from '../../core/label/index.js';
import { checkJurisdictionCode } from '../../document/jurisdiction/index.js';
import { findPlace, placeRelation, placeSuccession, placeText, PROVINCE_REFORM_DATE, type Place, type PlaceRelation } from '../../document/place/index.js';
import type { Target, TargetTable } from './schema.js';
import { checkTargetYear } from './year.js';

/** A target with the table it comes from. */
export interface TargetEntry extends Target {
  /** The id of the table the target comes from. */
  readonly table: string;
  /** That table's jurisdiction code, as the table writes it (`VN`, `87@2025-03-01`, `VN-SG`). */
  readonly jurisdiction: string;
}

/**
 * What a {@link TargetSelection} says about the place and the tables beside the targets themselves:
 * - `province_gone`: the place asked for is a province before 1 July 2025 and the year ends after it: its targets are
 *   of that territory, now part of a new province;
 * - `province_not_yet`: a province from 1 July 2025 asked for a year that ended before it existed;
 * - `code_changed`: a bare statistics code names one province before 1 July 2025 and another from that day, and the
 *   year has both (2025): it was read in the list of the year's last day;
 * - `part_of_territory`: a table in force covers only part of the place asked for (a province before the merger,
 *   inside the new one): it is not applied to the whole;
 * - `wider_territory`: targets came from the table of a wider place that contains the one asked for (the new
 *   province that a former one became part of);
 * - `national_only`: the place has no table of its own in force: the national targets apply.
 */
export type TargetNoteCode = 'province_gone' | 'province_not_yet' | 'code_changed' | 'part_of_territory' | 'wider_territory' | 'national_only';

/** One thing a target selection says about the place asked for and the tables it used or left out. */
export interface TargetNote {
  readonly code: TargetNoteCode;
  /** The table the note is about, if any. */
  readonly table?: string;
  readonly message: Label;
}

/** The targets that apply to a place in a year, and what the place and the tables come to (see {@link TargetNote}). */
export interface TargetSelection {
  /** The code as asked. */
  readonly jurisdiction: string;
  /** The place it names on the year's last day; none for a code known only from a table (a province's own `VN-…`). */
  readonly place?: Place;
  /** The year's last day, on which a bare statistics code is read. */
  readonly day: string;
  readonly entries: TargetEntry[];
  readonly notes: TargetNote[];
}

const ANOTHER_LIST: Readonly<Record<string, string>> = { '2025-03-01': '2025-07-01', '2025-07-01': '2025-03-01' };

/**
 * The targets that apply to a jurisdiction in a year among `tables` (already checked), with notes on the place: for
 * each indicator (and sub-population), the next milestone at or after `year` from the tables of the same place, then
 * from a wider place's (the new province a former one went into), then from the national ones. A table counts when
 * its period covers the year. Places are matched by identity (`VN-45` is `87@2025-03-01`), never a province's table
 * for only part of the place asked. The mechanism behind `targetsFor` and `targetSelectionFor`.
 *
 * @internal
 */
export function selectTargetsWithNotes(tables: readonly TargetTable[], jurisdiction: string, year: number): TargetSelection {
  checkTargetYear(year);
  checkJurisdictionCode(jurisdiction, tables.map((t) => t.jurisdiction.code));
  const day = `${String(year).padStart(4, '0')}-12-31`;
  const asked = findPlace(jurisdiction, { at: day });
  const relation = (t: TargetTable): PlaceRelation => {
    if (t.jurisdiction.code === jurisdiction) return 'same';
    const place = findPlace(t.jurisdiction.code, { at: day });
    return place !== undefined && asked !== undefined ? placeRelation(place, asked) : 'apart';
  };
  const covers = (t: TargetTable) => Number(t.validFrom.slice(0, 4)) <= year && (t.validTo === undefined || year <= Number(t.validTo.slice(0, 4)));
  const inForce = tables.filter(covers).map((t) => ({ t, rel: relation(t), national: t.jurisdiction.code === 'VN' }));
  const pick = (from: readonly TargetTable[]): Map<string, TargetEntry> => {
    const next = new Map<string, TargetEntry>();
    for (const t of from) {
      for (const target of t.targets) {
        if (target.year < year) continue;
        const key = `${target.indicator}|${target.subPopulation?.en ?? ''}`;
        const have = next.get(key);
        if (!have || target.year < have.year) next.set(key, { ...target, table: t.id, jurisdiction: t.jurisdiction.code });
      }
    }
    return next;
  };
  const own = pick(inForce.filter((x) => x.rel === 'same').map((x) => x.t));
  const wider = asked?.key === 'VN' ? new Map<string, TargetEntry>() : pick(inForce.filter((x) => x.rel === 'contains' && !x.national).map((x) => x.t));
  const national = asked?.key === 'VN' ? new Map<string, TargetEntry>() : pick(inForce.filter((x) => x.national).map((x) => x.t));
  const widerUsed = new Set<string>();
  for (const [k, v] of wider) if (!own.has(k)) (own.set(k, v), widerUsed.add(v.table));
  const before = own.size;
  for (const [k, v] of national) if (!own.has(k)) own.set(k, v);
  const entries = [...own.values()];
  return { jurisdiction, ...(asked ? { place: asked } : {}), day, entries, notes: notesOf(jurisdiction, asked, year, day, inForce, widerUsed, before === 0 && jurisdiction !== 'VN' && asked?.key !== 'VN') };
}

function notesOf(
  jurisdiction: string,
  asked: Place | undefined,
  year: number,
  day: string,
  inForce: readonly { t: TargetTable; rel: PlaceRelation }[],
  widerUsed: ReadonlySet<string>,
  nationalOnly: boolean,
): TargetNote[] {
  const notes: TargetNote[] = [];
  if (asked?.list !== undefined) {
    const here = placeText(asked);
    const succession = day >= PROVINCE_REFORM_DATE ? placeSuccession(asked) : undefined;
    if (succession !== undefined) {
      notes.push({
        code: 'province_gone',
        message: {
          vi: `${succession.text.vi}; các chỉ tiêu năm ${year} ở đây là của riêng địa bàn cũ đó (với tỉnh mới: -j ${succession.into.code})`,
          en: `${succession.text.en}; the ${year} targets here are those of that former territory only (for the new province: ${succession.into.code})`,
        },
      });
    }
    if (asked.list === '2025-07-01' && day < PROVINCE_REFORM_DATE) {
      notes.push({ code: 'province_not_yet', message: { vi: `${here.vi} chỉ có từ 01/7/2025, sau năm ${year}`, en: `${here.en} exists only from 1 July 2025, after ${year}` } });
    }
    const other = /^\d\d$/.test(jurisdiction) && year === Number(PROVINCE_REFORM_DATE.slice(0, 4)) ? findPlace(jurisdiction, { list: ANOTHER_LIST[asked.list] as Place['list'] }) : undefined;
    if (other !== undefined && other.name !== asked.name) {
      const was = placeText(other);
      notes.push({
        code: 'code_changed',
        message: {
          vi: `mã ${jurisdiction} là ${was.vi} và ${here.vi}; năm ${year} được đọc theo danh mục ngày ${day}: ${asked.name}${other.iso ? ` (với tỉnh cũ: -j ${other.iso})` : ''}`,
          en: `code ${jurisdiction} is ${was.en} and ${here.en}; ${year} is read in the list of ${day}: ${asked.name}${other.iso ? ` (for the former province: ${other.iso})` : ''}`,
        },
      });
    }
  }
  for (const { t, rel } of inForce) {
    if (rel === 'within' && t.jurisdiction.code !== 'VN' && asked !== undefined && asked.key !== 'VN') {
      const part = findPlace(t.jurisdiction.code, { at: day })!;
      const partText = placeText(part);
      const whole = placeText(asked);
      notes.push({
        code: 'part_of_territory',
        table: t.id,
        message: {
          vi: `bảng ${t.id} chỉ phủ ${partText.vi}, một phần của ${whole.vi}: không dùng cho cả tỉnh${part.iso ? ` (với phần đó: -j ${part.iso})` : ''}`,
          en: `table ${t.id} covers only ${partText.en}, part of ${whole.en}: not applied to the whole province${part.iso ? ` (for that part: ${part.iso})` : ''}`,
        },
      });
    }
    if (widerUsed.has(t.id)) {
      const wide = placeText(findPlace(t.jurisdiction.code, { at: day })!);
      notes.push({ code: 'wider_territory', table: t.id, message: { vi: `bảng ${t.id} là của ${wide.vi}, địa bàn rộng hơn gồm cả nơi này`, en: `table ${t.id} is that of ${wide.en}, a wider place that includes this one` } });
    }
  }
  if (nationalOnly) {
    const who = asked ? placeText(asked) : { vi: jurisdiction, en: jurisdiction };
    notes.push({ code: 'national_only', message: { vi: `${who.vi} chưa có bảng chỉ tiêu riêng, dùng chỉ tiêu toàn quốc`, en: `${who.en} has no table of its own; the national targets apply` } });
  }
  return notes;
}
