import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { functionSpans, longFunctions } from '../helpers/function-length.js';
import { sourceFiles } from '../helpers/import-graph.js';

/** No function of src/ is longer than this many lines (issue 25: split it into named module-level steps). */
const MAX_LINES = 80;


const root = fileURLToPath(new URL('../..', import.meta.url));
const real = sourceFiles(root);

/** The functions over the limit, as `file:line name (n lines)`. */
function offenders(files: ReadonlyMap<string, string>): string[] {
  return longFunctions(files, MAX_LINES).map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
}

describe(`no function in src/ is longer than ${MAX_LINES} lines`, () => {
  it('every function is short enough: the CLI and scoring too, whose long ones were the last split', () => {
    // The parser sees every module and every function of src/ (about 200 modules and 1,700 functions on 2026-12-06).
    expect(real.size).toBeGreaterThan(150);
    expect([...real].reduce((n, [file, text]) => n + functionSpans(file, text).length, 0)).toBeGreaterThan(1200);
    expect(offenders(real)).toEqual([]);
  });

  it('counts a function from its first line to its last, comments above it left out, and names it', () => {
    const text = ['/** A comment. */', 'export function two(a: number): number {', '  return a;', '}', 'const arrow = () => {', '  return [1].map((x) => {', '    return x;', '  });', '};', ''].join('\n');
    expect(functionSpans('src/x.ts', text)).toEqual([
      { file: 'src/x.ts', line: 2, lines: 3, name: 'two' },
      { file: 'src/x.ts', line: 5, lines: 5, name: 'arrow' },
      { file: 'src/x.ts', line: 6, lines: 3, name: '(anonymous, in arrow)' },
    ]);
  });

  it('fails on a planted 81-line function, naming its file, line and name; 80 lines pass', () => {
    const body = (n: number) => Array.from({ length: n - 2 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const plant = (n: number) => {
      const file = 'src/core/calendar-date/index.ts';
      const text = real.get(file)!;
      const lines = text.split('\n').length;
      return { files: new Map([...real, [file, `${text}\nexport function planted(): void {\n${body(n)}\n}\n`]]), line: lines + 1 };
    };
    const long = plant(81);
    expect(offenders(long.files)).toEqual([`src/core/calendar-date/index.ts:${long.line} planted (81 lines)`]);
    expect(offenders(plant(80).files)).toEqual([]);
  });

  it('fails on a long anonymous callback, as the CLI’s actions were (one of 83 lines, planted in src/cli)', () => {
    const action = `program.command('x').action(async () => {\n${'  work();\n'.repeat(81)}});\n`;
    expect(offenders(new Map([...real, ['src/cli/planted.ts', action]]))).toEqual(['src/cli/planted.ts:1 (anonymous) (83 lines)']);
  });
});
