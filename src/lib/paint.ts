/**
 * Drawing that finishes after the DOM update (the chart's canvas, rasterised on a worker): views register it here,
 * and the render instrumentation (App.svelte's `claimboard:rendered` mark) waits for it, so "rendered" still
 * means everything is on screen.
 */
let pending = 0;
let waiters: (() => void)[] = [];

/** Starts a piece of asynchronous drawing; call the returned function once when it is on the canvas. */
export function beginPaint(): () => void {
  pending++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--pending === 0) {
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    }
  };
}

/** Resolves when no asynchronous drawing is pending. */
export function whenPainted(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
}

/** Is asynchronous drawing pending? */
export function painting(): boolean {
  return pending > 0;
}
