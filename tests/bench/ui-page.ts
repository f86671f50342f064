/**
 * The UI bench's measuring in the page (npm run bench:ui, tests/bench/ui.ts): the first input event after arm(), the
 * app's `claimboard:rendered` and `claimboard:settled` marks, and the time between them; medians and p95. Also, seen
 * from outside the app (countShown): when the header's count first changes after the input, plus two frames (issue
 * 14's definition of a filter change's latency).
 */
import type { Page } from 'playwright-core';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
export const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
};

/** Records the first input event after each arm() and every rendered mark (in page time). */
export async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Recorded = {
      input: number; marks: { t: number; rows: number; total: number }[]; settled: number[];
      counted: { input: number; t: number }[]; seen: number;
    };
    const w = window as unknown as { __cb: Recorded };
    w.__cb = { input: 0, marks: [], settled: [], counted: [], seen: 0 };
    // The header's count ("12,345 of 1,000,000 claims · …"): its first change after an input, then two frame
    // callbacks (the frame that shows it has been produced, and the next one has begun).
    const summary = document.querySelector('header .brand p');
    if (summary) {
      new MutationObserver(() => {
        const input = w.__cb.input;
        if (!input || w.__cb.seen === input) return;
        w.__cb.seen = input;
        requestAnimationFrame(() => requestAnimationFrame(() => w.__cb.counted.push({ input, t: performance.now() })));
      }).observe(summary, { childList: true, characterData: true, subtree: true });
    }
    for (const type of ['click', 'input', 'change']) {
      window.addEventListener(type, () => { if (!w.__cb.input) w.__cb.input = performance.now(); }, true);
    }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'claimboard:settled') w.__cb.settled.push(e.startTime);
        if (e.name !== 'claimboard:rendered') continue;
        const d = (e as PerformanceMark).detail as { rows: number; total: number };
        w.__cb.marks.push({ t: e.startTime, rows: d.rows, total: d.total });
      }
    }).observe({ type: 'mark' });
  });
}

export async function arm(page: Page): Promise<void> {
  await page.evaluate(() => { (window as unknown as { __cb: { input: number } }).__cb.input = 0; });
}

/** ms from the armed input event to the first rendered mark after it (with `total` rows loaded, when given). */
export async function settled(page: Page, total?: number, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction((n) => {
    const cb = (window as unknown as { __cb: { input: number; marks: { t: number; total: number }[] } }).__cb;
    if (!cb.input) return false;
    const m = cb.marks.find((x) => x.t > cb.input && (n === null || x.total === n));
    return m ? m.t - cb.input : false;
  }, total ?? null, { timeout, polling: 20 });
  return (await handle.jsonValue()) as number;
}

/**
 * ms from the armed input event to its header count change plus two frames (see instrument); after its rendered mark
 * (settled), so a change that left the count as it was (no mutation within 250 ms of the mark) gives the mark's time.
 */
export async function countShown(page: Page, rendered: number): Promise<number> {
  const handle = await page.waitForFunction((ms) => {
    const cb = (window as unknown as { __cb: { input: number; counted: { input: number; t: number }[]; marks: { t: number }[] } }).__cb;
    const c = cb.counted.find((x) => x.input === cb.input);
    if (c) return c.t - cb.input;
    return performance.now() - cb.input > ms + 250 ? ms : false;
  }, rendered, { timeout: 60_000, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

export async function timed(page: Page, action: () => Promise<void>, total?: number): Promise<number> {
  await arm(page);
  await action();
  return settled(page, total);
}

/** ms from the armed input event to the first `claimboard:settled` mark after it (every view updated). */
export async function allViews(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const cb = (window as unknown as { __cb: { input: number; settled: number[] } }).__cb;
    const t = cb.settled.find((x) => x > cb.input);
    return t !== undefined ? t - cb.input : false;
  }, null, { timeout: 60_000, polling: 20 });
  return (await handle.jsonValue()) as number;
}
