import { toIsoDate, type CalendarDate } from '../../core/calendar-date/index.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import { valueText } from '../../core/internal/value-text.js';
import type { Label } from '../../core/label/index.js';
import { checkLevel, checkModel, LEVEL_LABELS, MODEL_LABELS, type Level, type Model } from '../../core/model/index.js';
import { checkJurisdictionCode } from '../jurisdiction/index.js';
import { sameJurisdiction } from '../place/index.js';

/** A model, or a model at a level (for models recognised at several levels). */
export type ModelRef = Model | { readonly model: Model; readonly level?: Level };

/** Anything dated and tied to a model and a jurisdiction: rule sets, recognition rules. */
export interface DatedForModel {
  readonly id: string;
  readonly model: Model;
  readonly level?: Level;
  readonly jurisdiction: { readonly code: string };
  readonly validFrom: string;
  readonly validTo?: string;
}

/** True when `item` is in force on `day` (`YYYY-MM-DD`, both ends inclusive). */
export function inForce(item: Pick<DatedForModel, 'validFrom' | 'validTo'>, day: string): boolean {
  return item.validFrom <= day && (item.validTo === undefined || day <= item.validTo);
}

/** Which dated documents to list: any combination of model, level, a day in force and a jurisdiction code. */
export interface DocumentFilter {
  readonly model?: Model;
  readonly level?: Level;
  /** Only documents in force on this day. */
  readonly at?: CalendarDate;
  /** Jurisdiction code, `VN` for the national ones or e.g. `VN-45` for a province's. */
  readonly jurisdiction?: string;
}

/** The documents that match a filter, in their order. */
export function filterDocuments<T extends DatedForModel>(all: readonly T[], filter: DocumentFilter = {}): T[] {
  if (filter === null || typeof filter !== 'object') throw new LearningSocietyError('invalid_input', { vi: 'Bộ lọc không hợp lệ', en: 'Invalid filter' }, [{ path: [], code: 'not_object', message: { vi: `cần một đối tượng, nhận được ${valueText(filter)}`, en: `expected an object, got ${valueText(filter)}` } }]);
  if (filter.model !== undefined) checkModel(filter.model, ['model']);
  if (filter.level !== undefined) checkLevel(filter.level, ['level']);
  if (filter.jurisdiction !== undefined) checkJurisdictionCode(filter.jurisdiction, all.map((r) => r.jurisdiction.code));
  const day = filter.at !== undefined ? toIsoDate(filter.at) : undefined;
  return all.filter(
    (r) =>
      (filter.model === undefined || r.model === filter.model) &&
      (filter.level === undefined || r.level === filter.level) &&
      (filter.jurisdiction === undefined || sameJurisdiction(r.jurisdiction.code, filter.jurisdiction, day ?? r.validFrom)) &&
      (day === undefined || inForce(r, day)),
  );
}

/** The model and level of a {@link ModelRef} from plain JS, checked. */
function modelRefOf(ref: unknown): { model: Model; level: Level | undefined } {
  if (typeof ref === 'object' && ref !== null && 'model' in ref) {
    const r = ref as { model: unknown; level?: unknown };
    return { model: checkModel(r.model, ['model']), level: r.level === undefined ? undefined : checkLevel(r.level, ['level']) };
  }
  return { model: checkModel(ref, ['model']), level: undefined };
}

/**
 * The one item in force for a model (and level) on a day: the jurisdiction's own if it has one, else the national
 * one. `what` names the kind of item in errors ("rule set", "recognition rule").
 *
 * @throws {@link LearningSocietyError} `rule_set_not_found` listing the periods there are, or `ambiguous_rule_set`.
 */
export function pickInForce<T extends DatedForModel>(
  all: readonly T[],
  ref: ModelRef,
  date: CalendarDate,
  jurisdiction: string,
  what: Label,
): T {
  const { model, level } = modelRefOf(ref);
  const day = toIsoDate(date);
  checkJurisdictionCode(jurisdiction, all.map((r) => r.jurisdiction.code));
  const ofModel = all.filter((r) => r.model === model && (level === undefined || r.level === level));
  const candidates = (code: string) => ofModel.filter((r) => sameJurisdiction(r.jurisdiction.code, code, day) && inForce(r, day));
  let found = candidates(jurisdiction);
  if (found.length === 0 && jurisdiction !== 'VN') found = candidates('VN');
  const subject = {
    vi: `${MODEL_LABELS[model].vi}${level ? ` ${LEVEL_LABELS[level].vi}` : ''}`,
    en: `${MODEL_LABELS[model].en}${level ? ` (${LEVEL_LABELS[level].en})` : ''}`,
  };
  if (found.length === 1) return found[0]!;
  if (found.length === 0) {
    const periods = ofModel.map((r) => `${r.id} (${r.jurisdiction.code}): ${r.validFrom} → ${r.validTo ?? '…'}`);
    throw new LearningSocietyError(
      'rule_set_not_found',
      {
        vi: `Không có ${what.vi} “${subject.vi}” có hiệu lực ngày ${day} (${jurisdiction})`,
        en: `No “${subject.en}” ${what.en} is in force on ${day} (${jurisdiction})`,
      },
      [
        {
          path: [],
          code: 'none_in_force',
          message: {
            vi: periods.length ? `hiện có: ${periods.join('; ')}` : 'chưa có cho mô hình này',
            en: periods.length ? `there are: ${periods.join('; ')}` : 'there is none for this model yet',
          },
        },
      ],
    );
  }
  throw new LearningSocietyError(
    'ambiguous_rule_set',
    {
      vi: `Có ${found.length} ${what.vi} “${subject.vi}” cùng hiệu lực ngày ${day}; hãy chỉ rõ cấp hoặc mã`,
      en: `${found.length} “${subject.en}” ${what.en}s are in force on ${day}; give the level or pick one by id`,
    },
    found.map((r) => ({
      path: [],
      code: 'candidate',
      message: { vi: `${r.id} (cấp ${r.level ?? '—'})`, en: `${r.id} (level ${r.level ?? '—'})` },
    })),
  );
}
