import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  compileRuleSet,
  getRuleSet,
  LearningSocietyError,
  LEGAL_DOCUMENTS,
  listRecognitionRules,
  listRuleSets,
  listTargets,
  forkTargetTable,
  forkYearbookPlan,
  LONG_AN_YEARBOOK_2020,
  RECURRING_EVENTS,
  SEED_PLANS,
} from 'vn-learning-society';
import {
  parseWithBilingualIssues,
  forkMetaSchema,
  legalSourceSchema,
  planSchema,
  recognitionRuleSchema,
  recurringEventSchema,
  ruleSetSchema,
  scheduleSchema,
  targetTableSchema,
  yearbookPlanSchema,
} from 'vn-learning-society/schemas';
import type { Issue } from '../../src/core/errors/index.js';
import { ISSUE_FIELDS } from '../helpers/issues.js';
import { problemsOf, type Check } from '../../src/core/internal/check.js';
import { forkMeta } from '../../src/document/fork/meta-check.js';
import { legalSource } from '../../src/document/legal-source/check.js';
import { planIssues } from '../../src/programme/plan/check.js';
import { recognitionRuleIssues } from '../../src/programme/recognition/check.js';
import { recurringEvent, schedule } from '../../src/programme/schedule/check.js';
import { targetTableIssues } from '../../src/programme/targets/check.js';
import { yearbookPlanIssues } from '../../src/programme/yearbook/check.js';
import { ruleSetIssues } from '../../src/rules/rule-set/validate.js';

// The library's parsers check documents without zod (src/core/internal/check.ts and a check.ts beside each schema),
// so that the core entry point carries no schema library; the zod schemas are in vn-learning-society/schemas. Each
// check must accept and refuse exactly what its schema does: every shipped document, and thousands of random
// mutations of them.

/** The fields of an issue's code (`maximum`, `id`, `first`, …), without its path, code, message and rule. */
function fieldsOf(issue: Issue): Record<string, unknown> {
  const { path: _p, code: _c, message: _m, rule: _r, ...fields } = issue as Issue & Record<string, unknown>;
  return fields;
}

/**
 * Where both routes report the same code at the same path, and the code carries fields, they must carry the same
 * fields: `path code: ours ≠ zod's`, one line per difference.
 */
function fieldsDiffer(schema: z.ZodType, ours: readonly Issue[], doc: unknown): string[] {
  if (!ours.some((i) => ISSUE_FIELDS[i.code] !== undefined)) return [];
  const zod = parseWithBilingualIssues(schema, doc);
  const out: string[] = [];
  for (const z of zod.ok ? [] : zod.issues) {
    if (ISSUE_FIELDS[z.code] === undefined) continue;
    const o = ours.find((i) => i.code === z.code && i.path.join('\u0000') === z.path.join('\u0000'));
    if (o !== undefined && JSON.stringify(fieldsOf(o)) !== JSON.stringify(fieldsOf(z))) {
      out.push(`${z.path.join('.')} ${z.code}: ${JSON.stringify(fieldsOf(o))} ≠ ${JSON.stringify(fieldsOf(z))}`);
    }
  }
  return out;
}

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
const VALUES = [undefined, null, true, 0, -1, 0.5, 1, 2, 3, 4, 5, 12, 13, 31, 32, 120, 121, 1989, 1990, 2100, 2101, 1e9, 1e9 + 1, 1e12 + 1, '2024-05', '2024-13', 'percent', 'fraction', 'at-least', 'registered', 'parent', 'commune', 'calendar-year', 'one-cycle', 'months-from-decision', 'validity', 'quyet-dinh', 'law', { kind: 'percent', percent: 50 }, { kind: 'one-cycle' }, { month: 2, day: 30 }, ['a'], 1.25, 100, 100.5, 10_000, 10_001, Number.MAX_SAFE_INTEGER + 2, '', 'x', 'Abc', 'a.b', 'a-', 'VN-49', 'vn', '2024-02-30', '2024-02-29', '2023-02-29', 'http://x', 'not a url', 'https://a.vn/b', 'judged', 'ratio', 'min-total', 'class-reached', 'learning-family', 'hamlet', [], [1], {}, { vi: 'a', en: 'b' }, { vi: '', en: 'b' }, { ref: 'x' }, { atLeast: 1, points: 1 }, { atLeastPercent: 50, points: 1 }, { extra: 1 }, 'x'.repeat(2001)];


const checkOf = (c: Check) => (v: unknown): Issue[] => problemsOf(c, v);

// Documents with the optional fields no shipped one has, so that each of their places is set and checked too: a
// province's target table (targets of every value kind, with sources and a parent), and a yearbook plan with unit
// codes, extra pages, dates and notes, each made by forking a shipped one.
const province = { code: 'VN-49', name: { vi: 'Vĩnh Long', en: 'Vinh Long' } };
const national = listTargets().find((t) => t.id === 'targets-qd-387-2022')!;
const fullTargets = forkTargetTable(
  national,
  {
    targets: {
      'extra-fraction': { id: 'extra-fraction', indicator: 'families', label: { vi: 'a', en: 'a' }, year: 2025, value: { kind: 'fraction', numerator: 2, denominator: 3 }, population: { vi: 'b', en: 'b' }, base: 'all', source: { ref: national.sources[0]!.id, article: 'Điều 1' } },
      'extra-amount': { id: 'extra-amount', indicator: 'centres', label: { vi: 'a', en: 'a' }, year: 2030, value: { kind: 'at-least', amount: 12, unit: { vi: 'trung tâm', en: 'centres' } }, population: { vi: 'b', en: 'b' }, base: 'parent', parent: 'extra-fraction' },
    },
  },
  { id: 'targets-vinh-long', jurisdiction: province, note: { vi: 'thử', en: 'test' } },
);
const fullYearbook = forkYearbookPlan(
  LONG_AN_YEARBOOK_2020,
  { units: { count: 2, codes: ['80001', '80002'] }, extraPages: 10, validFrom: '2020-01-01', validTo: '2020-12-31', notes: [{ text: { vi: 'a', en: 'a' }, about: 'families', uncertain: true }] },
  { id: 'yearbook-vinh-long', jurisdiction: province },
);

const shippedRule = listRecognitionRules()[0]!;
const monthsRule = { ...shippedRule, id: 'recognition-months', validity: { kind: 'months-from-decision', months: 36 } };

/** Each kind of document: its zod schema, its zod-free check, and the shipped documents to mutate. */
const KINDS: readonly { name: string; schema: z.ZodType; issues: (v: unknown) => Issue[]; docs: readonly unknown[]; runs: number }[] = [
  { name: 'rule set', schema: ruleSetSchema, issues: ruleSetIssues, docs: listRuleSets(), runs: 300 },
  { name: 'target table', schema: targetTableSchema, issues: targetTableIssues, docs: [...listTargets(), fullTargets], runs: 200 },
  { name: 'recognition rule', schema: recognitionRuleSchema, issues: recognitionRuleIssues, docs: [...listRecognitionRules(), monthsRule], runs: 200 },
  { name: 'plan', schema: planSchema, issues: planIssues, docs: SEED_PLANS, runs: 200 },
  { name: 'yearbook plan', schema: yearbookPlanSchema, issues: yearbookPlanIssues, docs: [LONG_AN_YEARBOOK_2020, fullYearbook], runs: 300 },
  { name: 'schedule', schema: scheduleSchema, issues: checkOf(schedule), docs: SEED_PLANS.flatMap((p) => (p.schedule ? [p.schedule] : [])), runs: 200 },
  { name: 'recurring event', schema: recurringEventSchema, issues: checkOf(recurringEvent), docs: RECURRING_EVENTS, runs: 200 },
  { name: 'legal source', schema: legalSourceSchema, issues: checkOf(legalSource), docs: LEGAL_DOCUMENTS, runs: 200 },
  {
    name: 'fork metadata',
    schema: forkMetaSchema,
    issues: checkOf(forkMeta),
    docs: [
      { id: 'a-b', jurisdiction: { code: 'VN-45', name: { vi: 'Đồng Tháp', en: 'Dong Thap' } } },
      { id: 'c', jurisdiction: { code: 'VN', name: { vi: 'a', en: 'b' } }, title: { vi: 'a', en: 'b' }, sources: LEGAL_DOCUMENTS.slice(0, 2), validFrom: '2024-01-01', validTo: '2024-12-31', note: { vi: 'a', en: 'b' } },
    ],
    runs: 500,
  },
];

describe('each zod-free check agrees with its zod schema', () => {
  for (const kind of KINDS) {
    it(`${kind.name}: accepts every shipped one, and accepts and refuses the same random mutations`, () => {
      expect(kind.docs.length).toBeGreaterThan(0);
      for (const doc of kind.docs) {
        expect(kind.schema.safeParse(doc).success).toBe(true);
        expect(kind.issues(JSON.parse(JSON.stringify(doc)))).toEqual([]);
      }
      const trees = kind.docs.map((d) => ({ d, all: paths(JSON.parse(JSON.stringify(d))) }));
      // Every place of the document's shape (paths with list positions folded), once, set to every value and given an
      // unknown field: a bound or a type that differs anywhere shows here.
      const places = new Map<string, { d: unknown; path: (string | number)[] }>();
      for (const { d, all } of trees) for (const path of all) {
        const key = path.map((k) => (typeof k === 'number' ? '*' : k)).join('.');
        if (!places.has(key)) places.set(key, { d, path });
      }
      const differ: string[] = [];
      const fields: string[] = [];
      for (const [key, { d, path }] of places) {
        for (const [i, value] of VALUES.entries()) {
          for (const doc of [setAt(JSON.parse(JSON.stringify(d)), path, value), setAt(JSON.parse(JSON.stringify(d)), [...path, 'extraField'], value)]) {
            const ours = kind.issues(doc);
            if (kind.schema.safeParse(doc).success !== (ours.length === 0)) differ.push(`${key} = VALUES[${i}]`);
            fields.push(...fieldsDiffer(kind.schema, ours, doc));
          }
        }
      }
      expect(differ).toEqual([]);
      // An id made the same as the one before it in its list: both routes say duplicate_id, with the same id and first.
      let duplicates = 0;
      for (const { d, all } of trees) for (const path of all) {
        const at = path[path.length - 2];
        if (path[path.length - 1] !== 'id' || typeof at !== 'number' || at === 0) continue;
        const before = [...path.slice(0, -2), at - 1, 'id'];
        const doc = setAt(JSON.parse(JSON.stringify(d)), path, before.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], d));
        const ours = kind.issues(doc);
        if (ours.some((i) => i.code === 'duplicate_id')) duplicates++;
        fields.push(...fieldsDiffer(kind.schema, ours, doc));
      }
      expect(fields).toEqual([]);
      if (['rule set', 'target table'].includes(kind.name)) expect(duplicates).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.nat(trees.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(VALUES.length - 1), fc.boolean()), { minLength: 1, maxLength: 3 }), (which, edits) => {
          const { d, all } = trees[which]!;
          let doc: unknown = JSON.parse(JSON.stringify(d));
          for (const [p, v, unknownField] of edits) {
            const path = all[p % all.length]!;
            doc = unknownField ? setAt(doc, [...path, 'extraField'], VALUES[v]) : setAt(doc, path, VALUES[v]);
          }
          const zodSays = kind.schema.safeParse(doc).success;
          const oursSays = kind.issues(doc).length === 0;
          expect({ oursSays, doc: oursSays === zodSays ? null : doc }).toEqual({ oursSays: zodSays, doc: null });
        }),
        { numRuns: kind.runs },
      );
    }, 60_000);
  }
});

describe('the checks say what is wrong, in both languages', () => {
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
      expect(err.issues[0]).toMatchObject({ path: ['criteria', 0, 'indicators', 1, 'maxPoints'], message: { en: 'Invalid input: expected number, received string', vi: 'cần số, nhận được chữ (chuỗi ký tự)' } });
    }
  });
});
