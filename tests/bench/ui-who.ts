/**
 * The UI bench's Who beats whom action (`npm run bench:ui -- --actions who`): with the view scrolled into sight (so it
 * updates in the same frame as the filters, not a frame later as off screen), time from the input event to the
 * rendered mark for Hardware and Metric changes (the standing recomputed on the filtered rows) and for following a
 * neighbour and coming back; and how long the view's index took to build after the load (the main-thread time of
 * its idle slices, from the app's `claimboard:standing-index` mark). Per action also the renderer's CPU time per
 * change (main thread and workers, every view's work until the next change): steadier than wall time on a busy machine.
 */
import type { Page } from 'playwright-core';
import { rendererStats } from './procStats.ts';
import { timed } from './ui-page.ts';

export async function benchWho(page: Page, rows: number, reps: number, add: (k: string, v: number) => void): Promise<void> {
  const built = await page.waitForFunction((n) => {
    const m = performance.getEntriesByName('claimboard:standing-index').at(-1) as PerformanceMark | undefined;
    const d = m?.detail as { ms: number; rows: number } | undefined;
    return d?.rows === n ? d.ms : false;
  }, rows, { timeout: 60_000, polling: 50 });
  add('who: index build (idle slices)', (await built.jsonValue()) as number);
  await page.evaluate(() => document.getElementById('who')!.scrollIntoView());
  await page.getByRole('heading', { name: 'Who beats whom' }).waitFor();
  await page.waitForTimeout(300);
  const option = (facet: string, k: number) => page.getByRole('group', { name: facet }).getByRole('checkbox').nth(k % 10);
  /** Runs `changes`, then adds the renderer's CPU ms per change over them (one figure per action). */
  const cpu = async (k: string, changes: () => Promise<number>) => {
    const before = rendererStats().cpu;
    const n = await changes();
    if (n) add(`${k} · CPU ms per change`, ((rendererStats().cpu - before) * 1000) / n);
  };
  await cpu('who: hardware option', async () => {
    for (let i = 0; i < reps; i++) {
      add('who: hardware option', await timed(page, () => option('Hardware', i).click()));
      add('who: hardware option', await timed(page, () => option('Hardware', i).click()));
    }
    return 2 * reps;
  });
  await cpu('who: metric option', async () => {
    for (let i = 0; i < reps; i++) {
      add('who: metric option', await timed(page, () => option('Metric', i).click()));
      add('who: metric option', await timed(page, () => option('Metric', i).click()));
    }
    return 2 * reps;
  });
  const against = page.getByRole('table', { name: /^Claims against/ });
  const quick = page.locator('#who .quick a').first();
  await cpu('who: follow a neighbour, back', async () => {
    let n = 0;
    for (let i = 0; i < Math.ceil(reps / 2); i++, n += 2) {
      const link = against.getByRole('link').nth(i % 5);
      if (!(await link.count())) break;
      add('who: follow a neighbour, back', await timed(page, () => link.click()));
      add('who: follow a neighbour, back', await timed(page, () => quick.click()));
    }
    return n;
  });
}
