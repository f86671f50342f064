/**
 * Who beats whom on the bundled sample (data/claims.csv, loaded as a user would; the e2e site serves the fixture):
 * choosing vLLM lists what claims against it with factors and GPUs, a neighbour is one click away (and Back returns),
 * and the edges export holds the listed edges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canonicalSystem } from '../../extract/core/canonical-system.ts';
import { parseClaimsCsv } from '../../extract/core/table.ts';
import { launch, open, settledAfter } from './browser.ts';
import { ROOT } from './site.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const SAMPLE = join(ROOT, 'data/claims.csv');
const CLAIMS = parseClaimsCsv(readFileSync(SAMPLE, 'utf8')).claims;
/** The sample's claims against vLLM by a named system: what the view should list, counted apart from its code. */
const AGAINST_VLLM = CLAIMS.filter((c) => c.factor_low !== null && canonicalSystem(c.system ?? '') !== ''
  && canonicalSystem(c.system ?? '') !== 'vLLM' && c.baseline.some((b) => canonicalSystem(b) === 'vLLM'));

/** The rows of a Who beats whom claim list: the other end's name, the factor and the hardware cells. */
async function listRows(page: Page, heading: RegExp): Promise<{ name: string; factor: string; hardware: string }[]> {
  const rows = page.getByRole('table', { name: heading }).locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => {
    const td = tr.querySelectorAll('td');
    return { name: td[0].querySelector('a')!.textContent!.trim(), factor: td[1].textContent!.trim(), hardware: td[4].textContent!.trim() };
  }));
}
const shown = (page: Page) => page.locator('#who h3.system').evaluate((h) => h.firstChild!.textContent!.trim());

describe('Who beats whom', () => {
  it('choosing vLLM lists the systems claiming against it, best first; a neighbour is a click away; the export has the edges', async () => {
    expect(AGAINST_VLLM.length).toBeGreaterThanOrEqual(4);
    const { page, context, errors } = await open(browser);
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles(SAMPLE));
    await page.locator('#who').scrollIntoViewIfNeeded();
    // Its index is built in idle time after the load: the default system shows when it is ready.
    await page.locator('#who h3.system').waitFor();

    // Keyboard: type in the finder, Enter takes the first match.
    const find = page.getByRole('searchbox', { name: 'Find a system' });
    await find.fill('vllm');
    await settledAfter(page, () => find.press('Enter'));
    expect(await shown(page)).toBe('vLLM');
    await page.waitForURL((u) => u.searchParams.get('who') === 'vLLM');

    // The first page, then the rest.
    expect((await listRows(page, /^Claims against vLLM/)).length).toBe(Math.min(12, AGAINST_VLLM.length));
    const more = page.getByRole('button', { name: /^Show the other/ }).first();
    if (AGAINST_VLLM.length > 12) {
      await more.click();
      await page.getByRole('table', { name: /^Claims against vLLM/ }).locator(`tbody tr:nth-child(${AGAINST_VLLM.length})`).waitFor();
    }
    const against = await listRows(page, /^Claims against vLLM/);
    expect(against.length).toBe(AGAINST_VLLM.length);
    expect(new Set(against.map((r) => r.name))).toEqual(new Set(AGAINST_VLLM.map((c) => canonicalSystem(c.system!))));
    expect(against).toContainEqual({ name: 'S-LoRA', factor: 'up to ×4', hardware: '—' });
    expect(against).toContainEqual({ name: 'Sarathi-Serve', factor: 'up to ×2.6', hardware: 'A100' });
    expect(against).toContainEqual({ name: 'BatchLLM', factor: '×1.1–2', hardware: '—' });
    // Best first: the factors (a range at its geometric middle) never grow down the list.
    const middle = (f: string) => { const [lo, hi = lo] = f.replace(/[^\d.–]/g, '').split('–').map(Number); return Math.sqrt(lo * hi); };
    const factors = against.map((r) => middle(r.factor));
    expect(factors).toEqual([...factors].sort((a, b) => b - a));

    // The edges export holds each listed edge (every metric, no filter set).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export edges CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const edges = csv.split('\r\n').slice(1).map((l) => l.split(','));
    for (const c of AGAINST_VLLM) {
      expect(edges.some(([s, b, , , , paper]) => s === canonicalSystem(c.system!) && b === 'vLLM' && paper === c.paper_id), c.paper_id).toBe(true);
    }

    // One click on a neighbour makes it the system shown; Back returns to vLLM.
    await settledAfter(page, () => page.getByRole('table', { name: /^Claims against vLLM/ }).getByRole('link', { name: 'Sarathi-Serve' }).first().click());
    expect(await shown(page)).toBe('Sarathi-Serve');
    await page.waitForURL((u) => u.searchParams.get('who') === 'Sarathi-Serve');
    const beats = await listRows(page, /^Sarathi-Serve claims to beat/);
    expect(beats).toContainEqual({ name: 'vLLM', factor: 'up to ×6.9', hardware: 'A100' });
    expect(beats).toContainEqual({ name: 'Orca', factor: 'up to ×6.9', hardware: 'A100' });
    await settledAfter(page, () => page.goBack());
    expect(await shown(page)).toBe('vLLM');
    expect(errors).toEqual([]);
    await context.close();
  });
});
