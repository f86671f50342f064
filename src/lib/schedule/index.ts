/**
 * When the dashboard's work runs: the frame model. At 100k claims on a two-core machine a filter change costs tens of
 * milliseconds of DOM work in every view, and the chart's marks take as long to rasterise; the order below is what
 * lets a change paint the views in sight first and the rest after (each step measured with `npm run bench:ui`).
 *
 * A filter change (an input event), in the task that handles it (Svelte's flush):
 * 1. Early jobs (early.svelte.ts): App's first pre-effect runs every view's registered job before any view updates
 *    its DOM. The claims chart posts its raster job to a worker there, so the worker rasterises while the main thread
 *    updates the filters' counts and the other views (otherwise effects run in page order, the filters' first).
 * 2. The views in sight update their DOM: filters, chart (SVG layers), evidence. The chart's canvas is counted in
 *    `painting` (pendingWork.ts) until the worker's image has been put on it.
 * 3. The views below the fold, each inside a <Deferred> section (onScreen.ts watches it), keep what they showed
 *    and queue one catch-up (`deferred`, lag.svelte.ts, counted in `lagging`). On screen, or with focus or a pointer
 *    inside, a view follows at once instead.
 *
 * Then frames:
 * - frame N shows the change (the canvas still shows the previous image if the worker is not back);
 * - the image arrives: Svelte puts it on the canvas, `painting` is done, and the frame after shows it. App's render
 *   mark `claimboard:rendered` (renderMarks.svelte.ts) is a task posted from that frame's callback, so it lands just
 *   after the frame with everything in sight on it. Where the worker draws on the canvas itself (OffscreenCanvas,
 *   rasterClient.ts drawOn) the image is on screen once the worker says it is drawn: no second frame, the mark is set
 *   then (or after frame N, whichever is later);
 * - the views below the fold catch up in a background-priority task posted from that same frame callback
 *   (afterFrame.ts): not earlier, or on two cores they would share the CPU with the raster worker and delay the image,
 *   and a task between the image's arrival and its frame would delay that frame; at background priority a key
 *   pressed meanwhile and the render mark go first. Once they are done and their frame is out: `claimboard:settled`.
 *
 * Idle time (idle.ts): after new data, once its first frame is out, a filter change's passes are run once on a view
 * of it (engine/warmUp.ts: compiled for filtered views before the first real change), then the search text index, the
 * claim lookups and Who beats whom's standing index are built in idle callbacks a slice at a time (no long task in the
 * first frames of the data or before the first keystroke), and the data is copied into the browser's store once the
 * page is idle (within a second).
 *
 * Elsewhere: the URL follows the view once a burst of changes pauses (urlSync.svelte.ts, 200 ms); the chart's
 * recent images are kept (rasterClient.ts), so going back to a recent view paints without rasterising again.
 */
export { early, runEarly } from './early.svelte.ts';
export { inIdleSlices, inIdleSlicesAfterFrame, whenIdle, whenIdleAfterFrame } from './idle.ts';
export { deferred } from './lag.svelte.ts';
export { ON_SCREEN, provideOnScreen, watchOnScreen, type OnScreen } from './onScreen.ts';
export { lagging, painting } from './pendingWork.ts';
export { markRenders } from './renderMarks.svelte.ts';
