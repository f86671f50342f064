/**
 * The claims chart's canvas marks, rasterised in JS (for sets above CANVAS_THRESHOLD). Skia fills a path of tens of
 * thousands of circles slowly in software (~350 ms for 60k); stamping each shape's anti-aliased coverage into a
 * buffer is much cheaper and draws the same picture as the path renderer it replaces:
 * - one layer per (shape, colour), in first-seen order; a layer is the union of its shapes (coverage = max), blended
 *   source-over at alpha 0.75 (as one Path2D per style filled at globalAlpha 0.75);
 * - the shapes of markLook.ts' MARK_STYLES: a fill then a stroke, one layer each (for up_to, a circle filled with the
 *   surface colour, then its ring in the colour); a circle's fill is a disc and its stroke a ring, a triangle's fill
 *   the triangle, a bar's stroke a line with round caps.
 * A dense chart has ~50 layers over the same pixels, so they are composited front to back, which gives the same
 * result as source-over back to front: per pixel, premultiplied colour += (1 − opacity) · a · rgb and opacity +=
 * (1 − opacity) · a, for a = alpha · coverage. A pixel whose opacity reaches OPAQUE is final (what is behind cannot
 * move any of its bytes by more than 1): later layers neither cover nor blend it, and shapes whose bounding box only
 * covers tiles (4 or 8 device px square) of final pixels are skipped; ranges by runs of such tile columns.
 * Within a layer, marks are taken in row order, deduplicated to whole pixels, and a shape next to others of its
 * layer only stamps the part of its precomputed mask they do not cover (rasterMasks.ts: NEIGHBOURS).
 * Coordinates are CSS px times `dpr` (shapes centred on whole device pixels); only the marks' bounding box is
 * rasterised. Pure: returns RGBA pixels.
 *
 * A draw, in steps (MarkRasterizer.rasterize): the region and the styles in first-seen order (`region`); the marks
 * sorted by style and row, with their device-pixel centres (`sortMarks`); per style, front to back, its ranges
 * (`drawRanges`) or its fixed shapes (`drawShapes`), each layer then blended under the ones in front (`blend`); the
 * premultiplied sum back to RGBA (`unpremultiply`). The instance owns the scratch buffers, reused between draws.
 */
import type { Claim } from '../../extract/core/types.ts';
import type { MarkSet } from './chartLayout.ts';
import { MARK_ALPHA, MARK_KINDS, MARK_REACH, MARK_STYLES, type MarkStyle, type Paint } from './markLook.ts';
import { RasterLayers, type Raster, type Rgb } from './rasterLayers.ts';
import { NEIGHBOURS, shapeMasks, type Shape, type ShapeMasks } from './rasterMasks.ts';

export type { Raster, Rgb };

/** What a draw reads of a mark set. */
export type Marks = Pick<MarkSet<Claim>, 'n' | 'kind' | 'color' | 'colors' | 'x1' | 'x2' | 'y'>;

/** A layer of a mark: which mask (a bar is drawn as capsules, not stamped) and its paint. */
interface Part { mask: keyof ShapeMasks | 'bar'; paint: Paint }

/** A style's layers, front to back (the stroke over the fill). */
function partsOf(s: MarkStyle): Part[] {
  const parts: Part[] = [];
  if (s.fill) {
    if (s.shape === 'bar') throw new Error('a bar has no fill');
    parts.push({ mask: s.shape === 'circle' ? 'disc' : 'triangle', paint: s.fill });
  }
  if (s.stroke) {
    if (s.shape === 'triangle') throw new Error('no stroked triangle');
    parts.push({ mask: s.shape === 'circle' ? 'ring' : 'bar', paint: s.stroke });
  }
  return parts.reverse();
}
/** Per kind (MARK_KINDS' order, as MarkSet.kind), its layers and stroke width. */
const KINDS = MARK_KINDS.map((k) => ({ parts: partsOf(MARK_STYLES[k]), strokeWidth: MARK_STYLES[k].strokeWidth }));
/** The ring's width: the stroke of the circle that has one. */
const RING_W = KINDS.find((k) => k.parts.some((p) => p.mask === 'ring'))?.strokeWidth ?? 0;

/** Rasterises marks; owns the work buffers (a redraw per filter change would otherwise allocate and zero ~10 MB). */
export class MarkRasterizer extends RasterLayers {
  // Per mark: its sort key (style, row), the marks in that order and their centres (device px in the region); per
  // style's deduplicated centres, their pixel, their neighbours (bits) and the centres outside the region (x, y).
  private key = new Int32Array(0);
  private order = new Int32Array(0);
  private cxs = new Int32Array(0);
  private cys = new Int32Array(0);
  private centres = new Int32Array(0);
  private near = new Uint8Array(0);
  private outside = new Int32Array(0);
  private masks = new Map<number, ShapeMasks>();
  private dpr = 1;
  /** The NEIGHBOURS as pixel offsets in the region. */
  private neighbourOff = new Int32Array(0);

  /** Rasterises the marks (deduplicated to whole pixels first, as the path renderer did); null when there are none. */
  rasterize(set: Marks, dpr: number, colorOf: (color: string) => Rgb, surface: Rgb, alpha = MARK_ALPHA): Raster | null {
    if (set.n === 0) return null;
    this.dpr = dpr;
    const styles = this.region(set, alpha);
    if (!styles) return null;
    const styleStart = this.sortMarks(set, styles);
    const shapes = this.shapesAt(dpr);
    // Front to back: the last-seen style first; within a style, its stroke (drawn last) before its fill.
    for (let s = styles.order.length - 1; s >= 0; s--) {
      const style = styles.order[s];
      const { parts, strokeWidth } = KINDS[style >> 8];
      const rgb = colorOf(set.colors[style & 255]);
      const paint = (p: Paint) => (p === 'metric' ? rgb : surface);
      if (parts[0].mask === 'bar') {
        this.drawRanges(set, styleStart[s], styleStart[s + 1], (strokeWidth / 2) * dpr);
        this.blend(paint(parts[0].paint));
        continue;
      }
      const paints = parts.map((p): [Shape, Rgb] => [shapes[p.mask as keyof ShapeMasks], paint(p.paint)]);
      this.drawShapes(styleStart[s], styleStart[s + 1], paints);
    }
    return this.unpremultiply();
  }

  /**
   * The region (the marks' bounding box, padded by the largest shape, in device px) and the styles (kind · 256 +
   * colour) in first-seen order, with each style's rank; null for an empty region. Begins the draw there.
   */
  private region(set: Marks, alpha: number) {
    const dpr = this.dpr;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const rank = new Int32Array(MARK_KINDS.length * 256).fill(-1);
    const order: number[] = [];
    for (let k = 0; k < set.n; k++) {
      const style = set.kind[k] * 256 + set.color[k];
      if (rank[style] < 0) rank[style] = order.push(style) - 1;
      if (set.x1[k] < minX) minX = set.x1[k];
      if (set.x2[k] > maxX) maxX = set.x2[k];
      if (set.y[k] < minY) minY = set.y[k];
      if (set.y[k] > maxY) maxY = set.y[k];
    }
    const pad = MARK_REACH + 2;
    const x0 = Math.max(0, Math.floor((minX - pad) * dpr));
    const y0 = Math.max(0, Math.floor((minY - pad) * dpr));
    const W = Math.ceil((maxX + pad) * dpr) - x0;
    const H = Math.ceil((maxY + pad) * dpr) - y0;
    if (!(W > 0 && H > 0)) return null;
    // Tiles of about a shape's radius.
    this.begin(x0, y0, W, H, dpr < 2 ? 2 : 3, alpha);
    this.allocate(set.n);
    this.neighbourOff = Int32Array.from(NEIGHBOURS, ([x, y]) => (y * W + x) * dpr);
    return { order, rank, row0: Math.floor(minY + 0.5), rows: Math.floor(maxY + 0.5) - Math.floor(minY + 0.5) + 1 };
  }

  /** Work buffers for `marks` marks. */
  private allocate(marks: number): void {
    if (this.key.length < marks) {
      this.key = new Int32Array(marks);
      this.order = new Int32Array(marks);
      this.cxs = new Int32Array(marks);
      this.cys = new Int32Array(marks);
      this.centres = new Int32Array(marks);
      this.near = new Uint8Array(marks);
      this.outside = new Int32Array(2 * marks);
    }
  }

  /**
   * Sorts the marks by style, then by row (a counting sort): stamps in row order touch neighbouring memory, and the
   * ranges of one row are adjacent. Marks sit on whole CSS pixels: Math.round(v), written floor(v + 0.5) (the same
   * but for v = 0.5 − 2⁻⁵⁴ or beyond 2⁵²), which V8 inlines (several times faster); shapes are centred on whole
   * device pixels (cxs, cys). Returns where each style's marks start in `order`.
   */
  private sortMarks(set: Marks, { order: styles, rank, row0, rows }: { order: number[]; rank: Int32Array; row0: number; rows: number }) {
    const { key, order, cxs, cys, dpr, x0, y0 } = this;
    const start = new Int32Array(styles.length * rows + 1);
    for (let k = 0; k < set.n; k++) {
      key[k] = rank[set.kind[k] * 256 + set.color[k]] * rows + Math.floor(set.y[k] + 0.5) - row0;
      start[key[k] + 1]++;
    }
    for (let i = 1; i < start.length; i++) start[i] += start[i - 1];
    const styleStart = Int32Array.from({ length: styles.length + 1 }, (_, s) => start[s * rows]);
    for (let k = 0; k < set.n; k++) {
      const i = start[key[k]]++;
      order[i] = k;
      cxs[i] = Math.floor(Math.floor(set.x1[k] + 0.5) * dpr + 0.5) - x0;
      cys[i] = Math.floor(Math.floor(set.y[k] + 0.5) * dpr + 0.5) - y0;
    }
    return styleStart;
  }

  private shapesAt(dpr: number): ShapeMasks {
    let m = this.masks.get(dpr);
    if (!m) this.masks.set(dpr, (m = shapeMasks(dpr, RING_W)));
    return m;
  }

  /**
   * The ranges of one style (order[from] to order[to − 1]), `half` device px thick each side. Ranges on one pixel row that overlap
   * are one longer
   * range (the union of their capsules): each row's ranges are sorted by x1 (by insertion: a row holds a few
   * ranges of a style), then merged.
   */
  private drawRanges(set: Marks, from: number, to: number, half: number): void {
    const { key, order, dpr, x0, y0 } = this;
    for (let q = from; q < to;) {
      const rowKey = key[order[q]];
      let end = q + 1;
      for (; end < to && key[order[end]] === rowKey; end++) {
        const k = order[end];
        let j = end;
        for (; j > q && set.x1[order[j - 1]] > set.x1[k]; j--) order[j] = order[j - 1];
        order[j] = k;
      }
      const cy = Math.floor(set.y[order[q]] + 0.5) * dpr - y0;
      while (q < end) {
        const k = order[q];
        let bx = set.x2[k];
        while (++q < end && set.x1[order[q]] <= bx) bx = Math.max(bx, set.x2[order[q]]);
        this.capsule(set.x1[k] * dpr - x0, bx * dpr - x0, cy, half);
      }
    }
  }

  /**
   * The fixed shapes of one style (order[from] to order[to − 1]), one layer per (shape, colour), front to back. A
   * shape of this style already stamped on the same whole pixel adds nothing to the union: skipped.
   */
  private drawShapes(from: number, to: number, layers: [Shape, Rgb][]): void {
    const { cxs, cys, seen, centres, outside, near, W, H } = this;
    const epoch = ++this.epoch;
    let n = 0;
    let nOut = 0;
    for (let q = from; q < to; q++) {
      const cx = cxs[q];
      const cy = cys[q];
      if (cx >= 0 && cy >= 0 && cx < W && cy < H) {
        const p = cy * W + cx;
        if (seen[p] === epoch) continue;
        seen[p] = epoch;
        centres[n++] = p;
      } else {
        outside[nOut++] = cx;
        outside[nOut++] = cy;
      }
    }
    for (let q = 0; q < n; q++) {
      const p = centres[q];
      const cx = p % W;
      near[q] = this.neighbours(p, cx, (p - cx) / W, epoch);
    }
    for (const [shape, colour] of layers) {
      for (let q = 0; q < n; q++) {
        const p = centres[q];
        const cx = p % W;
        this.stamp(shape[near[q]], cx, (p - cx) / W);
      }
      for (let q = 0; q < nOut; q += 2) this.stamp(shape[0], outside[q], outside[q + 1]);
      this.blend(colour);
    }
  }

  /**
   * The NEIGHBOURS of a centre that are centres of the same style too (bits); none where they could wrap around a
   * row or leave the region, or where a CSS px is not a whole number of device px.
   */
  private neighbours(p: number, cx: number, cy: number, epoch: number): number {
    const { dpr, neighbourOff, seen } = this;
    if (!Number.isInteger(dpr) || cx < dpr || cy < dpr || cx >= this.W - dpr) return 0;
    let bits = 0;
    // Branch-free: whether a neighbour is there is unpredictable.
    for (let i = 0; i < neighbourOff.length; i++) bits |= (((seen[p + neighbourOff[i]] ^ epoch) - 1) >>> 31) << i;
    return bits;
  }

}

const shared = new MarkRasterizer();

/** Rasterises the marks with a module-wide MarkRasterizer (see there). */
export function rasterizeMarks<T extends Claim>(
  set: MarkSet<T>, dpr: number, colorOf: (color: string) => Rgb, surface: Rgb, alpha = MARK_ALPHA,
): Raster | null {
  return shared.rasterize(set, dpr, colorOf, surface, alpha);
}
