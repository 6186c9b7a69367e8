// date-fns one function at a time: its root ('date-fns') loads some 250 modules in Node, 0.18 s at every start (docs/performance.md).
import { isValid } from 'date-fns/isValid';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import { LearningSocietyError } from '../errors/index.js';
import { valueText } from '../internal/value-text.js';


/**
 * An ISO date `YYYY-MM-DD` as Vietnamese documents print it, `DD/MM/YYYY` (the same in English citations).
 *
 * @internal
 */
export function dayMonthYear(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** A calendar day: a `Date` (read in local time) or an ISO date string `YYYY-MM-DD`. */
export type CalendarDate = Date | string;

/**
 * Turns a {@link CalendarDate} into `YYYY-MM-DD`. Rule-set periods are whole days, so only the calendar day
 * of a `Date` counts (in the caller's local time zone).
 *
 * @throws {@link LearningSocietyError} `invalid_input` for an invalid date or a string not of that form.
 *
 * @example
 * ```ts
 * import { toIsoDate } from 'vn-learning-society';
 * toIsoDate('2023-05-09'); // '2023-05-09'
 * toIsoDate(new Date(2023, 4, 9)); // '2023-05-09'
 * ```
 */
export function toIsoDate(date: CalendarDate): string {
  if (typeof date === 'string') {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(date) ? parseISO(date) : undefined;
    if (d && isValid(d) && lightFormat(d, 'yyyy-MM-dd') === date) return date;
  } else if (date instanceof Date && isValid(date)) {
    return lightFormat(date, 'yyyy-MM-dd');
  }
  throw new LearningSocietyError('invalid_input', { vi: 'Ngày không hợp lệ', en: 'Invalid date' }, [
    {
      path: [],
      code: 'invalid_date',
      message: {
        vi: `${valueText(date)} không phải ngày hợp lệ dạng YYYY-MM-DD`,
        en: `${valueText(date)} is not a valid date of the form YYYY-MM-DD`,
      },
    },
  ]);
}
