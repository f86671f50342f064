/**
 * canonicalSystem (spec §6b): the spellings of one system join into one name, unknown names stay as written,
 * generic phrases are never names; the vocabulary's data holds together; and the function is a fixed point that
 * never throws.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalSystem, knownSystem, SYSTEM_ENTRIES, systemKey } from '../../../extract/core/canonical-system.ts';

describe('canonicalSystem joins the spellings of one system', () => {
  it.each([
    ['vLLM', ['vLLM', 'vllm', 'VLLM', 'vLLM-0.2.7', 'vLLM v0.5.4', 'vLLM v0.6.3', 'vLLM 0.4', "vLLM's PagedAttention", 'PagedAttention',
      'the vLLM baseline', 'vLLM (v0.6.3)', 'vanilla vLLM', 'FP16 vLLM', 'vLLM with prefix caching', 'vLLM’s scheduler']],
    // Bare "Hugging Face" as a baseline is its Transformers library (generate()): PEFT, TGI and Diffusers are their own.
    ['Hugging Face Transformers', ['HuggingFace Transformers', 'HF Transformers', 'Hugging Face Transformers', 'Hugging Face',
      'HuggingFace', 'huggingface transformers', "huggingface's implementation with pytorch backend"]],
    ['DeepSpeed-Inference', ['DeepSpeed-Inference', 'DeepSpeed Inference', 'deepspeed inference', 'DS-Inference']],
    ['FlashAttention-2', ['FlashAttention-2', 'FlashAttention2', 'FA2', 'Flash Attention 2', 'flash-attention-2', 'FlashAttention v2',
      'FlashAttention-2 kernels', "PyTorch's FlashAttention-2"]],
    ['TensorRT-LLM', ['TensorRT-LLM', 'TRT-LLM', 'TensorRT LLM', 'NVIDIA TensorRT-LLM', "NVIDIA's TensorRT-LLM", 'vanilla TensorRT-LLM']],
    ['Megatron-LM', ['Megatron-LM', 'Megatron', 'Megatron LM', 'Megatron-Core', 'NVIDIA Megatron-LM', "Megatron-LM's tensor parallelism"]],
    ['LoRA', ['LoRA', 'standard LoRA', 'vanilla LoRA', 'Low-Rank Adaptation', 'LoRA fine-tuning', 'the standard LoRA baseline']],
    ['FasterTransformer', ['NVIDIA FasterTransformer', 'FasterTransformer']],
    ['PEFT', ['HuggingFace PEFT', 'Hugging Face PEFT', "Hugging Face's PEFT"]],
    ['ZeRO-3', ['ZeRO-3', 'ZeRO stage 3', 'DeepSpeed ZeRO-3', "DeepSpeed's ZeRO-3", 'DeepSpeed ZeRO-3 with CPU offloading']],
    ['Tensor Parallelism', ['tensor parallelism', 'standard tensor parallelism', 'tensor parallelism baseline']],
    ['H2O', ['H2O', 'H$_2$O']],
  ])('%s', (name, spellings) => {
    for (const s of spellings) expect([s, canonicalSystem(s)]).toEqual([s, name]);
  });

  it('keeps a model size as part of the name, and drops the tuning suffix', () => {
    expect(canonicalSystem('Llama-2-7B')).toBe('Llama-2-7B');
    expect(canonicalSystem('LLaMA-2-7b-chat-hf')).toBe('Llama-2-7B');
    expect(canonicalSystem('Llama 2 70B')).toBe('Llama-2-70B');
    expect(canonicalSystem('Qwen2.5-7B-Instruct')).toBe('Qwen2.5-7B');
    expect(canonicalSystem('Mixtral-8x7B')).toBe('Mixtral-8x7B');
    expect(canonicalSystem('Qwen3-30B-A3B')).toBe('Qwen3-30B-A3B');
    expect(canonicalSystem('BERT-base-uncased')).toBe('BERT-Base');
    expect(canonicalSystem('ViT-B/16')).toBe('ViT-B/16');
    // A model's generation is no release version: GPT-4 is not GPT, Qwen3 is not Qwen.
    expect(canonicalSystem('GPT-4')).toBe('GPT-4');
    expect(canonicalSystem('Qwen3')).toBe('Qwen3');
    expect(canonicalSystem('YOLOv9')).toBe('YOLOv9');
  });
});

describe('names nobody listed and generic phrases', () => {
  it.each([
    ['DistFoo', 'DistFoo'], ['  Sarathi-Lite  ', 'Sarathi-Lite'], ['Foo baseline', 'Foo'], ['standard Foo', 'Foo'],
    ['Foo, baseline', 'Foo'], ['leading probabilistic model checker PRISM', 'PRISM'], ['Foo with prefix caching', 'Foo'],
    ['Triton + cuBLAS baseline', 'Triton + cuBLAS'], ['RTX 4090', 'RTX 4090'], ['TPU v6e', 'TPU v6e'], ["Foo's scheduler", 'Foo'],
    ['NVIDIA Orin Nano', 'NVIDIA Orin Nano'],
  ])('%j stays a name: %j', (written, name) => {
    expect(canonicalSystem(written)).toBe(name);
    expect(knownSystem(written)).toBeUndefined();
  });

  it.each([
    'state-of-the-art methods', 'existing systems', 'the baseline', 'prior work', 'FP16 model', 'FP16 baselines', 'full fine-tuning',
    'SOTA', 'previous SOTA', 'state-of-the-art training frameworks', 'baseline methods', 'existing FL strategies', 'LoRA variants',
    'LLM-based approaches', 'existing serving systems', 'base model', 'strongest baseline', 'GPU', 'H100 GPUs and CPUs',
    'state-of-the-art speculative decoding methods', '3.5-bit counterpart', '', '   ', '—', "our method's", 'teacher', 'random',
  ])('%j is generic', (phrase) => {
    expect(canonicalSystem(phrase)).toBe('');
  });
});

describe('the vocabulary (lexicon/systems.json)', () => {
  it('has several hundred entries, each with a name and a kind', () => {
    expect(SYSTEM_ENTRIES.length).toBeGreaterThan(300);
    for (const e of SYSTEM_ENTRIES) expect([e.name, e.name.trim().length > 0 && e.kind.length > 0]).toEqual([e.name, true]);
  });

  it('maps every name and alias to its entry, and no spelling is claimed by two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of SYSTEM_ENTRIES) {
      for (const spelling of [e.name, ...(e.aliases ?? [])]) {
        const key = systemKey(spelling);
        const other = owner.get(key);
        if (other !== undefined && other !== e.name) clashes.push(`${spelling}: ${other} and ${e.name}`);
        owner.set(key, e.name);
        if (canonicalSystem(spelling) !== e.name) clashes.push(`${spelling} → ${canonicalSystem(spelling)}, not ${e.name}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('canonicalSystem as a function', () => {
  const NAMEISH = fc.constantFrom(
    'vLLM', 'the', 'standard', 'baseline', 'methods', "'s", '’s', ' ', '-', '(', ')', 'v0.2.7', '7B', 'Llama-2', 'FP16',
    'state-of-the-art', 'Foo', 'kernels', 'NVIDIA', 'with', 'x', '0.4', 'FA2', 'instruct', '$', '_', '.', ',', 'Hugging Face',
  );
  const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.array(NAMEISH, { maxLength: 8 }).map((parts) => parts.join(' ')), fc.array(NAMEISH, { maxLength: 8 }).map((parts) => parts.join('')));

  it('never throws and is a fixed point: canonicalSystem(canonicalSystem(x)) === canonicalSystem(x)', () => {
    fc.assert(fc.property(text, (x) => {
      const once = canonicalSystem(x);
      expect(canonicalSystem(once)).toBe(once);
    }), { numRuns: 3000 });
  });

  it('reads long and hostile strings in linear time', () => {
    const started = performance.now();
    for (const s of ['1.'.repeat(50_000), 'the '.repeat(50_000), `${'a'.repeat(100_000)}'s b`, 'vLLM '.repeat(20_000), '('.repeat(50_000)]) {
      const once = canonicalSystem(s);
      expect(canonicalSystem(once)).toBe(once);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
