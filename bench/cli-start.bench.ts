/**
 * How long the built command line takes to start (issue 23): `--version`, `--help` and `rulesets list`, each a process
 * of its own, beside a bare `node -e 0` (the floor no command line can go below); and two commands that load a heavy
 * entry point (a 20-row workbook scored, which loads vn-learning-society/sheets; a unit found by name, which loads the
 * unit lists). Needs `npm run build`.
 * Run: npx vitest bench --run bench/cli-start.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { getRuleSet } from 'vn-learning-society';
import { workbookBytes } from 'vn-learning-society/sheets';
import { assessmentSheetRows } from './generate.js';

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const run = (args: string[]) => execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });

const family = getRuleSet('learning-family-khvn-2015');
const rows = assessmentSheetRows(family, 20);
const book = join(tmpdir(), 'vnls-cli-start-phieu-20.xlsx');
writeFileSync(book, await workbookBytes([{ name: 'Phiếu', title: 'PHIẾU ĐÁNH GIÁ', columns: rows[0]!.map((h) => ({ heading: String(h) })), rows: rows.slice(1) }]));

describe.skipIf(!existsSync(cli))('starting the command line (one process per iteration)', () => {
  bench('node -e 0 (the floor)', () => void run(['-e', '0']), { iterations: 10 });
  bench('vn-learning-society --version', () => void run([cli, '--version']), { iterations: 10 });
  bench('vn-learning-society --help', () => void run([cli, '--help']), { iterations: 10 });
  bench('vn-learning-society rulesets list', () => void run([cli, 'rulesets', 'list']), { iterations: 10 });
  bench('vn-learning-society -f csv evaluate -i phieu-20.xlsx', () => void run([cli, '-f', 'csv', 'evaluate', '-r', family.id, '-i', book]), { iterations: 10 });
  bench('vn-learning-society units find "Long An"', () => void run([cli, 'units', 'find', 'Long An']), { iterations: 10 });
});
