import { describe, expect, it } from 'vitest';
import { improvementFactor, roundFactor } from '../../../extract/core/factor.ts';
import { classifyTopic } from '../../../extract/core/topic.ts';
import { sentencesAround } from '../../../extract/core/sentences.ts';
import type { Direction, Metric } from '../../../extract/core/types.ts';

describe('improvementFactor (spec §5)', () => {
  it.each<[number, string, Direction, Metric, number | null]>([
    [4, 'x', 'increase', 'throughput', 4],
    [2.39, 'x', 'decrease', 'energy', 2.39],
    [77, '%', 'decrease', 'cost', 1 / 0.23],
    [20, '%', 'increase', 'accuracy', 1.2],
    [3, '%', 'decrease', 'accuracy', 0.97],
    [6.29, 'x', 'decrease', 'other', 6.29],
    [100, '%', 'decrease', 'memory', null],
    [0.8, 'pp', 'increase', 'accuracy', null],
  ])('%s %s %s %s', (value, unit, direction, metric, expected) => {
    const f = improvementFactor(value, unit, direction, 'relative', metric);
    if (expected === null) expect(f).toBeNull();
    else expect(f).toBeCloseTo(expected, 10);
  });

  it('has no factor for absolute claims', () => {
    expect(improvementFactor(1.79, 'FID', 'decrease', 'absolute', 'fid')).toBeNull();
  });
});

describe('classifyTopic (spec §4)', () => {
  it.each([
    ['S-LoRA: Serving Thousands of Concurrent LoRA Adapters', 'We present S-LoRA, a system for the scalable serving of many LoRA adapters, with throughput and batching.', 'LLM serving & inference'],
    ['ExpertFlow: Optimized Expert Activation and Token Allocation for Efficient Mixture-of-Experts Inference', 'Sparse Mixture of Experts models improve inference efficiency; routing and serving.', 'Mixture of Experts'],
    ['Anchor Sampling for Federated Learning with Partial Client Participation', 'Clients participate partially in federated learning.', 'Federated learning'],
    ['Not All Prompts Are Made Equal: Prompt-based Pruning of Text-to-Image Diffusion Models', 'Text-to-image diffusion models generate images; we prune the diffusion model per prompt.', 'Quantization, pruning & compression'],
    ['Data Pruning for Efficient Training', 'We select a coreset of the training datasets by data pruning.', 'Data selection, curation & distillation'],
    ['Closing the Performance Gap with Modern C++', 'Heterogeneous systems include CPUs and accelerators programmed in C++.', 'Other'],
  ])('%s', (title, abstract, topic) => {
    expect(classifyTopic(title, abstract)).toBe(topic);
  });
});

describe('sentencesAround', () => {
  const text = 'We propose X. It is fast, e.g. 4.5x faster than vLLM vs. Orca on A100. Compared to B, the cost drops by 77%. End.';

  it('gives the whole sentence around each position, not splitting at e.g., decimals or vs.', () => {
    const found = sentencesAround(text, [text.indexOf('4.5x'), text.indexOf('77%')]);
    expect(found.map((s) => s.text.trim())).toEqual([
      'It is fast, e.g. 4.5x faster than vLLM vs. Orca on A100.',
      'Compared to B, the cost drops by 77%.',
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    // Real corpus forms: a closing quote ends a sentence; a number with a unit before the stop is no abbreviation;
    // a unit abbreviation before a capitalised word ends one; a lower-case start after a plain word does.
    ['It is called the "Checklist Assistant." This assistant is 2x faster.', '2x', 'This assistant is 2x faster.'],
    ['It reduces bytes by 128x. In a single run it is 3x faster.', '3x', 'In a single run it is 3x faster.'],
    ['It reaches 555 sentences/sec. One finding is a 2x gap.', '2x', 'One finding is a 2x gap.'],
    ['It blurs texture. we propose GBR, 2x faster.', '2x', 'we propose GBR, 2x faster.'],
    ['As in Fig. 3, it is 2x faster than A et al. in the same setting.', '2x', 'As in Fig. 3, it is 2x faster than A et al. in the same setting.'],
  ])('%s', (text, at, sentence) => {
    expect(sentencesAround(text, [text.indexOf(at)]).map((s) => s.text)).toEqual([sentence]);
  });
});

describe('roundFactor', () => {
  it('four decimals; a factor that would round to 0 is no factor (found by the property test: "-0.0000014x")', () => {
    expect(roundFactor(4.35123)).toBe(4.3512);
    expect(roundFactor(0.92)).toBe(0.92);
    expect(roundFactor(0.00005)).toBe(0.0001);
    expect(roundFactor(0.0000014)).toBeNull();
    expect(roundFactor(null)).toBeNull();
  });
});
