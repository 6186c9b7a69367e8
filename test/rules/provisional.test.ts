import { describe, expect, it } from 'vitest';
import {
  compileRuleSet,
  diffRuleSets,
  evaluate,
  explainEvaluation,
  forkRuleSet,
  listRecognitionRules,
  getRuleSet,
  LEGAL_DOCUMENTS,
  LearningSocietyError,
  listRuleSets,
  safeParseRuleSet,
  unconfirmedValues,
  type RuleSet,
} from 'vn-learning-society';

const family = getRuleSet('learning-family-khvn-2015');
const meta = { id: 'learning-family-vn-xx', jurisdiction: { code: 'VN-44', name: { vi: 'Tỉnh X', en: 'X province' } } };

/** Every element of a rule set that can carry `uncertain`, with where it is. */
function elements(rs: RuleSet): { where: string; el: { uncertain?: boolean; question?: unknown } }[] {
  const out: { where: string; el: { uncertain?: boolean; question?: unknown } }[] = [];
  for (const c of rs.criteria) {
    out.push({ where: `criteria[${c.id}]`, el: c });
    for (const i of c.indicators) out.push({ where: `criteria[${c.id}].indicators[${i.id}]`, el: i });
  }
  for (const r of rs.outcome.rules) out.push({ where: `outcome.rules[${r.id}]`, el: r });
  for (const cl of rs.outcome.classes ?? []) {
    out.push({ where: `outcome.classes[${cl.id}]`, el: cl });
    for (const r of cl.rules) out.push({ where: `outcome.classes[${cl.id}].rules[${r.id}]`, el: r });
  }
  return out;
}

describe('no deciding value is uncertain without its question', () => {
  it.each(listRuleSets().map((r) => r.id))('%s: every uncertain criterion, indicator, rule and class asks its question in vi and en', (id) => {
    const rs = getRuleSet(id);
    const unasked = elements(rs).filter(({ el }) => el.uncertain === true && el.question === undefined).map((e) => e.where);
    expect(unasked).toEqual([]);
    for (const v of unconfirmedValues(rs)) {
      expect(v.question.vi.length).toBeGreaterThan(20);
      expect(v.question.en.length).toBeGreaterThan(20);
      // The generic question is only for data that gives none: shipped data always gives its own.
      expect(v.question.en.startsWith('Does the original text set')).toBe(false);
    }
  });
});

describe('provisional verdicts', () => {
  const all = { points: Object.fromEntries(family.criteria.flatMap((c) => c.indicators.filter((i) => i.kind === 'judged').map((i) => [i.id, i.maxPoints]))) };

  it('say which unconfirmed values decided them: the threshold compared (80 points, QĐ 448 Mục A, not yet read) and each band or maximum used', () => {
    const r = evaluate(family, all);
    expect(r.provisional).toBe(true);
    const threshold = r.unconfirmed.find((u) => u.path === 'outcome.rules[min-total].points');
    expect(threshold?.value).toBe(80);
    expect(threshold?.question.vi).toContain('tổng điểm tối thiểu');
    // Judged indicators marked uncertain that were given, and no indicator that was not.
    expect(r.unconfirmed.some((u) => u.path === 'criteria[adults].indicators[adults.reading].maxPoints')).toBe(true);
    const bare = evaluate(family, {});
    expect(bare.unconfirmed.some((u) => u.path.includes('adults.reading'))).toBe(false);
    expect(bare.provisional).toBe(true); // the threshold was still compared
  });

  it('name the band that was used, not every band (a ratio of the 2021 family sheet)', () => {
    const rs = getRuleSet('learning-family-khvn-2021');
    const used = (part: number, whole: number) => evaluate(rs, { facts: { 'adults.learning-citizens': { part, whole } } }).unconfirmed.filter((u) => u.path.includes('adults.learning-citizens')).map((u) => u.path);
    const bands = rs.criteria[1]!.indicators.find((i) => i.id === 'adults.learning-citizens');
    expect(bands?.kind).toBe('ratio');
    expect(used(1, 1)).toEqual([`criteria[adults].indicators[adults.learning-citizens].bands[${(bands as { bands: unknown[] }).bands.length - 1}]`]);
    expect(used(0, 0)).toEqual(['criteria[adults].indicators[adults.learning-citizens].whenWholeIsZero']);
  });

  it('are said in both languages by explainEvaluation, each value with its question', () => {
    const r = evaluate(family, all);
    const vi = explainEvaluation(r, { lang: 'vi' });
    const en = explainEvaluation(r, { lang: 'en' });
    expect(vi).toContain(`KẾT QUẢ TẠM THỜI: dựa trên ${r.unconfirmed.length} giá trị chưa được xác nhận`);
    expect(en).toContain(`PROVISIONAL: rests on ${r.unconfirmed.length} values not yet confirmed`);
    expect(en).toContain('outcome.rules[min-total].points = 80 — To confirm:');
  });

  it('are not provisional once a fork confirms every deciding value, and the diff says where each came from', () => {
    const confirmation = { ref: 'qd-448-khvn', article: 'Mục A', quote: 'đạt từ 80 điểm trở lên', by: 'Sở GD&ĐT tỉnh X', on: '2026-03-02' };
    const patch: Record<string, unknown> = { outcome: { rules: { 'min-total': { confirmed: confirmation } } }, criteria: {} };
    for (const { where, el } of elements(family)) {
      if (el.uncertain !== true || where.startsWith('outcome')) continue;
      const [, c, , i] = /^criteria\[([^\]]+)\](\.indicators\[([^\]]+)\])?$/.exec(where)!;
      const crit = ((patch.criteria as Record<string, Record<string, unknown>>)[c!] ??= {});
      if (i === undefined) crit.confirmed = confirmation;
      else ((crit.indicators ??= {}) as Record<string, unknown>)[i] = { confirmed: confirmation };
    }
    const fork = forkRuleSet(family, patch, meta);
    expect(unconfirmedValues(fork)).toEqual([]);
    const r = evaluate(fork, all);
    expect([r.provisional, r.unconfirmed]).toEqual([false, []]);
    const said = diffRuleSets(family, fork).find((c) => c.path === 'outcome.rules[min-total].confirmed');
    expect(said?.message.en).toBe('Outcome › Rule “Minimum total for recognition”: confirmed from qd-448-khvn, Mục A “đạt từ 80 điểm trở lên” (Sở GD&ĐT tỉnh X, 2026-03-02)');
    expect(compileRuleSet(fork, { strict: true })(all).recognized).toBe(true);
  });

  it('a value cannot be both confirmed and uncertain, and a confirmation cites one of the rule set’s sources', () => {
    const bad = structuredClone(family) as { outcome: { rules: Record<string, unknown>[] } } & RuleSet;
    bad.outcome.rules[0]!.confirmed = { ref: 'nowhere', quote: 'x', by: 'y', on: '2026-01-01' };
    const r = safeParseRuleSet(bad);
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues.map((i) => i.code)).toEqual(['unknown_source', 'confirmed_uncertain']);
  });
});

describe('strict mode', () => {
  it('compileRuleSet and evaluate refuse a rule set whose deciding values are not confirmed, listing each with its question', () => {
    for (const run of [() => compileRuleSet(family, { strict: true }), () => evaluate(family, {}, { strict: true })]) {
      try {
        run();
        throw new Error('expected an error');
      } catch (e) {
        expect(e).toBeInstanceOf(LearningSocietyError);
        const err = e as LearningSocietyError;
        expect(err.code).toBe('unconfirmed_values');
        expect(err.issues.length).toBe(unconfirmedValues(family).length);
        expect(err.issues.every((i) => i.code === 'unconfirmed')).toBe(true);
        expect(err.describe('vi')).toContain('outcome.rules[min-total].points = 80 chưa được xác nhận');
      }
    }
    // Without strict, the same rule set scores (and says its verdicts are provisional).
    expect(evaluate(family, {}).provisional).toBe(true);
  });
});

describe('corrections from the sources (../shared/reference/legal-fidelity.md)', () => {
  it('TT 44/2014/TT-BGDĐT has the 15 criteria of Article 3 as Giáo dục và Thời đại lists them (post447535), criterion 3 worded “các tổ chức trên địa bàn cấp xã”', () => {
    const rs = getRuleSet('learning-community-commune-tt44-2014');
    const starts = [
      'Sự lãnh đạo, chỉ đạo',
      'Hoạt động của Ban Chỉ đạo',
      'Sự tham gia, phối hợp',
      'Mạng lưới và hoạt động',
      'Kết quả phổ cập giáo dục',
      'Công bằng xã hội trong giáo dục',
      'Kết quả học tập, bồi dưỡng',
      'Kết quả học tập thường xuyên của người lao động',
      'Kết quả xây dựng “Gia đình hiếu học”',
      'Kết quả xây dựng “Cộng đồng khuyến học',
      'Kết quả xây dựng thôn',
      'Giảm tỷ lệ hộ nghèo',
      'Thực hiện bình đẳng giới',
      'Đảm bảo vệ sinh, môi trường',
      'Đảm bảo an ninh trật tự',
    ];
    expect(rs.criteria.map((c, i) => c.label.vi.toLowerCase().startsWith(starts[i]!.toLowerCase()))).toEqual(starts.map(() => true));
    expect(rs.criteria[2]!.label.vi).toBe('Sự tham gia, phối hợp của các ban ngành, đoàn thể, các tổ chức trên địa bàn cấp xã');
    // No source gives the per-criterion maxima: every criterion stays uncertain and asks for its maximum.
    expect(rs.criteria.every((c) => c.uncertain === true && c.question?.en.includes('how many points at most'))).toBe(true);
  });

  it('QĐ 387/QĐ-TTg is titled “Đẩy mạnh phong trào học tập suốt đời … giai đoạn 2021-2030” (Government portal via baogialai, lsu.vn, lawnet 101248)', () => {
    const qd387 = LEGAL_DOCUMENTS.find((s) => s.id === 'qd-387-ttg');
    expect(qd387?.document.title?.vi).toBe('Phê duyệt Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021-2030”');
  });

  it('TT 25/2023/TT-BGDĐT: the Minister recognises a province, for 3 years, upgrade after 12 months (MOET portal) — no longer uncertain', () => {
    const rule = listRecognitionRules().find((r) => r.id === 'learning-community-province-tt25')!;
    expect(rule.recognizingAuthority.vi).toBe('Bộ trưởng Bộ Giáo dục và Đào tạo');
    expect(rule.uncertain).toEqual(['evaluatingBody']);
  });

  it('TT 24/2023/TT-BGDĐT provincial level 2: 95 % of members as learning citizens is confirmed (lawnet.vn 24646)', () => {
    const rs = getRuleSet('learning-unit-province-tt24-2023');
    const rule = rs.outcome.classes?.find((c) => c.id === 'level-2')?.rules.find((r) => r.id === 'level-2-indicators');
    expect(rule?.uncertain).toBeUndefined();
    expect(rule?.confirmed?.ref).toBe('tt-24-2023');
    const band = rs.criteria.flatMap((c) => c.indicators).find((i) => i.id === 'effects.learning-citizens');
    expect(band?.kind === 'ratio' && band.bands.map((b) => b.atLeastPercent)).toEqual([90, 95]);
  });

  it('TT 22/2020/TT-BGDĐT learning units: 100 points (30/30/40), Tốt ≥ 85, Khá ≥ 70, Trung bình ≥ 50 (lawnet.vn 147155)', () => {
    const rs = getRuleSet('learning-unit-district-tt22-2020');
    expect(rs.criteria.map((c) => c.maxPoints)).toEqual([30, 30, 40]);
    const ids = rs.criteria.flatMap((c) => c.indicators.map((i) => i.id));
    const score = compileRuleSet(rs);
    const at = (total: number) => {
      const points: Record<string, number> = {};
      let left = total;
      for (const c of rs.criteria) for (const i of c.indicators) if (i.kind === 'judged') left -= points[i.id] = Math.min(i.maxPoints, left);
      return score({ points });
    };
    expect(ids).toHaveLength(9);
    expect([85, 84, 70, 69, 50, 49].map((t) => at(t).classification?.id ?? null)).toEqual(['good', 'fair', 'fair', 'average', 'average', null]);
    expect([at(50).recognized, at(49).recognized]).toEqual([true, false]);
  });

  it('Vĩnh Long’s provincial learning units (Báo Vĩnh Long, 6/2017; criteria-models.md §4): passed at 80 points, no classes, its own criteria unconfirmed', () => {
    const rs = getRuleSet('learning-unit-province-vinh-long-2016');
    expect([rs.jurisdiction.code, rs.validFrom, rs.outcome.classes]).toEqual(['86@2025-03-01', '2016-01-01', undefined]);
    expect(rs.outcome.rules.map((r) => [r.kind, r.kind === 'min-total' ? r.points : null, r.confirmed?.ref])).toEqual([['min-total', 80, 'vinh-long-dvht-2016']]);
    expect(unconfirmedValues(rs).map((u) => u.path)).toContain('criteria[conditions]');
    expect(unconfirmedValues(rs).some((u) => u.path.startsWith('outcome'))).toBe(false);
  });
});
