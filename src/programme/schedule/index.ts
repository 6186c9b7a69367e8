// date-fns one function at a time: its root ('date-fns') loads some 250 modules in Node, 0.18 s at every start (docs/performance.md).
import { addDays } from 'date-fns/addDays';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import { LearningSocietyError, type Issue } from '../../core/errors/index.js';
import { type Label } from '../../core/label/index.js';
import { problemsOf } from '../../core/internal/check.js';
import type { Phase, RecurringEvent } from './schema.js';
import { schedule } from './check.js';
import { isoFromParts, type DateRange } from '../../core/vi-date/index.js';
import { requireObject } from '../../core/internal/args.js';

export type { Phase, RecurringEvent } from './schema.js';

/**
 * Checks a plan's phases: each ends on or after its start, phases are listed in order of their start, each deadline
 * falls inside its phase, and (with `sequential`) no phase starts before the previous one ended. Returns the phases
 * validated; every problem is reported with its path in both languages.
 *
 * @throws {@link LearningSocietyError} `invalid_input`.
 *
 * @example
 * ```ts
 * import { checkSchedule } from 'vn-learning-society';
 * const phases = checkSchedule([
 *   { id: 'write', label: { vi: 'Viết báo cáo', en: 'Write' }, start: '2020-09-11', end: '2020-09-25', deadline: '2020-09-25' },
 *   { id: 'print', label: { vi: 'In, phát hành', en: 'Print' }, start: '2020-10-01', end: '2020-10-10' },
 * ], { sequential: true });
 * phases.length; // 2
 * ```
 */
export function checkSchedule(phases: unknown, options: { sequential?: boolean } = {}): Phase[] {
  const problems = problemsOf(schedule, phases);
  if (problems.length > 0) throw new LearningSocietyError('invalid_input', { vi: 'Lịch trình không hợp lệ', en: 'Invalid schedule' }, problems);
  const list = structuredClone(phases) as Phase[];
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  list.forEach((p, i) => {
    const first = ids.get(p.id);
    if (first !== undefined) issues.push({ path: [i, 'id'], code: 'duplicate_id', message: { vi: `trùng mã giai đoạn "${p.id}"`, en: `duplicate phase id "${p.id}"` }, id: p.id, first: [first, 'id'] });
    else ids.set(p.id, i);
    if (p.end < p.start) {
      issues.push({ path: [i, 'end'], code: 'ends_before_start', message: { vi: `giai đoạn "${p.label.vi}" kết thúc (${p.end}) trước khi bắt đầu (${p.start})`, en: `phase "${p.label.en}" ends (${p.end}) before it starts (${p.start})` } });
    }
    if (p.deadline !== undefined && (p.deadline < p.start || p.deadline > p.end)) {
      issues.push({ path: [i, 'deadline'], code: 'deadline_outside', message: { vi: `hạn ${p.deadline} nằm ngoài giai đoạn ${p.start} – ${p.end}`, en: `the deadline ${p.deadline} is outside the phase ${p.start} – ${p.end}` } });
    }
    const prev = list[i - 1];
    if (prev !== undefined) {
      if (p.start < prev.start) {
        issues.push({ path: [i, 'start'], code: 'out_of_order', message: { vi: `giai đoạn "${p.label.vi}" bắt đầu trước giai đoạn liền trước`, en: `phase "${p.label.en}" starts before the phase listed before it` } });
      } else if (options.sequential && p.start <= prev.end) {
        issues.push({ path: [i, 'start'], code: 'overlap', message: { vi: `giai đoạn "${p.label.vi}" bắt đầu (${p.start}) trước khi giai đoạn trước kết thúc (${prev.end})`, en: `phase "${p.label.en}" starts (${p.start}) before the previous one ends (${prev.end})` } });
      }
    }
  });
  if (issues.length > 0) throw new LearningSocietyError('invalid_input', { vi: 'Lịch trình không hợp lệ', en: 'Invalid schedule' }, issues);
  return list;
}


/** An event on the calendar of one year. */
export interface EventOccurrence extends DateRange {
  readonly id: string;
  readonly label: Label;
  readonly uncertain: boolean;
}

/**
 * The recurring days and periods of `events` in a given year: the mechanism behind `eventsOfYear`.
 *
 * @internal
 */
export function occurrencesOf(year: number, events: readonly RecurringEvent[]): EventOccurrence[] {
  return events.map((e) => {
    const from = isoFromParts(year, e.from.month, e.from.day);
    const end = e.to ?? e.from;
    const crosses = end.month < e.from.month || (end.month === e.from.month && end.day < e.from.day);
    const to = isoFromParts(crosses ? year + 1 : year, end.month, end.day);
    return { id: e.id, label: e.label, from, to, uncertain: e.uncertain === true };
  });
}

/** A deadline that recurs every year: "trước ngày 20 tháng 11 hằng năm" is `{ month: 11, day: 20, before: true }`. */
export interface YearlyDeadline {
  readonly month: number;
  readonly day: number;
  /** True for "before" the day (the day itself is too late); false for "by" the day (the day is the last). */
  readonly before: boolean;
}

/**
 * A yearly deadline in a given year: the day named and the last day on which the deliverable is on time.
 *
 * @example
 * ```ts
 * import { yearlyDeadline } from 'vn-learning-society';
 * // Đồng Tháp's districts report "trước ngày 20 tháng 11 hằng năm" (seed 001):
 * yearlyDeadline({ month: 11, day: 20, before: true }, 2026); // { named: '2026-11-20', lastDay: '2026-11-19' }
 * ```
 */
export function yearlyDeadline(rule: YearlyDeadline, year: number): { named: string; lastDay: string } {
  requireObject(rule, 'rule');
  const named = isoFromParts(year, rule.month, rule.day);
  return { named, lastDay: rule.before ? lightFormat(addDays(parseISO(named), -1), 'yyyy-MM-dd') : named };
}
