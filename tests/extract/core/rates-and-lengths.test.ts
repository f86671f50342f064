/**
 * Forms found by reading numbers the extractor left out of the 10k corpus's result sentences, and rows it charted with
 * the wrong number (stop 28). Each row is a real sentence in its own words; a failing row prints the refiners' trace.
 */
import { describe, it } from 'vitest';
import { expectClaims, type Fields } from './helpers.ts';

describe('the share of the work a method gets done is its rate, a level', () => {
  it.each<[string, Fields[]]>([
    // The list's first verb holds for the shares after it.
    ['On more challenging benchmarks, it solves 70.8% of ProverBench and 41.5% of PutnamBench with no more than 220 attempts per problem.', [
      { value_low: 70.8, unit: '%', metric: 'accuracy', comparison: 'absolute' }, { value_low: 41.5, unit: '%', metric: 'accuracy', comparison: 'absolute' }]],
    ['We analysed over 10,000 real world agent trajectories and found that it successfully resolves 90% of the misbehaviors that require a single intervention.', [
      { value_low: 90, metric: 'accuracy', comparison: 'absolute' }]],
    // A share used or kept is still a setting or a share of the baseline, not a rate.
    ['It matches full fine-tuning while training on 10% of the data.', []],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a level in parentheses after a name, where a score is named before, is the level there', () => {
  it.each<[string, Fields[]]>([
    // Every name of the list, not only the one after "on"; "bridging the gap" after the parenthesis is no change.
    ['We propose beta-LASSO, which achieves state-of-the-art accuracies for training fully-connected nets on CIFAR-10 (85.19%), CIFAR-100 (59.56%) and SVHN (94.07%) bridging the gap.', [
      { value_low: 85.19, comparison: 'absolute', metric: 'accuracy' }, { value_low: 59.56, comparison: 'absolute', metric: 'accuracy' },
      { value_low: 94.07, comparison: 'absolute', metric: 'accuracy' }]],
    // Charted as 1.39x and 1.18x gains before.
    ['On the dataset, GPT-5 exhibited a localization accuracy of 49.7%, followed by GPT-4 (39.1%) and MedGemma (17.7%).', [
      { value_low: 49.7, comparison: 'absolute' }, { value_low: 39.1, comparison: 'absolute' }, { value_low: 17.7, comparison: 'absolute' }]],
    // Without a score named before, a percentage after a name says nothing of itself.
    ['The corpus mixes English (62%) and German (38%) documents.', []],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('praise, a record or the word "success" cue a level', () => {
  it.each<[string, Fields[]]>([
    ['(3) For the first time, we demonstrate that a simple method could achieve competitive 65.8% MOTA on the MOT17 challenge dataset.', [
      { value_low: 65.8, metric: 'accuracy', comparison: 'absolute', span: '65.8%' }]],
    ['Our agent sets a new SOTA of 76.7% on AndroidWorld, surpassing UI-Tars-2.', [
      { value_low: 76.7, metric: 'accuracy', comparison: 'absolute', baseline: ['UI-Tars-2'] }]],
    ['We show that our policy generalizes to three unseen tracks with 100% success without per-track retraining.', [
      { value_low: 100, metric: 'accuracy', comparison: 'absolute' }]],
    // A budget the result is held to names no metric of its own: the rate is the score.
    ['Our agent achieves a state-of-the-art 35.1% any-medal rate on MLE-Bench with a restricted 12-hour budget.', [
      { value_low: 35.1, metric: 'accuracy', comparison: 'absolute' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('shorter is a comparative: of a time a decrease in it, of a length no accuracy', () => {
  it.each<[string, Fields[]]>([
    // Charted as a 10x slowdown (speed, factor 0.1) before: "training times" is the training time.
    ['It also delivers over 100X faster rendering and more than 10X shorter training times, making it practical.', [
      { value_low: 100, metric: 'speed', direction: 'increase', factor_low: 100 }, { value_low: 10, metric: 'training_time', direction: 'decrease', factor_low: 10 }]],
    ['Furthermore, HDC reduces training times by 200x.', [{ value_low: 200, metric: 'training_time', factor_low: 200 }]],
    ['Our scheduler yields 30% shorter completion times than Slurm.', [
      { value_low: 30, metric: 'latency', comparison: 'relative', direction: 'decrease', baseline: ['Slurm'] }]],
    // A length is 'other' (it was an accuracy loss, factor 0.6).
    ['Our proofs are 40% shorter than those of GPT-4.', [{ value_low: 40, metric: 'other', comparison: 'relative', direction: 'decrease' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('what a metric word names in a setting is no measure', () => {
  it.each<[string, Fields[]]>([
    // "memory units" are the devices measured on; the gains were charted as memory savings up to 9.2x.
    ['Experimental validation on 2.4 million waveforms from eight memory units demonstrated mean improvements of 37.1\\% and 41.5\\% for 4-tap and 8-tap equalizer configurations.', [
      { value_low: 37.1, metric: 'accuracy', direction: 'increase' }, { value_low: 41.5, metric: 'accuracy', direction: 'increase' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a model named by its size or shape is a baseline', () => {
  it.each<[string, Fields[]]>([
    ['Our 7B model achieves 5% higher accuracy than 32B models.', [{ value_low: 5, baseline: ['32B models'] }]],
    ['The 2-block variant incurs 37% lower throughput relative to 1-block variants.', [
      { value_low: 37, metric: 'throughput', direction: 'decrease', baseline: ['1-block variants'] }]],
    // A number after "over" is still a qualifier, not a baseline.
    ['It is over 10-fold faster than vLLM.', [{ value_low: 10, qualifier: 'at_least', baseline: ['vLLM'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('bandwidths, overheads and levels named before "of"', () => {
  it.each<[string, Fields[]]>([
    ['It also supports near real-time inference on resource-constrained edge devices, reaching about 1MB/s on MacBook CPUs.', [
      { value_low: 1, unit: 'MB/s', metric: 'throughput', comparison: 'absolute', qualifier: 'approx' }]],
    ['We build a traffic classification system that demonstrates robust real-world performance with a throughput of 261.87 Mb/s.', [
      { value_low: 261.87, unit: 'Mb/s', metric: 'throughput', comparison: 'absolute' }]],
    // A bandwidth the design must stay within is a setting.
    ['It allows for high-fidelity transmission within a 40 Mbps bandwidth constraint.', []],
    // An overhead is a cost in time unless a cue names what it is of ("memory overhead").
    ['A prototype shows that the price of this preservation is modest -- 5-7% transfer overhead -- and scaling analysis projects savings.', [
      { value_low: 5, value_high: 7, metric: 'latency', comparison: 'relative', direction: 'increase' }]],
    ['The method reaches the target accuracy with 27% lower memory overhead than standard online adaptation.', [
      { value_low: 27, metric: 'memory', comparison: 'relative', direction: 'decrease' }]],
    // A change noun before "in" says the way: a reduction in an overhead is a decrease.
    ['A controlled benchmark shows a 95 percent reduction in coordination overhead.', [{ value_low: 95, direction: 'decrease' }]],
    // ("incurs … loss, and (iii) improves": the verb of the claim's own clause, not the earlier one's.)
    ['The framework (i) achieves up to 96.72% accuracy on predicting top-15 beams correctly, (ii) incurs roughly 0.77 dB average power loss, and (iii) improves the overall latency and beam searching space overheads by 86.81% and 76.56% respectively.', [
      { value_low: 96.72, direction: 'increase' }, { value_low: 86.81, direction: 'decrease' }, { value_low: 76.56, direction: 'decrease' }]],
    ['The comparative analysis demonstrates that our method achieves a pass ratio of 70.13% across all evaluated tasks.', [
      { value_low: 70.13, metric: 'accuracy', comparison: 'absolute' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe("the levels listed after a baseline's level are the baselines'", () => {
  it.each<[string, Fields[]]>([
    ['In the transit recovery experiment, TransitNet achieves a recovery rate of 93.0 percent, substantially exceeding those of TLS (63.1 percent) and BLS (60.0 percent).', [
      { value_low: 93, comparison: 'absolute', baseline: ['TLS', 'BLS'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('baselines: what a margin is within, comparative phrases, pairs of slash pairs', () => {
  it.each<[string, Fields[]]>([
    // "within N of X" names X for that claim alone; the claim after it keeps none.
    ['XMAG achieved diagnostic accuracy within 1% of substantially larger foundation models.', [
      { value_low: 1, baseline: ['substantially larger foundation models'] }]],
    ['On Gemma2-9B, mild smoothing keeps HiFA4 within 0.7 pp of BF16 while reducing MMLU regressions by 27%.', [
      { value_low: 0.7, baseline: ['BF16'] }, { value_low: 27, baseline: [] }]],
    // A size in an "e.g." aside is no name; the phrase before it stands.
    ['GG enables smaller models (e.g., 1.5B parameters) to achieve accuracy matching or surpassing significantly larger models (e.g., 32B-70B parameters), while reducing GPU memory usage by up to 10x.', [
      { value_low: 10, metric: 'memory', baseline: ['significantly larger models'] }]],
    // Real time is a pace, not a system compared against.
    ['It runs comfortably faster than real-time on CPU with 0.56 s algorithmic latency.', [{ value_low: 0.56, metric: 'latency', baseline: [] }]],
    // Two slash pairs and two measures, "respectively": a pair per measure.
    ['On a Jetson Orin Nano embedded GPU, we achieve up to 1.52x/1.57x and 1.64x/1.77x latency and energy-consumption improvements during training and inference, respectively.', [
      { value_low: 1.52, metric: 'latency' }, { value_low: 1.57, metric: 'latency' }, { value_low: 1.64, metric: 'energy' }, { value_low: 1.77, metric: 'energy' }]],
    // The corpus's own sentence, without "respectively": slash pairs joined by "and" before two measures pair all the same.
    ['When deploying our adaptation pipeline on a Jetson Orin Nano embedded GPU, we achieve up to 1.52x/1.57x and 1.64x/1.77x latency and energy-consumption improvements during online training/inference compared to weights-only adaptation.', [
      { value_low: 1.52, metric: 'latency' }, { value_low: 1.57, metric: 'latency' }, { value_low: 1.64, metric: 'energy' }, { value_low: 1.77, metric: 'energy' }]],
    // One number per measure is no pair of pairs: "1.4x and 2x higher throughput and lower latency" stays as it was read.
    ['It delivers 1.4x and 2x higher throughput than vLLM.', [{ value_low: 1.4, metric: 'throughput' }, { value_low: 2, metric: 'throughput' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('amounts of recorded data, reductions of unnamed things, the measure after the other side', () => {
  it.each<[string, Fields[]]>([
    // Hours of recorded data are a dataset's size, not a training time.
    ['We present baseline Conformer-based models trained on a corpus of 5,000 hours of professionally transcribed earnings calls, achieving a CER of 1.7.', [
      { value_low: 1.7, metric: 'other' }]],
    ['We demonstrate that it suffices to train our temporal architecture on only 10 minutes of footage of 1 subject.', []],
    // A reduction of something no cue names was charted as a 16.5x slowdown (speed, factor 1/16.5).
    ['MSC substantially reduces measured-subspace dispersion for Soft samplers (a median 16.5x reduction for DPS across five brain contrasts).', [
      { value_low: 16.5, metric: 'other', direction: 'decrease', factor_low: 16.5 }]],
    // "vs. 74.2% resolution": the other side's figure and the measure's name; the baseline is named before, its version
    // number part of its name.
    ['Peak-quality exceeds the always-strong Claude Sonnet 4.6 baseline (75.4% vs. 74.2% resolution).', [
      { value_low: 75.4, comparison: 'absolute', baseline: ['always-strong Claude Sonnet 4.6 baseline'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a short version number ends a baseline name', () => {
  it.each<[string, Fields[]]>([
    ['Combined with a halt, it cuts prefilling attack success to 0% on every model, outperforming Llama Guard 3.', [{ baseline: ['Llama Guard 3'] }]],
    // Not a figure: "USD~10,000" is money.
    ['The strategy keeps a moderate drawdown (10--18\\% relative to a portfolio value of USD~10,000).', [{ value_low: 10 }]],
  ])('%s', (text, expected) => expectClaims(text, expected, false));
});

describe('"N times less" of no named quantity is no speed', () => {
  it.each<[string, Fields[]]>([
    // Charted as a 1000x slowdown (speed, factor 0.001) before.
    ['Estimates indicate significant power savings, with the Loihi consumption (0.0032 J/inf) being up to 3 orders of magnitude less compared to the estimated x86 CPU (11.3 J/inf).', [
      { value_low: 1000, metric: 'other', direction: 'decrease', factor_low: 1000 }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a cut in a time read as speed is faster, not slower', () => {
  it.each<[string, Fields[]]>([
    // Both were charted as slowdowns (factor 1/40, 1/250).
    ['The results also show a 40x decrease in wall-clock time compared to existing approaches.', [
      { value_low: 40, metric: 'speed', direction: 'increase', factor_low: 40 }]],
    ['It uses a fixed-depth network to reduce the decomposition time (by 250x for the LargeST benchmark).', [
      { value_low: 250, metric: 'speed', direction: 'increase', factor_low: 250 }]],
    // Slower stays slower.
    ['The same model on a no-AMX Ice Lake instance runs 13-27x slower.', [{ value_low: 13, metric: 'speed', direction: 'decrease', factor_low: 0.037 }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('efficiencies go up; a cut in an unnamed quantity is no accuracy loss', () => {
  it.each<[string, Fields[]]>([
    // Parameter efficiency improves by going up (it was a 5.5x parameter increase, factor 0.18).
    ['One-for-All achieves state-of-the-art efficiency-accuracy trade-offs: 5.5x higher parameter efficiency than TimesNet.', [
      { value_low: 5.5, metric: 'parameters', direction: 'increase', factor_low: 5.5 }]],
    // "40.4% area reduction" was an accuracy loss (factor 0.6).
    ['Experimental results show that MDTransformer achieves 40.4% area reduction, 63.6% power saving, and comparable accuracy.', [
      { value_low: 40.4, metric: 'other', direction: 'decrease' }, { value_low: 63.6, metric: 'energy', direction: 'decrease' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, false));
});

describe('less of a loss, more efficient: the good way', () => {
  it.each<[string, Fields[]]>([
    // All three were charted as losses.
    ['It selects ONNX model candidates with up to a 54.14% reduction in accuracy loss compared to the fully quantized model.', [
      { value_low: 54.14, metric: 'accuracy', direction: 'increase', factor_low: 1.5414 }]],
    ['VibeToken-Gen maintains a constant 179G FLOPs (63.4x efficient) independent of resolution.', [
      { value_low: 63.4, metric: 'cost', direction: 'decrease', factor_low: 63.4 }]],
    ['The smallest scale transfers across all compute budgets, yielding $1.58\\times$ compute efficiency over a strong Muon baseline.', [
      { value_low: 1.58, metric: 'cost', direction: 'increase', factor_low: 1.58 }]],
    // A reduction of the loss itself (perplexity) stays a decrease.
    ['It yields a 12% reduction in perplexity.', [{ value_low: 12, direction: 'decrease' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('"leads X by N" compares with X', () => {
  it.each<[string, Fields[]]>([
    ['On OCRBench-v2, it leads the strongest pruned baselines by 1.80 and 0.68 percentage points on Qwen3-VL-8B and InternVL3.5-8B, respectively.', [
      { value_low: 1.8, baseline: ['strongest pruned baselines'] }, { value_low: 0.68, baseline: ['strongest pruned baselines'] }]],
    // "leads to" is a consequence, and "leads by" names nothing.
    ['This leads to a 2x speedup over vLLM.', [{ value_low: 2, baseline: ['vLLM'] }]],
    ['Our model leads by 3.2 points on MMLU.', [{ value_low: 3.2, baseline: [] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a change noun right before the number says its way; "Nx of X" compares with X', () => {
  it.each<[string, Fields[]]>([
    // Charted as a 46x slowdown: "reduced" earlier in the clause was taken for the speedup's way.
    ['By reducing the complexity, the complexity is reduced to O(N), achieving a speedup of approximately 46 times when the number of devices N=35.', [
      { value_low: 46, metric: 'speed', direction: 'increase', factor_low: 46 }]],
    ['For parallel matrix multiplication algorithms, our mapper achieves up to 1.31X of the expert-designed solution.', [
      { value_low: 1.31, baseline: ['expert-designed solution'] }]],
    // After "of", a measure is what is compared, not against what.
    ['Our method outperforms state-of-the-art baselines in all 3D content generation scenarios with approximately only $0.1\\times$ of the model size.', [
      { value_low: 0.1, metric: 'parameters', baseline: ['state-of-the-art baselines'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe("the other side's figures in a list, a corpus's size, a task's time", () => {
  it.each<[string, Fields[]]>([
    ['At 32K tokens, CONF-KV reaches 91.4% retrieval accuracy versus 53.8% for sliding windows and 80.6% for H2O.', [
      { value_low: 91.4, comparison: 'absolute' }]],
    ['The framework achieves pass rates of 96.22% and 91.37% on HumanEval-X and EffiBench-X respectively, surpassing GPT-4o\'s 78.66% and 49.11%.', [
      { value_low: 96.22 }, { value_low: 91.37 }]],
    ['Our fine-tuned models, tokenizer and cleaned vngrs-web-corpus of 135 GB are publicly available.', []],
    // Completing a task is a latency, not a training time.
    ['On a real WidowX robotic arm, it completes the task in 12 seconds, 10x faster than behavioral cloning.', [
      { value_low: 12, metric: 'latency' }, { value_low: 10, metric: 'speed' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('suspended hyphens in a comma list; a size compared is no speed', () => {
  it.each<[string, Fields[]]>([
    ['Our models require 2 to 8x fewer training tokens for the same accuracy as FLOP-, parameter-, and memory-matched baselines.', [
      { value_low: 2, baseline: ['FLOP-matched baselines', 'parameter-matched baselines', 'memory-matched baselines'] }]],
    ['Facial region accounts for 25.2% of color variance -- 3.6x greater than device effects (7.0%).', [{ value_low: 3.6, metric: 'other' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, false));
});

describe('the time a level is read at is a setting', () => {
  it.each<[string, Fields[]]>([
    ['Over longer windows the original 72B transients fall from 23.6% at half-second resolution to 1.6% at 30 s and zero at 5 min; a composed fleet shows zero violations at 30 s and longer.', [
      { value_low: 1.6, unit: '%' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('times of a step, a prediction, a setting a sentence opens with', () => {
  it.each<[string, Fields[]]>([
    // The other side's figure "for" a name names it; compiling is a step's latency.
    ['Compilation takes 0.1-2.4 seconds versus 6-96 seconds for torch.compile on supported GPU paths.', [
      { value_low: 0.1, value_high: 2.4, metric: 'latency', baseline: ['torch.compile'] }]],
    ['On the studied case, the learned surrogate produces 6-hour predictions in about 0.4 s on a single NVIDIA A100 GPU.', [
      { value_low: 0.4, metric: 'latency', hardware: ['A100'] }]],
    // "On FLEURS at 160 ms, …": the latency setting, not a result.
    ['On FLEURS at 160 ms, the mean EN-ML word error rate (WER) gap falls from 4.21 to 1.20 percentage points.', [
      { value_low: 1.2 }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('BD-rate is a rate that improves by going down', () => {
  it.each<[string, Fields[]]>([
    // The scales it is measured in are no metric of the claims (they were accuracy losses, factor 0.79).
    ['NVRC-Lite outperforms C3, one of the best lightweight INR-based video codecs, with up to 21.03% and 23.06% BD-rate savings when measured in PSNR and MS-SSIM, respectively.', [
      { value_low: 21.03, metric: 'other', direction: 'decrease', factor_low: 1.2663 }, { value_low: 23.06, metric: 'other', direction: 'decrease', factor_low: 1.2997 }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('less time is a speed; the rate a result is read at is a setting', () => {
  it.each<[string, Fields[]]>([
    ['The method finds demonstration data for five tabletop manipulation tasks, while requiring 5-8x less data collection time.', [
      { value_low: 5, value_high: 8, metric: 'speed', direction: 'increase' }]],
    ['Our detector reaches 91% recall at false positive rates of 1%.', [{ value_low: 91 }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('how a generic baseline was trained is part of it', () => {
  it.each<[string, Fields[]]>([
    ['This strategy consistently outperforms models trained from scratch (baselines), achieving a 7.23% improvement in tour length.', [
      { value_low: 7.23, baseline: ['models trained from scratch'] }]],
    ['Our judge model produces higher quality rationales, with a win rate of 62% on average compared to models just trained via SFT on rationales.', [
      { value_low: 62, baseline: ['models just trained via SFT'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('violations are counted, whatever they are violations of', () => {
  it.each<[string, Fields[]]>([
    ['Against the full 500-step 7B trace, the controller cuts power-limit violations by 89.8% while increasing token output by 18.1%.', [
      { value_low: 89.8, metric: 'other', direction: 'decrease' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, false));
});

describe('a swept interval is no claim; a multiple of an improved quality no cue names is no speed', () => {
  it.each<[string, Fields[]]>([
    ['The cost ratio between gated synthetic and human-authored RLVR tasks stays in $[1.4\\times, 11.6\\times]$ across the plausible range.', []],
    // A range of results written as an interval stays.
    ['Our kernels achieve speedups in $[1.2\\times, 3.4\\times]$ on H100.', [{ value_low: 1.2, metric: 'speed' }, { value_low: 3.4, metric: 'speed' }]],
    ['BettiSafe improves resistance to feature inversion by 2 to 5 times compared to depth-based heuristics.', [
      { value_low: 2, value_high: 5, metric: 'other', baseline: ['depth-based heuristics'] }]],
    // A bare efficiency keeps what the sentence measured before it.
    ['It achieves a training throughput of 1.41M tokens/s, improving the efficiency by 1.88x compared to Megatron-LM.', [
      { value_low: 1.88, metric: 'throughput', baseline: ['Megatron-LM'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected, false));
});
