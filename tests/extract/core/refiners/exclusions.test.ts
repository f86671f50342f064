import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.ts';

describe('dropExclusions and dropUncued: settings and context are not claims', () => {
  it.each([
    'We evaluate ByteScale with the model sizes ranging from 7B to 141B, context lengths from 256K to 2048K, on a production cluster with more than 12,000 GPUs.',
    'AutoDiffusion is evaluated on ImageNet 64 times 64 with only four steps.',
    'We also demonstrate robustness to ~95% of measurements missing.',
    'A cascaded EfficientNet-B2 ensemble is able to achieve similar coverage at 5% risk.',
    'For instance, the LAION public dataset retained only 10% of the total crawled data.',
    'FedAMD achieves the convergence by up to O(1/epsilon) fewer communication rounds.',
    'We train a 2x larger model with 4x more GPUs and an 8x longer context.',
    // A spread observed across settings is no gain: "span", "vary", "differ" before the multiplier, "differences" after.
    'The runtimes of the submitted solvers span three orders of magnitude.',
    'Token usage varies by up to 30x between the two agents, and the two models differ by 2.9x at matched scale.',
    'Exported trajectories from 108 instance-normalized SWE-bench Verified submissions span three orders of magnitude per instance, with no detectable correlation with resolve rate.',
    'LLM task type can lead to 25$\\times$ energy differences.',
    'We use 10-fold cross-validation and repeat each experiment three times.',
    'Training runs on 8x A100 GPUs for 3 days.',
    'Mixtral 8x7B and Llama-2-70B are evaluated with 95% confidence intervals in 2023 [12].',
    'It increases the number of served adapters by several orders of magnitude.',
    'It serves requests within a 100 ms SLO.',
    // A clause about a baseline's results ("whereas a two-stage … baseline attains 77.2%") is not the paper's.
    'HRM is slower, whereas a two-stage Conv--BN--ReLU baseline attains 77.2\\% while training $\\sim 30\\times$ faster per epoch.',
    // A number inside a web address is part of a name.
    'The prompts are released at https://github.com/lab-10x/prompts and www.example.org/v2.5x/ for reuse.',
    'Source code is available at https://github.com/scb-10x/apo.',
    // A spread "by a factor of", and the budgets a study sweeps, are no gains.
    'Tokenizer efficiency varies by a factor of 31.7 across 45 scripts measured with parallel text.',
    'Four mechanisms (oracle entropy across budgets 1–100x, pseudo-labels across thresholds) plateau below iSAGE.',
    // More of a plural is a bigger setup; a multiple describing the compared thing ("the 6.5X more expensive model") is too.
    'We train with 4x more visual tokens and a 2x larger model.',
    'It slightly surpasses the 6.5X more expensive model on code retrieval.',
    // Every number of a list of operating points is one, whichever end says so.
    'We evaluate the pruned models at 30% and 60% sparsity ratios on twelve tasks.',
    'Even with 70% and 90% KV cache compression, the model keeps its quality.',
    'Across 7B to 30B MoE language models at 25\\% and 50\\% pruning ratios over 16 benchmarks, AIMER consistently delivers competitive performance.',
    // A multiple set "at"/"under" a scale or compression is the operating point; standard errors are error bars.
    'These gains are further validated at 5× deployment scale on CIFAR-10.',
    'Our sparse kernels remain stable at 50x sparsity levels and under 3x token compression.',
    'Scores range across configurations (with per-configuration standard errors of 6-12 points).',
    // The memory a device has sizes the setup; what a method uses is stated as used ("requiring only 285KB of RAM").
    'All experiments were run on a consumer workstation (AMD Ryzen 5 7600X CPU, RTX 4060Ti (8GB VRAM), and 64GB RAM while using far fewer training cases.',
    'We deploy it on a commodity smartphone (Qualcomm Snapdragon 7 Gen 1, 12 GB RAM) and it enables faster reconstruction on a single 24GB VRAM device.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it("a named method's loss in a contrasting clause is its result, not the paper's", () => {
    expect(claimsOf('For ShuffleNetV2, our method yields a 10% increase in inference speed, whereas L1-pruning degrades performance by 13.7%.')
      .map((c) => c.value_low)).toEqual([10]);
    expect(claimsOf('Our approach preserves the baseline mAP, while L1-pruning incurs a 1.3% mAP drop for a 6.2% speed increase.')).toEqual([]);
  });

  it('more of a quality, or more of what a method finds, is a result', () => {
    expect(claimsOf('We report a 3.4x more compact and 1.4x more robust representation.').map((c) => [c.value_low, c.comparison])).toEqual([
      [3.4, 'relative'], [1.4, 'relative']]);
    expect(claimsOf('This framework delivers around 2X more assertions and about 2X higher mutation coverage than traditional methods.')
      .map((c) => [c.value_low, c.qualifier, c.baseline])).toEqual([[2, 'approx', ['traditional methods']], [2, 'approx', ['traditional methods']]]);
  });

  it('memory a method uses stays a claim beside memory a device has', () => {
    const claims = claimsOf('It reaches 92% accuracy while requiring only 285KB of RAM, and 833 MB GPU memory (3% of ViT\'s).');
    expect(claims.map((c) => [c.value_low, c.unit, c.metric])).toEqual([[92, '%', 'accuracy'], [285, 'KB', 'memory'], [833, 'MB', 'memory']]);
  });

  it('a gap to a reference is a bounded loss against it; the sparsity it is measured at is a setting', () => {
    const claims = claimsOf('It reaches within 1% of the full-precision accuracy at 50% sparsity.');
    expect(claims.map((c) => [c.value_low, c.unit, c.metric, c.direction, c.qualifier, c.baseline])).toEqual([[1, '%', 'accuracy', 'decrease', 'up_to', ['full-precision']]]);
  });

  it('keeps the level reached, not the starting point ("from 3 days to just 76 minutes")', () => {
    const claims = claimsOf('By increasing the batch size to the memory limit of a TPUv3 Pod, BERT training time can be reduced from 3 days to just 76 minutes (Table 1).');
    expect(claims.map((c) => [c.value_low, c.unit, c.metric, c.comparison])).toEqual([[76, 'min', 'training_time', 'absolute']]);
  });

  it("drops the baseline's own number quoted in parentheses", () => {
    const claims = claimsOf('We train a one-step diffusion model with an FID of 5.02 and 15.7M parameters, outperforming the previous state-of-the-art one-step diffusion model (FID=6.47, 19.4M parameters) on CIFAR10.');
    expect(claims.map((c) => c.value_low)).toEqual([5.02]);
  });

  it('keeps a result inside parentheses', () => {
    const claims = claimsOf('FSMoE is more efficient than existing implementations (with up to a 1.42times speedup).');
    expect(claims.map((c) => [c.value_low, c.baseline])).toEqual([[1.42, ['existing implementations']]]);
  });

  it('drops a device count written as a multiplier ("8x A100")', () => {
    expect(claimsOf('Training on 8xH100 takes only 3 hours.').map((c) => [c.value_low, c.unit, c.hardware, c.hardware_count])).toEqual([[3, 'h', ['H100'], 8]]);
  });

  it('keeps a multiplier of a measure on the device ("2.4× GPU memory reduction", "90x GPU speedups")', () => {
    expect(claimsOf('Ent-Prog achieves up to 2.2$\\times$ training speedup and 2.4$\\times$ GPU memory reduction.').map((c) => [c.value_low, c.metric]))
      .toEqual([[2.2, 'speed'], [2.4, 'memory']]);
    expect(claimsOf('The model delivers over 50x CPU and 90x GPU speedups compared to autoencoder-LSTM baselines.').map((c) => c.value_low))
      .toEqual([50, 90]);
  });

  it('keeps a margin in parentheses after a name ("Faster-RCNN (by 2.6%)"), not a baseline\'s level', () => {
    expect(claimsOf('ConTNet-M also outperforms ResNet50 as the backbone of both Faster-RCNN (by 2.6%) and Mask-RCNN (by 3.2%) on COCO2017 dataset.')
      .map((c) => [c.value_low, c.baseline])).toEqual([[2.6, ['ResNet50']], [3.2, ['ResNet50']]]);
  });

  it('keeps a capacity gained ("supports 3.3 times more concurrent cameras", "enabling 100x longer windows"), not a bigger setup', () => {
    expect(claimsOf('Compared to leading baselines, ECCO improves retraining accuracy by 6.7%-18.1% using the same compute and communication resources, or supports 3.3 times more concurrent cameras at the same accuracy.')
      .map((c) => [c.value_low, c.metric, c.direction])).toEqual([[6.7, 'accuracy', 'increase'], [3.3, 'other', 'increase']]);
    expect(claimsOf('Compared to a baseline without compression, FOCUS reduces KV-cache memory and converts effective inference scaling from O(N^2) to near-linear O(N), enabling about 100x longer inference windows on commodity GPUs.')
      .map((c) => [c.value_low, c.metric, c.direction])).toEqual([[100, 'other', 'increase']]);
    expect(claimsOf('We train a 2x larger model with 4x more GPUs.')).toEqual([]);
  });

  it('keeps a ratio in parentheses after the paper\'s own change verb, not a baseline\'s level', () => {
    expect(claimsOf('We evaluate it over BlendedMVS and DTU64, showing that it substantially reduces latency (1.7-2.0x) and memory usage (1.9-2.4x) while preserving quality.')
      .map((c) => [c.value_low, c.value_high, c.metric])).toEqual([[1.7, 2, 'latency'], [1.9, 2.4, 'memory']]);
  });

  it('drops a ratio that another reaches ("15x compared to 4x for ICAE")', () => {
    expect(claimsOf('We demonstrate empirically that our proposed methods achieve significantly higher compression ratios (15x compared to 4x for ICAE), while being able to attain comparable reconstruction performance.')
      .map((c) => [c.value_low, c.baseline])).toEqual([[15, ['ICAE']]]);
  });

  it('states the same number once per abstract', () => {
    const claims = claimsOf('ConAdv scales the batch to 96K with 75.3% top-1 accuracy. This is the first work to reach 75.3% top-1 accuracy.');
    expect(claims.map((c) => c.value_low)).toEqual([75.3]);
  });
});
