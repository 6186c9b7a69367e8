import type { CalendarDate } from '../../core/calendar-date/index.js';
import type { Level, Model } from '../../core/model/index.js';
import { filterDocuments, pickInForce } from '../../document/registry/index.js';
import { parseRecognitionRule, withReading } from '../../programme/recognition/index.js';
import type { RecognitionRule } from '../../programme/recognition/schema.js';
import { RECOGNITION_RULES } from '../generated/recognition.js';
import { requireObject } from '../../core/internal/args.js';

const WHAT = { vi: 'quy định công nhận', en: 'recognition rule' };

/** Options of {@link recognitionRule} and {@link listRecognitionRules}. */
export interface RecognitionLookup {
  /** Jurisdiction code; a province's own rule wins over the national one. Default `VN`. */
  readonly jurisdiction?: string;
  /** Extra rules (e.g. a province's), checked with {@link parseRecognitionRule}; looked up before the shipped ones. */
  readonly rules?: readonly RecognitionRule[];
  /**
   * The reading to apply where the rule in force has readings (an unsettled rule: who recognises a commune learning
   * community from 1 July 2025, say); see `withReading`. Without it, the rule's own reading.
   */
  readonly reading?: string;
}

/**
 * The shipped recognition rules (and your own, first), optionally of one model and level or in force on a day.
 *
 * @example
 * ```ts
 * import { listRecognitionRules } from 'vn-learning-society';
 * listRecognitionRules({ model: 'learning-community', level: 'district' }).map((r) => r.id); // ['learning-community-district-tt25']
 * ```
 */
export function listRecognitionRules(
  filter: { model?: Model; level?: Level; at?: CalendarDate } = {},
  lookup: RecognitionLookup = {},
): RecognitionRule[] {
  requireObject(filter, 'filter');
  requireObject(lookup, 'lookup');
  return filterDocuments(allRules(lookup), { ...(filter.model ? { model: filter.model } : {}), ...(filter.level ? { level: filter.level } : {}), ...(filter.at !== undefined ? { at: filter.at } : {}) });
}

/**
 * Who registers, who evaluates, who recognises, when and for how long, for a title and level on a given day —
 * including the change to two tiers of local government on 1 July 2025.
 *
 * @throws {@link LearningSocietyError} `rule_set_not_found` for a day no rule covers (such as a district title after
 * 30 June 2025), listing the periods there are.
 *
 * @example
 * ```ts
 * import { recognitionRule } from 'vn-learning-society';
 * recognitionRule('learning-community', 'commune', '2024-11-15').recognizingAuthority.vi; // 'Trưởng Phòng Giáo dục và Đào tạo cấp huyện'
 * recognitionRule('learning-community', 'commune', '2025-11-15').recognizingAuthority.vi; // 'Giám đốc Sở Giáo dục và Đào tạo'
 * // Unsettled since 1 July 2025: the other reading, by name.
 * recognitionRule('learning-community', 'commune', '2025-11-15', { reading: 'commune-chairperson' }).recognizingAuthority.vi; // 'Chủ tịch Ủy ban nhân dân cấp xã'
 * ```
 */
export function recognitionRule(model: Model, level: Level | undefined, date: CalendarDate, lookup: RecognitionLookup = {}): RecognitionRule {
  const rule = structuredClone(pickInForce(allRules(lookup), level ? { model, level } : model, date, lookup.jurisdiction ?? 'VN', WHAT));
  return lookup.reading === undefined || lookup.reading === rule.reading ? rule : withReading(rule, lookup.reading);
}

function allRules(lookup: RecognitionLookup): RecognitionRule[] {
  const own = (lookup.rules ?? []).map((r) => parseRecognitionRule(r));
  return [...own, ...RECOGNITION_RULES];
}
