import { describe, expect, it } from 'vitest';
import { claimsOf, pick } from '../helpers.ts';

describe('mergeRanges', () => {
  it.each<[string, [number, number, string]]>([
    ['Extensive evaluation shows that BatchLLM outperforms vLLM by 1.1x to 2x on a set of microbenchmarks.', [1.1, 2, '1.1x to 2x']],
    ['FSMoE outperforms the state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel) by 1.18times-1.22times on 1458 MoE layers.', [1.18, 1.22, '1.18times-1.22times']],
    ['It accelerates prefill by 2.3x–3.1x without any accuracy loss.', [2.3, 3.1, '2.3x–3.1x']],
  ])('%s', (sentence, [low, high, span]) => {
    expect(pick(claimsOf(sentence), ['value_low', 'value_high', 'span'])).toEqual([{ value_low: low, value_high: high, span }]);
  });
});

describe('a change "from A to B" is not a range', () => {
  it.each<[string, [number, number, string]]>([
    ['It improves the success rate from 45% to 78% on ALFWorld.', [78, 78, '%']],
    ['It reduces latency from 120 ms to 45 ms.', [45, 45, 'ms']],
    ['Speedups ranging from 1.5x to 3x are observed across models.', [1.5, 3, 'x']],
  ])('%s', (sentence, [low, high, unit]) => {
    expect(pick(claimsOf(sentence), ['value_low', 'value_high', 'unit'])).toEqual([{ value_low: low, value_high: high, unit }]);
  });
});

describe('attachQualifiers', () => {
  it.each<[string, string[]]>([
    ['S-LoRA can improve the throughput by up to 4 times and increase the number of served adapters.', ['up_to']],
    ['Combining them makes the generation achieve up-to 91.07fps on one RTX4090.', ['up_to']],
    ['It improves the throughputs of AutoPipline developed by Diffusers over 59.56x.', ['at_least']],
    ['Our Stream Batch achieves around 1.5x speedup compared to the sequential denoising method.', ['approx']],
    ['Our empirical experiments demonstrate approximately 8x parameter savings in a standard LoRA setting.', ['approx']],
    ['Symbolic-MoE outperforms them with an absolute average improvement of 8.15% over the best multi-agent baseline.', ['average']],
    ['The kernel is 1.8x faster on average across all workloads.', ['average']],
    ['It achieves a geometric mean speedup of 2.1x across 12 models.', ['average']],
    ['We achieve $\\sim$2.5$\\times$ speedup on long sequences.', ['approx']],
    ['A cascade achieves similar coverage as a single EfficientNet-B4 with less than 30% communication cost.', ['up_to']],
    ['SARATHI reduces bubbles by 6.29x.', ['exact']],
  ])('%s', (sentence, qualifiers) => {
    expect(claimsOf(sentence).map((c) => c.qualifier)).toEqual(qualifiers);
  });

  it('widens the span to take the qualifier in', () => {
    expect(claimsOf('S-LoRA can improve the throughput by up to 4 times.').map((c) => c.span)).toEqual(['up to 4 times']);
  });
});

describe('shareQualifiers', () => {
  it.each<[string, string[]]>([
    ['It brings over 11x inference speedup on GPT and 16x on LLAMA compared to NVIDIA FasterTransformer.', ['at_least', 'at_least']],
    ['The results show up to 48times faster checkpointing and 2.2times faster end-to-end training runtime.', ['up_to', 'up_to']],
    ['It reduces the energy consumption by 2.39x on one RTX3060 and 1.99x on one RTX4090, respectively.', ['exact', 'exact']],
    ['For LLaMa-33B on A100 GPU, we achieve 1.25x higher end-to-end-throughput and up to 4.25x higher decode throughput.', ['exact', 'up_to']],
    ['We achieve $\\sim$2.5$\\times$ speedup and a $3\\times$ memory reduction.', ['approx', 'exact']],
    ['It delivers up to 2.5x/3.1x speedup on A100/H100 GPUs.', ['up_to', 'up_to']],
  ])('%s', (sentence, qualifiers) => {
    expect(claimsOf(sentence).map((c) => c.qualifier)).toEqual(qualifiers);
  });
});
