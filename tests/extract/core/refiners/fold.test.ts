import { describe, expect, it } from 'vitest';
import { foldWithPrevious, mapWithPrevious } from '../../../../extract/core/refiners/fold.ts';

describe('foldWithPrevious', () => {
  it('merges an item into the last one kept, which may itself be a merge', () => {
    // Runs of equal letters become one item each.
    const runs = foldWithPrevious(['a', 'a', 'b', 'a', 'a', 'a'], (prev, c) => (prev.endsWith(c) ? prev + c : undefined));
    expect(runs).toEqual(['aa', 'b', 'aaa']);
    expect(foldWithPrevious([], () => 'never')).toEqual([]);
  });
});

describe('mapWithPrevious', () => {
  it('gives each item what the one before it became, and its index', () => {
    const seen: [number | undefined, number, number][] = [];
    const sums = mapWithPrevious([1, 2, 3], (prev, c, i) => {
      seen.push([prev, c, i]);
      return (prev ?? 0) + c;
    });
    expect(sums).toEqual([1, 3, 6]);
    expect(seen).toEqual([[undefined, 1, 0], [1, 2, 1], [3, 3, 2]]);
  });
});
