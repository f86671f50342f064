/**
 * Named versus generic baselines has one definition (canonicalSystem gives '' for a generic phrase), and the
 * dashboard's Baseline facet and chart rows read canonical names.
 */
import { describe, expect, it } from 'vitest';
import { canonicalSystem } from '../../../extract/core/canonical-system.ts';
import { baselineKey, baselineKeys, GENERIC_BASELINES } from '../../../src/lib/baselines.ts';

describe('baselineKey', () => {
  it.each([
    ['vLLM', 'vLLM'], ['vLLM-0.2.7', 'vLLM'], ["vLLM's PagedAttention", 'vLLM'], ['vLLM baseline', 'vLLM'], ['Orca', 'Orca'],
    ['DeepSpeed-MoE', 'DeepSpeed-MoE'], ['HuggingFace PEFT', 'PEFT'], ['NVIDIA FasterTransformer', 'FasterTransformer'],
    ['Tutel', 'Tutel'], ['DDIM', 'DDIM'], ['AutoPipline', 'AutoPipline'], ['standard LoRA', 'LoRA'],
    ['single EfficientNet-B4', 'EfficientNet-B4'], ['Megatron-LM', 'Megatron-LM'], ['Megatron', 'Megatron-LM'],
    ['TRT-LLM', 'TensorRT-LLM'],
  ])('%j is the named system %j', (written, name) => {
    expect(baselineKey(written)).toBe(name);
  });

  it.each(['state-of-the-art training frameworks', 'baseline methods', 'existing FL strategies', 'SOTA baselines',
    'previous state-of-the-art diffusion models', 'state-of-the-art MoE training systems', 'base model', 'top-performing method',
    'FP16 baselines', ''])('%j is generic', (written) => {
    expect(baselineKey(written)).toBe(GENERIC_BASELINES);
  });

  it('where the old capital-letter rule and canonicalSystem disagreed, canonicalSystem decides', () => {
    // Once generic by its lower-case words, now the system it names; once named for its capitals, now generic.
    expect(baselineKey('default vLLM first-come')).toBe('vLLM');
    expect(baselineKey('strongly-tuned FSDP2 baseline')).toBe(canonicalSystem('FSDP2'));
    expect(baselineKey('SOTA')).toBe(GENERIC_BASELINES);
  });

  it('generic exactly when canonicalSystem gives the empty name', () => {
    for (const b of ['vLLM', 'baseline methods', 'Q4_K_M', 'behavioral cloning', 'the baseline', 'SGLang v0.4']) {
      expect(baselineKey(b) === GENERIC_BASELINES).toBe(canonicalSystem(b) === '');
    }
  });
});

describe('baselineKeys', () => {
  it('each canonical name once, then one generic key for any generic phrases', () => {
    expect(baselineKeys({ baseline: ['vLLM-0.2.7', 'baseline methods', 'vLLM', 'HF Transformers', 'prior work'] }))
      .toEqual(['vLLM', canonicalSystem('HF Transformers'), GENERIC_BASELINES]);
    expect(baselineKeys({ baseline: [] })).toEqual([]);
  });
});
