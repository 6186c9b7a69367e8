import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRuleSet } from 'vn-learning-society';
import { runInMemory as run } from '../helpers/cli.js';

// A province adopting the national criteria from the command line: start a fork, confirm a value from its text,
// write cases from last year's results, run them, see whom the fork changes, score in strict mode.

const shipped = (id: string) => readFileSync(new URL(`../../data/cases/${id}.yaml`, import.meta.url), 'utf8');
const family = getRuleSet('learning-family-khvn-2021');
const judged = family.criteria.flatMap((c) => c.indicators.filter((i) => i.kind === 'judged').map((i) => i.id));

/** A household with `p` points on each of the 7 judged items, every share full and a bookshelf: 7p + 30 points. */
const household = (id: string, p: number) => ({ id, points: Object.fromEntries(judged.map((j) => [j, p])), facts: { 'children.attendance': { part: 1, whole: 1 }, 'adults.learning-citizens': { part: 1, whole: 1 }, 'conditions.bookshelf': true } });

describe('vn-learning-society test', () => {
  it('runs the shipped case files: one line per case, the counts, exit 0', async () => {
    const r = await run(['test', 'a.yaml', 'b.yaml'], { 'a.yaml': shipped('learning-family-khvn-2015'), 'b.yaml': shipped('learning-community-commune-tt25-2023') });
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ 80 điểm: đúng bằng ngưỡng 80 điểm (công nhận)');
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^\d+ đạt, 0 không đạt \(2 tệp\)$/);
  });

  it('exits 1 when a case fails, naming the file and line; 2 when a file cannot be read (and still runs the others)', async () => {
    const wrong = 'ruleSet: learning-family-khvn-2015\ncases:\n  - name: empty\n    assessment: {}\n    expect: { recognized: true }\n';
    const failed = await run(['-l', 'en', 'test', 'wrong.yaml'], { 'wrong.yaml': wrong });
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('✗ empty (wrong.yaml:3)');
    expect(failed.out).toContain('recognized: expected true, got false');
    const bad = await run(['-l', 'en', 'test', 'bad.yaml', 'wrong.yaml'], { 'bad.yaml': 'cases: [\n', 'wrong.yaml': wrong });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad.yaml:');
    expect(bad.out).toContain('0 passed, 1 failed (1 file)');
    const json = await run(['-f', 'json', 'test', 'wrong.yaml'], { 'wrong.yaml': wrong });
    expect((JSON.parse(json.out) as { failed: number }[])[0]!.failed).toBe(1);
  });

  it('runs the cases a fork file carries, its sources cited by { ref } into the legal register as shipped data files do', async () => {
    const fork = {
      base: family.id,
      meta: { id: 'learning-family-vinh-long-2026', jurisdiction: { code: 'VN-49', name: { vi: 'Tỉnh Vĩnh Long', en: 'Vĩnh Long' } }, sources: [{ ref: 'qd-1373-ttg' }] },
      patch: {},
      cases: [{ name: 'H1: 10 on each judged item, every share full (7 × 10 + 30 = 100 points)', assessment: household('H1', 10), expect: { recognized: true, total: 100 } }],
    };
    const r = await run(['-l', 'en', 'test', 'vinh-long.json'], { 'vinh-long.json': JSON.stringify(fork) });
    expect(r.err).toBe('');
    expect([r.code, r.out.trim().split('\n').at(-1)]).toEqual([0, '1 passed, 0 failed (1 file)']);
    const unknown = await run(['-l', 'en', 'test', 'vinh-long.json'], { 'vinh-long.json': JSON.stringify({ ...fork, meta: { ...fork.meta, sources: [{ ref: 'qd-448' }] } }) });
    expect(unknown.code).not.toBe(0);
    expect(`${unknown.out}${unknown.err}`).toContain('qd-448');
  });
});

describe('a province adopts the national criteria', () => {
  it('fork → confirm a value → cases → test → impact → strict, all from the command line', async () => {
    // 1. Start the fork: a minimal fork file and an empty case file beside it.
    // 86 is Vĩnh Long in the newest list (old Vĩnh Long, Bến Tre and Trà Vinh from 1 July 2025): written with its list.
    const started = await run(['fork', family.id, '--id', 'learning-family-vinh-long-2026', '--jurisdiction', '86', '--name', 'Tỉnh Vĩnh Long', '-o', 'tinh/vl.json']);
    expect(started.code).toBe(0);
    const fork = JSON.parse(started.written['tinh/vl.json']!) as { base: string; meta: { id: string; jurisdiction: { code: string } }; patch: Record<string, unknown> };
    expect([fork.base, fork.meta.id, fork.meta.jurisdiction.code, fork.patch]).toEqual([family.id, 'learning-family-vinh-long-2026', '86@2025-07-01', {}]);
    expect(started.written['tinh/vl.cases.yaml']).toContain('ruleSet: vl.json\ncases: []');
    expect(started.err).toContain('vn-learning-society test tinh/vl.cases.yaml');

    // 2. The province's text sets 85 points: the fork says so, and where it comes from.
    fork.patch = { outcome: { rules: { 'min-total': { points: 85, confirmed: { ref: 'khvn-criteria-2021', article: 'Điều 5', quote: 'đạt từ 85 điểm trở lên', by: 'Sở GD&ĐT Vĩnh Long', on: '2026-03-02' } } } } };
    const files: Record<string, string> = { 'tinh/vl.json': JSON.stringify(fork) };

    // 3. Cases from last year's published results.
    files['tinh/vl.cases.yaml'] = `${started.written['tinh/vl.cases.yaml']!.replace('cases: []', 'cases:')}\n${[
      '  - name: Hộ H1 (100 điểm)',
      `    assessment: ${JSON.stringify(household('H1', 10))}`,
      '    expect: { recognized: true, total: 100 }',
      '  - name: Hộ H2 (79 điểm + 3 = 82, đạt theo toàn quốc, chưa đạt ở Vĩnh Long)',
      `    assessment: ${JSON.stringify({ ...household('H2', 7), points: { ...household('H2', 7).points, 'effects.community': 10 } })}`,
      '    expect: { recognized: false, total: 82, shortfalls: [min-total] }',
    ].join('\n')}\n`;
    const tested = await run(['test', 'tinh/vl.cases.yaml'], files);
    expect(tested.code, tested.out + tested.err).toBe(0);
    expect(tested.out).toContain('2 đạt, 0 không đạt');

    // 4. Whom it changes, from a file of assessments (NDJSON streamed).
    files['ho.ndjson'] = [household('A', 10), household('B', 7.5), { ...household('C', 7), points: { ...household('C', 7).points, 'effects.community': 10 } }, household('D', 6)].map((h) => JSON.stringify(h)).join('\n');
    const impact = await run(['-f', 'json', 'rulesets', 'impact', family.id, 'tinh/vl.json', '-i', 'ho.ndjson'], files);
    expect(impact.code, impact.err).toBe(0);
    const result = JSON.parse(impact.out) as { evaluated: number; lost: string[]; gained: string[]; byRule: unknown[] };
    // A 100, B 82.5 is refused (half points are off the step), C 82, D 72: C loses recognition by min-total.
    expect([result.evaluated, result.lost, result.gained, result.byRule]).toEqual([3, ['C'], [], [{ rule: 'min-total', gained: 0, lost: 1 }]]);
    const table = await run(['rulesets', 'impact', family.id, 'tinh/vl.json', '-i', 'ho.ndjson'], files);
    expect(table.out).toContain('bị mất công nhận');
    expect(table.out).toContain('Bị mất công nhận: C');
    expect(table.out).toContain('Bị từ chối (base) B');
    // A household listed twice in the JSON is refused, as a sheet's id column refuses it: it would be counted twice.
    files['ho-lap.ndjson'] = `${files['ho.ndjson']}\n${JSON.stringify(household('A', 10))}`;
    const twice = await run(['rulesets', 'impact', family.id, 'tinh/vl.json', '-i', 'ho-lap.ndjson'], files);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('dòng 5');
    expect(twice.err).toMatch(/"A".*dòng 1/);
    expect(twice.out).toBe('');

    // 5. The diff says where the value was confirmed from.
    const diff = await run(['-l', 'en', 'rulesets', 'diff', family.id, 'tinh/vl.json'], files);
    expect(diff.out).toContain('confirmed from khvn-criteria-2021, Điều 5 “đạt từ 85 điểm trở lên” (Sở GD&ĐT Vĩnh Long, 2026-03-02)');

    // 6. Strict mode still refuses: the criteria's maxima are unconfirmed; the notice lists them otherwise.
    const strict = await run(['evaluate', '-r', 'tinh/vl.json', '-i', 'ho.ndjson', '--strict'], files);
    expect(strict.code).toBe(2);
    expect(strict.err).toContain('Chế độ nghiêm ngặt: bộ tiêu chí learning-family-vinh-long-2026');
    expect(strict.err).not.toContain('outcome.rules[min-total]');
    const lenient = await run(['evaluate', '-r', 'tinh/vl.json', '-i', 'ho.ndjson'], files);
    expect(lenient.err).toMatch(/Lưu ý: 3\/3 kết quả là TẠM THỜI/);
  });

  it('refuses a bad fork id or province code with a clear message', async () => {
    const badId = await run(['fork', family.id, '--id', 'Vĩnh Long', '--jurisdiction', 'VN-49']);
    expect([badId.code, badId.err]).toEqual([2, expect.stringContaining('mã "Vĩnh Long" không hợp lệ')]);
    const badCode = await run(['-l', 'en', 'fork', family.id, '--id', 'x-2026', '--jurisdiction', 'Vinh Long']);
    expect(badCode.code).toBe(2);
  });
});
