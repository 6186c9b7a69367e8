import { describe, expect, it } from 'vitest';
import { LearningSocietyError } from 'vn-learning-society';
import { carryOver } from 'vn-learning-society/units';

/**
 * Edges of carryOver found by mutation testing (issue 24). Codes and successors are those of the official lists
 * (data/units/merges-2025.json): Phường Ngọc Hà (00016) went in part to Phường Ba Đình (00004) and Phường Ngọc Hà
 * (00008); old 30355 and 30358 are split communes of An Giang; old 30337 went whole into Xã An Phú (30337). The counts
 * are made up.
 */
const issues = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof LearningSocietyError)) throw e;
    return e.issues.map((i) => [i.path.join('.'), i.code, i.message.en]);
  }
  return 'accepted';
};
const ngocHa = (households: number, weights: Record<string, unknown>) =>
  carryOver([{ code: '00016', counts: { households } }], { weights: { '00016': weights as Record<string, number> } })
    .units.filter((u) => u.code === '00004' || u.code === '00008')
    .map((u) => [u.code, u.counts.households]);

describe('apportioning a split commune by weights', () => {
  it('whole numbers by largest remainders: 10 at 1 : 2 is 3 and 7; 11 at 1 : 1 is 6 and 5 (a tie goes to the first)', () => {
    expect(ngocHa(10, { '00004': 1, '00008': 2 })).toEqual([['00004', 3], ['00008', 7]]);
    expect(ngocHa(11, { '00004': 1, '00008': 1 })).toEqual([['00004', 6], ['00008', 5]]);
    expect(ngocHa(10, { '00004': 0, '00008': 1 })).toEqual([['00004', 0], ['00008', 10]]);
  });

  it('says which split communes were apportioned, in code order, and lists none for communes taken whole', () => {
    const r = carryOver([{ code: '30358', counts: { h: 1 } }, { code: '30355', counts: { h: 1 } }, { code: '00016', counts: { h: 4 } }], { weights: { '00016': { '00004': 1, '00008': 1 } } });
    expect(r.split.map((s) => [s.code, s.apportioned])).toEqual([['00016', true], ['30355', false], ['30358', false]]);
    expect(r.units.map((u) => u.code)).toEqual([...r.units.map((u) => u.code)].sort());
    expect(carryOver([{ code: '30337', counts: { h: 0 } }]).split).toEqual([]);
  });

  it('refuses weights that are missing, not finite, negative, for a commune not split, or for a commune that got no part', () => {
    expect(issues(() => ngocHa(10, { '00004': 1 }))).toEqual([['weights.00016.00008', 'missing', 'needs a weight for every part: 00004, 00008']]);
    expect(issues(() => ngocHa(10, { '00004': 0 }))).toEqual([['weights.00016.00008', 'missing', 'needs a weight for every part: 00004, 00008']]);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1, '1']) {
      expect(issues(() => ngocHa(10, { '00004': bad, '00008': 1 }))[0], String(bad)).toEqual(['weights.00016.00004', 'missing', 'needs a weight for every part: 00004, 00008']);
    }
    expect(issues(() => ngocHa(10, { '00004': 0, '00008': 0 }))).toEqual([['weights.00016', 'zero_whole', 'the weights must add up to more than 0']]);
    expect(issues(() => ngocHa(10, { '00004': 1, '00008': 1, '00009': 1 }))).toEqual([['weights.00016.00009', 'unknown_unit', '"00009" received no part of "00016"']]);
    expect(issues(() => carryOver([], { weights: { '30337': {} } }))).toEqual([['weights.30337', 'unknown_unit', '"30337" is not a split commune']]);
  });
});

describe('rows and options of the wrong shape', () => {
  it('refuses rows that are not a list, options that are not an object, and each row that is not { code, counts }', () => {
    expect(issues(() => carryOver('x' as never))).toEqual([['rows', 'invalid_type', 'expected a list of { code, counts }']]);
    expect(issues(() => carryOver([], 'x' as never))).toEqual([['options', 'not_object', 'expected an object']]);
    expect(issues(() => carryOver([], null as never))).toEqual([['options', 'not_object', 'expected an object']]);
    const bad = [null, 'x', { code: '00016' }, { code: 16, counts: {} }, { code: '00016', counts: null }];
    expect(issues(() => carryOver(bad as never))).toEqual(bad.map((_, i) => [String(i), 'invalid_type', 'each row is { code, counts }']));
  });

  it('a count of 0 is a count; a code of four digits that is no commune even with a leading zero is unknown, without a hint', () => {
    expect(carryOver([{ code: '30337', counts: { households: 0 } }]).units[0]!.counts).toEqual({ households: 0 });
    expect(issues(() => carryOver([{ code: '9999', counts: {} }]))).toEqual([['0.code', 'unknown_unit', '"9999" is not a commune code before 1 July 2025']]);
  });
});
