import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRuleSet, indicatorsOf } from 'vn-learning-society';
import { serve } from '../../examples/web/serve.mjs';

/**
 * End to end: examples/web/ in headless Chromium (Debian's chromium package, driven by playwright-core), importing the
 * ESM build from dist/ (built by `npm test` before vitest). CI sets REQUIRE_BROWSER=1, so that a missing browser or
 * build fails there instead of skipping.
 */
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const built = existsSync(new URL('../../dist/index.js', import.meta.url));
const required = process.env.REQUIRE_BROWSER === '1';

it.runIf(required)('CI has Chromium and the ESM build for the browser test', () => {
  expect({ chromium: executablePath !== undefined, built }).toEqual({ chromium: true, built: true });
});

describe.skipIf(!executablePath || !built)('examples/web/ in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serve();
    browser = await chromium.launch({
      executablePath: executablePath!,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => void (m.type() === 'error' && pageErrors.push(m.text())));
    await page.goto(`${server.url}examples/web/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const field = (id: string) => page.locator(`.field[data-id="${id}"]`);

  it('renders the form of the 2021–2030 learning-family criteria from the rule set, without errors', async () => {
    const ruleSet = getRuleSet('learning-family-khvn-2021');
    expect(await page.inputValue('#rule-set')).toBe(ruleSet.id);
    expect(await page.locator('fieldset').count()).toBe(ruleSet.criteria.length);
    expect(await page.locator('.field').count()).toBe(indicatorsOf(ruleSet).length);
    expect(await page.textContent('#status')).toBe('CHƯA ĐẠT');
    expect(pageErrors).toEqual([]);
  });

  it('scores as the user types', async () => {
    const points: Record<string, string> = {
      'children.results': '10', 'children.manners': '10', 'adults.application': '9', 'adults.reading': '8',
      'conditions.support': '9', 'effects.livelihood': '8', 'effects.community': '10',
    };
    for (const [id, value] of Object.entries(points)) await field(id).locator('input').fill(value);
    await field('children.attendance').locator('[data-part]').fill('3');
    await field('children.attendance').locator('[data-whole]').fill('3');
    await field('adults.learning-citizens').locator('[data-part]').fill('2');
    await field('adults.learning-citizens').locator('[data-whole]').fill('2');
    expect(await page.textContent('#total')).toBe('84/100 điểm'); // the bookshelf (10 points) not yet ticked
    await field('conditions.bookshelf').locator('input').check();
    // The household of examples/portal-form.ts: 94 of the 100 points of the family sheet (QĐ 448/QĐ-KHVN, Mục A).
    expect(await page.textContent('#status')).toBe('ĐẠT');
    expect(await page.textContent('#total')).toBe('94/100 điểm');
  });

  it('shows a bad entry with its field path and message, in Vietnamese number format', async () => {
    await field('adults.reading').locator('input').fill('7,5');
    expect(await page.getAttribute('#status', 'data-state')).toBe('invalid');
    expect(await page.textContent('#errors')).toBe('points["adults.reading"]: 7,5 điểm không đúng bước chấm 1 điểm');
    expect(await field('adults.reading').getAttribute('class')).toContain('invalid');
    await field('adults.reading').locator('input').fill('8');
    expect(await page.textContent('#status')).toBe('ĐẠT');
  });

  it('switches to English and keeps what was typed', async () => {
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('h1')).toBe('Assessment form');
    expect(await page.textContent('#status')).toBe('RECOGNISED');
    expect(await page.textContent('#total')).toBe('94/100 points');
    expect(await page.textContent('#explanation')).toContain('RECOGNISED: 94/100 points');
  });

  it('renders another rule set’s form when one is chosen', async () => {
    const tt25 = getRuleSet('learning-community-commune-tt25-2023');
    await page.selectOption('#rule-set', tt25.id);
    expect(await page.locator('fieldset').count()).toBe(tt25.criteria.length);
    expect(await page.locator('legend').first().textContent()).toBe(tt25.criteria[0]!.label.en);
    expect(await page.textContent('#status')).toBe('NOT RECOGNISED');
    expect(pageErrors).toEqual([]);
  });
});
