import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The import graph of src/ as the build resolves it (test/project/layers.test.ts): every import TypeScript's own scanner finds
 * (static, type-only, re-exports, side-effect imports, dynamic `import()`, either quote), relative specifiers resolved
 * to their source file, and the package's own name (`vn-learning-society`, `vn-learning-society/sheets`) resolved
 * through package.json's `exports` to the source file its built module comes from.
 */

/** One import: the importing file and the imported one, both relative to the root, and the specifier as written. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly specifier: string;
}

type Exports = Readonly<Record<string, { readonly import?: { readonly default?: string } } | string>>;

/** The package's own entry points: `vn-learning-society/<sub>` → the source file of its built ESM module. */
export function packageEntries(root: string): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; exports: Exports };
  const entries = new Map<string, string>();
  for (const [key, target] of Object.entries(pkg.exports)) {
    const built = typeof target === 'string' ? target : target.import?.default;
    if (built === undefined || !built.startsWith('./dist/') || !built.endsWith('.js')) continue;
    const name = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    entries.set(name, `src/${built.slice('./dist/'.length, -'.js'.length)}.ts`);
  }
  return entries;
}

/** The source file a relative specifier names (`.js` written for `.ts`, a folder for its index), or undefined. */
function resolveRelative(root: string, fromFile: string, specifier: string, exists: (path: string) => boolean): string | undefined {
  const target = resolve(root, dirname(fromFile), specifier);
  const candidates = [target.replace(/\.js$/, '.ts'), `${target}.ts`, join(target, 'index.ts'), target];
  const hit = candidates.find((c) => exists(relative(root, c)));
  return hit === undefined ? relative(root, target.replace(/\.js$/, '.ts')) : relative(root, hit);
}

/** Every import of every file (path relative to `root` → its text), resolved; external packages left out. */
export function importGraph(root: string, files: ReadonlyMap<string, string>, entries: ReadonlyMap<string, string>): ImportEdge[] {
  const exists = (path: string) => files.has(path.split(sep).join('/')) || (existsSync(join(root, path)) && statSync(join(root, path)).isFile());
  const edges: ImportEdge[] = [];
  for (const [from, text] of files) {
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      let to: string | undefined;
      if (specifier.startsWith('./') || specifier.startsWith('../')) to = resolveRelative(root, from, specifier, exists);
      else to = entries.get(specifier) ?? (isOwnName(specifier, entries) ? specifier : undefined);
      if (to !== undefined) edges.push({ from, to: to.split(sep).join('/'), specifier });
    }
  }
  return edges;
}

/**
 * Whether a bare specifier names this package (its name, or its name and a subpath) though it is not one of its entry
 * points: kept in the graph as it is written (`vn-learning-society/core/errors`), so that a test can refuse it.
 */
function isOwnName(specifier: string, entries: ReadonlyMap<string, string>): boolean {
  const name = [...entries.keys()].find((k) => !k.includes('/'));
  return name !== undefined && (specifier === name || specifier.startsWith(`${name}/`));
}

/** The .ts files under `dir` (relative to `root`), with their text. */
export function sourceFiles(root: string, dir = 'src'): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(join(root, d))) {
      const path = `${d}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) out.set(path, readFileSync(join(root, path), 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/**
 * The import loops: each group of two or more modules that reach one another (a strongly connected component, found
 * with Tarjan's algorithm without recursion), as sorted lists of files.
 */
export function importLoops(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.to.endsWith('.json')) continue;
    if (!next.has(e.from)) next.set(e.from, []);
    next.get(e.from)!.push(e.to);
    if (!next.has(e.to)) next.set(e.to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const loops: string[][] = [];
  let counter = 0;
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const targets = next.get(top.node)!;
      if (top.i < targets.length) {
        const t = targets[top.i++]!;
        if (!index.has(t)) {
          index.set(t, counter);
          low.set(t, counter++);
          stack.push(t);
          onStack.add(t);
          work.push({ node: t, i: 0 });
        } else if (onStack.has(t)) low.set(top.node, Math.min(low.get(top.node)!, index.get(t)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        const group: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          group.push(n);
        } while (n !== top.node);
        if (group.length > 1) loops.push(group.sort());
      }
    }
  }
  return loops.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}
