/**
 * How long the built command line takes to start (issue 23): `--version` and `--help`, each a process of its own,
 * beside a bare `node -e 0` (the floor no command line can go below). Needs `npm run build`.
 * Run: npx vitest bench --run bench/cli-start.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const run = (args: string[]) => execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });

describe.skipIf(!existsSync(cli))('starting the command line (one process per iteration)', () => {
  bench('node -e 0 (the floor)', () => void run(['-e', '0']), { iterations: 10 });
  bench('vn-learning-society --version', () => void run([cli, '--version']), { iterations: 10 });
  bench('vn-learning-society --help', () => void run([cli, '--help']), { iterations: 10 });
  bench('vn-learning-society rulesets list', () => void run([cli, 'rulesets', 'list']), { iterations: 10 });
});
