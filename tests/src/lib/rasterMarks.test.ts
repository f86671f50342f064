import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MarkSet } from '../../../src/lib/chartLayout.ts';
import { MARK_KINDS } from '../../../src/lib/markLook.ts';
import { parseColor } from '../../../src/lib/color.ts';
import { rasterizeMarks, type Raster, type Rgb } from '../../../src/lib/rasterMarks.ts';
import type { Row } from '../../../src/lib/claims.ts';

type Mark = [string, string, number, number, number];
/** A mark set from [kind, colour, x1, x2, y] tuples. */
function marks(list: Mark[]): MarkSet<Row> {
  const colors = [...new Set(list.map((m) => m[1]))];
  const n = list.length;
  return {
    n, rows: [], claim: new Int32Array(n), row: new Int32Array(n), colors,
    kind: Uint8Array.from(list, (m) => MARK_KINDS.indexOf(m[0] as never)), color: Uint8Array.from(list, (m) => colors.indexOf(m[1])),
    x1: Float64Array.from(list, (m) => m[2]), x2: Float64Array.from(list, (m) => m[3]), y: Float64Array.from(list, (m) => m[4]),
  };
}
const rgb = (c: string) => parseColor(c)!;
const WHITE = [255, 255, 255] as const;
/** RGBA of CSS pixel (x, y) (dpr 1), transparent outside the region. */
function at(r: NonNullable<ReturnType<typeof rasterizeMarks>>, x: number, y: number): number[] {
  const i = ((y - r.y) * r.width + (x - r.x)) * 4;
  if (x < r.x || y < r.y || x >= r.x + r.width || y >= r.y + r.height) return [0, 0, 0, 0];
  return [...r.data.slice(i, i + 4)];
}

describe('rasterizeMarks', () => {
  it('no marks: nothing', () => {
    expect(rasterizeMarks(marks([]), 1, rgb, WHITE)).toBeNull();
  });
  it('a dot: its colour at alpha 0.75 inside, anti-aliased edge, transparent outside', () => {
    const r = rasterizeMarks(marks([['dot', '#ff0000', 50, 50, 40]]), 1, rgb, WHITE)!;
    expect(at(r, 50, 40)).toEqual([255, 0, 0, 191]);
    expect(at(r, 52, 40)[3]).toBe(191);
    expect(at(r, 53, 40)[3]).toBeGreaterThan(0); // the edge, partly covered
    expect(at(r, 53, 40)[3]).toBeLessThan(191);
    expect(at(r, 57, 40)).toEqual([0, 0, 0, 0]);
    expect(at(r, 50, 50)).toEqual([0, 0, 0, 0]);
  });
  it('one style is a union (overlaps and duplicates add nothing); styles blend in first-seen order', () => {
    const one = rasterizeMarks(marks([['dot', '#ff0000', 50, 50, 40]]), 1, rgb, WHITE)!;
    const twice = rasterizeMarks(marks([['dot', '#ff0000', 50, 50, 40], ['dot', '#ff0000', 50.2, 50.2, 40.1]]), 1, rgb, WHITE)!;
    expect(at(twice, 50, 40)).toEqual(at(one, 50, 40));
    const blended = rasterizeMarks(marks([['dot', '#ff0000', 50, 50, 40], ['dot', '#0000ff', 50, 50, 40]]), 1, rgb, WHITE)!;
    const [r, g, b, a] = at(blended, 50, 40);
    expect(a).toBe(Math.round(255 * (0.75 + 0.25 * 0.75)));
    expect(b).toBeGreaterThan(r); // blue on top
    expect(g).toBe(0);
  });
  it('up to: surface inside the ring, the colour on it; a range covers its whole length; at least is a triangle', () => {
    const r = rasterizeMarks(marks([
      ['up_to', '#00ff00', 20, 20, 20], ['range', '#0000ff', 40, 80, 20], ['at_least', '#ff0000', 100, 100, 20],
    ]), 1, rgb, WHITE)!;
    expect(at(r, 20, 20)).toEqual([255, 255, 255, 191]);
    expect(at(r, 24, 20).slice(0, 3)).toEqual([0, 255, 0]);
    for (const x of [38, 40, 60, 80, 81]) expect(at(r, x, 20).slice(0, 3), String(x)).toEqual([0, 0, 255]);
    expect(at(r, 60, 24)).toEqual([0, 0, 0, 0]);
    expect(at(r, 97, 20).slice(0, 3)).toEqual([255, 0, 0]); // near the left edge, middle
    expect(at(r, 104, 20)[3]).toBeGreaterThan(0); // towards the tip
    expect(at(r, 103, 16)).toEqual([0, 0, 0, 0]); // outside a slanted edge
  });
  it('scales with the device pixel ratio', () => {
    const r = rasterizeMarks(marks([['dot', '#ff0000', 50, 50, 40]]), 2, rgb, WHITE)!;
    expect(at(r, 100, 80)).toEqual([255, 0, 0, 191]);
    expect(at(r, 106, 80)[3]).toBe(191);
  });
});

/**
 * The specification, plainly: per layer (style in first-seen order; up_to: its surface disc, then its ring), the
 * coverage of each pixel is the max over the layer's shapes, and layers blend source-over back to front. Shapes are
 * centred on the device pixel nearest their whole CSS pixel; ranges run from x1 to x2 on their whole CSS pixel row.
 */
function reference(list: Mark[], dpr: number, surface: Rgb, alpha = 0.75) {
  const x0 = Math.max(0, Math.floor((Math.min(...list.map((m) => m[2])) - 7) * dpr));
  const y0 = Math.max(0, Math.floor((Math.min(...list.map((m) => m[4])) - 7) * dpr));
  const width = Math.ceil((Math.max(...list.map((m) => m[3])) + 7) * dpr) - x0;
  const height = Math.ceil((Math.max(...list.map((m) => m[4])) + 7) * dpr) - y0;
  const r = 4 * dpr;
  const ax = -4 * dpr, tip = 5 * dpr, h = 5 * dpr;
  const shapes: Record<string, (x: number, y: number) => number> = {
    disc: (x, y) => r + 0.5 - Math.hypot(x, y),
    ring: (x, y) => dpr + 0.5 - Math.abs(Math.hypot(x, y) - r),
    triangle: (x, y) => Math.min(x - ax, ((tip - x) * h - Math.abs(y) * (tip - ax)) / Math.hypot(tip - ax, h)) + 0.5,
  };
  const centred = (shape: (x: number, y: number) => number, m: Mark) => (x: number, y: number) =>
    shape(x - Math.round(Math.round(m[2]) * dpr), y - Math.round(Math.round(m[4]) * dpr));
  const capsule = (m: Mark) => (x: number, y: number) => {
    const dx = Math.max(m[2] * dpr - x, 0, x - m[3] * dpr);
    return 2.5 * dpr + 0.5 - Math.hypot(dx, y - Math.round(m[4]) * dpr);
  };
  const layers: { rgb: Rgb; parts: ((x: number, y: number) => number)[] }[] = [];
  for (const style of new Set(list.map((m) => `${m[0]} ${m[1]}`))) {
    const [kind, colour] = style.split(' ');
    const own = list.filter((m) => m[0] === kind && m[1] === colour);
    const of = (shape: (x: number, y: number) => number) => own.map((m) => centred(shape, m));
    if (kind === 'up_to') layers.push({ rgb: surface, parts: of(shapes.disc) }, { rgb: rgb(colour), parts: of(shapes.ring) });
    else layers.push({ rgb: rgb(colour), parts: kind === 'range' ? own.map(capsule) : of(kind === 'dot' ? shapes.disc : shapes.triangle) });
  }
  const data = new Uint8ClampedArray(width * height * 4);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const x = x0 + px + 0.5, y = y0 + py + 0.5;
      let a = 0;
      const c = [0, 0, 0];
      for (const layer of layers) {
        const la = alpha * Math.min(1, Math.max(0, ...layer.parts.map((part) => part(x, y))));
        for (let i = 0; i < 3; i++) c[i] = layer.rgb[i] * la + c[i] * (1 - la);
        a = la + a * (1 - la);
      }
      if (a > 0) data.set([c[0] / a, c[1] / a, c[2] / a, a * 255], (py * width + px) * 4);
    }
  }
  return { x: x0, y: y0, width, height, data };
}

/** The largest difference between two rasters' bytes (the regions must be the same). */
function maxDiff(a: Raster, b: Raster): number {
  expect([b.x, b.y, b.width, b.height]).toEqual([a.x, a.y, a.width, a.height]);
  let max = 0;
  for (let i = 0; i < a.data.length; i++) max = Math.max(max, Math.abs(a.data[i] - b.data[i]));
  return max;
}

const COLOURS = ['#e11d48', '#2563eb', '#16a34a'];

describe('rasterizeMarks against the plain reference', () => {
  it('random overlapping marks: every byte within 1 (property)', () => {
    // 0.1 px steps in a small area: shared whole pixels, neighbours, opaque pixels and .5 ties all come up.
    const at = (lo: number, hi: number) => fc.integer({ min: lo * 10, max: hi * 10 }).map((v) => v / 10);
    const mark = fc.tuple(fc.constantFrom(...MARK_KINDS), fc.constantFrom(...COLOURS), at(20, 40), at(0, 15), at(20, 30))
      .map(([kind, colour, x, length, y]): Mark => [kind, colour, x, kind === 'range' ? x + length : x, y]);
    const surface = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255));
    fc.assert(fc.property(fc.array(mark, { minLength: 1, maxLength: 30 }), fc.constantFrom(1, 2, 1.5), surface, (list, dpr, bg) => {
      expect(maxDiff(reference(list, dpr, bg), rasterizeMarks(marks(list), dpr, rgb, bg)!)).toBeLessThanOrEqual(1);
    }), { numRuns: 60 });
  });
  it.each(MARK_KINDS.flatMap((kind) => [1, 2].map((dpr) => ({ kind, dpr }))))('a dense block of one style ($kind, dpr $dpr): every byte within 1', ({ kind, dpr }) => {
    const list: Mark[] = [];
    for (let y = 30; y < 36; y++) {
      for (let x = 40; x < 48; x++) list.push([kind, COLOURS[0], x + (y % 3) * 0.2, kind === 'range' ? x + 4 : x, y]);
    }
    expect(maxDiff(reference(list, dpr, WHITE), rasterizeMarks(marks(list), dpr, rgb, WHITE)!)).toBeLessThanOrEqual(1);
  });
  it.each([1.25, 1.5])('dpr %d: a dot is centred on the device pixel nearest its own', (dpr) => {
    const r = rasterizeMarks(marks([['dot', '#ff0000', 50, 50, 41]]), dpr, rgb, WHITE)!;
    const [cx, cy] = [Math.round(50 * dpr), Math.round(41 * dpr)];
    for (const [x, y] of [[cx, cy], [cx - 1, cy - 1]]) {
      const i = ((y - r.y) * r.width + (x - r.x)) * 4;
      expect([...r.data.slice(i, i + 4)]).toEqual([255, 0, 0, 191]);
    }
  });
});

describe('rasterizeMarks: marks behind opaque layers', () => {
  // Five layers of dots 2 px apart over the whole area: each covers every pixel near the middle fully.
  const front: Mark[] = ['#111111', '#333333', '#555555', '#777777', '#999999'].flatMap((colour) => {
    const dots: Mark[] = [];
    for (let x = 20; x <= 80; x += 2) for (let y = 20; y <= 60; y += 2) dots.push(['dot', colour, x, x, y]);
    return dots;
  });
  it.each(MARK_KINDS.flatMap((kind) => [1, 2].map((dpr) => ({ kind, dpr }))))('a $kind behind five opaque layers changes nothing (dpr $dpr)', ({ kind, dpr }) => {
    const hidden: Mark = [kind, '#ff0000', 45, kind === 'range' ? 55 : 45, 40];
    const without = rasterizeMarks(marks(front), dpr, rgb, WHITE)!;
    const expected = { ...without, data: without.data.slice() };
    expect(rasterizeMarks(marks([hidden, ...front]), dpr, rgb, WHITE)).toEqual(expected);
  });
});
