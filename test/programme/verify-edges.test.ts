import { describe, expect, it } from 'vitest';
import { LearningSocietyError, parseStatedSum, verifyPartitionShares, verifyStatedPercentage, verifyStatedSum } from 'vn-learning-society';

/**
 * Edges of programme/verify found by mutation testing (issue 24): each test states what a user sees — a verdict, the
 * conventions, the explanation, or the error and the figure it names — with the expected values written out.
 */

/** The error a call throws: its code, the path and code of its first issue, and that issue's message. */
function refusal(f: () => unknown): { code: string; path: readonly (string | number)[]; issue: string; vi: string; en: string } {
  try {
    f();
  } catch (e) {
    if (!(e instanceof LearningSocietyError)) throw e;
    const issue = e.issues[0]!;
    return { code: e.code, path: issue.path, issue: issue.code, vi: issue.message.vi, en: issue.message.en };
  }
  throw new Error('no error thrown');
}

describe('verifyStatedPercentage: what the explanation says', () => {
  it('writes the exact share without "…" when it ends within four more decimals, with one when it does not', () => {
    // 1/4 = 25 % exactly; 1/1600 = 0,0625 %, four decimals past the 0 printed; 1/3 never ends.
    expect(verifyStatedPercentage({ part: 1, whole: 4, stated: '25%' }).explanation).toEqual({
      vi: '1/4 = 25%; với 0 chữ số thập phân: 25% (làm tròn 5 lên), 25% (cắt bỏ phần thừa) — số liệu 25% khớp khi làm tròn 5 lên hoặc làm tròn về số chẵn hoặc cắt bỏ phần thừa hoặc làm tròn lên',
      en: '1/4 = 25%; at 0 decimals: 25% (round half up), 25% (truncate) — the stated 25% matches under round half up or round half to even or truncate or round up (ceiling)',
    });
    expect(verifyStatedPercentage({ part: 1, whole: 1600, stated: '0%' }).explanation.en).toBe(
      '1/1600 = 0.0625%; at 0 decimals: 0% (round half up), 0% (truncate) — the stated 0% matches under round half up or round half to even or truncate',
    );
    expect(verifyStatedPercentage({ part: 1, whole: 3, stated: '33,33%' }).explanation.vi).toBe(
      '1/3 = 33,333333…%; với 2 chữ số thập phân: 33,33% (làm tròn 5 lên), 33,33% (cắt bỏ phần thừa) — số liệu 33,33% khớp khi làm tròn 5 lên hoặc làm tròn về số chẵn hoặc cắt bỏ phần thừa',
    );
  });

  it('prints each candidate at the decimals of the stated figure (67,0 %, not 67 %), and says "1 decimal" in the singular', () => {
    expect(verifyStatedPercentage({ part: 67, whole: 100, stated: '67,0%' }).explanation).toEqual({
      vi: '67/100 = 67%; với 1 chữ số thập phân: 67,0% (làm tròn 5 lên), 67,0% (cắt bỏ phần thừa) — số liệu 67,0% khớp khi làm tròn 5 lên hoặc làm tròn về số chẵn hoặc cắt bỏ phần thừa hoặc làm tròn lên',
      en: '67/100 = 67%; at 1 decimal: 67.0% (round half up), 67.0% (truncate) — the stated 67.0% matches under round half up or round half to even or truncate or round up (ceiling)',
    });
  });

  it('reads "66,7 %" (a space before %) and " 78.8% " at one decimal, as the reports print them', () => {
    // 556.862/834.926 families (the report figure quoted in issue 4); 41/52 = 78,846… % (test/programme/verify.test.ts).
    expect(verifyStatedPercentage({ part: 556862, whole: 834926, stated: '66,7 %' })).toMatchObject({ decimals: 1, conventions: ['half-up', 'half-even', 'ceiling'] });
    expect(verifyStatedPercentage({ part: 41, whole: 52, stated: ' 78.8% ' })).toMatchObject({ decimals: 1, conventions: ['half-up', 'half-even', 'truncate'] });
  });

  it('refuses a stated figure that is not finite or not a figure, naming it', () => {
    expect(refusal(() => verifyStatedPercentage({ part: 1, whole: 2, stated: Infinity }))).toMatchObject({ code: 'invalid_input', path: ['stated'], en: '"Infinity" is not a number' });
    expect(refusal(() => verifyStatedPercentage({ part: 1, whole: 2, stated: Number.NaN }))).toMatchObject({ path: ['stated'], en: '"NaN" is not a number' });
    expect(refusal(() => verifyStatedPercentage({ part: 1, whole: 2, stated: null as unknown as string }))).toMatchObject({ path: ['stated'], issue: 'invalid_number' });
    expect(refusal(() => verifyStatedPercentage({ part: 1, whole: 2, stated: 'năm mươi' }))).toMatchObject({ path: ['stated'], issue: 'invalid_number' });
  });
});

describe('parseStatedSum', () => {
  it('reads the terms of "37 + 2 + 15 × 5 × 6": plain figures stay figures, a product keeps its factors', () => {
    expect(parseStatedSum('37 + 2 + 15 × 5 × 6')).toEqual(['37', '2', { factors: ['15', '5', '6'] }]);
    expect(parseStatedSum('1.200 + 2.300,5')).toEqual(['1.200', '2.300,5']);
  });

  it('names the term or factor it cannot read', () => {
    expect(refusal(() => parseStatedSum('2 × abc'))).toMatchObject({ code: 'invalid_input', path: ['parts[0].factors[1]'], issue: 'invalid_number' });
    expect(refusal(() => parseStatedSum('3 + abc'))).toMatchObject({ path: ['parts[1]'], issue: 'invalid_number' });
    expect(refusal(() => parseStatedSum('2 + + 3'))).toMatchObject({ path: ['parts[1]'], en: '"2 + + 3": a term or factor is empty' });
  });

  it('reads up to 10,000 characters and refuses one more, quoting the first 40', () => {
    const longest = `${'1+'.repeat(4999)}11`; // 10,000 characters: 5,000 terms
    expect(longest).toHaveLength(10_000);
    expect(parseStatedSum(longest)).toHaveLength(5000);
    expect(refusal(() => parseStatedSum(`${longest}1`))).toMatchObject({
      code: 'invalid_input',
      path: ['parts'],
      en: `"${'1+'.repeat(20)}… (10001 ký tự / characters; tối đa / at most 10000)" is not a number`,
    });
  });

  it('refuses what is not text with a typed error', () => {
    expect(refusal(() => parseStatedSum(42 as unknown as string))).toMatchObject({ code: 'invalid_input', path: ['parts'], en: '"42" is not a number' });
  });
});

describe('verifyStatedSum: products and refusals', () => {
  it('multiplies every factor: 5 reports × 15 districts × 6 pages = 450 (seed 000, Long An yearbook plan)', () => {
    const v = verifyStatedSum({ parts: parseStatedSum('5 × 15 × 6'), stated: 450 });
    expect(v).toMatchObject({ consistent: true, conventions: ['exact'] });
    expect(v.explanation.vi).toBe('5 × 15 × 6 = 450 — khớp với số liệu 450');
    expect(verifyStatedSum({ parts: [{ factors: [2, 3, 4] }], stated: 6 }).explanation.en).toBe('2 × 3 × 4 = 24 — differs from the stated 6 (by -18)');
  });

  it('takes a count of 0 (no copies for that group)', () => {
    expect(verifyStatedSum({ parts: [3, { count: 0, each: 5 }], stated: 3 }).explanation.vi).toBe('3 + 0 × 5 = 3 — khớp với số liệu 3');
  });

  it('refuses an empty term, an empty product, a missing term and a list that is not one, with a typed error', () => {
    expect(refusal(() => verifyStatedSum({ parts: [null as unknown as number], stated: 0 }))).toMatchObject({ code: 'invalid_input', path: ['parts[0]'], en: '"null" is not a number' });
    expect(refusal(() => verifyStatedSum({ parts: [1, { factors: [] }], stated: 0 }))).toMatchObject({ path: ['parts[1].factors'], issue: 'empty_list', vi: 'cần ít nhất một thừa số', en: 'at least one factor is needed' });
    expect(refusal(() => verifyStatedSum({ parts: [{ factors: '2 × 3' as unknown as string[] }], stated: 6 }))).toMatchObject({ path: ['parts[0].factors'], issue: 'invalid_type', en: 'a list is needed, not "2 × 3"' });
    expect(refusal(() => verifyStatedSum({ parts: [], stated: 0 }))).toMatchObject({ path: ['parts'], issue: 'empty_list', vi: 'cần ít nhất một số hạng', en: 'at least one term is needed' });
    expect(refusal(() => verifyStatedSum({ parts: '1 + 2' as unknown as number[], stated: 3 }))).toMatchObject({ path: ['parts'], issue: 'invalid_type' });
    expect(refusal(() => verifyStatedSum({ parts: [{ count: 1.5, each: 2 }], stated: 3 }))).toMatchObject({ path: ['parts[0].count'], issue: 'invalid_number' });
  });
});

describe('verifyPartitionShares: the exact ends of what rounding can explain', () => {
  // Two shares printed whole: each is within half a unit (half up, half to even) or a unit (truncate, ceiling).
  it('at 100 exactly, every convention', () => {
    expect(verifyPartitionShares({ stated: ['50%', '50%'] }).conventions).toEqual(['half-up', 'half-even', 'truncate', 'ceiling']);
  });

  it('51 % + 50 %: half up (50,5 and 49,5 both round up) and ceiling, not half to even (50,5 rounds to 50)', () => {
    const v = verifyPartitionShares({ stated: ['51%', '50%'] });
    expect(v.conventions).toEqual(['half-up', 'ceiling']);
    expect(v.explanation.vi).toBe('51% + 50% = 101% — phù hợp khi làm tròn 5 lên hoặc làm tròn lên');
  });

  it('49 % + 50 %: only truncation (half up would need 49,5 to round down)', () => {
    expect(verifyPartitionShares({ stated: ['49%', '50%'] }).conventions).toEqual(['truncate']);
  });

  it('even shares at the ends: 26 + 24 + 24 + 24 % (26,5 and 24,5 round to even) and 26 + 26 + 26 + 24 %', () => {
    expect(verifyPartitionShares({ stated: ['26%', '24%', '24%', '24%'] }).conventions).toEqual(['half-even', 'truncate']);
    expect(verifyPartitionShares({ stated: ['26%', '26%', '26%', '24%'] }).conventions).toEqual(['half-up', 'half-even', 'ceiling']);
  });

  it('a whole unit off at one decimal is outside every convention: 33,3 + 33,3 + 33,1 % and 33,4 + 33,4 + 33,5 %', () => {
    expect(verifyPartitionShares({ stated: ['33,3%', '33,3%', '33,1%'] })).toMatchObject({ consistent: false, conventions: [] });
    expect(verifyPartitionShares({ stated: ['33,4%', '33,4%', '33,5%'] })).toMatchObject({ consistent: false, conventions: [] });
    expect(verifyPartitionShares({ stated: ['50,0%', '45,0%'] }).explanation.en).toBe('50.0% + 45.0% = 95% — not consistent with any rounding');
  });

  it('refuses no shares, shares that are not a list, and counts that do not match them, saying why', () => {
    expect(refusal(() => verifyPartitionShares({ stated: [] }))).toMatchObject({ code: 'invalid_input', path: ['stated'], issue: 'empty_list', en: 'at least one share is needed' });
    expect(refusal(() => verifyPartitionShares({ stated: '33%' as unknown as string[] }))).toMatchObject({ path: ['stated'], issue: 'invalid_type', en: 'a list is needed, not "33%"' });
    expect(refusal(() => verifyPartitionShares({ stated: ['25%', '75%'], parts: [1, 3] }))).toMatchObject({ path: ['whole'], issue: 'missing', vi: 'cần `whole` (tổng) cùng với `parts`' });
    expect(refusal(() => verifyPartitionShares({ stated: ['25%', '75%'], parts: [4], whole: 4 }))).toMatchObject({ path: ['parts'], issue: 'count_mismatch', vi: 'cần một phần cho mỗi tỷ lệ (2 tỷ lệ), không phải 1 phần', en: 'one part for each of the 2 shares is needed, not 1' });
    expect(refusal(() => verifyPartitionShares({ stated: ['25%', '75%'], parts: 4 as unknown as number[], whole: 4 }))).toMatchObject({ path: ['parts'], issue: 'invalid_type' });
  });
});
