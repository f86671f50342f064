/**
 * Keyboard movement between the claims chart's marks (the chart is one Tab stop): Left / Right to the previous /
 * next claim (in factor order, on into the next row), Up / Down to the nearest claim in the row above / below,
 * Home / End to the row's smallest / largest claim. Pure.
 */
import type { Claim } from '../../extract/core/types.ts';
import type { ChartLayout } from './chartLayout.ts';

export const CHART_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** The mark that `key` moves to from mark `k` (-1: none yet: the first mark); `k` when it cannot move; -1 with no marks. */
export function nextMark<T extends Claim>(layout: ChartLayout<T>, k: number, key: string): number {
  const { set, rows } = layout;
  if (set.n === 0) return -1;
  if (k < 0 || k >= set.n) return 0;
  const row = rows[set.row[k]];
  switch (key) {
    case 'ArrowRight': return Math.min(set.n - 1, k + 1);
    case 'ArrowLeft': return Math.max(0, k - 1);
    case 'Home': return row.first;
    case 'End': return row.end - 1;
    case 'ArrowUp':
    case 'ArrowDown': {
      const to = rows[set.row[k] + (key === 'ArrowUp' ? -1 : 1)];
      if (!to || to.end === to.first) return k;
      const x = (set.x1[k] + set.x2[k]) / 2;
      let best = to.first;
      for (let m = to.first; m < to.end; m++) {
        if (Math.abs((set.x1[m] + set.x2[m]) / 2 - x) < Math.abs((set.x1[best] + set.x2[best]) / 2 - x)) best = m;
      }
      return best;
    }
    default: return k;
  }
}
