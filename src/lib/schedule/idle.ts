/**
 * Work that waits for idle time: indexes built after a load a slice at a time (the search text, the claim lookups,
 * Who beats whom's standing), so that no long task holds up the first frames of the new data or a keystroke.
 */
import { afterNextFrame } from './afterFrame.ts';
import { painting } from './pendingWork.ts';

/**
 * Runs `slice(more)` in idle callbacks, a callback at a time, until it returns true (done, or no longer wanted);
 * `more()` holds while the callback has more than `reserveMs` left (a slice does at least one step, so a busy
 * page still gets there), `timeout` bounds the wait for each callback. Returns false where the browser has no idle
 * callbacks (jsdom, old browsers): nothing was scheduled, the caller decides.
 *
 * While the chart's canvas is being rasterised (`painting`: a filter change waits for the worker's image) no slice
 * runs: the page looks idle then, but a slice would share two cores with the worker and hold up the frame that
 * shows the image (measured at a million claims: the first changes after a load met 20–45 ms idle slices of the
 * search and standing indexes between their update and their image). The slice waits for that frame instead.
 */
export function inIdleSlices(slice: (more: () => boolean) => boolean, reserveMs: number, timeout?: number): boolean {
  if (typeof requestIdleCallback !== 'function') return false;
  const options = timeout === undefined ? undefined : { timeout };
  const step = (deadline: IdleDeadline) => {
    if (painting.busy) return void afterNextFrame(() => requestIdleCallback(step, options));
    if (!slice(() => deadline.timeRemaining() > reserveMs)) requestIdleCallback(step, options);
  };
  requestIdleCallback(step, options);
  return true;
}

/**
 * inIdleSlices started once the frame showing the new data is out (the chart's image included): while the page waits
 * for the raster worker, idle slices would share two cores with it and make a first image wait for the slice running
 * (measured at 1M: the search index alone allocates 185 MB, whose garbage collections fell before the first frame).
 */
export function inIdleSlicesAfterFrame(slice: (more: () => boolean) => boolean, reserveMs: number, timeout?: number): boolean {
  if (typeof requestIdleCallback !== 'function') return false;
  afterNextFrame(() => inIdleSlices(slice, reserveMs, timeout));
  return true;
}

/** Resolves once the next frame is out (see afterNextFrame), then in idle time, after `timeout` ms at most. */
export function whenIdleAfterFrame(timeout: number): Promise<void> {
  return new Promise<void>((resolve) => afterNextFrame(resolve)).then(() => whenIdle(timeout));
}

/** Resolves in idle time, after `timeout` ms at most; in the next task where the browser has no idle callbacks. */
export function whenIdle(timeout: number): Promise<void> {
  return new Promise<void>((resolve) => (typeof requestIdleCallback === 'function'
    ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve, 0)));
}
