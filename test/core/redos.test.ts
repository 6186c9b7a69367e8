import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CITATION } from '../../src/programme/citation/index.js';

// Every regular expression in src/ is checked for catastrophic backtracking (ReDoS) with recheck, which finds the
// input that makes a pattern take polynomial or exponential time, or proves there is none.

/** recheck's fuzzing seed, fixed so that a run is repeatable (eight other seeds gave the same verdicts on 2026-12-06). */
const SEED = 2026;

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));

interface Found {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** Every regular-expression literal of src/, and every place that builds one with `new RegExp`. */
function patterns(): { literals: Found[]; built: string[] } {
  const literals: Found[] = [];
  const built: string[] = [];
  for (const file of walk(src)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${file.slice(src.length)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = n.getText(sf);
        const end = lit.lastIndexOf('/');
        literals.push({ where: where(n), source: lit.slice(1, end), flags: lit.slice(end + 1) });
      }
      if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.expression.getText(sf) === 'RegExp') built.push(where(n));
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, built };
}

describe('regular expressions of src/ (ReDoS, checked with recheck)', () => {
  const { literals, built } = patterns();

  it('finds the patterns', () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it.each(literals.map((l) => [l.where, l] as const))('%s is safe', async (_where, l) => {
    const r = await check(l.source, l.flags, { timeout: 10_000, randomSeed: SEED });
    expect({ pattern: `/${l.source}/${l.flags}`, status: r.status }).toEqual({ pattern: `/${l.source}/${l.flags}`, status: 'safe' });
  }, 30_000);

  it('the one pattern built at run time (the legal citation) is safe too, and no other is built', async () => {
    expect(built).toEqual([expect.stringMatching(/^programme[\\/]citation[\\/]index\.ts:\d+$/)]);
    const r = await check(CITATION.source, CITATION.flags, { timeout: 30_000, randomSeed: SEED });
    expect(r.status).toBe('safe');
  }, 60_000);
});
