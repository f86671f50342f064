/** Data in: Load CSV (good and broken files) and Paste abstracts (the lazily loaded in-browser extractor). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { claimsToCsv, parseClaimsCsv } from '../../extract/core/table.ts';
import { paperLabel } from '../../src/lib/format.ts';
import { launch, LISTING, open, rowCount, settledAfter, tableRows } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/dashboard/${name}`, import.meta.url));
const ALL = parseClaimsCsv(readFileSync(fixture('claims.csv'), 'utf8')).claims;
const DIFFUSION = parseClaimsCsv(readFileSync(fixture('diffusion.claims.csv'), 'utf8')).claims;

describe('Load CSV', () => {
  it('replaces the data with a claims CSV and keeps the filters working', async () => {
    const { page, context, errors } = await open(browser);
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles(fixture('diffusion.claims.csv')));
    await page.getByRole('status').filter({ hasText: /Loaded \d+ claims from diffusion\.claims\.csv/ }).waitFor();
    expect(await rowCount(page)).toBe(DIFFUSION.length);
    expect(await page.getByText(`${DIFFUSION.length} of ${DIFFUSION.length} claims`).count()).toBe(1);
    const papers = new Set(DIFFUSION.map(paperLabel));
    for (const r of await tableRows(page)) expect(papers.has(r.Paper), r.Paper).toBe(true);
    // Facet options now come from the loaded file.
    const hw = await page.getByRole('group', { name: 'Hardware' }).getByRole('checkbox').allTextContents();
    expect(hw.length).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file missing required columns: clear message, data kept', async () => {
    const { page, context } = await open(browser);
    await page.getByLabel('Load data').setInputFiles(fixture('broken.csv'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Could not load broken\.csv: not a claims table: missing columns title, metric, value_low, unit\. The current data is unchanged\./);
    expect(await rowCount(page)).toBe(ALL.length);
    await context.close();
  });

  it('a file that is not CSV at all (binary / JSON): message, data kept', async () => {
    const { page, context } = await open(browser);
    await page.getByLabel('Load data').setInputFiles({ name: 'photo.csv', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]) });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Could not load photo\.csv: not a CSV file/);
    await page.getByLabel('Load data').setInputFiles({ name: 'claims.json', mimeType: 'application/json', buffer: Buffer.from('[{"title":"x","metric":"speed"}]') });
    await expect(page.getByRole('alert').filter({ hasText: 'claims.json' }).textContent()).resolves.toMatch(/missing columns/);
    expect(await rowCount(page)).toBe(ALL.length);
    await context.close();
  });
});

describe('many claims', () => {
  it('5,000 claims: marks on a canvas with hover and click, table virtualised, export complete', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => {
      const c = ALL[i % ALL.length];
      return { ...c, paper_id: `${c.paper_id}-${i}`, title: `${c.title} (${i})` };
    });
    const { page, context, errors } = await open(browser);
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(claimsToCsv(many)) }));
    await page.getByText('5,000 of 5,000 claims').waitFor();
    expect(await page.locator('canvas').isVisible()).toBe(true);
    expect(await page.locator('svg .mark').count()).toBe(0);
    expect(await page.locator('tbody tr[data-index]').count()).toBeLessThan(60);
    // Hover and click the first row's marks through the canvas hit-testing: sweep along the top row.
    const box = (await page.locator('canvas').boundingBox())!;
    const rowY = await page.locator('.row-label').first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top + r.height / 2;
    });
    let hit = false;
    for (let x = box.x + box.width * 0.25; x < box.x + box.width - 10 && !hit; x += 3) {
      for (const dy of [-8, -4, 0, 4, 8]) {
        await page.mouse.move(x, rowY + dy);
        if (await page.getByRole('tooltip').count()) { hit = true; await page.mouse.click(x, rowY + dy); break; }
      }
    }
    expect(hit).toBe(true);
    await page.getByRole('region', { name: 'Evidence' }).locator('blockquote.evidence mark').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(parseClaimsCsv(readFileSync((await download.path())!, 'utf8')).claims).toHaveLength(5000);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Paste abstracts', () => {
  it('extracts claims from two pasted abstracts (listing page) in the browser, exportable', async () => {
    const { page, context, errors } = await open(browser);
    await page.getByRole('button', { name: 'Paste abstracts' }).click();
    const panel = page.getByRole('region', { name: 'Paste abstracts' });
    await panel.getByLabel('Abstracts', { exact: true }).fill(LISTING);
    await settledAfter(page, () => panel.getByRole('button', { name: 'Extract claims' }).click());
    await page.getByRole('status').filter({ hasText: /Extracted \d+ claims from 2 pasted papers/ }).waitFor({ timeout: 15_000 });
    const rows = await tableRows(page);
    const spans = rows.map((r) => r.Claim);
    expect(spans).toContain('up to 4 times');
    expect(spans).toContain('1.1x to 2x');
    expect(new Set(rows.map((r) => r.Paper))).toEqual(new Set(['S-LoRA', 'BatchLLM']));
    // The extractor chunk was loaded only now.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(loaded.some((s) => /\/assets\/extract-/.test(s))).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const exported = parseClaimsCsv(readFileSync((await download.path())!, 'utf8')).claims;
    expect(exported.map((c) => c.span).sort()).toEqual([...spans].sort());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('text with no papers: message, data kept', async () => {
    const { page, context } = await open(browser);
    await page.getByRole('button', { name: 'Paste abstracts' }).click();
    await page.getByRole('region', { name: 'Paste abstracts' }).getByLabel('Abstracts', { exact: true }).fill('just a title line');
    await page.getByRole('button', { name: 'Extract claims' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/No papers found/);
    expect(await rowCount(page)).toBe(ALL.length);
    await context.close();
  });
});
