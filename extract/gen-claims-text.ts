/**
 * gen-claims' words: the long tail of real system, accelerator and model names, title and sentence pieces, and
 * how a claim's number, span and evidence sentence are written.
 */
import type { Claim, Metric, Qualifier, Topic } from './core/types.ts';
import { Rng } from './gen-random.ts';

// ---------------------------------------------------------------- vocabulary for the long tail

/** Accelerators in spec §6, most common first (a Zipf tail after the sample's own). */
export const HARDWARE_TAIL = [
  'A100', 'H100', 'V100', 'RTX 4090', 'RTX 3090', 'RTX A6000', 'A6000', 'T4', 'L4', 'A10G', 'H800', 'A800', 'TPU v4',
  'TPU v3', 'MI250X', 'MI300X', 'H200', 'L40S', 'RTX 3080', 'RTX 2080 Ti', 'GTX 1080 Ti', 'A10', 'A40', 'P100',
  'TPU v5e', 'TPU v5p', 'TPU v2', 'Gaudi2', 'Jetson Orin', 'Jetson AGX Xavier', 'RTX 4080', 'RTX 3060', 'B200', 'GH200',
  'RTX 6000 Ada', 'M2 Max', 'M1', 'M3 Max', 'M2', 'M1 Pro',
].filter((h) => h !== 'A6000');

export const NAMED_BASELINES = [
  'vLLM', 'DeepSpeed', 'Megatron-LM', 'PyTorch DDP', 'FasterTransformer', 'TensorRT-LLM', 'Orca', 'HuggingFace Transformers',
  'FlashAttention', 'FlashAttention-2', 'DeepSpeed-MoE', 'Tutel', 'FSDP', 'ZeRO-3', 'GPipe', 'PipeDream', 'SGLang', 'TGI',
  'LightLLM', 'llama.cpp', 'FedAvg', 'FedProx', 'SCAFFOLD', 'DDIM', 'DPM-Solver', 'LoRA', 'QLoRA', 'GPTQ', 'AWQ',
  'SmoothQuant', 'SparseGPT', 'Wanda', 'Alpa', 'Horovod', 'Ray', 'FastMoE', 'GShard', 'Switch Transformer', 'DGL', 'PyG',
  'LAMB', 'LARS', 'AdamW', 'Adam', 'SGD', 'ColossalAI', 'ONNX Runtime', 'TVM', 'cuBLAS', 'cuDNN', 'XLA', 'JAX',
  'Triton', 'xFormers', 'PagedAttention', 'Sarathi', 'DistServe', 'Splitwise', 'S-LoRA', 'Punica', 'Medusa', 'EAGLE',
];
export const GENERIC_BASELINES = [
  'state-of-the-art methods', 'existing systems', 'baseline methods', 'prior work', 'the baseline', 'standard training',
  'full fine-tuning', 'existing approaches', 'previous state-of-the-art', 'dense models of similar size', 'naive implementation',
  'existing FL strategies', 'state-of-the-art training frameworks', 'conventional methods', 'strong baselines',
];
export const MODELS = [
  'LLaMA-7B', 'LLaMA-13B', 'Llama-2-70B', 'Mistral-7B', 'Mixtral-8x7B', 'GPT-3', 'GPT-2', 'BERT', 'BERT-Large', 'T5',
  'OPT-66B', 'OPT-175B', 'Falcon-40B', 'ResNet-50', 'ResNet-18', 'ViT-B/16', 'ViT-L', 'Stable Diffusion', 'SDXL',
  'EfficientNet-B4', 'GPT-MoE', 'Qwen-7B', 'Gemma-2B', 'Phi-2', 'Vicuna-13B',
];

export const SYS_A = ['Flash', 'Spot', 'Turbo', 'Hyper', 'Deep', 'Fast', 'Mega', 'Micro', 'Quick', 'Swift', 'Sparse', 'Lite',
  'Zero', 'Fluid', 'Elastic', 'Smart', 'Adapt', 'Dyna', 'Pipe', 'Tensor', 'Ray', 'Star', 'Nova', 'Omni', 'Poly', 'Meta',
  'Auto', 'Blitz', 'Rapid', 'Echo', 'Pulse', 'Quant', 'Fed', 'Graph', 'Diff', 'Gen', 'Hydra', 'Orion', 'Atlas', 'Vega'];
export const SYS_B = ['Serve', 'Train', 'MoE', 'Infer', 'Flow', 'Scale', 'Cache', 'Shard', 'Mix', 'Fuse', 'Batch', 'Stream',
  'Prune', 'Tune', 'Merge', 'Sched', 'Opt', 'Comm', 'Kernel', 'Pipe', 'Gen', 'Diff', 'Net', 'Mem', 'Boost', 'Spec',
  'Dist', 'Fed', 'Graph', 'Quant'];
export const SYS_C = ['', '', '', '', '++', '-2', '-X', 'Pro', 'Lite', 'v2', '-Plus', 'Max'];
export const TITLE_ADJ = ['Efficient', 'Scalable', 'Fast', 'Memory-Efficient', 'Communication-Efficient', 'Adaptive', 'Practical',
  'Cost-Effective', 'High-Throughput', 'Low-Latency', 'Robust', 'Accurate', 'Lightweight', 'Elastic', 'Towards Efficient'];
export const TOPIC_PHRASES: Record<Topic, string[]> = {
  'LLM serving & inference': ['LLM Serving', 'Large Language Model Inference', 'Batched LLM Inference', 'KV-Cache Management', 'Speculative Decoding'],
  'Distributed & parallel training': ['Distributed Training', 'Pipeline-Parallel Training', 'Data-Parallel Training at Scale', 'Large Model Training'],
  'Mixture of Experts': ['Mixture-of-Experts Training', 'MoE Inference', 'Sparse Expert Models', 'Expert Parallelism'],
  'Diffusion & generative models': ['Diffusion Sampling', 'One-Step Image Generation', 'Text-to-Image Diffusion', 'Real-Time Generation'],
  'Federated learning': ['Federated Learning', 'Cross-Device Federated Training', 'Heterogeneous Federated Learning'],
  'Optimization & large-batch training': ['Large-Batch Training', 'Second-Order Optimization', 'Learning-Rate Schedules'],
  'Parameter-efficient fine-tuning & model merging': ['Parameter-Efficient Fine-Tuning', 'LoRA Adapters', 'Model Merging'],
  'Quantization, pruning & compression': ['Post-Training Quantization', 'Structured Pruning', 'Model Compression'],
  'Data selection, curation & distillation': ['Data Selection', 'Dataset Distillation', 'Data Curation for Pretraining'],
  'Benchmarks & evaluation': ['Efficient Evaluation', 'Benchmarking Foundation Models', 'Sample-Level Benchmarking'],
  'Graph learning': ['Graph Neural Network Training', 'Mini-Batch GNN Training', 'Large Graph Learning'],
  Other: ['Video Understanding', 'Scientific Machine Learning', 'Multi-Agent Systems', 'Edge Deployment'],
};

export const TITLE_TAILS = ['', 'with Adaptive Batching', 'via Expert Offloading', 'through Dynamic Sparsity', 'at Scale',
  'on Commodity Hardware', 'for Heterogeneous Clusters', 'with Global Prefix Sharing', 'without Accuracy Loss',
  'Using Learned Schedules', 'in the Wild', 'with Provable Guarantees', 'for Resource-Constrained Devices'];
export const LEADS = ['', '', 'Extensive experiments on standard benchmarks show that ', 'On a range of workloads and model sizes, ',
  'Our evaluation demonstrates that ', 'Under the same compute budget, ', 'In end-to-end experiments on real traces, ',
  'Across diverse tasks and datasets, '];
export const TAILS = ['', '', ', while preserving model quality', ' across a wide range of settings', ', without any loss in accuracy',
  ' under realistic workloads', ' on average over all benchmarks we consider', ', with negligible overhead'];

export const METRIC_NOUN: Record<Metric, string> = {
  throughput: 'throughput', latency: 'latency', speed: 'training', training_time: 'training time', memory: 'memory usage',
  energy: 'energy consumption', cost: 'cost', communication: 'communication volume', parameters: 'trainable parameters',
  accuracy: 'accuracy', fid: 'FID', other: 'the target metric',
};

// ---------------------------------------------------------------- numbers, spans, sentences

export const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A value like the template's: log-normal around it, kept in the unit's sensible range. */
export function varyValue(rng: Rng, t: Claim): number {
  const base = t.value_low > 0 ? t.value_low : 1;
  let v = base * Math.exp(rng.normal() * 0.45);
  switch (t.unit) {
    case 'x': return round(Math.min(200, Math.max(1.05, v)), v < 10 ? 2 : 1);
    case '%': {
      const max = t.direction === 'decrease' || t.metric === 'accuracy' ? 95 : 400;
      return round(Math.min(max, Math.max(0.2, v)), 2);
    }
    case 'pp': return round(Math.min(30, Math.max(0.1, v)), 1);
    case 'FID': return round(Math.min(60, Math.max(0.8, v)), 2);
    default:
      v = Math.max(0.01, v);
      return round(v, v < 10 ? 2 : v < 1000 ? 1 : 0);
  }
}

export const fmt = (n: number) => String(n);

export const QUALIFIER_WORDS: Record<Qualifier, string[]> = {
  up_to: ['up to ', 'as much as ', 'up to '], at_least: ['over ', 'more than ', 'at least '],
  approx: ['around ', 'about ', 'approximately ', 'nearly '], average: ['on average ', 'an average of '], exact: [''],
};

/** The span as an abstract would write it. */
export function spanOf(rng: Rng, unit: string, low: number, high: number, qualifier: Qualifier): string {
  const q = rng.pick(QUALIFIER_WORDS[qualifier]);
  const range = high !== low;
  switch (unit) {
    case 'x':
      if (range) return rng.chance(0.5) ? `${q}${fmt(low)}x to ${fmt(high)}x` : `${q}${fmt(low)}-${fmt(high)}x`;
      return rng.chance(0.8) ? `${q}${fmt(low)}x` : `${q}${fmt(low)} times`;
    case '%': return range ? `${q}${fmt(low)}-${fmt(high)}%` : `${q}${fmt(low)}%`;
    case 'pp': return range ? `${q}${fmt(low)}-${fmt(high)} points` : `${q}+${fmt(low)} points`;
    case 'FID': return `${q}FID of ${fmt(low)}`;
    default: return range ? `${q}${fmt(low)}-${fmt(high)} ${unit}` : `${q}${fmt(low)} ${unit}`;
  }
}

export function joinList(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The sentence around a claim; returns it and where the span starts in it. */
export function sentenceOf(
  rng: Rng, system: string, c: Omit<Claim, 'start' | 'end' | 'evidence'>,
): { text: string; at: number } {
  const noun = METRIC_NOUN[c.metric];
  const lead = rng.pick(LEADS);
  let head: string;
  let comparative = false;
  if (c.comparison === 'absolute') {
    head = rng.pick([`${system} achieves `, `${system} reaches `, `our method attains `]);
  } else if (c.unit === 'x' && c.direction === 'increase' && (c.metric === 'speed' || c.metric === 'throughput')) {
    head = rng.pick([`${system} runs `, `${system} is `, `${system} delivers `]);
    comparative = true;
  } else {
    const verb = c.direction === 'increase' ? rng.pick(['improves', 'increases', 'raises']) : rng.pick(['reduces', 'cuts', 'lowers']);
    head = `${system} ${verb} ${noun} by `;
  }
  head = lead ? lead + head : head.charAt(0).toUpperCase() + head.slice(1);
  let tail = '';
  if (c.comparison === 'absolute') tail += rng.pick([` ${noun === 'FID' ? 'on ImageNet 256x256' : `in ${noun}`}`, '']);
  else if (comparative) tail += head.endsWith('delivers ') ? ' higher throughput' : ' faster';
  if (c.baseline.length) tail += ` ${comparative ? 'than' : rng.pick(['compared to', 'over', 'relative to'])} ${joinList(c.baseline)}`;
  if (c.hardware.length) {
    const n = c.hardware_count;
    const gpus = c.hardware.every((h) => /^(?:[ABHLPTV]\d|GH|RTX|GTX)/.test(h));
    tail += ` on ${n !== null ? `${n} ` : ''}${joinList(c.hardware)}${gpus ? ` GPU${n !== null && n > 1 ? 's' : ''}` : ''}`;
  }
  if (c.model) tail += ` with ${c.model}`;
  tail += rng.pick(TAILS);
  return { text: `${head}${c.span}${tail}.`, at: head.length };
}

