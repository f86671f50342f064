/**
 * The first screen answers "who claims how much, over what, on which GPU": the table's key columns in view at
 * 1440×900, a chart with labels and an axis that stays, one metric family at a time, generic baselines in one row;
 * on a phone the chart first, filters behind one button; the keyboard's way through (skip links, landmarks, the
 * chart as one Tab stop, Enter to the evidence).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseClaimsCsv } from '../../extract/core/table.ts';
import { baselineKeys } from '../../src/lib/baselines.ts';
import { factorMid, hasFactor } from '../../src/lib/claims.ts';
import { familyOf } from '../../src/lib/families.ts';
import { factorLabel } from '../../src/lib/format.ts';
import { launch, open, rowCount, settledAfter } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const FIXTURE = parseClaimsCsv(readFileSync(new URL('../fixtures/dashboard/claims.csv', import.meta.url), 'utf8')).claims;
const inFamily = (family: string) => FIXTURE.filter((c) => hasFactor(c) && familyOf(c.metric) === family);
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Bounding boxes (viewport px) of the cells under the given headers in the first `n` rows of the claims table. */
async function cellBoxes(page: Page, headers: string[], n: number) {
  return page.evaluate(([hs, count]) => {
    const table = document.querySelector('table[aria-rowcount]')!;
    const labels = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
    const rows = [...table.querySelectorAll('tbody tr[data-index]')].slice(0, count as number);
    return rows.flatMap((tr) => (hs as string[]).map((h) => tr.children[labels.indexOf(h)].getBoundingClientRect().toJSON() as DOMRect));
  }, [headers, n] as const);
}

describe('1440×900: the comparison without scrolling sideways', () => {
  it('the table one click from the top, its Paper, Claim, Metric, Baseline and Hardware cells in the window', async () => {
    const { page, context, errors } = await open(browser, '', DESKTOP);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Table' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('table');
    const headers = await page.getByRole('table', { name: 'Claims', exact: true }).getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.replace(/[▲▼]/g, ''))).toEqual(['Paper', 'Claim', 'Factor', 'Metric', 'Baseline', 'Hardware']);
    const boxes = await cellBoxes(page, ['Paper', 'Claim', 'Metric', 'Baseline', 'Hardware'], 5);
    expect(boxes).toHaveLength(25);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(DESKTOP.width);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(DESKTOP.height);
    }
    const overflow = await page.evaluate(() => {
      const s = document.querySelector('table[aria-rowcount]')!.closest('.scroller')!;
      return [s.scrollWidth - s.clientWidth, document.documentElement.scrollWidth - innerWidth];
    });
    expect(overflow).toEqual([0, 0]);
    expect(await page.getByText('more columns →').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the chart: one family, largest claims labelled, an axis that stays in view, generic baselines in one row', async () => {
    const { page, context } = await open(browser, '?group=baseline', DESKTOP);
    const speed = inFamily('speed');
    const labels = page.locator('.plot .mark-label:not([display="none"])');
    expect(await labels.count()).toBeGreaterThan(3);
    for (const l of await labels.all()) expect(await l.isVisible()).toBe(true);
    // The largest claim's label says who, how much and (grouped by baseline) not the baseline again.
    const largest = speed.reduce((a, b) => (factorMid(b)! > factorMid(a)! ? b : a));
    expect((await labels.allTextContents()).some((t) => t.includes(factorLabel(largest)))).toBe(true);
    // Rows: named systems, and one row for every generic phrase.
    const rows = await page.locator('.row-label:not([hidden]) .name').allTextContents();
    expect(rows).toContain('vLLM');
    expect(rows).toContain('generic baselines');
    expect(rows).not.toContain('baseline methods');
    expect(await page.getByRole('group', { name: 'Baseline' }).getByRole('checkbox', { name: /^generic baselines \d+$/ }).count()).toBe(1);
    // Scrolled past the chart's top, its axis stays at the top of the window.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.plot')!.getBoundingClientRect().top + scrollY + 120));
    const axis = await page.locator('.axis.sticky').boundingBox();
    expect(axis!.y).toBeGreaterThanOrEqual(-1);
    expect(axis!.y).toBeLessThan(2);
    expect(await page.locator('.axis.sticky').getByText('2×', { exact: true }).isVisible()).toBe(true);
    // Another family: its claims only (the chart's picker; Who beats whom has its own, on the same state).
    await settledAfter(page, () => page.getByRole('radiogroup', { name: 'Claims shown' }).getByRole('radio', { name: /Cost & energy/ }).check());
    const marks = inFamily('cost').reduce((n, c) => n + Math.max(1, baselineKeys(c).length), 0);
    expect(await page.locator('.plot .mark').count()).toBe(marks);
    await page.waitForURL(/family=cost/);
    await context.close();
  });
});

describe('390×844 phone', () => {
  it('the chart in the first screen, filters behind one button with removable chips, tables that say they scroll', async () => {
    const { page, context } = await open(browser, '', PHONE);
    const chart = await page.getByRole('region', { name: 'Claimed improvement factor' }).boundingBox();
    expect(chart!.y).toBeLessThan(PHONE.height - 200);
    expect(await page.getByRole('complementary', { name: 'Filters' }).isVisible()).toBe(false);
    expect(await page.locator('.row-labels.above .row-label:not([hidden])').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const filters = page.getByRole('complementary', { name: 'Filters' });
    expect(await filters.isVisible()).toBe(true);
    await settledAfter(page, () => filters.getByRole('group', { name: 'Hardware' }).getByRole('checkbox', { name: /^A100\b/ }).check());
    await page.getByRole('button', { name: 'Hide filters (1)' }).click();
    expect(await filters.isVisible()).toBe(false);
    const chip = page.getByRole('button', { name: 'Remove filter Hardware: A100' });
    expect(await chip.isVisible()).toBe(true);
    expect(await rowCount(page)).toBe(FIXTURE.filter((c) => c.hardware.includes('A100')).length);
    await settledAfter(page, () => chip.click());
    expect(await rowCount(page)).toBe(FIXTURE.length);
    expect(await page.getByRole('button', { name: 'Filters', exact: true }).isVisible()).toBe(true);
    // The table is wider than a phone: it says so, until scrolled to its end.
    await page.getByRole('table', { name: 'Claims', exact: true }).scrollIntoViewIfNeeded();
    const more = page.getByText('more columns →');
    expect(await more.isVisible()).toBe(true);
    await page.locator('.scroller').evaluate((s) => { s.scrollLeft = s.scrollWidth; });
    await more.waitFor({ state: 'detached' });
    await context.close();
  });
});

describe('keyboard', () => {
  it('skip links and landmarks; the chart is one Tab stop with arrow keys; Enter moves focus to the evidence', async () => {
    const { page, context } = await open(browser, '', DESKTOP);
    for (const [role, name] of [['banner', undefined], ['main', undefined], ['navigation', 'Sections'], ['complementary', 'Filters'],
      ['region', 'Evidence'], ['region', 'Claimed improvement factor'], ['region', 'Claims']] as const) {
      expect(await page.getByRole(role, name ? { name, exact: true } : {}).count(), `${role} ${name}`).toBe(1);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the chart');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chart');
    // Group by, the family (one radio group), then the plot: one stop for all its marks; the next Tab leaves the chart.
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => {
        const el = document.activeElement!;
        return `${el.closest('#chart') ? 'chart' : 'out'}:${el.getAttribute('role') ?? el.tagName.toLowerCase()}`;
      }));
    }
    expect(stops).toEqual(['chart:select', 'chart:input', 'chart:application', 'out:summary']);
    const plot = page.getByRole('application', { name: /^Claims chart/ });
    await page.keyboard.press('Shift+Tab');
    // Focus shows the first claim; the arrows move on from it.
    expect(await page.locator('#chart-focus').textContent()).toMatch(/, claim 1 of \d+\.$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const said = (await page.locator('#chart-focus').textContent())!;
    expect(said).toMatch(/, claim 3 of \d+\.$/);
    expect(await page.getByRole('tooltip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    const article = page.getByRole('region', { name: 'Evidence' }).locator('article');
    expect(await article.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(said).toContain(`: ${await article.locator('.headline strong').textContent()} (`);
    await page.getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Enter');
    expect(await plot.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });
});
