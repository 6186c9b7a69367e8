import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, getRuleSet } from 'vn-learning-society';
import { documentToDocx, recognitionDecision } from 'vn-learning-society/documents';

// Issue 23: the packed package installs with `npm install --engine-strict` on the lowest Node it claims (20.19), with
// no type declarations (@types/*) among what it installs, and works once installed: ESM and CommonJS, the core,
// sheets and documents (whose docx writer is bundled, scripts/vendor-docx.mjs), and the command line. It needs dist/
// (`npm run build`; `npm test` builds first) and the registry (to install the dependencies).

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/documents/vendor/docx.js'));
if (!built) console.warn('test/project/install.test.ts: skipped, dist/ is absent or incomplete: run `npm run build` first (npm test does)');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The environment for the child npm: this one without the settings an enclosing `npm test` passes down to its scripts
 * (which project, what to omit, dry runs…), keeping those that say how to reach the registry.
 */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_(lifecycle|package)_/i.test(k)) continue;
    if (/^npm_config_/i.test(k) && !/^npm_config_(registry|cache|userconfig|globalconfig|https?_proxy|proxy|noproxy|ca|cafile|strict_ssl|fetch_.*|@.*:registry|\/\/.*)$/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, npm_config_update_notifier: 'false' };
}

/** Whether `version` (x.y.z) is within a node-semver range, as engines write them: ||, spaces, >= > <= < = ^ ~, x, a - b. */
function satisfies(version: string, range: string): boolean {
  const v = version.replace(/^v/, '').split('.').map(Number) as [number, number, number];
  const cmp = (a: number[], b: number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  const parse = (s: string): { n: number[]; given: number } => {
    const parts = s.replace(/^v/, '').split('.').filter((p) => p !== '' && !/^[x*]$/i.test(p));
    if (parts.some((p) => !/^\d+$/.test(p)) || parts.length > 3) throw new Error(`an engines range this check cannot read: ${range}`);
    const n = parts.map(Number);
    return { n: [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0], given: n.length };
  };
  /** The next version past a partial one (20 → 21.0.0, 20.19 → 20.20.0). */
  const past = ({ n, given }: { n: number[]; given: number }): number[] => (given === 0 ? [Infinity, 0, 0] : given === 1 ? [n[0]! + 1, 0, 0] : given === 2 ? [n[0]!, n[1]! + 1, 0] : [n[0]!, n[1]!, n[2]! + 1]);
  const one = (c: string): boolean => {
    const m = /^(>=|<=|>|<|=|\^|~)?\s*(.*)$/.exec(c)!;
    const op = m[1] ?? '';
    const p = parse(m[2]!);
    switch (op) {
      case '>=': return cmp(v, p.n) >= 0;
      case '>': return cmp(v, past(p)) >= 0;
      case '<=': return cmp(v, past(p)) < 0;
      case '<': return cmp(v, p.n) < 0;
      case '^': {
        const i = p.n[0] !== 0 || p.given <= 1 ? 0 : p.n[1] !== 0 || p.given <= 2 ? 1 : 2;
        const upper = i === 0 ? [p.n[0]! + 1, 0, 0] : i === 1 ? [0, p.n[1]! + 1, 0] : [0, 0, p.n[2]! + 1];
        return cmp(v, p.n) >= 0 && cmp(v, upper) < 0;
      }
      case '~': return cmp(v, p.n) >= 0 && cmp(v, p.given <= 1 ? [p.n[0]! + 1, 0, 0] : [p.n[0]!, p.n[1]! + 1, 0]) < 0;
      default: return cmp(v, p.n) >= 0 && cmp(v, past(p)) < 0;
    }
  };
  return range.split('||').some((alt) => {
    const a = alt.trim();
    if (a === '' || a === '*') return true;
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(a);
    if (hyphen) return one(`>=${hyphen[1]}`) && one(`<=${hyphen[2]}`);
    return a.replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).every(one);
  });
}

/** Every package installed under `dir/node_modules`, nested ones too: its folder (from dir) and its package.json. */
function installedPackages(dir: string): { at: string; manifest: { name?: string; version?: string; engines?: { node?: string } } }[] {
  const found: ReturnType<typeof installedPackages> = [];
  const visit = (modules: string): void => {
    if (!existsSync(modules)) return;
    for (const name of readdirSync(modules)) {
      if (name.startsWith('.')) continue;
      const folders = name.startsWith('@') ? readdirSync(join(modules, name)).map((n) => join(modules, name, n)) : [join(modules, name)];
      for (const folder of folders) {
        const file = join(folder, 'package.json');
        if (!existsSync(file)) continue;
        found.push({ at: folder.slice(dir.length + 1), manifest: JSON.parse(readFileSync(file, 'utf8')) });
        visit(join(folder, 'node_modules'));
      }
    }
  };
  visit(join(dir, 'node_modules'));
  return found;
}

const issuer = { parent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', place: 'An Bình', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } };
const assessment = {
  points: { 'children.results': 10, 'children.manners': 10, 'adults.application': 9, 'adults.reading': 9, 'conditions.support': 9, 'effects.livelihood': 9, 'effects.community': 9 },
  facts: { 'children.attendance': { part: 2, whole: 2 }, 'adults.learning-citizens': { part: 1, whole: 2 }, 'conditions.bookshelf': true },
};

/** The body of both scripts: `core`, `sheets`, `documents` are the three entry points, loaded one way or the other. */
const body = (kind: string): string => `
  const ruleSet = core.getRuleSet('learning-family-khvn-2021');
  const evaluation = core.evaluate(ruleSet, ${JSON.stringify(assessment)});
  const template = sheets.assessmentTemplate(ruleSet, { rows: 2 });
  const [sheet] = await sheets.readWorkbook(await sheets.workbookBytes(template));
  const decision = documents.recognitionDecision({
    ruleSet, year: 2025, date: '2025-12-15', number: '125', issuer: ${JSON.stringify(issuer)},
    entries: [{ name: 'Nguyễn Thị Hoa', place: 'Ấp 1', evaluation }],
  });
  const bytes = await documents.documentToDocx(decision);
  require('node:fs').writeFileSync('qd-${kind}.docx', bytes);
  console.log(JSON.stringify({ recognized: evaluation.recognized, sheetRows: sheet.rows.length, text: documents.documentText(decision).includes('Số: 125/QĐ-UBND'), bytes: bytes.length }));
`;

describe('the packed package, installed from its tarball with --engine-strict', () => {
  it.skipIf(!built)(`installs on Node ${process.version} with no @types, and its ESM, CommonJS and CLI write a decision`, () => {
    const tmp = mkdtempSync(join(tmpdir(), 'vnls-install-'));
    try {
      const env = npmEnv();
      // Pack without the prepare/prepack scripts: dist/ is already built.
      const packs = join(tmp, 'packs');
      mkdirSync(packs);
      const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', packs], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { filename: string }[];
      const tarball = join(packs, packed!.filename);
      expect(existsSync(tarball)).toBe(true);

      const app = join(tmp, 'app');
      mkdirSync(app);
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'install-check', version: '1.0.0', private: true }));
      try {
        execFileSync(npm, ['install', '--engine-strict', '--no-audit', '--no-fund', tarball], { cwd: app, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 150_000 });
      } catch (e) {
        const { stdout, stderr } = e as { stdout?: string; stderr?: string };
        throw new Error(`npm install --engine-strict of the tarball failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
      }

      // No type declarations at run time, and nothing that needs another Node than this one.
      const installed = installedPackages(app);
      expect(installed.map((p) => p.manifest.name)).toContain('vn-learning-society');
      expect(existsSync(join(app, 'node_modules/@types'))).toBe(false);
      expect(installed.filter((p) => p.manifest.name?.startsWith('@types/')).map((p) => p.at)).toEqual([]);
      expect(installed.filter((p) => p.manifest.name === 'docx' || p.manifest.name === 'nanoid').map((p) => p.at)).toEqual([]);
      const excluding = installed.filter((p) => p.manifest.engines?.node && !satisfies(process.version, p.manifest.engines.node));
      expect(excluding.map((p) => `${p.at}: node ${p.manifest.engines!.node}`)).toEqual([]);

      // ESM and CommonJS programs that use the core, sheets and documents, and write a decision.
      writeFileSync(join(app, 'esm.mjs'), `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nimport * as core from 'vn-learning-society';\nimport * as sheets from 'vn-learning-society/sheets';\nimport * as documents from 'vn-learning-society/documents';\n${body('esm')}`);
      writeFileSync(join(app, 'cjs.cjs'), `const core = require('vn-learning-society');\nconst sheets = require('vn-learning-society/sheets');\nconst documents = require('vn-learning-society/documents');\n(async () => {${body('cjs')}})().catch((e) => { console.error(e); process.exitCode = 1; });\n`);
      const expected = { recognized: true, sheetRows: expect.any(Number) as number, text: true, bytes: expect.any(Number) as number };
      for (const script of ['esm.mjs', 'cjs.cjs']) {
        const out = execFileSync(process.execPath, [script], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        expect(JSON.parse(out), script).toEqual(expected);
      }
      const esmBytes = readFileSync(join(app, 'qd-esm.docx'));
      expect(esmBytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(readFileSync(join(app, 'qd-cjs.docx')).equals(esmBytes)).toBe(true);

      // The command line (one CommonJS file that requires the bundled docx writer) writes a decision too.
      const ruleSet = getRuleSet('learning-family-khvn-2021');
      const indicators = ruleSet.criteria.flatMap((c) => c.indicators);
      const csv = [['Họ tên chủ hộ', ...indicators.map((i) => i.label.vi)], ['Nguyễn Thị Hoa', ...indicators.map((i) => (i.kind === 'judged' ? String(Math.min(9, i.maxPoints)) : i.kind === 'boolean' ? 'có' : '1/1'))]]
        .map((r) => r.join(';'))
        .join('\r\n');
      writeFileSync(join(app, 'households.csv'), `${csv}\r\n`);
      writeFileSync(join(app, 'issuer.json'), JSON.stringify(issuer));
      const cli = join(app, 'node_modules/vn-learning-society/dist/cli.cjs');
      execFileSync(process.execPath, [cli, 'documents', 'decision', '-r', ruleSet.id, '-i', 'households.csv', '--name', 'Họ tên chủ hộ', '-y', '2025', '--date', '2025-12-15', '--number', '125', '--issuer', 'issuer.json', '--docx', 'qd-cli.docx'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(readFileSync(join(app, 'qd-cli.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 180_000);

  it.skipIf(!built)('writes the same bytes with the bundled docx as the source does with the docx package', async () => {
    // The scripts above write this decision; the source writes it with docx from node_modules.
    const ruleSet = getRuleSet('learning-family-khvn-2021');
    const evaluation = evaluate(ruleSet, assessment);
    const decision = recognitionDecision({ ruleSet, year: 2025, date: '2025-12-15', number: '125', issuer, entries: [{ name: 'Nguyễn Thị Hoa', place: 'Ấp 1', evaluation }] });
    const fromSource = await documentToDocx(decision);
    const dist = (await import(/* @vite-ignore */ join(root, 'dist/documents/index.js'))) as { documentToDocx: typeof documentToDocx };
    const fromDist = await dist.documentToDocx(decision);
    expect(createHash('sha256').update(fromDist).digest('hex')).toBe(createHash('sha256').update(fromSource).digest('hex'));
  });
});

describe('the engines check of test/project/install.test.ts', () => {
  it('reads the ranges that engines fields write', () => {
    expect(satisfies('v20.20.2', '>=20.19')).toBe(true);
    expect(satisfies('v20.18.0', '>=20.19')).toBe(false);
    expect(satisfies('v20.20.2', '^22 || ^24 || >=26')).toBe(false);
    expect(satisfies('v22.1.0', '^22 || ^24 || >=26')).toBe(true);
    expect(satisfies('v20.20.2', '>= 14.6')).toBe(true);
    expect(satisfies('v20.20.2', '>=18')).toBe(true);
    expect(satisfies('v20.20.2', '^18.17.0 || >=20.5.0')).toBe(true);
    expect(satisfies('v20.20.2', '>=14.0.0 <20')).toBe(false);
    expect(satisfies('v20.20.2', '20.x')).toBe(true);
    expect(satisfies('v20.20.2', '~20.19.0')).toBe(false);
    expect(satisfies('v20.20.2', '12 - 20')).toBe(true);
    expect(satisfies('v20.20.2', '*')).toBe(true);
    expect(() => satisfies('v20.20.2', '>=20.0.0-beta')).toThrow(/cannot read/);
  });
});
