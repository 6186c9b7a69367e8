import { describe, expect, it } from 'vitest';
import * as api from 'vn-learning-society';
import * as cases from 'vn-learning-society/cases';
import * as documents from 'vn-learning-society/documents';
import * as sheets from 'vn-learning-society/sheets';
import * as units from 'vn-learning-society/units';
import { memoryIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/run.js';

// Every parser of outside text, fed inputs built to make a backtracking parser slow (long runs of spaces, digits and
// separators, repeated keywords, nested brackets and quotes), at 10^3 … 10^6 characters. The test asserts how time
// grows, never a time: ten times the input may take at most thirty times as long. (A parser that refuses a long input
// by its size cap answers at once at every size, which passes.) The attacks of issue 14 took 3.3 s and 6.5 s at 10^5
// characters, and time grew with the square of the input.

/** Inputs of `n` characters that a backtracking pattern chokes on. */
const ATTACKS: Record<string, (n: number) => string> = {
  'spaces then x': (n) => `1${' '.repeat(n)}x`,
  'spaces in a citation': (n) => `Quyết định số ${' '.repeat(n)}/`,
  'digits then x': (n) => `${'1'.repeat(n)}x`,
  'dots and digits': (n) => `${'1.'.repeat(n / 2)}x`,
  'commas': (n) => `${'1,'.repeat(n / 2)},`,
  'repeated keyword': (n) => 'Quyết định số '.repeat(Math.ceil(n / 14)),
  'repeated date words': (n) => 'ngày tháng năm '.repeat(Math.ceil(n / 15)),
  'open brackets': (n) => '('.repeat(n),
  'nested quotes': (n) => `${'"'.repeat(n / 2)}a${'"'.repeat(n / 2)}`,
  'accented letters': (n) => 'Phường Tân Định '.repeat(Math.ceil(n / 16)),
};

/** Milliseconds of the best of a few runs (a typed error counts: refusing is an answer). */
function timeOf(f: (s: string) => unknown, input: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    try {
      f(input);
    } catch (e) {
      if (!(e instanceof api.LearningSocietyError)) throw e;
    }
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * The growth from each size to ten times it, with a floor of 1 ms under the smaller time (so that a parser answering in
 * microseconds is not judged on timer noise).
 */
function growth(f: (s: string) => unknown, attack: (n: number) => string, sizes: readonly number[]): number[] {
  const times = sizes.map((n, i) => timeOf(f, attack(n), i < 2 ? 5 : 2));
  return times.slice(1).map((t, i) => t / Math.max(times[i]!, 1));
}

const DECISION_RULE_SET = api.getRuleSet('learning-citizen-khvn-2022');
const DECISION_EVALUATION = api.evaluate(DECISION_RULE_SET, { points: Object.fromEntries(DECISION_RULE_SET.criteria.flatMap((c) => c.indicators.map((i) => [i.id, 10]))) });

const PARSERS: Record<string, (s: string) => unknown> = {
  parseViNumber: (s) => api.parseViNumber(s),
  parseViDecimal: (s) => api.parseViDecimal(s),
  parseViDate: (s) => api.parseViDate(s),
  parseQuarter: (s) => api.parseQuarter(s),
  findLegalCitations: (s) => api.findLegalCitations(s),
  parseLegalCitation: (s) => api.parseLegalCitation(s),
  referenceKey: (s) => api.referenceKey(s),
  parseStatedSum: (s) => api.parseStatedSum(s),
  verifyStatedPercentage: (s) => api.verifyStatedPercentage({ part: 1, whole: 3, stated: s }),
  checkJurisdictionCode: (s) => api.checkJurisdictionCode(s),
  checkUntrustedJson: (s) => api.checkUntrustedJson(s),
  parseRuleSet: (s) => api.parseRuleSet(s),
  foldVietnamese: (s) => api.foldVietnamese(s),
  'units.findUnit': (s) => units.findUnit(s),
  'sheets.fold': (s) => sheets.fold(s),
  'sheets.headingKey': (s) => sheets.headingKey(s),
  'sheets.parseYesNo': (s) => sheets.parseYesNo(s),
  'sheets.readAssessmentSheet': (s) => sheets.readAssessmentSheet(api.getRuleSet('learning-family-khvn-2015'), { name: 'a', rows: [['Mã hộ', 'children.results', 'children.attendance', 'conditions.bookshelf'], [s, s, s, s]] }),
  'cases.parseCaseFile': (s) => cases.parseCaseFile(`ruleSet: ${s}\ncases: []\n`),
  // A name, a place and an issuer as a decision prints them (refused past 200 characters, with the text quoted short).
  'documents.recognitionDecision': (s) => documents.recognitionDecision({ ruleSet: DECISION_RULE_SET, year: 2025, date: '2025-12-15', issuer: { name: s, place: s, symbol: 'QĐ-UBND', signer: { title: s, name: s } }, entries: [{ name: s, place: s, evaluation: DECISION_EVALUATION }] }),
};

describe('parsers of outside text run in time linear in their input', () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name}: 10× the input takes at most 30× the time, on every attack, up to 10^5 characters`, () => {
      for (const [attack, make] of Object.entries(ATTACKS)) {
        const g = growth(parse, make, [1_000, 10_000, 100_000]);
        expect({ attack, growth: g.map((x) => Math.round(x)) }).toEqual({ attack, growth: g.map((x) => (x <= 30 ? Math.round(x) : 'over 30×')) });
      }
    }, 120_000);
  }

  it('the attacks of issue 14 at 10^6 characters grow linearly too (or are refused by a size cap)', () => {
    for (const f of [(s: string) => api.parseViNumber(s), (s: string) => api.parseLegalCitation(s), (s: string) => api.findLegalCitations(s)]) {
      for (const make of [ATTACKS['spaces then x']!, ATTACKS['spaces in a citation']!]) {
        const [g] = growth(f, make, [100_000, 1_000_000]);
        expect(g).toBeLessThanOrEqual(30);
      }
    }
  }, 120_000);

  it('size caps are typed errors that say the limit', () => {
    const tooLong = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as api.LearningSocietyError).issues[0];
      }
      throw new Error('expected a refusal');
    };
    expect(tooLong(() => api.parseViNumber('1'.repeat(101)))).toMatchObject({ code: 'too_long', message: { en: expect.stringContaining(`at most ${api.MAX_NUMBER_TEXT_LENGTH}`) } });
    expect(tooLong(() => api.findLegalCitations(' '.repeat(api.MAX_CITATION_TEXT_LENGTH + 1)))).toMatchObject({ code: 'too_long', message: { vi: expect.stringContaining(String(api.MAX_CITATION_TEXT_LENGTH)) } });
    expect(tooLong(() => api.parseLegalCitation(`Quyết định số ${' '.repeat(100_000)}/`))).toMatchObject({ code: 'too_long' });
    // A message quotes at most 40 characters of what it refused.
    expect(tooLong(() => api.parseViNumber('x'.repeat(90)))!.message.en.length).toBeLessThan(120);
  });
});

describe('the command line runs in time linear in its input', () => {
  async function cliTime(args: string[], files: Record<string, string>): Promise<number> {
    const io = memoryIo(files);
    const t = performance.now();
    const code = await runCli(args, io);
    expect(code).toBeLessThan(3); // ok, mismatch or bad input; never an internal error
    return performance.now() - t;
  }

  const COMMANDS: Record<string, (s: string) => [string[], Record<string, string>]> = {
    'evaluate a CSV cell': (s) => [['evaluate', '-r', 'learning-family-khvn-2015', '-i', 'a.csv'], { 'a.csv': `id;children.results;children.attendance\nH1;${s};1/2\n` }],
    'verify a stated figure': (s) => [['verify', '-i', 'v.csv'], { 'v.csv': `figure,part,whole,stated\nx,1,3,${JSON.stringify(s)}\n` }],
    citation: (s) => [['citation', s], {}],
    'units find': (s) => [['units', 'find', s], {}],
    'test a case file': (s) => [['test', 'c.yaml'], { 'c.yaml': `ruleSet: learning-family-khvn-2015\ncases:\n  - name: ${JSON.stringify(s.slice(0, 400))}\n    assessment: { points: { children.results: ${JSON.stringify(s)} } }\n    expect: { total: 0 }\n` }],
  };

  for (const [name, make] of Object.entries(COMMANDS)) {
    it(`${name}: 10× the input takes at most 30× the time`, async () => {
      for (const attack of ['spaces then x', 'spaces in a citation', 'digits then x', 'commas'] as const) {
        const times: number[] = [];
        for (const n of [1_000, 10_000, 100_000]) {
          const [args, files] = make(ATTACKS[attack]!(n));
          let best = Infinity;
          for (let r = 0; r < 2; r++) best = Math.min(best, await cliTime(args, files));
          times.push(best);
        }
        const g = times.slice(1).map((t, i) => t / Math.max(times[i]!, 5));
        expect({ attack, over: g.filter((x) => x > 30).length }).toEqual({ attack, over: 0 });
      }
    }, 120_000);
  }
});
