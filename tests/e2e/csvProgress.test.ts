/**
 * Load CSV shows how far it is: a progress bar (role progressbar, its value as aria-valuenow) that moves while a
 * big file is read on the workers, and the loaded table has every claim. No timing assertions (npm run bench:ui).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { claimsToCsv } from '../../extract/core/table.ts';
import { defaultSamplePath, generateCorpus, readSample } from '../../extract/gen-claims.ts';
import { launch, open, settledAfter } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

// Big enough to take several progress messages (the workers say how far they are every 100 ms), split over workers.
const N = 60_000;

describe('Load CSV progress', () => {
  it(`${N.toLocaleString('en')} claims: a progressbar moves from start to end, then the table has them all`, async () => {
    const csv = Buffer.from(claimsToCsv(generateCorpus({ rows: N, seed: 7, sample: readSample(defaultSamplePath()) }).claims));
    const { page, context, errors } = await open(browser);
    // Every value the bar shows, as assistive technology reads it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        // A <progress> is a progressbar whose value assistive technology reads as aria-valuenow.
        const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Share read"]');
        const v = bar?.value.toString();
        if (v !== undefined && seen.at(-1) !== v) seen.push(v);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: csv }));
    await page.getByText(`${N.toLocaleString('en')} of ${N.toLocaleString('en')} claims`).waitFor({ timeout: 60_000 });
    const seen = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).map(Number);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((v, i) => v >= 0 && v <= 1 && (i === 0 || v >= seen[i - 1]))).toBe(true);
    expect(Math.max(...seen)).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await context.close();
  });
});
