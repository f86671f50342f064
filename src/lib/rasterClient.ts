/**
 * Rasterising the chart's marks on a Web Worker (rasterWorker.ts), so the ~50 ms it takes for 100k marks runs
 * beside the page's own update (derived data, DOM, layout) instead of after it. Without Worker (tests), inline.
 */
import type { Claim } from '../../extract/core/types.ts';
import type { MarkSet } from './chartLayout.ts';
import { rasterizeMarks, type Raster, type Rgb } from './rasterMarks.ts';
import type { RasterDone, RasterJob } from './rasterWorker.ts';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (r: RasterDone) => void>();

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

/** The marks' pixels (see rasterizeMarks); the data is the caller's to keep. */
export function rasterize<C extends Claim>(set: MarkSet<C>, dpr: number, rgb: Record<string, Rgb>, surface: Rgb): Promise<Raster | null> {
  const w = getWorker();
  if (!w) return Promise.resolve(inline(set, dpr, rgb, surface));
  const id = nextId++;
  const job: RasterJob = {
    id, dpr, rgb, surface,
    set: { n: set.n, kind: set.kind, color: set.color, colors: set.colors, x1: set.x1, x2: set.x2, y: set.y },
  };
  return new Promise((resolve) => {
    waiting.set(id, (done) => resolve(done.error ? inline(set, dpr, rgb, surface) : done.raster));
    w.postMessage(job);
  });
}
