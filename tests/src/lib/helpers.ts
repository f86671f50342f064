/** Real-looking claims (from the seed abstracts) for the dashboard's unit tests. */
import type { Claim } from '../../../extract/core/types.ts';
import { withIds, type Row } from '../../../src/lib/claims.ts';

export function claim(p: Partial<Claim> & Pick<Claim, 'paper_id' | 'span'>): Claim {
  return {
    title: p.paper_id, system: '', topic: 'Other', metric: 'speed', comparison: 'relative', direction: 'increase',
    value_low: 1, value_high: 1, unit: 'x', qualifier: 'exact', factor_low: 1, factor_high: 1,
    baseline: [], hardware: [], hardware_count: null, model: '', start: 0, end: p.span.length, evidence: p.span,
    ...p,
  };
}

export const SLORA = claim({
  paper_id: '2311.03285', title: 'S-LoRA: Serving Thousands of Concurrent LoRA Adapters', topic: 'LLM serving & inference',
  metric: 'throughput', value_low: 4, value_high: 4, qualifier: 'up_to', factor_low: 4, factor_high: 4,
  baseline: ['HuggingFace PEFT', 'vLLM'], span: 'up to 4 times', start: 1360, end: 1373,
  evidence: 'Compared to state-of-the-art libraries such as HuggingFace PEFT and vLLM (with naive support of LoRA serving), S-LoRA can improve the throughput by up to 4 times and increase the number of served adapters by several orders of magnitude.',
});
export const BATCHLLM = claim({
  paper_id: 'batchllm', title: 'BatchLLM: Optimizing Large Batched LLM Inference with Global Prefix Sharing',
  topic: 'LLM serving & inference', metric: 'throughput', value_low: 1.1, value_high: 2, factor_low: 1.1, factor_high: 2,
  baseline: ['vLLM'], hardware: ['A100'], span: '1.1x to 2x', start: 1200, end: 1210,
  evidence: 'BatchLLM outperforms vLLM by 1.1x to 2x on a set of microbenchmarks and two typical industry workloads.',
});
export const STREAMDIFF = claim({
  paper_id: 'streamdiffusion', title: 'StreamDiffusion: A Pipeline-level Solution for Real-time Interactive Generation',
  topic: 'Diffusion & generative models', metric: 'throughput', comparison: 'absolute', value_low: 91.07, value_high: 91.07,
  unit: 'fps', factor_low: null, factor_high: null, hardware: ['RTX 4090'], hardware_count: 1, span: '91.07fps',
  start: 900, end: 908, evidence: 'Our pipeline achieves up to 91.07fps on one RTX4090.',
});
export const STREAMDIFF_ENERGY = claim({
  paper_id: 'streamdiffusion', title: STREAMDIFF.title, topic: 'Diffusion & generative models', metric: 'energy',
  direction: 'decrease', value_low: 2.39, value_high: 2.39, factor_low: 2.39, factor_high: 2.39,
  hardware: ['RTX 3060'], hardware_count: 1, span: '2.39x', start: 1100, end: 1105,
  evidence: 'Our stochastic similarity filter reduces energy consumption by 2.39x on one RTX3060.',
});
export const DEEPSPEED = claim({
  paper_id: 'moe-training', title: 'Accelerating Distributed MoE Training and Inference with Lina', topic: 'Mixture of Experts',
  metric: 'speed', value_low: 1.73, value_high: 1.73, qualifier: 'at_least', factor_low: 1.73, factor_high: 1.73,
  baseline: ['DeepSpeed-MoE', 'state-of-the-art MoE training systems'], hardware: ['A100', 'H100'],
  span: 'more than 1.73x', start: 50, end: 65, model: 'GPT-MoE',
  evidence: 'Lina accelerates training by more than 1.73x over DeepSpeed-MoE on A100 and H100 clusters.',
});
export const FID = claim({
  paper_id: 'one-step', title: 'One-step Diffusion with Distribution Matching Distillation', topic: 'Diffusion & generative models',
  metric: 'fid', comparison: 'absolute', direction: 'decrease', value_low: 2.62, value_high: 2.62, unit: 'FID',
  factor_low: null, factor_high: null, span: 'FID of 2.62', start: 10, end: 21,
  evidence: 'Our one-step generator achieves FID of 2.62 on ImageNet 64x64.',
});
export const COST = claim({
  paper_id: 'spot-serve', title: 'SpotServe: Serving Generative LLMs on Preemptible Instances', topic: 'LLM serving & inference',
  metric: 'cost', direction: 'decrease', value_low: 54, value_high: 54, unit: '%', qualifier: 'exact',
  factor_low: 2.174, factor_high: 2.174, span: '54%', start: 300, end: 303,
  evidence: 'SpotServe reduces monetary cost by 54% compared with on-demand instances.',
});

export const CLAIMS: Claim[] = [SLORA, BATCHLLM, STREAMDIFF, STREAMDIFF_ENERGY, DEEPSPEED, FID, COST];
export const ROWS: Row[] = withIds(CLAIMS);
