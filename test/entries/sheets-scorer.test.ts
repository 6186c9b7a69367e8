import { describe, expect, it } from 'vitest';
import { getRuleSet, LearningSocietyError } from 'vn-learning-society';
import { assessmentReader, sheetScorer } from 'vn-learning-society/sheets';

// sheetScorer (vn-learning-society/sheets): the records of a sheet or a JSON list scored one by one, as the command
// line's `evaluate` scores them. Figures: the learning-family sheet of QĐ 448/QĐ-KHVN (2015), whose indicator
// children.results has a maximum of 10 points and whose recognition needs 80 of 100.
const family = getRuleSet('learning-family-khvn-2015');

describe('sheetScorer', () => {
  it('scores a row after its header and carries the kept columns through', () => {
    const scorer = sheetScorer(family, { keep: ['Thôn'] });
    expect(scorer.header(['Mã hộ', 'Thôn', 'children.results'], 1)).toEqual([]);
    const r = scorer.row(['H1', 'Thôn 3', 10], 2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.row).toBe(2);
    expect(r.kept).toEqual({ Thôn: 'Thôn 3' });
    expect(r.evaluation.assessmentId).toBe('H1');
    expect(r.evaluation.total).toBe(10);
    expect(r.evaluation.maxTotal).toBe(100);
    expect(r.evaluation.recognized).toBe(false);
  });

  it('names the cell of a scoring issue and of a cell that cannot be read', () => {
    const scorer = sheetScorer(family);
    scorer.header(['Mã hộ', 'children.results'], 1);
    expect(scorer.row(['H2', 99], 3)).toEqual({
      ok: false,
      row: 3,
      problems: [{
        row: 3,
        cell: 'B3',
        field: 'points.children.results',
        code: 'above_max',
        message: { vi: '99 điểm vượt quá điểm tối đa 10', en: '99 points is above the maximum of 10' },
        // The scoring issue itself, with its code's field: the maximum a form can show beside the cell (10 points,
        // QĐ 448/QĐ-KHVN Mục A).
        issue: { path: ['points', 'children.results'], code: 'above_max', maximum: 10, rule: 'children.results', message: { vi: '99 điểm vượt quá điểm tối đa 10', en: '99 points is above the maximum of 10' } },
      }],
    });
    expect(scorer.row(['H3', 'mười'], 4)).toEqual({
      ok: false,
      row: 4,
      problems: [{ row: 4, cell: 'B4', field: 'children.results', code: 'not_a_number', message: { vi: '"mười" không phải là số', en: '"mười" is not a number' } }],
    });
  });

  it('scores JSON records: kept fields taken out, ids checked with the rows’', () => {
    const scorer = sheetScorer(family, { keep: ['Thôn'] });
    scorer.header(['Mã hộ', 'children.results'], 1);
    expect(scorer.row(['H1', 7], 2).ok).toBe(true);
    expect(scorer.record({ id: 'H1', points: {} }, 3)).toEqual({
      ok: false,
      row: 3,
      problems: [{ row: 3, field: 'id', code: 'duplicate_id', message: { vi: 'mã "H1" trùng với dòng 2', en: 'id "H1" is the same as on line 2' } }],
    });
    const r = scorer.record({ id: 'H9', Thôn: 'Thôn 1', points: { 'children.results': 7 } }, 4);
    expect(r.ok && r.kept).toEqual({ Thôn: 'Thôn 1' });
    expect(r.ok && r.evaluation.total).toBe(7);
    // A problem of a JSON record has no cell: no column holds it.
    const wrong = scorer.record({ id: 'H10', points: { 'children.results': 11 } }, 5);
    expect(wrong.ok ? [] : wrong.problems.map((p) => [p.cell, p.field, p.code])).toEqual([[undefined, 'points.children.results', 'above_max']]);
  });

  it('scores with missing: error, refusing a row that leaves an indicator blank', () => {
    const scorer = sheetScorer(family, { missing: 'error' });
    scorer.header(['Mã hộ', 'children.results'], 1);
    const r = scorer.row(['H1', 10], 2);
    expect(r.ok ? [] : r.problems.slice(0, 2).map((p) => [p.field, p.code])).toEqual([
      ['facts.children.attendance', 'missing'],
      ['points.children.manners', 'missing'],
    ]);
  });

  it('refuses wrong arguments with a LearningSocietyError', () => {
    expect(() => sheetScorer(family, null as never)).toThrow(LearningSocietyError);
    expect(() => sheetScorer(family).record({}, 'x' as never)).toThrow(LearningSocietyError);
  });
});

describe('assessmentReader.splitRecord: a JSON record split as a row is', () => {
  it('carries the kept fields through and leaves the assessment, a __proto__ key staying a key', () => {
    const reader = assessmentReader(getRuleSet('learning-family-khvn-2015'), { keep: ['Thôn', '__proto__'] });
    const value = JSON.parse('{"id": "H1", "Thôn": "Ấp 1", "points": {}, "__proto__": {"polluted": true}}') as Record<string, unknown>;
    const { assessment, kept } = reader.splitRecord(value);
    expect(assessment).toEqual({ id: 'H1', points: {} });
    expect(Object.keys(kept)).toEqual(['Thôn', '__proto__']);
    expect(kept['Thôn']).toBe('Ấp 1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => reader.splitRecord([] as never)).toThrowError(LearningSocietyError);
  });
});
