import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueModules, GENERATED_DIRS, GENERATED_HEADER, readDataTree } from '../../scripts/lib/catalogue-modules.mjs';
import { formatJson } from '../../scripts/lib/json-format.mjs';

// The data tree is the catalogue (issue 25): the modules of src/ that list and import the files of data/ are written
// from the tree by `npm run data:catalogue`. A change to data/ must be written out, or this fails; and a rule set
// added as a file alone, with the script run, is listed, chosen by date and loaded on demand.
const root = fileURLToPath(new URL('../../', import.meta.url));
const tree = readDataTree(join(root, 'data'));
const modules = catalogueModules(tree);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));

/** A rule set no release ships: a fork of the 2021–2030 family criteria for 2031–2035, citing Nghị quyết 71-NQ/TW. */
const THROWAWAY_ID = 'learning-family-test-2031';
const throwaway = (sources: unknown[] = [{ ref: 'nq-71-tw-2025' }]) => ({
  $schema: '../schemas/rule-set-fork.schema.json',
  base: 'learning-family-khvn-2021',
  meta: {
    id: THROWAWAY_ID,
    jurisdiction: { code: 'VN', name: { vi: 'Toàn quốc', en: 'Vietnam (national)' } },
    title: { vi: 'Gia đình học tập 2031–2035 (thử)', en: 'Learning family 2031–2035 (a test)' },
    sources,
    validFrom: '2031-01-01',
    validTo: '2035-12-31',
  },
  patch: { outcome: { rules: { 'min-total': { points: 85 } } } },
});
const withFile = (path: string, json: unknown) => ({ ...tree, [path]: json });

describe('the modules generated from data/ (npm run data:catalogue)', () => {
  it('are up to date, and nothing else sits in their folders', () => {
    const stale = [...modules].filter(([path, text]) => {
      try {
        return readFileSync(join(root, path), 'utf8') !== text;
      } catch {
        return true;
      }
    }).map(([path]) => path);
    expect(stale).toEqual([]);
    const present = GENERATED_DIRS.flatMap((d) => filesUnder(join(root, d))).map((f) => relative(root, f).split(sep).join('/')).sort();
    expect(present).toEqual([...modules.keys()].sort());
  });

  it('are one per kind of document, one chunk per rule set, each saying it is generated', () => {
    const ruleSets = Object.keys(tree).filter((p) => p.startsWith('rule-sets/'));
    expect(ruleSets).toHaveLength(19);
    expect([...modules.keys()].filter((p) => !p.includes('/chunks/'))).toEqual([
      'src/catalogue/generated/legal-sources.ts',
      'src/catalogue/generated/plans.ts',
      'src/catalogue/generated/recognition.ts',
      'src/catalogue/generated/rule-set-chunks.ts',
      'src/catalogue/generated/rule-set-periods.ts',
      'src/catalogue/generated/rule-sets.ts',
      'src/catalogue/generated/targets.ts',
      'src/catalogue/generated/yearbooks.ts',
      'src/document/place/generated/codes.ts',
    ]);
    expect(modules.size).toBe(9 + 19);
    for (const [path, text] of modules) expect(text.startsWith(GENERATED_HEADER), path).toBe(true);
    // Deterministic: the same tree, the same text.
    expect(catalogueModules(readDataTree(join(root, 'data')))).toEqual(modules);
  });

  it('wire each document to the register entries its file cites, read from the file', () => {
    const ruleSets = modules.get('src/catalogue/generated/rule-sets.ts')!;
    // QĐ 448/QĐ-KHVN, Mục A and CV 6782/BGDĐT: the sources of data/rule-sets/learning-family-khvn-2015.json.
    expect(ruleSets).toContain('export const RULE_SET_LEARNING_FAMILY_KHVN_2015: RuleSet = /* @__PURE__ */ shipped<RuleSet>(learningFamilyKhvn2015File, [QD_448_KHVN, CV_6782_BGDDT]);');
    expect(ruleSets).toContain('export const RULE_SET_LEARNING_UNIT_PROVINCE_VINH_LONG_2016: RuleSet = /* @__PURE__ */ shippedFork(learningUnitProvinceVinhLong2016File, RULE_SET_LEARNING_UNIT_PROVINCE_TT22_2020, RULE_SET_KEYED_FIELDS, [VINH_LONG_DVHT_2016]);');
    expect(modules.get('src/catalogue/generated/targets.ts')).toContain('shipped<TargetTable>(targetsDongThap2030File, [KH_DONG_THAP_2030, QD_387_TTG])');
    expect(modules.get('src/document/place/generated/codes.ts')).toContain("'2025-07-01': '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96',");
  });
});

describe('the generator refuses a tree it cannot list, naming the file', () => {
  it('an unknown source id: one error, with the file and the id', () => {
    const file = `rule-sets/${THROWAWAY_ID}.json`;
    expect(() => catalogueModules(withFile(file, throwaway([{ ref: 'qd-387-ttg' }, { ref: 'qd-999-ttg', article: 'Điều 1' }])))).toThrow(
      'data/rule-sets/learning-family-test-2031.json: cites "qd-999-ttg", which is not in the register of legal sources (data/legal-sources/) / trích dẫn "qd-999-ttg", không có trong danh mục căn cứ (data/legal-sources/)',
    );
    const table = structuredClone(tree['targets/targets-hcmc-2023.json']) as { sources: { ref: string }[] };
    table.sources = [{ ref: 'kh-59-sgddt' }];
    expect(() => catalogueModules(withFile('targets/targets-hcmc-2023.json', table))).toThrow('data/targets/targets-hcmc-2023.json: cites "kh-59-sgddt", which is not in the register');
  });

  it('a base that is not shipped, forks in a loop, a file not named by its id', () => {
    const orphan = { ...throwaway(), base: 'learning-family-khvn-2035' };
    expect(() => catalogueModules(withFile(`rule-sets/${THROWAWAY_ID}.json`, orphan))).toThrow('data/rule-sets/learning-family-test-2031.json: its base "learning-family-khvn-2035" is not in data/rule-sets/');
    const a = { ...throwaway(), base: 'learning-family-test-2032' };
    const b = { ...throwaway(), base: THROWAWAY_ID, meta: { ...throwaway().meta, id: 'learning-family-test-2032' } };
    expect(() => catalogueModules({ ...withFile(`rule-sets/${THROWAWAY_ID}.json`, a), 'rule-sets/learning-family-test-2032.json': b })).toThrow(
      'forks in a loop: learning-family-test-2031 → learning-family-test-2032 → learning-family-test-2031',
    );
    expect(() => catalogueModules(withFile('rule-sets/learning-family-test.json', throwaway()))).toThrow('data/rule-sets/learning-family-test.json: a file is named by its id: rule-sets/learning-family-test-2031.json');
  });
});

describe('a rule set added as a file alone (issue 25)', () => {
  const added = catalogueModules(withFile(`rule-sets/${THROWAWAY_ID}.json`, throwaway()));

  it('changes only the rule-set modules, and adds its chunk', () => {
    const changed = [...added].filter(([path, text]) => modules.get(path) !== text).map(([path]) => path);
    expect(changed).toEqual([
      'src/catalogue/generated/chunks/learning-family-test-2031.ts',
      'src/catalogue/generated/rule-set-chunks.ts',
      'src/catalogue/generated/rule-set-periods.ts',
      'src/catalogue/generated/rule-sets.ts',
    ]);
    expect(added.get('src/catalogue/generated/rule-set-periods.ts')).toContain(
      "  { id: 'learning-family-test-2031', model: 'learning-family', jurisdiction: { code: 'VN' }, validFrom: '2031-01-01', validTo: '2035-12-31' },\n] as const;",
    );
    expect(added.get('src/catalogue/generated/rule-set-chunks.ts')).toContain("  ['learning-family-test-2031', () => import('./chunks/learning-family-test-2031.js')],\n]);");
    expect(added.get('src/catalogue/generated/chunks/learning-family-test-2031.ts')).toBe(`${GENERATED_HEADER}import type { RuleSetChunk } from '../../rule-sets/chunk.js';
import { chunk as base } from './learning-family-khvn-2021.js';
import file from '../../../../data/rule-sets/learning-family-test-2031.json' with { type: 'json' };
import nq71Tw2025 from '../../../../data/legal-sources/nq-71-tw-2025.json' with { type: 'json' };

/**
 * For \`loadRuleSet\`: the file of \`learning-family-test-2031\` and the register entries it cites,
 * with the chunk of the rule set it forks.
 */
export const chunk: RuleSetChunk = { file, sources: [nq71Tw2025], base };
`);
  });

  // The proof in a copy of src/ and data/: the file, the script, and nothing else.
  const copy = mkdtempSync(join(tmpdir(), 'vnls-catalogue-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('is listed, chosen by date, looked up, read as a file and loaded on demand, with no other edit', async () => {
    cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
    cpSync(join(root, 'data'), join(copy, 'data'), { recursive: true, filter: (f) => !f.includes(`${sep}units${sep}`) });
    writeFileSync(join(copy, 'data', 'rule-sets', `${THROWAWAY_ID}.json`), formatJson(throwaway()));
    // npm run data:catalogue, in the copy.
    for (const [path, text] of catalogueModules(readDataTree(join(copy, 'data')))) {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      writeFileSync(join(copy, path), text);
    }
    type Core = typeof import('vn-learning-society');
    const lib = (await import(join(copy, 'src', 'index.ts'))) as Core;
    expect(lib.BUILT_IN_RULE_SET_IDS).toHaveLength(20);
    expect(lib.BUILT_IN_RULE_SET_IDS.at(-1)).toBe(THROWAWAY_ID);
    const ruleSet = lib.getRuleSet(THROWAWAY_ID);
    expect(ruleSet.derivedFrom?.id).toBe('learning-family-khvn-2021');
    expect(ruleSet.sources.map((s) => s.id)).toEqual(['nq-71-tw-2025', 'khvn-criteria-2021', 'qd-387-ttg', 'qd-677-ttg', 'qd-448-khvn', 'cv-6782-bgddt']);
    expect(ruleSet.outcome.rules.find((r) => r.id === 'min-total')).toMatchObject({ points: 85 });
    expect(lib.ruleSetFor('learning-family', '2031-06-01').id).toBe(THROWAWAY_ID);
    expect(lib.ruleSetIdFor('learning-family', '2031-06-01')).toBe(THROWAWAY_ID);
    expect(lib.ruleSetIdFor('learning-family', '2030-06-01')).toBe('learning-family-khvn-2021');
    expect(lib.listRuleSets({ model: 'learning-family' }).map((r) => r.id)).toEqual(['learning-family-khvn-2015', 'learning-family-khvn-2021', THROWAWAY_ID]);
    expect(lib.parseRuleSetFile(readFileSync(join(copy, 'data', 'rule-sets', `${THROWAWAY_ID}.json`), 'utf8'))).toEqual(ruleSet);
    const onDemand = (await import(join(copy, 'src', 'rule-sets', 'index.ts'))) as typeof import('vn-learning-society/rule-sets');
    expect(await onDemand.loadRuleSet(THROWAWAY_ID)).toEqual(ruleSet);
  }, 60_000);
});
