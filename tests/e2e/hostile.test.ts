/**
 * A claims CSV with HTML, <script> and javascript: URLs in every text field renders inert: no dialog, no injected
 * element, the text visible as characters, no javascript: href, and arXiv links only for real arXiv ids.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open, rowCount, settledAfter } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const HOSTILE = fileURLToPath(new URL('../hostile/dashboard-html-injection.csv', import.meta.url));

describe('hostile claims CSV', () => {
  it('renders as inert text everywhere', async () => {
    const { page, context, dialogs, errors } = await open(browser);
    const scriptsBefore = await page.locator('script').count();
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles(HOSTILE));
    await page.getByRole('status').filter({ hasText: 'Loaded 3 claims' }).waitFor();
    expect(await rowCount(page)).toBe(3);

    // Open every claim in the evidence panel, hover the chart marks, group by paper / baseline / hardware.
    for (const group of ['paper', 'baseline', 'hardware', 'topic']) {
      await page.getByRole('combobox', { name: 'Group by' }).selectOption(group);
      for (const mark of await page.locator('.plot .mark').all()) await mark.hover();
    }
    for (let i = 0; i < 3; i++) {
      await page.locator(`tbody tr[data-index="${i}"]`).click();
      await page.waitForTimeout(50);
      expect(await page.locator('img[src="x"], iframe, object, embed, body style, [onload], [onerror]').count()).toBe(0);
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('iframe, object, embed').count()).toBe(0);
    expect(await page.locator('[onerror], [onload], [onmouseover]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(scriptsBefore);
    expect(await page.locator('body b, body u').count()).toBe(0);

    // The text is visible as characters.
    const body = await page.locator('body').innerText();
    expect(body).toContain('<img src=x onerror=alert(1)>');
    expect(body).toContain('<script>alert("xss")</script>');
    expect(body).toContain('=HYPERLINK("http://evil.example","click") {@html x} {{7*7}}');
    expect(await page.locator('mark').first().textContent()).toBeTruthy();

    // No javascript:/data: links; no arXiv link for a look-alike id.
    const hrefs = await page.locator('body [href]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    for (const h of hrefs) expect(h.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
    expect(await page.locator('a[href*="arxiv.org"]').count()).toBe(0);

    // The page still works and nothing ran.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
