import { occurrencesOf, type EventOccurrence, type RecurringEvent } from '../../programme/schedule/index.js';
import { shipped } from '../shipped/index.js';
import eventsFile from '../../../data/events/recurring-events.json' with { type: 'json' };
import { requireArray, requireObject } from '../../core/internal/args.js';

/**
 * The days and periods the programme observes every year (data/events/recurring-events.json): the Book and Reading
 * Culture Day, the Study Promotion Month and Day, and the Lifelong Learning Week. Frozen.
 */
export const RECURRING_EVENTS: readonly RecurringEvent[] = /* @__PURE__ */ shipped<{ events: RecurringEvent[] }>(eventsFile).events;

/**
 * The recurring days and periods of the programme in a given year (or of your own list of events).
 *
 * @example
 * ```ts
 * import { eventsOfYear } from 'vn-learning-society';
 * eventsOfYear(2026).find((e) => e.id === 'study-promotion-day'); // { id: 'study-promotion-day', from: '2026-10-02', to: '2026-10-02', … }
 * ```
 */
export function eventsOfYear(year: number, events: readonly RecurringEvent[] = RECURRING_EVENTS): EventOccurrence[] {
  requireArray(events, 'events');
  events.forEach((e, i) => requireObject(requireObject(e, `events[${i}]`).from, `events[${i}].from`));
  return occurrencesOf(year, events);
}
