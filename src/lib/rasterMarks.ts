/**
 * The claims chart's canvas marks, rasterised in JS (for sets above CANVAS_THRESHOLD). Skia fills a path of tens of
 * thousands of circles slowly in software (~350 ms for 60k); stamping each shape's anti-aliased coverage into a
 * buffer is ~10× cheaper and draws the same picture as the path renderer it replaces:
 * - one layer per (shape, colour), in first-seen order; a layer is the union of its shapes (coverage = max), blended
 *   source-over at alpha 0.75 (as one Path2D per style filled at globalAlpha 0.75);
 * - dot and at_least: filled circle r 4 / triangle; range: a 5 px line with round caps; up_to: a circle r 4 filled
 *   with the surface colour, then its 2 px ring in the colour (two layers, as fill then stroke).
 * Coordinates are CSS px times `dpr`; only the marks' bounding box is rasterised. Pure: returns RGBA pixels.
 */
import type { Claim } from '../../extract/core/types.ts';
import { MARK_KINDS, type MarkSet } from './chartLayout.ts';

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

/** Rasterises the marks (deduplicated to whole pixels first, as the path renderer did); null when there are none. */
export function rasterizeMarks<T extends Claim>(
  set: MarkSet<T>, dpr: number, colorOf: (color: string) => Rgb, surface: Rgb, alpha = 0.75,
): Raster | null {
  if (MARK_KINDS[DOT] !== 'dot' || MARK_KINDS[RANGE] !== 'range' || MARK_KINDS[UP_TO] !== 'up_to' || MARK_KINDS[AT_LEAST] !== 'at_least') {
    throw new Error('MARK_KINDS order changed');
  }
  if (set.n === 0) return null;
  // The region: the marks' bounding box, padded by the largest shape.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const styleCount = new Int32Array(MARK_KINDS.length * 256);
  const styleOrder: number[] = [];
  for (let k = 0; k < set.n; k++) {
    const style = set.kind[k] * 256 + set.color[k];
    if (styleCount[style]++ === 0) styleOrder.push(style);
    if (set.x1[k] < minX) minX = set.x1[k];
    if (set.x2[k] > maxX) maxX = set.x2[k];
    if (set.y[k] < minY) minY = set.y[k];
    if (set.y[k] > maxY) maxY = set.y[k];
  }
  const pad = 7;
  const x0 = Math.max(0, Math.floor((minX - pad) * dpr));
  const y0 = Math.max(0, Math.floor((minY - pad) * dpr));
  const W = Math.ceil((maxX + pad) * dpr) - x0;
  const H = Math.ceil((maxY + pad) * dpr) - y0;
  if (!(W > 0 && H > 0)) return null;

  // Marks per style (first-seen order of styles, original order within one).
  const start = new Int32Array(styleCount.length + 1);
  for (let s = 0; s < styleCount.length; s++) start[s + 1] = start[s] + styleCount[s];
  const fill = start.slice(0, styleCount.length);
  const byStyle = new Int32Array(set.n);
  for (let k = 0; k < set.n; k++) byStyle[fill[set.kind[k] * 256 + set.color[k]]++] = k;

  const { acc, cov, touched, seen, data, centres, outside } = scratch(W * H, set.n);
  let epoch = scratchEpoch;
  let nTouched = 0;
  const blend = (rgb: Rgb) => {
    const [r, g, b] = rgb;
    for (let t = 0; t < nTouched; t++) {
      const p = touched[t];
      const a = alpha * cov[p];
      cov[p] = 0;
      const q = p * 4;
      const keepA = 1 - a;
      acc[q] = r * a + acc[q] * keepA;
      acc[q + 1] = g * a + acc[q + 1] * keepA;
      acc[q + 2] = b * a + acc[q + 2] * keepA;
      acc[q + 3] = a + acc[q + 3] * keepA;
    }
    nTouched = 0;
  };
  // Marks sit on whole CSS pixels (the resolution they are deduplicated at), so each fixed shape is one
  // precomputed coverage mask (its non-zero pixels only), stamped with max() into the layer.
  const masks = shapeMasks(dpr);
  const stamp = (m: Mask, off: Int32Array, cx: number, cy: number) => {
    const { dx, dy, cov: mc, reach } = m;
    if (cx >= reach && cy >= reach && cx < W - reach && cy < H - reach) {
      const base = cy * W + cx;
      for (let j = 0; j < off.length; j++) {
        const p = base + off[j];
        const c = mc[j];
        const old = cov[p];
        if (old === 0) touched[nTouched++] = p;
        if (c > old) cov[p] = c;
      }
      return;
    }
    for (let j = 0; j < off.length; j++) {
      const x = cx + dx[j];
      const y = cy + dy[j];
      if (x < 0 || y < 0 || x >= W || y >= H) continue;
      const p = y * W + x;
      const old = cov[p];
      if (old === 0) touched[nTouched++] = p;
      if (mc[j] > old) cov[p] = mc[j];
    }
  };
  const offsets = (m: Mask) => Int32Array.from(m.dx, (dx, j) => m.dy[j] * W + dx);
  const put = (p: number, c: number) => {
    const old = cov[p];
    if (old === 0) touched[nTouched++] = p;
    if (c > old) cov[p] = c;
  };
  // A range: a horizontal line `half` thick each side with round caps, from ax to bx (device px, fractional).
  const capsule = (ax: number, bx: number, cy: number, half: number) => {
    const iy0 = Math.max(0, Math.floor(cy - half - 1)), iy1 = Math.min(H - 1, Math.ceil(cy + half + 1));
    const ix0 = Math.max(0, Math.floor(ax - half - 1)), ix1 = Math.min(W - 1, Math.ceil(bx + half + 1));
    // Pixel centres strictly between ax and bx only depend on the row: a constant span; the caps need distances.
    const in0 = Math.max(ix0, Math.ceil(ax - 0.5)), in1 = Math.min(ix1, Math.floor(bx - 0.5));
    for (let iy = iy0; iy <= iy1; iy++) {
      const dy = iy + 0.5 - cy;
      const row = iy * W;
      let c = half + 0.5 - Math.abs(dy);
      if (c > 0) {
        if (c > 1) c = 1;
        for (let ix = in0; ix <= in1; ix++) put(row + ix, c);
      }
      for (let ix = ix0; ix <= ix1; ix++) {
        if (ix === in0 && in1 >= in0) { ix = in1; continue; }
        const x = ix + 0.5;
        const dx = x < ax ? ax - x : x > bx ? x - bx : 0;
        let e = half + 0.5 - Math.sqrt(dx * dx + dy * dy);
        if (e <= 0) continue;
        if (e > 1) e = 1;
        put(row + ix, e);
      }
    }
  };

  for (const style of styleOrder) {
    const kind = style >> 8;
    const rgb = colorOf(set.colors[style & 255]);
    const from = start[style];
    const to = start[style + 1];
    if (kind === RANGE) {
      // Ranges on one pixel row that overlap are one longer range (the union of their capsules).
      const list = Array.from(byStyle.subarray(from, to)).sort((a, b) =>
        Math.round(set.y[a]) - Math.round(set.y[b]) || set.x1[a] - set.x1[b]);
      let q = 0;
      while (q < list.length) {
        const k = list[q];
        const y = Math.round(set.y[k]);
        let ax = set.x1[k];
        let bx = set.x2[k];
        while (++q < list.length && Math.round(set.y[list[q]]) === y && set.x1[list[q]] <= bx) bx = Math.max(bx, set.x2[list[q]]);
        capsule(ax * dpr - x0, bx * dpr - x0, y * dpr - y0, 2.5 * dpr);
        ax = 0;
      }
      blend(rgb);
      continue;
    }
    // A shape of this style already stamped on the same whole pixel adds nothing to the union: skip it.
    // Centres are stamped in pixel order (sorted): neighbouring stamps touch neighbouring memory.
    epoch++;
    let n = 0;
    let nOut = 0;
    for (let q = from; q < to; q++) {
      const k = byStyle[q];
      const cx = Math.round(set.x1[k]) * dpr - x0;
      const cy = Math.round(set.y[k]) * dpr - y0;
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
    centres.subarray(0, n).sort();
    const shapes = kind === UP_TO ? [masks.disc, masks.ring] : kind === AT_LEAST ? [masks.triangle] : [masks.disc];
    shapes.forEach((m, layer) => {
      const off = offsets(m);
      for (let q = 0; q < n; q++) {
        const p = centres[q];
        const cx = p % W;
        stamp(m, off, cx, (p - cx) / W);
      }
      for (let q = 0; q < nOut; q += 2) stamp(m, off, outside[q], outside[q + 1]);
      // up_to: the disc filled with the surface colour, then the ring in the colour.
      blend(kind === UP_TO && layer === 0 ? surface : rgb);
    });
  }

  scratchEpoch = epoch;
  for (let p = 0; p < W * H; p++) {
    const q = p * 4;
    const a = acc[q + 3];
    if (a <= 0) { data[q] = data[q + 1] = data[q + 2] = data[q + 3] = 0; continue; }
    data[q] = acc[q] / a;
    data[q + 1] = acc[q + 1] / a;
    data[q + 2] = acc[q + 2] / a;
    data[q + 3] = a * 255;
  }
  return { x: x0, y: y0, width: W, height: H, data };
}

// Buffers reused between draws (a redraw per filter change would otherwise allocate and zero ~10 MB).
let scratchEpoch = 0;
let buffers: {
  px: number; acc: Float32Array; cov: Float32Array; touched: Int32Array; seen: Int32Array; data: Uint8ClampedArray;
  marks: number; centres: Int32Array; outside: Int32Array;
} | null = null;

/** Work buffers for `px` pixels and `marks` marks: cov all 0 (blend restores it), acc zeroed, seen by epoch. */
function scratch(px: number, marks: number) {
  if (!buffers || buffers.px < px) {
    buffers = {
      px, acc: new Float32Array(px * 4), cov: new Float32Array(px), touched: new Int32Array(px), seen: new Int32Array(px),
      data: new Uint8ClampedArray(px * 4), marks: 0, centres: new Int32Array(0), outside: new Int32Array(0),
    };
    scratchEpoch = 0;
  }
  if (buffers.marks < marks) {
    buffers.marks = marks;
    buffers.centres = new Int32Array(marks);
    buffers.outside = new Int32Array(2 * marks);
  }
  // `seen` needs no clearing: every style of every draw has a new epoch (the region's size may differ).
  buffers.acc.fill(0, 0, px * 4);
  return {
    acc: buffers.acc.subarray(0, px * 4), cov: buffers.cov, touched: buffers.touched, seen: buffers.seen,
    data: buffers.data.subarray(0, px * 4), centres: buffers.centres, outside: buffers.outside,
  };
}

interface Mask {
  /** The covered pixels relative to the centre pixel, and their coverage (0 < c <= 1). */
  dx: Int32Array;
  dy: Int32Array;
  cov: Float32Array;
  /** No pixel is further than this from the centre pixel (in x or y). */
  reach: number;
}

const MASKS = new Map<number, { disc: Mask; ring: Mask; triangle: Mask }>();

/** Anti-aliased coverage of the fixed shapes, centred on a whole device pixel (pixel centres at +0.5). */
function shapeMasks(dpr: number) {
  let m = MASKS.get(dpr);
  if (m) return m;
  const make = (reach: number, coverage: (x: number, y: number) => number): Mask => {
    const r = Math.ceil(reach) + 1;
    const dx: number[] = [];
    const dy: number[] = [];
    const cov: number[] = [];
    for (let y = -r; y <= r; y++) {
      for (let x = -r; x <= r; x++) {
        const c = coverage(x + 0.5, y + 0.5);
        if (c <= 0) continue;
        dx.push(x); dy.push(y); cov.push(Math.min(1, c));
      }
    }
    return { dx: Int32Array.from(dx), dy: Int32Array.from(dy), cov: Float32Array.from(cov), reach: r + 1 };
  };
  const r = 4 * dpr;
  const half = dpr; // the 2 px ring
  // Triangle (−4, −5), (5, 0), (−4, 5) CSS px around the centre: inside the left edge and both slanted edges.
  const ax = -4 * dpr, tip = 5 * dpr, h = 5 * dpr, len = Math.hypot(tip - ax, h);
  m = {
    disc: make(r, (x, y) => r + 0.5 - Math.hypot(x, y)),
    ring: make(r + half, (x, y) => half + 0.5 - Math.abs(Math.hypot(x, y) - r)),
    triangle: make(tip, (x, y) => Math.min(x - ax, ((tip - x) * h - Math.abs(y) * (tip - ax)) / len) + 0.5),
  };
  MASKS.set(dpr, m);
  return m;
}
