/// <reference lib="webworker" />
/**
 * Web Worker: rasterises the claims chart's marks (rasterMarks.ts) beside the page's own update work. Where the
 * browser can hand a canvas to a worker (OffscreenCanvas), the chart's canvas is drawn here too: the image is on
 * screen once this worker's task ends, without a task and a frame of the page's to put it there (at a million claims
 * that second frame was ~15–25 ms of every new view). Its recent images are then kept here, by the job's content.
 */
import type { Claim } from '../../extract/core/types.ts';
import type { MarkSet } from './chartLayout.ts';
import { MarkRasterizer, type Raster, type Rgb } from './rasterMarks.ts';
import { jobKey } from './rasterKey.ts';
import { Recent } from './recent.ts';

export interface RasterJob {
  id: number;
  /** The marks; none when `key` names an image the worker may still have (drawing on a canvas only). */
  set?: Pick<MarkSet<Claim>, 'n' | 'kind' | 'color' | 'colors' | 'x1' | 'x2' | 'y'>;
  dpr: number;
  rgb: Record<string, Rgb>;
  surface: Rgb;
  /** Draw on this canvas (attached before) at this bitmap size, instead of sending the image back. */
  target?: { canvas: number; w: number; h: number; key?: string };
  /** A warm-up (rasterClient.ts warmRaster): also hash the marks, as a job drawn on a canvas does first. */
  warm?: boolean;
}
/** A canvas handed over (`attach`), or given up (`detach`: its element left the page). */
export type SurfaceMessage = { type: 'attach'; canvas: number; offscreen: OffscreenCanvas } | { type: 'detach'; canvas: number };
export interface RasterDone {
  id: number;
  raster: { x: number; y: number; width: number; height: number; data: Uint8ClampedArray } | null;
  /** The job's mark buffers, sent back for the next job (rasterClient.ts). */
  buffers?: ArrayBuffer[];
  /** Drawn on its canvas: the job's content key (a later job of the same marks may send only it). */
  key?: string;
  /** A job with a key only, whose image is no longer kept: send it again with its marks. */
  miss?: boolean;
  /** Set when rasterising failed on the worker (the page then draws inline). */
  error?: string;
}

/** The worker's rasteriser: its buffers stay allocated between jobs. */
const rasterizer = new MarkRasterizer();
const canvases = new Map<number, OffscreenCanvas>();
/** Recent images drawn on canvases, by content (as rasterClient.ts keeps them on the page): 48 MB. */
const images = new Recent<string, Raster | null>(48 * 2 ** 20, (image) => image?.data.byteLength ?? 0);

const post = (m: RasterDone, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

function draw(canvas: OffscreenCanvas, w: number, h: number, raster: Raster | null): void {
  // Resizing reallocates (and clears) the bitmap: only when the size changed.
  if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, w, h);
  if (!raster) return;
  ctx.putImageData(new ImageData(raster.data as Uint8ClampedArray<ArrayBuffer>, raster.width, raster.height), raster.x, raster.y);
}

self.onmessage = (e: MessageEvent<RasterJob | SurfaceMessage>) => {
  const m = e.data;
  if ('type' in m) {
    if (m.type === 'attach') canvases.set(m.canvas, m.offscreen);
    else canvases.delete(m.canvas);
    return;
  }
  const { id, set, dpr, rgb, surface, target } = m;
  // The marks' buffers go back to the page with the answer (transferred: no copy left here).
  const buffers = set ? [set.kind.buffer, set.color.buffer, set.x1.buffer, set.x2.buffer, set.y.buffer] as ArrayBuffer[] : [];
  const colorOf = (c: string) => rgb[c] ?? [128, 128, 128];
  try {
    if (!target) {
      if (m.warm) jobKey(set!, dpr, rgb, surface);
      const r = rasterizer.rasterize(set!, dpr, colorOf, surface);
      // The raster's pixels live in a reused buffer: send a copy (transferred, not cloned again).
      const raster = r ? { ...r, data: r.data.slice() } : null;
      post({ id, raster, buffers }, raster ? [raster.data.buffer, ...buffers] : buffers);
      return;
    }
    const key = target.key ?? jobKey(set!, dpr, rgb, surface);
    let image = images.get(key);
    if (image === undefined) {
      if (!set) return post({ id, raster: null, miss: true });
      const r = rasterizer.rasterize(set, dpr, colorOf, surface);
      images.set(key, (image = r ? { ...r, data: r.data.slice() } : null));
    }
    const canvas = canvases.get(target.canvas);
    if (canvas) draw(canvas, target.w, target.h, image);
    // Answered in a task of its own: the canvas' new frame is committed when this task ends.
    setTimeout(() => post({ id, raster: null, buffers, key }, buffers), 0);
  } catch (err) {
    post({ id, raster: null, buffers, error: err instanceof Error ? err.message : String(err) }, buffers);
  }
};
