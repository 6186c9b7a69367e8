import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LearningSocietyError, listTargets, Tally } from 'vn-learning-society';
import { carryOver, findUnit, listUnits, predecessorsOf, successorsOf, targetDenominator, unitByCode, unitChecker } from 'vn-learning-society/units';
import { formatJson } from '../../scripts/lib/json-format.mjs';
import { memoryIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { unitsData } from '../../scripts/lib/units-data.mjs';
import { checkLinear, describeGrowth } from '../helpers/growth.js';

// Figures from the official lists in scripts/units-source/ (README there): the 34 provinces of Công văn 915/CTK-CSCL,
// the 3,321 communes of Phụ lục I, Công văn 1027/CTK-CSCL (25/6/2025), the 63/696/10,047 list of 1 March 2025, and the
// merge table compiled from Nghị quyết 1654–1687/NQ-UBTVQH15.

const code = (call: () => unknown): string | undefined => {
  try {
    call();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(LearningSocietyError);
    return (e as LearningSocietyError).issues[0]?.code;
  }
};

describe('the lists, by date', () => {
  it('34 provinces and 3,321 communes from 1 July 2025 (CV 915 and 1027/CTK-CSCL); no districts', () => {
    expect(listUnits({ level: 'province' })).toHaveLength(34);
    expect(listUnits({ level: 'commune', at: '2025-07-01' })).toHaveLength(3321);
    expect(listUnits({ level: 'district', at: '2025-07-01' })).toEqual([]);
  });

  it('63 provinces, 696 districts and 10,047 communes before (the list of 1 March 2025)', () => {
    expect(listUnits({ level: 'province', at: '2025-06-30' })).toHaveLength(63);
    expect(listUnits({ level: 'district', at: '2025-06-30' })).toHaveLength(696);
    expect(listUnits({ level: 'commune', at: '2025-03-01' })).toHaveLength(10047);
  });

  it('the five island districts without communes belong to their provinces', () => {
    const island = (c: string) => unitByCode(c, { level: 'district', at: '2025-06-30' });
    expect(['318', '471', '498', '536', '755'].map((c) => [island(c).name, island(c).province])).toEqual([
      ['Huyện Bạch Long Vĩ', '31'],
      ['Huyện Cồn Cỏ', '45'],
      ['Huyện Hoàng Sa', '48'],
      ['Huyện Lý Sơn', '51'],
      ['Huyện Côn Đảo', '77'],
    ]);
  });

  it('a code means the unit of its day: 80 is Long An before, Tây Ninh after', () => {
    expect(unitByCode('80', { level: 'province', at: '2025-06-30' }).name).toBe('Tỉnh Long An');
    expect(unitByCode('80', { level: 'province', at: '2025-07-01' }).name).toBe('Tỉnh Tây Ninh');
    expect(listUnits({ level: 'commune', province: '80' }).every((u) => u.province === '80')).toBe(true);
  });

  it('refuses a day before the lists, a code without its leading zeros, an unknown code', () => {
    expect(code(() => listUnits({ level: 'province', at: '2024-12-31' }))).toBe('no_list');
    expect(code(() => unitByCode('4'))).toBe('leading_zeros');
    expect(code(() => unitByCode('4', { level: 'commune' }))).toBe('leading_zeros');
    expect(() => unitByCode('4', { level: 'commune' })).toThrow(/"00004" \(Phường Ba Đình\)/);
    expect(code(() => unitByCode('99999'))).toBe('unknown_unit');
    expect(code(() => listUnits({ level: 'ward' as never }))).toBe('invalid_level');
  });
});

describe('finding a unit by name as people write it', () => {
  it.each(['Phường Ba Đình', 'phuong ba dinh', 'P. Ba Đình', 'p.ba dinh', '00004'])('%s → Phường Ba Đình (00004)', (q) => {
    expect(findUnit(q).unit?.code).toBe('00004');
  });

  it.each(['TP HCM', 'Tp. Hồ Chí Minh', 'thanh pho ho chi minh', 'Hồ Chí Minh', 'TP.HCM'])('%s → Thành phố Hồ Chí Minh (79)', (q) => {
    expect(findUnit(q, { level: 'province' }).unit?.code).toBe('79');
  });

  it('never guesses between units that share a name', () => {
    const r = findUnit('Xã An Phú');
    expect(r.ambiguous).toBe(true);
    expect(r.unit).toBeUndefined();
    expect(r.candidates.length).toBeGreaterThan(1);
    expect(r.candidates.every((u) => u.name === 'Xã An Phú')).toBe(true);
    // Narrowed to a province, it is one.
    const province = r.candidates[0]!.province!;
    const one = findUnit('Xã An Phú', { province });
    expect(one.unit?.province).toBe(province);
  });

  it('ranks candidates for a misspelt name, nearest first', () => {
    expect(findUnit('Phuong Ba Dinhh').candidates[0]?.code).toBe('00004');
    expect(findUnit('Hoan Kim').candidates[0]?.name).toBe('Phường Hoàn Kiếm');
  });

  it('finds old units on old days', () => {
    expect(findUnit('Tỉnh Long An', { at: '2025-03-01' }).unit?.code).toBe('80');
    expect(findUnit('Huyện Côn Đảo', { at: '2025-03-01' }).unit?.code).toBe('755');
  });

  it('refuses an empty or huge query', () => {
    expect(code(() => findUnit(''))).toBe('invalid_query');
    expect(code(() => findUnit('x'.repeat(10_000)))).toBe('invalid_query');
    expect(code(() => findUnit(42 as never))).toBe('invalid_query');
  });
});

describe('the merge, both ways', () => {
  it('Phường Ba Đình (00004) is made of Trúc Bạch and Quán Thánh whole, and parts of other wards', () => {
    const from = predecessorsOf('00004');
    expect(from.filter((l) => l.share === 'whole').map((l) => l.name)).toEqual(['Phường Trúc Bạch', 'Phường Quán Thánh']);
    expect(from.filter((l) => l.share === 'part').length).toBeGreaterThan(0);
    expect(successorsOf('00013')).toEqual([{ code: '00004', name: 'Phường Ba Đình', share: 'whole' }]);
  });

  it('provinces: Long An became part of Tây Ninh (80); Đồng Tháp (82) includes the old Tiền Giang', () => {
    expect(successorsOf('80').map((l) => [l.code, l.name])).toEqual([['80', 'Tỉnh Tây Ninh']]);
    expect(predecessorsOf('80').map((l) => l.name).sort()).toEqual(['Tỉnh Long An', 'Tỉnh Tây Ninh']);
    expect(predecessorsOf('82').map((l) => l.name)).toContain('Tỉnh Tiền Giang');
    expect(listUnits({ level: 'province', at: '2025-06-30' }).every((p) => successorsOf(p.code).length === 1)).toBe(true);
  });

  it('every link is there both ways; 460 old communes were split, into at most 5 pieces; none went whole into two', () => {
    const old = listUnits({ level: 'commune', at: '2025-06-30' });
    let split = 0;
    for (const u of old) {
      const to = successorsOf(u.code);
      expect(to.length, u.code).toBeGreaterThan(0);
      expect(to.filter((l) => l.share === 'whole').length, u.code).toBeLessThanOrEqual(1);
      if (to.some((l) => l.share === 'part')) split += 1;
      expect(to.length).toBeLessThanOrEqual(5);
      for (const l of to) expect(predecessorsOf(l.code).some((p) => p.code === u.code && p.share === l.share)).toBe(true);
    }
    expect(split).toBe(460);
  });
});

describe('carrying counts across the merger', () => {
  const newCommunes = listUnits({ level: 'commune' });
  const wholeOnly = newCommunes.find((u) => predecessorsOf(u.code).length > 1 && predecessorsOf(u.code).every((l) => l.share === 'whole'))!;

  it('a new commune made only of whole old ones gets their exact sums', () => {
    const from = predecessorsOf(wholeOnly.code);
    const rows = from.map((l, i) => ({ code: l.code, counts: { households: 100 + i, recognized: 50 + i } }));
    const unit = carryOver(rows).units.find((u) => u.code === wholeOnly.code)!;
    expect(unit.exact).toBe(true);
    expect(unit.counts).toEqual({ households: rows.reduce((s, r) => s + r.counts.households, 0), recognized: rows.reduce((s, r) => s + r.counts.recognized, 0) });
    expect(unit.missing).toEqual([]);
  });

  it('a predecessor without a row makes it inexact, and is named', () => {
    const [first, ...rest] = predecessorsOf(wholeOnly.code);
    const unit = carryOver(rest.map((l) => ({ code: l.code, counts: { households: 10 } }))).units.find((u) => u.code === wholeOnly.code)!;
    expect(unit.exact).toBe(false);
    expect(unit.missing).toEqual([first!.code]);
  });

  it('a part is never apportioned by guessing; weights apportion it, in whole numbers that add up, and say so', () => {
    const rows = predecessorsOf('00004').map((l) => ({ code: l.code, counts: { households: 101 } }));
    const plain = carryOver(rows);
    const baDinh = plain.units.find((u) => u.code === '00004')!;
    expect(baDinh.exact).toBe(false);
    expect(baDinh.counts.households).toBe(202); // the two whole wards only
    const ngocHa = plain.split.find((s) => s.code === '00016')!;
    expect(ngocHa.into).toContain('00004');
    expect(ngocHa.apportioned).toBe(false);
    const parts = successorsOf('00016').map((l) => l.code);
    const weighted = carryOver(rows, { weights: { '00016': Object.fromEntries(parts.map((p, i) => [p, i + 1])) } });
    const pieces = parts.map((p) => weighted.units.find((u) => u.code === p)!);
    expect(pieces.every((u) => u.apportioned.includes('00016'))).toBe(true);
    const shares = parts.map((p) => (weighted.units.find((u) => u.code === p)!.counts.households ?? 0) - (plain.units.find((u) => u.code === p)!.counts.households ?? 0));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(101);
  });

  it('refuses unknown codes, lost leading zeros, duplicates and fractional counts, naming every row', () => {
    const e = (() => {
      try {
        carryOver([{ code: '99999', counts: {} }, { code: '13', counts: {} }, { code: '00004', counts: { a: 1 } }, { code: '00004', counts: {} }, { code: '00013', counts: { a: 1.5 } }]);
      } catch (x) {
        return x as LearningSocietyError;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(LearningSocietyError);
    expect(e!.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['0.code', 'unknown_unit'],
      ['1.code', 'leading_zeros'],
      ['3.code', 'duplicate_id'],
      ['4.counts.a', 'invalid_count'],
    ]);
  });
});

describe('the data files', () => {
  it('are exactly what scripts/lib/units-data.mjs makes of the official lists (never edited by hand)', () => {
    for (const [name, data] of Object.entries(unitsData(new URL('../../scripts/units-source/', import.meta.url)))) {
      expect(readFileSync(new URL(`../../data/units/${name}`, import.meta.url), 'utf8'), name).toBe(formatJson(data));
    }
  });

  it('carry the attribution the sources ask for', () => {
    const file = JSON.parse(readFileSync(new URL('../../data/units/merges-2025.json', import.meta.url), 'utf8')) as { attribution: string };
    expect(file.attribution).toContain('dvhcvn/20250701');
    expect(file.attribution).toContain('daohoangson/dvhcvn');
  });
});

describe('vn-learning-society units (command line)', () => {
  const run = async (args: string[], files: Record<string, string> = {}) => {
    const io = memoryIo(files);
    const code = await runCli(args, io);
    return { code, out: io.out(), err: io.err() };
  };

  it('finds a unit, and says when a name is shared instead of picking one', async () => {
    const one = await run(['-f', 'json', 'units', 'find', 'P.', 'Ba', 'Đình']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.out)).toEqual([{ code: '00004', name: 'Phường Ba Đình', level: 'commune', province: '01', district: null }]); // JSON: an absent value is null (docs/en/command-line.md, “JSON and NDJSON”)
    const many = await run(['units', 'find', 'Xã An Phú']);
    expect(many.code).toBe(2);
    expect(many.err).toMatch(/^Có \d+ đơn vị cùng tên/);
  });

  it('lists the districts of Long An before the reform, none after', async () => {
    const before = await run(['-f', 'json', 'units', 'list', '--level', 'district', '--province', '80', '--at', '2025-06-30']);
    expect((JSON.parse(before.out) as unknown[]).length).toBeGreaterThan(5);
    const after = await run(['-f', 'json', 'units', 'list', '--level', 'district']);
    expect(JSON.parse(after.out)).toEqual([]);
  });

  it('carries a CSV of old communes into the new ones; split communes reported on stderr, bad rows by line', async () => {
    const csv = 'code,households\n00004,120\n00013,80\n00016,50\n';
    const r = await run(['-f', 'json', 'units', 'carry', '-i', 'c.csv'], { 'c.csv': csv });
    expect(r.code).toBe(0);
    const baDinh = (JSON.parse(r.out) as { code: string; households: number; exact: boolean }[]).find((u) => u.code === '00004')!;
    expect(baDinh).toMatchObject({ households: 200, exact: false });
    expect(r.err).toContain('xã 00016 (Phường Ngọc Hà) bị chia');
    const bad = await run(['units', 'carry', '-i', 'c.csv'], { 'c.csv': 'code,households\n4,1\n00013,x\n' });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('dòng 3, households: "x" không phải số đếm');
    const zeros = await run(['units', 'carry', '-i', 'c.csv'], { 'c.csv': 'code,households\n4,1\n' });
    expect(zeros.err).toContain('dòng 2, code: "4" không phải mã xã trước ngày 01/7/2025; có phải "00004"?');
  });
});

describe('a Tally checks unit codes against the list in force (opt-in)', () => {
  it('refuses an unknown commune, one under the wrong province, and a lost leading zero, naming the nearest', () => {
    const t = new Tally({ units: unitChecker({ at: '2025-11-15' }) });
    t.add({ province: '01', commune: '00004', model: 'learning-family', recognized: true });
    expect(() => t.add({ province: '79', commune: '00070', model: 'learning-family', recognized: true })).toThrow(/belongs to province 01 in the 2025-07-01 list, not "79"/);
    expect(() => t.add({ province: '01', commune: '4', model: 'learning-family', recognized: true })).toThrow(/nearest: 00004 \(Phường Ba Đình\)/);
    expect(() => t.add({ province: '01', commune: '99999', model: 'learning-family', recognized: true })).toThrow(LearningSocietyError);
    expect(t.by('commune').map((r) => r.code)).toEqual(['00004']);
  });

  it('before the reform, the district too', () => {
    const t = new Tally({ units: unitChecker({ at: '2025-06-30' }) });
    const c = listUnits({ level: 'commune', at: '2025-06-30', province: '80' })[0]!;
    t.add({ province: '80', district: c.district!, commune: c.code, model: 'learning-family', recognized: true });
    expect(() => t.add({ province: '80', district: '000', commune: listUnits({ level: 'commune', at: '2025-06-30', province: '80' })[1]!.code, model: 'learning-family', recognized: true })).toThrow(/belongs to district/);
  });

  it('without a list, codes are taken on trust, as before', () => {
    const t = new Tally();
    t.add({ province: 'VN-45', commune: 'anything', model: 'learning-family', recognized: true });
    expect(t.communeCount).toBe(1);
  });
});

describe('search in linear time, whatever the query', () => {
  it('short, long and repetitive queries come back quickly (10× the query grows the time at most 3× as much as a linear pass over it)', async () => {
    // Queries that defeat the filters: very short (every name is "near"), and runs of one letter.
    for (const q of ['a', 'ab', 'x'.repeat(199), 'an '.repeat(60)]) expect(() => findUnit(q)).not.toThrow();
    // The search is bounded by the list, not by the query's shape: from a 10-character query to a 109-character one,
    // its time grows at most 3× as much as a linear pass over the query (test/helpers/growth.ts).
    const report = await checkLinear((q) => findUnit(q, { at: '2025-06-30' }), (n) => 'phu thanhh '.repeat(n / 10).trim(), { sizes: [10, 100] });
    expect(report.linear, describeGrowth(report)).toBe(true);
  });
});

describe('targets counted in units take their denominator from the list in force on their date', () => {
  const table = listTargets().find((t) => t.id === 'targets-qd-1373-2021')!;
  const target = (id: string) => table.targets.find((t) => t.id === id)!;

  it('QĐ 1373/QĐ-TTg: 70 % of provinces at literacy level 2 by 2025 is counted on the 34 provinces of the 2025 list', () => {
    expect(targetDenominator(target('literacy-l2-2025'))).toEqual({ whole: 34, at: '2025-12-31', list: '2025-07-01', required: 24 }); // ⌈34 × 70 %⌉
    expect(targetDenominator(target('literacy-l2-2030')).required).toBe(31); // ⌈34 × 90 %⌉, QĐ 1373/QĐ-TTg for 2030
  });

  it('refuses a target not counted in units', () => {
    const families = listTargets().find((t) => t.id === 'targets-qd-387-2022')!.targets.find((t) => t.id === 'families-2025')!;
    expect(code(() => targetDenominator(families))).toBe('missing');
  });
});

describe('vn-learning-society rollup --units', () => {
  it('checks each commune against the list in force on --date, reporting bad rows by line', async () => {
    const io = memoryIo({ 'r.csv': 'province,commune,model,recognized\n01,00004,learning-family,có\n79,00070,learning-family,không\n01,4,learning-family,có\n' });
    const code = await runCli(['-f', 'json', 'rollup', '-i', 'r.csv', '--level', 'commune', '--units', '--date', '2025-11-15'], io);
    expect(code).toBe(2);
    expect((JSON.parse(io.out()) as { unit: string }[]).map((r) => r.unit)).toEqual(['00004']);
    expect(io.err()).toContain('dòng 3, province: xã 00070 thuộc tỉnh 01 trong danh mục 2025-07-01, không phải "79"');
    expect(io.err()).toContain('dòng 4, commune: danh mục 2025-07-01 không có xã mã "4"; gần nhất: 00004 (Phường Ba Đình)');
  });
});
