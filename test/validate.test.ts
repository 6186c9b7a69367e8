import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, getRuleSet, LearningSocietyError, listRuleSets, ruleSetSchema } from 'vn-learning-society';
import { ruleSetIssues } from '../src/rules/rule-set/validate.js';

// Scoring checks a rule set without zod (src/rules/rule-set/validate.ts), so that a bundle that scores carries no
// schema library; parseRuleSet keeps zod. The two must accept and refuse the same rule sets: every shipped one, and
// thousands of random mutations of them.

const shipped = listRuleSets();

/** Every path to a value in a JSON tree. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (typeof v === 'object' && v !== null) return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return [at];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return copy; // under a string or number: nothing to set
    node = node[k] as Record<string | number, unknown>;
  }
  if (typeof node !== 'object' || node === null) return copy;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** Values a mutation puts somewhere: wrong types, edges of ranges, odd strings and URLs, an unknown field. */
const VALUES = [undefined, null, true, 0, -1, 0.5, 1.25, 100, 100.5, 10_000, 10_001, Number.MAX_SAFE_INTEGER + 2, '', 'x', 'Abc', 'a.b', 'a-', 'VN-49', 'vn', '2024-02-30', '2024-02-29', '2023-02-29', 'http://x', 'not a url', 'https://a.vn/b', 'judged', 'ratio', 'min-total', 'class-reached', 'learning-family', 'hamlet', [], [1], {}, { vi: 'a', en: 'b' }, { vi: '', en: 'b' }, { ref: 'x' }, { atLeast: 1, points: 1 }, { atLeastPercent: 50, points: 1 }, { extra: 1 }];

describe('the check scoring runs without zod agrees with ruleSetSchema', () => {
  it('accepts every shipped rule set', () => {
    for (const rs of shipped) expect(ruleSetIssues(rs), rs.id).toEqual([]);
  });

  it('accepts and refuses the same rule sets as ruleSetSchema, on random mutations of the shipped ones', () => {
    const trees = shipped.map((rs) => ({ rs, all: paths(JSON.parse(JSON.stringify(rs))) }));
    fc.assert(
      fc.property(fc.nat(trees.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(VALUES.length - 1), fc.boolean()), { minLength: 1, maxLength: 3 }), (which, edits) => {
        const { rs, all } = trees[which]!;
        let doc: unknown = JSON.parse(JSON.stringify(rs));
        for (const [p, v, unknownField] of edits) {
          const path = all[p % all.length]!;
          doc = unknownField ? setAt(doc, [...path, 'extraField'], VALUES[v]) : setAt(doc, path, VALUES[v]);
        }
        const zodSays = ruleSetSchema.safeParse(doc).success;
        const oursSays = ruleSetIssues(doc).length === 0;
        expect({ oursSays, doc: oursSays === zodSays ? null : doc }).toEqual({ oursSays: zodSays, doc: null });
      }),
      { numRuns: 3_000 },
    );
  }, 60_000);

  it('compileRuleSet refuses a bad rule set with the path, in both languages, without zod', () => {
    const bad = structuredClone(getRuleSet('learning-family-khvn-2015')) as unknown as { criteria: { indicators: { maxPoints: unknown }[] }[] };
    bad.criteria[0]!.indicators[1]!.maxPoints = 'ten';
    try {
      compileRuleSet(bad as never);
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(LearningSocietyError);
      const err = e as LearningSocietyError;
      expect(err.code).toBe('invalid_rule_set');
      expect(err.issues[0]).toMatchObject({ path: ['criteria', 0, 'indicators', 1, 'maxPoints'], message: { en: 'expected a finite number', vi: 'cần một số hữu hạn' } });
    }
  });
});
