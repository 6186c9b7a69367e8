import { describe, expect, it } from 'vitest';
import { columnLetter as sheetsColumnLetter, EXCEL_MAX_COLUMNS } from 'vn-learning-society/sheets';
import { columnLetter, MAX_COLUMNS } from '../../src/cli/io/columns.js';

// The CSV reader of the command line names cells as the sheets entry point does, without loading it (src/cli/io/columns.ts).
describe('the command line names CSV cells as vn-learning-society/sheets does', () => {
  it('column letters, A to XFD', () => {
    expect([0, 1, 25, 26, 27, 701, 702, 16_383].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA', 'XFD']);
    const differ: number[] = [];
    for (let i = 0; i < MAX_COLUMNS; i++) if (columnLetter(i) !== sheetsColumnLetter(i)) differ.push(i);
    expect(differ).toEqual([]);
  });

  it('the most columns of a sheet: 16,384 (XFD)', () => {
    expect(MAX_COLUMNS).toBe(16_384);
    expect(MAX_COLUMNS).toBe(EXCEL_MAX_COLUMNS);
  });
});
