import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRuleSet, LearningSocietyError, evaluate } from 'vn-learning-society';
import * as sheetsApi from 'vn-learning-society/sheets';
import { excelWorkbook, type ExcelCell } from '../helpers/xlsx.js';
import { memoryIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { keepPrototypeClean, RUNS, typedOrResult } from '../helpers/fuzz.js';

/**
 * Fuzzing sheets as offices make them, through the sheets entry point and the command line: every call gives a result that holds its invariants or a LearningSocietyError with a path and a message in
 * both languages; a `safe*` call never throws; Object.prototype stays clean (test/helpers/fuzz.ts). One seed per run
 * (test/setup/fuzz-seed.ts): FUZZ_SEED to replay it, FUZZ_RUNS to search longer.
 */
keepPrototypeClean();

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
