/** The raster cache: same job content, same image back (no second rasterising); any change, a new image. */
import { describe, expect, it } from 'vitest';
import type { MarkSet } from '../../../src/lib/chartLayout.ts';
import { MARK_KINDS } from '../../../src/lib/markLook.ts';
import type { Row } from '../../../src/lib/claims.ts';
import { jobKey, rasterize } from '../../../src/lib/rasterClient.ts';

function marks(list: [string, number, number, number][], colors = ['#ff0000']): MarkSet<Row> {
  const n = list.length;
  return {
    n, rows: [], claim: new Int32Array(n), row: new Int32Array(n), colors,
    kind: Uint8Array.from(list, (m) => MARK_KINDS.indexOf(m[0] as never)), color: new Uint8Array(n),
    x1: Float64Array.from(list, (m) => m[1]), x2: Float64Array.from(list, (m) => m[2]), y: Float64Array.from(list, (m) => m[3]),
  };
}
const RGB = { '#ff0000': [255, 0, 0] as const, '#0000ff': [0, 0, 255] as const };
const WHITE = [255, 255, 255] as const;
const BASE: [string, number, number, number][] = [['dot', 50, 50, 40], ['range', 60, 90, 52], ['up_to', 20, 20, 30]];

describe('jobKey', () => {
  const key = jobKey(marks(BASE), 1, RGB, WHITE);
  it.each([
    ['a mark moved by a tenth of a pixel', jobKey(marks([['dot', 50.1, 50.1, 40], ...BASE.slice(1)]), 1, RGB, WHITE)],
    ['another kind', jobKey(marks([['at_least', 50, 50, 40], ...BASE.slice(1)]), 1, RGB, WHITE)],
    ['one mark fewer', jobKey(marks(BASE.slice(1)), 1, RGB, WHITE)],
    ['another colour for the metric', jobKey(marks(BASE, ['#0000ff']), 1, RGB, WHITE)],
    ['another device pixel ratio', jobKey(marks(BASE), 2, RGB, WHITE)],
    ['another surface (dark mode)', jobKey(marks(BASE), 1, RGB, [13, 17, 23])],
  ])('changes with %s', (_, other) => expect(other).not.toBe(key));
  it('is the same for equal content in new arrays', () => expect(jobKey(marks(BASE.map((m) => [...m] as typeof m)), 1, RGB, WHITE)).toBe(key));
});

describe('rasterize', () => {
  it('gives the cached image back for the same content, a new one otherwise', async () => {
    const first = await rasterize(marks(BASE), 1, RGB, WHITE);
    expect(first).not.toBeNull();
    expect(await rasterize(marks(BASE), 1, RGB, WHITE)).toBe(first);
    const moved = await rasterize(marks([['dot', 70, 70, 40]]), 1, RGB, WHITE);
    expect(moved).not.toBe(first);
    expect(moved!.x).toBeGreaterThan(first!.x);
    // Ten other views later, the first is still cached (a search word typed and deleted is ten views).
    for (let k = 0; k < 10; k++) await rasterize(marks([['dot', 100 + k * 10, 100 + k * 10, 40]]), 1, RGB, WHITE);
    expect(await rasterize(marks(BASE), 1, RGB, WHITE)).toBe(first);
  });
});
