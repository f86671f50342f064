/**
 * Formula escaping in the dashboard: Load CSV reads exact tables (what the CLI writes by default) and
 * spreadsheet-safe ones alike; Export CSV writes spreadsheet-safe (it is opened in Excel), and reads back the same.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { claimsToCsv, parseClaimsCsv } from '../../extract/core/table.ts';
import type { Claim } from '../../extract/core/types.ts';
import { launch, open, rowCount, settledAfter, tableRows } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const fixture = fileURLToPath(new URL('../fixtures/dashboard/claims.csv', import.meta.url));
const [a, b] = parseClaimsCsv(readFileSync(fixture, 'utf8')).claims;
const evidence = 'Accuracy improves by +0.8% absolute over the baseline.';
/**
 * Cells a spreadsheet would run: a span with a sign, a formula title, a model starting with @. No system, so the
 * table's Paper column shows the titles (it prefers the system's name).
 */
const CLAIMS: Claim[] = [
  { ...a, paper_id: 'p1', system: '', title: '=HYPERLINK("http://evil.example","click")', span: '+0.8% absolute', evidence, start: 21, end: 35, model: '@cmd' },
  { ...b, paper_id: 'p2', system: '', title: 'A plain title', span: '-30%', evidence: 'Memory drops by -30%.', start: 16, end: 20 },
];

describe('formula escaping in the dashboard', () => {
  it('loads exact and spreadsheet-safe files to the same rows; exports spreadsheet-safe, which loads back the same', async () => {
    const { page, context, errors } = await open(browser);
    const shown: Record<string, string>[][] = [];
    for (const [name, text] of [['exact.csv', claimsToCsv(CLAIMS)], ['safe.csv', claimsToCsv(CLAIMS, { spreadsheetSafe: true })]]) {
      await settledAfter(page, () => page.getByLabel('Load data').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) }));
      await page.getByRole('status').filter({ hasText: `Loaded 2 claims from ${name}` }).waitFor();
      expect(await rowCount(page)).toBe(2);
      shown.push((await tableRows(page)).map((r) => ({ Paper: r.Paper, Claim: r.Claim })));
    }
    expect(shown[1]).toEqual(shown[0]);
    expect(shown[0].map((r) => r.Paper).sort()).toEqual(['=HYPERLINK("http://evil.example","click")', 'A plain title']);
    expect(shown[0].map((r) => r.Claim).sort()).toEqual(['+0.8% absolute', '-30%']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(exported).toContain(`"'+0.8% absolute"`);
    expect(exported).toContain(`"'@cmd"`);
    const back = parseClaimsCsv(exported).claims;
    expect([...back].sort((x, y) => x.paper_id.localeCompare(y.paper_id))).toEqual(CLAIMS);
    expect(errors).toEqual([]);
    await context.close();
  });
});
