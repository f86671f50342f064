import { describe, expect, it } from 'vitest';
import { groupSpan, matchesOf } from '../../../extract/core/matches.ts';

describe('matchesOf', () => {
  it('gives every match with its index and groups, as matchAll does, and leaves the regex reset', () => {
    const re = /(\d+)x/g;
    const text = 'up to 3x and 12x, not x';
    expect(matchesOf(re, text).map((m) => [m.index, m[0], m[1]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]));
    expect(re.lastIndex).toBe(0);
  });
  it('steps over empty matches instead of looping', () => {
    expect(matchesOf(/\b/g, 'a b').map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });
  it('lets the caller use the same regex inside its loop', () => {
    const re = /\d/g;
    const seen = matchesOf(re, '1 2 3').map((m) => [m[0], matchesOf(re, 'x9y8').length]);
    expect(seen).toEqual([['1', 2], ['2', 2], ['3', 2]]);
  });
  it('refuses a regex without the g flag, which would match the same place forever', () => {
    expect(() => matchesOf(/\d/, '1')).toThrow('matchesOf needs a global regex');
  });
});

describe('groupSpan', () => {
  it("gives where a group of a d-flagged match starts and ends, where indexOf would find the number's first copy", () => {
    const [m] = matchesOf(/speedup 2 of (\d)/dg, 'a speedup 2 of 2');
    expect(groupSpan(m, 1)).toEqual([15, 16]);
  });
  it('refuses a match without indices or a group that did not take part', () => {
    expect(() => groupSpan(matchesOf(/(\d)/g, '1')[0], 1)).toThrow('has no span');
    expect(() => groupSpan(matchesOf(/(a)?\d/dg, '1')[0], 1)).toThrow('has no span');
  });
});
