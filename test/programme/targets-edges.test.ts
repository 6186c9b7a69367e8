import { describe, expect, it } from 'vitest';
import { LearningSocietyError, parseTargetTable, progress, progressCountsOf, type TargetEntry } from 'vn-learning-society';
import { selectTargets } from '../../src/programme/targets/index.js';
import type { TargetTable } from '../../src/programme/targets/schema.js';

// What mutation testing found untested in progress against targets (issue 24; ../shared/reports/mutation-2026-12.md,
// part A): the verdict of a progress row, its denominator, and which table's target applies. The targets here are
// synthetic test data, not official figures.

const label = (vi: string, en = vi) => ({ vi, en });
const entry = (over: Partial<TargetEntry> & Pick<TargetEntry, 'value'>): TargetEntry => ({
  id: 't',
  indicator: 'learning-families',
  model: 'learning-family',
  label: label('Gia đình học tập', 'Learning families'),
  year: 2025,
  population: label('hộ gia đình', 'households'),
  base: 'all',
  table: 'test-table',
  jurisdiction: 'VN',
  ...over,
});

describe('an at-least target is met at its amount, and not below it', () => {
  const sessions = entry({ indicator: 'sessions', model: undefined, value: { kind: 'at-least', amount: 3, unit: label('buổi', 'sessions') } });
  it('2 of at least 3 is not met; 3 is met; 4 is met', () => {
    expect(progress({ sessions: 2 }, [sessions])[0]).toMatchObject({ status: 'not-met', explanation: { vi: 'Gia đình học tập: đạt 2, chỉ tiêu 3 buổi năm 2025 — chưa đạt' } });
    expect(progress({ sessions: 3 }, [sessions])[0]!.status).toBe('met');
    expect(progress({ sessions: 4 }, [sessions])[0]!.status).toBe('met');
  });
  it('a negative, infinite or non-number amount is refused with a typed error', () => {
    for (const bad of [-1, Number.POSITIVE_INFINITY, Number.NaN]) expect(() => progress({ sessions: bad }, [sessions]), String(bad)).toThrowError(LearningSocietyError);
  });
});

describe('the whole a share is taken of', () => {
  const counts = { 'learning-family': { evaluated: 10, recognized: 9 } };
  it("base 'evaluated' takes the units evaluated, not the population given", () => {
    const t = entry({ base: 'evaluated', value: { kind: 'percent', percent: 90 } });
    expect(progressCountsOf(counts, [t], { populations: { 'learning-family': 40 } }).counts).toEqual({ 'learning-families': { part: 9, whole: 10 } });
  });
  it("base 'all' takes the population: 9 of 40 households, and without one the target is unmatched", () => {
    const t = entry({ value: { kind: 'percent', percent: 90 } });
    expect(progressCountsOf(counts, [t], { populations: { 'learning-family': 40 } }).counts).toEqual({ 'learning-families': { part: 9, whole: 40 } });
    const none = progressCountsOf(counts, [t]);
    expect([none.counts, none.unmatched.map((u) => u.indicator)]).toEqual([{}, ['learning-families']]);
  });
  it('a negative population is refused', () => {
    const t = entry({ value: { kind: 'percent', percent: 90 } });
    expect(() => progressCountsOf(counts, [t], { populations: { 'learning-family': -1 } })).toThrowError(LearningSocietyError);
  });
  it('a repeated indicator keeps the first target’s count (the nearest year comes first)', () => {
    const first = entry({ id: 'a', base: 'evaluated', value: { kind: 'percent', percent: 90 } });
    const second = entry({ id: 'b', value: { kind: 'percent', percent: 95 }, year: 2030 });
    expect(progressCountsOf(counts, [first, second], { populations: { 'learning-family': 40 } }).counts).toEqual({ 'learning-families': { part: 9, whole: 10 } });
  });
  it('90 % of 10 requires 9: met at 9, not met at 8 with 1 to go', () => {
    const t = entry({ base: 'evaluated', value: { kind: 'percent', percent: 90 } });
    expect(progress({ 'learning-families': { part: 9, whole: 10 } }, [t])[0]).toMatchObject({ status: 'met', required: 9, gap: 0 });
    expect(progress({ 'learning-families': { part: 8, whole: 10 } }, [t])[0]).toMatchObject({ status: 'not-met', required: 9, gap: 1 });
  });
});

describe('which table applies in a year', () => {
  const table = (id: string, validFrom: string, validTo: string | undefined, percent: number, year = 2025): TargetTable => ({
    schemaVersion: 1,
    id,
    jurisdiction: { code: 'VN', name: label('Toàn quốc', 'Vietnam') },
    title: label(id),
    sources: [{ id: 'doc', document: { kind: 'other', number: '1/TEST', issuer: label('Cơ quan thử', 'Test body'), date: '2020-01-01' } }],
    validFrom,
    ...(validTo !== undefined ? { validTo } : {}),
    targets: [{ id: 'fam', indicator: 'learning-families', model: 'learning-family', label: label('Gia đình học tập'), year, value: { kind: 'percent', percent }, population: label('hộ'), base: 'all' }],
  });
  it('a table is used only in the years its period covers', () => {
    const old = table('old', '2016-01-01', '2020-12-31', 70);
    const current = table('current', '2021-01-01', '2030-12-31', 80);
    const future = table('future', '2031-01-01', undefined, 99, 2035);
    expect(selectTargets([old, current, future], 'VN', 2025).map((t) => [t.table, t.year, t.value])).toEqual([['current', 2025, { kind: 'percent', percent: 80 }]]);
    expect(selectTargets([old, current, future], 'VN', 2020).map((t) => t.table)).toEqual(['old']);
    expect(selectTargets([old, current, future], 'VN', 2032).map((t) => t.table)).toEqual(['future']);
  });
  it('a table that starts after the year is not used, even for an indicator no other table sets', () => {
    const current = table('current', '2021-01-01', '2030-12-31', 80);
    const later = { ...table('later', '2031-01-01', undefined, 99, 2035), targets: [{ ...table('x', '2031-01-01', undefined, 99, 2035).targets[0]!, id: 'books', indicator: 'books-per-person' }] };
    expect(selectTargets([current, later], 'VN', 2025).map((t) => t.id)).toEqual(['fam']);
    expect(selectTargets([current, later], 'VN', 2031).map((t) => t.id)).toEqual(['books']);
  });
  it('a target for a sub-population is a target of its own beside the one for everybody', () => {
    const t = table('sub', '2021-01-01', '2030-12-31', 80);
    const both = {
      ...t,
      targets: [
        ...t.targets,
        { ...t.targets[0]!, id: 'fam-hard', subPopulation: label('vùng khó khăn', 'disadvantaged areas'), value: { kind: 'percent' as const, percent: 60 } },
        { ...t.targets[0]!, id: 'fam-ethnic', subPopulation: label('vùng dân tộc thiểu số', 'ethnic minority areas'), value: { kind: 'percent' as const, percent: 50 } },
      ],
    };
    expect(selectTargets([both], 'VN', 2025).map((x) => x.id)).toEqual(['fam', 'fam-hard', 'fam-ethnic']);
  });
  it('of an indicator repeated in one table, the nearest milestone at or after the year wins', () => {
    const t = table('two', '2021-01-01', '2030-12-31', 80);
    const both = { ...t, targets: [{ ...t.targets[0]!, id: 'late', year: 2030, value: { kind: 'percent' as const, percent: 90 } }, ...t.targets] };
    expect(selectTargets([both], 'VN', 2025).map((x) => x.id)).toEqual(['fam']);
    expect(selectTargets([both], 'VN', 2026).map((x) => x.id)).toEqual(['late']);
  });
  it('a table that sets one indicator twice for the same year (and sub-population) is refused: which applies would depend on the order', () => {
    const t = table('twice', '2021-01-01', '2030-12-31', 80);
    const twice = { ...t, targets: [...t.targets, { ...t.targets[0]!, id: 'fam-again', value: { kind: 'percent' as const, percent: 85 } }] };
    const issues = (() => {
      try {
        parseTargetTable(twice);
      } catch (e) {
        return (e as LearningSocietyError).issues.map((i) => [i.code, i.path.join('.')]);
      }
      return [];
    })();
    expect(issues).toEqual([['duplicate_id', 'targets.1.year']]);
    // Another sub-population, or another year, is a target of its own.
    expect(parseTargetTable({ ...twice, targets: [t.targets[0]!, { ...twice.targets[1]!, subPopulation: label('vùng khó khăn', 'disadvantaged areas') }] }).targets).toHaveLength(2);
    expect(parseTargetTable({ ...twice, targets: [t.targets[0]!, { ...twice.targets[1]!, year: 2030 }] }).targets).toHaveLength(2);
  });
});

describe('what progress says, and what it refuses (issue 24, second pass)', () => {
  const counts = { 'learning-family': { evaluated: 10, recognized: 9 } };
  it('says why a target has no count: no model, no counts for its model, no population', () => {
    const noModel = entry({ indicator: 'sessions', model: undefined, value: { kind: 'percent', percent: 90 } });
    const evaluated = entry({ base: 'evaluated', value: { kind: 'percent', percent: 90 } });
    const all = entry({ value: { kind: 'percent', percent: 90 } });
    expect(progressCountsOf(counts, [noModel]).unmatched).toEqual([{ indicator: 'sessions', reason: { vi: 'chỉ tiêu không gắn với một mô hình học tập', en: 'the target names no learning model' } }]);
    expect(progressCountsOf({}, [evaluated]).unmatched[0]!.reason).toEqual({ vi: 'không có số liệu learning-family', en: 'no counts for learning-family' });
    expect(progressCountsOf(counts, [all]).unmatched[0]!.reason).toEqual({ vi: 'cần tổng số (hộ gia đình) trong populations["learning-family"]', en: 'needs the whole (households) in populations["learning-family"]' });
  });
  it('takes a population of 0 (a model with no units in the place)', () => {
    const t = entry({ value: { kind: 'percent', percent: 90 } });
    expect(progressCountsOf({ 'learning-family': { evaluated: 0, recognized: 0 } }, [t], { populations: { 'learning-family': 0 } }).counts).toEqual({ 'learning-families': { part: 0, whole: 0 } });
  });
  it('writes the target the way each language writes numbers: 92,5 % and 1.200,5 in Vietnamese, 92.5% and 1200.5 in English', () => {
    const share = progress({ 'learning-families': { part: 925, whole: 1000 } }, [entry({ value: { kind: 'percent', percent: 92.5 } })])[0]!;
    expect(share.explanation).toEqual({
      vi: 'Gia đình học tập: 925/1.000 = 92,50%, chỉ tiêu 92,5% năm 2025 cần ít nhất 925 — đạt',
      en: 'Learning families: 925/1000 = 92.50%, the 2025 target of 92.5% needs at least 925 — met',
    });
    const amount = progress({ sessions: 1500 }, [entry({ indicator: 'sessions', value: { kind: 'at-least', amount: 1200.5, unit: label('buổi', 'sessions') } })])[0]!;
    expect(amount.explanation).toEqual({ vi: 'Gia đình học tập: đạt 1.500, chỉ tiêu 1.200,5 buổi năm 2025 — đạt', en: 'Learning families: 1500 against 1200.5 sessions by 2025 — met' });
  });
  it('an amount that is not a finite number is refused as such, naming the indicator', () => {
    const sessions = entry({ indicator: 'sessions', value: { kind: 'at-least', amount: 3, unit: label('buổi', 'sessions') } });
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '3']) {
      let issues: unknown;
      try {
        progress({ sessions: bad as number }, [sessions]);
      } catch (e) {
        issues = (e as LearningSocietyError).issues.map((i) => [i.path.join('.'), i.code, i.message.en]);
      }
      expect(issues, String(bad)).toEqual([['sessions', 'invalid_amount', 'a non-negative number is needed']]);
    }
  });
  it('an amount of 0 is a count (not met against at least 3), not a refusal', () => {
    const sessions = entry({ indicator: 'sessions', value: { kind: 'at-least', amount: 3, unit: label('buổi', 'sessions') } });
    expect(progress({ sessions: 0 }, [sessions])[0]).toMatchObject({ status: 'not-met', explanation: { en: 'Learning families: 0 against 3 sessions by 2025 — not met' } });
  });
  it('a share target given a number or null instead of { part, whole } is refused, naming the indicator', () => {
    const t = entry({ value: { kind: 'percent', percent: 90 } });
    for (const bad of [5, null]) {
      let issues: unknown;
      try {
        progress({ 'learning-families': bad as unknown as number }, [t]);
      } catch (e) {
        issues = (e as LearningSocietyError).issues.map((i) => [i.path.join('.'), i.code]);
      }
      expect(issues, String(bad)).toEqual([['learning-families', 'invalid_count']]);
    }
  });
});
