/**
 * createExtractor({ finders, refiners }): the default configuration is extractPaper; a configuration can leave
 * refiners out or run finders alone (chrono's idea), which is how `eval --without NAME` measures a refiner.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, DEFAULT_CONFIG, extractPaper, withoutRefiners } from '../../../extract/core/extract.ts';
import { findMultipliers } from '../../../extract/core/finders/multipliers.ts';

const PAPER = { title: 'FastServe: serving', abstract: 'We present FastServe. It is 2.1x faster than vLLM on A100 GPUs and cuts memory by 30%.' };

describe('createExtractor', () => {
  it('the default configuration gives what extractPaper gives', () => {
    expect(createExtractor(DEFAULT_CONFIG).extractPaper(PAPER)).toEqual(extractPaper(PAPER));
  });

  it('without attachBaseline, claims keep no baseline (the rest is unchanged)', () => {
    const claims = createExtractor(withoutRefiners(DEFAULT_CONFIG, ['attachBaseline'])).extractPaper(PAPER).claims;
    expect(claims.map((c) => [c.span, c.baseline, c.hardware])).toEqual([['2.1x', [], ['A100']], ['30%', [], ['A100']]]);
    expect(extractPaper(PAPER).claims.map((c) => [c.span, c.baseline, c.hardware])).toEqual([
      ['2.1x', ['vLLM'], ['A100']], ['30%', [], ['A100']]]);
  });

  it('one finder and no refiners: every multiplier the finder proposes, as found', () => {
    const claims = createExtractor({ finders: [findMultipliers], refiners: [] }).extractPaper(PAPER).claims;
    expect(claims.map((c) => [c.span, c.value_low, c.unit])).toEqual([['2.1x', 2.1, 'x']]);
  });

  it('an unknown refiner name is an error naming the known ones', () => {
    expect(() => withoutRefiners(DEFAULT_CONFIG, ['attachGPUs'])).toThrow(/no refiner named attachGPUs \(one of removeOverlaps, /);
  });
});
