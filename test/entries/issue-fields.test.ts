import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import {
  carryOver,
} from 'vn-learning-society/units';
import {
  checkLevel,
  checkModel,
  checkSchedule,
  checkUntrustedJson,
  forkRuleSet,
  getRuleSet,
  LearningSocietyError,
  parseRecognitionRule,
  parseTargetTable,
  parsePlan,
  parseRuleSet,
  parseRuleSetFile,
  parseViNumber,
  prefixIssue,
  recognitionRule,
  safeEvaluate,
  safeParseRuleSet,
  SEED_PLANS,
  selectNominees,
  type Issue,
  type IssueOf,
  type RuleSet,
} from 'vn-learning-society';
import { parseWithBilingualIssues, ruleSetSchema } from 'vn-learning-society/schemas';
import { readWorkbook } from 'vn-learning-society/sheets';
import { parseCaseFile } from 'vn-learning-society/cases';
import { expectIssueFields } from '../helpers/issues.js';

/** The issues of the error `call` throws (the test fails if it returns). */
function issuesOf(call: () => unknown): readonly Issue[] {
  try {
    call();
  } catch (e) {
    if (e instanceof LearningSocietyError) {
      e.issues.forEach(expectIssueFields);
      return e.issues;
    }
    throw e;
  }
  throw new Error('no error was thrown');
}

/** An issue without its message: the fields an app switches on. */
const bare = (i: Issue): Record<string, unknown> => {
  const { message: _message, ...rest } = i;
  return rest;
};

const family2015 = (): RuleSet => structuredClone(getRuleSet('learning-family-khvn-2015'));

const label = (vi: string) => ({ vi, en: vi });
/** A target of a test table (the figures are the test's own, not an official table's). */
const TARGET = { id: 'fam', indicator: 'learning-families', model: 'learning-family', label: label('Gia đình học tập'), year: 2025, value: { kind: 'percent', percent: 80 }, population: label('hộ'), base: 'all' };
/** A national target table of the test's own, holding `targets`. */
const targetTable = (targets: readonly unknown[]) => ({
  schemaVersion: 1,
  id: 'test-table',
  jurisdiction: { code: 'VN', name: label('Toàn quốc') },
  title: label('test-table'),
  sources: [{ id: 'doc', document: { kind: 'other', number: '1/TEST', issuer: label('Cơ quan thử'), date: '2020-01-01' } }],
  validFrom: '2021-01-01',
  targets,
});

describe('an issue carries the facts of its code as fields of its own, as zod’s issues do', () => {
  // QĐ 448/QĐ-KHVN (2015), Mục A: each judged indicator of a learning family is scored out of 10, in whole points.
  it('above_max: the maximum of the indicator (10 points, QĐ 448/QĐ-KHVN Mục A)', () => {
    const r = safeEvaluate(getRuleSet('learning-family-khvn-2015'), { points: { 'children.results': 11 } });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map(bare)).toEqual([{ path: ['points', 'children.results'], code: 'above_max', maximum: 10, rule: 'children.results' }]);
  });

  it('off_step: the step points are given in (whole points, QĐ 448/QĐ-KHVN Mục A)', () => {
    const r = safeEvaluate(getRuleSet('learning-family-khvn-2015'), { points: { 'children.results': 7.5 } });
    expect(r.success ? [] : r.error.issues.map(bare)).toEqual([{ path: ['points', 'children.results'], code: 'off_step', step: 1, rule: 'children.results' }]);
  });

  it('unknown_indicator: the id, and the one near it as a "did you mean" in the field and in both messages', () => {
    const r = safeEvaluate(getRuleSet('learning-family-khvn-2015'), { points: { 'children.reslts': 5, nope: 1 } });
    expect(r.success).toBe(false);
    if (r.success) return;
    // Strict: an issue with no suggestion has no `suggestion` key at all (JSON output stays as it was).
    expect(r.error.issues.map(bare)).toStrictEqual([
      { path: ['points', 'children.reslts'], code: 'unknown_indicator', id: 'children.reslts', suggestion: 'children.results', rule: 'children.reslts' },
      { path: ['points', 'nope'], code: 'unknown_indicator', id: 'nope', rule: 'nope' },
    ]);
    expect(r.error.issues[0]!.message).toEqual({
      vi: 'không có chỉ báo "children.reslts" trong bộ tiêu chí learning-family-khvn-2015 (có phải "children.results"?)',
      en: 'rule set learning-family-khvn-2015 has no indicator "children.reslts" (did you mean "children.results"?)',
    });
  });

  it('unknown_indicator: no hint once an assessment has eight issues, so a flood of wrong keys stays cheap', () => {
    const points = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`children.result${i}`, 1]));
    const r = safeEvaluate(getRuleSet('learning-family-khvn-2015'), { points });
    const issues = r.success ? [] : r.error.issues;
    expect(issues.map((i) => (i.code === 'unknown_indicator' ? i.suggestion ?? '-' : '?'))).toEqual([
      ...Array<string>(8).fill('children.results'),
      '-',
      '-',
    ]);
  });

  it('duplicate_id in a rule set: the id and the path of its first use, the same from the zod-free check and from ruleSetSchema', () => {
    const rs = family2015();
    rs.criteria[1]!.indicators[0]!.id = 'children.results';
    const want = { path: ['criteria', 1, 'indicators', 0, 'id'], code: 'duplicate_id', id: 'children.results', first: ['criteria', 0, 'indicators', 1, 'id'] };
    const plain = safeParseRuleSet(rs);
    expect(plain.success ? [] : plain.error.issues.map(bare)).toEqual([want]);
    const zod = parseWithBilingualIssues(ruleSetSchema, rs);
    expect(zod.ok ? [] : zod.issues.map(bare)).toEqual([want]);
    if (!zod.ok && !plain.success) expect(zod.issues[0]!.message).toEqual(plain.error.issues[0]!.message);
  });

  it('unknown_criterion and unknown_indicator in an outcome rule: the id and the near one, by both checks', () => {
    const rs = family2015();
    rs.outcome.rules.push({ kind: 'min-criterion', id: 'floor', label: { vi: 'Sàn', en: 'Floor' }, criterion: 'childen', points: 10 } as never);
    const want = { path: ['outcome', 'rules', rs.outcome.rules.length - 1, 'criterion'], code: 'unknown_criterion', id: 'childen', suggestion: 'children' };
    const plain = safeParseRuleSet(rs);
    expect(plain.success ? [] : plain.error.issues.map(bare)).toEqual([want]);
    const zod = parseWithBilingualIssues(ruleSetSchema, rs);
    expect(zod.ok ? [] : zod.issues.map(bare)).toEqual([want]);
    expect(plain.success ? '' : plain.error.issues[0]!.message.vi).toBe('không có tiêu chí với mã "childen" (có phải "children"?)');
  });

  it('off_step in a rule set: a maximum that is not a multiple of the step', () => {
    const rs = family2015();
    Object.assign(rs.criteria[0]!.indicators[1]!, { step: 3 });
    const plain = safeParseRuleSet(rs);
    const issues = plain.success ? [] : plain.error.issues.map(bare);
    expect(issues).toContainEqual({ path: ['criteria', 0, 'indicators', 1, 'maxPoints'], code: 'off_step', step: 3 });
  });

  it('too_big and too_small: the limit, the same from the zod-free check and from zod', () => {
    const rs = family2015();
    rs.title = { vi: 'x'.repeat(2001), en: '' };
    const want = [
      { path: ['title', 'vi'], code: 'too_big', maximum: 2000 },
      { path: ['title', 'en'], code: 'too_small', minimum: 1 },
    ];
    const plain = safeParseRuleSet(rs);
    expect(plain.success ? [] : plain.error.issues.map(bare)).toEqual(want);
    const zod = parseWithBilingualIssues(ruleSetSchema, rs);
    expect(zod.ok ? [] : zod.issues.map(bare)).toEqual(want);
  });

  it('too_small of a number that must be above its bound says so (inclusive: false), by both checks', () => {
    const rs = family2015();
    Object.assign(rs.criteria[0]!.indicators[1]!, { step: 0 });
    const want = { path: ['criteria', 0, 'indicators', 1, 'step'], code: 'too_small', minimum: 0, inclusive: false };
    const plain = safeParseRuleSet(rs);
    expect(plain.success ? [] : plain.error.issues.map(bare)).toEqual([want]);
    const zod = parseWithBilingualIssues(ruleSetSchema, rs);
    expect(zod.ok ? [] : zod.issues.map(bare)).toEqual([want]);
  });

  it('the limits of untrusted JSON: too_long, too_deep, string_too_long and too_many_values carry the limit', () => {
    const limits = { maxJsonLength: 50, maxDepth: 3, maxStringLength: 5, maxNodes: 100 };
    expect(issuesOf(() => checkUntrustedJson('x'.repeat(51), limits)).map(bare)).toEqual([{ path: [], code: 'too_long', maximum: 50 }]);
    expect(issuesOf(() => checkUntrustedJson({ a: { b: { c: { d: 1 } } } }, limits)).map(bare)).toContainEqual({ path: ['a', 'b', 'c', 'd'], code: 'too_deep', maximum: 3 });
    expect(issuesOf(() => checkUntrustedJson({ a: 'abcdef' }, limits)).map(bare)).toEqual([{ path: ['a'], code: 'string_too_long', maximum: 5 }]);
    expect(issuesOf(() => checkUntrustedJson([1, 2, 3, 4, 5], { ...limits, maxNodes: 4 })).map(bare)).toContainEqual({ path: [], code: 'too_many_values', maximum: 4 });
  });

  it('a number too long to read: too_long with the limit of 100 characters; told without a path, as it is the whole input', () => {
    expect(issuesOf(() => parseViNumber('1'.repeat(101))).map(bare)).toEqual([{ path: [], code: 'too_long', maximum: 100 }]);
    let told = '';
    try {
      parseViNumber('1'.repeat(101));
    } catch (e) {
      told = (e as LearningSocietyError).describe('vi');
    }
    expect(told).toBe(`Không đọc được số\n- "${'1'.repeat(40)}…": dài 101 ký tự; một số dài tối đa 100 ký tự`);
  });

  it('duplicate_id in a target table, a schedule, a list of candidates, readings, carry-over rows and case names: the id and its first place', () => {
    const table = targetTable([TARGET, { ...TARGET, indicator: 'learning-clans', model: 'learning-clan' }]);
    const targets = issuesOf(() => parseTargetTable(table)).filter((i) => i.code === 'duplicate_id');
    expect(targets.map(bare)).toEqual([{ path: ['targets', 1, 'id'], code: 'duplicate_id', id: 'fam', first: ['targets', 0, 'id'] }]);

    const phase = (id: string) => ({ id, label: { vi: id, en: id }, start: '2025-01-01', end: '2025-01-31' });
    expect(issuesOf(() => checkSchedule([phase('a'), phase('b'), phase('a')])).map(bare)).toEqual([{ path: [2, 'id'], code: 'duplicate_id', id: 'a', first: [0, 'id'] }]);

    const candidate = { id: 'ho-1', unit: 'D1', model: 'learning-family' as const, evaluation: { recognized: true, total: 90, maxTotal: 100 } };
    expect(issuesOf(() => selectNominees([candidate, { ...candidate, unit: 'D2' }], { units: ['D1', 'D2'], quota: [{ model: 'learning-family', perUnit: 1 }] })).map(bare)).toEqual([
      { path: ['candidates', 1, 'id'], code: 'duplicate_id', id: 'ho-1', first: ['candidates', 0, 'id'] },
    ]);

    const rule = structuredClone(recognitionRule('learning-community', 'commune', '2025-11-15'));
    const readings = [...rule.readings!, { ...rule.readings![0]! }];
    const readingIssues = issuesOf(() => parseRecognitionRule({ ...rule, readings })).filter((i) => i.code === 'duplicate_id');
    expect(readingIssues.map(bare)).toEqual([{ path: ['readings', readings.length - 1, 'id'], code: 'duplicate_id', id: readings[0]!.id, first: ['readings', 0, 'id'] }]);

    expect(issuesOf(() => carryOver([{ code: '00004', counts: {} }, { code: '00013', counts: {} }, { code: '00004', counts: {} }])).map(bare)).toEqual([
      { path: [2, 'code'], code: 'duplicate_id', id: '00004', first: [0, 'code'] },
    ]);

    const cases = 'ruleSet: learning-family-khvn-2015\ncases:\n  - name: một\n    assessment: { points: {} }\n    expect: { recognized: false }\n  - name: một\n    assessment: { points: {} }\n    expect: { recognized: false }\n';
    const caseIssues = issuesOf(() => parseCaseFile(cases, { fileName: 'ca.yaml' }));
    expect(caseIssues.map(bare)).toEqual([{ path: ['cases', 1, 'name'], code: 'duplicate_id', id: 'một', first: ['cases', 0, 'name'], file: 'ca.yaml', line: 6 }]);
  });

  it('too_large of a workbook: the limit the file broke (maxBytes)', async () => {
    const issues = await (async () => {
      try {
        await readWorkbook(new Uint8Array(2048), { maxBytes: 1024 });
      } catch (e) {
        return (e as LearningSocietyError).issues;
      }
      return [];
    })();
    expect(issues.map(bare)).toEqual([{ path: [], code: 'too_large', maximum: 1024 }]);
  });

  it('a switch on code narrows to the fields, for the compiler as for the reader', () => {
    const hint = (issue: Issue): string => {
      switch (issue.code) {
        case 'above_max':
          expectTypeOf(issue.maximum).toEqualTypeOf<number>();
          return `≤ ${issue.maximum}`;
        case 'duplicate_id':
          expectTypeOf(issue.first).toEqualTypeOf<readonly (string | number)[] | undefined>();
          return `first at ${String(issue.first)}`;
        case 'unknown_indicator':
          expectTypeOf(issue.suggestion).toEqualTypeOf<string | undefined>();
          return issue.suggestion ?? issue.id;
        default:
          return issue.message.en;
      }
    };
    expectTypeOf<IssueOf<'too_long'>['maximum']>().toEqualTypeOf<number>();
    expectTypeOf<IssueOf<'negative'>>().not.toHaveProperty('maximum');
    const r = safeEvaluate(getRuleSet('learning-family-khvn-2015'), { points: { 'children.results': 11, 'adults.readng': 1 } });
    expect(r.success ? [] : r.error.issues.map(hint)).toEqual(['adults.reading', '≤ 10']);
  });

  it('unknown_indicator: the suggestion is of the section the id was given in (a judged one under points, a fact under facts)', () => {
    const rs = getRuleSet('learning-family-khvn-2015');
    const underPoints = safeEvaluate(rs, { points: { 'children.attendanc': 5 } });
    expect(underPoints.success ? [] : underPoints.error.issues.map(bare)).toStrictEqual([{ path: ['points', 'children.attendanc'], code: 'unknown_indicator', id: 'children.attendanc', rule: 'children.attendanc' }]);
    const underFacts = safeEvaluate(rs, { facts: { 'children.attendanc': { part: 1, whole: 1 } } });
    expect(underFacts.success ? [] : underFacts.error.issues.map(bare)).toStrictEqual([
      { path: ['facts', 'children.attendanc'], code: 'unknown_indicator', id: 'children.attendanc', suggestion: 'children.attendance', rule: 'children.attendanc' },
    ]);
  });

  it('a rule set that names many unknown ids gets a suggestion for the first eight only (linear-time.test.ts times a large one)', () => {
    const rs = family2015();
    for (let i = 0; i < 10; i++) rs.outcome.rules.push({ kind: 'min-criterion', id: `floor-${i}`, label: { vi: 'Sàn', en: 'Floor' }, criterion: 'childen', points: 1 } as never);
    const r = safeParseRuleSet(rs);
    const unknown = r.success ? [] : r.error.issues.filter((i) => i.code === 'unknown_criterion');
    expect(unknown.map((i) => (i.code === 'unknown_criterion' ? i.suggestion ?? '-' : '?'))).toEqual([...Array<string>(8).fill('children'), '-', '-']);
  });

  it('a target set twice for the same year: the id is the milestone (indicator and year), first the year set before', () => {
    const table = targetTable([TARGET, { ...TARGET, id: 'fam-again' }]);
    expect(issuesOf(() => parseTargetTable(table)).map(bare)).toEqual([{ path: ['targets', 1, 'year'], code: 'duplicate_id', id: 'learning-families 2025', first: ['targets', 0, 'year'] }]);
  });

  it('an issue of a part reported against the whole keeps first beside its path: a plan’s schedule, a schema nested in another', () => {
    const seed = SEED_PLANS.find((p) => p.schedule !== undefined && p.schedule.length > 1)!;
    const schedule = [...seed.schedule!, { ...seed.schedule![0]! }];
    const inPlan = issuesOf(() => parsePlan({ ...seed, schedule })).filter((i) => i.code === 'duplicate_id');
    expect(inPlan.map(bare)).toEqual([{ path: ['schedule', schedule.length - 1, 'id'], code: 'duplicate_id', id: seed.schedule![0]!.id, first: ['schedule', 0, 'id'] }]);

    const rs = family2015();
    rs.criteria[1]!.indicators[0]!.id = 'children.results';
    const nested = parseWithBilingualIssues(z.object({ request: z.object({ ruleSet: ruleSetSchema }) }), { request: { ruleSet: rs } });
    expect(nested.ok ? [] : nested.issues.map(bare)).toEqual([
      { path: ['request', 'ruleSet', 'criteria', 1, 'indicators', 0, 'id'], code: 'duplicate_id', id: 'children.results', first: ['request', 'ruleSet', 'criteria', 0, 'indicators', 1, 'id'] },
    ]);

    const plain = { path: [3], code: 'too_big', maximum: 5, message: { vi: 'x', en: 'x' } } as const;
    expect(prefixIssue(plain, ['rows'])).toEqual({ ...plain, path: ['rows', 3] });
    expect(prefixIssue(plain, [])).toBe(plain);
    expect(issuesOf(() => prefixIssue(plain, 'rows' as never)).map(bare)).toEqual([{ path: ['prefix'], code: 'invalid_type' }]);
  });

  it('unknown_id and unknown_source: the id that is not there, and the near one where the message offers it', () => {
    expect(issuesOf(() => getRuleSet('learning-family-khvn-2016')).map(bare)).toStrictEqual([
      { path: [], code: 'unknown_id', id: 'learning-family-khvn-2016', suggestion: 'learning-family-khvn-2015' },
    ]);
    const meta = { id: 'learning-family-x', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } } };
    const base = getRuleSet('learning-family-khvn-2015');
    const misspelt = issuesOf(() => forkRuleSet(base, { criteria: { condtions: { maxPoints: 30 } } } as never, meta as never));
    expect(misspelt.map(bare)[0]).toStrictEqual({ path: ['criteria', 'condtions'], code: 'unknown_id', id: 'condtions', suggestion: 'conditions' });
    expect(issuesOf(() => forkRuleSet(base, { criteria: { nope: null } } as never, meta as never)).map(bare)).toStrictEqual([{ path: ['criteria', 'nope'], code: 'unknown_id', id: 'nope' }]);
    const file = JSON.stringify({ base: 'learning-family-khvn-2016', meta: { ...meta, sources: [] }, patch: {} });
    expect(issuesOf(() => parseRuleSetFile(file)).map(bare)).toStrictEqual([{ path: ['base'], code: 'unknown_id', id: 'learning-family-khvn-2016', suggestion: 'learning-family-khvn-2015' }]);
    const rs = family2015();
    rs.outcome.rules[0]!.source = { ref: 'qd-448-khvm' };
    expect(issuesOf(() => parseRuleSet(rs)).map(bare)).toStrictEqual([{ path: ['outcome', 'rules', 0, 'source', 'ref'], code: 'unknown_source', id: 'qd-448-khvm' }]);
  });

  it('checkModel and checkLevel refuse a path argument that is not a path, so no issue carries one (found by the fuzzer: 10n)', () => {
    expect(issuesOf(() => checkLevel('gia-dinh', 10n as never)).map(bare)).toEqual([{ path: ['path'], code: 'invalid_type' }]);
    expect(issuesOf(() => checkModel('xa', [{}] as never)).map(bare)).toEqual([{ path: ['path'], code: 'invalid_type' }]);
    expect(issuesOf(() => checkModel('gia-dinh', ['households', 3, 'model'])).map(bare)).toEqual([{ path: ['households', 3, 'model'], code: 'invalid_model' }]);
    // A right value is taken whatever the path: it is read only to report a wrong one.
    expect(checkLevel('commune', 10n as never)).toBe('commune');
  });

  it('the check of fields fails on an issue that lacks its code’s field or carries another’s (the helper the fuzzers use)', () => {
    const message = { vi: 'x', en: 'x' };
    expect(() => expectIssueFields({ path: [], code: 'too_big', message } as unknown as Issue)).toThrow(/field "maximum" is missing/);
    expect(() => expectIssueFields({ path: [], code: 'negative', message, maximum: 3 } as unknown as Issue)).toThrow(/field "maximum" is not one of its code's/);
    expect(() => expectIssueFields({ path: [], code: 'duplicate_id', message, id: 'a', first: 'x' } as unknown as Issue)).toThrow(/"first" is a path/);
    expect(() => expectIssueFields({ path: 10n, code: 'negative', message } as unknown as Issue)).toThrow(/the path is a list/);
  });
});
