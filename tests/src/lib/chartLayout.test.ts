import { describe, expect, it } from 'vitest';
import {
  factorLabel, factorScale, factorScaleOf, factorTicks, hitTest, jitter, layoutMarks, layoutMarkSet, markSetOf, metricColor,
} from '../../../src/lib/chartLayout.ts';
import { ClaimIndex } from '../../../src/lib/claimIndex.ts';
import { emptyFilters } from '../../../src/lib/filters.ts';
import { groupForChart } from '../../../src/lib/grouping.ts';
import { BATCHLLM, COST, FID, ROWS, SLORA } from './helpers.ts';

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

describe('layoutMarks and hitTest', () => {
  const { groups } = groupForChart(ROWS, 'topic');
  const s = factorScale(ROWS, 100, 600);
  const marks = layoutMarks(groups, s, 40, 24);
  it('one mark per claim and row, in row order, with kind, colour and x from the scale', () => {
    expect(marks.map((m) => [m.claim.span, m.row, m.kind, m.color])).toEqual([
      ['up to 4 times', 0, 'up_to', metricColor('throughput')],
      ['1.1x to 2x', 0, 'range', metricColor('throughput')],
      ['54%', 0, 'dot', metricColor('cost')],
      ['more than 1.73x', 1, 'at_least', metricColor('speed')],
      ['2.39x', 2, 'dot', metricColor('energy')],
    ]);
    expect(marks[1].x1).toBeCloseTo(s(1.1), 8);
    expect(marks[1].x2).toBeCloseTo(s(2), 8);
    expect(marks[3].y).toBe(40 + 24 + 12);
  });
  it('jitter is deterministic and within [-1, 1]', () => {
    expect(jitter('a@1-2')).toBe(jitter('a@1-2'));
    for (const r of ROWS) expect(Math.abs(jitter(r.id))).toBeLessThanOrEqual(1);
  });
  it('hitTest finds a dot near the pointer, anywhere along a range, nothing far away', () => {
    const dot = marks[3];
    expect(hitTest(marks, dot.x1 + 3, dot.y - 2)?.claim.span).toBe('more than 1.73x');
    const range = marks[1];
    expect(hitTest(marks, (range.x1 + range.x2) / 2 + 1, range.y)?.claim.span).toBe('1.1x to 2x');
    expect(hitTest(marks, 5, 5)).toBeNull();
  });
});

describe('markSetOf', () => {
  it('lays out once per chart data and geometry, the same as layoutMarkSet', () => {
    const index = new ClaimIndex(ROWS);
    const chart = index.chart(index.cross(emptyFilters()), 'topic', 40);
    const scale = factorScaleOf(chart.extent, 100, 600);
    const set = markSetOf(chart.groups, ROWS, scale, 30, 28);
    expect(set).toEqual(layoutMarkSet(chart.groups, ROWS, scale, 30, 28));
    expect(markSetOf(chart.groups, ROWS, factorScaleOf(chart.extent, 100, 600), 30, 28)).toBe(set);
    // Another width, row height or group array: laid out again.
    const wider = markSetOf(chart.groups, ROWS, factorScaleOf(chart.extent, 100, 700), 30, 28);
    expect(wider).not.toBe(set);
    expect(wider.x1[0]).toBeGreaterThan(set.x1[0]);
    expect(markSetOf(chart.groups, ROWS, scale, 30, 34).y).not.toEqual(set.y);
    expect(markSetOf([...chart.groups], ROWS, scale, 30, 28)).not.toBe(set);
  });
});

describe('factorLabel', () => {
  it('formats single values and ranges', () => {
    expect([SLORA, BATCHLLM, COST, FID].map(factorLabel)).toEqual(['×4', '×1.1–2', '×2.17', '']);
  });
});
