import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUntrustedJson, getRuleSet, LONG_AN_YEARBOOK_2020, listTargets, parsePlan, parseRecognitionRule, parseTargetTable, parseYearbookPlan, recognitionRule, SEED_PLANS, summaryTable, tallyOf, targetsFor, evaluate } from 'vn-learning-society';
import * as documentsApi from 'vn-learning-society/documents';
import { keepPrototypeClean, RUNS, hostile, mutated, typedOrResult } from '../helpers/fuzz.js';

/**
 * Fuzzing the other documents (target tables, recognition rules, plans, yearbook plans, the decision, certificates and year report) and checkUntrustedJson: every call gives a result that holds its invariants or a LearningSocietyError with a path and a message in
 * both languages; a `safe*` call never throws; Object.prototype stays clean (test/helpers/fuzz.ts). One seed per run
 * (test/setup/fuzz-seed.ts): FUZZ_SEED to replay it, FUZZ_RUNS to search longer.
 */
keepPrototypeClean();

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
