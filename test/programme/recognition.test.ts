import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { LearningSocietyError, listRecognitionRules, parseRecognitionRule, recognitionCalendar, recognitionRule, recognitionValidity, ruleSetFor, withReading, type RecognitionRule } from 'vn-learning-society';
import { recognitionRuleJsonSchema, recognitionRuleSchema } from 'vn-learning-society/schemas';

describe('who recognises what, when (recognitionRule)', () => {
  it('TT 25/2023: the head of the district education office recognises a commune; the Department director a district (tuyengiao.vn on TT 25/2023)', () => {
    expect(recognitionRule('learning-community', 'commune', '2024-11-15').recognizingAuthority.vi).toBe('Trưởng Phòng Giáo dục và Đào tạo cấp huyện');
    expect(recognitionRule('learning-community', 'district', '2024-11-15').recognizingAuthority.vi).toBe('Giám đốc Sở Giáo dục và Đào tạo');
  });

  it('TT 44/2014: the district chairperson classifies a commune, on the district association’s check (QĐ 645/QĐ-BGDĐT)', () => {
    const r = recognitionRule('learning-community', 'commune', '2019-12-01');
    expect(r.id).toBe('learning-community-commune-tt44');
    expect(r.recognizingAuthority.en).toBe('Chairperson of the district People’s Committee');
    expect(r.evaluatingBody.vi).toBe('Hội Khuyến học cấp huyện');
  });

  it('changes on 1 July 2025: no district titles after 30 June 2025, and a commune is recognised by the province', () => {
    expect(recognitionRule('learning-community', 'district', '2025-06-30').id).toBe('learning-community-district-tt25');
    expect(() => recognitionRule('learning-community', 'district', '2025-07-01')).toThrowError(LearningSocietyError);
    expect(() => recognitionRule('learning-unit', 'district', '2025-07-01')).toThrowError(/No “Learning unit \(district\)” recognition rule is in force on 2025-07-01/);
    expect(recognitionRule('learning-community', 'commune', '2025-06-30').id).toBe('learning-community-commune-tt25');
    const after = recognitionRule('learning-community', 'commune', '2025-07-01');
    expect(after.id).toBe('learning-community-commune-tt25-two-tier');
    expect(after.uncertain).toEqual(expect.arrayContaining(['recognizingAuthority']));
  });

  it('matches the rule sets: a recognition rule exists wherever a rule set is in force', () => {
    const cases = [
      ['learning-family', undefined, '2018-05-01'],
      ['learning-community', 'commune', '2016-05-01'],
      ['learning-community', 'commune', '2026-05-01'],
      ['learning-community', 'province', '2026-05-01'],
      ['learning-unit', 'province', '2026-05-01'],
      ['learning-unit', 'grassroots', '2026-05-01'],
      ['learning-citizen', undefined, '2026-05-01'],
    ] as const;
    for (const [model, level, day] of cases) {
      const rs = ruleSetFor(level ? { model, level } : model, day);
      const rule = recognitionRule(model, level, day);
      expect([rule.model, rule.level]).toEqual([rs.model, rs.level]);
    }
  });

  it('lets a province put its own rule first', () => {
    const national = recognitionRule('learning-community', 'commune', '2026-01-01');
    const own: RecognitionRule = {
      ...national,
      id: 'learning-community-commune-lai-chau',
      jurisdiction: { code: 'VN-LC', name: { vi: 'Tỉnh Lai Châu', en: 'Lai Chau province' } },
      decisionDue: { month: 5, day: 31, yearOffset: 1 },
    };
    expect(recognitionRule('learning-community', 'commune', '2026-01-01', { rules: [own], jurisdiction: 'VN-LC' }).id).toBe(own.id);
    expect(recognitionRule('learning-community', 'commune', '2026-01-01', { rules: [own] }).id).toBe(national.id);
  });

  it('lists the rules of a model, level and day', () => {
    expect(listRecognitionRules({ model: 'learning-community', level: 'commune' }).map((r) => r.id)).toEqual([
      'learning-community-commune-tt44',
      'learning-community-commune-tt25',
      'learning-community-commune-tt25-two-tier',
    ]);
    expect(listRecognitionRules({ at: '2025-08-01' }).some((r) => r.level === 'district')).toBe(false);
  });

  it('every shipped rule is valid against the zod schema and the JSON Schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(recognitionRuleJsonSchema());
    for (const r of listRecognitionRules()) {
      expect(parseRecognitionRule(r)).toEqual(r);
      expect(validate(JSON.parse(JSON.stringify(r))), r.id).toBe(true);
    }
  });

  it('refuses an invalid rule, with paths', () => {
    const bad = { ...recognitionRule('learning-family', undefined, '2022-01-01'), cycle: { everyYears: 0 }, validTo: '2001-01-01' };
    try {
      parseRecognitionRule(bad);
      throw new Error('expected an error');
    } catch (e) {
      expect((e as LearningSocietyError).issues.map((i) => i.path.join('.'))).toEqual(['cycle.everyYears']);
    }
    expect(() => parseRecognitionRule({ ...recognitionRule('learning-family', undefined, '2022-01-01'), validTo: '2001-01-01' })).toThrowError(/validTo 2001-01-01 is before validFrom/);
  });
});

describe('deadlines of a cycle (recognitionCalendar)', () => {
  it('TT 25/2023 commune: dossiers by 28 February, decisions by 31 March of the next year (dichvucong.gov.vn, procedure 1.005097)', () => {
    expect(recognitionCalendar(recognitionRule('learning-community', 'commune', '2024-06-01'), 2024)).toEqual({
      evaluationYear: 2024,
      evidence: { from: '2024-01-01', to: '2024-12-31' },
      dossierDue: '2025-02-28',
      decisionDue: '2025-03-31',
    });
  });

  it('TT 25/2023 district: by 30 April and 31 May of the next year (Lạng Sơn and Lào Cai public-service portals)', () => {
    const c = recognitionCalendar(recognitionRule('learning-community', 'district', '2024-06-01'), 2024);
    expect([c.dossierDue, c.decisionDue]).toEqual(['2025-04-30', '2025-05-31']);
  });

  it('TT 24/2023 district unit: by 15 January and 15 February (Bình Phước, Thừa Thiên Huế, An Giang portals)', () => {
    const c = recognitionCalendar(recognitionRule('learning-unit', 'district', '2024-06-01'), 2024);
    expect([c.dossierDue, c.decisionDue]).toEqual(['2025-01-15', '2025-02-15']);
  });

  it('grass-roots titles: results reported by 15 December (Công văn 6782/BGDĐT-GDTX)', () => {
    expect(recognitionCalendar(recognitionRule('learning-clan', undefined, '2017-06-01'), 2017).reportDue).toBe('2017-12-15');
  });

  it('puts a day past the end of its month on the month’s last day, and refuses a bad year', () => {
    const rule = { ...recognitionRule('learning-community', 'commune', '2024-06-01'), dossierDue: { month: 2, day: 29, yearOffset: 1 } };
    expect(recognitionCalendar(rule, 2023).dossierDue).toBe('2024-02-29');
    expect(recognitionCalendar(rule, 2024).dossierDue).toBe('2025-02-28');
    expect(() => recognitionCalendar(rule, 20.5)).toThrowError(LearningSocietyError);
  });
});

describe('how long a recognition lasts (recognitionValidity)', () => {
  it('TT 25/2023: kept 3 years after the year of recognition; level 2 may be sought after 12 months (tuyengiao.vn on TT 25/2023)', () => {
    const rule = recognitionRule('learning-community', 'commune', '2024-03-20');
    const v = recognitionValidity('2024-03-20', rule);
    expect(v).toMatchObject({ from: '2024-03-20', to: '2027-12-31', upgradeFrom: '2025-03-20' });
    expect(v.explanation.vi).toBe('Công nhận ngày 20/03/2024; kết quả được bảo lưu 3 năm tiếp theo năm được công nhận, đến hết ngày 31/12/2027');
    // On the last day of a year, the same reading: three whole years after it.
    expect(recognitionValidity('2024-12-31', rule).to).toBe('2027-12-31');
    expect(recognitionValidity('2025-01-01', rule).to).toBe('2028-12-31');
  });

  it('a yearly title lasts until the day before the next anniversary, across a leap day', () => {
    const rule = recognitionRule('learning-family', undefined, '2024-01-01');
    expect(recognitionValidity('2024-02-29', rule).to).toBe('2025-02-27');
    expect(recognitionValidity(new Date(2023, 11, 15), rule)).toMatchObject({ from: '2023-12-15', to: '2024-12-14' });
    expect(recognitionValidity('2023-12-15', rule).upgradeFrom).toBeUndefined();
  });

  it('counts months from the decision, the last day included', () => {
    const rule: RecognitionRule = { ...recognitionRule('learning-family', undefined, '2024-01-01'), validity: { kind: 'months-from-decision', months: 36 } };
    expect(recognitionValidity('2024-01-31', rule).to).toBe('2027-01-30');
    expect(recognitionValidity('2024-03-01', rule).to).toBe('2027-02-28');
  });

  it('refuses an invalid date', () => {
    expect(() => recognitionValidity('2024-02-30', recognitionRule('learning-family', undefined, '2024-01-01'))).toThrowError(LearningSocietyError);
  });
});

describe('after 1 July 2025 (../shared/reference/legal-2025.md)', () => {
  it('a district recognition decided before the reform keeps its three years after the year of recognition (TT 24/2023, TT 25/2023: bảo lưu 3 năm)', () => {
    // The district rules end on 30 June 2025 with the district level; a recognition of 1 May 2025 is not cut short.
    const unit = recognitionRule('learning-unit', 'district', '2025-05-01');
    expect(unit.validTo).toBe('2025-06-30');
    expect(recognitionValidity('2025-05-01', unit).to).toBe('2028-12-31');
    const community = recognitionRule('learning-community', 'district', '2025-05-01');
    expect(recognitionValidity('2025-05-01', community).to).toBe('2028-12-31');
    expect(() => recognitionRule('learning-community', 'district', '2025-07-01')).toThrowError(LearningSocietyError);
  });

  it('the commune learning community from 1 July 2025: the recogniser stays uncertain, both readings named, the 2025 texts cited', () => {
    const rule = recognitionRule('learning-community', 'commune', '2025-08-01');
    expect(rule.id).toBe('learning-community-commune-tt25-two-tier');
    expect(rule.uncertain).toContain('recognizingAuthority');
    expect(rule.sources.map((s) => s.id)).toEqual(['tt-25-2023', 'nd-142-2025', 'nd-143-2025', 'tt-11-2025-bgddt', 'tt-26-2025-bgddt']);
    const note = rule.notes!.find((n) => n.about === 'recognizingAuthority')!;
    expect(note.text.vi).toContain('Giám đốc Sở Giáo dục và Đào tạo');
    expect(note.text.vi).toContain('Chủ tịch Ủy ban nhân dân cấp xã');
    expect(note.uncertain).toBe(true);
  });

  it('TT 24/2023’s start date, 26 January 2024, is sourced: no longer uncertain in its recognition rules (thuviennhadat.vn 590218)', () => {
    for (const level of ['province', 'district'] as const) {
      const rule = recognitionRule('learning-unit', level, '2024-06-01');
      expect(rule.validFrom).toBe('2024-01-26');
      expect(rule.uncertain ?? []).not.toContain('validFrom');
    }
  });
});

describe('readings of an unsettled rule (issue 26): who recognises a commune learning community from 1 July 2025', () => {
  // ../shared/reference/legal-2025.md: the Department's Director (shipped) or the commune chairperson (the general
  // substitution of the 2025 circulars, not shown to cover TT 25/2023). Neither is confirmed.
  const rule = recognitionRule('learning-community', 'commune', '2025-11-15');

  it('the rule carries both readings, one in effect, and the choice itself is marked unconfirmed', () => {
    expect(rule.readings!.map((r) => [r.id, r.recognizingAuthority.vi, r.confidence])).toEqual([
      ['department-director', 'Giám đốc Sở Giáo dục và Đào tạo', 'low'],
      ['commune-chairperson', 'Chủ tịch Ủy ban nhân dân cấp xã', 'low'],
    ]);
    expect(rule.reading).toBe('department-director');
    expect(rule.recognizingAuthority.vi).toBe('Giám đốc Sở Giáo dục và Đào tạo');
    expect(rule.uncertain).toEqual(expect.arrayContaining(['recognizingAuthority', 'evaluatingBody', 'reading']));
  });

  it('a caller picks the other reading by name; the flags stay; an unknown name is a typed error listing the readings', () => {
    const other = recognitionRule('learning-community', 'commune', '2025-11-15', { reading: 'commune-chairperson' });
    expect([other.reading, other.recognizingAuthority.vi, other.evaluatingBody.vi]).toEqual(['commune-chairperson', 'Chủ tịch Ủy ban nhân dân cấp xã', 'Ủy ban nhân dân cấp xã']);
    expect(other.uncertain).toContain('recognizingAuthority');
    expect(withReading(rule, 'commune-chairperson')).toEqual(other);
    expect(rule.reading).toBe('department-director'); // withReading changes a copy
    expect(() => withReading(rule, 'chu-tich')).toThrowError(/department-director, commune-chairperson/);
    expect(() => recognitionRule('learning-community', 'commune', '2024-11-15', { reading: 'commune-chairperson' })).toThrowError(/không có cách hiểu nào để chọn/);
  });

  it('a province confirms its reading in its own rule: no flag left, found by its code', () => {
    const mine = parseRecognitionRule({
      ...withReading(rule, 'commune-chairperson'),
      id: 'learning-community-commune-tay-ninh-2025',
      jurisdiction: { code: '80@2025-07-01', name: { vi: 'Tỉnh Tây Ninh', en: 'Tây Ninh province' } },
      uncertain: ['dossierDue', 'decisionDue'],
    });
    const found = recognitionRule('learning-community', 'commune', '2025-11-15', { jurisdiction: '80', rules: [mine] });
    expect([found.id, found.reading, found.uncertain]).toEqual(['learning-community-commune-tay-ninh-2025', 'commune-chairperson', ['dossierDue', 'decisionDue']]);
  });

  it('readings that do not hold together are refused by both checkers', () => {
    const bad = [
      [{ ...rule, reading: 'nobody' }, 'unknown_reading'],
      [{ ...rule, recognizingAuthority: { vi: 'Ai đó', en: 'Someone' } }, 'reading_mismatch'],
      [{ ...rule, readings: rule.readings!.map((r, i) => (i === 0 ? { ...r, basis: ['qd-999'] } : r)) }, 'unknown_source'],
      [(({ readings: _r, ...rest }) => rest)(rule), 'unknown_reading'], // a reading named without readings
    ] as const;
    for (const [value, code] of bad) {
      const r = safeParse(() => parseRecognitionRule(value));
      expect(r, code).toMatchObject({ issues: [expect.objectContaining({ code })] });
      expect(recognitionRuleSchema.safeParse(value).success, code).toBe(false);
    }
  });
});

function safeParse(f: () => unknown): { issues: readonly { code: string }[] } | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return e as LearningSocietyError;
  }
}

describe('learning units formerly assessed at district level, from 1 July 2025 (issue 26)', () => {
  it('have a rule again: TT 24/2023’s district sheet at commune level, and a recognition rule with two readings, all unconfirmed', () => {
    const rs = ruleSetFor({ model: 'learning-unit', level: 'commune' }, '2026-03-01');
    expect([rs.id, rs.level, rs.validFrom, rs.validTo]).toEqual(['learning-unit-commune-tt24-2025', 'commune', '2025-07-01', undefined]);
    const rule = recognitionRule('learning-unit', 'commune', '2026-03-01');
    expect([rule.id, rule.reading, rule.recognizingAuthority.vi]).toEqual(['learning-unit-commune-tt24-two-tier', 'commune-chairperson', 'Chủ tịch Ủy ban nhân dân cấp xã']);
    expect(rule.readings!.map((r) => r.id)).toEqual(['commune-chairperson', 'province-chairperson']);
    expect(rule.uncertain).toEqual(expect.arrayContaining(['recognizingAuthority', 'reading', 'validFrom']));
    // Before the reform there was none at commune level: the district rule applied.
    expect(() => recognitionRule('learning-unit', 'commune', '2025-06-30')).toThrowError(LearningSocietyError);
    expect(recognitionRule('learning-unit', 'district', '2025-06-30').id).toBe('learning-unit-district-tt24');
  });
});
