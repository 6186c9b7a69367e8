import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runSnippet, withChecks } from '../helpers/examples.js';
import { exportsWithoutExample, typeCheckSnippets } from '../helpers/typecheck.js';

/**
 * Runs every ```ts example in the TSDoc comments of src/. A line `expression; // value` whose comment is a JavaScript
 * literal is checked: the expression must equal the value. Other comments are prose and are left alone.
 */
const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
const outDir = new URL('../.tmp-doc-examples/', import.meta.url);
mkdirSync(outDir, { recursive: true });
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function examples(): { where: string; code: string }[] {
  const out: { where: string; code: string }[] = [];
  for (const file of filesUnder(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const code = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
      const line = text.slice(0, m.index).split('\n').length;
      out.push({ where: `${relative(srcDir, file)}:${line}`, code });
    }
  }
  return out;
}

describe('TSDoc examples in src/ run, and their stated results hold', () => {
  const all = examples();

  it('there are examples to run, with stated results to check', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.reduce((n, e) => n + withChecks(e.code).checks, 0)).toBeGreaterThan(25);
  });

  it('every exported function and class has an example', () => {
    const [exported, missing] = exportsWithoutExample();
    expect(exported.length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  }, 60_000); // reads every module's TSDoc with the TypeScript compiler: over 5 s on a loaded machine

  it('every example type-checks as written, under the project\'s strict options', () => {
    expect(typeCheckSnippets(all.map((e) => ({ name: e.where, code: e.code })), '.tmp-doc-typecheck')).toEqual([]);
  }, 60_000);

  it.each(all.map((e, i) => [e.where, i, e.code] as const))('%s', async (_where, i, code) => {
    const { results } = await runSnippet(new URL(`example-${i}.ts`, outDir), code);
    for (const r of results) expect(r.actual).toEqual(r.expected);
  });
});
