import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViNumber, formatViPercent, LearningSocietyError, parseViNumber } from 'vn-learning-society';

describe('parseViNumber', () => {
  it('reads the Vietnamese way: dots group thousands, a comma marks decimals', () => {
    expect(parseViNumber('556.862')).toBe(556862);
    expect(parseViNumber('834.926')).toBe(834926);
    expect(parseViNumber('66,7%')).toBe(66.7);
    expect(parseViNumber('1.234.567,89')).toBe(1234567.89);
    expect(parseViNumber('258')).toBe(258);
    expect(parseViNumber('-3,5')).toBe(-3.5);
    expect(parseViNumber(' 78,8 % ')).toBe(78.8);
  });

  it('reads the scale words nghìn/ngàn, triệu, tỷ/tỉ exactly', () => {
    expect(parseViNumber('1,5 triệu')).toBe(1_500_000);
    expect(parseViNumber('2 nghìn')).toBe(2000);
    expect(parseViNumber('2,25 ngàn')).toBe(2250);
    expect(parseViNumber('1,2 tỷ')).toBe(1_200_000_000);
    expect(parseViNumber('3 tỉ')).toBe(3_000_000_000);
  });

  it.each([
    ['1,234', /ambiguous/],
    ['1.5', /dots must group thousands/],
    ['1,234.5', /dot after the decimal comma/],
    ['1,234,567', /more than one comma/],
    ['12.34.56', /dots must group thousands/],
    ['abc', /only digits/],
    ['', /empty/],
    ['5 %  x', /unexpected words/],
    ['50% triệu', /unexpected words|scale word/],
    [',5', /digit is missing/],
  ])('refuses %s with a clear error', (text, message) => {
    expect(() => parseViNumber(text)).toThrowError(message);
    try {
      parseViNumber(text);
    } catch (e) {
      expect((e as LearningSocietyError).code).toBe('invalid_input');
      expect((e as LearningSocietyError).issues[0]!.message.vi.length).toBeGreaterThan(0);
    }
  });

  it('reads "1,234" as a decimal only when asked', () => {
    expect(parseViNumber('1,234', { commaThree: 'decimal' })).toBe(1.234);
  });
});

describe('formatViNumber and formatViPercent', () => {
  it('writes dots between thousands and a decimal comma, with named rounding', () => {
    expect(formatViNumber(556862)).toBe('556.862');
    expect(formatViNumber(1234567.891, { decimals: 2 })).toBe('1.234.567,89');
    expect(formatViNumber(0.125, { decimals: 2 })).toBe('0,13');
    expect(formatViNumber(0.125, { decimals: 2, rounding: 'half-even' })).toBe('0,12');
    expect(formatViNumber(0.129, { decimals: 2, rounding: 'truncate' })).toBe('0,12');
    expect(formatViNumber(-1234.5)).toBe('-1.234,5');
    expect(formatViNumber(12, { decimals: 1 })).toBe('12,0');
    expect(formatViPercent(66.69597, { decimals: 1 })).toBe('66,7%');
    expect(formatViPercent(78.846, { decimals: 1, rounding: 'truncate' })).toBe('78,8%');
  });

  it('round-trips any number it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const n = Number(`${int}.${String(cents).padStart(2, '0')}`);
        const text = formatViNumber(n, { decimals: 2 });
        expect(parseViNumber(text, { commaThree: 'decimal' })).toBe(n);
      }),
    );
  });
});
