import { describe, expect, it } from 'vitest';
import { MARK_KINDS, type MarkSet } from '../../../src/lib/chartLayout.ts';
import { parseColor, rasterizeMarks } from '../../../src/lib/rasterMarks.ts';
import type { Row } from '../../../src/lib/claims.ts';

/** A mark set from [kind, colour, x1, x2, y] tuples. */
function marks(list: [string, string, number, number, number][]): MarkSet<Row> {
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

describe('parseColor', () => {
  it('reads hex and rgb() forms', () => {
    expect(parseColor('#3b82f6')).toEqual([59, 130, 246]);
    expect(parseColor(' #fff ')).toEqual([255, 255, 255]);
    expect(parseColor('#11223344')).toEqual([17, 34, 51]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rgba(10 20 30 / 0.5)')).toEqual([10, 20, 30]);
    expect(parseColor('hsl(0 0% 0%)')).toBeNull();
  });
});

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
