import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRuleSet, indicatorsOf, unconfirmedValues } from 'vn-learning-society';
import { readWorkbook, verifyReportTable, workbookBytes, type SheetCell } from 'vn-learning-society/sheets';
import { serve } from '../../examples/web/serve.mjs';

/**
 * End to end: the workbench (examples/workbench/, issue 27) in headless Chromium (Debian's chromium, driven by
 * playwright-core), built here by Vite from the package's ESM build in dist/ (which `npm test` builds before vitest)
 * into a temporary folder and served on 127.0.0.1. Every flow of the issue, the files it downloads opened by the
 * library (and the .docx by fflate), offline use, the requests made, keyboard use and axe-core. CI sets
 * REQUIRE_BROWSER=1, so that a missing browser or build fails there instead of skipping.
 *
 * WORKBENCH_SCREENSHOTS=<folder> also writes screenshots there (for the guides).
 */
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const repo = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(repo, 'dist/index.js'));
const required = process.env.REQUIRE_BROWSER === '1';
const shots = process.env.WORKBENCH_SCREENSHOTS;

it.runIf(required)('CI has Chromium and the ESM build for the workbench test', () => {
  expect({ chromium: executablePath !== undefined, built }).toEqual({ chromium: true, built: true });
});

const ruleSet = getRuleSet('learning-family-khvn-2021');
const ids = indicatorsOf(ruleSet).map((i) => i.id);
// A household as a row: the judged points in the order of JUDGED, the two ratios, the bookshelf.
const JUDGED = ['children.results', 'children.manners', 'adults.application', 'adults.reading', 'conditions.support', 'effects.livelihood', 'effects.community'];
function household(id: string, hamlet: string, name: string, judged: (number | string)[], attendance: string, learners: string, shelf: string): SheetCell[] {
  const byId: Record<string, SheetCell> = { 'children.attendance': attendance, 'adults.learning-citizens': learners, 'conditions.bookshelf': shelf };
  JUDGED.forEach((k, i) => (byId[k] = judged[i]!));
  return [id, hamlet, name, ...ids.map((k) => byId[k] ?? null)];
}
const HEADINGS = ['Mã phiếu', 'Thôn', 'Họ tên chủ hộ', ...ids];
// Hamlet 1 (.xlsx: a title row, the header on row 2, households from row 3). Totals under the 2021–2030 family sheet
// (QĐ 448/QĐ-KHVN's structure, 100 points, 80 to be recognised — an unconfirmed value): H01 94, H02 95, H03 79 (no
// bookshelf; 89 with it), H04 unreadable ("abc" in H6), H05 refused (12 of 10 points in E7).
const HAMLET_1 = [
  household('H01', 'Ấp 1', 'Nguyễn Thị Hoa', [10, 10, 9, 8, 9, 8, 10], '3/3', '2/2', 'có'),
  household('H02', 'Ấp 1', 'Trần Văn Bình', [10, 10, 10, 5, 10, 10, 10], '3/3', '2/2', 'có'),
  household('H03', 'Ấp 1', 'Lê Văn Cường', [10, 10, 9, 8, 9, 8, 5], '3/3', '2/2', 'không'),
  household('H04', 'Ấp 1', 'Phạm Thị Dung', [10, 10, 9, 'abc', 9, 8, 10], '3/3', '2/2', 'có'),
  household('H05', 'Ấp 1', 'Hoàng Văn Em', [12, 10, 9, 8, 9, 8, 10], '3/3', '2/2', 'có'),
];
// Hamlet 2 (CSV as Excel saves it in Vietnamese: ";" between fields): H06 84, H07 35, H08 cut short.
const HAMLET_2_CSV = [
  HEADINGS.join(';'),
  household('H06', 'Ấp 2', 'Võ Thị Phương', [10, 10, 9, 5, 8, 8, 4], '3/3', '2/2', 'có').join(';'),
  household('H07', 'Ấp 2', 'Đặng Văn Giang', [5, 5, 5, 5, 5, 5, 5], '1/3', '0/2', 'không').join(';'),
  'H08;Ấp 2;Ngô Văn Hải;3/3', // a line cut short: refused as the command line refuses it, not read as blanks
].join('\r\n');

/** The text of a .docx's body, a line per paragraph. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  return xml.split('</w:p>').map((p) => p.replace(/<[^>]*>/g, '')).join('\n').replaceAll('&amp;', '&').replaceAll('&quot;', '"');
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync((await download.path())!));
}

describe.skipIf(!executablePath || !built)('the workbench (examples/workbench/) in headless Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };
  let out: string;
  const pageErrors: string[] = [];
  const requests: string[] = [];

  const watch = (p: Page) => {
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    p.on('console', (m) => void (m.type() === 'warning' && console.log(m.text())));
    p.on('console', (m) => void (m.type() === 'error' && pageErrors.push(m.text())));
  };
  const download = async (p: Page, click: () => Promise<unknown>) => {
    const [d] = await Promise.all([p.waitForEvent('download'), click()]);
    return d;
  };

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'workbench-'));
    // The workbench is built here, so that a clean clone passes `npm ci && npm test`: Vite, from the ESM build in dist/.
    execFileSync(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(repo, 'examples/workbench/vite.config.mjs'), '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } }); // vitest sets NODE_ENV=test, which Vite would build as not production
    server = await serve({ root: out });
    browser = await chromium.launch({
      executablePath: executablePath!,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    context.on('request', (r) => void requests.push(r.url()));
    page = await context.newPage();
    watch(page);
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    if (shots) mkdirSync(shots, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('reads, scores and shows a sheet of 5,000 households in under 2 s (asserted: 10 s, as the machine is shared)', async () => {
    // Every fourth household scores 35 (not recognised), the others 94: 3,750 recognised of 5,000.
    const rows = Array.from({ length: 5000 }, (_, i) =>
      i % 4 === 0
        ? household(`H${String(i + 1).padStart(5, '0')}`, `Ấp ${(i % 10) + 1}`, `Hộ ${i + 1}`, [5, 5, 5, 5, 5, 5, 5], '1/3', '0/2', 'không')
        : household(`H${String(i + 1).padStart(5, '0')}`, `Ấp ${(i % 10) + 1}`, `Hộ ${i + 1}`, [10, 10, 9, 8, 9, 8, 10], '3/3', '2/2', 'có'),
    );
    const bytes = await workbookBytes([{ name: 'Phiếu', title: 'PHIẾU ĐÁNH GIÁ', columns: HEADINGS.map((heading) => ({ heading })), rows }]);
    const p = await context.newPage();
    watch(p);
    await p.goto(server.url);
    await p.waitForSelector('body[data-ready="true"]');
    const started = Date.now();
    await p.locator('input[type=file]').first().setInputFiles({ name: 'xa-5000.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await p.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector('#recognised-count')?.textContent === '3750', undefined, { timeout: 20_000 });
    const elapsed = Date.now() - started;
    const inPage = Number(await p.getAttribute('#sheets-status', 'data-ms'));
    console.log(`workbench: 5,000 households read, scored and shown in ${elapsed} ms (${inPage} ms in the page, from the file chosen to the table shown)`);
    expect(await p.locator('#results tbody tr').count()).toBe(5000);
    expect(await p.locator('#results tbody tr').nth(4999).locator('th').textContent()).toBe('H05000');
    // The aim is 2 s (issue 27), met on this machine when it is not busy (docs/en/workbench.md gives the figures); the
    // bound asserted is five times that, so that a machine shared with other builds does not fail the test.
    expect(inPage).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(10_000);
    await p.close();
  }, 60_000);

  it('chooses the rule set in force by year and model, and shows its sources and unconfirmed values', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('h1')).toBe('Bàn làm việc xã hội học tập');
    await page.fill('#year', '2025');
    await page.dispatchEvent('#year', 'change');
    await page.selectOption('#model', 'learning-community/hamlet');
    expect(await page.textContent('#rule-set-id')).toBe('learning-community-hamlet-khvn-2021');
    await page.selectOption('#model', 'learning-family');
    await page.selectOption('#province', '82'); // Tỉnh Đồng Tháp, from 1 July 2025
    await page.selectOption('#commune', '28261'); // Phường Mỹ Tho
    expect(await page.textContent('#rule-set-id')).toBe('learning-family-khvn-2021');
    expect(await page.locator('#unconfirmed summary').textContent()).toBe(`Giá trị chưa được xác nhận từ văn bản gốc (${unconfirmedValues(ruleSet).length})`);
    expect(await page.locator('#unconfirmed li').count()).toBe(unconfirmedValues(ruleSet).length);
    expect(await page.locator('#province option:checked').textContent()).toBe('Tỉnh Đồng Tháp');
    expect(await page.locator('#province option').count()).toBe(34);
  });

  it('downloads the blank sheet, by keyboard, with the hamlet and name columns', async () => {
    await page.focus('#download-template');
    const outline = await page.$eval('#download-template', (b) => {
      const s = (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string } }).getComputedStyle(b);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px'); // the visible focus of style.css
    const d = await download(page, () => page.keyboard.press('Enter'));
    expect(d.suggestedFilename()).toBe('phieu-learning-family-khvn-2021.xlsx');
    const sheets = await readWorkbook(await bytesOf(d));
    expect(sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Phiếu']);
    const form = sheets[1]!;
    const header = form.rows.find((r) => r[0] === 'Mã phiếu')!;
    expect(header.slice(0, 3)).toEqual(['Mã phiếu', 'Thôn', 'Họ tên chủ hộ']);
    expect(header.length).toBe(3 + ids.length);
  });

  it('opens an .xlsx and a dropped CSV: one row per assessment, every bad cell by its address, the count as text', async () => {
    const xlsx = await workbookBytes([{ name: 'Phiếu', title: 'PHIẾU ĐÁNH GIÁ GIA ĐÌNH HỌC TẬP — ẤP 1', columns: HEADINGS.map((heading) => ({ heading })), rows: HAMLET_1 }]);
    await page.locator('input[type=file]').first().setInputFiles({ name: 'ap-1.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) });
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('#results tbody tr').length === 4);
    // Drag and drop of a CSV file onto the drop zone.
    const data = await page.evaluateHandle((text) => {
      const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: string[], name: string) => unknown };
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([text], 'ap-2.csv'));
      return dt;
    }, HAMLET_2_CSV);
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: data });
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('#results tbody tr').length === 6);
    expect(await page.locator('#results tbody th').allTextContents()).toEqual(['H01', 'H02', 'H03', 'H05', 'H06', 'H07']);
    expect(await page.locator('#results tbody td.verdict').allTextContents()).toEqual(['ĐẠT', 'ĐẠT', 'CHƯA ĐẠT', 'Lỗi', 'ĐẠT', 'CHƯA ĐẠT']);
    expect(await page.locator('#results tbody td.num').allTextContents()).toEqual(['94/100', '95/100', '79/100', '', '84/100', '35/100']);
    expect(await page.textContent('#recognised-count')).toBe('3');
    expect(await page.textContent('#recognised-of')).toBe('phiếu được công nhận trên 5 phiếu đã chấm. 5 kết quả là tạm thời: bộ tiêu chí còn giá trị chưa được xác nhận.');
    const problems = await page.locator('#problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...(tr as unknown as { cells: { textContent: string }[] }).cells].map((c) => c.textContent)));
    expect(problems.map((p) => p.slice(0, 3))).toEqual([['ap-1.xlsx', 'H6', '6'], ['ap-2.csv', '', '4'], ['ap-1.xlsx', 'E7', '7']]);
    expect(problems.map((p) => p[3])).toEqual([
      'adults.reading: "abc" không phải là số',
      `dòng có 4 ô nhưng tiêu đề có 13 cột; thiếu cột ${ids.slice(1).join(', ')}`,
      'children.results: 12 điểm vượt quá điểm tối đa 10',
    ]);
    if (shots) await page.locator('#s3').screenshot({ path: join(shots, 'workbench-sheets-vi.png') });
  });

  it('changes a value in place, by keyboard, and the verdict and the count change at once', async () => {
    await page.locator('#results tbody tr').nth(2).locator('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#editor[open]');
    expect(await page.textContent('#editor-verdict')).toBe('CHƯA ĐẠT — 79/100');
    await page.focus('#e-conditions\\.bookshelf');
    await page.keyboard.press('Space');
    expect(await page.textContent('#editor-verdict')).toBe('ĐẠT — 89/100');
    expect(await page.textContent('#recognised-count')).toBe('4');
    if (shots) await page.screenshot({ path: join(shots, 'workbench-editor-vi.png') });
    await page.keyboard.press('Escape');
    expect(await page.locator('#editor[open]').count()).toBe(0);
    // Focus returns to the household's id (the dialog's close event comes after Escape).
    await page.waitForFunction(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent === 'H03');
    expect(await page.locator('#results tbody tr').nth(2).locator('td.verdict').textContent()).toBe('ĐẠT');
  });

  it('sums up by hamlet and commune against the province target, draws the chart, and downloads results and summary', async () => {
    // The 2025 target for learning families, 70 %, is QĐ 387/QĐ-TTg's (2022) national one, which Đồng Tháp takes.
    const cells = await page.locator('#summary-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...(tr as unknown as { cells: { textContent: string }[] }).cells].map((c) => c.textContent)));
    expect(cells).toEqual([
      ['Ấp 1', '3', '3', '100,00', '70', '0'],
      ['Ấp 2', '2', '1', '50,00', '70', '1'],
      ['Phường Mỹ Tho', '5', '4', '80,00', '70', '0'],
    ]);
    await page.fill('#population', '10'); // ten households in scope: 4 of 10 is 40 %, 7 are required, 3 more needed
    expect(await page.locator('#summary-table tr.total').evaluate((tr) => [...(tr as unknown as { cells: { textContent: string }[] }).cells].map((c) => c.textContent))).toEqual(['Phường Mỹ Tho', '10', '4', '40,00', '70', '3']);
    expect(await page.locator('#chart svg text').allTextContents()).toContain('Chỉ tiêu 70 %');
    const results = await readWorkbook(await bytesOf(await download(page, () => page.click('#download-results'))));
    expect(results[0]!.rows.slice(1, 3)).toEqual([
      ['Tệp', 'Dòng', 'Mã phiếu', 'Thôn, ấp', 'Họ tên', 'Tổng điểm', 'Điểm tối đa', 'Kết quả', 'Chưa đạt', 'Tạm thời'],
      ['ap-1.xlsx', 3, 'H01', 'Ấp 1', 'Nguyễn Thị Hoa', 94, 100, 'ĐẠT', null, 'có'],
    ]);
    expect(results[0]!.rows.length).toBe(2 + 5);
    const summary = await readWorkbook(await bytesOf(await download(page, () => page.click('#download-summary'))));
    expect(summary.map((s) => s.name)).toEqual(['Xã', 'Theo thôn']);
    // The library's own check of a printed table finds the summary it wrote right, cell by cell.
    for (const sheet of summary) expect(verifyReportTable(sheet).wrong).toEqual([]);
    if (shots) await page.locator('#s4').screenshot({ path: join(shots, 'workbench-summary-vi.png') });
  });

  it('writes the decision with its list and the certificates (.docx), and keeps the issuer only when asked', async () => {
    const form = page.locator('#issuer');
    await form.locator('[name=parent]').fill('ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP');
    await form.locator('[name=name]').fill('ỦY BAN NHÂN DÂN PHƯỜNG MỸ THO');
    await form.locator('[name=place]').fill('Mỹ Tho');
    await form.locator('[name=capacity]').fill('TM. ỦY BAN NHÂN DÂN');
    await form.locator('[name=title]').fill('CHỦ TỊCH');
    await form.locator('[name=signer]').fill('Nguyễn Văn An');
    await form.locator('[name=number]').fill('125');
    await form.locator('[name=date]').fill('2025-12-15');
    const decision = docxText(await bytesOf(await download(page, () => page.click('#download-decision'))));
    expect(decision).toContain('Số: 125/QĐ-UBND');
    expect(decision).toContain('Mỹ Tho, ngày 15 tháng 12 năm 2025');
    expect(decision).toContain('Điều 1. Công nhận 4 (bốn) hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025 (có danh sách kèm theo).');
    for (const name of ['Nguyễn Thị Hoa', 'Trần Văn Bình', 'Lê Văn Cường', 'Võ Thị Phương']) expect(decision).toContain(name);
    expect(decision).not.toContain('Đặng Văn Giang');
    expect(await page.locator('#documents-status .warning').textContent()).toBe('Văn bản là DỰ THẢO:');
    const certificates = docxText(await bytesOf(await download(page, () => page.click('#download-certificates'))));
    expect(certificates.split('Võ Thị Phương').length - 1).toBe(1);
    expect(certificates).toContain('Lê Văn Cường');
    expect(await page.evaluate(() => (globalThis as unknown as { localStorage: { length: number } }).localStorage.length)).toBe(0); // not asked yet
    await page.check('#remember');
    const kept = await page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(k: string): string | null } }).localStorage.getItem('vn-learning-society.workbench.issuer'));
    expect(JSON.parse(kept!)).toEqual({ parent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', name: 'ỦY BAN NHÂN DÂN PHƯỜNG MỸ THO', place: 'Mỹ Tho', symbol: 'QĐ-UBND', capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', signer: 'Nguyễn Văn An' });
    const again = await context.newPage();
    await again.goto(server.url);
    await again.waitForSelector('body[data-ready="true"]');
    expect(await again.inputValue('#issuer [name=signer]')).toBe('Nguyễn Văn An');
    await again.click('#clear-stored');
    expect(await again.textContent('#notice')).toBe('Đã xóa dữ liệu đã lưu trên máy này.');
    expect(await again.evaluate(() => (globalThis as unknown as { localStorage: { length: number } }).localStorage.length)).toBe(0);
    expect(await again.inputValue('#issuer [name=signer]')).toBe('');
    await again.close();
  });

  it('checks a report table and highlights its wrong cells with the right values', async () => {
    // Seed 001: 812 of 1,043 households recognised, 77,85 %; Xã B's 75,5 should be 75,0.
    const bytes = await workbookBytes([{ name: 'Báo cáo', columns: ['Xã', 'Tổng số hộ', 'Số hộ đạt GĐHT', 'Tỷ lệ (%)'].map((heading) => ({ heading })), rows: [['Xã A', 1043, 812, '77,85'], ['Xã B', 200, 150, '75,5'], ['Tổng cộng', 1243, 962, '77,39']] }]);
    await page.setInputFiles('#report', { name: 'bao-cao.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await page.waitForSelector('#report-verdict');
    expect(await page.textContent('#report-verdict')).toBe('1 ô sai (tô đỏ), với giá trị đúng:');
    expect(await page.locator('#report-table td.wrong').evaluateAll((tds) => tds.map((td) => (td as unknown as { dataset: { cell: string } }).dataset.cell))).toEqual(['D3']);
    expect(await page.textContent('#report-table td.wrong .right')).toBe('→ 75,0');
  });

  it("shows whom the province's fork would change on the sheets opened, then scores with it", async () => {
    await page.setInputFiles('#fork', join(repo, 'examples/data/dong-thap-family-fork.json'));
    await page.waitForSelector('#impact');
    // The illustrative Đồng Tháp fork: 85 points to be recognised, reading at most 5 points.
    expect(await page.textContent('#impact-changed')).toBe('1');
    expect(await page.textContent('#impact-lost')).toBe('1: H06');
    expect(await page.textContent('#impact-gained')).toBe('không có');
    await page.click('#use-fork');
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector('#rule-set-id')?.textContent === 'learning-family-dong-thap-2021');
    expect(await page.textContent('#recognised-count')).toBe('1');
    expect(await page.locator('#results tbody td.verdict').allTextContents()).toEqual(['Lỗi', 'ĐẠT', 'Lỗi', 'Lỗi', 'CHƯA ĐẠT', 'CHƯA ĐẠT']);
    await page.click('#back-to-national');
    expect(await page.textContent('#recognised-count')).toBe('4'); // the change made in place is kept
  });

  it('runs test cases from a YAML file (vn-learning-society/cases) and shows each result', async () => {
    // data/cases/learning-family-khvn-2021.yaml: the 12 boundary cases of the 2021–2030 family sheet.
    await page.setInputFiles('#cases', join(repo, 'data/cases/learning-family-khvn-2021.yaml'));
    await page.waitForSelector('#cases-summary');
    expect(await page.textContent('#cases-summary')).toBe('12 ca đạt, 0 ca không đạt');
    expect((await page.textContent('#cases-report'))!.split('\n').slice(0, 2)).toEqual(['learning-family-khvn-2021.yaml', '  ✓ Đủ điểm tối đa (100/100)']);
  });

  it('says what is wrong with a bad file in the page, never a blank screen', async () => {
    await page.locator('input[type=file]').first().setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a workbook') });
    await page.waitForSelector('#sheets-error .error');
    expect(await page.textContent('#sheets-error')).toBe('hong.xlsxLỗi: Không đọc được tệp Excelđây không phải tệp .xlsx (tệp .xls cũ: mở bằng Excel rồi Lưu thành .xlsx; tệp CSV: dùng đuôi .csv)');
    expect(await page.locator('#results tbody tr').count()).toBe(6);
  });

  it('has no serious or critical accessibility violation (axe-core), and fits 1366×768 without scrolling sideways', async () => {
    await page.evaluate(readFileSync(join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const run = () =>
      page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const r = await axe.run({ resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
    expect(await run()).toEqual([]);
    await page.locator('#results tbody tr').first().locator('button').click();
    expect(await run()).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  });

  it('switches to English and keeps what was opened', async () => {
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('h1')).toBe('Learning-society workbench');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#results tbody td.verdict').allTextContents()).toEqual(['RECOGNISED', 'RECOGNISED', 'RECOGNISED', 'Error', 'RECOGNISED', 'NOT RECOGNISED']);
    expect(await page.textContent('#report-verdict')).toBe('1 wrong cell (in red), with the right values:');
    expect(await page.textContent('#sheets-error')).toBe("hong.xlsxError: Cannot read the Excel filethis is not an .xlsx file (an old .xls: open it in Excel and save as .xlsx; a CSV file: name it .csv)");
    expect(await page.locator('#chart svg text').allTextContents()).toContain('Target 70%');
    if (shots) await page.locator('#s6').screenshot({ path: join(shots, 'workbench-report-en.png') });
  });

  it('works offline after the first visit: a new page loads, reads a sheet and writes the decision', async () => {
    await page.waitForSelector('body[data-offline]', { timeout: 15_000 });
    expect(await page.getAttribute('body', 'data-offline')).toBe('ready');
    await context.setOffline(true);
    const p = await context.newPage();
    const offlineErrors: string[] = [];
    p.on('pageerror', (e) => offlineErrors.push(String(e)));
    p.on('console', (m) => void (m.type() === 'error' && offlineErrors.push(m.text())));
    try {
      await p.goto(server.url);
      await p.waitForSelector('body[data-ready="true"]');
      // Offline indeed: a file the app does not have cannot be fetched.
      expect(await p.evaluate(() => fetch('./not-kept.txt').then(() => 'fetched', () => 'offline'))).toBe('offline');
      await p.fill('#year', '2025');
      await p.dispatchEvent('#year', 'change');
      // Two files at once: hamlet 1's (H01, H02 recognised) and hamlet 2's (H06).
      const xlsx = await workbookBytes([{ name: 'Phiếu', columns: HEADINGS.map((heading) => ({ heading })), rows: HAMLET_1 }]);
      await p.locator('input[type=file]').first().setInputFiles([
        { name: 'ap-1.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) },
        { name: 'ap-2.csv', mimeType: 'text/csv', buffer: Buffer.from(HAMLET_2_CSV) },
      ]);
      await p.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector('#recognised-count')?.textContent === '3');
      expect(await p.locator('#results tbody tr').count()).toBe(6);
      await p.fill('#issuer [name=name]', 'ỦY BAN NHÂN DÂN PHƯỜNG MỸ THO');
      await p.fill('#issuer [name=place]', 'Mỹ Tho');
      await p.fill('#issuer [name=title]', 'CHỦ TỊCH');
      await p.fill('#issuer [name=signer]', 'Nguyễn Văn An');
      const text = docxText(await bytesOf(await download(p, () => p.click('#download-decision'))));
      expect(text).toContain('Điều 1. Công nhận 3 (ba) hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025 (có danh sách kèm theo).');
      expect(offlineErrors).toEqual(['Failed to load resource: net::ERR_FAILED']); // the one fetch above, refused
      await p.goto(`${server.url}index.html`); // the page by its file name, kept too
      await p.waitForSelector('body[data-ready="true"]');
    } finally {
      await context.setOffline(false);
      await p.close();
    }
  }, 60_000);

  it('made no request but for its own files, and no error in the page', () => {
    const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    expect(pageErrors).toEqual([]);
  });
});
