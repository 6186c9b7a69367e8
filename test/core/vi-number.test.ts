import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViNumber, formatViPercent, LearningSocietyError, parseViDecimal, parseViNumber } from 'vn-learning-society';

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

describe('parseViNumber: never a silently different number (issue 22)', () => {
  it('an integer past 2^53, or a decimal with more significant digits than a double keeps, is a typed error', () => {
    for (const text of ['9007199254740993', '9.007.199.254.740.993', '0,12345678901234567', '123456789012345678901234567890']) {
      expect(() => parseViNumber(text), text).toThrowError(/more significant digits than a number holds exactly/);
      try {
        parseViNumber(text);
      } catch (e) {
        expect((e as LearningSocietyError).code).toBe('invalid_input');
        expect((e as LearningSocietyError).summary.en).toBe('The number has too many digits');
        expect((e as LearningSocietyError).issues[0]!.message.vi).toContain('nhiều chữ số có nghĩa');
        expect((e as LearningSocietyError).issues[0]!.code).toBe('too_precise');
      }
    }
    expect(() => parseViNumber('9007199254740993')).toThrowError(/it would become 9007199254740992/);
    // What a double holds exactly is read as before; parseViDecimal keeps every digit.
    expect(parseViNumber('9007199254740992')).toBe(2 ** 53);
    expect(parseViNumber('0,1')).toBe(0.1);
    expect(parseViNumber('1.234.567.890,12')).toBe(1234567890.12);
    expect(parseViNumber('1,5 triệu')).toBe(1_500_000);
    expect(parseViDecimal('9007199254740993').toFixed()).toBe('9007199254740993');
  });

  it('dotDecimal: "unambiguous" reads a dot that cannot group thousands as a decimal point; "7.500" stays 7500', () => {
    const read = (t: string) => parseViNumber(t, { dotDecimal: 'unambiguous' });
    expect(['7.5', '7.25', '0.5', '-2.5', '1234.5', '7.5000', '12.5%'].map(read)).toEqual([7.5, 7.25, 0.5, -2.5, 1234.5, 7.5, 12.5]);
    expect(['7.500', '1.234.567', '7,5', '1.234,5'].map(read)).toEqual([7500, 1234567, 7.5, 1234.5]);
    for (const t of ['7.5.1', '.5', '7.', '1234.567']) expect(() => read(t), t).toThrowError(LearningSocietyError);
    expect(() => parseViNumber('7.5')).toThrowError(/dots must group thousands/);
  });
});
