import { describe, expect, it } from 'vitest';
import { LearningSocietyError, Tally } from 'vn-learning-society';
import * as all from 'vn-learning-society/units';
import * as only2025 from 'vn-learning-society/units/2025';

// vn-learning-society/units/2025 (issue 23): the lookups of vn-learning-society/units on the 2025 list alone, so that a
// bundle carries that list without the list before the reform and the merge table. Same arguments, answers and errors.

/** What a call gives: its answer, or its error as plain data (code, summary, issues). */
function outcome(call: () => unknown): unknown {
  try {
    return { answer: call() };
  } catch (e) {
    expect(e).toBeInstanceOf(LearningSocietyError);
    const err = e as LearningSocietyError;
    return { error: { code: err.code, summary: err.summary, issues: err.issues } };
  }
}

// Every 37th commune of the 2025 list, every province, and codes that are wrong in the usual ways.
const communes = all.listUnits({ level: 'commune' }).filter((_, i) => i % 37 === 0).map((u) => u.code);
const provinces = all.listUnits({ level: 'province' }).map((u) => u.code);
const wrong = ['4', '004', '99999', '00013', '80000', '', '1.5', 'abc', '0000004'];
const days = [undefined, '2025-07-01', '2025-11-15', new Date(2026, 0, 1)];

describe('vn-learning-society/units/2025 answers as vn-learning-society/units does on the 2025 list', () => {
  it('exports the four lookups and the reform date, nothing of the lists before', () => {
    expect(Object.keys(only2025).sort()).toEqual(['UNITS_REFORM_DATE', 'findUnit', 'listUnits', 'unitByCode', 'unitChecker']);
    expect(only2025.UNITS_REFORM_DATE).toBe(all.UNITS_REFORM_DATE);
  });

  it('unitByCode: the same unit (the same object) or the same error, for a sample of codes, levels and days', () => {
    expect(communes.length).toBeGreaterThan(80);
    let found = 0;
    for (const code of [...communes, ...provinces, ...wrong]) {
      for (const level of [undefined, 'commune', 'province', 'district'] as const) {
        for (const at of days) {
          const options = { ...(level ? { level } : {}), ...(at ? { at } : {}) };
          const expected = outcome(() => all.unitByCode(code, options));
          expect(outcome(() => only2025.unitByCode(code, options)), `${code} ${JSON.stringify(options)}`).toEqual(expected);
          if ('answer' in (expected as object)) {
            found += 1;
            expect(only2025.unitByCode(code, options)).toBe(all.unitByCode(code, options));
          }
        }
      }
    }
    expect(found).toBeGreaterThan(300);
  });

  it('findUnit: the same answers for exact, unaccented, abbreviated, ambiguous and misspelt names, and codes', () => {
    const names = all.listUnits({ level: 'commune' }).filter((_, i) => i % 97 === 0).map((u) => u.name);
    const queries = [...names, 'P. Ba Đình', 'phuong ba dinh', 'TP HCM', 'Tp. Hồ Chí Minh', 'Xã An Phú', 'An Phu', 'Ba Dinhh', 'Hưng Điền', '00004', '79', '4', 'zzzz', '', ' '.repeat(3), 'x'.repeat(201)];
    for (const q of queries) {
      for (const options of [{}, { level: 'commune' as const }, { province: '80' }, { province: '8' }, { limit: 3 }, { at: '2025-12-31' }]) {
        expect(outcome(() => only2025.findUnit(q, options)), `${q} ${JSON.stringify(options)}`).toEqual(outcome(() => all.findUnit(q, options)));
      }
    }
  });

  it('listUnits: the same lists, and the same errors for a bad level or province', () => {
    for (const level of ['province', 'district', 'commune', 'ward'] as const) {
      for (const province of [undefined, '01', '80', '96', '8', 80]) {
        const options = { level, ...(province !== undefined ? { province } : {}) } as all.ListUnitsOptions;
        expect(outcome(() => only2025.listUnits(options)), JSON.stringify(options)).toEqual(outcome(() => all.listUnits(options)));
      }
    }
    expect(outcome(() => only2025.listUnits(undefined as never))).toEqual(outcome(() => all.listUnits(undefined as never)));
  });

  it('unitChecker: a Tally checks communes against the same list', () => {
    const a = new Tally({ units: all.unitChecker({ at: '2025-11-15' }) });
    const b = new Tally({ units: only2025.unitChecker({ at: '2025-11-15' }) });
    for (const [province, commune] of [['01', '00004'], ['79', '00070'], ['01', '4'], ['01', '99999'], ['80', communes[10]!]]) {
      const record = { province: province!, commune: commune!, model: 'learning-family' as const, recognized: true };
      expect(outcome(() => b.add(record)), `${province} ${commune}`).toEqual(outcome(() => a.add(record)));
    }
    expect(b.by('commune')).toEqual(a.by('commune'));
    const checker = only2025.unitChecker();
    expect(checker.list).toBe('2025-07-01');
    expect(checker.nearest?.('0004')).toEqual(all.unitChecker().nearest?.('0004'));
    expect(checker.nearest?.('0004')).toEqual(['00004 (Phường Ba Đình)']);
  });

  it('refuses a day before 1 July 2025, naming the entry point that has the list before, in both languages', () => {
    for (const call of [
      () => only2025.unitByCode('00004', { at: '2025-06-30' }),
      () => only2025.findUnit('Ba Đình', { at: '2025-03-01' }),
      () => only2025.listUnits({ level: 'province', at: new Date(2024, 11, 31) }),
      () => only2025.unitChecker({ at: '2025-06-30' }),
    ]) {
      const e = outcome(call) as { error: { code: string; summary: unknown; issues: { path: unknown; code: string; message: { vi: string; en: string } }[] } };
      expect(e.error.code).toBe('invalid_input');
      expect(e.error.summary).toEqual({ vi: 'Không có danh mục cho ngày này', en: 'No list for this day' });
      expect(e.error.issues[0]).toMatchObject({ path: ['at'], code: 'no_list' });
      expect(e.error.issues[0]!.message.vi).toMatch(/^vn-learning-society\/units\/2025 chỉ có danh mục từ ngày 01\/07\/2025; 20\d\d-\d\d-\d\d sớm hơn: danh mục trước đó ở vn-learning-society\/units$/);
      expect(e.error.issues[0]!.message.en).toContain('the list before is in vn-learning-society/units');
    }
    // A date that is not one is refused as vn-learning-society/units refuses it.
    expect(outcome(() => only2025.unitByCode('00004', { at: '2025-13-01' }))).toEqual(outcome(() => all.unitByCode('00004', { at: '2025-13-01' })));
  });
});
