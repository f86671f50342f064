/** What any chart layout must satisfy (chartLayout.ts), checked for fixed and random claims. */
import { expect } from 'vitest';
import type { ScaleLogarithmic } from 'd3-scale';
import type { Claim } from '../../../extract/core/types.ts';
import { hitTestSet, MAX_LANES, type ChartLayout } from '../../../src/lib/chartLayout.ts';
import { MARK_REACH } from '../../../src/lib/markLook.ts';

/**
 * Rows stacked without gaps, each holding its group's claims in order, at x from the scale, inside its band; in a
 * row that is not dense no two marks overlap (and it takes at most MAX_LANES lanes), so each is hit where it is.
 */
export function expectSoundLayout<T extends Claim>(
  layout: ChartLayout<T>, groups: readonly { idx: Int32Array }[], rows: readonly T[], scale: ScaleLogarithmic<number, number>, top: number,
): void {
  const { set } = layout;
  let at = top;
  let k = 0;
  expect(layout.rows).toHaveLength(groups.length);
  layout.rows.forEach((box, r) => {
    expect([box.top, box.first, box.end]).toEqual([at, k, k + groups[r].idx.length]);
    expect(box.right).toBe(Math.max(...set.x2.subarray(box.first, box.end)));
    for (let m = box.first; m < box.end; m++) {
      expect(set.row[m]).toBe(r);
      expect(set.claim[m]).toBe(groups[r].idx[m - box.first]);
      const c = rows[set.claim[m]];
      expect(set.x1[m]).toBeCloseTo(scale(c.factor_low!), 6);
      expect(set.x2[m]).toBeCloseTo(scale(Math.max(c.factor_low!, c.factor_high ?? c.factor_low!)), 6);
      expect(set.y[m] - MARK_REACH).toBeGreaterThanOrEqual(box.top);
      expect(set.y[m] + MARK_REACH).toBeLessThanOrEqual(box.top + box.height);
    }
    if (!box.dense) {
      // Marks that share a lane (one y), left to right: each starts a reach and a pixel after the last one ends.
      const lanes = new Map<number, number[]>();
      for (let m = box.first; m < box.end; m++) lanes.set(set.y[m], [...(lanes.get(set.y[m]) ?? []), m]);
      expect(lanes.size).toBeLessThanOrEqual(MAX_LANES);
      for (const y of lanes.keys()) {
        for (const y2 of lanes.keys()) if (y !== y2) expect(Math.abs(y - y2)).toBeGreaterThanOrEqual(2 * MARK_REACH);
      }
      let gap = Infinity;
      for (const lane of lanes.values()) {
        lane.sort((a, b) => set.x1[a] - set.x1[b]);
        let end = -Infinity;
        for (const m of lane) { gap = Math.min(gap, set.x1[m] - end); end = Math.max(end, set.x2[m]); }
      }
      expect(gap, `row ${r}: marks overlap`).toBeGreaterThanOrEqual(2 * MARK_REACH + 1 - 1e-9);
      for (let m = box.first; m < box.end; m++) if (hitTestSet(set, set.x1[m], set.y[m]) !== m) expect.fail(`mark ${m} is not hit where it is`);
    }
    at += box.height;
    k = box.end;
  });
  expect(set.n).toBe(k);
  expect(layout.height).toBe(at);
}
