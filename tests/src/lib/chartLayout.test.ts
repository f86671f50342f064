import { describe, expect, it } from 'vitest';
import { DENSE_ROW, jitter, LABEL_LINE, LANE, layoutChart, layoutOf, MAX_LANES, MIN_ROW } from '../../../src/lib/chartLayout.ts';
import { factorScale, factorScaleOf, factorTicks } from '../../../src/lib/chartScale.ts';
import { ClaimIndex } from '../../../src/lib/engine/claimIndex.ts';
import { withIds } from '../../../src/lib/claims.ts';
import { metricColor } from '../../../src/lib/families.ts';
import { emptyFilters } from '../../../src/lib/filters.ts';
import { claim, ROWS, SLORA } from './helpers.ts';
import { expectSoundLayout } from './layoutChecks.ts';

describe('factorScale and ticks', () => {
  it('log domain padded around 1× and the largest factor', () => {
    const s = factorScale(ROWS, 100, 600);
    const [lo, hi] = s.domain();
    expect(lo).toBeCloseTo(1 / 1.15, 10);
    expect(hi).toBeCloseTo(4 * 1.25, 10);
    expect(s(lo)).toBe(100);
    expect(s(hi)).toBe(600);
    expect(s(2) - s(1)).toBeCloseTo(s(4) - s(2), 8);
  });
  it('ticks with × labels, thinned to the count', () => {
    const s = factorScale(ROWS, 100, 600);
    expect(factorTicks(s, 10).map((t) => t.label)).toEqual(['1×', '1.5×', '2×', '3×', '5×']);
    expect(factorTicks(s, 3).map((t) => t.label)).toEqual(['1×', '2×', '5×']);
    expect(factorTicks(s, 2).map((t) => t.label)).toEqual(['1×', '3×']);
    const wide = factorScale([{ ...SLORA, factor_low: 5000, factor_high: 5000 }], 0, 500);
    expect(factorTicks(wide, 4).map((t) => t.label)).toEqual(['1×', '10×', '100×', '1000×']);
  });
});

/** One chart row of claims with these factors (speed, dots), laid out on a 100–700 px scale. */
function rowOf(factors: number[]) {
  const rows = withIds(factors.map((f, i) => claim({ paper_id: `p${i}`, span: `${f}x`, factor_low: f, factor_high: f })));
  const index = new ClaimIndex(rows);
  const chart = index.chart(index.cross(emptyFilters()), 'topic', 'speed');
  const scale = factorScaleOf(chart.extent, 100, 700);
  return { rows, chart, scale, layout: layoutChart(chart.groups, rows, scale, 10) };
}

describe('layoutChart: dodged rows', () => {
  it('marks apart share the centre line; a row of one lane is MIN_ROW tall', () => {
    const { layout, rows, chart, scale } = rowOf([1.5, 3, 6]);
    expect(new Set(layout.set.y)).toEqual(new Set([10 + MIN_ROW / 2]));
    expect(layout.rows).toEqual([
      { top: 10, height: MIN_ROW, mid: 10 + MIN_ROW / 2, dense: false, right: layout.set.x2[2], first: 0, end: 3 },
    ]);
    expect([...layout.set.colors]).toEqual([metricColor('speed')]);
    expectSoundLayout(layout, chart.groups, rows, scale, 10);
  });

  it('equal factors take the lanes nearest the centre line in turn (0, above, below, …) and the row grows', () => {
    const { layout } = rowOf([2, 2, 2, 2]);
    const mid = layout.rows[0].mid;
    expect([...layout.set.y].map((y) => (y - mid) / LANE)).toEqual([0, -1, 1, -2]);
    expect(layout.rows[0].height).toBe(4 * LANE + 8);
    expect(layout.height).toBe(10 + 4 * LANE + 8);
  });

  it(`up to ${MAX_LANES} lanes; beyond, the row is dense: a fixed band, marks spread by their id's jitter`, () => {
    expect(rowOf(Array(MAX_LANES).fill(2)).layout.rows[0].dense).toBe(false);
    const { layout, rows } = rowOf(Array(MAX_LANES + 1).fill(2));
    const box = layout.rows[0];
    expect([box.dense, box.height]).toEqual([true, DENSE_ROW]);
    for (let k = 0; k < layout.set.n; k++) {
      expect(layout.set.y[k]).toBeCloseTo(box.mid + jitter(rows[layout.set.claim[k]].id) * (DENSE_ROW / 2 - 6), 9);
    }
  });

  it('labels over their rows: each row starts with a label line', () => {
    const { chart, rows, scale } = rowOf([1.5, 3]);
    const over = layoutChart(chart.groups, rows, scale, 0, true);
    expect(over.rows[0]).toMatchObject({ top: 0, height: LABEL_LINE + MIN_ROW, mid: LABEL_LINE + MIN_ROW / 2 });
  });

  it('layoutOf lays out once per chart data and geometry', () => {
    const { chart, rows, scale } = rowOf([1.5, 3, 3]);
    const layout = layoutOf(chart.groups, rows, scale, 30);
    expect(layout).toEqual(layoutChart(chart.groups, rows, scale, 30));
    expect(layoutOf(chart.groups, rows, factorScaleOf(chart.extent, 100, 700), 30)).toBe(layout);
    const wider = layoutOf(chart.groups, rows, factorScaleOf(chart.extent, 100, 800), 30);
    expect(wider).not.toBe(layout);
    expect(wider.set.x1[1]).toBeGreaterThan(layout.set.x1[1]);
    expect(layoutOf(chart.groups, rows, scale, 30, true).rows[0].height).toBe(layout.rows[0].height + LABEL_LINE);
    expect(layoutOf([...chart.groups], rows, scale, 30)).not.toBe(layout);
  });
});

describe('jitter', () => {
  it('is deterministic and within [-1, 1]', () => {
    expect(jitter('a@1-2')).toBe(jitter('a@1-2'));
    for (const r of ROWS) expect(Math.abs(jitter(r.id))).toBeLessThanOrEqual(1);
  });
});
