// Peak memory of the built CLI on the files of issue 22, each run in a process of its own so that its peak resident
// memory is its own (a preload prints `process.resourceUsage().maxRSS` at exit):
//   1. 1,000,000 assessments (NDJSON) scored with `evaluate -o ket-qua.csv` (streamed to a temporary file, renamed);
//   2. the same with `-f json -o ket-qua.json` (a JSON array, streamed);
//   3. a 100,000-row .xlsx read and scored with `-o ket-qua.csv`;
//   4. a zip bomb (a few MB packed, gigabytes of sheet XML unpacked) refused;
//   5. a 2 KB workbook with one cell at XFD1048576 refused.
// Usage: npm run build && npx tsx bench/hostile-files.ts [rows]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { getRuleSet } from 'vn-learning-society';
import { workbookBytes } from 'vn-learning-society/sheets';
import { assessmentSheetRows, generateAssessments } from './generate.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const rs = getRuleSet('learning-family-khvn-2015');
const dir = mkdtempSync(join(tmpdir(), 'vnls-hostile-'));

/** Runs the built CLI; its wall time, peak memory (MB), exit code and last line of stderr. */
function cli(args: string[]): { seconds: number; peakMb: number; status: number | null; last: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', new URL('./max-rss.cjs', import.meta.url).pathname, 'dist/cli.cjs', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  const seconds = (performance.now() - start) / 1000;
  const rss = /maxRSS (\d+)/.exec(r.stderr)?.[1];
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('maxRSS'));
  const last = r.status === null ? `killed (${r.signal}) after ${seconds.toFixed(0)} s` : (lines.pop() ?? '').slice(0, 160);
  return { seconds, peakMb: Number(rss ?? 0) / 1024, status: r.status, last };
}

/** The minimal parts of a workbook around one sheet's XML, written as a zip stream to `path`. */
async function workbookWith(path: string, sheetXml: (push: (text: string) => void) => void, level: 1 | 9 = 9): Promise<void> {
  const out = createWriteStream(path);
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.write(chunk);
  });
  const plain = (name: string, text: string) => {
    const f = new ZipPassThrough(name);
    zip.add(f);
    f.push(strToU8(text), true);
  };
  plain('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  plain('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  plain('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Phiếu" sheetId="1" r:id="rId1"/></sheets></workbook>');
  plain('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level });
  zip.add(sheet);
  sheetXml((text) => sheet.push(strToU8(text), false));
  sheet.push(new Uint8Array(0), true);
  zip.end();
  out.end();
  await once(out, 'finish');
}

const report: string[] = [];
/** `ONLY=bomb,far npx tsx bench/hostile-files.ts` runs some parts: rows, xlsx, bomb, far. */
const only = process.env.ONLY?.split(',');
const runs = (part: string) => only === undefined || only.includes(part);
const line = (what: string, r: ReturnType<typeof cli>, size: string) =>
  report.push(`| ${what} | ${size} | ${r.status} | ${r.seconds.toFixed(1)} s | ${r.peakMb.toFixed(0)} MB | ${r.last.replace(/\|/g, '/')} |`);

// 1–2. A million assessments as NDJSON.
if (runs('rows')) {
  const input = join(dir, `phieu-${rows}.ndjson`);
  const out = createWriteStream(input);
  for (let from = 0; from < rows; from += 50_000) {
    const batch = generateAssessments(rs, Math.min(50_000, rows - from), 2026 + from);
    const text = batch.map((a, k) => JSON.stringify({ id: `H${from + k + 1}`, ...a })).join('\n');
    if (!out.write(`${text}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const size = `${(statSync(input).size / 1e6).toFixed(0)} MB`;
  line(`${rows.toLocaleString('en')} rows NDJSON → \`-o ket-qua.csv\``, cli(['evaluate', '-r', rs.id, '-i', input, '-o', join(dir, 'ket-qua.csv')]), size);
  line(`${rows.toLocaleString('en')} rows NDJSON → \`-f json -o ket-qua.json\``, cli(['-f', 'json', 'evaluate', '-r', rs.id, '-i', input, '-o', join(dir, 'ket-qua.json')]), size);
  rmSync(input);
}

// 3. A 100,000-row workbook.
if (runs('xlsx')) {
  const sheetRows = assessmentSheetRows(rs, 100_000);
  const input = join(dir, 'phieu-100000.xlsx');
  writeFileSync(input, await workbookBytes([{ name: 'Phiếu', title: 'PHIẾU ĐÁNH GIÁ', columns: sheetRows[0]!.map((h) => ({ heading: String(h) })), rows: sheetRows.slice(1) }]));
  line('100,000-row .xlsx → `-o ket-qua.csv`', cli(['evaluate', '-r', rs.id, '-i', input, '-o', join(dir, 'ket-qua-xlsx.csv')]), `${(statSync(input).size / 1e6).toFixed(1)} MB`);
}

// 4. A zip bomb: 3 GB of rows of one cell, deflated at level 9.
if (runs('bomb')) {
  const input = join(dir, 'bomb.xlsx');
  const row = '<row><c t="n"><v>1</v></c></row>'.repeat(32_768);
  await workbookWith(input, (push) => {
    push('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
    for (let written = 0; written < 3e9; written += row.length) push(row);
    push('</sheetData></worksheet>');
  });
  line('zip bomb (3 GB of sheet XML)', cli(['evaluate', '-r', rs.id, '-i', input, '-o', join(dir, 'bomb.csv')]), `${(statSync(input).size / 1e6).toFixed(1)} MB`);
}

// 5. One far cell.
if (runs('far')) {
  const input = join(dir, 'far.xlsx');
  await workbookWith(input, (push) => push('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã phiếu</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'));
  line('one cell at XFD1048576', cli(['evaluate', '-r', rs.id, '-i', input, '-o', join(dir, 'far.csv')]), `${(statSync(input).size / 1e3).toFixed(1)} KB`);
}

console.log('| file | size | exit | time | peak memory | last message |');
console.log('|---|---|---|---|---|---|');
for (const r of report) console.log(r);
rmSync(dir, { recursive: true, force: true });
