import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { getRuleSet, indicatorsOf } from 'vn-learning-society';
import { workbookBytes } from 'vn-learning-society/sheets';

// Issue 23: the command line starts without loading what its command does not use. dist/cli.cjs is the CLI's own code
// (and its argument and CSV parsers); the library is the package's ESM build beside it, and the heavy entry points
// (the unit lists, workbooks, documents, case files, charts, zod's schemas) are loaded by the commands that need them.
// What a run loads is recorded, not timed: a time depends on the machine, a list of modules does not.

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const cli = join(dist, 'cli.cjs');
const dir = mkdtempSync(join(tmpdir(), 'vnls-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Preloaded with `--require`, records every module the process loads, one a line, in the file `LOAD_LOG` names: what
 * `import()` loads, by a hook of the ES module loader; what `require()` loads (CommonJS files, and the ES modules the
 * CLI requires, require(esm)), from `require.cache` when the process exits. The hooks do not see what require(esm)
 * loads in Node 20, nor does `require.cache` list the imports of a required ES module: {@link loadedBy} follows them.
 */
const RECORDER = `'use strict';
const { appendFileSync } = require('node:fs');
const { register } = require('node:module');
const log = process.env.LOAD_LOG;
const hooks = "import { appendFileSync } from 'node:fs';\\n" +
  'export async function load(url, context, next) {\\n' +
  '  appendFileSync(' + JSON.stringify(log) + ", url + '\\\\n');\\n" +
  '  return next(url, context);\\n' +
  '}\\n';
register('data:text/javascript,' + encodeURIComponent(hooks));
process.on('exit', () => appendFileSync(log, Object.keys(require.cache).join('\\n') + '\\n'));
`;
const recorder = join(dir, 'recorder.cjs');
writeFileSync(recorder, RECORDER);

/** The package's entry points as files of dist/ (the ESM build imports the core by the package's name). */
const ENTRY_POINTS: Readonly<Record<string, string>> = {
  'vn-learning-society': 'index.js',
  'vn-learning-society/units': 'units/index.js',
  'vn-learning-society/charts': 'charts/index.js',
  'vn-learning-society/sheets': 'sheets/index.js',
  'vn-learning-society/cases': 'cases/index.js',
  'vn-learning-society/schemas': 'schemas/index.js',
  'vn-learning-society/documents': 'documents/index.js',
};

/** What a module of dist/ names: a file of dist/ (relative to it), or a package by its name (`zod`, `date-fns`). */
function loadedName(path: string): string {
  const file = path.startsWith('file://') ? fileURLToPath(path) : path;
  const inModules = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
  if (inModules) return inModules[1]!.replace(/\\/g, '/');
  return file.startsWith(dist + sep) ? relative(dist, file).split(sep).join('/') : file;
}

/** The modules of dist/ and the packages that `names` load, with everything their static imports load in turn. */
function loadedBy(names: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    if (!name.endsWith('.js') || name.startsWith('/') || !existsSync(join(dist, name))) return;
    for (const m of readFileSync(join(dist, name), 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+)["']/g)) {
      const to = m[1]!;
      if (to.startsWith('.')) visit(relative(dist, join(dist, dirname(name), to)).split(sep).join('/'));
      else if (ENTRY_POINTS[to] !== undefined) visit(ENTRY_POINTS[to]);
      else if (!to.startsWith('node:')) visit(to.startsWith('@') ? to.split('/').slice(0, 2).join('/') : to.split('/')[0]!);
    }
  };
  for (const n of names) visit(n);
  return seen;
}

let runs = 0;
/** Runs the built CLI with the recorder: its exit code, output, and every module of the package or dependency it loaded. */
function runCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string; loaded: Set<string> } {
  const log = join(dir, `load-${++runs}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--require', recorder, cli, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LOAD_LOG: log } });
  const lines = readFileSync(log, 'utf8').split('\n').filter((l) => l !== '' && !l.endsWith('recorder.cjs') && !l.startsWith('data:'));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, loaded: loadedBy(lines.map(loadedName)) };
}

/** The heavy parts: the entry points beside the core, and the packages only they use. */
const HEAVY = ['units/index.js', 'units/data.js', 'sheets/index.js', 'sheets/xlsx.js', 'documents/index.js', 'documents/vendor/docx.js', 'cases/index.js', 'charts/index.js', 'schemas/index.js', 'fflate', 'write-excel-file', 'yaml', 'zod', 'read-vietnamese-number'];
const heavyIn = (loaded: Set<string>) => HEAVY.filter((h) => loaded.has(h));

describe.skipIf(!existsSync(cli))('the built command line', () => {
  it('is its own code and its two parsers (commander, csv-parse), under 400 KB: the library is the package’s ESM build beside it', () => {
    const text = readFileSync(cli, 'utf8');
    // 1.9 MB until issue 23: it bundled the whole library again, unit lists included.
    expect(statSync(cli).size).toBeLessThan(400_000);
    // esbuild names each bundled file in a comment: none of the library, none of its data.
    const bundled = [...text.matchAll(/^\/\/ (\S+\.(?:[cm]?js|ts|json))$/gm)].map((m) => m[1]!);
    expect(bundled.filter((f) => f.startsWith('src/cli/')).length).toBeGreaterThan(20);
    expect(bundled.filter((f) => !/^src\/cli\/|(?:^|\/)node_modules\/(?:commander|csv-parse)\/|^package\.json$/.test(f))).toEqual([]);
    expect(text).not.toMatch(/class LearningSocietyError\b|units-2025-07-01/);
    // Every module of the library it loads is a file of the build.
    const named = [...text.matchAll(/(?:require|import)\("(\.[^"]+)"\)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((f) => !existsSync(join(dist, f)))).toEqual([]);
  });

  it('loads none of the heavy parts for --version, --help and rulesets list', () => {
    for (const args of [['--version'], ['--help'], ['--lang', 'en', 'evaluate', '--help'], ['rulesets', 'list']]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(0);
      // Recorded: the modules of the library the CLI requires (require(esm)) and what they import.
      expect(r.loaded.has('core/errors/index.js'), args.join(' ')).toBe(true);
      expect(heavyIn(r.loaded), args.join(' ')).toEqual([]);
    }
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('loads a heavy part when a command needs it, from dist/: one module graph with the library', async () => {
    const units = runCli(['units', 'find', 'Long An']);
    expect(units.stdout).toContain('Long An');
    expect(heavyIn(units.loaded)).toEqual(['units/index.js', 'units/data.js']);
    // A workbook read: the sheets entry point and its reader; scored, and not a byte of the documents or the unit lists.
    const family = getRuleSet('learning-family-khvn-2015');
    const judged = indicatorsOf(family).filter((i) => i.kind === 'judged').map((i) => i.id);
    const book = join(dir, 'phieu.xlsx');
    writeFileSync(book, await workbookBytes([{ name: 'Phiếu', columns: ['id', ...judged].map((heading) => ({ heading })), rows: [['H1', ...judged.map(() => 5)]] }]));
    const scored = runCli(['-f', 'csv', 'evaluate', '-r', family.id, '-i', book]);
    expect(scored.status).toBe(0);
    expect(scored.stdout.split('\n')[1]).toMatch(/^2,H1,/);
    expect(heavyIn(scored.loaded)).toEqual(['sheets/index.js', 'sheets/xlsx.js', 'fflate', 'write-excel-file']);
    // An error the sheets entry point throws is the core's LearningSocietyError to the CLI (instanceof): a message and
    // exit code 2, not an internal error.
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, 'not a workbook');
    const refused = runCli(['evaluate', '-r', family.id, '-i', broken]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).not.toContain('lỗi nội bộ');
  });
});

describe('date-fns', () => {
  it('is imported one function at a time (date-fns/addDays): its root loads some 250 modules in Node, 0.18 s at every start', () => {
    const src = join(root, 'src');
    const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : n.endsWith('.ts') ? [join(d, n)] : []));
    const users = files(src).filter((f) => /from\s*'date-fns/.test(readFileSync(f, 'utf8')));
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((f) => /from\s*'date-fns'/.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f))).toEqual([]);
  });
});
