/**
 * Generated claims (gen-claims, seeded) through Load CSV: the table holds every row, a Hardware filter narrows
 * them to exactly the claims naming that GPU, clearing restores them. No timing assertions (see npm run bench:ui).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { claimsToCsv } from '../../extract/core/table.ts';
import { defaultSamplePath, generateCorpus, readSample } from '../../extract/gen-claims.ts';
import { launch, open, rowCount, settledAfter, tableRows } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const N = 8000;
const CLAIMS = generateCorpus({ rows: N, seed: 42, sample: readSample(defaultSamplePath()) }).claims;

describe('generated claims via Load CSV', () => {
  it(`${N.toLocaleString('en')} claims: all in the table; a Hardware filter narrows them correctly`, async () => {
    const { page, context, errors } = await open(browser);
    await settledAfter(page, () =>
      page.getByLabel('Load data').setInputFiles({ name: 'generated.csv', mimeType: 'text/csv', buffer: Buffer.from(claimsToCsv(CLAIMS)) }));
    await page.getByText(`${N.toLocaleString('en')} of ${N.toLocaleString('en')} claims`).waitFor({ timeout: 20_000 });
    expect(await rowCount(page)).toBe(N);
    await page.waitForFunction((n) => document.documentElement.dataset.total === String(n), N);
    expect(await page.locator('canvas').isVisible()).toBe(true);

    // The most common GPU (first option): its count, the table and the summary all agree with the data.
    const option = page.getByRole('group', { name: 'Hardware' }).getByRole('checkbox').first();
    const label = (await option.locator('xpath=..').textContent())!.replace(/\s+/g, ' ').trim();
    const [, gpu, shown] = /^(.*) (\d+)$/.exec(label)!;
    const expected = CLAIMS.filter((c) => c.hardware.includes(gpu)).length;
    expect(Number(shown)).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(N);
    await settledAfter(page, () => option.check());
    await page.getByText(`${expected.toLocaleString('en')} of ${N.toLocaleString('en')} claims`).waitFor();
    expect(await rowCount(page)).toBe(expected);
    await page.waitForFunction((n) => document.documentElement.dataset.rows === String(n), expected);
    const rows = await tableRows(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.Hardware.split('; ')).toContain(gpu);
    await page.waitForURL((u) => u.searchParams.has('hw'));
    expect(new URL(page.url()).searchParams.getAll('hw')).toEqual([gpu]);

    await settledAfter(page, () => page.getByRole('button', { name: 'Clear filters' }).click());
    await page.getByText(`${N.toLocaleString('en')} of ${N.toLocaleString('en')} claims`).waitFor();
    expect(await rowCount(page)).toBe(N);
    expect(errors).toEqual([]);
    await context.close();
  });
});
