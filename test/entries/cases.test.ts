import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forkImpact, forkRuleSet, getRuleSet, LearningSocietyError, listRuleSets, type Assessment } from 'vn-learning-society';
import { caseReportText, parseCaseFile, runCases, type CaseFileIssue } from 'vn-learning-society/cases';
import { caseFiles } from '../../scripts/lib/case-files.js';

const dir = new URL('../../data/cases/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** The error a bad case file gives (the test fails if it parses). */
function problem(text: string, options?: Parameters<typeof parseCaseFile>[1]): LearningSocietyError {
  try {
    parseCaseFile(text, { fileName: 'bad.yaml', ...options });
  } catch (e) {
    expect(e).toBeInstanceOf(LearningSocietyError);
    expect((e as LearningSocietyError).code).toBe('invalid_case_file');
    return e as LearningSocietyError;
  }
  throw new Error('expected the case file to be refused');
}
const first = (e: LearningSocietyError) => e.issues[0] as CaseFileIssue;

describe('the case file of every shipped rule set (data/cases/)', () => {
  it('exists for each rule set and nothing else sits there, as npm run data:cases writes it', () => {
    const want = caseFiles();
    expect(readdirSync(dir).sort()).toEqual([...want.keys()].map((p) => p.slice('data/cases/'.length)).sort());
    expect(listRuleSets().map((r) => `data/cases/${r.id}.yaml`).sort()).toEqual([...want.keys()].sort());
    for (const [path, text] of want) expect(read(path.slice('data/cases/'.length)), `${path} is stale: run npm run data:cases`).toBe(text);
  });

  it.each(listRuleSets().map((r) => r.id))('%s: every case passes, and each minimum total is tried at the threshold and one step under', (id) => {
    const file = parseCaseFile(read(`${id}.yaml`), { fileName: `${id}.yaml` });
    const report = runCases(file);
    expect(report.results).toHaveLength(file.cases.length); // none skipped
    expect(report.failed, caseReportText(report, 'en')).toBe(0);
    const rs = getRuleSet(id);
    const step = 1 / (rs.pointDenominator ?? 1);
    const totals = new Set(file.cases.map((c) => c.expect.total));
    const thresholds = [...rs.outcome.rules, ...(rs.outcome.classes ?? []).flatMap((c) => c.rules)].flatMap((r) => (r.kind === 'min-total' ? [r.points] : []));
    for (const t of thresholds) expect([totals.has(t), totals.has(t - step)], `threshold ${t}`).toEqual([true, true]);
    // Every band edge of every count and ratio indicator, and every ratio's zero whole.
    for (const ind of rs.criteria.flatMap((c) => c.indicators)) {
      if (ind.kind !== 'count' && ind.kind !== 'ratio') continue;
      const about = file.cases.filter((c) => c.expect.indicators?.[ind.id] !== undefined);
      expect(about.length, ind.id).toBeGreaterThanOrEqual(ind.bands.length + (ind.kind === 'ratio' ? 1 : 0));
    }
  });

  it('catch a changed value: the family cases fail on a fork whose threshold is 81 (QĐ 448 says 80, not yet confirmed)', () => {
    const family = getRuleSet('learning-family-khvn-2015');
    const fork = forkRuleSet(family, { outcome: { rules: { 'min-total': { points: 81 } } } }, { id: 'family-81', jurisdiction: { code: 'VN-44', name: { vi: 'X', en: 'X' } } });
    const report = runCases(parseCaseFile(read('learning-family-khvn-2015.yaml')), { resolve: () => fork });
    expect(report.failed).toBe(1);
    const failed = report.results.find((r) => !r.passed)!;
    expect(failed.name).toContain('80 điểm: đúng bằng ngưỡng 80');
    expect(failed.failures.map((f) => [f.field, f.expected, f.actual])).toEqual([['recognized', true, false], ['shortfalls', [], ['min-total']]]);
    expect(caseReportText(report, 'vi')).toContain(`✗ ${failed.name} ((text):${failed.line})`);
  });
});

describe('a case file a clerk writes', () => {
  const yaml = [
    'ruleSet: learning-family-khvn-2015',
    'cases:',
    '  - name: Hộ ông A',
    '    assessment: { id: H1, points: { children.results: 10 } }',
    '    expect: { recognized: false, total: 10, indicators: { children.results: 10 }, criteria: { children: 10 }, provisional: true }',
    '  - name: Hộ bà B, ghi nhầm điểm',
    '    assessment: { points: { children.results: 12 } }',
    '    expect: { error: above_max }',
    '  - name: Chỉ báo không có',
    '    assessment: { points: { children.grades: 5 } }',
    '    expect: { total: 5 }',
    '  - name: Bộ tiêu chí không có',
    '    ruleSet: learning-family-khvn-2099',
    '    assessment: {}',
    '    expect: { total: 0 }',
  ].join('\n');

  it('runs every case, and a case that cannot run fails with the reason instead of being skipped or crashing', () => {
    const report = runCases(parseCaseFile(yaml, { fileName: 'xa-b.yaml' }));
    expect([report.passed, report.failed, report.results.length]).toEqual([2, 2, 4]);
    const [, , unknownIndicator, unknownRuleSet] = report.results;
    expect(unknownIndicator!.failures[0]!.message.en).toContain('rule set learning-family-khvn-2015 has no indicator "children.grades"');
    expect(unknownIndicator!.line).toBe(9);
    expect(unknownRuleSet!.failures[0]!.field).toBe('ruleSet');
    expect(unknownRuleSet!.failures[0]!.message.en).toContain('learning-family-khvn-2099');
    const text = caseReportText(report, 'en');
    expect(text).toContain('✗ Chỉ báo không có (xa-b.yaml:9)');
    expect(text.split('\n').at(-1)).toBe('  2 passed, 2 failed');
  });

  it('reads the same cases from JSON', () => {
    const json = JSON.stringify({ ruleSet: 'learning-family-khvn-2015', cases: [{ name: 'empty', assessment: {}, expect: { recognized: false, shortfalls: ['min-total'] } }] });
    expect(runCases(parseCaseFile(json, { fileName: 'a.json' })).passed).toBe(1);
  });

  it('may pick the rule set in force on a day (model and date), or carry its own fork', () => {
    const byDate = parseCaseFile('model: learning-family\ncases:\n  - name: năm 2019\n    date: 2019-12-31\n    assessment: {}\n    expect: { total: 0 }\n');
    expect(runCases(byDate).results[0]!.ruleSetId).toBe('learning-family-khvn-2015');
    const fork = {
      base: 'learning-family-khvn-2015',
      meta: { id: 'family-x', jurisdiction: { code: 'VN-44', name: { vi: 'X', en: 'X' } } },
      patch: { outcome: { rules: { 'min-total': { points: 5 } } } },
      cases: [{ name: 'five points is enough in X', assessment: { points: { 'children.results': 5 } }, expect: { recognized: true, total: 5 } }],
    };
    const report = runCases(parseCaseFile(JSON.stringify(fork), { fileName: 'fork.json' }));
    expect([report.passed, report.results[0]!.ruleSetId]).toEqual([1, 'family-x']);
  });
});

describe('bad case files give typed errors with the file, line and path', () => {
  it('a wrong type, an unknown field, a missing assessment: every problem, each with its line', () => {
    const e = problem('ruleSet: learning-family-khvn-2015\ncases:\n  - name: a\n    assessment: {}\n    expect: { total: "ten", colour: red }\n  - name: b\n    expect: { total: 1 }\n');
    expect(e.issues.map((i) => [(i as CaseFileIssue).line, i.code, i.path.join('.')])).toEqual([
      [5, 'unknown_key', 'cases.0.expect.colour'],
      [5, 'invalid_type', 'cases.0.expect.total'],
      [6, 'missing', 'cases.1.assessment'],
    ]);
    expect(first(e).message.vi).toMatch(/^bad\.yaml:5: trường "colour" không có/);
    expect(first(e).file).toBe('bad.yaml');
  });

  it('a duplicate key names its line; so does YAML that does not parse', () => {
    expect([first(problem('ruleSet: a\ncases: []\ncases: []\n')).code, first(problem('ruleSet: a\ncases: []\ncases: []\n')).line]).toEqual(['duplicate_key', 3]);
    expect(first(problem('cases: [\n  {name: a,\n')).code).toBe('invalid_yaml');
    expect(first(problem('{"cases": [], "cases": []}')).code).toBe('duplicate_key');
  });

  it('an alias bomb is refused before it expands', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`), 'cases: []'].join('\n');
    const started = performance.now();
    expect(first(problem(bomb)).code).toBe('too_many_aliases');
    expect(performance.now() - started).toBeLessThan(5_000); // 10^10 values if expanded
  });

  it('a 10 MB file is refused by its size; a __proto__ key and deep nesting are refused', () => {
    const big = `cases:\n${'  - name: x\n    assessment: {}\n    expect: { total: 0 }\n'.repeat(200_000)}`;
    expect(big.length).toBeGreaterThan(10_000_000);
    expect(first(problem(big)).code).toBe('too_large');
    expect(first(problem('ruleSet: learning-family-khvn-2015\ncases:\n  - name: a\n    assessment: { __proto__: { polluted: true } }\n    expect: { total: 0 }\n')).code).toBe('forbidden_key');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(first(problem(`cases: ${'['.repeat(100)}${']'.repeat(100)}`)).code).toBe('too_deep');
  });

  it('never crashes on any text: it reads a case file or refuses with invalid_case_file', () => {
    const pieces = fc.constantFrom('cases:', '\n', '  - ', 'name: a', 'assessment: {}', 'expect: { total: 0 }', '&a', '*a', '[', ']', '{', '}', ':', '"', "'", '#', '__proto__', '!!js/function', '0x1F', '~', '.nan');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        try {
          const file = parseCaseFile(parts.join(''));
          expect(runCases(file).results.length).toBe(file.cases.length);
        } catch (e) {
          expect(e).toBeInstanceOf(LearningSocietyError);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('forkImpact', () => {
  const family = getRuleSet('learning-family-khvn-2015');
  const meta = { id: 'family-x', jurisdiction: { code: 'VN-44', name: { vi: 'Tỉnh X', en: 'X' } } };
  const judged = family.criteria.flatMap((c) => c.indicators.filter((i) => i.kind === 'judged').map((i) => i.id));
  /** A household with `p` points on every judged item (8 items), all at school and a bookshelf: 8p + 20 points. */
  const household = (id: string, p: number): Assessment => ({ id, points: Object.fromEntries(judged.map((j) => [j, p])), facts: { 'children.attendance': { part: 1, whole: 1 }, 'conditions.bookshelf': true } });
  const households = [household('A', 10), household('B', 8), household('C', 7.5), household('D', 7), household('E', 6)].filter((h) => Number.isInteger(h.points!['children.results']));

  it('counts who gains and who loses recognition, and the rule that made the difference (QĐ 448 threshold 80 → 85 and → 75)', () => {
    // Totals: A 100, B 84, D 76, E 68.
    const stricter = forkImpact(family, forkRuleSet(family, { outcome: { rules: { 'min-total': { points: 85 } } } }, meta), households);
    expect([stricter.evaluated, stricter.verdictsChanged, stricter.lost, stricter.gained, stricter.totalsChanged]).toEqual([4, 1, ['B'], [], 0]);
    expect(stricter.byRule).toEqual([{ rule: 'min-total', gained: 0, lost: 1 }]);
    const looser = forkImpact(family, forkRuleSet(family, { outcome: { rules: { 'min-total': { points: 75 } } } }, meta), households);
    expect([looser.gained, looser.gainedCount, looser.byRule]).toEqual([['D'], 1, [{ rule: 'min-total', gained: 1, lost: 0 }]]);
  });

  it('counts changed totals and refusals (an indicator the fork removed) without stopping', () => {
    const fork = forkRuleSet(family, { maxTotal: 110, criteria: { effects: { indicators: { 'effects.community': { maxPoints: 20 } }, maxPoints: 30 } } }, meta);
    const withFork = forkRuleSet(family, { maxTotal: 90, criteria: { effects: { indicators: { 'effects.community': null }, maxPoints: 10 } } }, meta);
    expect(forkImpact(family, fork, households).totalsChanged).toBe(0);
    const impact = forkImpact(family, withFork, households);
    expect(impact.evaluated).toBe(0);
    expect(impact.refused.map((r) => [r.who, r.by])).toEqual([['A', 'fork'], ['B', 'fork'], ['D', 'fork'], ['E', 'fork']]);
  });
});
