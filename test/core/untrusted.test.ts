import { describe, expect, it } from 'vitest';
import {
  checkUntrustedJson,
  DEFAULT_INPUT_LIMITS,
  getRuleSet,
  LearningSocietyError,
  parseRuleSet,
  safeParseRuleSet,
} from 'vn-learning-society';

const codesOf = (input: unknown, limits = DEFAULT_INPUT_LIMITS) => {
  try {
    checkUntrustedJson(input, limits);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(LearningSocietyError);
    expect((e as LearningSocietyError).code).toBe('untrusted_input');
    return (e as LearningSocietyError).issues.map((i) => i.code);
  }
};

describe('untrusted input', () => {
  it('round-trips every shipped rule set through JSON text', () => {
    const rs = getRuleSet('learning-unit-grassroots-khvn-2021');
    expect(parseRuleSet(JSON.stringify(rs))).toEqual(rs);
  });

  it('refuses prototype-reaching keys anywhere', () => {
    expect(codesOf('{"a": {"__proto__": {}}}')).toEqual(['forbidden_key']);
    expect(codesOf('{"constructor": 1}')).toEqual(['forbidden_key']);
    expect(codesOf({ a: [{ prototype: 1 }] })).toEqual(['forbidden_key']);
  });

  it('refuses text that is not JSON, and values that are not JSON data', () => {
    expect(codesOf('{"a": ')).toEqual(['invalid_json']);
    expect(codesOf({ a: () => 1 })).toEqual(['not_json']);
    expect(codesOf({ a: Number.NaN })).toEqual(['not_finite']);
    expect(codesOf({ a: new Date() })).toEqual(['not_plain_object']);
    expect(codesOf({ [Symbol('s')]: 1 })).toEqual(['symbol_key']);
    expect(codesOf({ a: 10n })).toEqual(['not_json']);
  });

  it('bounds depth, size and string length', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(codesOf(deep)).toContain('too_deep');
    expect(codesOf(new Array(60_000).fill(0))).toEqual(['too_many_values']);
    expect(codesOf({ s: 'x'.repeat(10_001) })).toEqual(['string_too_long']);
    expect(codesOf('x'.repeat(100), { ...DEFAULT_INPUT_LIMITS, maxJsonLength: 10 })).toEqual(['too_long']);
  });

  it('gives safeParseRuleSet paths for every problem of a bad rule set', () => {
    const r = safeParseRuleSet({ ...getRuleSet('learning-clan-khvn-2015'), model: 'learning-cat', validTo: 'soon' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe('invalid_rule_set');
      expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['model', 'validTo']);
      expect(r.error.issues.every((i) => i.message.vi !== i.message.en)).toBe(true);
    }
  });
});
