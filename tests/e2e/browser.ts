/** Shared e2e plumbing: one Chromium per test file, a fresh context per test, console errors collected. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

export { CHROMIUM_ARGS, launch } from './chromium.ts';

export const baseUrl = () => inject('baseUrl');
export const siteDir = () => inject('siteDir');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught page errors seen so far */
  errors: string[];
  dialogs: string[];
}

export async function open(browser: Browser, query = '', viewport = { width: 1280, height: 800 }): Promise<Session> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(baseUrl() + query);
  await waitForRows(page);
  return { context, page, errors, dialogs };
}

/**
 * Waits until the data is loaded (the header summary says "N of M claims") and every view shows it: views below the
 * fold follow a frame after the rest (src/lib/schedule); the app marks when they have (data-settled).
 */
export async function waitForRows(page: Page): Promise<void> {
  await page.getByText(/\d+ of \d+ claims/).first().waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => {
    const d = document.documentElement.dataset;
    return d.settled !== undefined && d.settled === d.rendered;
  }, null, { timeout: 10_000 });
}

/**
 * Runs a change and waits until every view shows it, those below the fold included: the app's data-settled counter
 * moves past its value before the change and catches up with data-rendered.
 */
export async function settledAfter(page: Page, change: () => Promise<unknown>, timeout = 20_000): Promise<void> {
  const before = await page.evaluate(() => Number(document.documentElement.dataset.settled ?? 0));
  await change();
  await page.waitForFunction((b) => {
    const d = document.documentElement.dataset;
    return Number(d.settled ?? 0) > b && d.settled === d.rendered;
  }, before, { timeout, polling: 50 });
}

/** The cells of the table's rendered data rows, by column label. */
export async function tableRows(page: Page): Promise<Record<string, string>[]> {
  return page.evaluate(() => {
    const table = document.querySelector('table[aria-rowcount]')!;
    const labels = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
    return [...table.querySelectorAll('tbody tr[data-index]')].map((tr) =>
      Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [labels[i], td.textContent ?? ''])));
  });
}

export async function rowCount(page: Page): Promise<number> {
  return Number(await page.locator('table[aria-rowcount]').getAttribute('aria-rowcount')) - 1;
}

/** Two abstracts as a copied listing page gives them (title line, abstract line, blank line): the Paste tests' input. */
export const LISTING = [
  'S-LoRA: Serving Thousands of Concurrent LoRA Adapters',
  'We present S-LoRA, a system designed for the scalable serving of many LoRA adapters. Compared to state-of-the-art libraries such as HuggingFace PEFT and vLLM, S-LoRA can improve the throughput by up to 4 times and increase the number of served adapters.',
  '',
  'BatchLLM: Optimizing Large Batched LLM Inference with Global Prefix Sharing',
  'Large language models are increasingly used for batched offline tasks where prompts share long prefixes. We present BatchLLM, which shares prefixes globally and batches tokens for throughput. BatchLLM outperforms vLLM by 1.1x to 2x on a set of microbenchmarks and two typical industry workloads.',
  '',
].join('\n');
