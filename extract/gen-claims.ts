/**
 * Synthetic claims for scale tests of the dashboard: `claimboard gen-claims --rows 100000 -o big.csv`
 * (`npm run gen:claims -- …`).
 *
 * The distributions come from a sample claims table (data/claims.csv, the bundled extracted sample, else the
 * gold-derived dashboard fixture): topics per paper, claims per paper, and per claim a template claim of the same
 * topic whose metric, comparison, direction, unit and qualifier it keeps and whose value it varies (log-normal
 * around the template's). Baselines, hardware and models follow the sample's rates, with a long tail of real
 * system and accelerator names (spec §6) so the facets look like a big corpus. Every claim gets a synthetic
 * evidence sentence that contains its span; a paper's abstract is its sentences joined, so `start`/`end` are
 * offsets into that abstract (`abstract.slice(start, end) === span`) and ids (`paper_id@start-end`) are unique.
 * Factors follow spec §5. A seeded PRNG (mulberry32) makes the output a function of (sample, rows, seed).
 *
 * `generateCorpus` is pure; the CLI only reads the sample and writes CSV with claimsToCsv (papers.csv too with --papers).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { claimFactors } from './core/factor.ts';
import { claimsToCsv, papersToCsv, parseClaimsCsv } from './core/table.ts';
import type { Claim, Metric, PaperRow, Qualifier, Topic } from './core/types.ts';
import { ArgsError, formatHelp, helpHint, parseArgs, type CommandSpec } from './io/args.ts';
import { fileErrorReason } from './io/errors.ts';

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(n: number): number { return Math.floor(this.next() * n); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(list: readonly T[]): T { return list[this.int(list.length)]; }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** Index with probability proportional to weights[i] (cumulative weights precomputed). */
  weighted(cumulative: readonly number[]): number {
    const r = this.next() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid; else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf-like weights 1/(i+1)^s, cumulative. */
function zipf(n: number, s = 1.1): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) out.push((sum += 1 / (i + 1) ** s));
  return out;
}

// ---------------------------------------------------------------- vocabulary for the long tail

/** Accelerators in spec §6, most common first (a Zipf tail after the sample's own). */
export const HARDWARE_TAIL = [
  'A100', 'H100', 'V100', 'RTX 4090', 'RTX 3090', 'RTX A6000', 'A6000', 'T4', 'L4', 'A10G', 'H800', 'A800', 'TPU v4',
  'TPU v3', 'MI250X', 'MI300X', 'H200', 'L40S', 'RTX 3080', 'RTX 2080 Ti', 'GTX 1080 Ti', 'A10', 'A40', 'P100',
  'TPU v5e', 'TPU v5p', 'TPU v2', 'Gaudi2', 'Jetson Orin', 'Jetson AGX Xavier', 'RTX 4080', 'RTX 3060', 'B200', 'GH200',
  'RTX 6000 Ada', 'M2 Max', 'M1', 'M3 Max', 'M2', 'M1 Pro',
].filter((h) => h !== 'A6000');

const NAMED_BASELINES = [
  'vLLM', 'DeepSpeed', 'Megatron-LM', 'PyTorch DDP', 'FasterTransformer', 'TensorRT-LLM', 'Orca', 'HuggingFace Transformers',
  'FlashAttention', 'FlashAttention-2', 'DeepSpeed-MoE', 'Tutel', 'FSDP', 'ZeRO-3', 'GPipe', 'PipeDream', 'SGLang', 'TGI',
  'LightLLM', 'llama.cpp', 'FedAvg', 'FedProx', 'SCAFFOLD', 'DDIM', 'DPM-Solver', 'LoRA', 'QLoRA', 'GPTQ', 'AWQ',
  'SmoothQuant', 'SparseGPT', 'Wanda', 'Alpa', 'Horovod', 'Ray', 'FastMoE', 'GShard', 'Switch Transformer', 'DGL', 'PyG',
  'LAMB', 'LARS', 'AdamW', 'Adam', 'SGD', 'ColossalAI', 'ONNX Runtime', 'TVM', 'cuBLAS', 'cuDNN', 'XLA', 'JAX',
  'Triton', 'xFormers', 'PagedAttention', 'Sarathi', 'DistServe', 'Splitwise', 'S-LoRA', 'Punica', 'Medusa', 'EAGLE',
];
const GENERIC_BASELINES = [
  'state-of-the-art methods', 'existing systems', 'baseline methods', 'prior work', 'the baseline', 'standard training',
  'full fine-tuning', 'existing approaches', 'previous state-of-the-art', 'dense models of similar size', 'naive implementation',
  'existing FL strategies', 'state-of-the-art training frameworks', 'conventional methods', 'strong baselines',
];
const MODELS = [
  'LLaMA-7B', 'LLaMA-13B', 'Llama-2-70B', 'Mistral-7B', 'Mixtral-8x7B', 'GPT-3', 'GPT-2', 'BERT', 'BERT-Large', 'T5',
  'OPT-66B', 'OPT-175B', 'Falcon-40B', 'ResNet-50', 'ResNet-18', 'ViT-B/16', 'ViT-L', 'Stable Diffusion', 'SDXL',
  'EfficientNet-B4', 'GPT-MoE', 'Qwen-7B', 'Gemma-2B', 'Phi-2', 'Vicuna-13B',
];

const SYS_A = ['Flash', 'Spot', 'Turbo', 'Hyper', 'Deep', 'Fast', 'Mega', 'Micro', 'Quick', 'Swift', 'Sparse', 'Lite',
  'Zero', 'Fluid', 'Elastic', 'Smart', 'Adapt', 'Dyna', 'Pipe', 'Tensor', 'Ray', 'Star', 'Nova', 'Omni', 'Poly', 'Meta',
  'Auto', 'Blitz', 'Rapid', 'Echo', 'Pulse', 'Quant', 'Fed', 'Graph', 'Diff', 'Gen', 'Hydra', 'Orion', 'Atlas', 'Vega'];
const SYS_B = ['Serve', 'Train', 'MoE', 'Infer', 'Flow', 'Scale', 'Cache', 'Shard', 'Mix', 'Fuse', 'Batch', 'Stream',
  'Prune', 'Tune', 'Merge', 'Sched', 'Opt', 'Comm', 'Kernel', 'Pipe', 'Gen', 'Diff', 'Net', 'Mem', 'Boost', 'Spec',
  'Dist', 'Fed', 'Graph', 'Quant'];
const SYS_C = ['', '', '', '', '++', '-2', '-X', 'Pro', 'Lite', 'v2', '-Plus', 'Max'];
const TITLE_ADJ = ['Efficient', 'Scalable', 'Fast', 'Memory-Efficient', 'Communication-Efficient', 'Adaptive', 'Practical',
  'Cost-Effective', 'High-Throughput', 'Low-Latency', 'Robust', 'Accurate', 'Lightweight', 'Elastic', 'Towards Efficient'];
const TOPIC_PHRASES: Record<Topic, string[]> = {
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

const TITLE_TAILS = ['', 'with Adaptive Batching', 'via Expert Offloading', 'through Dynamic Sparsity', 'at Scale',
  'on Commodity Hardware', 'for Heterogeneous Clusters', 'with Global Prefix Sharing', 'without Accuracy Loss',
  'Using Learned Schedules', 'in the Wild', 'with Provable Guarantees', 'for Resource-Constrained Devices'];
const LEADS = ['', '', 'Extensive experiments on standard benchmarks show that ', 'On a range of workloads and model sizes, ',
  'Our evaluation demonstrates that ', 'Under the same compute budget, ', 'In end-to-end experiments on real traces, ',
  'Across diverse tasks and datasets, '];
const TAILS = ['', '', ', while preserving model quality', ' across a wide range of settings', ', without any loss in accuracy',
  ' under realistic workloads', ' on average over all benchmarks we consider', ', with negligible overhead'];

const METRIC_NOUN: Record<Metric, string> = {
  throughput: 'throughput', latency: 'latency', speed: 'training', training_time: 'training time', memory: 'memory usage',
  energy: 'energy consumption', cost: 'cost', communication: 'communication volume', parameters: 'trainable parameters',
  accuracy: 'accuracy', fid: 'FID', other: 'the target metric',
};

// ---------------------------------------------------------------- the sample's distributions

export interface Profile {
  topics: { values: Topic[]; cumulative: number[] };
  /** How many claims the sample's papers have (one entry per paper). */
  claimsPerPaper: number[];
  /** Sample claims by topic (the templates a synthetic claim copies its kind from). */
  byTopic: Map<Topic, Claim[]>;
  all: Claim[];
  baselineRate: number;
  baselineLists: string[][];
  hardwareRate: number;
  hardwareLists: string[][];
  hardwareCountRate: number;
  modelRate: number;
  models: string[];
  rangeRate: number;
}

/** The distributions of a sample claims table (needs at least one claim). */
export function profileOf(sample: readonly Claim[]): Profile {
  if (sample.length === 0) throw new Error('the sample has no claims');
  const papers = new Map<string, Claim[]>();
  for (const c of sample) {
    let list = papers.get(c.paper_id);
    if (!list) papers.set(c.paper_id, (list = []));
    list.push(c);
  }
  const topicCount = new Map<Topic, number>();
  for (const list of papers.values()) topicCount.set(list[0].topic, (topicCount.get(list[0].topic) ?? 0) + 1);
  const values = [...topicCount.keys()];
  let sum = 0;
  const cumulative = values.map((t) => (sum += topicCount.get(t)!));
  const byTopic = new Map<Topic, Claim[]>();
  for (const c of sample) {
    let list = byTopic.get(c.topic);
    if (!list) byTopic.set(c.topic, (list = []));
    list.push(c);
  }
  const withHw = sample.filter((c) => c.hardware.length > 0);
  const rate = (n: number) => n / sample.length;
  return {
    topics: { values, cumulative },
    claimsPerPaper: [...papers.values()].map((l) => l.length),
    byTopic,
    all: [...sample],
    baselineRate: rate(sample.filter((c) => c.baseline.length > 0).length),
    baselineLists: sample.filter((c) => c.baseline.length > 0).map((c) => c.baseline),
    hardwareRate: rate(withHw.length),
    hardwareLists: withHw.map((c) => c.hardware),
    hardwareCountRate: withHw.length ? withHw.filter((c) => c.hardware_count !== null).length / withHw.length : 0.3,
    modelRate: rate(sample.filter((c) => c.model !== '').length),
    models: sample.filter((c) => c.model !== '').map((c) => c.model),
    rangeRate: rate(sample.filter((c) => c.value_high !== c.value_low).length),
  };
}

// ---------------------------------------------------------------- numbers, spans, sentences

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A value like the template's: log-normal around it, kept in the unit's sensible range. */
function varyValue(rng: Rng, t: Claim): number {
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

const fmt = (n: number) => String(n);

const QUALIFIER_WORDS: Record<Qualifier, string[]> = {
  up_to: ['up to ', 'as much as ', 'up to '], at_least: ['over ', 'more than ', 'at least '],
  approx: ['around ', 'about ', 'approximately ', 'nearly '], average: ['on average ', 'an average of '], exact: [''],
};

/** The span as an abstract would write it. */
function spanOf(rng: Rng, unit: string, low: number, high: number, qualifier: Qualifier): string {
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

function joinList(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The sentence around a claim; returns it and where the span starts in it. */
function sentenceOf(
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

// ---------------------------------------------------------------- the generator

export interface GenerateOptions {
  /** Number of claims (exactly). */
  rows: number;
  seed?: number;
  /** The sample whose distributions are copied. */
  sample: readonly Claim[];
}

export interface Corpus {
  claims: Claim[];
  papers: PaperRow[];
}

function systemName(rng: Rng): string {
  return `${rng.pick(SYS_A)}${rng.pick(SYS_B)}${rng.pick(SYS_C)}`;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

function pickList(rng: Rng, fromSample: readonly string[][], tail: readonly string[], tailCum: number[], tailShare: number): string[] {
  if (fromSample.length === 0 || rng.chance(tailShare)) {
    const n = rng.chance(0.15) ? 2 : 1;
    const out = new Set<string>();
    for (let i = 0; i < n; i++) out.add(tail[rng.weighted(tailCum)]);
    return [...out];
  }
  return [...rng.pick(fromSample)];
}

/** `rows` synthetic claims (and their papers) with the sample's distributions; deterministic for (sample, rows, seed). */
export function generateCorpus({ rows, seed = 1, sample }: GenerateOptions): Corpus {
  if (!Number.isInteger(rows) || rows < 0) throw new Error(`rows must be a whole number >= 0 (got ${rows})`);
  const rng = new Rng(mulberry32(seed));
  const p = profileOf(sample);
  const hwCum = zipf(HARDWARE_TAIL.length);
  const blTail = [...NAMED_BASELINES, ...GENERIC_BASELINES];
  const blCum = zipf(blTail.length, 0.9);
  const modelCum = zipf(MODELS.length, 0.8);
  const claims: Claim[] = [];
  const papers: PaperRow[] = [];
  let paperNo = 0;
  while (claims.length < rows) {
    paperNo++;
    const topic = p.topics.values[rng.weighted(p.topics.cumulative)];
    const system = systemName(rng);
    const title = `${system}: ${rng.pick(TITLE_ADJ)} ${rng.pick(TOPIC_PHRASES[topic] ?? TOPIC_PHRASES.Other)} ${rng.pick(TITLE_TAILS)}`.trimEnd();
    const paperId = `${slug(title)}-${paperNo.toString(36)}`;
    const n = Math.min(rows - claims.length, Math.max(1, rng.pick(p.claimsPerPaper) + (rng.chance(0.3) ? rng.int(3) - 1 : 0)));
    const templates = p.byTopic.get(topic) ?? p.all;
    const sentences: string[] = [`We present ${system}, a new approach to ${(rng.pick(TOPIC_PHRASES[topic] ?? TOPIC_PHRASES.Other)).toLowerCase()}.`];
    let offset = sentences[0].length + 1;
    const paperHardware = new Set<string>();
    for (let k = 0; k < n; k++) {
      const t = rng.chance(0.75) ? rng.pick(templates) : rng.pick(p.all);
      const qualifier = rng.chance(0.85) ? t.qualifier : rng.pick(p.all).qualifier;
      const low = varyValue(rng, t);
      let high = low;
      if (rng.chance(p.rangeRate) && t.unit !== 'FID') {
        high = round(low * (1.2 + rng.next() * 2), t.unit === 'x' && low < 10 ? 2 : 1);
        if (t.unit === '%' && (t.direction === 'decrease' || t.metric === 'accuracy')) high = Math.min(high, 99);
        if (high <= low) high = low;
      }
      const baseline = t.comparison === 'relative' && rng.chance(p.baselineRate)
        ? pickList(rng, p.baselineLists, blTail, blCum, 0.6) : [];
      const hardware = rng.chance(p.hardwareRate) ? pickList(rng, p.hardwareLists, HARDWARE_TAIL, hwCum, 0.6) : [];
      const hardwareCount = hardware.length === 1 && rng.chance(p.hardwareCountRate) ? rng.pick([1, 1, 2, 4, 8, 8, 16, 32, 64]) : null;
      const model = rng.chance(p.modelRate) ? (rng.chance(0.5) && p.models.length ? rng.pick(p.models) : MODELS[rng.weighted(modelCum)]) : '';
      const claim = {
        paper_id: paperId, title, system, topic, metric: t.metric, comparison: t.comparison, direction: t.direction,
        value_low: low, value_high: high, unit: t.unit, qualifier,
        ...claimFactors({
          value_low: low, value_high: high, unit: t.unit, direction: t.direction, comparison: t.comparison, metric: t.metric,
        }),
        baseline, hardware, hardware_count: hardwareCount, model,
        span: spanOf(rng, t.unit, low, high, qualifier),
      };
      const s = sentenceOf(rng, system, claim);
      const start = offset + s.at;
      claims.push({ ...claim, start, end: start + claim.span.length, evidence: s.text });
      sentences.push(s.text);
      offset += s.text.length + 1;
      for (const h of hardware) paperHardware.add(h);
    }
    papers.push({ paper_id: paperId, title, system, topic, hardware_mentioned: [...paperHardware], n_claims: n, abstract: sentences.join(' ') });
  }
  return { claims, papers };
}

// ---------------------------------------------------------------- CLI

/** The default sample: the bundled extracted claims, else the gold-derived dashboard fixture. */
export function defaultSamplePath(root = fileURLToPath(new URL('..', import.meta.url))): string {
  const data = join(root, 'data/claims.csv');
  return existsSync(data) ? data : join(root, 'tests/fixtures/dashboard/claims.csv');
}

export function readSample(path: string): Claim[] {
  return parseClaimsCsv(readFileSync(path, 'utf8')).claims;
}

export const GEN_CLAIMS_COMMAND = {
  command: 'claimboard gen-claims',
  summary: "seeded synthetic claims with a sample table's distributions, for testing the dashboard at scale",
  flags: [
    { name: 'rows', value: 'N', help: 'how many claims to make', required: true },
    { name: 'out', short: 'o', value: 'FILE', help: 'write the claims CSV to FILE', default: 'stdout' },
    { name: 'seed', value: 'S', help: 'PRNG seed (an integer); the same seed and sample give the same file', default: '1' },
    { name: 'sample', value: 'FILE', help: 'claims CSV whose distributions to copy', default: 'data/claims.csv, else tests/fixtures/dashboard/claims.csv' },
    { name: 'papers', value: 'FILE', help: "also write the synthetic papers' papers.csv to FILE", default: 'not written' },
  ],
  examples: [
    'claimboard gen-claims --rows 100000 -o big.csv',
    'claimboard gen-claims --rows 5000 --seed 7 --sample my-claims.csv --papers papers.csv > claims.csv',
  ],
} as const satisfies CommandSpec;

export function runGenCli(
  argv: readonly string[], io: { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } },
): number {
  let parsed;
  try {
    parsed = parseArgs(GEN_CLAIMS_COMMAND, argv);
  } catch (err) {
    if (!(err instanceof ArgsError)) throw err;
    io.stderr.write(`error: ${err.message}\n${helpHint(GEN_CLAIMS_COMMAND)}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(formatHelp(GEN_CLAIMS_COMMAND));
    return 0;
  }
  const { flags } = parsed;
  const rows = Number(flags.rows);
  const seed = Number(flags.seed ?? '1');
  for (const [name, value, ok] of [['rows', flags.rows, /^\d+$/.test(flags.rows)], ['seed', flags.seed, /^-?\d+$/.test(flags.seed ?? '1')]] as const) {
    if (!ok) {
      io.stderr.write(`error: --${name} needs a whole number${name === 'rows' ? ' >= 0' : ''}, got "${value}"\n${helpHint(GEN_CLAIMS_COMMAND)}\n`);
      return 2;
    }
  }
  const samplePath = flags.sample ?? defaultSamplePath();
  let sample: Claim[];
  try {
    sample = readSample(samplePath);
    if (sample.length === 0) throw new Error('no claims in it');
  } catch (err) {
    io.stderr.write(`error: cannot use sample ${samplePath}: ${fileErrorReason(err)}\n`);
    return 2;
  }
  const t0 = performance.now();
  const { claims, papers } = generateCorpus({ rows, seed, sample });
  const out = flags.out === undefined || flags.out === '-' ? null : flags.out;
  const claimsCsv = `${claimsToCsv(claims)}\r\n`;
  for (const [path, text] of [[out, claimsCsv], [flags.papers ?? null, `${papersToCsv(papers)}\r\n`]] as const) {
    if (path === null) continue;
    try {
      writeFileSync(path, text);
    } catch (err) {
      io.stderr.write(`error: cannot write ${path}: ${fileErrorReason(err)}\n`);
      return 2;
    }
  }
  if (out === null) io.stdout.write(claimsCsv);
  io.stderr.write(`${claims.length} claims of ${papers.length} papers (seed ${seed}, sample ${samplePath}) → ${out ?? 'stdout'} in ${Math.round(performance.now() - t0)} ms\n`);
  return 0;
}

// Run as a file (`tsx extract/gen-claims.ts …`): the same as `claimboard gen-claims …`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runGenCli(process.argv.slice(2), process);
}
