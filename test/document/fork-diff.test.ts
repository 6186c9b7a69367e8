import { describe, expect, it } from 'vitest';
import {
  diffRuleSets,
  evaluate,
  forkRuleSet,
  getRuleSet,
  LearningSocietyError,
  safeForkRuleSet,
  type ForkMeta,
} from 'vn-learning-society';

// The base: the 2021–2030 family sheet, 100 points, 80-point threshold carried over from QĐ 448/QĐ-KHVN (uncertain).
const base = getRuleSet('learning-family-khvn-2021');
const meta: ForkMeta = {
  id: 'learning-family-test-province',
  jurisdiction: { code: 'VN-TP', name: { vi: 'Tỉnh Thử', en: 'Test province' } },
};

describe('forkRuleSet', () => {
  it('changes a threshold and records what the fork was derived from', () => {
    const fork = forkRuleSet(base, { outcome: { rules: { 'min-total': { points: 85 } } } }, meta);
    expect(fork.outcome.rules[0]).toMatchObject({ id: 'min-total', points: 85 });
    expect(fork.id).toBe(meta.id);
    expect(fork.jurisdiction.code).toBe('VN-TP');
    expect(fork.derivedFrom).toEqual({ id: base.id });
    expect(fork.criteria).toEqual(base.criteria);
    const a = {
      points: { 'children.results': 10, 'children.manners': 10, 'adults.application': 10, 'adults.reading': 10, 'conditions.support': 10, 'effects.livelihood': 10, 'effects.community': 2 },
      facts: { 'children.attendance': { part: 0, whole: 0 }, 'adults.learning-citizens': { part: 1, whole: 1 }, 'conditions.bookshelf': false },
    };
    // 62 judged points + 10 (no child of compulsory age) + 10 (all adults learning citizens) + 0 (no bookshelf) = 82.
    expect(evaluate(base, a).total).toBe(82);
    expect(evaluate(base, a).recognized).toBe(true);
    expect(evaluate(fork, a).recognized).toBe(false);
  });

  it('adds an indicator (appended, its id taken from its key) and removes one', () => {
    const fork = forkRuleSet(
      base,
      {
        criteria: {
          adults: {
            indicators: {
              'adults.reading': null,
              'adults.books': { kind: 'count', label: { vi: 'Số sách', en: 'Books' }, bands: [{ atLeast: 3, points: 10 }] },
            },
          },
        },
      },
      meta,
    );
    expect(fork.criteria[1]!.indicators.map((i) => i.id)).toEqual(['adults.application', 'adults.learning-citizens', 'adults.books']);
    expect(evaluate(fork, { facts: { 'adults.books': 3 } }).criteria[1]!.points).toBe(10);
  });

  it('places a new indicator where "$order" says, and the diff reports the new order', () => {
    const fork = forkRuleSet(
      base,
      {
        criteria: {
          adults: {
            indicators: {
              'adults.books': { kind: 'count', label: { vi: 'Số sách đọc', en: 'Books read' }, bands: [{ atLeast: 3, points: 5 }] },
              'adults.reading': { maxPoints: 5 },
              $order: ['adults.books', 'adults.learning-citizens', 'adults.application', 'adults.reading'],
            },
          },
        },
      },
      meta,
    );
    expect(fork.criteria[1]!.indicators.map((i) => i.id)).toEqual(['adults.books', 'adults.learning-citizens', 'adults.application', 'adults.reading']);
    expect(diffRuleSets(base, fork).map((c) => c.kind)).toEqual(expect.arrayContaining(['added', 'changed', 'reordered']));
  });

  it('refuses an "$order" that leaves out, repeats or invents an id, or that orders a list without ids', () => {
    const order = (ids: unknown) => safeForkRuleSet(base, { criteria: { $order: ids } }, meta);
    for (const bad of [['children', 'adults', 'conditions'], ['children', 'children', 'adults', 'conditions', 'effects'], ['children', 'adults', 'conditions', 'nope'], 'children']) {
      const r = order(bad);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['criteria.$order', 'invalid_order']]);
    }
    const r = safeForkRuleSet(base, { outcome: { title: { $order: ['vi'] } } }, meta);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['outcome.title.$order', 'order_not_keyed']]);
    expect(order(['effects', 'conditions', 'adults', 'children']).success).toBe(true);
  });

  it('renames one language of a label and keeps the other', () => {
    const fork = forkRuleSet(base, { criteria: { adults: { label: { en: 'Grown-ups learning' } } } }, meta);
    expect(fork.criteria[1]!.label).toEqual({ vi: base.criteria[1]!.label.vi, en: 'Grown-ups learning' });
  });

  it('puts the fork’s own sources first and keeps the base’s after them', () => {
    const own = { id: 'qd-province', document: { kind: 'decision' as const, number: '12/QĐ-UBND', issuer: { vi: 'UBND tỉnh Thử', en: 'Test provincial People’s Committee' }, date: '2023-04-05' } };
    const fork = forkRuleSet(base, {}, { ...meta, sources: [own], validFrom: '2023-05-01' });
    expect(fork.sources.map((s) => s.id)).toEqual(['qd-province', ...base.sources.map((s) => s.id)]);
    expect(fork.validFrom).toBe('2023-05-01');
    expect(fork.validTo).toBe(base.validTo);
  });

  it('with an empty patch equals its base apart from id, jurisdiction, derivedFrom and a title naming the jurisdiction', () => {
    const fork = forkRuleSet(base, {}, meta);
    const strip = ({ id: _i, jurisdiction: _j, derivedFrom: _d, title: _t, ...rest }: typeof fork) => rest;
    expect(strip(fork)).toEqual(strip(base));
    expect(fork.title.vi).toBe(`${base.title.vi} — ${meta.jurisdiction.name.vi}`);
    expect(forkRuleSet(base, {}, { ...meta, title: { vi: 'Riêng', en: 'Own' } }).title.vi).toBe('Riêng');
  });

  it('setting a value makes it the fork’s own: an uncertain threshold the patch sets is no longer uncertain', () => {
    const uncertainBase = forkRuleSet(base, { outcome: { rules: { 'min-total': { uncertain: true } } } }, meta);
    expect(uncertainBase.outcome.rules[0]!.uncertain).toBe(true);
    const own = forkRuleSet(uncertainBase, { outcome: { rules: { 'min-total': { points: 85 } } } }, meta);
    expect(own.outcome.rules[0]).toMatchObject({ points: 85 });
    expect(own.outcome.rules[0]!.uncertain).toBeUndefined();
    // …unless the patch keeps the mark, or sets nothing of the rule itself.
    expect(forkRuleSet(uncertainBase, { outcome: { rules: { 'min-total': { points: 85, uncertain: true } } } }, meta).outcome.rules[0]!.uncertain).toBe(true);
    expect(forkRuleSet(uncertainBase, { outcome: { rules: { 'min-total': { label: { en: 'Minimum' } } } } }, meta).outcome.rules[0]!.uncertain).toBe(true);
  });

  it('the diff from the national rule set lists what the province changed, not the provenance the library records', () => {
    const fork = forkRuleSet(base, { outcome: { rules: { 'min-total': { points: 85 } } } }, meta);
    const paths = diffRuleSets(base, fork).map((c) => c.path);
    expect(paths).toContain('outcome.rules[min-total].points');
    expect(paths.filter((p) => p.startsWith('derivedFrom'))).toEqual([]);
  });

  it('accepts a patch as JSON text', () => {
    expect(forkRuleSet(base, '{"outcome":{"rules":{"min-total":{"points":90}}}}', meta).outcome.rules[0]).toMatchObject({ points: 90 });
  });

  it('refuses a patch that would give an invalid rule set, with the path of each problem', () => {
    const r = safeForkRuleSet(base, { criteria: { children: { indicators: { 'children.results': { maxPoints: 20 } } } } }, meta);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.code).toBe('invalid_rule_set');
    expect(r.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([
        ['criteria.children.maxPoints', 'max_mismatch'], // by id, as the patch addresses it
        ['maxTotal', 'max_mismatch'],
      ]),
    );
  });

  it('refuses an unreachable threshold and an indicator of an unknown kind', () => {
    expect(safeForkRuleSet(base, { outcome: { rules: { 'min-total': { points: 101 } } } }, meta)).toMatchObject({ success: false, error: { code: 'invalid_rule_set' } });
    expect(safeForkRuleSet(base, { criteria: { adults: { indicators: { 'adults.x': { kind: 'magic', label: { vi: 'x', en: 'x' } } } } } }, meta)).toMatchObject({ success: false });
  });

  it('refuses to remove an element that does not exist, and a new element whose id differs from its key', () => {
    const r1 = safeForkRuleSet(base, { criteria: { ghosts: null } }, meta);
    expect(r1).toMatchObject({ success: false, error: { code: 'invalid_patch', issues: [{ path: ['criteria', 'ghosts'], code: 'unknown_id' }] } });
    const r2 = safeForkRuleSet(base, { criteria: { extra: { id: 'other', label: { vi: 'x', en: 'x' }, indicators: [] } } }, meta);
    expect(r2).toMatchObject({ success: false, error: { code: 'invalid_patch', issues: [{ code: 'id_mismatch' }] } });
  });

  it('refuses a patch that sets id, jurisdiction, derivedFrom or schemaVersion (those come from meta)', () => {
    const r = safeForkRuleSet(base, { id: 'sneaky', derivedFrom: null }, meta);
    expect(r).toMatchObject({ success: false, error: { code: 'invalid_patch' } });
    if (!r.success) expect(r.error.issues.map((i) => i.path[0])).toEqual(['id', 'derivedFrom']);
  });

  it('refuses invalid metadata with paths under meta', () => {
    const r = safeForkRuleSet(base, {}, { ...meta, jurisdiction: { code: 'Hà Nội', name: { vi: 'Hà Nội', en: 'Ha Noi' } } });
    expect(r).toMatchObject({ success: false, error: { code: 'invalid_patch', issues: [{ path: ['meta', 'jurisdiction', 'code'] }] } });
  });

  it('cannot pollute prototypes from untrusted JSON', () => {
    for (const json of [
      '{"__proto__": {"polluted": true}}',
      '{"outcome": {"__proto__": {"polluted": true}}}',
      '{"criteria": {"children": {"constructor": {"prototype": {"polluted": true}}}}}',
    ]) {
      const r = safeForkRuleSet(base, json, meta);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.code).toBe('untrusted_input');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify(base);
    const patch = { outcome: { rules: { 'min-total': { points: 85 } } } };
    forkRuleSet(base, patch, meta);
    expect(JSON.stringify(base)).toBe(before);
    expect(patch).toEqual({ outcome: { rules: { 'min-total': { points: 85 } } } });
  });
});

describe('diffRuleSets', () => {
  it('lists nothing for identical rule sets', () => {
    expect(diffRuleSets(base, getRuleSet(base.id))).toEqual([]);
  });

  it('describes each change in plain words, matching elements by id and naming them by label', () => {
    const fork = forkRuleSet(
      base,
      {
        criteria: {
          adults: { label: { en: 'Grown-ups learning' }, indicators: { 'adults.reading': { maxPoints: 5 }, 'adults.books': { kind: 'count', label: { vi: 'Số sách', en: 'Books' }, bands: [{ atLeast: 3, points: 5 }] } } },
          effects: { indicators: { 'effects.community': null, 'effects.civic': { kind: 'judged', label: { vi: 'Công dân', en: 'Civic' }, maxPoints: 10 } } },
        },
        outcome: { rules: { 'min-total': { points: 85 } } },
      },
      meta,
    );
    const changes = diffRuleSets(base, fork);
    const byPath = Object.fromEntries(changes.map((c) => [c.path, c]));
    expect(byPath['criteria[adults].indicators[adults.reading].maxPoints']).toMatchObject({ kind: 'changed', before: 10, after: 5 });
    expect(byPath['criteria[adults].indicators[adults.reading].maxPoints']!.message.en).toBe(
      "Criterion “Grown-ups learning” › Indicator “Read books and newspapers and seek information to learn” › Maximum points: 10 → 5",
    );
    expect(byPath['criteria[adults].indicators[adults.reading].maxPoints']!.message.vi).toBe(
      'Tiêu chí “Học tập của người lớn trong gia đình” › Chỉ báo “Đọc sách, báo, tìm hiểu thông tin phục vụ học tập” › Điểm tối đa: 10 → 5',
    );
    expect(byPath['criteria[adults].indicators[adults.books]']).toMatchObject({ kind: 'added' });
    expect(byPath['criteria[effects].indicators[effects.community]']).toMatchObject({ kind: 'removed' });
    expect(byPath['criteria[adults].label.en']!.message.en).toBe("Criterion “Grown-ups learning” › Label › English: Adults' learning in the family → Grown-ups learning");
    expect(byPath['outcome.rules[min-total].points']!.message.vi).toBe('Kết quả › Điều kiện “Tổng điểm tối thiểu để được công nhận” › Điểm: 80 → 85');
    expect(byPath.id).toMatchObject({ before: base.id, after: meta.id });
  });

  it('reports a reordering of the same elements', () => {
    const swapped = structuredClone(base);
    swapped.criteria.reverse();
    const changes = diffRuleSets(base, swapped);
    expect(changes).toEqual([expect.objectContaining({ kind: 'reordered', path: 'criteria', after: ['effects', 'conditions', 'adults', 'children'] })]);
  });

  it('compares bands item by item', () => {
    const fork = forkRuleSet(base, { criteria: { adults: { indicators: { 'adults.learning-citizens': { bands: [{ atLeastPercent: 50, points: 5 }, { atLeastPercent: 90, points: 10 }] } } } } }, meta);
    const change = diffRuleSets(base, fork).find((c) => c.path.includes('bands'))!;
    expect(change).toMatchObject({ path: 'criteria[adults].indicators[adults.learning-citizens].bands[1].atLeastPercent', before: 100, after: 90 });
    expect(change.message.en).toContain('Bands › Item 2 › From percentage: 100 → 90');
  });
});

describe('LearningSocietyError', () => {
  it('is thrown, not returned, by forkRuleSet', () => {
    expect(() => forkRuleSet(base, '[1]', meta)).toThrowError(LearningSocietyError);
  });
});

describe('fork errors point the way the patch was written', () => {
  const base = getRuleSet('learning-family-khvn-2015');
  const meta = { id: 'learning-family-x', jurisdiction: { code: 'VN-45', name: { vi: 'Tỉnh Đồng Tháp', en: 'Dong Thap' } } };

  it('a misspelt criterion key is named as such, with the id meant, before the problems it causes', () => {
    const r = safeForkRuleSet(base, { criteria: { condtions: { maxPoints: 20 } } }, meta);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0]).toMatchObject({ path: ['criteria', 'condtions'], code: 'unknown_id' });
    expect(r.error.issues[0]!.message.en).toBe('the base has no criterion "condtions"; did you mean "conditions"? (a new criterion must have all its fields)');
    expect(r.error.issues[0]!.message.vi).toBe('bản gốc không có tiêu chí "condtions"; có phải ý bạn là "conditions"? (một tiêu chí mới phải có đủ các trường)');
    // The fields it lacks, in Vietnamese a clerk reads (not zod's "mong đợi object").
    expect(r.error.issues.map((i) => i.message.vi)).toContain('thiếu trường bắt buộc (cần một đối tượng { … })');
    expect(r.error.describe('vi')).not.toContain('mong đợi');
  });

  it('a misspelt indicator inside a criterion, too', () => {
    const r = safeForkRuleSet(base, { criteria: { conditions: { indicators: { 'conditions.bookshlf': { maxPoints: 5 } } } } }, meta);
    expect(r.success ? undefined : r.error.issues[0]?.message.en).toContain('did you mean "conditions.bookshelf"?');
  });

  it('a complete new element is not taken for a typo', () => {
    const r = safeForkRuleSet(getRuleSet('learning-clan-khvn-2021'), { outcome: { rules: { r: { kind: 'min-criterion', criterion: 'famlies', percent: 70 } } } }, meta);
    expect(r.success ? [] : r.error.issues.map((i) => [i.path, i.code])).toEqual([[['outcome', 'rules', 'r', 'criterion'], 'unknown_criterion']]);
  });

  it('paths after a patch use ids, as patches and diffs do', () => {
    const r = safeForkRuleSet(base, { outcome: { rules: { 'min-total': { points: 'x' } } } }, meta);
    expect(r.success ? undefined : r.error.issues[0]?.path).toEqual(['outcome', 'rules', 'min-total', 'points']);
  });
});
