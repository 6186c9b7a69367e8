import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 25: the command line as a thin shell, in short named steps, with the options commands share defined once
// (src/cli/options.ts). The imports it may use are checked by test/project/layers.test.ts.

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : n.endsWith('.ts') ? [join(d, n)] : []));
const cliFiles = files(join(root, 'src/cli'));

/** Every function of `text` (declarations, expressions, arrows, methods) longer than `max` lines: `line name length`. */
function longFunctions(file: string, text: string, max: number): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n)) {
      const from = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const to = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      const name = n.name !== undefined && ts.isIdentifier(n.name) ? n.name.text : '(anonymous)';
      if (to - from + 1 > max) out.push(`${relative(root, file)}:${from + 1} ${name} ${to - from + 1}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('the command line, in short named steps', () => {
  it('has no function over 80 lines', () => {
    expect(cliFiles.length).toBeGreaterThan(20);
    expect(cliFiles.flatMap((f) => longFunctions(f, readFileSync(f, 'utf8'), 80))).toEqual([]);
  });

  it('the check finds a long function, an anonymous action among them', () => {
    const action = `program.command('x').action(async () => {\n${'  work();\n'.repeat(81)}});\n`;
    expect(longFunctions(join(root, 'src/cli/planted.ts'), action, 80)).toEqual(['src/cli/planted.ts:1 (anonymous) 83']);
  });

  it('defines the options commands share in one place: no command spells their flags', () => {
    const shared = ['-r, --rules <ruleSet>', '-i, --input <file>', '--input-format <format>', '--keep <columns>', '--delimiter <separator>', '--sheet <sheet>', "'--force'", "'--strict'"];
    const commands = cliFiles.filter((f) => f.includes(`${join('src', 'cli', 'commands')}`));
    expect(commands.length).toBeGreaterThanOrEqual(13);
    const spelled = commands.flatMap((f) => shared.filter((flags) => readFileSync(f, 'utf8').includes(flags)).map((flags) => `${relative(root, f)}: ${flags}`));
    expect(spelled).toEqual([]);
    const options = readFileSync(join(root, 'src/cli/options.ts'), 'utf8');
    expect(shared.filter((flags) => !options.includes(flags.replace(/'/g, '')))).toEqual([]);
  });
});
