import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LearningSocietyError, MODELS, Tally, tallyLevels, tallyOf, tallyOfAsync, type TallyRecord } from 'vn-learning-society';

/** A small country: 3 provinces, 2 districts each, 3 communes each, 2 hamlets each. */
const arbRecord: fc.Arbitrary<TallyRecord> = fc
  .record({
    p: fc.integer({ min: 1, max: 3 }),
    d: fc.integer({ min: 1, max: 2 }),
    c: fc.integer({ min: 1, max: 3 }),
    h: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
    model: fc.constantFrom(...MODELS),
    recognized: fc.boolean(),
  })
  .map(({ p, d, c, h, model, recognized }) => ({
    province: `P${p}`,
    district: `P${p}D${d}`,
    commune: `P${p}D${d}C${c}`,
    ...(h !== undefined ? { hamlet: `P${p}D${d}C${c}H${h}` } : {}),
    model,
    ...(model === 'learning-community' ? { level: 'hamlet' as const } : {}),
    recognized,
  }));

const allLevels = (t: Tally) => ['hamlet', 'commune', 'district', 'province', 'nation'].map((l) => t.by(l as 'nation'));

describe('Tally: roll-up by administrative unit', () => {
  it('counts evaluated and recognised per model at every level', () => {
    const t = tallyOf([
      { province: 'VN-45', district: 'D1', commune: 'C1', hamlet: 'H1', model: 'learning-family', recognized: true },
      { province: 'VN-45', district: 'D1', commune: 'C1', hamlet: 'H2', model: 'learning-family', recognized: false },
      { province: 'VN-45', district: 'D1', commune: 'C2', model: 'learning-community', level: 'hamlet', recognized: true },
      { province: 'VN-SG', district: 'D9', commune: 'C9', model: 'learning-family', recognized: true },
    ]);
    expect(t.by('hamlet').map((r) => [r.code, r.commune, r.counts['learning-family']])).toEqual([
      ['H1', 'C1', { evaluated: 1, recognized: 1 }],
      ['H2', 'C1', { evaluated: 1, recognized: 0 }],
    ]);
    expect(t.by('commune').map((r) => [r.code, r.counts])).toEqual([
      ['C1', { 'learning-family': { evaluated: 2, recognized: 1 } }],
      ['C2', { 'learning-community/hamlet': { evaluated: 1, recognized: 1 } }],
      ['C9', { 'learning-family': { evaluated: 1, recognized: 1 } }],
    ]);
    expect(t.by('province').map((r) => [r.code, r.counts['learning-family']])).toEqual([
      ['VN-45', { evaluated: 2, recognized: 1 }],
      ['VN-SG', { evaluated: 1, recognized: 1 }],
    ]);
    expect(t.by('nation')).toEqual([{ level: 'nation', code: 'VN', counts: { 'learning-family': { evaluated: 3, recognized: 2 }, 'learning-community/hamlet': { evaluated: 1, recognized: 1 } } }]);
  });

  it('gives the same totals whatever the order of the results (property)', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 200 }).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([a, b]) => {
        expect(allLevels(tallyOf(b))).toEqual(allLevels(tallyOf(a)));
      }),
    );
  });

  it('merges partial tallies associatively and commutatively into the whole (property)', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (rs, i, j) => {
        const [x, y] = [Math.min(i, j, rs.length), Math.min(Math.max(i, j), rs.length)];
        const [a, b, c] = [tallyOf(rs.slice(0, x)), tallyOf(rs.slice(x, y)), tallyOf(rs.slice(y))];
        const whole = allLevels(tallyOf(rs));
        expect(allLevels(a.merge(b).merge(c))).toEqual(whole);
        expect(allLevels(a.merge(b.merge(c)))).toEqual(whole);
        expect(allLevels(c.merge(a, b))).toEqual(whole);
      }),
    );
  });

  it('adds pre-counted results', () => {
    const t = new Tally();
    t.addCounts({ province: 'VN-45', district: 'D1', commune: 'C1' }, 'learning-family', undefined, { evaluated: 980, recognized: 812 });
    t.add({ province: 'VN-45', district: 'D1', commune: 'C1', model: 'learning-family', recognized: true });
    expect(t.by('commune')[0]!.counts['learning-family']).toEqual({ evaluated: 981, recognized: 813 });
    expect(() => t.addCounts({ province: 'VN-45', district: 'D1', commune: 'C1' }, 'learning-family', undefined, { evaluated: 1, recognized: 2 })).toThrowError(LearningSocietyError);
  });

  it('has no district level from 1 July 2025', () => {
    expect(tallyLevels('2025-06-30')).toEqual(['hamlet', 'commune', 'district', 'province', 'nation']);
    expect(tallyLevels('2025-07-01')).toEqual(['hamlet', 'commune', 'province', 'nation']);
    const twoTier = tallyOf([{ province: 'VN-45', commune: '30280', model: 'learning-family', recognized: true }]);
    expect(() => twoTier.by('district')).toThrowError(/has no district/);
    expect(() => tallyOf([{ province: 'VN-45', district: 'D1', commune: 'C1', model: 'learning-family', recognized: true }]).by('district', { date: '2025-07-01' })).toThrowError(/no district level from 1 July 2025/);
    expect(twoTier.by('province')[0]!.counts['learning-family']).toEqual({ evaluated: 1, recognized: 1 });
  });

  it('refuses bad records', () => {
    const t = new Tally();
    expect(() => t.add({ province: 'P', commune: 'C', model: 'learning-cat' as never, recognized: true })).toThrowError(/not a model/);
    expect(() => t.add({ province: 'P', commune: 'C', model: 'learning-family', recognized: 'yes' as never })).toThrowError(/true or false/);
    expect(() => t.add({ province: '', commune: 'C', model: 'learning-family', recognized: true })).toThrowError(/province code/);
    t.add({ province: 'P1', commune: 'C', model: 'learning-family', recognized: true });
    expect(() => t.add({ province: 'P2', commune: 'C', model: 'learning-family', recognized: true })).toThrowError(/two different units/);
  });

  it('tallies an async stream', async () => {
    async function* stream() {
      for (let i = 0; i < 1000; i++) yield { province: 'VN-SG', commune: `C${i % 7}`, model: 'learning-clan' as const, recognized: i % 3 === 0 };
    }
    const t = await tallyOfAsync(stream());
    expect(t.communeCount).toBe(7);
    expect(t.by('nation')[0]!.counts['learning-clan']).toEqual({ evaluated: 1000, recognized: 334 });
  });
});
