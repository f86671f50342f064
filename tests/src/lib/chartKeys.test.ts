import { describe, expect, it } from 'vitest';
import { nextMark } from '../../../src/lib/chartKeys.ts';
import { layoutChart } from '../../../src/lib/chartLayout.ts';
import { factorScaleOf } from '../../../src/lib/chartScale.ts';
import { ClaimIndex } from '../../../src/lib/engine/claimIndex.ts';
import { withIds } from '../../../src/lib/claims.ts';
import { emptyFilters } from '../../../src/lib/filters.ts';
import { claim } from './helpers.ts';

// Two rows by topic: serving has 1.5, 3, 8; MoE has 1.2, 2.9.
const rows = withIds([
  ...[1.5, 3, 8].map((f) => claim({ paper_id: `s${f}`, span: `${f}x`, topic: 'LLM serving & inference', factor_low: f, factor_high: f })),
  ...[1.2, 2.9].map((f) => claim({ paper_id: `m${f}`, span: `${f}x`, topic: 'Mixture of Experts', factor_low: f, factor_high: f })),
]);
const index = new ClaimIndex(rows);
const chart = index.chart(index.cross(emptyFilters()), 'topic', 'speed');
const layout = layoutChart(chart.groups, rows, factorScaleOf(chart.extent, 100, 700), 0);
const span = (k: number) => rows[layout.set.claim[k]].span;
const walk = (from: number, keys: string[]) => keys.map((key) => span((from = nextMark(layout, from, key))));

describe('nextMark', () => {
  it('Right / Left go claim by claim in factor order, on into the next row, and stop at the ends', () => {
    expect(walk(-1, ['ArrowRight'])).toEqual(['1.5x']);
    expect(walk(0, ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'])).toEqual(['3x', '8x', '1.2x', '2.9x', '2.9x']);
    expect(walk(4, ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft'])).toEqual(['1.2x', '8x', '3x', '1.5x', '1.5x']);
  });
  it('Up / Down go to the nearest claim in the row above / below; Home / End to the row\'s smallest / largest', () => {
    expect(walk(1, ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp'])).toEqual(['2.9x', '2.9x', '3x', '3x']);
    expect(walk(3, ['End', 'ArrowUp', 'Home', 'Enter'])).toEqual(['2.9x', '3x', '1.5x', '1.5x']);
  });
  it('no marks: nothing to move to', () => {
    const empty = layoutChart([], rows, factorScaleOf([undefined, undefined], 0, 100), 0);
    expect(nextMark(empty, -1, 'ArrowRight')).toBe(-1);
  });
});
