import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRuleSet, LEGAL_DOCUMENTS, parseRuleSetFile, safeParseRuleSetFile, type LegalSource, type RuleSet } from 'vn-learning-society';
import { memoryIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { runInMemory as run } from '../helpers/cli.js';

// One data format: a file of data/ — and a fork file a province writes with `fork` — is the same document for the
// JSON Schema it links, for the public loader (parseRuleSetFile) and for the command line.

const dataDir = new URL('../../data/', import.meta.url);
type Json = Record<string, unknown>;
const ruleSetFiles = readdirSync(new URL('rule-sets/', dataDir)).filter((f) => f.endsWith('.json')).map((f) => `data/rule-sets/${f}`);
const textOf = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const schemaOf = (name: string) => ajv.compile(JSON.parse(readFileSync(new URL(`schemas/${name}`, dataDir), 'utf8')) as Json);
const validateRuleSet = schemaOf('rule-set.schema.json');
const validateFork = schemaOf('rule-set-fork.schema.json');

describe('a shipped rule-set file is a rule set for the public API and the command line, as it is', () => {
  it('every file is valid against its $schema, and loads through parseRuleSetFile and `rulesets show`', async () => {
    for (const f of ruleSetFiles) {
      const text = textOf(f);
      const json = JSON.parse(text) as Json;
      const validate = json.base === undefined ? validateRuleSet : validateFork;
      expect(validate(json) ? [] : validate.errors, f).toEqual([]);
      const id = ((json.meta as Json | undefined)?.id ?? json.id) as string;
      expect(parseRuleSetFile(text), f).toEqual(getRuleSet(id));
      const shown = await run(['-f', 'json', 'rulesets', 'show', f], { [f]: text });
      expect(shown.err, f).toBe('');
      expect(shown.code, f).toBe(0);
      expect(JSON.parse(shown.out), f).toEqual(JSON.parse(JSON.stringify(getRuleSet(id))));
    }
  });

  it('the shipped files cite their sources one way: by reference to the register, never whole', () => {
    for (const f of ruleSetFiles) {
      const json = JSON.parse(textOf(f)) as Json;
      for (const list of [json.sources, (json.meta as Json | undefined)?.sources]) {
        for (const s of (list ?? []) as Json[]) expect(Object.keys(s).sort(), f).toEqual(s.article === undefined ? ['ref'] : ['article', 'ref']);
      }
    }
  });

  it('`evaluate -r data/rule-sets/learning-family-khvn-2021.json` scores as the shipped id does', async () => {
    const f = 'data/rule-sets/learning-family-khvn-2021.json';
    const assessments = JSON.stringify([{ id: 'ho-1', points: { 'children.results': 10 }, facts: { 'conditions.bookshelf': true } }]);
    const byFile = await run(['-f', 'json', 'evaluate', '-r', f, '-i', 'a.json'], { [f]: textOf(f), 'a.json': assessments });
    const byId = await run(['-f', 'json', 'evaluate', '-r', 'learning-family-khvn-2021', '-i', 'a.json'], { 'a.json': assessments });
    expect(byFile.err).toBe(byId.err);
    expect(byFile.code).toBe(byId.code);
    expect(byFile.out).toBe(byId.out);
    expect(byFile.code).toBe(0);
    expect(JSON.parse(byFile.out)[0]).toMatchObject({ id: 'ho-1', model: 'learning-family', total: 20 });
    expect(byFile.err).toContain('learning-family-khvn-2021');
  });

  it('a fork file of a fork file (the base a path) loads, and a chain in a loop is refused', async () => {
    const province = JSON.stringify({ base: 'data/rule-sets/learning-family-khvn-2021.json', meta: { id: 'learning-family-x', jurisdiction: { code: 'VN-45', name: { vi: 'X', en: 'X' } } }, patch: {} });
    const f = 'data/rule-sets/learning-family-khvn-2021.json';
    const shown = await run(['-f', 'json', 'rulesets', 'show', 'p.json'], { 'p.json': province, [f]: textOf(f) });
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.out) as RuleSet).derivedFrom?.id).toBe('learning-family-khvn-2021');
    const loop = await run(['rulesets', 'show', 'a.json'], { 'a.json': JSON.stringify({ base: 'a.json', meta: { id: 'a', jurisdiction: { code: 'VN', name: { vi: 'A', en: 'A' } } }, patch: {} }) });
    expect(loop.code).toBe(2);
  });
});

describe('a shipped target-table file is read by `progress -t` as it is', () => {
  it('every file of data/targets/ gives what its shipped id gives', async () => {
    const counts = JSON.stringify({ 'learning-families': { part: 6_000, whole: 10_430 } });
    let read = 0;
    for (const name of readdirSync(new URL('targets/', dataDir)).filter((f) => f.endsWith('.json'))) {
      const f = `data/targets/${name}`;
      const json = JSON.parse(textOf(f)) as Json;
      const args = (t: string) => ['-f', 'json', 'progress', '-c', 'c.json', '-t', t, '-j', (json.jurisdiction as { code: string }).code, '-y', '2025'];
      const byFile = await run(args(f), { 'c.json': counts, [f]: textOf(f) });
      const byId = await run(args(json.id as string), { 'c.json': counts });
      expect(byFile.code, f).toBe(byId.code);
      expect(byFile.out, f).toBe(byId.out);
      if (byFile.code === 0) read += 1;
    }
    expect(read).toBeGreaterThan(3);
  });
});

describe('`vn-learning-society test` reads a rule-set file as the loader does', () => {
  it('a case file naming a shipped fork file (its $schema line, its references) and a province fork of it', async () => {
    const f = 'learning-family-khvn-2021.json';
    const cases = `ruleSet: ${f}\ncases:\n  - name: empty\n    assessment: {}\n    expect: { recognized: false }\n`;
    const shipped = await run(['-l', 'en', 'test', 'c.yaml'], { 'c.yaml': cases, [f]: textOf(`data/rule-sets/${f}`) });
    expect(shipped.err).toBe('');
    expect(shipped.code).toBe(0);
    const province = JSON.stringify({ $schema: './node_modules/vn-learning-society/data/schemas/rule-set-fork.schema.json', base: f, meta: { id: 'learning-family-x', jurisdiction: { code: 'VN-45', name: { vi: 'X', en: 'X' } }, sources: [{ ref: 'kh-dong-thap-2030' }] }, patch: {} });
    const forked = await run(['-l', 'en', 'test', 'c.yaml'], { 'c.yaml': cases.replace(f, 'p.json'), 'p.json': province, [f]: textOf(`data/rule-sets/${f}`) });
    expect(forked.err).toBe('');
    expect(forked.code).toBe(0);
  });
});

describe('the fork file `fork` writes', () => {
  async function written(): Promise<{ text: string; json: Json }> {
    const io = memoryIo();
    expect(await runCli(['-o', 'fork.json', 'fork', 'learning-family-khvn-2021', '--id', 'learning-family-vn-45-2021', '--jurisdiction', 'VN-45', '--name', 'Đồng Tháp'], io)).toBe(0);
    const text = io.written()['fork.json']!;
    return { text, json: JSON.parse(text) as Json };
  }

  it('is valid against the $schema it links, and `rulesets show` reads it (also with sources by reference)', async () => {
    const { text, json } = await written();
    expect(json.$schema).toBe('./node_modules/vn-learning-society/data/schemas/rule-set-fork.schema.json');
    expect(validateFork(json) ? [] : validateFork.errors).toEqual([]);
    const shown = await run(['-f', 'json', 'rulesets', 'show', 'fork.json'], { 'fork.json': text });
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.out) as RuleSet).id).toBe('learning-family-vn-45-2021');
    // The province cites the register by reference, and its own decision whole: both as the schema describes them.
    const own: LegalSource = { id: 'qd-dong-thap-2025', document: { kind: 'decision', issuer: { vi: 'UBND tỉnh Đồng Tháp', en: 'Đồng Tháp People’s Committee' } } };
    const cited = { ...json, meta: { ...(json.meta as Json), sources: [own, { ref: 'kh-dong-thap-2030', article: 'Mục II' }] } };
    expect(validateFork(cited) ? [] : validateFork.errors).toEqual([]);
    const r = await run(['-f', 'json', 'rulesets', 'show', 'fork.json'], { 'fork.json': JSON.stringify(cited) });
    expect(r.err).toBe('');
    const rs = JSON.parse(r.out) as RuleSet;
    expect(rs.sources.slice(0, 2)).toEqual([own, { ...LEGAL_DOCUMENTS.find((d) => d.id === 'kh-dong-thap-2030'), article: 'Mục II' }]);
  });

  it('the example fork files of examples/data/ are valid against the schema and load', async () => {
    for (const f of ['examples/data/ben-tre-clan-fork.json', 'examples/data/dong-thap-family-fork.json']) {
      const text = textOf(f);
      expect(validateFork(JSON.parse(text)) ? [] : validateFork.errors, f).toEqual([]);
      expect(parseRuleSetFile(text).derivedFrom?.id, f).toBeDefined();
      expect((await run(['rulesets', 'show', f], { [f]: text })).code, f).toBe(0);
    }
  });

  it('an unknown reference is refused by the schema, the loader (naming the near id) and the command line', async () => {
    const { json } = await written();
    const bad = { ...json, meta: { ...(json.meta as Json), sources: [{ ref: 'kh-dong-thap-203' }] } };
    expect(validateFork(bad)).toBe(false);
    const r = safeParseRuleSetFile(bad);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues[0]).toMatchObject({ path: ['meta', 'sources', 0, 'ref'], code: 'unknown_source' });
      expect(r.error.issues[0]!.message.en).toContain('did you mean "kh-dong-thap-2030"');
    }
    const cli = await run(['--lang', 'en', 'rulesets', 'show', 'fork.json'], { 'fork.json': JSON.stringify(bad) });
    expect(cli.code).toBe(2);
    expect(cli.err).toContain('kh-dong-thap-203');
  });

  it('a document the base already cites is refused as a second source of the same id (a check across the base, which a schema cannot see)', () => {
    const r = safeParseRuleSetFile({ base: 'learning-family-khvn-2021', meta: { id: 'learning-family-x', jurisdiction: { code: 'VN-45', name: { vi: 'X', en: 'X' } }, sources: [{ ref: 'qd-387-ttg' }] }, patch: {} });
    expect(r.success).toBe(false);
    expect(validateFork({ base: 'learning-family-khvn-2021', meta: { id: 'learning-family-x', jurisdiction: { code: 'VN-45', name: { vi: 'X', en: 'X' } }, sources: [{ ref: 'qd-387-ttg' }] }, patch: {} })).toBe(true);
  });

  // The agreement: a fork file mutated — a value of the wrong type, an unknown key, a key left out, a reference the
  // register does not hold — is refused by both the JSON Schema and the command line, or accepted by both.
  it('the schema it links and the command line accept and refuse the same mutated fork files', async () => {
    const { json } = await written();
    const start: Json = { ...json, meta: { ...(json.meta as Json), validFrom: '2025-01-01', sources: [{ ref: 'kh-dong-thap-2030', article: 'Mục II' }, { id: 'qd-dong-thap-2025', document: { kind: 'decision', issuer: { vi: 'UBND tỉnh', en: 'Province' } } }] } };
    type Path = (string | number)[];
    const paths: Path[] = [
      [], ['meta'], ['meta', 'jurisdiction'], ['meta', 'jurisdiction', 'name'], ['meta', 'title'], ['meta', 'note'],
      ['meta', 'sources', 0], ['meta', 'sources', 1], ['meta', 'sources', 1, 'document'], ['patch'],
    ];
    const leaves: Path[] = [
      ['$schema'], ['base'], ['meta'], ['patch'], ['cases'], ['meta', 'id'], ['meta', 'jurisdiction'], ['meta', 'jurisdiction', 'code'],
      ['meta', 'jurisdiction', 'name'], ['meta', 'jurisdiction', 'name', 'vi'], ['meta', 'title'], ['meta', 'title', 'en'],
      ['meta', 'validFrom'], ['meta', 'validTo'], ['meta', 'note'], ['meta', 'sources'], ['meta', 'sources', 0], ['meta', 'sources', 0, 'ref'],
      ['meta', 'sources', 0, 'article'], ['meta', 'sources', 1, 'id'], ['meta', 'sources', 1, 'document', 'kind'], ['meta', 'sources', 1, 'document', 'issuer'],
    ];
    const values: unknown[] = [
      null, 0, 1.5, -1, true, '', 'x', 'VN-45', '2026-01-01', [], {}, { vi: 'Một', en: 'One' }, { vi: 'Một' },
      'qd-281-ttg', 'qd-281-tgg', { ref: 'qd-1373-ttg' }, { ref: 'qd-999-x' }, { ref: 'qd-1373-ttg', id: 'x' }, { ref: 1 },
      [{ ref: 'qd-281-ttg', article: 'Điều 1' }], [{ ref: 'no-such-document' }], 'learning-family-khvn-2015', 'decision', [{ name: 'một ca', assessment: {}, expect: { recognized: false } }], [1],
    ];
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('set' as const), at: fc.constantFrom(...leaves), value: fc.constantFrom(...values) }),
      fc.record({ op: fc.constant('delete' as const), at: fc.constantFrom(...leaves) }),
      fc.record({ op: fc.constant('add' as const), at: fc.constantFrom(...paths), key: fc.constantFrom('extra', 'sources', 'id', 'derivedFrom', 'cases') }),
    );
    const apply = (doc: Json, m: { op: 'set' | 'delete' | 'add'; at: Path; value?: unknown; key?: string }): Json => {
      const out = structuredClone(doc);
      const path = m.op === 'add' ? [...m.at, m.key!] : m.at;
      let node: unknown = out;
      for (const k of path.slice(0, -1)) {
        if (typeof node !== 'object' || node === null) return out;
        node = (node as Record<string | number, unknown>)[k];
      }
      if (typeof node !== 'object' || node === null) return out;
      const last = path.at(-1)!;
      if (m.op === 'delete') {
        if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
        else delete (node as Record<string | number, unknown>)[last];
      } else (node as Record<string | number, unknown>)[last] = m.op === 'set' ? m.value : 'added';
      return out;
    };
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const file = ms.reduce(apply, start);
        const bySchema = validateFork(file);
        const cli = await run(['--lang', 'en', 'rulesets', 'show', 'fork.json'], { 'fork.json': JSON.stringify(file) });
        const byCli = cli.code === 0;
        if (bySchema) accepted += 1;
        else refused += 1;
        expect({ file, bySchema, byCli, err: cli.err }).toEqual({ file, bySchema, byCli: bySchema, err: cli.err });
        expect(byCli, JSON.stringify(file)).toBe(safeParseRuleSetFile(file).success);
      }),
      { numRuns: 300 },
    );
    // Both sides of the property were exercised. (The mutations cite documents the base does not cite: see above.)
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(100);
  }, 60_000);
});
