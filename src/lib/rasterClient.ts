/**
 * Rasterising the chart's marks on a Web Worker (rasterWorker.ts), so the ~30 ms it takes for 100k marks runs
 * beside the page's own update (derived data, DOM, layout) instead of after it. Without Worker (tests), inline.
 * Where the canvas can be handed to the worker (attachCanvas), the worker draws on it itself (drawOn); else the
 * image comes back here (rasterize) and the page puts it on the canvas.
 */
import type { Claim } from '../../extract/core/types.ts';
import type { MarkSet } from './chartLayout.ts';
import { rasterizeMarks, type Raster, type Rgb } from './rasterMarks.ts';
import { inputsKey, jobKey, marksKey } from './rasterKey.ts';
import { Recent } from './recent.ts';
import type { RasterDone, RasterJob, SurfaceMessage } from './rasterWorker.ts';

export { jobKey };

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (r: RasterDone) => void>();

/**
 * The buffers a job's marks are copied into and transferred to the worker in, which sends them back with the raster:
 * cloning them instead left ~26 bytes a mark of garbage on the worker per job (16 MB for a view of 600k marks at a
 * million claims), which its heap kept until a collection. Null while lent out (a second job then gets new ones).
 */
let spare: JobBuffers | null = null;
interface JobBuffers { kind: ArrayBuffer; color: ArrayBuffer; x1: ArrayBuffer; x2: ArrayBuffer; y: ArrayBuffer }

/** The set's arrays copied into spare buffers (or new ones, large enough), as views of its length. */
function lend<C extends Claim>(set: MarkSet<C>): { marks: RasterJob['set']; buffers: ArrayBuffer[] } {
  const n = set.n;
  let b = spare;
  spare = null;
  if (!b || b.kind.byteLength < n) {
    const cap = Math.max(n, 1024);
    const doubles = () => new ArrayBuffer(8 * cap);
    b = { kind: new ArrayBuffer(cap), color: new ArrayBuffer(cap), x1: doubles(), x2: doubles(), y: doubles() };
  }
  const marks = {
    n, colors: set.colors, kind: new Uint8Array(b.kind, 0, n), color: new Uint8Array(b.color, 0, n),
    x1: new Float64Array(b.x1, 0, n), x2: new Float64Array(b.x2, 0, n), y: new Float64Array(b.y, 0, n),
  };
  marks.kind.set(set.kind.subarray(0, n));
  marks.color.set(set.color.subarray(0, n));
  marks.x1.set(set.x1.subarray(0, n));
  marks.x2.set(set.x2.subarray(0, n));
  marks.y.set(set.y.subarray(0, n));
  return { marks, buffers: [b.kind, b.color, b.x1, b.x2, b.y] };
}

/** Buffers sent back by the worker: kept as the spare set when larger than the one kept. */
function giveBack(buffers: ArrayBuffer[] | undefined): void {
  if (buffers?.length !== 5) return;
  const [kind, color, x1, x2, y] = buffers;
  if (!spare || spare.kind.byteLength < kind.byteLength) spare = { kind, color, x1, x2, y };
}

function inline<C extends Claim>(set: MarkSet<C>, dpr: number, rgb: Record<string, Rgb>, surface: Rgb): Raster | null {
  const r = rasterizeMarks(set, dpr, (c) => rgb[c] ?? [128, 128, 128], surface);
  return r ? { ...r, data: r.data.slice() } : null;
}

function getWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./rasterWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
    worker?.addEventListener('message', (e: MessageEvent<RasterDone>) => {
      giveBack(e.data.buffers);
      const resolve = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      resolve?.(e.data);
    });
    // A worker that cannot start (or dies): every job waiting, and every later one, is drawn inline.
    worker?.addEventListener('error', () => {
      worker = null;
      for (const [id, resolve] of waiting) resolve({ id, raster: null, error: 'raster worker failed' });
      waiting.clear();
    });
  }
  return worker;
}

/**
 * Recent images by the content of their job: going back to a view (unchecking an option, Clear filters, deleting
 * search letters back to a word's first one or to none) puts its image back without rasterising again. An image is
 * ~0.7 MB at 100k claims grouped by topic (dpr 1), ~3 MB grouped by paper: 48 MB keep the last 15–70 views.
 */
const cache = new Recent<string, Raster | null>(48 * 2 ** 20, (image) => image?.data.byteLength ?? 0);

/**
 * Has the worker draw `set` and drops the image (neither cached nor drawn): after a load (engine/warmUp.ts), so that
 * its code is compiled for a filtered view before the first real change. Nothing without a worker.
 */
export function warmRaster<C extends Claim>(set: MarkSet<C>): void {
  const w = getWorker();
  if (!w || set.n === 0) return;
  // (The key itself is not needed: hashing the marks once compiles the hash a real job runs first, ~1.5 ms at 76k;
  // where the worker draws on the canvas, it hashes them, so it does so here too.)
  const onWorker = canDrawOnWorker();
  if (!onWorker) marksKey(set);
  const id = nextId++;
  const { marks, buffers } = lend(set);
  const grey: Rgb = [128, 128, 128];
  const rgb = Object.fromEntries(set.colors.map((c) => [c, grey]));
  waiting.set(id, () => {});
  w.postMessage({ id, dpr: 1, rgb, surface: grey, set: marks, warm: onWorker } satisfies RasterJob, buffers);
}

/** The marks' pixels (see rasterizeMarks); the data is shared with the cache: read it, do not change it. */
export function rasterize<C extends Claim>(set: MarkSet<C>, dpr: number, rgb: Record<string, Rgb>, surface: Rgb): Promise<Raster | null> {
  const key = jobKey(set, dpr, rgb, surface);
  const hit = cache.get(key);
  if (hit !== undefined) return Promise.resolve(hit);
  const keep = (raster: Raster | null) => {
    cache.set(key, raster);
    return raster;
  };
  const w = getWorker();
  if (!w) return Promise.resolve(keep(inline(set, dpr, rgb, surface)));
  const id = nextId++;
  const { marks, buffers } = lend(set);
  const job: RasterJob = { id, dpr, rgb, surface, set: marks };
  return new Promise((resolve) => {
    waiting.set(id, (done) => resolve(keep(done.error ? inline(set, dpr, rgb, surface) : done.raster)));
    w.postMessage(job, buffers);
  });
}

/** Whether canvases can be handed to the raster worker (OffscreenCanvas in a worker; not in jsdom or old browsers). */
export function canDrawOnWorker(): boolean {
  return typeof HTMLCanvasElement !== 'undefined' && typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function'
    && typeof OffscreenCanvas !== 'undefined' && getWorker() !== null;
}

let nextCanvas = 1;

/**
 * Hands `canvas` to the raster worker (it can no longer be drawn on here): `drawOn` then has the worker draw on it.
 * Returns its number for drawOn and detach, or null where the browser cannot (draw with `rasterize` then).
 */
export function attachCanvas(canvas: HTMLCanvasElement): number | null {
  if (!canDrawOnWorker()) return null;
  const offscreen = canvas.transferControlToOffscreen();
  const id = nextCanvas++;
  getWorker()!.postMessage({ type: 'attach', canvas: id, offscreen } satisfies SurfaceMessage, [offscreen]);
  return id;
}

/** The canvas left the page: the worker lets it go. */
export function detachCanvas(id: number): void {
  latest.delete(id);
  worker?.postMessage({ type: 'detach', canvas: id } satisfies SurfaceMessage);
}

/** Per mark set, the content keys the worker answered for it (by the job's other inputs): later jobs send only the key. */
const drawnKeys = new WeakMap<object, Map<string, string>>();
/** Per canvas, its latest job: a job sent again (its image dropped) after a newer one would draw over the newer's. */
const latest = new Map<number, number>();

/**
 * Has the worker draw `set` on canvas `id` (attachCanvas) at a bitmap of w × h; resolves once it is drawn (on screen
 * with the worker's next frame). A set drawn before is sent as its key alone (no copy of its marks, no hash here:
 * the worker hashes new marks and keeps its recent images by that key), and again with its marks if the worker has
 * dropped that image meanwhile.
 */
export function drawOn<C extends Claim>(
  id: number, set: MarkSet<C>, w: number, h: number, dpr: number, rgb: Record<string, Rgb>, surface: Rgb,
): Promise<void> {
  const w0 = getWorker();
  if (!w0) return Promise.resolve();
  const inputs = inputsKey(set.colors, dpr, rgb, surface);
  const post = (withMarks: boolean): Promise<void> => {
    const known = withMarks ? undefined : drawnKeys.get(set)?.get(inputs);
    const job = nextId++;
    latest.set(id, job);
    const lent = known === undefined ? lend(set) : null;
    const msg: RasterJob = { id: job, dpr, rgb, surface, set: lent?.marks, target: { canvas: id, w, h, key: known } };
    return new Promise((resolve) => {
      waiting.set(job, (done) => {
        if (done.miss) return void (latest.get(id) === job ? post(true).then(resolve) : resolve());
        if (done.key) {
          let keys = drawnKeys.get(set);
          if (!keys) drawnKeys.set(set, (keys = new Map()));
          keys.set(inputs, done.key);
        }
        resolve();
      });
      w0.postMessage(msg, lent?.buffers ?? []);
    });
  };
  return post(false);
}
