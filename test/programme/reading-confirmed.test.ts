import { describe, expect, it } from 'vitest';
import {
  confirmReading,
  evaluate,
  getRuleSet,
  LearningSocietyError,
  parseRecognitionRule,
  readingStatus,
  recognitionRule,
  withReading,
  type Confirmation,
  type Evaluation,
} from 'vn-learning-society';
import { recognitionRuleSchema } from 'vn-learning-society/schemas';
import { documentText, recognitionDecision, type Issuer } from 'vn-learning-society/documents';
import { fullAssessment } from '../helpers/full-assessment.js';

// Issue 26: who recognises a commune learning community from 1 July 2025 is unsettled (../shared/reference/legal-2025.md
// §1: the Department's Director, shipped, or the commune chairperson under the general substitution of the 2025
// circulars). A province that reads the deciding text confirms one reading in its own rule.

const national = recognitionRule('learning-community', 'commune', '2025-11-15');
// Made up for the test: TT 26/2025/TT-BGDĐT is among the rule's sources, but its operative text has not been read.
const confirmation: Confirmation = { ref: 'tt-26-2025-bgddt', article: 'Điều 1', quote: 'Chủ tịch Ủy ban nhân dân cấp xã', by: 'Sở GD&ĐT tỉnh Tây Ninh', on: '2026-12-01' };

function issuesOf(fn: () => unknown): { path: readonly (string | number)[]; code: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LearningSocietyError);
    return [...(e as LearningSocietyError).issues];
  }
  throw new Error('expected an error');
}

describe('the reading in effect, and whether it is confirmed (readingStatus)', () => {
  it('the national rule from 1 July 2025: the Department, not confirmed, the other reading named', () => {
    const status = readingStatus(national)!;
    expect([status.reading.id, status.others.map((r) => r.id), status.confirmed]).toEqual(['department-director', ['commune-chairperson'], undefined]);
    expect(status.text).toEqual({
      vi: 'cách hiểu “Sở Giáo dục và Đào tạo công nhận”, chưa được xác nhận; cách hiểu khác: “Chủ tịch Ủy ban nhân dân cấp xã công nhận”',
      en: 'reading “The provincial Department recognises”, not confirmed; the other reading: “The commune chairperson recognises”',
    });
  });

  it('a rule the law settles has no reading to report (TT 25/2023 before the reform)', () => {
    expect(readingStatus(recognitionRule('learning-community', 'commune', '2025-03-15'))).toBeUndefined();
  });
});

describe('confirming a reading (confirmReading)', () => {
  const mine = confirmReading(national, 'commune-chairperson', confirmation);

  it('puts that reading in effect, records where it was confirmed, and lifts exactly the flags a reading decides', () => {
    expect([mine.reading, mine.recognizingAuthority.vi, mine.evaluatingBody.vi]).toEqual(['commune-chairperson', 'Chủ tịch Ủy ban nhân dân cấp xã', 'Ủy ban nhân dân cấp xã']);
    expect(mine.readingConfirmed).toEqual(confirmation);
    // The deadlines stay unconfirmed: confirming who recognises says nothing of when.
    expect(mine.uncertain).toEqual(['dossierDue', 'decisionDue']);
    expect(national.uncertain).toEqual(['evaluatingBody', 'recognizingAuthority', 'dossierDue', 'decisionDue', 'reading']);
    // The note that said the authority was unsettled goes; the general note and the deadline's note stay.
    expect(mine.notes!.map((n) => [n.about, n.uncertain])).toEqual([[undefined, true], ['decisionDue', true]]);
    expect(readingStatus(mine)!.text).toEqual({
      vi: 'cách hiểu “Chủ tịch Ủy ban nhân dân cấp xã công nhận”, đã được Sở GD&ĐT tỉnh Tây Ninh xác nhận ngày 01/12/2026 theo tt-26-2025-bgddt, Điều 1: “Chủ tịch Ủy ban nhân dân cấp xã”',
      en: 'reading “The commune chairperson recognises”, confirmed by Sở GD&ĐT tỉnh Tây Ninh on 01/12/2026 from tt-26-2025-bgddt, Điều 1: “Chủ tịch Ủy ban nhân dân cấp xã”',
    });
  });

  it('the confirmed rule survives JSON and both checkers, as a province’s file would', () => {
    const text = JSON.stringify({ ...mine, id: 'learning-community-commune-tay-ninh-2025' });
    expect(parseRecognitionRule(text).readingConfirmed).toEqual(confirmation);
    expect(recognitionRuleSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('picking another reading than the confirmed one is not confirmed: the flags come back', () => {
    const back = withReading(mine, 'department-director');
    expect([back.reading, back.readingConfirmed, back.recognizingAuthority.vi]).toEqual(['department-director', undefined, 'Giám đốc Sở Giáo dục và Đào tạo']);
    expect(back.uncertain).toEqual(['dossierDue', 'decisionDue', 'evaluatingBody', 'recognizingAuthority', 'reading']);
    // The same reading again keeps the confirmation.
    expect(withReading(mine, 'commune-chairperson')).toEqual(mine);
  });

  it('refuses a confirmation from a source the rule does not cite, a reading it does not have, and a confirmed reading still flagged', () => {
    expect(issuesOf(() => confirmReading(national, 'commune-chairperson', { ...confirmation, ref: 'qd-999-2026' }))).toEqual([
      expect.objectContaining({ path: ['readingConfirmed', 'ref'], code: 'unknown_source' }),
    ]);
    expect(issuesOf(() => confirmReading(national, 'chu-tich', confirmation))).toEqual([expect.objectContaining({ path: ['reading'], code: 'unknown_reading' })]);
    const flagged = { ...mine, uncertain: ['recognizingAuthority'] };
    expect(issuesOf(() => parseRecognitionRule(flagged))).toEqual([expect.objectContaining({ path: ['uncertain'], code: 'confirmed_uncertain' })]);
    expect(recognitionRuleSchema.safeParse(flagged).success).toBe(false);
    const noReadings = (({ readings: _r, reading: _g, ...rest }) => rest)(mine);
    expect(issuesOf(() => parseRecognitionRule(noReadings))).toEqual([expect.objectContaining({ path: ['readingConfirmed'], code: 'unknown_reading' })]);
  });
});

describe('a decision under a confirmed reading is no draft for its authority', () => {
  const community = getRuleSet('learning-community-commune-tt25-2023');
  const issuer: Issuer = {
    parent: 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH',
    name: 'ỦY BAN NHÂN DÂN XÃ TÂN HỒNG',
    place: 'Tân Hồng',
    symbol: 'QĐ-UBND',
    signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
  };
  // A verdict whose values a province has confirmed: not provisional, so only the authority can make it a draft.
  const ev: Evaluation = { ...evaluate(community, fullAssessment(community)), provisional: false, unconfirmed: [] };
  const base = { ruleSet: community, year: 2025, date: '2026-03-15', number: '12', issuer, entries: [{ name: 'Xã Tân Hồng', evaluation: ev }] };

  it('the national rule: a draft that names the reading; the confirmed one: no warning, the chairperson signs', () => {
    expect(recognitionDecision(base).draft).toBe(true);
    const doc = recognitionDecision({ ...base, recognition: confirmReading(national, 'commune-chairperson', confirmation) });
    expect([doc.draft, doc.warnings]).toEqual([false, []]);
    expect(documentText(doc)).not.toContain('chưa xác nhận');
    expect(documentText(doc)).toContain('Điều 1. Công nhận 1 (một) cộng đồng đạt danh hiệu');
  });
});
