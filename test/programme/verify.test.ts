import { describe, expect, it } from 'vitest';
import { LearningSocietyError, verifyPartitionShares, verifyStatedPercentage, verifyStatedSum } from 'vn-learning-society';

describe('verifyStatedPercentage', () => {
  it('reproduces "556.862/834.926 gia đình, đạt 66,7%" (the report figure quoted in issue 4) by rounding half up, not by truncating', () => {
    const v = verifyStatedPercentage({ part: 556862, whole: 834926, stated: '66,7%' });
    expect(v.consistent).toBe(true);
    expect(v.conventions).toEqual(['half-up', 'half-even', 'ceiling']);
    expect(v.conventions).not.toContain('truncate');
    expect(v.exact.toFixed(5)).toBe('66.69597');
    expect(v.decimals).toBe(1);
    expect(v.candidates.truncate.toString()).toBe('66.6');
    expect(v.explanation.vi).toBe(
      '556.862/834.926 = 66,69597…%; với 1 chữ số thập phân: 66,7% (làm tròn 5 lên), 66,6% (cắt bỏ phần thừa) — số liệu 66,7% khớp khi làm tròn 5 lên hoặc làm tròn về số chẵn hoặc làm tròn lên',
    );
  });

  it('tells which convention a document used: only truncation prints 2/3 as 66,6 %', () => {
    expect(verifyStatedPercentage({ part: 2, whole: 3, stated: '66,6%' }).conventions).toEqual(['truncate']);
    expect(verifyStatedPercentage({ part: 2, whole: 3, stated: '66,67%' }).conventions).toEqual(['half-up', 'half-even', 'ceiling']);
  });

  it('flags a figure no rounding gives, saying what it should be', () => {
    const v = verifyStatedPercentage({ part: 41, whole: 52, stated: '79,8%' });
    expect(v).toMatchObject({ consistent: false, conventions: [] });
    expect(v.explanation.en).toContain('the stated 79.8% matches no rounding; it should be 78.8%');
  });

  it('reads the stated figure as text in either style, or as a number, at its printed precision', () => {
    expect(verifyStatedPercentage({ part: 1, whole: 8, stated: 12.5 }).conventions).toContain('half-up');
    expect(verifyStatedPercentage({ part: 1, whole: 8, stated: '12.5%' }).decimals).toBe(1);
    expect(verifyStatedPercentage({ part: 1, whole: 8, stated: '13%' })).toMatchObject({ decimals: 0, conventions: ['half-up', 'ceiling'] });
    expect(verifyStatedPercentage({ part: 1, whole: 8, stated: '12%' }).conventions).toEqual(['half-even', 'truncate']);
  });

  it('refuses bad input', () => {
    expect(() => verifyStatedPercentage({ part: 5, whole: 4, stated: '1' })).toThrowError(LearningSocietyError);
    expect(() => verifyStatedPercentage({ part: 1, whole: 4, stated: 'abc' })).toThrowError(LearningSocietyError);
  });
});

describe('verifyStatedSum', () => {
  it('checks the Long An yearbook print run: 37 + 2 + 1 + 15 × 1 + 15 × 1 + 188 × 1 = 258 copies (seed 000)', () => {
    const v = verifyStatedSum({
      parts: [
        { value: 37, label: 'Ban chỉ đạo và Tổ giúp việc' },
        { value: 2, label: 'Sở GD&ĐT' },
        { value: 1, label: 'Hội Khuyến học tỉnh' },
        { count: 15, each: 1, label: 'Phòng GD&ĐT' },
        { count: 15, each: 1, label: 'Hội Khuyến học cấp huyện' },
        { count: 188, each: 1, label: 'xã, phường, thị trấn' },
      ],
      stated: 258,
    });
    expect(v).toMatchObject({ consistent: true, conventions: ['exact'] });
    expect(v.exact.toNumber()).toBe(258);
    expect(v.explanation.vi).toBe('37 + 2 + 1 + 15 × 1 + 15 × 1 + 188 × 1 = 258 — khớp với số liệu 258');
  });

  it('flags a wrong total with the difference, and reads Vietnamese text', () => {
    const v = verifyStatedSum({ parts: ['1.200', '2.300,5'], stated: '3.500' });
    expect(v.consistent).toBe(false);
    expect(v.explanation.en).toBe('1200 + 2300.5 = 3500.5 — differs from the stated 3500 (by -0.5)');
  });

  it('refuses an empty or malformed list', () => {
    expect(() => verifyStatedSum({ parts: [], stated: 0 })).toThrowError(LearningSocietyError);
    expect(() => verifyStatedSum({ parts: [{ count: -1, each: 1 }], stated: 0 })).toThrowError(LearningSocietyError);
  });
});

describe('verifyPartitionShares', () => {
  it('accepts shares that add to 100 within rounding, and says which rounding allows it', () => {
    expect(verifyPartitionShares({ stated: ['33,3%', '33,3%', '33,3%'] }).conventions).toEqual(['half-up', 'half-even', 'truncate']);
    expect(verifyPartitionShares({ stated: ['50%', '50%'] }).consistent).toBe(true);
    expect(verifyPartitionShares({ stated: ['50%', '45%'] }).consistent).toBe(false);
  });

  it('with the counts, finds shares nudged to reach 100', () => {
    const v = verifyPartitionShares({ stated: ['33,3%', '33,3%', '33,4%'], parts: [1, 1, 1], whole: 3 });
    expect(v.consistent).toBe(false);
    expect(v.shares!.map((s) => s.conventions.includes('half-up'))).toEqual([true, true, false]);
    expect(verifyPartitionShares({ stated: ['25%', '75%'], parts: [1, 3], whole: 4 }).conventions).toEqual(['half-up', 'half-even', 'truncate', 'ceiling']);
    expect(() => verifyPartitionShares({ stated: ['25%', '75%'], parts: [1, 2], whole: 4 })).toThrowError(/parts add up to 3, not 4/);
  });
});
