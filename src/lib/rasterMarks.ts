/**
 * The claims chart's canvas marks, rasterised in JS (for sets above CANVAS_THRESHOLD). Skia fills a path of tens of
 * thousands of circles slowly in software (~350 ms for 60k); stamping each shape's anti-aliased coverage into a
 * buffer is much cheaper and draws the same picture as the path renderer it replaces:
 * - one layer per (shape, colour), in first-seen order; a layer is the union of its shapes (coverage = max), blended
 *   source-over at alpha 0.75 (as one Path2D per style filled at globalAlpha 0.75);
 * - the shapes of markLook.ts: dot and at_least a filled circle / triangle; range a line with round caps; up_to a
 *   circle filled with the surface colour, then its ring in the colour (two layers, as fill then stroke).
 * A dense chart has ~50 layers over the same pixels, so they are composited front to back, which gives the same
 * result as source-over back to front: per pixel, premultiplied colour += (1 − opacity) · a · rgb and opacity +=
 * (1 − opacity) · a, for a = alpha · coverage. A pixel whose opacity reaches OPAQUE is final (what is behind cannot
 * move any of its bytes by more than 1): later layers neither cover nor blend it, and shapes whose bounding box only
 * covers tiles (4 or 8 device px square) of final pixels are skipped; ranges by runs of such tile columns.
 * Within a layer, marks are taken in row order, deduplicated to whole pixels, and a shape next to others of its
 * layer only stamps the part of its precomputed mask they do not cover (see NEIGHBOURS).
 * Coordinates are CSS px times `dpr` (shapes centred on whole device pixels); only the marks' bounding box is
 * rasterised. Pure: returns RGBA pixels.
 */
import type { Claim } from '../../extract/core/types.ts';
import type { MarkSet } from './chartLayout.ts';
import { DOT_R, MARK_ALPHA, MARK_KINDS, MARK_REACH, RANGE_W, RING_W, TRIANGLE } from './markLook.ts';

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

/** Parses #rgb, #rrggbb, rgb(…) and rgba(…); null for anything else. */
export function parseColor(color: string): Rgb | null {
  const c = color.trim();
  let m = /^#([0-9a-f]{3})$/i.exec(c);
  if (m) return [0, 1, 2].map((i) => parseInt(m![1][i] + m![1][i], 16)) as unknown as Rgb;
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(c);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1].slice(i, i + 2), 16)) as unknown as Rgb;
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(c);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return null;
}

const DOT = 0;
const RANGE = 1;
const UP_TO = 2;
const AT_LEAST = 3;
/**
 * Opacity from which a pixel is final. The layers behind it add at most 1 − OPAQUE to its opacity and move its
 * colour by at most 255 · (1 − OPAQUE) / OPAQUE: both under half an 8-bit step, so no byte moves by more than 1.
 */
const OPAQUE = 511 / 512;
/** The layer coverage of an opaque pixel: above any real coverage, so no stamp changes it. */
const HIDDEN = 2;

/** Rasterises the marks (deduplicated to whole pixels first, as the path renderer did); null when there are none. */
export function rasterizeMarks<T extends Claim>(
  set: MarkSet<T>, dpr: number, colorOf: (color: string) => Rgb, surface: Rgb, alpha = MARK_ALPHA,
): Raster | null {
  if (MARK_KINDS[DOT] !== 'dot' || MARK_KINDS[RANGE] !== 'range' || MARK_KINDS[UP_TO] !== 'up_to' || MARK_KINDS[AT_LEAST] !== 'at_least') {
    throw new Error('MARK_KINDS order changed');
  }
  if (set.n === 0) return null;
  // The region: the marks' bounding box, padded by the largest shape. The styles, in first-seen order.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const rank = new Int32Array(MARK_KINDS.length * 256).fill(-1);
  const styleOrder: number[] = [];
  for (let k = 0; k < set.n; k++) {
    const style = set.kind[k] * 256 + set.color[k];
    if (rank[style] < 0) rank[style] = styleOrder.push(style) - 1;
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

  // Tiles of 2^shift device px a side (about a shape's radius), each with its count of pixels not yet opaque.
  const shift = dpr < 2 ? 2 : 3;
  const TW = ((W - 1) >> shift) + 1;
  const TH = ((H - 1) >> shift) + 1;
  const { acc, cov, touched, seen, data, open, key, order, cxs, cys, centres, near, outside } = scratch(W * H, TW * TH, set.n);
  // Marks sit on whole CSS pixels: Math.round(v), written floor(v + 0.5) (the same but for v = 0.5 − 2⁻⁵⁴ or beyond
  // 2⁵²), which V8 inlines (several times faster). Sorted by style, then by row (a counting sort): stamps in row
  // order touch neighbouring memory, and the ranges of one row are adjacent. Shapes are centred on whole device
  // pixels (cxs, cys).
  const row0 = Math.floor(minY + 0.5);
  const rows = Math.floor(maxY + 0.5) - row0 + 1;
  const start = new Int32Array(styleOrder.length * rows + 1);
  for (let k = 0; k < set.n; k++) {
    key[k] = rank[set.kind[k] * 256 + set.color[k]] * rows + Math.floor(set.y[k] + 0.5) - row0;
    start[key[k] + 1]++;
  }
  for (let i = 1; i < start.length; i++) start[i] += start[i - 1];
  const styleStart = Int32Array.from({ length: styleOrder.length + 1 }, (_, s) => start[s * rows]);
  for (let k = 0; k < set.n; k++) {
    const i = start[key[k]]++;
    order[i] = k;
    cxs[i] = Math.floor(Math.floor(set.x1[k] + 0.5) * dpr + 0.5) - x0;
    cys[i] = Math.floor(Math.floor(set.y[k] + 0.5) * dpr + 0.5) - y0;
  }

  for (let ty = 0; ty < TH; ty++) {
    const h = Math.min(H, (ty + 1) << shift) - (ty << shift);
    for (let tx = 0; tx < TW; tx++) open[ty * TW + tx] = h * (Math.min(W, (tx + 1) << shift) - (tx << shift));
  }
  /** Whether the device px box (inclusive) only covers opaque tiles (or lies outside the region). */
  const hidden = (bx0: number, by0: number, bx1: number, by1: number) => {
    const tx0 = Math.max(0, bx0) >> shift, tx1 = Math.min(W - 1, bx1) >> shift;
    const ty0 = Math.max(0, by0) >> shift, ty1 = Math.min(H - 1, by1) >> shift;
    for (let ty = ty0; ty <= ty1; ty++) {
      for (let t = ty * TW + tx0; t <= ty * TW + tx1; t++) if (open[t] !== 0) return false;
    }
    return true;
  };

  // cov: the coverage of the layer being drawn (max of its shapes); touched: its pixels, in the order first covered.
  // acc: premultiplied colour and opacity of the layers in front of it, which it shows through (1 − opacity).
  let nTouched = 0;
  const put = (p: number, c: number) => {
    const old = cov[p];
    if (c > old) {
      if (old === 0) touched[nTouched++] = p;
      cov[p] = c;
    }
  };
  const blend = ([r, g, b]: Rgb) => {
    for (let t = 0; t < nTouched; t++) {
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
    nTouched = 0;
  };

  // Each fixed shape is a set of precomputed coverage masks (see Shape), centred on a whole device pixel.
  const shapes = shapeMasks(dpr);
  const stamp = (m: Mask, cx: number, cy: number) => {
    const bx0 = cx + m.left, bx1 = cx + m.right, by0 = cy + m.top, by1 = cy + m.bottom;
    if (m.cov.length === 0 || hidden(bx0, by0, bx1, by1)) return;
    if (bx0 >= 0 && by0 >= 0 && bx1 < W && by1 < H) {
      if (m.width !== W) {
        m.width = W;
        m.off = Int32Array.from(m.dx, (x, j) => m.dy[j] * W + x);
      }
      const { off, cov: mc } = m;
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
      return;
    }
    for (let j = 0; j < m.cov.length; j++) {
      const x = cx + m.dx[j];
      const y = cy + m.dy[j];
      if (x >= 0 && y >= 0 && x < W && y < H) put(y * W + x, m.cov[j]);
    }
  };
  // The NEIGHBOURS of a centre that are centres of the same style too (bits); none where they could wrap around a
  // row or leave the region, or where a CSS px is not a whole number of device px.
  const neighbourOff = Int32Array.from(NEIGHBOURS, ([x, y]) => (y * W + x) * dpr);
  const neighbours = (p: number, cx: number, cy: number, epoch: number) => {
    if (!Number.isInteger(dpr) || cx < dpr || cy < dpr || cx >= W - dpr) return 0;
    let bits = 0;
    // Branch-free: whether a neighbour is there is unpredictable.
    for (let i = 0; i < neighbourOff.length; i++) bits |= (((seen[p + neighbourOff[i]] ^ epoch) - 1) >>> 31) << i;
    return bits;
  };

  // A range: a horizontal line `half` thick each side with round caps, from ax to bx (device px, fractional).
  // Only its runs of tile columns that are not hidden are drawn (a long range is rarely hidden as a whole).
  const capsule = (ax: number, bx: number, cy: number, half: number) => {
    const iy0 = Math.max(0, Math.floor(cy - half - 1)), iy1 = Math.min(H - 1, Math.ceil(cy + half + 1));
    const ix0 = Math.max(0, Math.floor(ax - half - 1)), ix1 = Math.min(W - 1, Math.ceil(bx + half + 1));
    const shows = (tx: number) => !hidden(tx << shift, iy0, tx << shift, iy1);
    for (let tx = ix0 >> shift, last = ix1 >> shift; tx <= last; tx++) {
      if (!shows(tx)) continue;
      const first = tx;
      while (tx < last && shows(tx + 1)) tx++;
      span(ax, bx, cy, half, Math.max(ix0, first << shift), Math.min(ix1, ((tx + 1) << shift) - 1), iy0, iy1);
    }
  };
  // The capsule's pixels in columns c0 to c1, rows iy0 to iy1. Pixel centres from ax to bx (columns in0 to in1) are
  // |dy| from the line: a constant per row. Beyond, the caps.
  const span = (ax: number, bx: number, cy: number, half: number, c0: number, c1: number, iy0: number, iy1: number) => {
    const in0 = Math.ceil(ax - 0.5), in1 = Math.floor(bx - 0.5);
    const left = Math.min(c1, in0 - 1), right = Math.max(c0, in1 + 1);
    const mid0 = Math.max(c0, in0), mid1 = Math.min(c1, in1);
    for (let iy = iy0; iy <= iy1; iy++) {
      const dy = iy + 0.5 - cy;
      const c = Math.min(1, half + 0.5 - Math.abs(dy));
      if (c <= 0) continue; // the caps are no nearer
      const row = iy * W;
      for (let ix = mid0; ix <= mid1; ix++) put(row + ix, c);
      for (let ix = c0; ix <= left; ix++) cap(row + ix, ax - ix - 0.5, dy, half);
      for (let ix = right; ix <= c1; ix++) cap(row + ix, ix + 0.5 - bx, dy, half);
    }
  };
  const cap = (p: number, dx: number, dy: number, half: number) => {
    const e = half + 0.5 - Math.sqrt(dx * dx + dy * dy);
    if (e > 0) put(p, Math.min(1, e));
  };

  // Front to back: the last-seen style first; within up_to, its ring (stroked last) before its surface disc.
  let epoch = scratchEpoch;
  for (let s = styleOrder.length - 1; s >= 0; s--) {
    const style = styleOrder[s];
    const kind = style >> 8;
    const rgb = colorOf(set.colors[style & 255]);
    const from = styleStart[s];
    const to = styleStart[s + 1];
    if (kind === RANGE) {
      // Ranges on one pixel row that overlap are one longer range (the union of their capsules): sort each row's
      // ranges by x1 (by insertion: a row holds a few ranges of a style), then merge them.
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
          capsule(set.x1[k] * dpr - x0, bx * dpr - x0, cy, (RANGE_W / 2) * dpr);
        }
      }
      blend(rgb);
      continue;
    }
    // A shape of this style already stamped on the same whole pixel adds nothing to the union: skip it.
    epoch++;
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
      near[q] = neighbours(p, cx, (p - cx) / W, epoch);
    }
    const layers: [Shape, Rgb][] = kind === UP_TO ? [[shapes.ring, rgb], [shapes.disc, surface]]
      : [[kind === AT_LEAST ? shapes.triangle : shapes.disc, rgb]];
    for (const [shape, colour] of layers) {
      for (let q = 0; q < n; q++) {
        const p = centres[q];
        const cx = p % W;
        stamp(shape[near[q]], cx, (p - cx) / W);
      }
      for (let q = 0; q < nOut; q += 2) stamp(shape[0], outside[q], outside[q + 1]);
      blend(colour);
    }
  }
  scratchEpoch = epoch;

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
  return { x: x0, y: y0, width: W, height: H, data };
}

// Buffers reused between draws (a redraw per filter change would otherwise allocate and zero ~10 MB).
let scratchEpoch = 0;
let pixels: {
  px: number; acc: Float32Array; cov: Float32Array; touched: Int32Array; seen: Int32Array; data: Uint8ClampedArray;
} | null = null;
let tileCounts = new Int32Array(0);
let perMark = {
  key: new Int32Array(0), order: new Int32Array(0), cxs: new Int32Array(0), cys: new Int32Array(0),
  centres: new Int32Array(0), near: new Uint8Array(0), outside: new Int32Array(0),
};

/** Work buffers for `px` pixels, `tiles` tiles and `marks` marks: acc and cov zeroed, seen by epoch. */
function scratch(px: number, tiles: number, marks: number) {
  if (!pixels || pixels.px < px) {
    pixels = {
      px, acc: new Float32Array(px * 4), cov: new Float32Array(px), touched: new Int32Array(px), seen: new Int32Array(px),
      data: new Uint8ClampedArray(px * 4),
    };
    scratchEpoch = 0;
  }
  if (tileCounts.length < tiles) tileCounts = new Int32Array(tiles);
  if (perMark.key.length < marks) {
    perMark = {
      key: new Int32Array(marks), order: new Int32Array(marks), cxs: new Int32Array(marks), cys: new Int32Array(marks),
      centres: new Int32Array(marks), near: new Uint8Array(marks), outside: new Int32Array(2 * marks),
    };
  }
  // `seen` needs no clearing: every style of every draw has a new epoch (the region's size may differ).
  pixels.acc.fill(0, 0, px * 4);
  pixels.cov.fill(0, 0, px);
  const { acc, cov, touched, seen, data } = pixels;
  return { acc: acc.subarray(0, px * 4), cov, touched, seen, data: data.subarray(0, px * 4), open: tileCounts, ...perMark };
}

/**
 * The centres just before a shape's own in pixel order, in CSS px. Where some of them are centres of its style
 * too, the shape only needs its pixels that it covers more than they do: its part for that set of neighbours.
 * By induction over pixel order the union stays the union of whole shapes: each neighbour covers its whole shape,
 * through its own part and its own earlier neighbours, or is hidden. In a dense layer this skips most pixels.
 */
const NEIGHBOURS = [[-1, 0], [0, -1], [-1, -1], [1, -1]] as const;

interface Mask {
  /** The pixels relative to the centre pixel, and their coverage (0 < c <= 1). */
  dx: Int32Array;
  dy: Int32Array;
  cov: Float32Array;
  /** The bounds of dx and dy (inclusive). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** dy · width + dx, for the region width it was last stamped in. */
  width: number;
  off: Int32Array;
}

/** A fixed shape's masks, by the set of its NEIGHBOURS also stamped (bits); [0] is the whole shape. */
type Shape = Mask[];

const SHAPES = new Map<number, { disc: Shape; ring: Shape; triangle: Shape }>();

/** The fixed shapes at a device pixel ratio, centred on a whole device pixel (pixel centres at +0.5). */
function shapeMasks(dpr: number) {
  let m = SHAPES.get(dpr);
  if (m) return m;
  // `coverage`: anti-aliased, of the pixel centred (x, y) device px from the centre; none beyond `reach` in x or y.
  const shape = (reach: number, coverage: (x: number, y: number) => number): Shape => {
    const r = Math.ceil(reach) + 1;
    const at = (x: number, y: number) => Math.min(1, Math.max(0, coverage(x + 0.5, y + 0.5)));
    const part = (bits: number): Mask => {
      const dx: number[] = [];
      const dy: number[] = [];
      const cov: number[] = [];
      for (let y = -r; y <= r; y++) {
        for (let x = -r; x <= r; x++) {
          const c = at(x, y);
          if (c > 0 && NEIGHBOURS.every(([nx, ny], i) => !(bits & (1 << i)) || at(x - nx * dpr, y - ny * dpr) < c)) {
            dx.push(x); dy.push(y); cov.push(c);
          }
        }
      }
      return {
        dx: Int32Array.from(dx), dy: Int32Array.from(dy), cov: Float32Array.from(cov),
        left: Math.min(...dx), right: Math.max(...dx), top: Math.min(...dy), bottom: Math.max(...dy),
        width: 0, off: new Int32Array(0),
      };
    };
    return Array.from({ length: 1 << NEIGHBOURS.length }, (_, bits) => part(bits));
  };
  const r = DOT_R * dpr;
  const half = (RING_W / 2) * dpr;
  // The triangle (left edge, tip, half height) around the centre: inside the left edge and both slanted edges.
  const [[left, top], [right]] = TRIANGLE;
  const ax = left * dpr, tip = right * dpr, h = -top * dpr, len = Math.hypot(tip - ax, h);
  m = {
    disc: shape(r, (x, y) => r + 0.5 - Math.hypot(x, y)),
    ring: shape(r + half, (x, y) => half + 0.5 - Math.abs(Math.hypot(x, y) - r)),
    triangle: shape(tip, (x, y) => Math.min(x - ax, ((tip - x) * h - Math.abs(y) * (tip - ax)) / len) + 0.5),
  };
  SHAPES.set(dpr, m);
  return m;
}
