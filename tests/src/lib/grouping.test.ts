import { describe, expect, it } from 'vitest';
import { isLowerBetter, NONE_LABEL } from '../../../src/lib/grouping.ts';
import {
  absoluteGroups, baselineStats, groupForChart, groupKeys, hardwareStats, topicMetricMatrix,
} from '../reference/grouping.ts';
import { GENERIC_BASELINES } from '../../../src/lib/baselines.ts';
import { BATCHLLM, CLAIMS, COST, DEEPSPEED, FID, ROWS, SLORA, STREAMDIFF, STREAMDIFF_ENERGY, claim } from './helpers.ts';

const keys = (gs: { key: string; claims: { span: string }[] }[]) => gs.map((g) => [g.key, g.claims.map((c) => c.span)]);

describe('groupKeys', () => {
  it('one row per baseline / GPU, or the none row', () => {
    expect(groupKeys(SLORA, 'baseline')).toEqual(['PEFT', 'vLLM']);
    expect(groupKeys(SLORA, 'hardware')).toEqual([NONE_LABEL]);
    expect(groupKeys(DEEPSPEED, 'hardware')).toEqual(['A100', 'H100']);
    expect(groupKeys(SLORA, 'topic')).toEqual(['LLM serving & inference']);
    expect(groupKeys(SLORA, 'paper')).toEqual(['S-LoRA: Serving Thousands of Concurrent LoRA Adapters']);
  });
});

describe('groupForChart', () => {
  it('by topic: taxonomy order, only claims with a factor, each row smallest factor first (a range by its middle)', () => {
    expect(keys(groupForChart(CLAIMS, 'topic').groups)).toEqual([
      ['LLM serving & inference', ['1.1x to 2x', '54%', 'up to 4 times']],
      ['Mixture of Experts', ['more than 1.73x']],
      ['Diffusion & generative models', ['2.39x']],
    ]);
  });
  it('by hardware: most claims first, none last', () => {
    expect(keys(groupForChart(CLAIMS, 'hardware').groups)).toEqual([
      ['A100', ['1.1x to 2x', 'more than 1.73x']], ['H100', ['more than 1.73x']], ['RTX 3060', ['2.39x']],
      [NONE_LABEL, ['54%', 'up to 4 times']],
    ]);
  });
  it('by baseline: named systems by count, then one row for all generic phrases, then none; limit cuts and counts', () => {
    expect(keys(groupForChart(CLAIMS, 'baseline').groups)).toEqual([
      ['vLLM', ['1.1x to 2x', 'up to 4 times']], ['DeepSpeed-MoE', ['more than 1.73x']], ['PEFT', ['up to 4 times']],
      [GENERIC_BASELINES, ['more than 1.73x']], [NONE_LABEL, ['54%', '2.39x']],
    ]);
    const r = groupForChart(CLAIMS, 'baseline', 2);
    expect(keys(r.groups)).toEqual([['vLLM', ['1.1x to 2x', 'up to 4 times']], ['DeepSpeed-MoE', ['more than 1.73x']]]);
    expect(r.hidden).toBe(3);
  });
  it('one metric family: speed & throughput, cost & energy', () => {
    expect(keys(groupForChart(CLAIMS, 'topic', Infinity, 'speed').groups)).toEqual([
      ['LLM serving & inference', ['1.1x to 2x', 'up to 4 times']], ['Mixture of Experts', ['more than 1.73x']],
    ]);
    expect(keys(groupForChart(CLAIMS, 'topic', Infinity, 'cost').groups)).toEqual([
      ['LLM serving & inference', ['54%']], ['Diffusion & generative models', ['2.39x']],
    ]);
    expect(groupForChart(CLAIMS, 'topic', Infinity, 'memory').groups).toEqual([]);
  });
});

describe('hardwareStats / baselineStats', () => {
  it('claims per GPU with median factor (geometric middle of ranges)', () => {
    const s = hardwareStats(CLAIMS);
    expect(s.map((x) => [x.name, x.count])).toEqual([['A100', 2], ['H100', 1], ['RTX 3060', 1], ['RTX 4090', 1]]);
    expect(s[0].medianFactor).toBeCloseTo((Math.sqrt(2.2) + 1.73) / 2, 10);
    expect(s[2].medianFactor).toBe(2.39);
    expect(s[3].medianFactor).toBeNull();
  });
  it('baselines: named systems apart from generic phrases (all of them one entry)', () => {
    const s = baselineStats(CLAIMS);
    expect(s.named.map((x) => [x.name, x.count])).toEqual([['vLLM', 2], ['DeepSpeed-MoE', 1], ['PEFT', 1]]);
    expect(s.generic).toEqual([{ name: GENERIC_BASELINES, count: 1, medianFactor: 1.73 }]);
    expect(s.losses).toEqual([]);
  });
  it('a stated loss is not a baseline beaten: counted apart, with its factor below 1', () => {
    const slower = claim({ paper_id: 'spec', span: '8% slower', baseline: ['beam search'], factor_low: 0.926, factor_high: 0.926 });
    const mixed = claim({ paper_id: 'mix', span: '0.9x to 1.2x', baseline: ['vLLM'], factor_low: 0.9, factor_high: 1.2 });
    const s = baselineStats([...CLAIMS, slower, mixed]);
    expect(s.named.map((x) => [x.name, x.count])).toEqual([['vLLM', 3], ['DeepSpeed-MoE', 1], ['PEFT', 1]]);
    expect(s.generic.map((x) => [x.name, x.count])).toEqual([[GENERIC_BASELINES, 1]]);
    expect(s.losses).toEqual([{ name: GENERIC_BASELINES, count: 1, medianFactor: 0.926 }]);
  });
  it('a baseline listed twice in one claim counts once', () => {
    const dup = claim({ paper_id: 'x', span: '2x', baseline: ['vLLM', 'vLLM'], factor_low: 2, factor_high: 2 });
    expect(hardwareStats([dup])).toEqual([]);
    expect(baselineStats([dup]).named).toEqual([{ name: 'vLLM', count: 1, medianFactor: 2 }]);
  });
});

describe('topicMetricMatrix', () => {
  it('counts per topic and metric, taxonomy order, only present ones', () => {
    expect(topicMetricMatrix(CLAIMS)).toEqual({
      topics: ['LLM serving & inference', 'Mixture of Experts', 'Diffusion & generative models'],
      metrics: ['throughput', 'speed', 'energy', 'cost', 'fid'],
      counts: {
        'LLM serving & inference': { throughput: 2, cost: 1 },
        'Diffusion & generative models': { throughput: 1, energy: 1, fid: 1 },
        'Mixture of Experts': { speed: 1 },
      },
      max: 2,
    });
  });
});

describe('absoluteGroups', () => {
  it('claims without factor by unit; lower-is-better sorted ascending', () => {
    const fid2 = { ...ROWS[5], id: 'b', value_low: 1.79, value_high: 1.79 };
    const fps2 = { ...ROWS[2], id: 'c', value_low: 150, value_high: 150 };
    const g = absoluteGroups([...ROWS, fid2, fps2]);
    expect(g.map((x) => [x.unit, x.lowerIsBetter, x.claims.map((c) => c.value_low)])).toEqual([
      ['FID', true, [1.79, 2.62]], ['fps', false, [150, 91.07]],
    ]);
  });
  it('pp claims have no factor and appear here', () => {
    const pp = claim({ paper_id: 'p', span: '+0.8 points', unit: 'pp', metric: 'accuracy', factor_low: null, factor_high: null, value_low: 0.8, value_high: 0.8 });
    expect(absoluteGroups([pp, STREAMDIFF, FID, BATCHLLM, COST, STREAMDIFF_ENERGY]).map((x) => x.unit)).toEqual(['FID', 'fps', 'pp']);
  });
  it('isLowerBetter', () => {
    expect(['FID', 'ms', 's', 'min', 'h', 'days', 'fps', '%', 'pp'].map(isLowerBetter)).toEqual([true, true, true, true, true, true, false, false, false]);
  });
});
