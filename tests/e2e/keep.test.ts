/**
 * Nothing lost: pasted and loaded data come back on reload (and links to their claims hold), a table with no claims
 * or a papers table leaves the data as it is and says why; Back undoes a filter; the export says what it holds; the
 * page opened from disk says how to serve it; and the small truths (losses apart, readable spans, counts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { claimsToCsv, parseClaimsCsv } from '../../extract/core/table.ts';
import { launch, LISTING, open, rowCount, settledAfter, siteDir, tableRows, waitForRows } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/dashboard/${name}`, import.meta.url));
const ALL = parseClaimsCsv(readFileSync(fixture('claims.csv'), 'utf8')).claims;
const summary = (page: import('playwright-core').Page) => page.locator('.brand p').textContent();

describe('your data is kept', () => {
  it('pasted claims survive a reload with a "your data" line; added to filtered data, the page says the filters hide some', async () => {
    const { page, context } = await open(browser, '?metric=accuracy');
    await page.getByRole('button', { name: 'Paste abstracts' }).click();
    const panel = page.getByRole('region', { name: 'Paste abstracts' });
    await panel.getByLabel('Abstracts', { exact: true }).fill(LISTING);
    await panel.getByLabel('Add to current data').check();
    await settledAfter(page, () => panel.getByRole('button', { name: 'Extract claims' }).click());
    const status = page.getByRole('status').filter({ hasText: 'Extracted' });
    await status.waitFor({ timeout: 15_000 });
    const total = ALL.length + 2;
    expect(await status.textContent()).toMatch(/^Extracted 2 claims from 2 pasted papers\. The filters hide 2 of them\./);
    // The paper count stays, the pasted papers added to it.
    expect(await summary(page)).toBe(`${ALL.filter((c) => c.metric === 'accuracy').length} of ${total} claims · 79 papers · bundled data + 2 pasted papers`);
    await settledAfter(page, () => status.getByRole('button', { name: 'Clear filters' }).click());
    expect(await rowCount(page)).toBe(total);
    await page.waitForURL((u) => !u.searchParams.has('metric'));

    await page.reload();
    await waitForRows(page);
    expect(await rowCount(page)).toBe(total);
    expect(await page.getByText(`Your data · ${total} claims · kept in this browser`).isVisible()).toBe(true);
    expect(await summary(page)).toBe(`${total} of ${total} claims · 79 papers · bundled data + 2 pasted papers`);

    await settledAfter(page, () => page.getByRole('button', { name: 'Restore bundled sample' }).click());
    expect(await rowCount(page)).toBe(ALL.length);
    expect(await page.getByText('Your data ·').count()).toBe(0);
    await page.reload();
    await waitForRows(page);
    expect(await rowCount(page)).toBe(ALL.length);
    await context.close();
  });

  it('a loaded file and a link to one of its claims survive a reload; readable spans; losses are not wins', async () => {
    const { page, context } = await open(browser);
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles(fixture('latex.claims.csv')));
    expect(await summary(page)).toBe('4 of 4 claims · 2 papers · latex.claims.csv');
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('baseline');
    const rows = await tableRows(page);
    expect(rows.map((r) => [r.Claim, r.Factor])).toEqual([['72%', '×3.57'], ['~3x', '×3'], ['up to 2.5×', '×2.5'], ['8% slower', '×0.92']]);
    // "8% slower than beam search" is a stated loss: apart from the baselines beaten.
    const beaten = page.getByRole('region', { name: 'Baselines beaten' });
    expect((await beaten.getByRole('button').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()))
      .toEqual(['vLLM 3 · ×3', 'generic baselines 1 · ×0.92']);
    expect(await beaten.getByRole('heading', { name: 'Stated losses (not wins)' }).count()).toBe(1);
    await page.locator('tbody tr[data-index="2"]').click();
    const evidence = page.getByRole('region', { name: 'Evidence' });
    expect(await evidence.locator('blockquote.evidence').textContent())
      .toBe('On 8 A100 GPUs, TurboServe delivers up to 2.5× higher throughput than vLLM and cuts memory by 72%.');
    expect(await evidence.locator('blockquote.evidence mark').textContent()).toBe('up to 2.5×');
    await evidence.getByText('Raw text, as in the abstract').click();
    expect(await evidence.locator('details mark').textContent()).toBe('up to $2.5\\times$');
    await page.waitForURL(/claim=/);

    await page.reload();
    await waitForRows(page);
    expect(await rowCount(page)).toBe(4);
    expect(await evidence.locator('blockquote.evidence mark').textContent()).toBe('up to 2.5×');
    expect(await page.getByText('Your data · 4 claims').isVisible()).toBe(true);
    await context.close();
  });
});

describe('files that are not claims leave the data as it is', () => {
  it('a header-only CSV is refused; papers.csv is recognised, joined to its claims or explained', async () => {
    const { page, context } = await open(browser);
    await page.getByLabel('Load data').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from(`${claimsToCsv([])}\r\n`) });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /^Could not load empty\.csv: it has the claims columns but no claims\. The current data is unchanged\./);
    expect(await rowCount(page)).toBe(ALL.length);

    // Joined: the diffusion claims' papers are in papers.csv, which also lists the papers without claims.
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles(fixture('diffusion.claims.csv')));
    const papers = new Set(parseClaimsCsv(readFileSync(fixture('diffusion.claims.csv'), 'utf8')).claims.map((c) => c.paper_id)).size;
    expect(await summary(page)).toBe(`14 of 14 claims · ${papers} papers · diffusion.claims.csv`);
    await page.getByLabel('Load data').setInputFiles(fixture('papers.csv'));
    await page.getByRole('status').filter({ hasText: 'papers table' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'papers table' }).textContent()).toMatch(
      new RegExp(`^papers\\.csv is a papers table \\(one row per paper with its abstract, from npm run extract --papers\\), not claims: joined by paper id\\. ${papers} of its 77 papers have claims here`));
    expect(await summary(page)).toBe('14 of 14 claims · 77 papers · diffusion.claims.csv');

    // Explained: none of its papers has claims here.
    await page.getByLabel('Load data').setInputFiles({ name: 'other-papers.csv', mimeType: 'text/csv', buffer: Buffer.from('paper_id,title,topic,hardware_mentioned,n_claims,abstract\r\nx1,X,Other,,0,An abstract.\r\n') });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^other-papers\.csv is a papers table .*none of its 1 paper has claims in the current data\. Load the claims CSV/);
    expect(await rowCount(page)).toBe(14);
    await context.close();
  });
});

describe('history, export, disk', () => {
  it('Back undoes a filter; typing in Search is one step', async () => {
    const { page, context } = await open(browser);
    const hardware = page.getByRole('group', { name: 'Hardware' });
    await settledAfter(page, () => hardware.getByRole('checkbox', { name: /^A100\b/ }).check());
    await page.waitForURL(/hw=A100/);
    await settledAfter(page, () => hardware.getByRole('checkbox', { name: /^RTX 4090\b/ }).check());
    await page.waitForURL(/hw=RTX/);
    const search = page.getByRole('searchbox', { name: 'Search', exact: true });
    await search.pressSequentially('lor', { delay: 60 });
    await page.waitForTimeout(250);
    await search.pressSequentially('a', { delay: 60 });
    await page.waitForURL(/q=lora/);

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('q'));
    expect(await search.inputValue()).toBe('');
    expect(await hardware.getByRole('checkbox', { name: /^RTX 4090\b/ }).isChecked()).toBe(true);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.getAll('hw').join() === 'A100');
    expect(await hardware.getByRole('checkbox', { name: /^RTX 4090\b/ }).isChecked()).toBe(false);
    await page.waitForFunction((n) => document.documentElement.dataset.rows === String(n), ALL.filter((c) => c.hardware.includes('A100')).length);
    for (const r of await tableRows(page)) expect(r.Hardware.split('; ')).toContain('A100');
    await page.goForward();
    await page.waitForURL(/hw=RTX/);
    expect(await hardware.getByRole('checkbox', { name: /^RTX 4090\b/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('export: named for its filters, with a BOM unless left off (remembered)', async () => {
    const { page, context } = await open(browser, '?baseline=vLLM&hw=A100');
    const exportCsv = async () => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
    };
    const first = await exportCsv();
    expect(first.name).toBe('claims-vllm-a100.csv');
    expect([...first.bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 'p'.charCodeAt(0)]);
    expect(parseClaimsCsv(first.bytes.toString('utf8')).claims).toHaveLength(ALL.filter((c) => c.baseline.includes('vLLM') && c.hardware.includes('A100')).length);
    await page.getByRole('button', { name: 'Export options' }).click();
    expect(await page.getByRole('group', { name: 'Export options' }).textContent()).toContain('Saves claims-vllm-a100.csv: the table');
    await page.getByLabel('Start with a UTF-8 BOM').uncheck();
    expect((await exportCsv()).bytes[0]).toBe('p'.charCodeAt(0));
    await page.reload();
    await waitForRows(page);
    expect((await exportCsv()).bytes[0]).toBe('p'.charCodeAt(0));
    await context.close();
  });

  it('opened from disk (file://): says to run a static server, with the command', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(siteDir(), 'index.html')).href);
    const message = page.locator('#file-message');
    await message.waitFor();
    expect(await message.getByRole('heading').textContent()).toBe('claimboard needs a web server');
    expect(await message.textContent()).toContain('cd dist && python3 -m http.server 8000');
    await context.close();
  });
});
