import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importGraph, importLoops, packageEntries, sourceFiles, type ImportEdge } from '../helpers/import-graph.js';

/**
 * The layers of src/, lowest first. A module may import from its own layer and the layers below it, never from a
 * layer above: core ← document ← rules ← programme ← catalogue ← the entry points beside it ← cli. Imports are read as
 * the build reads them (test/helpers/import-graph.ts): static, type-only, re-exports, side-effect and dynamic imports,
 * in either quote, and the package's own name resolved through package.json's `exports`.
 */
const LAYERS: readonly { readonly dir: string; readonly rank: number }[] = [
  { dir: 'core', rank: 0 },
  { dir: 'document', rank: 1 },
  { dir: 'rules', rank: 2 },
  { dir: 'programme', rank: 3 },
  { dir: 'catalogue', rank: 4 },
  // The main entry point (src/index.ts) re-exports the layers above; it may not import the optional entry points.
  { dir: 'index.ts', rank: 4 },
  // Optional entry points, each a folder of its own beside the catalogue: the core never imports them, and none
  // imports another (each may import the core, by the package's name or by path).
  { dir: 'units', rank: 5 },
  { dir: 'charts', rank: 5 },
  { dir: 'sheets', rank: 5 },
  { dir: 'cases', rank: 5 },
  { dir: 'schemas', rank: 5 },
  { dir: 'documents', rank: 5 },
  { dir: 'sql', rank: 5 },
  { dir: 'rule-sets', rank: 5 },
  { dir: 'cli', rank: 6 },
];
const SIDE_ENTRY_RANK = 5;

/**
 * The import loops there are: none since issue 25 untied the last five (a type a module's own imports need lives in
 * a `types.ts` or `keys.ts` of its own; a check that a schema runs reads the shape from `shape.ts`). A new one fails.
 */
const KNOWN_LOOPS: readonly (readonly string[])[] = [];

const root = fileURLToPath(new URL('../..', import.meta.url));
const entries = packageEntries(root);
const real = sourceFiles(root);

function layerOf(file: string): { dir: string; rank: number } | undefined {
  if (!file.startsWith('src/')) return undefined;
  const top = file.slice('src/'.length).split('/')[0]!;
  return LAYERS.find((l) => l.dir === top);
}

/**
 * Whether an import of the command line goes through a door users have too: a module of src/cli/ by path, or the
 * package by its name (`vn-learning-society`, `vn-learning-society/sheets`, …: its public entry points). Its own
 * package.json (the version) is read by path; nothing else of the package is.
 */
function cliDoor(e: ImportEdge): boolean {
  if (entries.has(e.specifier)) return true;
  return e.to.startsWith('src/cli/') || e.to === 'package.json';
}

/**
 * Every import that breaks a rule: upward, between two side entry points, to a module that does not exist, or one of
 * the command line past the package's public entry points.
 */
function violations(edges: readonly ImportEdge[], files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const where = `${e.from} → ${e.to} ('${e.specifier}')`;
    if (layerOf(e.from)?.dir === 'cli' && !cliDoor(e)) {
      out.push(`${where}: the command line imports only the public entry points, by the package's name`);
      continue;
    }
    if (e.to === e.specifier) {
      out.push(`${where}: not an entry point of the package`);
      continue;
    }
    if (!e.to.startsWith('src/')) continue; // data/*.json and package.json
    const from = layerOf(e.from)!;
    const to = layerOf(e.to);
    if (!files.has(e.to)) out.push(`${where}: no such module`);
    else if (to === undefined || to.rank > from.rank) out.push(`${where}: upward`);
    else if (from.rank === SIDE_ENTRY_RANK && to.rank === SIDE_ENTRY_RANK && from.dir !== to.dir) out.push(`${where}: between entry points`);
  }
  return out;
}

const check = (files: ReadonlyMap<string, string>) => {
  const edges = importGraph(root, files, entries);
  return { edges, violations: violations(edges, files), loops: importLoops(edges) };
};

describe('src/ is in layers, and every import points down', () => {
  const { edges, violations: found, loops } = check(real);

  it('every module is in a known layer', () => {
    expect([...real.keys()].filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it('no module imports from a layer above its own, nor one side entry point from another', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges.filter((e) => e.specifier.startsWith('vn-learning-society')).length).toBeGreaterThan(10); // package-name imports are followed
    expect(found).toEqual([]);
  });

  it('the core layer imports nothing of this package but itself', () => {
    const core = edges.filter((e) => layerOf(e.from)?.dir === 'core' && e.to.startsWith('src/'));
    expect(core.length).toBeGreaterThan(20);
    expect(core.filter((e) => !e.to.startsWith('src/core/'))).toEqual([]);
  });

  it('no import loop but the known ones, each inside one folder', () => {
    expect(loops).toEqual(KNOWN_LOOPS);
  });

  it('no command of the command line imports another (what two share is a module of src/cli/ of its own)', () => {
    expect(commandToCommand(edges)).toEqual([]);
    const planted = check(new Map([...real, ['src/cli/commands/documents.ts', `import { registerRollup } from "./rollup.js";\n${real.get('src/cli/commands/documents.ts')!}`]]));
    expect(commandToCommand(planted.edges)).toEqual(['src/cli/commands/documents.ts → src/cli/commands/rollup.ts']);
  });
});

describe('the command line is a thin shell over the public entry points', () => {
  const { edges } = check(real);
  const cli = edges.filter((e) => layerOf(e.from)?.dir === 'cli');

  it('imports the library by the package’s name only, and otherwise its own modules', () => {
    expect(cli.length).toBeGreaterThan(100);
    const library = cli.filter((e) => e.specifier.startsWith('vn-learning-society'));
    expect(library.length).toBeGreaterThan(30);
    expect(new Set(library.map((e) => e.specifier))).toEqual(new Set(['vn-learning-society', 'vn-learning-society/sheets', 'vn-learning-society/units', 'vn-learning-society/documents', 'vn-learning-society/cases', 'vn-learning-society/charts', 'vn-learning-society/schemas', 'vn-learning-society/sql']));
    expect(cli.filter((e) => !e.specifier.startsWith('vn-learning-society') && !e.to.startsWith('src/cli/')).map((e) => `${e.from} → ${e.to}`)).toEqual(['src/cli/run.ts → package.json']);
  });

  const victim = 'src/cli/commands/evaluate.ts';
  const plant = (line: string) => new Map([...real, [victim, `${line}\n${real.get(victim)!}`]]);
  it.each([
    ['a relative import into src/core', "import { foldVietnamese } from '../../core/vi-date/index.js';", 'src/core/vi-date/index.ts'],
    ['a type-only import into src/rules', "import type { Evaluation } from '../../rules/evaluate/types.js';", 'src/rules/evaluate/types.ts'],
    ['a dynamic import of a module inside an entry point', "export const later = () => import('../../sheets/cells.js');", 'src/sheets/cells.ts'],
    ['an entry point by its path, not its name', 'import { readWorkbook } from "../../sheets/index.js";', 'src/sheets/index.ts'],
    ['the main entry point by its path', "export { evaluate } from '../../index.js';", 'src/index.ts'],
    ['a path inside the package by its name', "import { shortText } from 'vn-learning-society/core/internal/value-text';", 'vn-learning-society/core/internal/value-text'],
  ])('fails on %s', (_, line, to) => {
    const { violations: found } = check(plant(line));
    expect(found).toEqual([`${victim} → ${to} ('${line.match(/'([^']+)'|"([^"]+)"/)!.slice(1).find((m) => m !== undefined)}'): the command line imports only the public entry points, by the package's name`]);
  });
});

/** Imports between commands, but a command's own part (`rulesets.ts` → `rulesets-sql.ts`, a sub-command in a file of its own). */
function commandToCommand(edges: readonly ImportEdge[]): string[] {
  const command = /^src\/cli\/commands\/[^/]+\.ts$/;
  const ownPart = (from: string, to: string): boolean => to.startsWith(`${from.slice(0, -'.ts'.length)}-`);
  return edges.filter((e) => command.test(e.from) && command.test(e.to) && e.from !== e.to && !ownPart(e.from, e.to)).map((e) => `${e.from} → ${e.to}`);
}

describe('the layering test fails on a planted upward import, in every form the build accepts', () => {
  const victim = 'src/core/calendar-date/index.ts';
  const plant = (line: string, file = victim) => new Map([...real, [file, `${line}\n${real.get(file)!}`]]);
  it.each([
    ['a static import', "import { readWorkbook } from '../../sheets/index.js';"],
    ['a type-only import', "import type { SheetCell } from '../../sheets/index.js';"],
    ['a re-export', "export { readWorkbook } from '../../sheets/index.js';"],
    ['a side-effect import', "import '../../sheets/index.js';"],
    ['a dynamic import', "export const later = () => import('../../sheets/index.js');"],
    ['double quotes', 'import { readWorkbook } from "../../sheets/index.js";'],
    ['the package’s own name', "import { readWorkbook } from 'vn-learning-society/sheets';"],
    ['the package’s main entry point', "import { evaluate } from 'vn-learning-society';"],
    ['a folder import', "import { readWorkbook } from '../../sheets';"],
  ])('%s', (_, line) => {
    const { violations: found } = check(plant(line));
    expect(found.length).toBe(1);
    expect(found[0]).toMatch(/^src\/core\/calendar-date\/index\.ts → src\/(sheets\/index|index)\.ts .*: upward$/);
  });

  it('an import between two side entry points', () => {
    const { violations: found } = check(plant("import { unitByCode } from 'vn-learning-society/units';", 'src/sheets/cells.ts'));
    expect(found).toEqual(["src/sheets/cells.ts → src/units/index.ts ('vn-learning-society/units'): between entry points"]);
  });

  it('a new import loop, direct or through several modules', () => {
    const loop = check(plant("import { dayMonthYear } from '../vi-date/index.js';"));
    const viDate = real.get('src/core/vi-date/index.ts')!;
    expect(viDate).toMatch(/calendar-date/); // vi-date imports calendar-date: the plant closes a loop
    expect(loop.loops).toContainEqual(['src/core/calendar-date/index.ts', 'src/core/vi-date/index.ts']);
    // errors → value-text is one way; value-text importing errors back (a type alone) closes a loop of two.
    const typeOnly = check(plant("import type { Issue } from '../errors/index.js';", 'src/core/internal/value-text.ts'));
    expect(typeOnly.loops).toContainEqual(['src/core/errors/index.ts', 'src/core/internal/value-text.ts']);
    // label → args → errors: errors importing label's index (not its types module) closes a loop of three.
    const three = check(plant("import '../label/index.js';", 'src/core/errors/index.ts'));
    expect(three.loops).toContainEqual(['src/core/errors/index.ts', 'src/core/internal/args.ts', 'src/core/label/index.ts']);
  });
});
