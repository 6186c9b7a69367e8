import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, getRuleSet, summaryTable, tallyOf, targetsFor } from 'vn-learning-society';
import { documentToDocx, recognitionCertificates, recognitionDecision, yearReport, type Issuer } from 'vn-learning-society/documents';
import { fullAssessment } from '../helpers/full-assessment.js';

// The documents as a person sees them: each .docx converted to PDF by LibreOffice (Debian's libreoffice-writer-nogui)
// and to images by pdftoppm (poppler-utils); then the text, the page count and the paper are checked, and that a page
// is not blank. .ci/run installs both when they are missing and sets REQUIRE_OFFICE=1, so that CI fails, not skips.

const has = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const available = has('soffice') && has('pdftoppm') && has('pdftotext') && has('pdfinfo');
const required = process.env.REQUIRE_OFFICE === '1';

const family = getRuleSet('learning-family-khvn-2021');
const evaluation = evaluate(family, fullAssessment(family));
const issuer: Issuer = { parent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', place: 'An Bình', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } };
const names = Array.from({ length: 60 }, (_, i) => `Trần Thị Hộ ${i + 1}`);
const input = { ruleSet: family, year: 2025, date: '2025-12-15', number: '125', issuer, entries: names.map((name, i) => ({ name, place: `Ấp ${1 + (i % 6)}`, evaluation })) };

const dir = mkdtempSync(join(tmpdir(), 'vnls-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts .docx files to PDF with one LibreOffice run (a profile of its own, so that runs never share one). */
function toPdf(files: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 120_000 });
}
const pdfInfo = (pdf: string) => {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]) };
};
const pageText = (pdf: string, page?: number) => execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'], { encoding: 'utf8' });
/** The share of dark pixels of a page, from pdftoppm's greyscale PGM (a header, then one byte a pixel). */
function inkOf(pdf: string, page: number): number {
  const base = join(dir, `ink-${page}`);
  execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  const bytes = readFileSync(`${base}.pgm`);
  let at = 0;
  for (let fields = 0; fields < 4; ) {
    while (bytes[at] === 0x20 || bytes[at] === 0x0a) at++;
    while (bytes[at] !== 0x20 && bytes[at] !== 0x0a) at++;
    fields++;
  }
  const pixels = bytes.subarray(at + 1);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark / pixels.length;
}

describe.runIf(available || required)('documents rendered by LibreOffice, as a person sees them', () => {
  it('has LibreOffice and poppler (installed by .ci/run)', () => {
    expect(available).toBe(true);
  });

  it('renders a decision, its certificates and the year’s report: the text, the pages, the paper', async () => {
    const report = yearReport({
      year: 2025,
      date: '2025-12-20',
      area: 'xã An Bình',
      issuer: { ...issuer, symbol: 'BC-UBND' },
      unitNames: { '30280': 'Xã An Bình' },
      table: summaryTable(
        tallyOf(Array.from({ length: 40 }, (_, i) => ({ province: 'VN-45', commune: '30280', model: 'learning-family' as const, recognized: i < 34 }))),
        { level: 'commune', populations: { '30280': { 'learning-family': 50 } }, targets: targetsFor('VN-45', 2025) },
      ),
    });
    writeFileSync(join(dir, 'decision.docx'), await documentToDocx(recognitionDecision(input)));
    writeFileSync(join(dir, 'certificates.docx'), await documentToDocx(recognitionCertificates({ ...input, entries: input.entries.slice(0, 3) })));
    writeFileSync(join(dir, 'report.docx'), await documentToDocx(report));
    toPdf(['decision.docx', 'certificates.docx', 'report.docx'].map((f) => join(dir, f)));

    // The decision: A4 portrait; the decision itself on the first pages, the annexed list starting on a page of its own.
    const decision = join(dir, 'decision.pdf');
    const d = pdfInfo(decision);
    expect(Math.round(d.width)).toBe(595);
    expect(Math.round(d.height)).toBe(842);
    expect(d.pages).toBeGreaterThanOrEqual(3);
    const first = pageText(decision, 1);
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 125/QĐ-UBND', 'An Bình, ngày 15 tháng 12 năm 2025', 'QUYẾT ĐỊNH', 'DỰ THẢO']) expect(first).toContain(line);
    expect(first).not.toContain('DANH SÁCH');
    const all = pageText(decision).replace(/\s+/g, ' ');
    expect(all).toContain('Điều 1. Công nhận 60 (sáu mươi) hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025');
    // Every name of the list is printed, each once: nothing is lost between the data and the paper.
    for (const name of names) expect(all.split(`${name} `).length - 1, name).toBe(1);
    const annexPage = Array.from({ length: d.pages }, (_, i) => i + 1).find((p) => pageText(decision, p).includes('DANH SÁCH'))!;
    expect(annexPage).toBeGreaterThan(1);
    // The page number stands at the top from the second page on (none on the first).
    expect(pageText(decision, 2).trim().split('\n')[0]!.trim()).toBe('2');
    expect(inkOf(decision, 1)).toBeGreaterThan(0.01);

    // Certificates: one landscape page each.
    const certificates = join(dir, 'certificates.pdf');
    const c = pdfInfo(certificates);
    expect(c.pages).toBe(3);
    expect(Math.round(c.width)).toBe(842);
    for (let p = 1; p <= 3; p++) {
      const text = pageText(certificates, p);
      expect(text).toContain('CÔNG NHẬN');
      expect(text).toContain(names[p - 1]);
      expect(text).toContain(`Số vào sổ: ${p}`);
    }

    // The year's report: its text and its table.
    const r = pageText(join(dir, 'report.pdf')).replace(/\s+/g, ' ');
    expect(r).toContain('BÁO CÁO');
    expect(r).toContain('Toàn xã An Bình có 50 hộ gia đình, 34 hộ gia đình đạt danh hiệu “Gia đình học tập”, đạt 68,00%');
    // One commune: the table has its total row only (the commune's own row would repeat it).
    expect(r).toContain('Danh hiệu');
    expect(r).toMatch(/Toàn xã An .*68,00 90 11/);
  }, 180_000);
});
