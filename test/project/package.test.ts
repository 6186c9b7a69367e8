import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from 'vn-learning-society';
import * as schemas from 'vn-learning-society/schemas';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, any>;

describe('package', () => {
  it('is an ESM + CJS package with types, an exports map and no side effects', () => {
    expect(pkg.name).toBe('vn-learning-society');
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports['.'].import.default).toBe('./dist/index.js');
    expect(pkg.exports['.'].require.default).toBe('./dist/index.cjs');
    expect(pkg.engines.node).toMatch(/^>=20/);
  });

  it('depends at run time on date-fns and decimal.js, for vn-learning-society/schemas on zod, for sheets on the spreadsheet libraries, for cases on yaml and for documents on read-vietnamese-number (docx is bundled), at exact versions', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['date-fns', 'decimal.js', 'fflate', 'read-vietnamese-number', 'write-excel-file', 'yaml', 'zod']);
    // Exact versions, no ranges; a release tag is allowed, as @duckdb/node-api numbers every release (1.5.6-r.1).
    for (const v of [...Object.values(pkg.dependencies), ...Object.values(pkg.devDependencies)]) expect(v).toMatch(/^\d+\.\d+\.\d+(?:-[0-9a-z]+(?:\.[0-9a-z]+)*)?$/);
  });

  it('keeps the spreadsheet libraries out of every built module but those of vn-learning-society/sheets (the CLI loads them from there)', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    const modules = walk(dist).filter((f) => /\.(c?js)$/.test(f));
    const users = modules.filter((f) => /read-excel-file|write-excel-file|fflate/.test(readFileSync(f, 'utf8'))).map((f) => f.slice(dist.length).replace(/\\/g, '/'));
    expect(users.length).toBeGreaterThan(0);
    // The bundled docx (scripts/vendor-docx.mjs) carries the fflate code of docx's own build, and imports nothing.
    expect(users.filter((f) => !f.startsWith('sheets/') && f !== 'sheets.cjs' && f !== 'documents/vendor/docx.js')).toEqual([]);
  });

  it('keeps the document libraries (docx, read-vietnamese-number) out of every built module but those of vn-learning-society/documents (the CLI loads them from there)', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    const modules = walk(dist).filter((f) => /\.(c?js)$/.test(f));
    const usersOf = (pattern: RegExp): string[] => modules.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => f.slice(dist.length).replace(/\\/g, '/')).sort();
    expect(usersOf(/from ["']read-vietnamese-number["']|require\(["']read-vietnamese-number["']\)/)).toEqual(['documents/words.js']);
    // docx is bundled, not a dependency (issue 23): no module loads the package; one file carries the part of it the
    // library uses (scripts/vendor-docx.mjs), loaded by the documents' writer (the CLI's too, since issue 23 its own).
    expect(usersOf(/from ["']docx(?:\/[^"']*)?["']|require\(["']docx(?:\/[^"']*)?["']\)|import\(["']docx/)).toEqual([]);
    expect(usersOf(/from ["'][./]*(?:documents\/)?vendor\/docx\.js["']|require\(["'][./]*(?:documents\/)?vendor\/docx\.js["']\)/)).toEqual(['documents/docx.js']);
    const vendored = readFileSync(join(dist, 'documents/vendor/docx.js'), 'utf8');
    expect(vendored.startsWith('/*! docx ')).toBe(true);
    expect(vendored.length).toBeLessThan(300_000);
  });

  it('has no run-time dependency that needs a Node newer than the lowest it claims, or that installs type declarations', () => {
    expect(pkg.engines.node).toBe('>=20.19');
    expect(Object.keys(pkg.dependencies).filter((d) => d.startsWith('@types/'))).toEqual([]);
    // docx lists @types/node and nanoid 6 (Node ≥ 22) as its dependencies: it is bundled instead (docs/dependencies.md).
    expect(Object.keys(pkg.dependencies)).not.toContain('docx');
    expect(pkg.devDependencies).toHaveProperty('docx');
    // Each run-time dependency as locked: its engines admit Node 20.19, and it has no dependency of its own outside this
    // list (so that the check covers the whole installed tree). test/project/install.test.ts installs the packed tarball.
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, { version: string; engines?: { node?: string }; dependencies?: Record<string, string>; dev?: boolean }> };
    const runtime = Object.keys(pkg.dependencies);
    for (const name of runtime) {
      const entry = lock.packages[`node_modules/${name}`]!;
      expect(entry, name).toBeDefined();
      expect(entry.dev, name).toBeUndefined();
      expect(entry.version, name).toBe((pkg.dependencies as Record<string, string>)[name]);
      expect(Object.keys(entry.dependencies ?? {}).filter((d) => !runtime.includes(d)), name).toEqual([]);
      const node = entry.engines?.node;
      if (node) expect(node, `${name} engines.node`).toMatch(/^>=?\s*(?:1\d|20)(?:\.\d+){0,2}$/);
    }
  });

  it('keeps the YAML reader out of every built module but those of vn-learning-society/cases (the CLI loads it from there)', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    const users = walk(dist)
      .filter((f) => /\.(c?js)$/.test(f) && /from ["']yaml["']|require\(["']yaml["']\)/.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(dist.length).replace(/\\/g, '/'));
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((f) => !f.startsWith('cases/') && f !== 'cases.cjs')).toEqual([]);
  });

  it.skipIf(!existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url))))('loads no zod from the core entry point: zod is reached only through vn-learning-society/schemas', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    // Every module the core entry point loads, following its relative imports (the build keeps one file per module).
    const seen = new Set<string>();
    const zodUsers: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      if (/from ["']zod(?:\/[^"']*)?["']|import\(["']zod/.test(text)) zodUsers.push(file.slice(dist.length));
      for (const m of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(file, '..', m[1]!));
    };
    visit(join(dist, 'index.js'));
    expect(seen.size).toBeGreaterThan(60);
    expect(zodUsers).toEqual([]);
    // The schemas entry point does load it.
    seen.clear();
    visit(join(dist, 'schemas/index.js'));
    expect(zodUsers.length).toBeGreaterThan(5);
  });

  it('exports the public names later work relies on', () => {
    for (const name of [
      'evaluate', 'safeEvaluate', 'compileRuleSet', 'listRuleSets', 'getRuleSet', 'parseRuleSet',
      'ruleSetFor', 'indicatorsOf', 'forkRuleSet', 'diffRuleSets', 'assessmentJsonSchema',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
    // The zod schemas and JSON Schemas moved to vn-learning-society/schemas (issue 14): the core carries no zod.
    for (const name of ['ruleSetJsonSchema', 'assessmentSchema', 'targetTableJsonSchema', 'recognitionRuleJsonSchema']) {
      expect(typeof (schemas as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(schemas.ruleSetSchema.safeParse(api.getRuleSet('learning-family-khvn-2015')).success).toBe(true);
    expect(api.MODELS).toEqual(['learning-family', 'learning-clan', 'learning-community', 'learning-unit', 'learning-citizen']);
    expect(api.LEVELS).toEqual(['hamlet', 'commune', 'district', 'province', 'grassroots']);
  });

  it.skipIf(!existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url))))('is one module graph: a program that imports and requires it gets one copy, and instanceof holds across the two', () => {
    const dir = fileURLToPath(new URL('../.tmp-dual/', import.meta.url));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const script = join(dir, 'both.cjs');
    writeFileSync(script, [
      "const core = require('vn-learning-society');",
      "const sheets = require('vn-learning-society/sheets');",
      "const ruleSets = require('vn-learning-society/rule-sets');",
      "const units2025 = require('vn-learning-society/units/2025');",
      "import('vn-learning-society').then(async (esm) => {",
      "  const cases = await import('vn-learning-society/cases');",
      "  let fromEsm; try { esm.evaluate(esm.getRuleSet('learning-family-khvn-2015'), { points: { nope: 1 } }); } catch (e) { fromEsm = e; }",
      "  let fromCases; try { cases.parseCaseFile('cases: 3'); } catch (e) { fromCases = e; }",
      "  let fromSheets; try { await sheets.readWorkbook(new Uint8Array([1, 2, 3])); } catch (e) { fromSheets = e; }",
      "  let fromRuleSets; try { await ruleSets.loadRuleSet('nope'); } catch (e) { fromRuleSets = e; }",
      "  const units = await import('vn-learning-society/units');",
      "  let fromUnits; try { units2025.unitByCode('99999'); } catch (e) { fromUnits = e; }",
      "  console.log(JSON.stringify({ same: core === esm || core.evaluate === esm.evaluate, esm: fromEsm instanceof core.LearningSocietyError, cases: fromCases instanceof core.LearningSocietyError, sheets: fromSheets instanceof esm.LearningSocietyError, ruleSets: fromRuleSets instanceof esm.LearningSocietyError && ruleSets.ruleSetIdFor === esm.ruleSetIdFor, units: fromUnits instanceof core.LearningSocietyError && units2025.unitByCode('00004') === units.unitByCode('00004') }));",
      '});',
    ].join('\n'));
    const out = execFileSync(process.execPath, [script], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(JSON.parse(out)).toEqual({ same: true, esm: true, cases: true, sheets: true, ruleSets: true, units: true });
  });

  it('ships data/ for tools in other languages, as vn-learning-society/data/…', () => {
    expect(pkg.files).toContain('data');
    expect(pkg.exports['./data/*']).toBe('./data/*');
    // A package may import itself by name: this resolves through the exports map as a user's would.
    const require = createRequire(import.meta.url);
    const family = require('vn-learning-society/data/rule-sets/learning-family-khvn-2015.json') as { id: string; sources: { ref: string }[] };
    expect(family.id).toBe('learning-family-khvn-2015');
    expect(family.sources.map((s) => s.ref)).toEqual(['qd-448-khvn', 'cv-6782-bgddt']);
  });

  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  it.skipIf(!existsSync(dist))('the built modules carry the data they load, and import no JSON (Node and browsers need no JSON modules)', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.js') || n.endsWith('.cjs') ? [join(dir, n)] : []));
    const built = files(dist);
    expect(built.length).toBeGreaterThan(50);
    for (const f of built) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from\s*["'][^"']*\.json["']|require\(["'][^"']*\.json["']\)/);
    expect(readFileSync(join(dist, 'catalogue/generated/rule-sets.js'), 'utf8')).toContain('learning-family-khvn-2015');
  });
});

describe('the shipped rule sets with a name of their own', () => {
  it('each can be imported alone, and is the rule set the catalogue lists under its id', () => {
    // The catalogue lists every file of data/rule-sets/ (npm run data:catalogue); a name is the public, documented
    // export of src/catalogue/rule-sets/index.ts, which a new file need not have. None of these names is ever removed.
    const byName = new Map(
      Object.entries(api).filter(([name, v]) => /^learning[A-Z]/.test(name) && typeof v === 'object' && v !== null && 'criteria' in v) as [string, api.RuleSet][],
    );
    expect([...byName.keys()].sort()).toEqual([
      'learningCitizenKhvn2022', 'learningClanKhvn2015', 'learningClanKhvn2021', 'learningCommunityCommuneTt25',
      'learningCommunityCommuneTt44', 'learningCommunityDistrictTt25', 'learningCommunityHamletKhvn2015',
      'learningCommunityHamletKhvn2021', 'learningCommunityProvinceTt25', 'learningFamilyKhvn2015', 'learningFamilyKhvn2021',
      'learningUnitCommuneTt24', 'learningUnitDistrictTt22', 'learningUnitDistrictTt24', 'learningUnitGrassrootsKhvn2015',
      'learningUnitGrassrootsKhvn2021', 'learningUnitProvinceTt22', 'learningUnitProvinceTt24', 'learningUnitProvinceVinhLong2016',
    ]);
    for (const [name, ruleSet] of byName) {
      expect(api.BUILT_IN_RULE_SET_IDS, name).toContain(ruleSet.id);
      expect(api.getRuleSet(ruleSet.id), name).toEqual(ruleSet);
    }
    expect(byName.get('learningFamilyKhvn2021')?.id).toBe('learning-family-khvn-2021');
    expect(byName.get('learningCommunityCommuneTt44')?.id).toBe('learning-community-commune-tt44-2014');
  });
});

describe('the package page and a first release', () => {
  const pack = (() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return (JSON.parse(out) as { size: number; unpackedSize: number; files: { path: string; size: number }[] }[])[0]!;
  })();
  const packed = new Set(pack.files.map((f) => f.path));

  it.skipIf(!existsSync(fileURLToPath(new URL('../../dist/', import.meta.url))))('packs what a user needs and nothing else: no source maps, within the installed-size budget', () => {
    const tops = new Set(pack.files.map((f) => f.path.split('/')[0]));
    expect([...tops].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'NOTICE', 'README.md', 'cases', 'charts', 'data', 'dist', 'docs', 'documents', 'examples', 'package.json', 'rule-sets', 'schemas', 'sheets', 'sql', 'units']);
    expect(pack.files.filter((f) => f.path.endsWith('.map'))).toEqual([]);
    // Every entry point in both formats, with its types; each CommonJS file is one line that requires the ESM build.
    for (const name of ['index', 'rule-sets', 'units', 'units/2025', 'charts', 'sheets', 'cases', 'schemas', 'documents', 'sql']) {
      const esm = name === 'index' ? 'dist/index.js' : `dist/${name}/index.js`;
      for (const f of [esm, esm.replace(/\.js$/, '.d.ts'), `dist/${name}.cjs`, `dist/${name}.d.cts`]) expect(packed.has(f), f).toBe(true);
      expect(pack.files.find((f) => f.path === `dist/${name}.cjs`)!.size).toBeLessThan(300);
    }
    for (const f of ['dist/cli.cjs', 'rule-sets/package.json', 'units/package.json', 'units/2025/package.json', 'data/rule-sets/learning-family-khvn-2015.json', 'data/cases/learning-family-khvn-2015.yaml']) expect(packed.has(f), f).toBe(true);
    expect(pack.files.some((f) => /^(src|test|bench|scripts)\//.test(f.path))).toBe(false);
    // Budget of the installed package: 7.5 MB unpacked (the unit lists and their data files are most of it; until issue 23
    // the CLI bundled them again, with the whole library: 1.9 MB; raised from 7 MB in issue 22 for the bounded workbook
    // reader and the file-safety code of the CLI, the LICENSE and the documents guide's four pages, 60 KB in 16 colours),
    // 1.5 MB packed. 7.75 MB since issue 23 bundled docx (dist/documents/vendor/docx.js, 234 KB): as a dependency it
    // installed 23 MB beside the package (docx's own builds in every format, @types/node and nanoid), so an install is far
    // smaller (docs/dependencies.md). Since the CLI loads the library from dist/ (issue 23): 6.1 MB unpacked, 1.19 MB
    // packed.
    // The ESM build writes Vietnamese as UTF-8, not \u escapes (228 KB less unpacked); loadRuleSet's chunks, one per rule
    // set with its own copy of its data (a chunk that shared the core's modules would be loaded at start by esbuild),
    // add 185 KB unpacked, 32 KB packed (issue 23).
    expect(pack.unpackedSize).toBeLessThan(7_750_000);
    expect(pack.size).toBeLessThan(1_500_000);
  });

  it('ships every file the README links to, so the links resolve in the installed package', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const path = link.replace(/^\.\//, '');
      expect(existsSync(new URL(`../../${path}`, import.meta.url)), link).toBe(true);
      const shipped = packed.has(path) || [...packed].some((f) => f.startsWith(path.endsWith('/') ? path : `${path}/`));
      expect(shipped, `${link} is in the tarball`).toBe(true);
    }
    expect(packed.has('docs/en/README.md')).toBe(true);
    expect(packed.has('docs/vi/scoring-a-form.md')).toBe(true);
    expect([...packed].some((f) => f.startsWith('docs/api/'))).toBe(false);
  });

  it('ships every file that a shipped guide links to (its images, the guides and data it names), and a LICENSE', () => {
    expect(packed.has('LICENSE')).toBe(true);
    const guides = [...packed].filter((f) => f.endsWith('.md') && f !== 'CHANGELOG.md');
    expect(guides.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const guide of guides) {
      const text = readFileSync(new URL(`../../${guide}`, import.meta.url), 'utf8');
      for (const m of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const link = m[1]!;
        if (/^[a-z]+:/.test(link) || link.startsWith('#')) continue;
        const target = posix.normalize(posix.join(posix.dirname(guide), decodeURIComponent(link)));
        const shipped = packed.has(target) || [...packed].some((f) => f.startsWith(target.endsWith('/') ? target : `${target}/`));
        if (!shipped) missing.push(`${guide} → ${link}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('says how to install from the registry, and is ready for changesets to version and publish', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('npm install vn-learning-society');
    expect(pkg.publishConfig).toEqual({ access: 'public' });
    expect(pkg.scripts.release).toBe('changeset publish');
    expect(pkg.scripts.prepublishOnly).toBe('npm test'); // every publish runs the tests first
    expect(pkg.scripts['version-packages']).toBe('changeset version');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readdirSync(new URL('../../.changeset/', import.meta.url)).filter((f) => f.endsWith('.md') && f !== 'README.md').length).toBeGreaterThan(0);
  });
});
