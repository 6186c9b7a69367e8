// date-fns one function at a time: its root ('date-fns') loads some 250 modules in Node, 0.18 s at every start (docs/performance.md).
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { dayMonthYear as dmy, toIsoDate, type CalendarDate } from '../../core/calendar-date/index.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import type { Label } from '../../core/label/index.js';
import { parseChecked } from '../../core/internal/check.js';
import type { DayInCycle, RecognitionRule } from './schema.js';
import { recognitionRuleIssues } from './check.js';
import { badArgument, requireObject } from '../../core/internal/args.js';
import type { Confirmation } from '../../document/legal-source/index.js';
import { isReadingField, withReadingFieldsUncertain } from './confirm.js';

export { RECOGNITION_FIELDS } from './keys.js';
export type { DayInCycle, RecognitionReading, RecognitionRule, RecognitionValidity } from './schema.js';
export { READING_CONFIDENCE, READING_FIELDS } from './keys.js';
export { readingStatus, type ReadingStatus } from './confirm.js';

/**
 * Validates a recognition rule from any source (object or JSON text), bounded like a rule set.
 *
 * @throws {@link LearningSocietyError} `untrusted_input` or `invalid_rule_set`.
 *
 * @example
 * ```ts
 * import { parseRecognitionRule, recognitionRule } from 'vn-learning-society';
 * const national = recognitionRule('learning-community', 'commune', '2025-11-15');
 * const mine = parseRecognitionRule(JSON.stringify({
 *   ...national,
 *   id: 'learning-community-commune-vn-x',
 *   jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } },
 * }));
 * mine.jurisdiction.code; // 'VN-X'
 * ```
 */
export function parseRecognitionRule(input: unknown): RecognitionRule {
  return parseChecked(input, recognitionRuleIssues, 'invalid_rule_set', { vi: 'Quy định công nhận không hợp lệ', en: 'Invalid recognition rule' });
}

/**
 * The rule under another of its readings (theo cách hiểu khác): the evaluating body and the recognising authority
 * become that reading's, and `reading` names it. The flags stay: a reading picked is not a reading confirmed. A
 * province that has read the deciding text confirms it in its own rule (its `uncertain` without the fields).
 *
 * @throws {@link LearningSocietyError} `invalid_input` with an `unknown_reading` issue listing the readings, for a rule
 * without readings or an id it does not have.
 *
 * @example
 * ```ts
 * import { recognitionRule, withReading } from 'vn-learning-society';
 * const rule = recognitionRule('learning-community', 'commune', '2025-11-15');
 * rule.reading; // 'department-director'
 * withReading(rule, 'commune-chairperson').recognizingAuthority.vi; // 'Chủ tịch Ủy ban nhân dân cấp xã'
 * ```
 */
export function withReading(rule: RecognitionRule, reading: string): RecognitionRule {
  requireObject(rule, 'rule');
  const readings = Array.isArray(rule.readings) ? rule.readings : [];
  const chosen = readings.find((r) => r.id === reading);
  if (chosen === undefined) {
    const ids = readings.map((r) => r.id);
    throw new LearningSocietyError('invalid_input', { vi: `Không có cách hiểu "${String(reading)}"`, en: `No reading "${String(reading)}"` }, [
      {
        path: ['reading'],
        code: 'unknown_reading',
        message: ids.length
          ? { vi: `quy định ${String(rule.id)} có các cách hiểu: ${ids.join(', ')}`, en: `rule ${String(rule.id)} has the readings: ${ids.join(', ')}` }
          : { vi: `quy định ${String(rule.id)} không có cách hiểu nào để chọn`, en: `rule ${String(rule.id)} has no readings to choose from` },
      },
    ]);
  }
  const copy = structuredClone(rule);
  if (chosen.id === rule.reading) return copy;
  // Another reading than a confirmed one is not confirmed: its fields are uncertain again.
  const { readingConfirmed, uncertain, ...rest } = copy;
  const flags = readingConfirmed === undefined ? uncertain : withReadingFieldsUncertain(uncertain, true);
  return {
    ...rest,
    ...(flags ? { uncertain: flags } : {}),
    recognizingAuthority: structuredClone(chosen.recognizingAuthority),
    ...(chosen.evaluatingBody ? { evaluatingBody: structuredClone(chosen.evaluatingBody) } : {}),
    reading: chosen.id,
  };
}

/**
 * The rule with one of its readings confirmed from a source (xác nhận cách hiểu): that reading in effect, where it
 * was confirmed recorded in `readingConfirmed`, and the fields a reading decides (who evaluates, who recognises, the
 * reading) no longer uncertain, nor the notes that said they were. What a province writes in its own rule once it
 * has read the deciding text; documents then carry no warning about the authority, and `readingStatus` says who
 * confirmed it. The source must be among the rule's `sources` (add it first).
 *
 * @throws {@link LearningSocietyError} `invalid_input` (`unknown_reading`) for a reading the rule does not have;
 * `invalid_rule_set` for a confirmation whose source is not among the rule's, or is malformed.
 *
 * @example
 * ```ts
 * import { confirmReading, recognitionRule, readingStatus } from 'vn-learning-society';
 * const national = recognitionRule('learning-community', 'commune', '2025-11-15');
 * // A made-up confirmation by a made-up province: the deciding text (TT 26/2025) has not been read.
 * const mine = confirmReading(national, 'commune-chairperson', {
 *   ref: 'tt-26-2025-bgddt', article: 'Điều 1', quote: '…Chủ tịch Ủy ban nhân dân cấp xã…',
 *   by: 'Sở GD&ĐT tỉnh X', on: '2026-12-01',
 * });
 * mine.recognizingAuthority.vi; // 'Chủ tịch Ủy ban nhân dân cấp xã'
 * mine.uncertain?.includes('recognizingAuthority'); // false
 * readingStatus(mine)?.confirmed?.by; // 'Sở GD&ĐT tỉnh X'
 * ```
 */
export function confirmReading(rule: RecognitionRule, reading: string, confirmation: Confirmation): RecognitionRule {
  const picked = withReading(rule, reading);
  const { uncertain, notes, readingConfirmed: _earlier, ...rest } = picked;
  const flags = withReadingFieldsUncertain(uncertain, false);
  const kept = (notes ?? []).filter((n) => !(n.uncertain === true && isReadingField(n.about)));
  return parseRecognitionRule({ ...rest, ...(flags ? { uncertain: flags } : {}), ...(kept.length > 0 ? { notes: kept } : {}), readingConfirmed: confirmation });
}

/** The period a recognition covers, and when a higher level may be sought. Dates are `YYYY-MM-DD`, both ends included. */
export interface RecognitionPeriod {
  readonly from: string;
  readonly to: string;
  /** The first day a unit may apply for the next level, where the rule has one. */
  readonly upgradeFrom?: string;
  readonly explanation: Label;
}

/**
 * How long a recognition given on `recognizedOn` stays valid under `rule` (date-fns arithmetic on calendar days).
 *
 * @example
 * ```ts
 * import { recognitionRule, recognitionValidity } from 'vn-learning-society';
 * const rule = recognitionRule('learning-community', 'commune', '2024-03-20');
 * const v = recognitionValidity('2024-03-20', rule);
 * v.to; // '2027-12-31'
 * v.upgradeFrom; // '2025-03-20'
 * ```
 */
export function recognitionValidity(recognizedOn: CalendarDate, rule: RecognitionRule): RecognitionPeriod {
  requireObject(requireObject(rule, 'rule').validity, 'rule.validity');
  const from = toIsoDate(recognizedOn);
  const start = parseISO(from);
  const v = rule.validity;
  let to: string;
  let explanation: Label;
  switch (v.kind) {
    case 'years-after-recognition-year': {
      const year = start.getFullYear() + v.years;
      to = `${year}-12-31`;
      explanation = {
        vi: `Công nhận ngày ${dmy(from)}; kết quả được bảo lưu ${v.years} năm tiếp theo năm được công nhận, đến hết ngày ${dmy(to)}`,
        en: `Recognised on ${dmy(from)}; kept for ${v.years} years after the year of recognition, to ${dmy(to)} inclusive`,
      };
      break;
    }
    case 'months-from-decision':
      to = lightFormat(subDays(addMonths(start, v.months), 1), 'yyyy-MM-dd');
      explanation = {
        vi: `Công nhận ngày ${dmy(from)}; có giá trị ${v.months} tháng, đến hết ngày ${dmy(to)}`,
        en: `Recognised on ${dmy(from)}; valid for ${v.months} months, to ${dmy(to)} inclusive`,
      };
      break;
    case 'one-cycle':
      to = lightFormat(subDays(addYears(start, rule.cycle.everyYears), 1), 'yyyy-MM-dd');
      explanation = {
        vi: `Công nhận ngày ${dmy(from)}; có giá trị đến kỳ đánh giá sau (${rule.cycle.everyYears} năm), đến hết ngày ${dmy(to)}`,
        en: `Recognised on ${dmy(from)}; valid until the next evaluation (${rule.cycle.everyYears} year${rule.cycle.everyYears > 1 ? 's' : ''}), to ${dmy(to)} inclusive`,
      };
      break;
  }
  const out: { -readonly [K in keyof RecognitionPeriod]: RecognitionPeriod[K] } = { from, to, explanation };
  if (rule.upgrade) out.upgradeFrom = lightFormat(addMonths(start, rule.upgrade.afterMonths), 'yyyy-MM-dd');
  return out;
}

/** The dates of one evaluation cycle under a rule, as `YYYY-MM-DD`. */
export interface RecognitionCalendar {
  readonly evaluationYear: number;
  /** The period whose evidence counts. */
  readonly evidence?: { readonly from: string; readonly to: string };
  readonly dossierDue?: string;
  readonly decisionDue?: string;
  readonly reportDue?: string;
}

/**
 * The deadlines of the evaluation of `evaluationYear` under a rule: the evidence period, when dossiers are due,
 * when recognition must be decided, and when results are reported.
 *
 * @example
 * ```ts
 * import { recognitionCalendar, recognitionRule } from 'vn-learning-society';
 * const c = recognitionCalendar(recognitionRule('learning-community', 'district', '2024-06-01'), 2024);
 * c.dossierDue; // '2025-04-30'
 * c.decisionDue; // '2025-05-31'
 * ```
 */
export function recognitionCalendar(rule: RecognitionRule, evaluationYear: number): RecognitionCalendar {
  requireObject(rule, 'rule');
  if (typeof evaluationYear !== 'number') badArgument('evaluationYear', { vi: 'một năm', en: 'a year' }, evaluationYear);
  if (!Number.isInteger(evaluationYear) || evaluationYear < 1900 || evaluationYear > 2200) {
    throw new LearningSocietyError('invalid_input', { vi: 'Năm đánh giá không hợp lệ', en: 'Invalid evaluation year' }, [
      { path: [], code: 'invalid_year', message: { vi: `${evaluationYear} không phải năm hợp lệ`, en: `${evaluationYear} is not a valid year` } },
    ]);
  }
  const out: { -readonly [K in keyof RecognitionCalendar]: RecognitionCalendar[K] } = { evaluationYear };
  if (rule.evidencePeriod === 'calendar-year') out.evidence = { from: `${evaluationYear}-01-01`, to: `${evaluationYear}-12-31` };
  if (rule.dossierDue) out.dossierDue = dayOf(rule.dossierDue, evaluationYear);
  if (rule.decisionDue) out.decisionDue = dayOf(rule.decisionDue, evaluationYear);
  if (rule.reportDue) out.reportDue = dayOf(rule.reportDue, evaluationYear);
  return out;
}

/** A day in a cycle as a date; a day past the end of its month (29–31) falls on the month's last day. */
function dayOf(d: DayInCycle, evaluationYear: number): string {
  const year = evaluationYear + d.yearOffset;
  const last = lastDayOfMonth(new Date(year, d.month - 1, 1)).getDate();
  const day = Math.min(d.day, last);
  return `${year}-${String(d.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
