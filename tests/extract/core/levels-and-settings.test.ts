/**
 * Levels, settings and restatements read off the 10k-abstract corpus: levels listed after a cued one or broken down by
 * setting, one number stated twice in a sentence, statistics and bounds noted after a number, thresholds and conditions
 * that are settings, others' figures. Each phrasing in our own words first, then the corpus sentence that showed it.
 * A failing row prints the refiners' trace.
 */
import { describe, it } from 'vitest';
import { expectClaims, type Fields } from './helpers.ts';

describe('levels listed after a cued one', () => {
  it.each<[string, Fields[]]>([
    // A note in parentheses after a benchmark does not end the list.
    ['The model scores 71.2% on MMLU, 64.0% on GPQA (diamond subset), and 55.5% on MATH.', [
      { value_low: 71.2, comparison: 'absolute' }, { value_low: 64, comparison: 'absolute' }, { value_low: 55.5, comparison: 'absolute' }]],
    ['Step 3.5 Flash demonstrates strong performance across agent, coding, and math tasks, achieving 85.4% on IMO-AnswerBench, 86.4% on LiveCodeBench-v6 (2024.08-2025.05), 88.2% on tau2-Bench, 69.0% on BrowseComp (with context management), and 51.0% on Terminal-Bench.', [
      { value_low: 85.4, comparison: 'absolute' }, { value_low: 86.4, comparison: 'absolute' }, { value_low: 88.2, comparison: 'absolute' },
      { value_low: 69, comparison: 'absolute' }, { value_low: 51, comparison: 'absolute' }]],
    // A level broken down by setting; not a share of data given after a comma.
    ['The robot reaches a 70% success rate, with 90% on rigid objects and 50% on cloth.', [
      { value_low: 70, comparison: 'absolute' }, { value_low: 90, comparison: 'absolute' }, { value_low: 50, comparison: 'absolute' }]],
    ['In real-world evaluations, the world model with TC-IDM achieves an average success rate of 61.11 percent, with 77.7 percent on simple tasks and 38.46 percent on zero-shot deformable object tasks.', [
      { value_low: 61.11, comparison: 'absolute' }, { value_low: 77.7, comparison: 'absolute' }, { value_low: 38.46, comparison: 'absolute' }]],
    ['Across two evaluation sets totaling 764 telephony recordings, the system achieves a combined 96.1% accuracy (734/764), with 99.3% (139/140) on an expert-labeled test set and 95.4% (595/624) on a held-out production set.', [
      { value_low: 96.1, comparison: 'absolute' }, { value_low: 99.3, comparison: 'absolute' }, { value_low: 95.4, comparison: 'absolute' }]],
    ['It reaches 90% accuracy, with 5% of the labels in training.', [{ value_low: 90, comparison: 'absolute' }]],
    // The same statement again for another setting, its noun left out after ", and"; not a share set after a setting.
    ['The agent gains 12% and 8% in success rate on the easy split, and 5% and 3% on the hard split.', [
      { value_low: 12, comparison: 'relative' }, { value_low: 8, comparison: 'relative' }, { value_low: 5, comparison: 'relative' },
      { value_low: 3, comparison: 'relative' }]],
    ['As a result, RECONSIDER learns to eliminate close false positive passages, and achieves a new state of the art on four QA tasks, including 45.5% Exact Match accuracy on Natural Questions with real user questions, and 61.7% on TriviaQA.', [
      { value_low: 45.5, comparison: 'absolute' }, { value_low: 61.7, comparison: 'absolute' }]],
    ['It reaches 90% accuracy on the test set, and 20% of the labels are noisy.', [{ value_low: 90, comparison: 'absolute' }]],
    // "with N% on <Benchmark>": the score there.
    ['It stays competitive on older benchmarks with 71.2% on Spider and 64.0% on BIRD.', [
      { value_low: 71.2, comparison: 'absolute' }, { value_low: 64, comparison: 'absolute' }]],
    ['Extensive experiments show that AV-SQL achieves 70.38% execution accuracy on the challenging Spider 2.0 benchmark, outperforming state-of-the-art baselines, while remaining competitive on standard datasets with 85.59% on Spider, 72.16% on BIRD and 63.78% on KaggleDBQA.', [
      { value_low: 70.38, comparison: 'absolute' }, { value_low: 85.59, comparison: 'absolute' }, { value_low: 72.16, comparison: 'absolute' },
      { value_low: 63.78, comparison: 'absolute' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('one number twice in a sentence, and more of an outcome than another gets', () => {
  it.each<[string, Fields[]]>([
    // Two quantities named after the same number are two claims; a restatement in parentheses stays one.
    ['The renderer gives 2x faster training, 40x less memory and 2x faster rendering than 3DGS.', [
      { value_low: 2, metric: 'speed' }, { value_low: 40, metric: 'memory' }, { value_low: 2, metric: 'speed' }]],
    ['Our results on three datasets show that Trick-GS achieves up to 2x faster training, 40x smaller disk size and 2x faster rendering speed compared to vanilla GS, while having comparable accuracy.', [
      { value_low: 2, metric: 'speed' }, { value_low: 40, metric: 'memory' }, { value_low: 2, metric: 'speed' }]],
    // A change noun with what it changed names a quantity too.
    ['Experimental validation of enterprise Corporate Systems Engineering and SAP migration projects demonstrates an 85% reduction in testing timeline, an 85% improvement in test suite efficiency, and projected 35% cost savings.', [
      { value_low: 85, direction: 'decrease' }, { value_low: 85, direction: 'increase' }, { value_low: 35, direction: 'decrease' }]],
    ['On MNIST, QuantFL reduces total communication by 40\\% ($\\simeq40\\%$ total-bit reduction with full-precision downlink).', [
      { value_low: 40, metric: 'communication' }]],
    // One value twice in a list of settings' results is two claims.
    ['OmniZip achieves 42%, 57%, 62% and 42%, 53% higher compression efficiency than gzip on CLIC-M, TouchandGo, enwik9, LibriSpeech, and WikiText.', [
      { value_low: 42, metric: 'memory' }, { value_low: 57, metric: 'memory' }, { value_low: 62, metric: 'memory' }, { value_low: 42, metric: 'memory' },
      { value_low: 53, metric: 'memory' }]],
    // "N times more <outcome> than X" is a result against X; "N times more likely" is no speed.
    ['The generator places 3-6x more objects than prior methods.', [{ value_low: 3, value_high: 6, metric: 'other', baseline: ['prior methods'] }]],
    ['SceneSmith generates 3-6x more objects than prior methods, with <2% inter-object collisions.', [
      { value_low: 3, value_high: 6, metric: 'other', baseline: ['prior methods'] }]],
    ['We find that humans are 2.5x more likely than the best AI re-rankers to cite a direct collaborator.', [
      { value_low: 2.5, value_high: 2.5, metric: 'other', baseline: ['best AI re-rankers'] }]],
    // More of the setup stays a setup.
    ['It trains on 4x more GPUs than the baseline.', []],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('a statistic noted right after the number', () => {
  it.each<[string, Fields[]]>([
    ['The accelerator gives 2.1 times (median) speedup and 1.8 times (median) lower energy than the GPU.', [
      { value_low: 2.1, metric: 'speed' }, { value_low: 1.8, metric: 'energy' }]],
    ['Compared with existing GPU/NMP designs, Helios achieves 3.25 times (geomean) speedup and 3.36 times (geomean) better energy efficiency.', [
      { value_low: 3.25, metric: 'speed' }, { value_low: 3.36, metric: 'energy' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('thresholds, plurals of hundreds, bounds noted before the phrase', () => {
  it.each<[string, Fields[]]>([
    // An SLO's threshold is a setting; "100s of GB" is hundreds, "2s of latency" two seconds.
    ['It cuts SLO violations of 500ms by 40%.', [{ value_low: 40, metric: 'other' }]],
    ['It gives a 21.2% reduction in P90 tail TTFT compared to LRU, along with up to 38.9% decrease in SLO violations of 200ms.', [
      { value_low: 21.2, metric: 'latency' }, { value_low: 38.9, metric: 'other' }]],
    ['Our key findings are: i) serving LLMs requires 100s of GB per server to serve a model instance; ii) bandwidth is critical.', []],
    ['Plan conditioning costs ~$0.002 per problem and adds ~2s of latency.', [{ value_low: 0.002 }, { value_low: 2 }]],
    // "(up to N%)" between a number and its phrase: the phrase still says what both measure.
    ['The scheduler gives an average of 20% (up to 35%) energy savings.', [
      { value_low: 20, metric: 'energy', comparison: 'relative' }, { value_low: 35, metric: 'energy', comparison: 'relative' }]],
    ['Evaluated across diverse agentic tasks, KAIROS achieves an average of 27% (up to 39.8%) power reduction while meeting the performance targets.', [
      { value_low: 27, metric: 'energy', comparison: 'relative' }, { value_low: 39.8, metric: 'energy', comparison: 'relative' }]],
    // Area efficiency is no energy efficiency.
    ['The architecture achieves up to 40x and 1.9x higher energy efficiency and 4.1x and 2.5x higher area efficiency, respectively.', [
      { value_low: 40, metric: 'energy' }, { value_low: 1.9, metric: 'energy' }, { value_low: 4.1, metric: 'other' }, { value_low: 2.5, metric: 'other' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('conditions, others\' figures, scores reached, a method named before its measure', () => {
  it.each<[string, Fields[]]>([
    // A change set as the sentence's condition is no claim.
    ['If pruning half of the heads by 50%, the model still answers well.', []],
    ['We find that when reducing the size of the KV cache by 2x, most configurations can achieve competitive performance.', []],
    ['When deployed on A100, it achieves a 2x speedup.', [{ value_low: 2, hardware: ['A100'] }]],
    // "in comparison to N% achieved by X" is X's figure.
    ['It reaches 18.6% in comparison to 21.3% achieved by Huffman codes.', [{ value_low: 18.6 }]],
    // A score reached is a level.
    ['Our method achieves up to 87.5% BERT Score and token throughput of 0.37 tokens/sec.', [
      { value_low: 87.5, comparison: 'absolute' }, { value_low: 0.37, comparison: 'absolute' }]],
    // "matches full fine-tuning accuracy …, but also delivers 4.5x lower latency": full fine-tuning is the baseline.
    ['PrefillShare not only matches full fine-tuning accuracy on a broad range of tasks and models, but also delivers 4.5x lower p95 latency.', [
      { value_low: 4.5, baseline: ['full fine-tuning'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('error levels, costlier, a level kept past a loss', () => {
  it.each<[string, Fields[]]>([
    // A share of false positives or negatives is a level of an 'other' quantity that improves going down.
    ['The detector reaches 95 percent recall with 3 percent false positives.', [
      { value_low: 95, metric: 'accuracy', comparison: 'absolute', direction: 'increase' },
      { value_low: 3, metric: 'other', comparison: 'absolute', direction: 'decrease' }]],
    ['A custom Detectron2 model achieved 99 percent detection rate with 2 percent false positives and 0.6 percent false negatives.', [
      { value_low: 99, metric: 'accuracy', comparison: 'absolute', direction: 'increase' },
      { value_low: 2, metric: 'other', comparison: 'absolute', direction: 'decrease' },
      { value_low: 0.6, metric: 'other', comparison: 'absolute', direction: 'decrease' }]],
    // "costlier" is a cost that went up.
    ['The judge is ~100x costlier than the scorers.', [{ value_low: 100, metric: 'cost', direction: 'increase' }]],
    // A loss before "while maintaining" is not the loss of the level kept.
    ['The system enhances prediction reliability, recovering 47.9% of attack-induced performance degradation while maintaining exceptional precision (91.3%) and minimal false positive rates (1.21%).', [
      { value_low: 47.9, metric: 'accuracy', comparison: 'relative', direction: 'increase' },
      { value_low: 91.3, metric: 'accuracy', comparison: 'absolute', direction: 'increase' },
      { value_low: 1.21, metric: 'other', comparison: 'absolute', direction: 'decrease' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('a share named by a rate-like noun is a level', () => {
  it.each<[string, Fields[]]>([
    ['The planner reaches 88% task completion rate and 97% SLO attainment.', [
      { value_low: 88, comparison: 'absolute' }, { value_low: 97, comparison: 'absolute' }]],
    ['Our evaluation demonstrates 92.5% query validity, 95.1% schema compliance, and 90.7\\% semantic accuracy on 2,847 production queries.', [
      { value_low: 92.5, comparison: 'absolute' }, { value_low: 95.1, comparison: 'absolute' }, { value_low: 90.7, comparison: 'absolute' }]],
    ['On TPU v6e, XLA-generated code reaches approximately 140 TFLOPS on prefill ($15%$ MFU) and up to $64%$ bandwidth utilisation on decode.', [
      { value_low: 140, comparison: 'absolute' }, { value_low: 15, comparison: 'absolute' }, { value_low: 64, comparison: 'absolute' }]],
    // A change of a rate stays a change.
    ['It raises the cache hit rate by 20% and gives a 15% hit rate improvement on B.', [
      { value_low: 20, comparison: 'relative' }, { value_low: 15, comparison: 'relative' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('a share taken away, a drop that stays under a bound', () => {
  it.each<[string, Fields[]]>([
    ['The method prunes 45% of the FLOPs with no accuracy loss.', [{ value_low: 45, comparison: 'relative', direction: 'decrease' }]],
    ['Physical compaction removes up to 73.0\\% of parameters without accuracy loss on MNIST.', [
      { value_low: 73, comparison: 'relative', direction: 'decrease' }]],
    ['The accuracy drops stay below 1% on all tasks.', [{ value_low: 1, comparison: 'relative', direction: 'decrease' }]],
    ['With int8 quantization, accuracy drops remain <2.5% across representative tasks.', [
      { value_low: 2.5, comparison: 'relative', direction: 'decrease' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('a budget held as the condition is no cost claim', () => {
  it.each<[string, Fields[]]>([
    ['It beats the best agent by 12% within a 500K token budget.', [{ value_low: 12, metric: 'accuracy' }]],
    ['Our experiments demonstrate that SAFARI outperforms state-of-the-art results by 20% on the Who&When dataset within a 1M token budget.', [
      { value_low: 20, metric: 'accuracy' }]],
    // A budget that is the claim's own quantity stays a cost.
    ['MIRAGE matches explicit chain-of-thought fine-tuning with a 3-5x lower decoded-token budget.', [{ value_low: 3, metric: 'cost' }]],
    // What a verb suppresses, named by no metric, is 'other'.
    ['Recency-based eviction suppresses distortion by roughly two orders of magnitude over random retention at equal budget.', [
      { value_low: 100, metric: 'other' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe("a named method's lesser result after 'while' is not ours", () => {
  it.each<[string, Fields[]]>([
    ['Our decoder reaches a 4.1x speedup, while Medusa achieves only 2.2x.', [{ value_low: 4.1 }]],
    ['Moreover, on HumanEval with Qwen3-30B-A3B, DEER attains a 5.54x speedup, while EAGLE-3 achieves only 2.41x.', [{ value_low: 5.54 }]],
    ['For example, on ResNet-20 on CIFAR10, it reaches 99.3% sparsity with 74.0% accuracy in 7.9 minutes, while LTR attains the same sparsity with 68.3% accuracy in 95.2 minutes.', [
      { value_low: 99.3 }, { value_low: 74 }, { value_low: 7.9 }]],
    // A result of its own kind after "while" may be the paper's own variant's.
    ['PatchCore-Lite achieves a 79% reduction in total memory footprint, while PaDiM-Lite achieves a 77% reduction in total memory.', [
      { value_low: 79 }, { value_low: 77 }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('fewer training steps is training time (spec §3: "26% fewer epochs")', () => {
  it.each<[string, Fields[]]>([
    ['It converges with 3x fewer training iterations than SGD.', [{ value_low: 3, metric: 'training_time', direction: 'decrease' }]],
    ['FCDM-XL achieves competitive performance with 7× and 7.5× fewer training steps at 256×256 and 512×512 resolutions, respectively.', [
      { value_low: 7, metric: 'training_time', direction: 'decrease' }, { value_low: 7.5, metric: 'training_time', direction: 'decrease' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('a comparative with no noun of its own is about the quantity just before it', () => {
  it.each<[string, Fields[]]>([
    ['The model has 2M parameters, 30x fewer than BERT-Large.', [{ value_low: 30, metric: 'parameters', baseline: ['BERT-Large'] }]],
    ['The network contains only 341k trainable parameters (~1.3 MB) – over 70X fewer than ResNet-50 – and runs on a Raspberry Pi.', [
      { value_low: 70, metric: 'parameters', baseline: ['ResNet-50'] }]],
    // Inside a parenthesis that restates a figure, the restated figure's quantity rules.
    ['The design provides 521 tokens/sec on a 2.7B parameter model (2 times higher than NVIDIA\'s A100).', [
      { value_low: 521, metric: 'throughput', baseline: [] }, { value_low: 2, metric: 'throughput', baseline: ['A100'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('a score in parentheses right after its measure is a level', () => {
  it.each<[string, Fields[]]>([
    ['The model achieves high accuracy (94.1%) on the test set.', [{ value_low: 94.1, comparison: 'absolute' }]],
    ['Across 330 CIFAR-10/ResNet-50 configurations Sign-Muon attains the best validation accuracy (92.15%) at matched batch.', [
      { value_low: 92.15, comparison: 'absolute' }]],
    // Not a change written so: signed, called relative, or after a change noun.
    ['It improves downstream quality by 4-9 F1 points (10-20% relative).', [
      { value_low: 4, comparison: 'relative' }, { value_low: 10, comparison: 'relative' }]],
    ['Our method shows significant improvements in both detection accuracy (up to 16.1%) and response time.', [
      { value_low: 16.1, comparison: 'relative' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, true));
});

describe('utilisation and device-hours are absolute results; an opening "Using …" is the setting', () => {
  it.each<[string, Fields[]]>([
    // Spec §1: "45% of peak" is a throughput level, not a share; a model's "peak performance" is not the hardware's.
    ['Our kernel achieves 75% of peak FLOPS on H100.', [{ value_low: 75, metric: 'throughput', comparison: 'absolute', hardware: ['H100'] }]],
    ['Tessera is projected to achieve 98.4% of the theoretical memory bandwidth ceiling.', [{ value_low: 98.4, metric: 'throughput', comparison: 'absolute' }]],
    ['On the FPGA, Dato achieves 98% of the theoretical peak performance.', [{ value_low: 98, metric: 'throughput', comparison: 'absolute' }]],
    ['Thus 90% of peak performance is obtained early.', []],
    // The level of an interval, however it is named.
    ['It produces AdvBench refusal 0.839 over 700 completions with 95% Wilson CI [0.809, 0.864].', []],
    // Spec §3: GPU-hours are a cost; the device before them is named, not counted.
    ['Seaweed-7B is trained from scratch using 665,000 H100 GPU hours.', [
      { value_low: 665000, unit: 'GPU-hours', metric: 'cost', hardware: ['H100'], hardware_count: null }]],
    ['Adapting the model requires only 10 GPU days on the NVIDIA H100 GPU.', [{ value_low: 10, unit: 'GPU-days', metric: 'cost' }]],
    ['Using 20 GPU-hours on an NVIDIA H100, we examine two training approaches.', []],
    ['Using 2024 day-ahead auction prices, we generate daily forecasts.', []],
  ])('%s', (text, expected) => expectClaims(`We test it. ${text}`, expected, true));
});

describe('a time per unit of work is a latency level; a level does not reach back across a new verb phrase', () => {
  it.each<[string, Fields[]]>([
    ['The model runs at 8.02 ms per case on a Jetson Orin Nano.', [{ value_low: 8.02, metric: 'latency', comparison: 'absolute', hardware: ['Jetson Orin Nano'] }]],
    ['Our method operates in real-time (0.015s per inference on a single consumer-grade GPU), making it practical.', [{ value_low: 0.015, metric: 'latency' }]],
    // Corpus: "about 3 ms" was measured against the "exact topology" of the accuracy before it.
    ['The estimator is accurate to 1-3% against exact topology in 2D and 3D, and costs about 3 ms per iteration where a persistent-homology (PH) loss costs 650-1000 ms -- a 250x gap.', [
      { value_low: 1, baseline: ['exact topology'] }, { value_low: 3, baseline: [] }, { value_low: 250, baseline: [] }]],
    ['Ideal-LLM achieves a 32.6% relative reduction in word error rates compared to the standard speech encoder and yields an average BLEU score of 36.78 for AST.', [
      { value_low: 32.6, baseline: ['standard speech encoder'] }, { value_low: 36.78, baseline: [] }]],
  ])('%s', (text, expected) => expectClaims(`We test it. ${text}`, expected, true));
});
