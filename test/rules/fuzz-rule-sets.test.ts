import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, getRuleSet, LearningSocietyError, parseRuleSet, safeForkRuleSet, safeParseRuleSet } from 'vn-learning-society';
import { keepPrototypeClean, mutated, ruleSets, RUNS, typedOrResult } from '../helpers/fuzz.js';

/**
 * Fuzzing rule sets and forks from untrusted JSON: every call gives a result that holds its invariants or a LearningSocietyError with a path and a message in
 * both languages; a `safe*` call never throws; Object.prototype stays clean (test/helpers/fuzz.ts). One seed per run
 * (test/setup/fuzz-seed.ts): FUZZ_SEED to replay it, FUZZ_RUNS to search longer.
 */
keepPrototypeClean();

describe('fuzz: rule sets from untrusted JSON', () => {
  it('a mutated rule set is parsed into a valid one or refused with a typed error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ruleSets).chain((rs) => mutated(rs)), (input) => {
        const r = typedOrResult(() => parseRuleSet(input));
        if (r.ok) {
          // What was accepted round-trips and compiles.
          expect(JSON.stringify(parseRuleSet(JSON.stringify(r.value)))).toBe(JSON.stringify(r.value)); // as JSON: -0 is 0
          expect(typeof compileRuleSet(r.value)).toBe('function');
        }
        const safe = safeParseRuleSet(input);
        expect(safe.success).toBe(r.ok);
      }),
      { numRuns: RUNS },
    );
  });

  it('random JSON text is parsed or refused with a typed error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 }), fc.constant('{"a":'.repeat(5000)), fc.constant('['.repeat(200_000) + ']'.repeat(200_000))), (text) => {
        typedOrResult(() => parseRuleSet(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('a hostile patch forks into a valid rule set or is refused; safeForkRuleSet never throws', () => {
    const base = getRuleSet('learning-family-khvn-2015');
    const patchShape = {
      outcome: { rules: { 'min-total': { points: 85 } } },
      criteria: { children: { maxPoints: 30, indicators: { 'children.results': { maxPoints: 10 } } } },
    };
    const meta = { id: 'fuzz-fork', jurisdiction: { code: 'VN-X', name: { vi: 'X', en: 'X' } } };
    fc.assert(
      fc.property(mutated(patchShape), fc.boolean(), (patch, asText) => {
        let text: string | undefined;
        try {
          text = JSON.stringify(patch);
        } catch {
          text = undefined; // cycles and BigInt cannot be text
        }
        const input = asText && text !== undefined ? text : patch;
        const r = safeForkRuleSet(base, input as never, meta);
        if (r.success) {
          expect(r.data.id).toBe('fuzz-fork');
          expect(JSON.stringify(parseRuleSet(JSON.stringify(r.data)))).toBe(JSON.stringify(r.data));
        } else {
          expect(r.error).toBeInstanceOf(LearningSocietyError);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
