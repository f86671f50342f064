/**
 * The pixel work of the canvas marks (rasterMarks.ts): a region of device pixels where layers are drawn one at a time
 * (a layer's coverage is the max of its shapes' anti-aliased coverage) and composited front to back, and the tiles
 * that say where every pixel is final already. MarkRasterizer extends it with the marks' order and styles.
 */
import type { Mask } from './rasterMasks.ts';

export type Rgb = readonly [number, number, number];

export interface Raster {
  /** Device-pixel position and size of the region. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Non-premultiplied RGBA, row-major (ImageData layout); a reused buffer, valid until the next call. */
  data: Uint8ClampedArray;
}

/**
 * Opacity from which a pixel is final. The layers behind it add at most 1 − OPAQUE to its opacity and move its
 * colour by at most 255 · (1 − OPAQUE) / OPAQUE: both under half an 8-bit step, so no byte moves by more than 1.
 */
const OPAQUE = 511 / 512;
/** The layer coverage of an opaque pixel: above any real coverage, so no stamp changes it. */
const HIDDEN = 2;

/** Layers composited front to back in a region; owns its pixel buffers, reused between draws. */
export class RasterLayers {
  // Per pixel of the region: acc, the premultiplied colour and opacity of the layers in front of the one being
  // drawn, which it shows through (1 − opacity); cov, that layer's coverage (max of its shapes); touched, its
  // pixels in the order first covered; seen, for subclasses, by epoch (reset when the buffers are reallocated);
  // data, the result.
  private px = 0;
  protected acc = new Float32Array(0);
  protected cov = new Float32Array(0);
  private touched = new Int32Array(0);
  private nTouched = 0;
  protected seen = new Int32Array(0);
  protected epoch = 0;
  private data = new Uint8ClampedArray(0);
  /** Per tile, its count of pixels not yet opaque. */
  private open = new Int32Array(0);
  // The region (device px), the tiles (2^shift device px a side, TW a row), the alpha of every layer.
  protected x0 = 0;
  protected y0 = 0;
  protected W = 0;
  protected H = 0;
  protected shift = 2;
  private TW = 0;
  protected alpha = 1;

  /** Starts a draw in the region x0, y0, W × H (device px) with tiles of 2^shift px: clears the layers. */
  protected begin(x0: number, y0: number, W: number, H: number, shift: number, alpha: number): void {
    this.x0 = x0;
    this.y0 = y0;
    this.W = W;
    this.H = H;
    this.shift = shift;
    this.alpha = alpha;
    const px = W * H;
    if (this.px < px) {
      this.px = px;
      this.acc = new Float32Array(px * 4);
      this.cov = new Float32Array(px);
      this.touched = new Int32Array(px);
      this.seen = new Int32Array(px);
      this.data = new Uint8ClampedArray(px * 4);
      this.epoch = 0;
    }
    // `seen` needs no clearing: every use has a new epoch (the region's size may differ).
    this.acc.fill(0, 0, px * 4);
    this.cov.fill(0, 0, px);
    const TW = (this.TW = ((W - 1) >> shift) + 1);
    const TH = ((H - 1) >> shift) + 1;
    if (this.open.length < TW * TH) this.open = new Int32Array(TW * TH);
    for (let ty = 0; ty < TH; ty++) {
      const h = Math.min(H, (ty + 1) << shift) - (ty << shift);
      for (let tx = 0; tx < TW; tx++) this.open[ty * TW + tx] = h * (Math.min(W, (tx + 1) << shift) - (tx << shift));
    }
  }

  /** Whether the device px box (inclusive) only covers opaque tiles (or lies outside the region). */
  protected hidden(bx0: number, by0: number, bx1: number, by1: number): boolean {
    const { shift, TW, open } = this;
    const tx0 = Math.max(0, bx0) >> shift, tx1 = Math.min(this.W - 1, bx1) >> shift;
    const ty0 = Math.max(0, by0) >> shift, ty1 = Math.min(this.H - 1, by1) >> shift;
    for (let ty = ty0; ty <= ty1; ty++) {
      for (let t = ty * TW + tx0; t <= ty * TW + tx1; t++) if (open[t] !== 0) return false;
    }
    return true;
  }

  /** Covers pixel p at least c in the layer being drawn. */
  protected put(p: number, c: number): void {
    const cov = this.cov;
    const old = cov[p];
    if (c > old) {
      if (old === 0) this.touched[this.nTouched++] = p;
      cov[p] = c;
    }
  }

  /** Blends the layer drawn (cov) under the layers in front of it (acc) in colour rgb, and clears it. */
  protected blend([r, g, b]: Rgb): void {
    const { touched, acc, cov, open, W, shift, TW, alpha } = this;
    for (let t = 0; t < this.nTouched; t++) {
      const p = touched[t];
      const q = p * 4;
      const o = acc[q + 3];
      const w = (1 - o) * alpha * cov[p];
      acc[q] += r * w;
      acc[q + 1] += g * w;
      acc[q + 2] += b * w;
      const now = Math.fround(o + w); // as stored, and read back by the next layers
      acc[q + 3] = now;
      cov[p] = 0;
      if (now >= OPAQUE) {
        cov[p] = HIDDEN;
        const y = (p / W) | 0;
        open[(y >> shift) * TW + ((p - y * W) >> shift)]--;
      }
    }
    this.nTouched = 0;
  }

  /**
   * A range: a horizontal line `half` thick each side with round caps, from ax to bx (device px, fractional).
   * Only its runs of tile columns that are not hidden are drawn (a long range is rarely hidden as a whole).
   */
  protected capsule(ax: number, bx: number, cy: number, half: number): void {
    const shift = this.shift;
    const iy0 = Math.max(0, Math.floor(cy - half - 1)), iy1 = Math.min(this.H - 1, Math.ceil(cy + half + 1));
    const ix0 = Math.max(0, Math.floor(ax - half - 1)), ix1 = Math.min(this.W - 1, Math.ceil(bx + half + 1));
    const shows = (tx: number) => !this.hidden(tx << shift, iy0, tx << shift, iy1);
    for (let tx = ix0 >> shift, last = ix1 >> shift; tx <= last; tx++) {
      if (!shows(tx)) continue;
      const first = tx;
      while (tx < last && shows(tx + 1)) tx++;
      this.span(ax, bx, cy, half, Math.max(ix0, first << shift), Math.min(ix1, ((tx + 1) << shift) - 1), iy0, iy1);
    }
  }

  /**
   * The capsule's pixels in columns c0 to c1, rows iy0 to iy1. Pixel centres from ax to bx (columns in0 to in1) are
   * |dy| from the line: a constant per row. Beyond, the caps.
   */
  private span(ax: number, bx: number, cy: number, half: number, c0: number, c1: number, iy0: number, iy1: number): void {
    const in0 = Math.ceil(ax - 0.5), in1 = Math.floor(bx - 0.5);
    const left = Math.min(c1, in0 - 1), right = Math.max(c0, in1 + 1);
    const mid0 = Math.max(c0, in0), mid1 = Math.min(c1, in1);
    for (let iy = iy0; iy <= iy1; iy++) {
      const dy = iy + 0.5 - cy;
      const c = Math.min(1, half + 0.5 - Math.abs(dy));
      if (c <= 0) continue; // the caps are no nearer
      const row = iy * this.W;
      for (let ix = mid0; ix <= mid1; ix++) this.put(row + ix, c);
      for (let ix = c0; ix <= left; ix++) this.cap(row + ix, ax - ix - 0.5, dy, half);
      for (let ix = right; ix <= c1; ix++) this.cap(row + ix, ix + 0.5 - bx, dy, half);
    }
  }

  private cap(p: number, dx: number, dy: number, half: number): void {
    const e = half + 0.5 - Math.sqrt(dx * dx + dy * dy);
    if (e > 0) this.put(p, Math.min(1, e));
  }

  /** Stamps a mask centred on device pixel (cx, cy) into the layer, unless it only covers opaque tiles. */
  protected stamp(m: Mask, cx: number, cy: number): void {
    const { W, H } = this;
    const bx0 = cx + m.left, bx1 = cx + m.right, by0 = cy + m.top, by1 = cy + m.bottom;
    if (m.cov.length === 0 || this.hidden(bx0, by0, bx1, by1)) return;
    if (bx0 >= 0 && by0 >= 0 && bx1 < W && by1 < H) {
      if (m.width !== W) {
        m.width = W;
        m.off = Int32Array.from(m.dx, (x, j) => m.dy[j] * W + x);
      }
      const { off, cov: mc } = m;
      const { cov, touched } = this;
      let nTouched = this.nTouched;
      const base = cy * W + cx;
      for (let j = 0; j < off.length; j++) {
        const p = base + off[j];
        const c = mc[j];
        const old = cov[p];
        if (c > old) {
          if (old === 0) touched[nTouched++] = p;
          cov[p] = c;
        }
      }
      this.nTouched = nTouched;
      return;
    }
    for (let j = 0; j < m.cov.length; j++) {
      const x = cx + m.dx[j];
      const y = cy + m.dy[j];
      if (x >= 0 && y >= 0 && x < W && y < H) this.put(y * W + x, m.cov[j]);
    }
  }

  /** The premultiplied sum back to non-premultiplied RGBA, in the reused `data` buffer. */
  protected unpremultiply(): Raster {
    const { acc, W, H } = this;
    const data = this.data.subarray(0, W * H * 4);
    data.fill(0);
    for (let p = 0; p < W * H; p++) {
      const q = p * 4;
      const a = acc[q + 3];
      if (a <= 0) continue;
      const f = 1 / a;
      data[q] = acc[q] * f;
      data[q + 1] = acc[q + 1] * f;
      data[q + 2] = acc[q + 2] * f;
      data[q + 3] = a * 255;
    }
    return { x: this.x0, y: this.y0, width: W, height: H, data };
  }
}
