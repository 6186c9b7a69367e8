import { describe, expect, it } from 'vitest';
import {
  checkSchedule,
  eventsOfYear,
  formatViDate,
  LearningSocietyError,
  parseQuarter,
  parseViDate,
  SEED_PLANS,
  yearlyDeadline,
} from 'vn-learning-society';

describe('Vietnamese dates', () => {
  it('reads the forms the seeds use (seeds 000–004)', () => {
    expect(parseViDate('ngày 09 tháng 5 năm 2023')).toBe('2023-05-09'); // seed 002
    expect(parseViDate('11/9/2020')).toBe('2020-09-11'); // seed 000
    expect(parseViDate('ngay 25 thang 03 nam 2022')).toBe('2022-03-25'); // seed 001, OCR without diacritics
    expect(parseViDate('ngày 21 tháng 11 năm 2017')).toBe('2017-11-21'); // seed 004
    expect(parseViDate('08/10/2024')).toBe('2024-10-08'); // seed 003
    expect(parseViDate('Thứ Ba, ngày 09 tháng 5 năm 2023')).toBe('2023-05-09');
    expect(parseViDate('29/02/2024')).toBe('2024-02-29');
  });

  it.each(['31/02/2024', '29/02/2023', '0/1/2020', '12/13/2020', 'ngày 9 tháng năm 2023', 'soon'])('refuses %s', (text) => {
    expect(() => parseViDate(text)).toThrowError(LearningSocietyError);
  });

  it('says why a date does not exist', () => {
    expect(() => parseViDate('31/02/2024')).toThrowError(/month 2 of 2024 has 29 days/);
  });

  it('writes dates the way documents do, with the weekday from date-fns’s Vietnamese locale', () => {
    expect(formatViDate('2023-05-09')).toBe('ngày 09 tháng 5 năm 2023');
    expect(formatViDate('2020-09-11', { style: 'short' })).toBe('11/9/2020');
    expect(formatViDate('2020-09-11', { style: 'numeric' })).toBe('11/09/2020');
    expect(formatViDate(new Date(2024, 9, 2), { weekday: true })).toBe('Thứ Tư, ngày 02 tháng 10 năm 2024');
  });

  it('reads quarters: "Quý II năm 2026" (seed 001, OCR "Quy II nam 2026"), "quý IV năm 2018" (seed 004)', () => {
    expect(parseQuarter('Quý II năm 2026')).toEqual({ from: '2026-04-01', to: '2026-06-30', quarter: 2, year: 2026 });
    expect(parseQuarter('Quy II nam 2026')).toMatchObject({ from: '2026-04-01' });
    expect(parseQuarter('quý IV năm 2018')).toMatchObject({ from: '2018-10-01', to: '2018-12-31' });
    expect(parseQuarter('Quý 1/2024')).toMatchObject({ from: '2024-01-01', to: '2024-03-31' });
    expect(() => parseQuarter('Quý V năm 2026')).toThrowError(LearningSocietyError);
  });
});

describe('schedules', () => {
  const longAn = SEED_PLANS.find((p) => p.id === 'plan-long-an-yearbook-2020')!;

  it('accepts the Long An phases: 11–25/9, 26–30/9, 1–10/10/2020, reports due 25/9 (seed 000)', () => {
    const phases = checkSchedule(longAn.schedule, { sequential: true });
    expect(phases.map((p) => [p.start, p.end])).toEqual([
      ['2020-09-11', '2020-09-25'],
      ['2020-09-26', '2020-09-30'],
      ['2020-10-01', '2020-10-10'],
    ]);
    expect(phases[0]!.deadline).toBe('2020-09-25');
  });

  it('refuses a phase that ends before it starts, phases out of order, overlaps and deadlines outside their phase', () => {
    const [a, b] = longAn.schedule!;
    const codes = (phases: unknown, sequential = false) => {
      try {
        checkSchedule(phases, { sequential });
        return [];
      } catch (e) {
        return (e as LearningSocietyError).issues.map((i) => [i.path.join('.'), i.code]);
      }
    };
    expect(codes([{ ...a!, end: '2020-09-01' }])).toEqual([
      ['0.end', 'ends_before_start'],
      ['0.deadline', 'deadline_outside'],
    ]);
    expect(codes([b!, a!])).toEqual([['1.start', 'out_of_order']]);
    expect(codes([a!, { ...b!, start: '2020-09-20' }], true)).toEqual([['1.start', 'overlap']]);
    expect(codes([a!, { ...b!, start: '2020-09-20' }])).toEqual([]);
    expect(codes([{ ...a!, start: '2020-02-30' }])).toEqual([['0.start', 'invalid_format']]);
  });

  it('puts the recurring days on any year: Study Promotion Day 2/10, Book and Reading Culture Day 21/4, Study Promotion Month 5/9–5/10 (seed 003)', () => {
    const y = Object.fromEntries(eventsOfYear(2024).map((e) => [e.id, [e.from, e.to, e.uncertain]]));
    expect(y['study-promotion-day']).toEqual(['2024-10-02', '2024-10-02', false]);
    expect(y['book-and-reading-culture-day']).toEqual(['2024-04-21', '2024-04-21', false]);
    expect(y['study-promotion-month']).toEqual(['2024-09-05', '2024-10-05', true]);
    expect(y['lifelong-learning-week']![2]).toBe(true);
    expect(eventsOfYear(2031).find((e) => e.id === 'study-promotion-day')?.from).toBe('2031-10-02');
    const newYear = eventsOfYear(2025, [{ id: 'tet', label: { vi: 'Tết', en: 'New Year' }, from: { month: 12, day: 30 }, to: { month: 1, day: 3 }, basis: { vi: 'thử', en: 'test' } }]);
    expect(newYear[0]).toMatchObject({ from: '2025-12-30', to: '2026-01-03' });
  });

  it('works out "before 20 November every year" (seed 001) and "by 15 December" (Công văn 6782/BGDĐT-GDTX)', () => {
    expect(yearlyDeadline({ month: 11, day: 20, before: true }, 2026)).toEqual({ named: '2026-11-20', lastDay: '2026-11-19' });
    expect(yearlyDeadline({ month: 12, day: 15, before: false }, 2026)).toEqual({ named: '2026-12-15', lastDay: '2026-12-15' });
    expect(yearlyDeadline({ month: 3, day: 1, before: true }, 2024).lastDay).toBe('2024-02-29');
  });
});
