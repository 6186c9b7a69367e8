import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkJurisdictionCode,
  findPlace,
  forkTargetTable,
  LearningSocietyError,
  listPlaces,
  listTargets,
  parseTargetTable,
  placeOf,
  placeRelation,
  PROVINCE_ISO_CODES,
  ruleSetFor,
  sameJurisdiction,
  Tally,
  targetSelectionFor,
  targetsFor,
} from 'vn-learning-society';
import { jurisdictionSchema } from 'vn-learning-society/schemas';
import { unitChecker } from 'vn-learning-society/units';
import { memoryIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

// One identity for places (issue 23, item 9): the statistics office's province codes with the list they belong to are
// the canonical jurisdiction; ISO 3166-2:VN codes are aliases of the provinces before 1 July 2025. Figures from the
// statistics office's lists (Công văn 915/CTK-CSCL; the list as of 1 March 2025) and the province merger of
// Nghị quyết 202/2025/QH15, as shipped in data/units/ (../shared/reference/admin-units/).

const json = (path: string) => JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('data/places/provinces.json is the province level of data/units/', () => {
  const places = json('places/provinces.json') as { lists: Record<string, { provinces: [string, string, unknown][] }> };
  it('the 63 provinces before 1 July 2025 and the 34 from that day, with the same codes and names as the unit lists', () => {
    const before = json('units/units-2025-03-01.json') as { provinces: [string, string][] };
    const after = json('units/units-2025-07-01.json') as { provinces: [string, string][] };
    expect(places.lists['2025-03-01']!.provinces.map(([c, n]) => [c, n]).sort()).toEqual([...before.provinces].sort());
    expect(places.lists['2025-07-01']!.provinces.map(([c, n]) => [c, n])).toEqual(after.provinces);
    expect(before.provinces).toHaveLength(63);
    expect(after.provinces).toHaveLength(34);
  });

  it('each new province is made of the old ones the merge table gives, each old one in exactly one new one', () => {
    const merges = json('units/merges-2025.json') as { provinces: [string, string][] };
    const formed = places.lists['2025-07-01']!.provinces.flatMap(([code, , from]) => (from as string[]).map((old) => [code, old]));
    expect(formed.sort()).toEqual([...merges.provinces].sort());
    expect(new Set(formed.map(([, old]) => old)).size).toBe(63);
  });

  it('every ISO 3166-2:VN code of PROVINCE_ISO_CODES is an alias of one province before 1 July 2025', () => {
    const aliases = Object.keys(PROVINCE_ISO_CODES).map((iso) => findPlace(iso)!);
    expect(aliases.every((p) => p.list === '2025-03-01')).toBe(true);
    expect(new Set(aliases.map((p) => p.key)).size).toBe(63);
    expect(findPlace('VN-45')).toMatchObject({ key: '87@2025-03-01', name: 'Đồng Tháp', mergedInto: '82@2025-07-01' });
    expect(findPlace('VN-SG')).toMatchObject({ key: '79@2025-03-01', mergedInto: '79@2025-07-01' });
  });
});

describe('findPlace and placeOf: a statistics code is read in a list, by day', () => {
  it('code 82 is Tiền Giang until 30 June 2025 and Đồng Tháp (old Tiền Giang and Đồng Tháp) from 1 July 2025', () => {
    expect(findPlace('82', { at: '2025-06-30' })).toMatchObject({ key: '82@2025-03-01', name: 'Tiền Giang', iso: 'VN-46' });
    expect(findPlace('82', { at: '2025-07-01' })).toMatchObject({ key: '82@2025-07-01', name: 'Đồng Tháp', formedFrom: ['82@2025-03-01', '87@2025-03-01'] });
    expect(findPlace('82')?.key).toBe('82@2025-07-01'); // no day: the newest list
    expect(findPlace('82', { list: '2025-03-01', at: '2026-01-01' })?.name).toBe('Tiền Giang'); // the list wins over the day
    expect(findPlace('87@2025-03-01')?.iso).toBe('VN-45');
  });

  it('Hồ Chí Minh City (79) from 1 July 2025 is the old city with Bình Dương (74) and Bà Rịa - Vũng Tàu (77)', () => {
    expect(placeOf('79').formedFrom).toEqual(['74@2025-03-01', '77@2025-03-01', '79@2025-03-01']);
    expect(listPlaces('2025-07-01')).toHaveLength(34);
    expect(listPlaces('2025-03-01')).toHaveLength(63);
  });

  it('codes that name no place: undefined from findPlace, a typed bilingual error from placeOf', () => {
    for (const code of ['VN-XX', '87', '99', '99@2025-07-01', '82@2024-01-01', 'Đồng Tháp', '', 82, null]) {
      expect(findPlace(code, { at: '2026-01-01' }), String(code)).toBeUndefined();
    }
    const e = (() => {
      try {
        placeOf('87', { at: '2026-01-01' }); // 87 is no province from 1 July 2025
      } catch (err) {
        return err as LearningSocietyError;
      }
    })();
    expect(e).toBeInstanceOf(LearningSocietyError);
    expect(e!.issues[0]).toMatchObject({ code: 'unknown_jurisdiction', message: { vi: expect.stringContaining('mã tỉnh của cơ quan thống kê') } });
  });

  it('placeRelation: an old province is within the new one it went into; the nation contains every province', () => {
    const dongThapBefore = placeOf('VN-45');
    const dongThapNow = placeOf('82', { at: '2026-01-01' });
    expect(placeRelation(dongThapBefore, dongThapNow)).toBe('within');
    expect(placeRelation(dongThapNow, dongThapBefore)).toBe('contains');
    expect(placeRelation(dongThapBefore, placeOf('87@2025-03-01'))).toBe('same');
    expect(placeRelation(dongThapBefore, placeOf('VN-46'))).toBe('apart');
    expect(placeRelation(placeOf('VN'), dongThapNow)).toBe('contains');
    expect(placeRelation(placeOf('VN-46'), placeOf('VN'))).toBe('within');
  });

  it('sameJurisdiction: two codes of one place match, read on the day', () => {
    expect(sameJurisdiction('87@2025-03-01', 'VN-45', '2024-01-01')).toBe(true);
    expect(sameJurisdiction('82@2025-07-01', '82', '2026-01-01')).toBe(true);
    expect(sameJurisdiction('82@2025-07-01', '82', '2025-06-30')).toBe(false); // 82 was Tiền Giang then
    expect(sameJurisdiction('VN-X', 'VN-X', '2026-01-01')).toBe(true);
  });
});

describe('documents name their place canonically; the aliases still find them', () => {
  it('the shipped pre-merger tables are of 87@2025-03-01 (Đồng Tháp) and 79@2025-03-01 (Hồ Chí Minh City); VN-45 and VN-SG find them', () => {
    expect(listTargets({ jurisdiction: 'VN-45' }).map((t) => [t.id, t.jurisdiction.code])).toEqual([['targets-dong-thap-2030', '87@2025-03-01']]);
    expect(listTargets({ jurisdiction: 'VN-SG' }).map((t) => t.id)).toEqual(['targets-hcmc-2023']);
    expect(listTargets({ jurisdiction: '87@2025-03-01' }).map((t) => t.id)).toEqual(['targets-dong-thap-2030']);
  });

  it('a table may name a province by statistics code and list; a code the list does not have is refused, by both checkers', () => {
    const base = listTargets({ jurisdiction: 'VN-45' })[0]!;
    const mine = { ...base, id: 'targets-dong-thap-2026', jurisdiction: { code: '82@2025-07-01', name: { vi: 'Tỉnh Đồng Tháp', en: 'Đồng Tháp province' } } };
    expect(parseTargetTable(mine).jurisdiction.code).toBe('82@2025-07-01');
    const bad = { ...mine, jurisdiction: { ...mine.jurisdiction, code: '87@2025-07-01' } };
    expect(() => parseTargetTable(bad)).toThrow(/87@2025-07-01 không phải mã tỉnh nào: danh mục 2025-07-01 không có mã 87/);
    expect(jurisdictionSchema.safeParse(mine.jurisdiction).success).toBe(true);
    expect(jurisdictionSchema.safeParse(bad.jurisdiction).success).toBe(false);
  });

  it('a rule set of a pre-merger province is found by its ISO alias and by its canonical code (Vĩnh Long, code 86, VN-49)', () => {
    const byIso = ruleSetFor({ model: 'learning-unit', level: 'province' }, '2020-01-01', 'VN-49');
    expect(byIso.jurisdiction.code).toBe('86@2025-03-01');
    expect(ruleSetFor({ model: 'learning-unit', level: 'province' }, '2020-01-01', '86@2025-03-01').id).toBe(byIso.id);
    expect(ruleSetFor({ model: 'learning-unit', level: 'province' }, '2020-01-01', '86').id).toBe(byIso.id); // 86 was Vĩnh Long in 2020
  });

  it('checkJurisdictionCode takes bare statistics codes of either list and suggests both codes for a name', () => {
    expect(checkJurisdictionCode('82')).toBe('82');
    expect(checkJurisdictionCode('87')).toBe('87'); // a code of the list before 1 July 2025
    expect(() => checkJurisdictionCode('Tây Ninh')).toThrow(/80 \(Tây Ninh, từ 01\/7\/2025\) hoặc VN-37 \(Tây Ninh trước 01\/7\/2025, mã thống kê 72\)/);
  });
});

describe('targetSelectionFor: a pre-merger table says which territory it covers', () => {
  // Đồng Tháp's plan to 2030 (seed 001): 90 % of households learning families by 2025, 95 % by 2030.
  const families = (entries: { indicator: string; table: string; value: unknown }[]) => entries.find((e) => e.indicator === 'learning-families');

  it('before the merger, VN-45 and 87 get the province’s own table, with nothing to say', () => {
    for (const code of ['VN-45', '87', '87@2025-03-01']) {
      const s = targetSelectionFor(code, 2024);
      expect(s.place?.key, code).toBe('87@2025-03-01');
      expect(families(s.entries)).toMatchObject({ table: 'targets-dong-thap-2030', value: { kind: 'percent', percent: 90 } });
      expect(s.notes).toEqual([]);
    }
  });

  it('after it, the former province still gets its table, and is told it is now part of 82', () => {
    const s = targetSelectionFor('VN-45', 2026);
    expect(families(s.entries)).toMatchObject({ table: 'targets-dong-thap-2030', jurisdiction: '87@2025-03-01', value: { kind: 'percent', percent: 95 } });
    expect(s.notes.map((n) => n.code)).toEqual(['province_gone']);
    expect(s.notes[0]!.message.vi).toBe('87 Đồng Tháp (trước 01/7/2025, VN-45) không còn là một tỉnh từ 01/7/2025: nay là một phần của tỉnh 82 Đồng Tháp (từ 01/7/2025); các chỉ tiêu năm 2026 ở đây là của riêng địa bàn cũ đó (với tỉnh mới: -j 82)');
  });

  it('the new province 82 does not take the old Đồng Tháp’s table for its whole territory: it is named and left out', () => {
    const s = targetSelectionFor('82', 2026);
    expect(s.place?.key).toBe('82@2025-07-01');
    // Only national targets: no learning-family one after 2025 (QĐ 387/QĐ-TTg runs to 2025), where the old
    // Đồng Tháp's table has 95 % by 2030 for its own territory.
    expect(families(s.entries)).toBeUndefined();
    expect(s.entries.length).toBeGreaterThan(0);
    expect(s.entries.every((e) => e.jurisdiction === 'VN')).toBe(true);
    expect(s.notes.map((n) => [n.code, n.table])).toEqual([
      ['part_of_territory', 'targets-dong-thap-2030'],
      ['national_only', undefined],
    ]);
    expect(s.notes[0]!.message.en).toBe('table targets-dong-thap-2030 covers only 87 Đồng Tháp (before 1 July 2025, VN-45), part of 82 Đồng Tháp (from 1 July 2025): not applied to the whole province (for that part: VN-45)');
  });

  it('in 2025, the year of the merger, a bare code is read in the list of 31 December and says what it was before', () => {
    const s = targetSelectionFor('82', 2025);
    expect(s.place?.name).toBe('Đồng Tháp');
    // QĐ 387/QĐ-TTg: 70 % of households learning families by 2025, the national figure, not old Đồng Tháp's 90 %.
    expect(families(s.entries)).toMatchObject({ table: 'targets-qd-387-2022', value: { kind: 'percent', percent: 70 } });
    expect(s.notes.map((n) => n.code)).toEqual(['code_changed', 'part_of_territory', 'national_only']);
    expect(s.notes[0]!.message.vi).toContain('(với tỉnh cũ: -j VN-46)');
  });

  it('a province’s new table applies to a former province inside it, and says it is the wider place’s', () => {
    const base = listTargets({ jurisdiction: 'VN-45' })[0]!;
    const now = { ...base, id: 'targets-dong-thap-moi', validFrom: '2025-07-01', jurisdiction: { code: '82@2025-07-01', name: { vi: 'Tỉnh Đồng Tháp', en: 'Đồng Tháp province' } } };
    const old = targetSelectionFor('VN-46', 2026, { tables: [now] }); // Tiền Giang before the merger, now part of 82
    expect(families(old.entries)?.table).toBe('targets-dong-thap-moi');
    expect(old.notes.map((n) => [n.code, n.table])).toEqual([
      ['province_gone', undefined],
      ['wider_territory', 'targets-dong-thap-moi'],
    ]);
    const whole = targetSelectionFor('82', 2026, { tables: [now] });
    expect(families(whole.entries)?.table).toBe('targets-dong-thap-moi');
    expect(whole.notes.map((n) => n.code)).toEqual(['part_of_territory']);
  });

  it('a new province asked for a year before it existed is told so; a code that names the same city in both lists is not said to have changed', () => {
    expect(targetSelectionFor('82@2025-07-01', 2024).notes.map((n) => n.code)).toEqual(['province_not_yet', 'part_of_territory', 'national_only']);
    expect(targetSelectionFor('82@2025-07-01', 2024).notes[0]!.message.en).toBe('82 Đồng Tháp (from 1 July 2025) exists only from 1 July 2025, after 2024');
    expect(targetSelectionFor('82@2025-07-01', 2026).notes.map((n) => n.code)).toEqual(['part_of_territory', 'national_only']);
    // Hồ Chí Minh City is 79 before and after 1 July 2025; its 2023 table is not in force in 2025.
    expect(targetSelectionFor('79', 2025).notes.map((n) => n.code)).toEqual(['national_only']);
  });

  it('another province’s table in force is never used: Đồng Tháp in 2023 takes its own and the national targets, none of Hồ Chí Minh City’s', () => {
    const s = targetSelectionFor('VN-45', 2023);
    expect([...new Set(s.entries.map((e) => e.jurisdiction))]).toEqual(['87@2025-03-01', 'VN']);
  });

  it('a province known only from its own table (VN-X, a fork) takes that table and the national targets', () => {
    const national = listTargets().find((t) => t.id === 'targets-qd-387-2022')!;
    const mine = forkTargetTable(national, { targets: { 'families-2025': { value: { percent: 85 } } } }, { id: 'targets-my-province', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } } });
    const s = targetSelectionFor('VN-X', 2025, { tables: [mine] });
    expect(s.place).toBeUndefined();
    expect(families(s.entries)).toMatchObject({ table: 'targets-my-province', value: { kind: 'percent', percent: 85 } });
    expect(s.notes).toEqual([]);
    // Another place's selection leaves that table out, whatever it is.
    expect(targetSelectionFor('VN-45', 2025, { tables: [mine] }).entries.some((e) => e.table === 'targets-my-province')).toBe(false);
  });

  it('a former province’s own table comes before the wider province’s, indicator by indicator', () => {
    const base = listTargets({ jurisdiction: 'VN-45' })[0]!;
    const wider = {
      ...base,
      id: 'targets-dong-thap-moi',
      validFrom: '2025-07-01',
      jurisdiction: { code: '82@2025-07-01', name: { vi: 'Tỉnh Đồng Tháp', en: 'Đồng Tháp province' } },
      targets: base.targets.map((t) => (t.indicator === 'learning-families' ? { ...t, value: { kind: 'percent' as const, percent: 97 } } : t)),
    };
    const s = targetSelectionFor('VN-45', 2026, { tables: [wider] });
    expect(families(s.entries)).toMatchObject({ table: 'targets-dong-thap-2030', value: { kind: 'percent', percent: 95 } });
  });

  it('targetsFor is the entries of targetSelectionFor, as before', () => {
    expect(targetsFor('VN-45', 2025)).toEqual(targetSelectionFor('VN-45', 2025).entries);
    expect(targetsFor('VN', 2025)).toEqual(targetSelectionFor('VN', 2025).entries);
    expect(targetSelectionFor('VN', 2025).notes).toEqual([]);
  });
});

describe('a tally with a unit list files a province under the list’s statistics code', () => {
  it('before 1 July 2025: VN-45 and 87@2025-03-01 are 87; a commune of Đồng Tháp (29926, Sa Rài) is accepted under either', () => {
    const t = new Tally({ units: unitChecker({ at: '2025-06-30' }) });
    t.add({ province: 'VN-45', commune: '29926', model: 'learning-family', recognized: true });
    t.add({ province: '87', commune: '29926', model: 'learning-family', recognized: false });
    t.add({ province: '87@2025-03-01', commune: '29926', model: 'learning-family', recognized: true });
    expect(t.by('province')).toEqual([{ level: 'province', code: '87', counts: { 'learning-family': { evaluated: 3, recognized: 2 } } }]);
  });

  it('from 1 July 2025 the old code is refused with what it was and what it became', () => {
    const t = new Tally({ units: unitChecker({ at: '2026-01-01' }) });
    expect(() => t.add({ province: 'VN-45', commune: '29926', model: 'learning-family', recognized: true })).toThrow(
      'xã 29926 thuộc tỉnh 82 trong danh mục 2025-07-01, không phải "VN-45" (87 Đồng Tháp (trước 01/7/2025, VN-45) không còn là một tỉnh từ 01/7/2025: nay là một phần của tỉnh 82 Đồng Tháp (từ 01/7/2025); ghi mã tỉnh theo danh mục 2025-07-01)',
    );
    t.add({ province: '82', commune: '29926', model: 'learning-family', recognized: true });
    expect(t.by('province')[0]?.code).toBe('82');
    // And the other way: a province of the 2025 list given on the list before it is named for what it is.
    const before = new Tally({ units: unitChecker({ at: '2025-06-30' }) });
    expect(() => before.add({ province: '82@2025-07-01', commune: '29926', model: 'learning-family', recognized: true })).toThrow(
      'xã 29926 thuộc tỉnh 87 trong danh mục 2025-03-01, không phải "82@2025-07-01" ("82@2025-07-01" là 82 Đồng Tháp (từ 01/7/2025); ghi mã tỉnh theo danh mục 2025-03-01)',
    );
  });
});

describe('the command line speaks the same codes', () => {
  const run = async (args: string[], files: Record<string, string> = {}) => {
    const io = memoryIo(files);
    const code = await runCli(args, io);
    return { code, out: io.out(), err: io.err(), written: io.written() };
  };

  it('fork --jurisdiction 86 writes 86@2025-07-01 and names the province; an ISO code of a former province is told what it became', async () => {
    const now = await run(['fork', 'learning-family-khvn-2021', '--id', 'learning-family-vinh-long-2026', '--jurisdiction', '86', '-o', 'vl.json']);
    expect(now.code, now.err).toBe(0);
    const fork = JSON.parse(now.written['vl.json']!) as { meta: { jurisdiction: { code: string; name: { vi: string } } } };
    expect(fork.meta.jurisdiction).toEqual({ code: '86@2025-07-01', name: { vi: 'Tỉnh Vĩnh Long', en: 'Tỉnh Vĩnh Long' } });
    const old = await run(['fork', 'learning-family-khvn-2021', '--id', 'learning-family-ben-tre-2026', '--jurisdiction', 'VN-50', '-o', 'bt.json']);
    expect((JSON.parse(old.written['bt.json']!) as typeof fork).meta.jurisdiction.code).toBe('83@2025-03-01');
    // Bến Tre (83, VN-50) went into Vĩnh Long (86) on 1 July 2025 (Nghị quyết 202/2025/QH15).
    expect(old.err).toContain('Lưu ý: 83 Bến Tre (trước 01/7/2025, VN-50) không còn là một tỉnh từ 01/7/2025: nay là một phần của tỉnh 86 Vĩnh Long (từ 01/7/2025). Bản phái sinh cho tỉnh mới: --jurisdiction 86');
  });

  it('rollup --units checks against the list of --date, else of 31 December of -y: Đồng Tháp is 87 (VN-45 its alias) until 30 June 2025', async () => {
    const results = ['tỉnh,xã,mô hình,công nhận', 'VN-45,29926,learning-family,có', '87,29929,learning-family,không'].join('\n');
    const r = await run(['-f', 'csv', 'rollup', '-i', 'kq.csv', '--level', 'province', '--units', '--date', '2025-06-30'], { 'kq.csv': results });
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim().split('\n')[1]).toBe('87,Gia đình học tập,2,1,"50,00"');
    const after = await run(['-f', 'csv', 'rollup', '-i', 'kq.csv', '--level', 'province', '--units', '-y', '2025'], { 'kq.csv': results });
    expect(after.code).toBe(2);
    expect(after.err).toContain('nay là một phần của tỉnh 82 Đồng Tháp (từ 01/7/2025); ghi mã tỉnh theo danh mục 2025-07-01');
    // The list has no day before 1 March 2025: -y 2024 is refused with what to do, never read in another list.
    const early = await run(['rollup', '-i', 'kq.csv', '--level', 'province', '--units', '-y', '2024'], { 'kq.csv': results });
    expect(early.code).toBe(2);
    expect(early.err).toBe('--units: danh mục đơn vị hành chính sớm nhất của gói là ngày 01/03/2025, sau -y 2024 (2024-12-31); với số liệu cuối năm 2024 của những đơn vị không đổi từ đó, thêm --date 2025-03-01\n');
    const withDate = await run(['-f', 'csv', 'rollup', '-i', 'kq.csv', '--level', 'province', '--units', '-y', '2024', '--date', '2025-03-01'], { 'kq.csv': results });
    expect(withDate.code, withDate.err).toBe(0);
  });
});

describe('the codes the shape checks use are those of the lists', () => {
  it('provinceCodesOf and isProvinceKey agree with data/places/provinces.json', async () => {
    const { provinceCodesOf, isProvinceKey } = await import('../../src/document/place/codes.js');
    for (const list of ['2025-03-01', '2025-07-01'] as const) {
      expect(provinceCodesOf(list)).toEqual(listPlaces(list).map((p) => p.code));
      for (const p of listPlaces(list)) expect(isProvinceKey(p.key)).toBe(true);
    }
    expect([isProvinceKey('87@2025-07-01'), isProvinceKey('8@2025-07-01'), isProvinceKey('82@2024-01-01'), isProvinceKey('VN-45')]).toEqual([false, false, false, false]);
  });
});
