import { bench, describe } from 'vitest';
import { compileRuleSet, getRuleSet } from 'vn-learning-society';
import { readAssessmentSheet, readWorkbook, workbookBytes } from 'vn-learning-society/sheets';
import { assessmentSheetRows } from './generate.js';

// A filled-in sheet of 50,000 households (the size), as .xlsx: reading it, and reading + scoring it.
const rs = getRuleSet('learning-family-khvn-2015');
const rows = assessmentSheetRows(rs, 50_000);
const bytes = await workbookBytes([{ name: 'Phiếu', columns: rows[0]!.map((h) => ({ heading: String(h) })), rows: rows.slice(1) }]);
const score = compileRuleSet(rs);

describe('a 50,000-row .xlsx', () => {
  bench('readWorkbook', async () => {
    await readWorkbook(bytes);
  }, { iterations: 3, warmupIterations: 1 });

  bench('readWorkbook + readAssessmentSheet + score', async () => {
    const [sheet] = await readWorkbook(bytes);
    const r = readAssessmentSheet(rs, sheet!);
    let recognised = 0;
    for (const a of r.assessments) if (score(a.assessment).recognized) recognised++;
    if (r.assessments.length !== 50_000 || recognised === 0) throw new Error('bench: wrong count');
  }, { iterations: 3, warmupIterations: 1 });
});
