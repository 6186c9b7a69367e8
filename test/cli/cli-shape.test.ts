import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue 25: the command line as a thin shell, with the options commands share defined once (src/cli/options.ts). The
// imports it may use are checked by test/project/layers.test.ts, the length of its functions (80 lines at most, an
// anonymous action among them) by test/project/function-length.test.ts.

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : n.endsWith('.ts') ? [join(d, n)] : []));
const cliFiles = files(join(root, 'src/cli'));

describe('the command line, in short named steps', () => {
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
