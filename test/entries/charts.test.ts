import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LearningSocietyError } from 'vn-learning-society';
import { progressChartSvg } from 'vn-learning-society/charts';

// Seed 001 (Đồng Tháp): 812 of 1,043 households = 77,85 %, against the 90 % target for 2025.
const bars = [
  { label: 'Xã A', part: 705, whole: 1000 },
  { label: 'Tỉnh Đồng Tháp', part: 812, whole: 1043 },
  { label: 'Xã <B> & "C"', part: 950, whole: 1000 },
  { label: 'Xã trống', part: 0, whole: 0 },
];

describe('progressChartSvg', () => {
  const svg = progressChartSvg(bars, { target: 90, title: 'Gia đình học tập 2025' });

  it('draws a bar per unit, sorted by attainment, with Vietnamese numbers and the target as a line', () => {
    const order = [...svg.matchAll(/data-label="([^"]*)"/g)].map((m) => m[1]);
    expect(order).toEqual(['Xã &lt;B&gt; &amp; &quot;C&quot;', 'Tỉnh Đồng Tháp', 'Xã A', 'Xã trống']);
    expect(svg).toContain('77,9 %'); // 812/1043 = 77,85… → 77,9 (half-up, one decimal)
    expect(svg).toContain('70,5 %');
    expect(svg).toContain('Chỉ tiêu 90 %');
    expect(svg).toContain('class="target"');
    expect(svg).toContain('>—<'); // a whole of 0: no share
    expect(progressChartSvg(bars, { target: 90, lang: 'en' })).toContain('77.9%');
  });

  it('escapes labels, and refuses what it cannot draw', () => {
    expect(svg).not.toContain('<B>');
    expect(() => progressChartSvg([{ label: 'x', part: 2, whole: 1 }])).toThrow(LearningSocietyError);
    expect(() => progressChartSvg([{ label: 'x'.repeat(1000), part: 1, whole: 1 }])).toThrow(LearningSocietyError);
    expect(() => progressChartSvg(bars, { target: 120 })).toThrow(LearningSocietyError);
    expect(() => progressChartSvg('x' as never)).toThrow(LearningSocietyError);
  });
});

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

describe.skipIf(!executablePath)('progressChartSvg in headless Chromium, at a phone’s width', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath!, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders, its text is there, and it fits and stays readable in 360 pixels', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setContent(`<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><body style="margin:0">${progressChartSvg(bars, { target: 90, title: 'Gia đình học tập 2025' })}</body>`);
    const box = await page.locator('svg').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(box!.height).toBeGreaterThan(100);
    const text = await page.locator('svg').textContent();
    for (const t of ['Gia đình học tập 2025', 'Tỉnh Đồng Tháp', '77,9 %', 'Chỉ tiêu 90 %']) expect(text).toContain(t);
    // The smallest text, as drawn, is at least 7 px high at this width.
    const smallest = (await page.evaluate("Math.min(...[...document.querySelectorAll('svg text')].map((t) => t.getBoundingClientRect().height))")) as number;
    expect(smallest).toBeGreaterThanOrEqual(7);
    // Read from the top of the page down, as drawn, the bars go from the highest share to the lowest.
    const fromTop = (await page.evaluate("[...document.querySelectorAll('g.bar')].map((g) => [g.getBoundingClientRect().top, g.dataset.label]).sort((a, b) => a[0] - b[0]).map((x) => x[1])")) as string[];
    expect(fromTop).toEqual(['Xã <B> & "C"', 'Tỉnh Đồng Tháp', 'Xã A', 'Xã trống']);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('rollup --chart', () => {
  it('writes the progress of each unit as SVG, with the target of -j and -y', async () => {
    const { memoryIo } = await import('../../src/cli/io.js');
    const { runCli } = await import('../../src/cli/run.js');
    const lines = ['province,commune,model,recognized'];
    for (let i = 0; i < 10; i++) lines.push(`VN-45,30280,learning-family,${i < 7 ? 'có' : 'không'}`);
    for (let i = 0; i < 4; i++) lines.push(`VN-45,30283,learning-family,${i < 4 ? 'có' : 'không'}`);
    const io = memoryIo({ 'r.csv': lines.join('\n') });
    expect(await runCli(['-f', 'json', 'rollup', '-i', 'r.csv', '--level', 'commune', '--chart', 'tien-do.svg', '-j', 'VN-45', '-y', '2025'], io)).toBe(0);
    const svg = io.written()['tien-do.svg']!;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Gia đình học tập 2025');
    expect(svg).toContain('Chỉ tiêu 90 %'); // Đồng Tháp's 2025 target (seed 001)
    expect(svg.indexOf('data-label="30283"')).toBeLessThan(svg.indexOf('data-label="30280"')); // 100 % before 70 %
  });
});
