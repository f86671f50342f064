import { describe, expect, it } from 'vitest';
import { clip, factorLabel, factorNumber, grouped, metricName, paperLabel, plural, qualifiedFactor, shortTitle } from '../../../src/lib/format.ts';
import { BATCHLLM, COST, FID, SLORA } from './helpers.ts';

describe('grouped', () => {
  it("writes a number as toLocaleString('en') does", () => {
    const some = [0, -0, 1, 12, 999, 1000, 1204, 99_999, 100_000, 1_000_000, 12_345_678, -4321, -999, -1000, 2.5, 1458.49, -0.5];
    const edges = [NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 60, 1e21];
    for (const n of [...some, ...edges, ...Array.from({ length: 200 }, (_, k) => Math.round((k * 7919) ** 1.7) * (k % 3 ? 1 : -1))]) {
      expect(grouped(n)).toBe(n.toLocaleString('en'));
    }
  });
});

describe('plural', () => {
  it('one claim, many claims, thousands separated', () => {
    expect([0, 1, 2, 1204].map((n) => plural(n, 'claim'))).toEqual(['0 claims', '1 claim', '2 claims', '1,204 claims']);
    expect(plural(1, 'pasted paper')).toBe('1 pasted paper');
    expect(plural(3, 'index', 'indices')).toBe('3 indices');
  });
});

describe('factorNumber / factorLabel: one precision everywhere', () => {
  it('three significant digits below 100, whole numbers above', () => {
    expect([4.3478, 1.1, 2.174, 15.9236, 59.56, 0.926, 1458, 100.4].map(factorNumber))
      .toEqual(['4.35', '1.1', '2.17', '15.9', '59.6', '0.926', '1,458', '100']);
    expect(factorNumber(NaN)).toBe('');
  });
  it('single values and ranges; nothing without a factor', () => {
    expect([SLORA, BATCHLLM, COST, FID].map(factorLabel)).toEqual(['×4', '×1.1–2', '×2.17', '']);
    // A range whose ends round to the same number reads as one value.
    expect(factorLabel({ factor_low: 2.001, factor_high: 2.002 })).toBe('×2');
  });
});

describe('names', () => {
  it('metricName spells out training_time', () => {
    expect(metricName('training_time')).toBe('training time');
  });
  it('shortTitle: the system before the colon when it is a name, else the title', () => {
    expect(shortTitle('S-LoRA: Serving Thousands of Concurrent LoRA Adapters')).toBe('S-LoRA');
    expect(shortTitle('Accelerating Distributed MoE Training and Inference with Lina')).toBe('Accelerating Distributed MoE Training and Inference with Lina');
    expect(shortTitle('Towards Efficient and Scalable Training of Very Large Models: A Study')).toBe('Towards Efficient and Scalable Training of Very Large Models: A Study');
    expect(shortTitle(': untitled')).toBe(': untitled');
    expect(shortTitle('See http://x.example: a link')).toBe('See http://x.example: a link');
    expect(shortTitle('Mixtral:Sparse')).toBe('Mixtral:Sparse');
  });
  it('paperLabel: the system column when there is one, else the short title, else the paper id', () => {
    const title = 'Taming Throughput-Latency Tradeoff in LLM Inference with Sarathi-Serve';
    expect(paperLabel({ title, system: 'Sarathi-Serve', paper_id: 'p' })).toBe('Sarathi-Serve');
    expect(paperLabel({ title: 'S-LoRA: Serving Thousands of Concurrent LoRA Adapters', system: '', paper_id: 'p' })).toBe('S-LoRA');
    expect(paperLabel({ title, system: '  ', paper_id: 'p' })).toBe(title);
    expect(paperLabel({ title: '', system: '', paper_id: '2311.03285' })).toBe('2311.03285');
  });
  it('qualifiedFactor says what qualifies the factor', () => {
    const q = (qualifier: 'up_to' | 'at_least' | 'approx' | 'average' | 'exact', low: number | null = 4, high = low) =>
      qualifiedFactor({ factor_low: low, factor_high: high, qualifier });
    expect([q('up_to'), q('at_least', 1.73), q('approx', 8), q('average', 1.36), q('exact', 1.1, 2), q('up_to', null)])
      .toEqual(['up to ×4', 'at least ×1.73', '~×8', '×1.36 avg.', '×1.1–2', '']);
  });
  it('clip cuts with an ellipsis only when needed', () => {
    expect(clip('vLLM', 10)).toBe('vLLM');
    expect(clip('state-of-the-art training frameworks', 12)).toBe('state-of-th…');
  });
});
