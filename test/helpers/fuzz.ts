import fc from 'fast-check';
import { afterEach, expect, vi } from 'vitest';
import { expectIssueFields } from './issues.js';
import { BUILT_IN_RULE_SET_IDS, getRuleSet, LearningSocietyError, type RuleSet } from 'vn-learning-society';

/**
 * What the fuzz files (test/<layer>/fuzz-<what>.test.ts) share. They fuzz the public entry points with random and
 * hostile input: valid documents mutated at random places with
 * hostile values (deep nesting, huge and non-finite numbers, `__proto__` keys, wrong types, cycles), and random
 * text. Every call must either give a result that holds its invariants or throw a LearningSocietyError whose issues
 * have a path and a message in both languages; a `safe*` call must never throw. Object.prototype must stay clean.
 */

/** Runs per property: `FUZZ_RUNS=5000 npx vitest run fuzz-` (every fuzz file) for a longer search than the default. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Every shipped rule set. */
export const ruleSets: RuleSet[] = BUILT_IN_RULE_SET_IDS.map((id) => getRuleSet(id));

/** After each test of the file that calls it: no input may have reached the prototype of every object. */
export function keepPrototypeClean(): void {
  vi.setConfig({ testTimeout: 120_000 });
  afterEach(() => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
}

/** Nested arrays or objects `depth` deep. */
export function deep(depth: number, asObject: boolean): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
}

/** A value whose own key is "__proto__" (as JSON.parse makes it), not a change of prototype. */
export const protoKey = () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown;

/** Values a hostile or careless source could put anywhere. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, -1, 0.1 + 0.2, 1e21,
    null, undefined, true, false, '', ' ', '0', 'NaN', '1e999', '__proto__', 'constructor', '\u0000', '\ud800',
    [], {}, [null], { part: 1 }, { part: 2, whole: 1 }, { part: -1, whole: 2 }, { part: 1.5, whole: 2 },
  ),
  fc.constant(null).map(() => deep(200, false)),
  fc.constant(null).map(() => deep(200, true)),
  fc.constant(null).map(() => deep(100_000, false)),
  fc.constant(null).map(() => deep(100_000, true)),
  fc.constant(null).map(protoKey),
  fc.constant(null).map(() => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.constant(null).map(() => 'x'.repeat(20_000)),
  fc.constant(null).map(() => {
    const cycle: Record<string, unknown> = { id: 'cycle' };
    cycle.self = cycle;
    return cycle;
  }),
  fc.constant(null).map(() => Object.create(null) as unknown),
  fc.constant(null).map(() => new Date(0)),
  fc.constant(null).map(() => new Map([['a', 1]])),
  fc.constant(null).map(() => () => 1),
  fc.constant(null).map(() => Symbol('s')),
  fc.constant(null).map(() => 10n),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 30 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every path to a value inside `value` (plain objects and arrays only, each visited once). */
export function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], seen = new Set<unknown>()): (string | number)[][] {
  out.push(prefix);
  if (!value || typeof value !== 'object' || seen.has(value) || out.length > 5000 || prefix.length > 40) return out;
  seen.add(value);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out, seen));
  else if (Object.getPrototypeOf(value) === Object.prototype) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out, seen);
  return out;
}

/** Copies plain objects and arrays along `path` only, so that hostile values elsewhere (cycles, symbols) stay as they are. */
export function copyAlong(value: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 0 || !value || typeof value !== 'object') return value;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = copyAlong(copy[path[0]!], path.slice(1));
  return copy;
}

/** A copy of `value` with the thing at `path` replaced, a `__proto__` key added beside it, or removed. */
export function mutate(value: unknown, path: readonly (string | number)[], how: 'replace' | 'add' | 'remove', replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = copyAlong(value, path) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (how === 'remove' && !Array.isArray(parent)) delete parent[last];
  else if (how === 'add' && !Array.isArray(parent)) Object.defineProperty(parent, '__proto__', { value: replacement, enumerable: true, configurable: true, writable: true });
  else parent[last] = replacement;
  return copy;
}

/** A valid document mutated once or a few times at random places with hostile values. */
export function mutated(base: unknown, times = 3): fc.Arbitrary<unknown> {
  const all = paths(base);
  const step = fc.tuple(fc.nat({ max: all.length - 1 }), fc.constantFrom('replace', 'add', 'remove') as fc.Arbitrary<'replace' | 'add' | 'remove'>, hostile);
  return fc.array(step, { minLength: 1, maxLength: times }).map((steps) => {
    let v = base;
    for (const [i, how, replacement] of steps) {
      const candidates = paths(v);
      v = mutate(v, candidates[i % candidates.length]!, how, replacement);
    }
    return v;
  });
}

/** The call gave a result, or threw our typed error with paths and bilingual messages; anything else fails. */
export function typedOrResult<T>(call: () => T): { ok: true; value: T } | { ok: false; error: LearningSocietyError } {
  try {
    return { ok: true, value: call() };
  } catch (e) {
    if (!(e instanceof LearningSocietyError)) throw new Error(`not a LearningSocietyError: ${String(e)}`, { cause: e });
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(typeof issue.message.vi).toBe('string');
      expect(typeof issue.message.en).toBe('string');
      expectIssueFields(issue);
    }
    return { ok: false, error: e };
  }
}
