import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, getRuleSet } from 'vn-learning-society';
import { docsPages } from '../../scripts/lib/docs-pages.js';

// The pages generated from data/ (npm run docs:pages): the sources page and one page per rule set, in English and
// Vietnamese. A change to data/ must be written out, or this fails.
const root = new URL('../../', import.meta.url);
const pages = docsPages();

describe('pages generated from data/', () => {
  it('are up to date (run npm run docs:pages after changing data/)', () => {
    const stale = [...pages].filter(([path, text]) => !existsSync(new URL(path, root)) || readFileSync(new URL(path, root), 'utf8') !== text).map(([p]) => p);
    expect(stale).toEqual([]);
  });

  it('give every shipped rule set a page in each language, and nothing else sits beside them', () => {
    for (const lang of ['en', 'vi']) {
      const expected = [...BUILT_IN_RULE_SET_IDS.map((id) => `${id}.md`), 'README.md'].sort();
      expect(readdirSync(new URL(`docs/${lang}/rule-sets/`, root)).sort()).toEqual(expected);
    }
    expect(pages.size).toBe(2 + 2 * (BUILT_IN_RULE_SET_IDS.length + 1));
  });

  it('show a rule set’s criteria, points, thresholds, sources and uncertain values as the data says', () => {
    // QĐ 448/QĐ-KHVN, Mục A: four criteria, 100 points; the 80-point threshold is marked uncertain in data/.
    const en = pages.get('docs/en/rule-sets/learning-family-khvn-2015.md')!;
    const vi = pages.get('docs/vi/rule-sets/learning-family-khvn-2015.md')!;
    const family = getRuleSet('learning-family-khvn-2015');
    for (const c of family.criteria) {
      expect(en).toContain(c.label.en);
      expect(vi).toContain(c.label.vi);
    }
    expect(en).toContain('Maximum total: **100**');
    expect(vi).toContain('Tổng điểm tối đa: **100**');
    expect(en).toContain('A total of at least 80 points ⚠ (`min-total`)');
    expect(vi).toContain('Tổng điểm ít nhất 80 ⚠ (`min-total`)');
    expect(en).toContain('Decision No. 448/QĐ-KHVN of 01/12/2015');
    expect(vi).toContain('Quyết định số 448/QĐ-KHVN ngày 01/12/2015');
    // A fork's page names its base and lists what it changes.
    const district = pages.get('docs/en/rule-sets/learning-community-district-tt25-2023.md')!;
    expect(district).toContain('A fork of: [`learning-community-commune-tt25-2023`]');
    expect(district).toContain('## Changes from the base');
  });

  it('the sources page lists every register entry and every rule set with its uncertain values', () => {
    const en = pages.get('docs/sources.md')!;
    expect(en).toContain('| `qd-448-khvn` |');
    expect(en).toContain('| `khvn-criteria-2021` |');
    for (const id of BUILT_IN_RULE_SET_IDS) expect(en).toContain(`(en/rule-sets/${id}.md)`);
    expect(pages.get('docs/vi/sources.md')).toContain('Giá trị chưa chắc chắn');
  });
});
