/**
 * The dashboard in a real browser, on the built site with the fixture data (68 claims from the seed gold file).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseClaimsCsv } from '../../extract/core/table.ts';
import { hasFactor } from '../../src/lib/claims.ts';
import { familyOf } from '../../src/lib/families.ts';
import { baselineKeys } from '../../src/lib/baselines.ts';
import { paperLabel } from '../../src/lib/format.ts';
import { launch, open, rowCount, settledAfter, tableRows, waitForRows } from './browser.ts';

let browser: Browser;
/** The claims table (Who beats whom's tables have Factor and Paper columns too). */
const claimsTable = (page: import('playwright-core').Page) => page.getByRole('table', { name: 'Claims', exact: true });
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const FIXTURE = parseClaimsCsv(readFileSync(new URL('../fixtures/dashboard/claims.csv', import.meta.url), 'utf8')).claims;

describe('dashboard', () => {
  it('loads the bundled data with every view and no console errors', async () => {
    const { page, errors, context } = await open(browser);
    expect(await rowCount(page)).toBe(FIXTURE.length);
    for (const name of ['Hardware', 'Baseline', 'Topic', 'Metric']) {
      await expect(page.getByRole('group', { name, exact: true }).count()).resolves.toBe(1);
    }
    for (const [role, name] of [['searchbox', 'Search'], ['combobox', 'Group by'], ['button', 'Export CSV'],
      ['button', 'Load data'], ['button', 'Paste abstracts'], ['button', 'Clear filters']] as const) {
      expect(await page.getByRole(role, { name, exact: true }).count(), `${role} ${name}`).toBe(1);
    }
    expect(await page.getByRole('table', { name: 'Claims', exact: true }).count()).toBe(1);
    // The default family's claims, one mark each (grouped by topic: one row per claim).
    const speed = FIXTURE.filter((c) => hasFactor(c) && familyOf(c.metric) === 'speed').length;
    expect(speed).toBeGreaterThan(20);
    expect(await page.locator('.plot .mark').count()).toBe(speed);
    await expect(page.getByRole('heading', { name: 'Absolute results' }).count()).resolves.toBe(1);
    // The lazy extractor is not loaded up front.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(scripts.some((s) => /extract|compromise|inputs/.test(s))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by one GPU: every table row names it, the URL holds it', async () => {
    const { page, context, errors } = await open(browser);
    await page.getByRole('group', { name: 'Hardware' }).getByRole('checkbox', { name: /^A100\b/ }).check();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr[data-index]').length === 4);
    const rows = await tableRows(page);
    expect(rows).toHaveLength(FIXTURE.filter((c) => c.hardware.includes('A100')).length);
    for (const r of rows) expect(r.Hardware.split('; ')).toContain('A100');
    // The URL follows once the changes have paused (App.svelte, URL_DELAY).
    await page.waitForURL((u) => u.searchParams.has('hw'));
    expect(new URL(page.url()).searchParams.getAll('hw')).toEqual(['A100']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by a baseline from the Baselines chart and restores the view after reload', async () => {
    const { page, context } = await open(browser);
    await page.getByRole('region', { name: 'Baselines beaten' }).getByRole('button', { name: /^vLLM\b/ }).click();
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('hardware');
    await page.getByRole('button', { name: 'Paper', exact: true }).click(); // sort by title ascending
    const expected = FIXTURE.filter((c) => baselineKeys(c).includes('vLLM')).map(paperLabel).sort((a, b) => a.localeCompare(b));
    const before = await tableRows(page);
    expect(before.map((r) => r.Paper)).toEqual(expected);
    for (const r of before) expect(baselineKeys({ baseline: r.Baseline.split('; ') })).toContain('vLLM');
    await page.locator('tbody tr[data-index="1"]').click();
    await page.waitForURL(/claim=/);
    const url = page.url();
    expect(url).toMatch(/baseline=vLLM/);
    expect(url).toMatch(/group=hardware/);
    expect(url).toMatch(/sort=title&dir=asc/);
    expect(url).toMatch(/claim=/);

    await page.reload();
    await waitForRows(page);
    expect(page.url()).toBe(url);
    expect((await tableRows(page)).map((r) => r.Paper)).toEqual(expected);
    expect(await page.getByRole('group', { name: 'Baseline' }).getByRole('checkbox', { name: /^vLLM\b/ }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Group by' }).inputValue()).toBe('hardware');
    expect(await claimsTable(page).getByRole('columnheader', { name: 'Paper' }).getAttribute('aria-sort')).toBe('ascending');
    // One row selected in the claims table (Who beats whom marks the same claim in its lists).
    expect(await claimsTable(page).locator('tbody tr[aria-selected="true"]').count()).toBe(1);
    await expect(page.getByRole('region', { name: 'Evidence' }).locator('blockquote.evidence mark').count()).resolves.toBe(1);

    // A shared link opens the same view in a new context.
    const other = await open(browser, url.slice(url.indexOf('?')));
    expect((await tableRows(other.page)).map((r) => r.Paper)).toEqual(expected);
    await other.context.close();
    await context.close();
  });

  it('exports exactly the filtered, sorted rows in spec columns; re-importing gives the same rows', async () => {
    const { page, context } = await open(browser);
    await settledAfter(page, () => page.getByRole('group', { name: 'Metric' }).getByRole('checkbox', { name: /^throughput\b/ }).check());
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    const shown = await tableRows(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    // Named for what is in it; UTF-8 with a byte order mark (Excel on Windows needs it for × and é).
    expect(download.suggestedFilename()).toBe('claims-throughput.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('paper_id,title,system,topic,metric,comparison,direction,value_low,value_high,unit,qualifier,'
      + 'factor_low,factor_high,baseline,hardware,hardware_count,model,span,start,end,evidence');
    const exported = parseClaimsCsv(text).claims;
    expect(exported.map((c) => [paperLabel(c), c.span])).toEqual(shown.map((r) => [r.Paper, r.Claim]));
    expect(exported.every((c) => c.metric === 'throughput')).toBe(true);
    // Same rows as the fixture (field for field), in the table's order.
    const key = (c: { paper_id: string; start: number; end: number }) => `${c.paper_id}@${c.start}-${c.end}`;
    const byKey = new Map(FIXTURE.map((c) => [key(c), c]));
    for (const c of exported) expect(c).toEqual(byKey.get(key(c)));

    // Unfiltered export: all rows, not only the rendered (virtualised) ones.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const [all] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(all.suggestedFilename()).toBe('claims.csv');
    expect(parseClaimsCsv(readFileSync((await all.path())!, 'utf8')).claims).toHaveLength(FIXTURE.length);
    await context.close();
  });

  it('is keyboard operable: sort buttons, row selection with Enter, arrow keys', async () => {
    const { page, context } = await open(browser);
    const head = claimsTable(page).getByRole('columnheader', { name: 'Factor' });
    expect(await head.getAttribute('aria-sort')).toBe('descending');
    await head.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await head.getAttribute('aria-sort')).toBe('ascending');
    await page.locator('tbody tr[data-index="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('tbody tr[data-index="1"]').getAttribute('aria-selected')).toBe('true');
    const evidence = page.getByRole('region', { name: 'Evidence' });
    const title = await evidence.getByRole('heading', { level: 3 }).first().textContent();
    expect(paperLabel(FIXTURE.find((c) => c.title === title)!)).toBe((await tableRows(page))[1].Paper);
    await context.close();
  });

  it('chart marks show a tooltip on hover and open the evidence on click; arXiv ids link to arxiv.org', async () => {
    const { page, context } = await open(browser, '?q=S-LoRA');
    const mark = page.locator('.plot .mark').first();
    expect(await page.locator('canvas').isVisible()).toBe(false); // a few marks: SVG, the canvas hidden
    await mark.hover();
    await expect(page.getByRole('tooltip').textContent()).resolves.toContain('up to 4 times');
    await mark.click();
    const link = page.getByRole('region', { name: 'Evidence' }).getByRole('link', { name: /^S-LoRA/ });
    expect(await link.getAttribute('href')).toBe('https://arxiv.org/abs/2311.03285');
    expect(await page.locator('blockquote.evidence mark').textContent()).toBe('up to 4 times');
    await context.close();
  });

  it('hardware and topic × metric charts filter on click', async () => {
    const { page, context } = await open(browser);
    await settledAfter(page, () => page.getByRole('region', { name: 'Hardware' }).getByRole('button', { name: /^RTX 4090\b/ }).click());
    for (const r of await tableRows(page)) expect(r.Hardware).toContain('RTX 4090');
    // Topic is behind the column chooser.
    await page.locator('summary', { hasText: 'Columns' }).click();
    await page.getByRole('group', { name: 'Table columns' }).getByRole('checkbox', { name: 'Topic' }).check();
    await settledAfter(page, () => page.getByRole('button', { name: 'Clear filters' }).click());
    await settledAfter(page, () => page.getByRole('button', { name: 'Diffusion & generative models, fid: 5 claims' }).click());
    const rows = await tableRows(page);
    expect(rows).toHaveLength(5);
    for (const r of rows) expect([r.Topic, r.Metric]).toEqual(['Diffusion & generative models', 'fid']);
    await context.close();
  });
});
