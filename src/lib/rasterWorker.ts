/// <reference lib="webworker" />
/** Web Worker: rasterises the claims chart's marks (rasterMarks.ts) beside the page's own update work. */
import type { Claim } from '../../extract/core/types.ts';
import type { MarkSet } from './chartLayout.ts';
import { MarkRasterizer, type Rgb } from './rasterMarks.ts';

export interface RasterJob {
  id: number;
  set: Pick<MarkSet<Claim>, 'n' | 'kind' | 'color' | 'colors' | 'x1' | 'x2' | 'y'>;
  dpr: number;
  rgb: Record<string, Rgb>;
  surface: Rgb;
}
export interface RasterDone {
  id: number;
  raster: { x: number; y: number; width: number; height: number; data: Uint8ClampedArray } | null;
  /** The job's mark buffers, sent back for the next job (rasterClient.ts). */
  buffers?: ArrayBuffer[];
  /** Set when rasterising failed on the worker (the page then draws inline). */
  error?: string;
}

/** The worker's rasteriser: its buffers stay allocated between jobs. */
const rasterizer = new MarkRasterizer();

self.onmessage = (e: MessageEvent<RasterJob>) => {
  const { id, set, dpr, rgb, surface } = e.data;
  const post = (m: RasterDone, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);
  // The marks' buffers go back to the page with the answer (transferred: no copy left here).
  const buffers = [set.kind.buffer, set.color.buffer, set.x1.buffer, set.x2.buffer, set.y.buffer] as ArrayBuffer[];
  try {
    const r = rasterizer.rasterize(set, dpr, (c) => rgb[c] ?? [128, 128, 128], surface);
    // The raster's pixels live in a reused buffer: send a copy (transferred, not cloned again).
    const raster = r ? { ...r, data: r.data.slice() } : null;
    post({ id, raster, buffers }, raster ? [raster.data.buffer, ...buffers] : buffers);
  } catch (err) {
    post({ id, raster: null, buffers, error: err instanceof Error ? err.message : String(err) }, buffers);
  }
};
