// The CLI on a 50,000-row .xlsx, as a clerk runs it: wall time and peak memory of
// `vn-learning-society evaluate -i phieu-50000.xlsx --progress -o ket-qua.xlsx`.
// Usage: npm run build && npx tsx bench/sheets-cli.ts [rows]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRuleSet } from 'vn-learning-society';
import { workbookBytes } from 'vn-learning-society/sheets';
import { assessmentSheetRows } from './generate.js';

const n = Number(process.argv[2] ?? 50_000);
const rs = getRuleSet('learning-family-khvn-2015');
const rows = assessmentSheetRows(rs, n);
const dir = mkdtempSync(join(tmpdir(), 'vnls-bench-'));
const input = join(dir, `phieu-${n}.xlsx`);
writeFileSync(input, await workbookBytes([{ name: 'Phiếu', title: 'PHIẾU ĐÁNH GIÁ', columns: rows[0]!.map((h) => ({ heading: String(h) })), rows: rows.slice(1) }]));
// The results as CSV (streamed), and as a workbook (built whole in memory by write-excel-file).
for (const output of ['ket-qua.csv', 'ket-qua.xlsx']) {
  const start = performance.now();
  // The preload prints the process's peak resident memory when it exits.
  const r = spawnSync(process.execPath, ['--require', new URL('./max-rss.cjs', import.meta.url).pathname, 'dist/cli.cjs', 'evaluate', '-r', rs.id, '-i', input, '--progress', '-o', join(dir, output)], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  const rss = /maxRSS (\d+)/.exec(r.stderr)?.[1];
  if (r.status !== 0 || rss === undefined) throw new Error(`the CLI failed (${r.status}): ${r.stderr.slice(-500)}`);
  const lastProgress = r.stderr.split('\n').filter((l) => l.includes('Xong')).pop();
  console.log(`${n} rows of .xlsx → ${output}: ${seconds.toFixed(2)} s, peak ${(Number(rss) / 1024).toFixed(0)} MB; ${lastProgress}`);
}
rmSync(dir, { recursive: true, force: true });
