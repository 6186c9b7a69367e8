import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BUILT_IN_RULE_SET_IDS,
  checkUntrustedJson,
  compileRuleSet,
  evaluateWithRollup,
  findLegalCitations,
  getRuleSet,
  LearningSocietyError,
  LONG_AN_YEARBOOK_2020,
  listTargets,
  parseLegalCitation,
  parsePlan,
  parseQuarter,
  parseRecognitionRule,
  parseRuleSet,
  parseTargetTable,
  parseViDate,
  parseViDecimal,
  parseYearbookPlan,
  planYearbook,
  recognitionRule,
  requiredCount,
  safeEvaluate,
  safeForkRuleSet,
  safeParseRuleSet,
  SEED_PLANS,
  summaryTable,
  tallyOf,
  targetsFor,
  Tally,
  evaluate,
  verifyStatedPercentage,
  verifyStatedSum,
  type RuleSet,
} from 'vn-learning-society';
import * as api from 'vn-learning-society';
import * as unitsApi from 'vn-learning-society/units';
import * as chartsApi from 'vn-learning-society/charts';
import * as sheetsApi from 'vn-learning-society/sheets';
import * as casesApi from 'vn-learning-society/cases';
import * as documentsApi from 'vn-learning-society/documents';
import { excelWorkbook, type ExcelCell } from './helpers/xlsx.js';
import { memoryIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/run.js';

/**
 * Fuzzing of the public entry points with random and hostile input: valid documents mutated at random places with
 * hostile values (deep nesting, huge and non-finite numbers, `__proto__` keys, wrong types, cycles), and random
 * text. Every call must either give a result that holds its invariants or throw a LearningSocietyError whose issues
 * have a path and a message in both languages; a `safe*` call must never throw. Object.prototype must stay clean.
 */

// FUZZ_RUNS=5000 npx vitest run test/fuzz.test.ts for a longer search than the default.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
vi.setConfig({ testTimeout: 120_000 });
const ruleSets: RuleSet[] = BUILT_IN_RULE_SET_IDS.map((id) => getRuleSet(id));

afterEach(() => {
  // No input may reach the prototype of every object.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Nested arrays or objects `depth` deep. */
function deep(depth: number, asObject: boolean): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
}

/** A value whose own key is "__proto__" (as JSON.parse makes it), not a change of prototype. */
const protoKey = () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown;

/** Values a hostile or careless source could put anywhere. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
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
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], seen = new Set<unknown>()): (string | number)[][] {
  out.push(prefix);
  if (!value || typeof value !== 'object' || seen.has(value) || out.length > 5000 || prefix.length > 40) return out;
  seen.add(value);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out, seen));
  else if (Object.getPrototypeOf(value) === Object.prototype) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out, seen);
  return out;
}

/** Copies plain objects and arrays along `path` only, so that hostile values elsewhere (cycles, symbols) stay as they are. */
function copyAlong(value: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 0 || !value || typeof value !== 'object') return value;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = copyAlong(copy[path[0]!], path.slice(1));
  return copy;
}

/** A copy of `value` with the thing at `path` replaced, a `__proto__` key added beside it, or removed. */
function mutate(value: unknown, path: readonly (string | number)[], how: 'replace' | 'add' | 'remove', replacement: unknown): unknown {
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
function mutated(base: unknown, times = 3): fc.Arbitrary<unknown> {
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
function typedOrResult<T>(call: () => T): { ok: true; value: T } | { ok: false; error: LearningSocietyError } {
  try {
    return { ok: true, value: call() };
  } catch (e) {
    if (!(e instanceof LearningSocietyError)) throw new Error(`not a LearningSocietyError: ${String(e)}`, { cause: e });
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(typeof issue.message.vi).toBe('string');
      expect(typeof issue.message.en).toBe('string');
    }
    return { ok: false, error: e };
  }
}

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

describe('fuzz: assessments', () => {
  const compiled = ruleSets.map((rs) => compileRuleSet(rs));
  const sample = (rs: RuleSet) => {
    const points: Record<string, number> = {};
    const facts: Record<string, unknown> = {};
    for (const c of rs.criteria) {
      for (const ind of c.indicators) {
        if (ind.kind === 'judged') points[ind.id] = ind.maxPoints;
        else if (ind.kind === 'boolean') facts[ind.id] = true;
        else if (ind.kind === 'count') facts[ind.id] = 3;
        else facts[ind.id] = { part: 1, whole: 2 };
      }
    }
    return { id: 'a', points, facts };
  };

  it('a mutated assessment is scored with consistent totals or refused with a typed error; safe never throws', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: ruleSets.length - 1 }).chain((i) => mutated(sample(ruleSets[i]!)).map((a) => [i, a] as const)),
        ([i, assessment]) => {
          const score = compiled[i]!;
          const r = typedOrResult(() => score(assessment as never));
          if (r.ok) {
            const e = r.value;
            expect(Number.isFinite(e.total)).toBe(true);
            expect(e.total).toBeGreaterThanOrEqual(0);
            expect(e.total).toBeLessThanOrEqual(e.maxTotal);
            const sum = e.criteria.reduce((n, c) => n + c.points, 0);
            expect(Math.abs(sum - e.total)).toBeLessThan(1e-9);
            expect(e.recognized).toBe(e.shortfalls.length === 0);
          }
          const safe = safeEvaluate(ruleSets[i]!, assessment as never);
          expect(safe.success).toBe(r.ok);
          if (safe.success && r.ok) expect(safe.data.total).toBe(r.value.total);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a mutated roll-up input is rolled up or refused with a typed error', () => {
    const commune = compileRuleSet(getRuleSet('learning-community-commune-tt25-2023'));
    const input = {
      assessment: { id: 'xa' },
      below: [
        { model: 'learning-family', evaluated: 980, recognized: 812 },
        { model: 'learning-community', level: 'hamlet', evaluated: 9, recognized: 6 },
      ],
      populations: [
        { model: 'learning-family', count: 1043 },
        { model: 'learning-community', level: 'hamlet', count: 9 },
      ],
    };
    fc.assert(
      fc.property(mutated(input), (hostileInput) => {
        typedOrResult(() => evaluateWithRollup(commune, hostileInput as never));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: other documents from untrusted JSON', () => {
  const documents: [string, unknown, (input: unknown) => unknown][] = [
    ['target table', listTargets()[2], parseTargetTable],
    ['recognition rule', recognitionRule('learning-community', 'commune', '2025-11-15'), parseRecognitionRule],
    ['yearbook plan', LONG_AN_YEARBOOK_2020, parseYearbookPlan],
    ['plan', SEED_PLANS[1], parsePlan],
  ];
  it.each(documents)('a mutated %s is parsed or refused with a typed error', (_name, base, parse) => {
    fc.assert(
      fc.property(mutated(base), (input) => {
        const r = typedOrResult(() => parse(input));
        if (r.ok) expect(JSON.stringify(parse(JSON.stringify(r.value)))).toBe(JSON.stringify(r.value));
      }),
      { numRuns: RUNS },
    );
  });

  it('a mutated decision, certificates or year report input gives a document or a typed error; the document writes to .docx', async () => {
    const family = getRuleSet('learning-family-khvn-2021');
    const points = Object.fromEntries(family.criteria.flatMap((c) => c.indicators.filter((i) => i.kind === 'judged').map((i) => [i.id, 10])));
    const evaluation = evaluate(family, { points, facts: { 'children.attendance': { part: 1, whole: 1 }, 'adults.learning-citizens': { part: 1, whole: 1 }, 'conditions.bookshelf': true } });
    const base = {
      ruleSet: family, year: 2025, date: '2025-12-15', number: '7',
      issuer: { name: 'ỦY BAN NHÂN DÂN XÃ A', place: 'A', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'B' } },
      bases: ['Luật X'], executors: ['C'], recipients: ['D;'],
      entries: [{ name: 'Hộ 1', place: 'Ấp 1', evaluation }, { name: 'Hộ 2', evaluation }],
    };
    await fc.assert(
      fc.asyncProperty(mutated(base, 2), async (input) => {
        for (const make of [documentsApi.recognitionDecision, documentsApi.recognitionCertificates]) {
          const r = typedOrResult(() => make(input as never));
          if (r.ok) expect((await documentsApi.documentToDocx(r.value)).length).toBeGreaterThan(1000);
        }
      }),
      { numRuns: Math.min(RUNS, 150) },
    );
  }, 120_000);

  it('a mutated year report input gives a document or a typed error', () => {
    const table = summaryTable(tallyOf([{ province: 'VN-45', commune: '30280', model: 'learning-family', recognized: true }, { province: 'VN-45', commune: '30283', model: 'learning-family', recognized: false }]), { level: 'commune', populations: { '30280': { 'learning-family': 3 }, '30283': { 'learning-family': 2 } }, targets: targetsFor('VN-45', 2025) });
    const base = { year: 2025, date: '2025-12-20', area: 'xã A', table, unitNames: { '30280': 'Xã A' }, issuer: { name: 'ỦY BAN NHÂN DÂN XÃ A', place: 'A', symbol: 'BC-UBND', signer: { title: 'CHỦ TỊCH', name: 'B' } } };
    fc.assert(
      fc.property(mutated(base, 2), (input) => {
        typedOrResult(() => documentsApi.yearReport(input as never));
      }),
      { numRuns: Math.min(RUNS, 300) },
    );
  });

  it('checkUntrustedJson accepts exactly plain, bounded JSON data', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const r = typedOrResult(() => checkUntrustedJson(value));
        if (r.ok && typeof value !== 'string') expect(JSON.stringify(r.value)).toBe(JSON.stringify(value));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: numbers, dates, citations and arithmetic from text', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.stringMatching(/^[0-9.,% ]{1,20}$/),
    fc.constantFrom('1.234,5', '1,234.5', '12,5%', '1.5', '2,5 triệu', '--1', '1e400', '٣', '１２', 'ngày 31 tháng 2 năm 2024', 'Quý V năm 2025', 'Số: 448/QĐ-KHVN'),
  );

  it('parseViDecimal gives a finite exact number or a typed error', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = typedOrResult(() => parseViDecimal(t));
        if (r.ok) expect(r.value.isFinite()).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('dates, quarters and citations give a value or a typed error', () => {
    fc.assert(
      fc.property(text, (t) => {
        const d = typedOrResult(() => parseViDate(t));
        if (d.ok) expect(d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        typedOrResult(() => parseQuarter(t));
        typedOrResult(() => parseLegalCitation(t));
        expect(Array.isArray(findLegalCitations(t))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('verifying stated figures never crashes and never calls a wrong figure right', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }), fc.oneof(text, fc.double(), fc.integer()), (a, b, stated) => {
        const whole = Math.max(a, b);
        const part = Math.min(a, b);
        const v = typedOrResult(() => verifyStatedPercentage({ part, whole, stated: stated as never }));
        if (v.ok && v.value.consistent && whole > 0) {
          // A figure called right is within one unit of its last decimal place of the exact share.
          const exact = (part / whole) * 100;
          const s = v.value.stated.toNumber();
          expect(Math.abs(s - exact)).toBeLessThanOrEqual(10 ** -v.value.stated.decimalPlaces() + 1e-9);
        }
        const sum = typedOrResult(() => verifyStatedSum({ parts: [part, whole], stated: stated as never }));
        if (sum.ok && sum.value.consistent) expect(sum.value.stated.toNumber()).toBe(part + whole);
      }),
      { numRuns: RUNS },
    );
  });

  it('requiredCount is the exact ceiling for any size and target, or a typed error', () => {
    const anyPercent = fc.oneof(fc.integer({ min: -10, max: 110 }), fc.double(), fc.constantFrom<unknown>('90', '66,5', '90%', {}, null, new Decimal(75), [70]));
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER)), anyPercent, (total, percent) => {
        const r = typedOrResult(() => requiredCount(total, percent as never));
        if (r.ok) {
          expect(Number.isSafeInteger(r.value)).toBe(true);
          // Recomputed with decimal.js directly: the ceiling of total × percent / 100.
          const p = typeof percent === 'string' ? new Decimal(percent.replace('%', '').replace(',', '.')) : new Decimal(percent as number);
          expect(r.value).toBe(new Decimal(total).times(p).div(100).ceil().toNumber() + 0); // + 0: -0 is 0
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('planYearbook and Tally refuse hostile figures with a typed error', () => {
    fc.assert(
      fc.property(hostile, hostile, (units, count) => {
        typedOrResult(() => planYearbook({ units: units as never, pagesPerReport: 6, modelsPerUnit: 5, distribution: [{ recipient: 'x', count: count as never, copiesEach: 1 }] }));
        typedOrResult(() => new Tally().add({ province: units as never, commune: 'c', model: 'learning-family', recognized: count as never }));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: sheets as offices make them', () => {
  // Cells of every kind a sheet holds: text (short, Vietnamese, 100 kB), numbers (huge, negative, fractional),
  // yes/no, dates where numbers belong, formulas with their values, Excel's errors, blanks.
  const cell: fc.Arbitrary<ExcelCell> = fc.oneof(
    fc.constantFrom<ExcelCell>(null, '', 'có', 'không', 'x', '7,5', '1.234', '2/3', '3/2', '=SUM(A1:A3)', '#DIV/0!', 'Thôn Đông', ' ', 'NaN', '1e308'),
    fc.string({ maxLength: 12 }),
    fc.constant('x'.repeat(100_000)),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -5, max: 100 }),
    fc.boolean(),
    fc.constantFrom<ExcelCell>({ date: '2025-03-02' }, { date: '1900-01-01' }, { formula: 'A1*2', value: 14 }, { formula: 'B1', value: 'có' }, { error: '#N/A' }, { error: '#REF!' }),
  );
  const family = getRuleSet('learning-family-khvn-2015');
  const headings = ['Mã hộ', ...family.criteria.flatMap((c) => c.indicators.map((i) => i.id))];

  it('a random sheet ends in assessments and row-level problems that account for every row, or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: headings.length + 2 }), { maxLength: 12 }), fc.boolean(), async (rows, withHeader) => {
        const bytes = excelWorkbook([{ name: 'Phiếu', rows: withHeader ? [headings, ...rows] : rows }]);
        const [sheet] = await sheetsApi.readWorkbook(bytes);
        const r = sheetsApi.readAssessmentSheet(family, sheet!);
        const accounted = new Set([...r.assessments.map((a) => a.row), ...r.problems.map((p) => p.row)]);
        if (r.headerRow !== undefined && !r.problems.some((p) => p.row === r.headerRow)) expect(accounted.size).toBe(r.rowsRead);
        for (const p of r.problems) expect(p.message.vi.length * p.message.en.length).toBeGreaterThan(0);
        for (const a of r.assessments) typedOrResult(() => evaluate(family, a.assessment));
        typedOrResult(() => sheetsApi.verifyReportTable(sheet!));
      }),
      { numRuns: Math.min(RUNS, 60) },
    );
  });

  it('random bytes, an empty workbook and a workbook of empty sheets are typed errors or empty results', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, zipped) => {
        const input = zipped ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        await sheetsApi.readWorkbook(input).catch((e: unknown) => {
          if (!(e instanceof LearningSocietyError)) throw e;
        });
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
    const [blank] = await sheetsApi.readWorkbook(excelWorkbook([{ name: 'Trống', rows: [] }]));
    expect(sheetsApi.readAssessmentSheet(family, blank!).problems.map((p) => p.code)).toEqual(['no_header']);
  });

  it('the CLI on a random workbook exits 0 or 2, never 3', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: headings.length }), { maxLength: 6 }), async (rows) => {
        const io = memoryIo({ 'in.xlsx': excelWorkbook([{ name: 'Phiếu', rows: [headings, ...rows] }]) });
        const code = await runCli(['-f', 'json', 'evaluate', '-r', family.id, '-i', 'in.xlsx'], io);
        expect([0, 2]).toContain(code);
        if (code === 2) expect(io.err().length).toBeGreaterThan(0);
      }),
      { numRuns: Math.min(RUNS, 40) },
    );
  });
});

describe('fuzz: the command line with random files', () => {
  it('exits 0, 1 or 2 with every bad record reported, never 3 (internal error)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('json', 'ndjson', 'csv'),
        fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 3 }), fc.array(fc.json({ maxDepth: 2 }), { maxLength: 5 }).map((a) => a.join('\n'))),
        async (format, content) => {
          const io = memoryIo({ [`in.${format}`]: content });
          const code = await runCli(['-f', format, 'evaluate', '-r', 'learning-family-khvn-2015', '-i', `in.${format}`], io);
          expect([0, 2]).toContain(code);
          if (code === 2) expect(io.err().length).toBeGreaterThan(0);
        },
      ),
      { numRuns: Math.min(RUNS, 150) },
    );
  });
});

describe('fuzz: wrong values from plain JavaScript', () => {
  // Values a caller without TypeScript may pass: wrong enum values (ids misspelt, in Vietnamese, in another
  // language), wrong types, and empty things. Each public function must return or throw a LearningSocietyError.
  const wrongEnums = ['gia-dinh', 'Gia đình học tập', 'learning-families', 'cấp xã', 'xa', 'VN-XX', 'Tây Ninh', 'vn', 'fr', 'half-round', 'maybe', ''];
  const wrong: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
    ...wrongEnums,
    undefined, null, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 10n, true, Symbol('s'), () => 1,
    {}, [], [null], [{}], Object.create(null), { model: 'x' }, { model: 'learning-community', level: 'x' }, '2025-02-30', new Date(0),
  );
  // ExactDecimal is decimal.js's own constructor (its errors are decimal.js's); classes are called with `new` below.
  const functions = [...Object.entries(api), ...Object.entries(unitsApi).map(([n, f]) => [`units.${n}`, f] as const), ...Object.entries(chartsApi).map(([n, f]) => [`charts.${n}`, f] as const), ...Object.entries(sheetsApi).map(([n, f]) => [`sheets.${n}`, f] as const), ...Object.entries(casesApi).map(([n, f]) => [`cases.${n}`, f] as const), ...Object.entries(documentsApi).map(([n, f]) => [`documents.${n}`, f] as const)].filter(([name, f]) => typeof f === 'function' && name !== 'ExactDecimal' && !/^[A-Z]/.test(name)) as [string, (...args: unknown[]) => unknown][];

  it.each(functions.map(([name]) => name))('%s, given wrong values, returns or throws a LearningSocietyError', async (name) => {
    const f = functions.find(([n]) => n === name)![1];
    await fc.assert(
      fc.asyncProperty(fc.array(wrong, { minLength: 0, maxLength: 3 }), async (args) => {
        try {
          const r = f(...args);
          if (r instanceof Promise) await r;
        } catch (e) {
          if (!(e instanceof LearningSocietyError)) throw new Error(`${name}(${args.map((a) => typeof a).join(', ')}): not a LearningSocietyError: ${String(e)}`, { cause: e });
        }
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  });

  it('the methods of the objects the library hands out (a tally, a registry, a compiled rule set) do the same', async () => {
    const objects: [string, () => Record<string, unknown>][] = [
      ['Tally', () => {
        const t = new Tally();
        t.add({ province: 'VN-45', commune: '30280', model: 'learning-family', recognized: true });
        return t as unknown as Record<string, unknown>;
      }],
      ['registry', () => api.createRuleSetRegistry([]) as unknown as Record<string, unknown>],
      ['compiled', () => ({ safe: compileRuleSet(getRuleSet('learning-clan-khvn-2015')).safe })],
    ];
    for (const [what, make] of objects) {
      const sample = make();
      const proto = Object.getPrototypeOf(sample) as object;
      const methods = [...new Set([...Object.keys(sample), ...(proto === Object.prototype ? [] : Object.getOwnPropertyNames(proto))])].filter((m) => m !== 'constructor' && typeof sample[m] === 'function');
      expect(methods.length, what).toBeGreaterThan(0);
      for (const m of methods) {
        await fc.assert(
          fc.asyncProperty(fc.array(wrong, { maxLength: 4 }), async (args) => {
            const o = make();
            try {
              const r = (o[m] as (...a: unknown[]) => unknown).apply(o, args);
              if (r instanceof Promise) await r;
            } catch (e) {
              if (!(e instanceof LearningSocietyError)) throw new Error(`${what}.${m}(${args.map((a) => typeof a).join(', ')}): not a LearningSocietyError: ${String(e)}`, { cause: e });
            }
          }),
          { numRuns: Math.min(RUNS, 60) },
        );
      }
    }
  });

  it('wrong enum values next to valid arguments are refused with a typed error that names the value meant', () => {
    const family = getRuleSet('learning-family-khvn-2015');
    const evaluation = compileRuleSet(family)({ points: {} });
    const calls: [string, () => unknown, RegExp][] = [
      ['ruleSetFor(gia-dinh)', () => api.ruleSetFor('gia-dinh' as never, '2025-01-01'), /learning-family/],
      ['ruleSetFor(Vietnamese name)', () => api.ruleSetFor('Dòng họ học tập' as never, '2025-01-01'), /learning-clan/],
      ['ruleSetFor(level)', () => api.ruleSetFor({ model: 'learning-community', level: 'xa' as never }, '2025-01-01'), /invalid_level|cấp|level/],
      ['ruleSetFor(Tây Ninh)', () => api.ruleSetFor('learning-family', '2025-01-01', 'Tây Ninh'), /VN-37/],
      ['listRuleSets(model)', () => api.listRuleSets({ model: 'family' as never }), /learning-family/],
      ['listRuleSets(Tây Ninh)', () => api.listRuleSets({ jurisdiction: 'Tây Ninh' }), /VN-37/],
      ['recognitionRule(model)', () => recognitionRule('community' as never, 'commune', '2025-01-01'), /learning-community/],
      ['targetsFor(VN-XX)', () => api.targetsFor('VN-XX', 2025), /VN-/],
      ['targetsFor(Tây Ninh)', () => api.targetsFor('Tây Ninh', 2025), /VN-37/],
      ['roundDecimal(rounding)', () => api.roundDecimal(1, 1, 'half-round' as never), /half-up/],
      ['explainEvaluation(lang)', () => api.explainEvaluation(evaluation, { lang: 'fr' as never }), /vi|en/],
      ['compileRuleSet(missing)', () => compileRuleSet(family, { missing: 'maybe' as never }), /zero|error/],
    ];
    for (const [what, call, meant] of calls) {
      const r = typedOrResult(call);
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(r.error.describe('en'), what).toMatch(meant);
    }
  });
});
