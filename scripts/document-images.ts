// Renders one page of each generated document to docs/images/ (decision, its annexed list, a certificate, the year's
// report), so that the docs show what an office gets: each .docx is converted to PDF by LibreOffice and a page to PNG
// by pdftoppm, as test/entries/documents-render.test.ts does. `npm run docs:documents` (needs soffice and pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, getRuleSet, summaryTable, tallyOf, targetsFor } from '../src/index.js';
import { documentToDocx, recognitionCertificates, recognitionDecision, yearReport, type Issuer } from '../src/documents/index.js';
import { fullAssessment } from '../test/helpers/full-assessment.js';

const root = new URL('..', import.meta.url).pathname;
const issuer = JSON.parse(readFileSync(join(root, 'examples/documents/issuer.json'), 'utf8')) as Issuer;
const family = getRuleSet('learning-family-khvn-2021');
const evaluation = evaluate(family, fullAssessment(family));
const names = ['Nguyễn Thị Hoa', 'Trần Văn Bình', 'Lê Thị Cúc', 'Võ Thị Én', 'Đặng Văn Giang', 'Huỳnh Thị Hạnh', 'Phan Văn Khoa', 'Bùi Thị Lan'];
const input = {
  ruleSet: family,
  year: 2025,
  date: '2025-12-15',
  number: '125',
  issuer,
  bases: ['Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025'],
  proposal: 'Hội Khuyến học xã An Bình',
  executors: ['Văn phòng HĐND và UBND xã', 'Hội Khuyến học xã', 'Trưởng các ấp'],
  entries: names.map((name, i) => ({ name, place: `Ấp ${1 + (i % 3)}`, evaluation })),
};
const report = yearReport({
  year: 2025,
  date: '2025-12-20',
  area: 'xã An Bình',
  issuer: { ...issuer, symbol: 'BC-UBND' },
  unitNames: { '30280': 'Ấp 1', '30281': 'Ấp 2', '30282': 'Ấp 3' },
  table: summaryTable(
    tallyOf(['30280', '30281', '30282'].flatMap((commune, k) => Array.from({ length: 40 }, (_, i) => ({ province: 'VN-45', commune, model: 'learning-family' as const, recognized: i < 30 + 4 * k })))),
    { level: 'commune', populations: { '30280': { 'learning-family': 42 }, '30281': { 'learning-family': 41 }, '30282': { 'learning-family': 40 } }, targets: targetsFor('VN-45', 2025) },
  ),
});

const dir = mkdtempSync(join(tmpdir(), 'vnls-images-'));
const pages: [string, Uint8Array, number][] = [
  ['document-decision', await documentToDocx(recognitionDecision(input)), 1],
  ['document-annex', await documentToDocx(recognitionDecision(input)), 3],
  ['document-certificate', await documentToDocx(recognitionCertificates({ ...input, entries: input.entries.slice(0, 1) })), 1],
  ['document-report', await documentToDocx(report), 1],
];
for (const [name, bytes, page] of pages) {
  writeFileSync(join(dir, `${name}.docx`), bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `${name}.docx`)], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-gray', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', join(dir, `${name}.pdf`), join(dir, name)]);
  // 16 colours where pngquant is installed (Debian's package): a quarter of the size, as readable; the package ships them.
  try {
    execFileSync('pngquant', ['--speed', '1', '--force', '--output', join(dir, `${name}.png`), '16', join(dir, `${name}.png`)], { stdio: 'ignore' });
  } catch {
    console.warn('pngquant is not installed: the page is kept in full colour');
  }
  renameSync(join(dir, `${name}.png`), join(root, 'docs/images', `${name}.png`));
  console.log(`docs/images/${name}.png`);
}
rmSync(dir, { recursive: true, force: true });
