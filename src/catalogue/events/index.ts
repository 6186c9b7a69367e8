import { occurrencesOf, type EventOccurrence, type RecurringEvent } from '../../programme/schedule/index.js';

/** The days and periods the programme observes every year. */
export const RECURRING_EVENTS: readonly RecurringEvent[] = [
  {
    id: 'book-and-reading-culture-day',
    label: { vi: 'Ngày Sách và Văn hóa đọc Việt Nam', en: 'Vietnam Book and Reading Culture Day' },
    from: { month: 4, day: 21 },
    basis: { vi: 'Ngày 21 tháng 4 hằng năm (Ngày Sách Việt Nam, nay là Ngày Sách và Văn hóa đọc Việt Nam)', en: '21 April every year (Vietnam Book Day, now Book and Reading Culture Day)' },
  },
  {
    id: 'study-promotion-month',
    label: { vi: 'Tháng Khuyến học', en: 'Study Promotion Month' },
    from: { month: 9, day: 5 },
    to: { month: 10, day: 5 },
    basis: { vi: 'Hải Phòng năm 2024: từ 05/9 đến 05/10 (seed 003)', en: 'Hải Phòng 2024: 5 September to 5 October (seed 003)' },
    uncertain: true,
    note: { vi: 'Ngày bắt đầu và kết thúc do kế hoạch từng năm, từng địa phương quy định.', en: 'Each year’s and each place’s plan sets the first and last day.' },
  },
  {
    id: 'study-promotion-day',
    label: { vi: 'Ngày Khuyến học Việt Nam', en: 'Vietnam Study Promotion Day' },
    from: { month: 10, day: 2 },
    basis: { vi: 'Ngày 02/10 hằng năm (seed 003)', en: '2 October every year (seed 003)' },
  },
  {
    id: 'lifelong-learning-week',
    label: { vi: 'Tuần lễ hưởng ứng học tập suốt đời', en: 'Lifelong Learning Week' },
    from: { month: 10, day: 1 },
    to: { month: 10, day: 7 },
    basis: { vi: 'Tổ chức hằng năm vào đầu tháng 10 theo văn bản của Bộ GD&ĐT', en: 'Held every year in early October, as MOET announces' },
    uncertain: true,
    note: { vi: 'Ngày cụ thể do Bộ GD&ĐT thông báo từng năm; 01–07/10 là giá trị mặc định.', en: 'MOET announces the exact days each year; 1–7 October is a default.' },
  },
];

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
  return occurrencesOf(year, events);
}
