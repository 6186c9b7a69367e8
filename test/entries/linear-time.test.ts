import { describe, expect, it } from 'vitest';
import * as api from 'vn-learning-society';
import * as cases from 'vn-learning-society/cases';
import * as documents from 'vn-learning-society/documents';
import * as sheets from 'vn-learning-society/sheets';
import * as units from 'vn-learning-society/units';
import { memoryIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { checkLinear, checkLinearAsync, describeGrowth, type GrowthOptions } from '../helpers/growth.js';

// Every parser of outside text, fed inputs built to make a backtracking parser slow (long runs of spaces, digits and
// separators, repeated keywords, nested brackets and quotes), at 10^3 … 10^6 characters. The test asserts how time
// grows, never a time, and judges that growth against a plainly linear pass over the same inputs timed in the same run
// (test/helpers/growth.ts): from each size to ten times it, growth(parser) / growth(linear pass) may be at most 3 — about
// 1 for linear code, about 10 for quadratic code. (A parser that refuses a long input by its size cap answers at once at
// every size, which passes.) The attacks of issue 14 took 3.3 s and 6.5 s at 10^5 characters, and time grew with the
// square of the input. Issue 22: an absolute bound on the growth (30× for 10×) failed on a loaded machine.

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

/** `f`, with a typed error counting as an answer (refusing is an answer); any other error is thrown. */
const refusing =
  (f: (s: string) => unknown) =>
  (s: string): unknown => {
    try {
      return f(s);
    } catch (e) {
      if (!(e instanceof api.LearningSocietyError)) throw e;
      return e;
    }
  };

/** The attacks on which `f` is not linear, each with its measurements (an empty list when it is linear on all). */
async function nonLinear(f: (s: string) => unknown, attacks: readonly string[], options: GrowthOptions = {}): Promise<string[]> {
  const failed: string[] = [];
  for (const attack of attacks) {
    const report = await checkLinear(refusing(f), ATTACKS[attack]!, options);
    if (!report.linear) failed.push(`${attack}: ${describeGrowth(report)}`);
  }
  return failed;
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
    it(`${name}: 10× the input grows the time at most 3× as much as a linear pass over it, on every attack, up to 10^5 characters`, async () => {
      expect(await nonLinear(parse, Object.keys(ATTACKS))).toEqual([]);
    }, 120_000);
  }

  it('the attacks of issue 14 at 10^6 characters grow linearly too (or are refused by a size cap)', async () => {
    for (const f of [(s: string) => api.parseViNumber(s), (s: string) => api.parseLegalCitation(s), (s: string) => api.findLegalCitations(s)]) {
      expect(await nonLinear(f, ['spaces then x', 'spaces in a citation'], { sizes: [100_000, 1_000_000] })).toEqual([]);
    }
  }, 120_000);

  it('a rule set with many indicators whose rules name many near-miss ids is refused in time linear in its size (the "did you mean" is capped)', async () => {
    // Each step adds as many indicators as unknown references: a suggestion for each reference, over every indicator,
    // would make the time grow with their product (a 1 MB rule set took 189 s before the cap).
    const base = api.getRuleSet('learning-family-khvn-2015');
    const make = (n: number): string => {
      const rs = structuredClone(base) as unknown as { criteria: { id: string; label: unknown; indicators: unknown[] }[]; outcome: { rules: unknown[] } };
      const k = Math.max(1, Math.floor(n / 250));
      // At most 200 indicators to a criterion and 500 ids to a rule, as the format allows.
      for (let c = 0; c * 200 < k; c++) {
        const count = Math.min(200, k - c * 200);
        const indicators = Array.from({ length: count }, (_, i) => ({ kind: 'judged', id: `extra-${c}.indicator-${i}`, label: { vi: 'x', en: 'x' }, maxPoints: 1 }));
        rs.criteria.push({ id: `extra-${c}`, label: { vi: 'x', en: 'x' }, indicators });
      }
      for (let r = 0; r * 500 < k; r++) {
        const ids = Array.from({ length: Math.min(500, k - r * 500) }, (_, i) => `extra-${Math.floor((r * 500 + i) / 200)}.indicatr-${(r * 500 + i) % 200}`);
        rs.outcome.rules.push({ kind: 'min-each-indicator', id: `floor-${r}`, label: { vi: 'x', en: 'x' }, indicators: ids, points: 1 });
      }
      return JSON.stringify(rs);
    };
    const report = await checkLinear((s) => api.safeParseRuleSet(s, { limits: { ...api.DEFAULT_INPUT_LIMITS, maxJsonLength: 10_000_000 } }), make, { sizes: [10_000, 100_000, 1_000_000] });
    expect(report.linear, describeGrowth(report)).toBe(true);
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

describe('the growth check itself (test/helpers/growth.ts) tells quadratic code from linear code', () => {
  // The same checker, with the same bound, on functions whose growth is known. The quadratic ones run at smaller sizes
  // only to keep the test short (at 10^5 characters they would take seconds).
  const spacesThenY = (n: number) => `${' '.repeat(n)}y`;
  const QUADRATIC: Record<string, [(s: string) => unknown, readonly number[], ((n: number) => string)?]> = {
    // A backtracking pattern: from each of the n starting spaces, `\s+` runs to the end before failing on the y.
    'a backtracking regular expression, /\\s+x/': [(s) => /\s+x/.test(s), [500, 5_000]],
    // A text built by repeated concatenation, searched from 0 after each character (the join is copied each time).
    'repeated concatenation with indexOf from 0': [
      (s) => {
        let out = '';
        for (let i = 0; i < s.length; i++) {
          out += s[i];
          if (out.indexOf('x') >= 0) return i;
        }
        return -1;
      },
      [1_000, 10_000],
    ],
    'an O(n²) loop over pairs of characters': [
      (s) => {
        let same = 0;
        for (let i = 0; i < s.length; i++) for (let j = 0; j < i; j++) if (s.charCodeAt(i) === s.charCodeAt(j)) same++;
        return same;
      },
      [300, 3_000],
    ],
    // A real parser called on every suffix, as a naive scan for a pattern at each position would.
    'foldVietnamese on every suffix (every 50th)': [
      (s) => {
        for (let i = 0; i < s.length; i += 50) api.foldVietnamese(s.slice(i));
      },
      [1_000, 10_000],
      ATTACKS['accented letters'],
    ],
  };

  for (const [name, [f, sizes, make]] of Object.entries(QUADRATIC)) {
    it(`reports ${name} as not linear, on the first measurement and on the retry`, async () => {
      const report = await checkLinear(f, make ?? spacesThenY, { sizes });
      expect(report.linear, describeGrowth(report)).toBe(false);
      expect(report.attempts).toHaveLength(2);
      for (const worst of report.attempts) expect(worst, describeGrowth(report)).toBeGreaterThan(report.bound);
    }, 60_000);
  }

  const LINEAR: Record<string, (s: string) => unknown> = {
    'a count of the spaces, character by character': (s) => {
      let spaces = 0;
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) spaces++;
      return spaces;
    },
    'a split on spaces': (s) => s.split(' ').length,
    'an upper-case copy': (s) => s.toUpperCase(),
    'a linear regular expression, /^\\s*y/': (s) => /^\s*y/.test(s),
    // n·log n passes too: a log factor adds about 1.2× to a 10× step.
    'a sort of the characters (n·log n)': (s) => [...s].sort().join(''),
  };

  for (const [name, f] of Object.entries(LINEAR)) {
    it(`passes ${name}, at 10^3 … 10^5 characters`, async () => {
      const report = await checkLinear(f, (n) => `${'Phường Tân Định '.repeat(n / 16)}${spacesThenY(n % 16)}`);
      expect(report.linear, describeGrowth(report)).toBe(true);
    }, 60_000);
  }
});

describe('the command line runs in time linear in its input', () => {
  /** Runs the command on files in memory; its exit code must be ok, mismatch or bad input, never an internal error. */
  async function run([args, files]: [string[], Record<string, string>]): Promise<void> {
    expect(await runCli(args, memoryIo(files))).toBeLessThan(3);
  }

  const COMMANDS: Record<string, (s: string) => [string[], Record<string, string>]> = {
    'evaluate a CSV cell': (s) => [['evaluate', '-r', 'learning-family-khvn-2015', '-i', 'a.csv'], { 'a.csv': `id;children.results;children.attendance\nH1;${s};1/2\n` }],
    'verify a stated figure': (s) => [['verify', '-i', 'v.csv'], { 'v.csv': `figure,part,whole,stated\nx,1,3,${JSON.stringify(s)}\n` }],
    citation: (s) => [['citation', s], {}],
    'units find': (s) => [['units', 'find', s], {}],
    'test a case file': (s) => [['test', 'c.yaml'], { 'c.yaml': `ruleSet: learning-family-khvn-2015\ncases:\n  - name: ${JSON.stringify(s.slice(0, 400))}\n    assessment: { points: { children.results: ${JSON.stringify(s)} } }\n    expect: { total: 0 }\n` }],
  };

  for (const [name, make] of Object.entries(COMMANDS)) {
    it(`${name}: 10× the input grows the time at most 3× as much as a linear pass over it`, async () => {
      const failed: string[] = [];
      for (const attack of ['spaces then x', 'spaces in a citation', 'digits then x', 'commas'] as const) {
        const report = await checkLinearAsync((s) => run(make(s)), ATTACKS[attack]!);
        if (!report.linear) failed.push(`${attack}: ${describeGrowth(report)}`);
      }
      expect(failed).toEqual([]);
    }, 120_000);
  }
});
