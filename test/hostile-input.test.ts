// Issue 22: nothing a file can do crashes the process or destroys a user's work. Each hostile input here ends in a
// typed error or the right result, never a crash, a hang or a silently different value.
import { describe, expect, it } from 'vitest';
import { CASE_FILE_LIMITS, parseCaseFile } from '../src/cases/index.js';
import { LearningSocietyError } from '../src/index.js';

/** The issue codes and lines of the error `f` throws (a LearningSocietyError, nothing else). */
function refused(f: () => unknown): { code: string; line: number | undefined }[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(LearningSocietyError);
    return (e as LearningSocietyError).issues.map((i) => ({ code: i.code, line: (i as { line?: number }).line }));
  }
  throw new Error('not refused');
}

describe('case files nested too deep are refused before the YAML reader recurses', () => {
  const head = 'ruleSet: learning-family-khvn-2015\ncases:\n  - name: deep\n';
  for (const levels of [3_000, 100_000]) {
    it(`${levels} levels, block mappings (as deep as the size cap allows), flow, compact lists and JSON: too_deep with its line`, () => {
      const blockLevels = Math.min(levels, 3_000);
      const block = `${head}    assessment:\n${Array.from({ length: blockLevels }, (_, i) => `${' '.repeat(i + 6)}a:`).join('\n')} 1\n    expect: {}\n`;
      expect(block.length).toBeLessThan(CASE_FILE_LIMITS.maxLength);
      expect(refused(() => parseCaseFile(block))).toEqual([{ code: 'too_deep', line: 4 + CASE_FILE_LIMITS.maxDepth - 2 }]);
      const flow = `${head}    assessment: ${'['.repeat(levels)}${']'.repeat(levels)}\n    expect: {}\n`;
      expect(refused(() => parseCaseFile(flow))).toEqual([{ code: 'too_deep', line: 4 }]);
      const flowLines = `${head}    assessment:\n${'[\n'.repeat(levels)}${']'.repeat(levels)}\n`;
      expect(refused(() => parseCaseFile(flowLines))[0]!.code).toBe('too_deep');
      const compact = `ruleSet: learning-family-khvn-2015\ncases:\n${'- '.repeat(levels)}1\n`;
      expect(refused(() => parseCaseFile(compact))).toEqual([{ code: 'too_deep', line: 3 }]);
      const json = `{"ruleSet": "learning-family-khvn-2015",\n "cases": ${'['.repeat(levels)}${']'.repeat(levels)}}`;
      expect(refused(() => parseCaseFile(json))).toEqual([{ code: 'too_deep', line: 2 }]);
    });
  }

  it('a block scalar with deeply indented text, and brackets inside text, are not nesting', () => {
    const text = `${head}    assessment: {}\n    expect: { recognized: false }\n  - name: "[[[[ a [ b { c"\n    assessment: {}\n    expect: { recognized: false }\nnote: |\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 2)}[{`).join('\n')}\n`;
    // The file's own problems (an unknown field `note`) are reported, not its depth.
    expect(refused(() => parseCaseFile(text)).map((i) => i.code)).not.toContain('too_deep');
  });
});
