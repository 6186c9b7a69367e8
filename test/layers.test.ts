import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, lowest first. A module may import from its own layer and the layers below it, never from a
 * layer above: core ← document ← rules ← programme ← catalogue ← the entry points beside it ← cli.
 */
const LAYERS: readonly { readonly dir: string; readonly rank: number }[] = [
  { dir: 'core', rank: 0 },
  { dir: 'document', rank: 1 },
  { dir: 'rules', rank: 2 },
  { dir: 'programme', rank: 3 },
  { dir: 'catalogue', rank: 4 },
  // The main entry point (src/index.ts) re-exports the layers above; it may not import the optional entry points.
  { dir: 'index.ts', rank: 4 },
  // Optional entry points, each a folder of its own beside the catalogue: the core never imports them.
  { dir: 'rule-sets', rank: 5 },
  { dir: 'units', rank: 5 },
  { dir: 'charts', rank: 5 },
  { dir: 'sheets', rank: 5 },
  { dir: 'cases', rank: 5 },
  { dir: 'schemas', rank: 5 },
  { dir: 'documents', rank: 5 },
  { dir: 'cli', rank: 6 },
];

const src = fileURLToPath(new URL('../src/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function layerOf(file: string): { dir: string; rank: number } | undefined {
  const top = relative(src, file).split(/[\\/]/)[0]!;
  return LAYERS.find((l) => l.dir === top);
}

/** Every relative import and re-export of a module, as paths into src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*'(\.{1,2}\/[^']+)'/g)) {
    out.push(resolve(dirname(file), m[1]!));
  }
  return out;
}

describe('src/ is in layers, and every import points down', () => {
  const files = filesUnder(src);

  it('every module is in a known layer', () => {
    expect(files.filter((f) => layerOf(f) === undefined).map((f) => relative(src, f))).toEqual([]);
  });

  it('no module imports from a layer above its own', () => {
    const upward: string[] = [];
    let edges = 0;
    for (const file of files) {
      const from = layerOf(file)!;
      for (const target of importsOf(file)) {
        if (!target.startsWith(src)) continue;
        edges += 1;
        const to = layerOf(target);
        if (to === undefined || to.rank > from.rank) upward.push(`${relative(src, file)} → ${relative(src, target)}`);
      }
    }
    expect(edges).toBeGreaterThan(100);
    expect(upward).toEqual([]);
  });

  it('the core layer imports nothing of this package but itself', () => {
    const core = files.filter((f) => layerOf(f)?.dir === 'core');
    expect(core.length).toBeGreaterThan(5);
    for (const file of core) for (const target of importsOf(file)) expect(relative(src, target).startsWith('core')).toBe(true);
  });
});
