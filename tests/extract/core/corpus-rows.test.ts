/**
 * Forms found by reading random output rows of the 10k-abstract corpus as a user would: where a baseline phrase
 * ends, which parenthesised numbers are levels, which numbers are counts. A failing row prints the refiners' trace.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaims, type Fields } from './helpers.ts';

describe('baseline phrases end where the condition begins', () => {
  it.each<[string, Fields[]]>([
    // Where the methods were run is no part of them; what prior studies are about is.
    ['FORGE consistently outperforms state-of-the-art methods on unseen tools, achieving over 2X improvement in average success rate.', [
      { value_low: 2, baseline: ['state-of-the-art methods'] }]],
    ['ReasonPlanner outperforms previous prompting-based methods on the ScienceWorld benchmark by more than 1.8 times.', [
      { value_low: 1.8, baseline: ['previous prompting-based methods'] }]],
    // "higher than the improvement of X": the measure is not the thing compared against.
    ['It achieves an improvement of 4.2% mIoU over the Camera-only baseline, up to 45% higher than the improvement of other KD methods.', [
      { value_low: 4.2, baseline: ['Camera-only baseline'] }, { value_low: 45, baseline: ['KD methods'] }]],
    ['As a result, we achieve 20% fewer FLOPs and match the image quality achieved by the dense baseline.', [
      { value_low: 20, metric: 'cost', baseline: ['dense baseline'] }]],
    // A note on one name of a list is no part of the list; a name in parentheses still is.
    ['CLADA achieves 20% average speedup, outperforming Griffin (5%+ degradation) and TT (negligible speedup).', [
      { value_low: 20, baseline: ['Griffin', 'TT'] }]],
    // A lower-case verb form ends a list of names after "like".
    ['Its F1-score of 0.9226 compared to baselines like VGG19, requiring merely 16.3 MB storage.', [
      { value_low: 0.9226, baseline: ['VGG19'] }, { value_low: 16.3, baseline: ['VGG19'] }]],
    ['Clay achieves 0.64 mIoU on PlanetScope, outperforming Prithvi (0.24) and DOFA (0.35).', [{ value_low: 0.64, baseline: ['Prithvi', 'DOFA'] }]],
    ['Compared to the established production baseline (MTP-1), DSpark accelerates generation speeds by 60 to 85 percent.', [
      { value_low: 60, baseline: ['MTP-1'] }]],
    // An opening comparison covers every level of the sentence.
    ['Compared to static mixed-precision training, Tri-Accel maintains 78.1% accuracy while reducing memory footprint from 0.35GB to 0.31GB.', [
      { value_low: 78.1, baseline: ['static mixed-precision training'] }, { value_low: 0.31, baseline: ['static mixed-precision training'] }]],
    // A figure in parentheses after a name is the name's, not another baseline; a generic possessor is the baseline.
    ['Its one-step inference represents over a 700-fold speedup compared to cDDPM (135s).', [{ value_low: 700, baseline: ['cDDPM'] }]],
    ["BRANE matches the best fixed configuration's accuracy at up to 89% lower cost.", [{ value_low: 89, baseline: ['best fixed configuration'] }]],
    // "more than two-thirds NaNs" is a share, not a comparison.
    ['For data with more than two-thirds NaNs we achieve an average inference speedup of 1.67x.', [{ value_low: 1.67, baseline: [] }]],
    // The object of the claim's own verb beats a comparison in the next verb clause.
    ['DarkForest improves the strongest baseline by up to 30.7% on benchmark metrics, and reduces token consumption by up to 6.5x compared with communication-heavy baselines.', [
      { value_low: 30.7, baseline: ['strongest baseline'] }, { value_low: 6.5, baseline: ['communication-heavy baselines'] }]],
    // The other side's number, a range or money with a magnitude, names nothing.
    ['We improve validation IoU by 6-15% and maintain 85-95% GPU utilization versus 0-30% with standard configurations.', [
      { value_low: 6, value_high: 15, comparison: 'relative', baseline: [] },
      { value_low: 85, value_high: 95, comparison: 'absolute', baseline: [] }]],
    ['At current prices (\\$22K for the DumpsterCluster vs. \\$600K for an 8-GPU system), the savings are substantial.', [
      { value_low: 22, comparison: 'absolute', baseline: [] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('levels and counts', () => {
  it.each<[string, Fields[], boolean?]>([
    // A percentage in parentheses after a named benchmark is the score reached there.
    ['Reward models trained this way outperform Bradley-Terry models and achieve top performance on RM-Bench (86.2%).', [
      { value_low: 86.2, comparison: 'absolute', metric: 'accuracy' }]],
    // A level reached after a qualifier, an error rate given as a level, a clause about the compared thing.
    ['A lightweight calibration reduces the median error to approximately 10%, outperforming traditional simulators, which exceed 50% error.', [
      { value_low: 10, comparison: 'absolute', metric: 'other' }]],
    ['Whisper-Large-v3-Turbo (14.76% WER) and IndicWav2Vec (14.89% WER) tie at the top.', [
      { value_low: 14.76, comparison: 'absolute', metric: 'other' }, { value_low: 14.89, comparison: 'absolute', metric: 'other' }]],
    ['AdaLoRA adapters outperform full fine-tuning, achieving relative WER reductions of ~23%.', [{ value_low: 23, comparison: 'relative', metric: 'other' }]],
    ['Pruned BPE retains an advantage of approximately 0.23%--0.31% over BPE.', [{ value_low: 0.23, comparison: 'relative', metric: 'accuracy' }]],
    // A range in parentheses after "outperforms X" gives the margins.
    ['APPO consistently outperforms GRPO and DAPO (0.5%~4%).', [{ value_low: 0.5, comparison: 'relative', metric: 'accuracy' }]],
    // A metric named before its abbreviation cues the number; a bound in parentheses restates the claim before it.
    ['Our approach achieves a Frame Overall Accuracy (FRM) of 53.87% on the benchmark.', [{ value_low: 53.87, comparison: 'absolute', metric: 'accuracy' }]],
    ['It maintains an exceptional mean Average Precision (mAP) of 98.5% at 120 FPS.', [{ value_low: 98.5, comparison: 'absolute', metric: 'accuracy' }], false],
    ['It achieves a reduction in perplexity (PPL) of 18.01% on LLaMA-7B compared to SparseGPT.', [{ value_low: 18.01, comparison: 'relative', metric: 'other' }]],
    ['STWeaver reduces fragmentation ratio on average by 79.2% (up to 100%) across models.', [
      { value_low: 79.2, comparison: 'relative', metric: 'memory' }, { value_low: 100, comparison: 'relative', metric: 'memory' }]],
    ['It introduces up to ~15% CPU time overhead on the client.', [{ value_low: 15, comparison: 'relative', metric: 'training_time' }]],
    // A bound after a score's name: the qualifier is read inside the span.
    ['Our best model achieves BLEU scores over 23 in CoVoST2.', [{ value_low: 23, comparison: 'absolute', qualifier: 'at_least' }]],
    ['We achieve BLEU scores of up to 35.8 for document translation.', [{ value_low: 35.8, comparison: 'absolute', qualifier: 'up_to' }]],
    // A named correlation is a unitless score.
    ['Specifically, WB-Reward achieves a Pearson correlation of 0.98 with top-ranking models.', [{ value_low: 0.98, comparison: 'absolute', metric: 'accuracy' }]],
    // Scores listed with their benchmarks after the word for them; not a mix of workloads or a condition.
    ['Flash-WAM preserves task success on simulation benchmarks (85.5% RoboTwin 2.0, 95.7% LIBERO) and recovers performance.', [
      { value_low: 85.5, comparison: 'absolute', metric: 'accuracy' }, { value_low: 95.7, comparison: 'absolute', metric: 'accuracy' }]],
    ['On RLHF-heavy workloads (80% RLHF, 64 GPUs), EvalStop improves JCT by 9%.', [{ value_low: 9, comparison: 'relative', metric: 'latency' }]],
    // … but a gain named before the benchmark keeps it a change.
    ['It brings large gains on GSM8K (12%) over the base model.', [{ value_low: 12, comparison: 'relative' }]],
    // "N× the training context length": the size of the setup.
    ['HiLS-Attention extrapolates more than 64x the training context length with 90% retrieval accuracy.', [{ value_low: 90, comparison: 'absolute', metric: 'accuracy' }]],
    // "at just 10% data pruning" is the operating point, however modestly put.
    ['GenDataCarto reduces canary extraction success by over 40% at just 10% data pruning.', [{ value_low: 40, comparison: 'relative' }]],
    // "boosts gIoU by +8.2% and cIoU by +5.8%": a measure named before "by", not a baseline.
    ['It further boosts gIoU by +8.2% and cIoU by +5.8% under visual reference challenges.', [{ value_low: 8.2, baseline: [] }, { value_low: 5.8, baseline: [] }]],
    // "exact match rate" is a measure, not "matches <baseline>".
    ['Generated molecules satisfying the reaction constraints have > 90% exact match rate.', [{ value_low: 90, baseline: [] }]],
    ['It improves SQL exact match accuracy by 50% when integrated with Text-to-SQL systems.', [{ value_low: 50, baseline: [] }]],
    ['It matches accuracy of full fine-tuning with 2x fewer parameters.', [{ value_low: 2, baseline: ['full fine-tuning'] }]],
    // The middle of a comma list whose first item names its measure; a measure named in capitals after a result verb;
    // one value twice, side by side, is two settings' results.
    ['Our routers achieve 93.03% accuracy on DeepSeek V2 Lite, 94.69% on Qwen3-30B, and 97.62% on Phi-mini-MoE.', [
      { value_low: 93.03 }, { value_low: 94.69 }, { value_low: 97.62 }]],
    ['CLASI achieves VIP of 81.3% and 78.0% for Chinese-to-English and English-to-Chinese, respectively.', [
      { value_low: 81.3, comparison: 'absolute' }, { value_low: 78, comparison: 'absolute' }]],
    ['It delivers 100\\%, 100\\%, and 92\\% faster rate over torch.compile on Level-1, Level-2, and Level-3.', [
      { value_low: 100, baseline: ['torch.compile'] }, { value_low: 100, baseline: ['torch.compile'] }, { value_low: 92, baseline: ['torch.compile'] }]],
    // "more than doubles X's accuracy": the doubling is the claim; "than doubles" names no baseline.
    ["On hard math it more than doubles GRPO's accuracy on held-out problems (2.1x).", [{ value_low: 2, baseline: [] }, { value_low: 2.1, baseline: [] }]],
    // "At the 50% … setting": the operating point named as such.
    ['At the 50% fixation-budget setting, FDT reduces multiply-accumulate operations by 34.57%.', [{ value_low: 34.57, comparison: 'relative' }]],
    // "18 of 24 … comparisons": the total of a count is no score.
    ['It ranks first in 18 of 24 PSNR/SSIM comparisons against twelve published methods.', []],
    ['It wins 9 out of 12 BLEU comparisons and reaches a BLEU of 28.4 on WMT14.', [{ value_low: 28.4, comparison: 'absolute' }], true],
    // An overhead is a relative change upwards, not a level.
    ['It reduces proof size by 37%-82%, while introducing a runtime overhead of 7%-20% to the verification itself.', [
      { value_low: 37, value_high: 82, comparison: 'relative', direction: 'decrease' },
      { value_low: 7, value_high: 20, comparison: 'relative', direction: 'increase' }]],
  ])('%s', (text, expected, exact = true) => expectClaims(text, expected, exact));
});

describe("the measured noun's head", () => {
  it.each<[string, Fields[]]>([
    ['MCGI validates its scalability by reducing high-recall query latency by 3x, while maintaining parity.', [{ metric: 'latency', direction: 'decrease' }]],
    ['GW-HGNN reduces computational latency by approximately 100x compared to the MOSEK solver.', [{ metric: 'latency', direction: 'decrease' }]],
    ['Morphling improves per-epoch training throughput by an average of 20X over PyG.', [{ metric: 'throughput', direction: 'increase' }]],
    // A modifier names a cost; a parenthesis only abbreviates; a coordination goes with its first.
    ['FoMoE reduces communication costs by up to 1.42x over efficient baselines.', [{ metric: 'communication', direction: 'decrease' }]],
    ['SegMate reduces computation (GFLOPs) by up to 2.5x.', [{ metric: 'cost', direction: 'decrease' }]],
    ['It reduces memory and compute cost by 40%.', [{ metric: 'memory', direction: 'decrease' }]],
    // A model's size names no quantity; the quantity named right before a comparative does.
    ['The design provides 521 tokens/sec on a 2.7B parameter model (2 times higher than the A100 GPU).', [
      { metric: 'throughput', direction: 'increase' }, { metric: 'throughput', direction: 'increase' }]],
    ['It achieves higher reconstruction accuracy using half the data and a compression ratio 6 times higher than that of prior methods.', [
      { metric: 'memory', direction: 'increase' }]],
    ['It reduces computational costs (3x in latency, 5x in FLOPs) over the baseline.', [
      { metric: 'latency', direction: 'decrease' }, { metric: 'cost', direction: 'decrease' }]],
    ['Combining Q-K=V with GQA-4 yields 87.5% cache reduction.', [{ metric: 'memory', direction: 'decrease' }]],
    ['The mobile GPU achieves 2x better performance per watts than the FPGA.', [{ metric: 'energy', direction: 'increase' }]],
    // TDP is power; LPIPS is an error that should go down.
    ['The Decode Chips achieve 97% of the decode performance with 28% lower TDP.', [{ metric: 'energy', direction: 'decrease' }]],
    ['It achieves a notable 11.85% reduction in LPIPS over leading models like Marigold.', [{ metric: 'other', direction: 'decrease' }]],
    // After "of" comes what the verb acted on: "eliminates … of … overhead" still goes down.
    ['FOAM eliminates up to 90% of optimizer state memory overhead.', [{ metric: 'memory', direction: 'decrease' }]],
    // GPU time is spent compute; service capacity is throughput; a chip's area overhead is 'other' (as the gold has it).
    ['MetaVLA outperforms OpenVLA on long-horizon tasks and cuts GPU time by ~76%.', [{ metric: 'cost', direction: 'decrease' }]],
    ['On 4 A100 GPUs, LLM-Mesh improves service capacity by 44% - 63% through sharing.', [{ metric: 'throughput', direction: 'increase' }]],
    ['These enhancements incur only a minimal area overhead of 0.2% relative to the entire SoC chip area.', [{ metric: 'other', direction: 'increase' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('signs, tails and changes named before their size', () => {
  it.each<[string, Fields[], boolean?]>([
    // Signed numbers in parentheses are changes; a minus says down; p95/p99 are latencies; tokens per request a cost.
    ['Compared to LRU, AMV-L trades a regression in median/p95 latency (+26% / +3%) for better tails (-15% p99) and 6% fewer tokens/request.', [
      { value_low: 26, metric: 'latency', direction: 'increase' }, { value_low: 3, metric: 'latency', direction: 'increase' },
      { value_low: 15, metric: 'latency', direction: 'decrease' }, { value_low: 6, metric: 'cost', direction: 'decrease' }]],
    ['At depth, Soft-Mix collapses ($-37.3$pp on CIFAR-10 at 12 layers).', [{ value_low: 37.3, metric: 'accuracy', direction: 'decrease' }]],
    // A dash with spaces around is punctuation. (A lift in a hit rate is no speed: systems-forms.test.ts.)
    ['The model finds the position first 53% of the time (vs. 27% random - 2x lift).', [{ value_low: 2, metric: 'other', direction: 'increase' }], false],
    ['The improvement extends to the tail: P95 wait drops 37.6% on the cluster.', [{ value_low: 37.6, metric: 'latency', direction: 'decrease' }]],
    ['It reduces FLOPs and action inference latency (e.g. 1.35 × speed up on OpenVLA-OFT).', [{ value_low: 1.35, metric: 'speed', direction: 'increase' }]],
    ['PLAN reduces makespan by 1.2% over the baselines, with the improvement reaching 10.2% in one setting.', [
      { value_low: 1.2, comparison: 'relative' }, { value_low: 10.2, comparison: 'relative' }]],
  ])('%s', (text, expected, exact = true) => expectClaims(text, expected, exact));
});

describe('levels kept, shares kept, and what a comparison names', () => {
  it.each<[string, Fields[]]>([
    ['ACI delivers 93–95% empirical coverage, correcting under-coverage failures.', [{ value_low: 93, comparison: 'absolute', baseline: [] }]],
    ['In production validation over 77,000 calls, it maintained a 0.3% false positive rate.', [{ value_low: 0.3, comparison: 'absolute', baseline: [] }]],
    // A share of the baseline's performance stays relative.
    ['Progressive RLVR retains 84-97% performance of standard LoRA fine-tuning.', [{ value_low: 84, comparison: 'relative', baseline: [] }]],
    // The level reached, restated as a change after a comma.
    ['Validation accuracy drops sharply from 89.66% (FP32) to 54.33%, a decrease of 35.33 points.', [
      { value_low: 54.33, comparison: 'absolute', baseline: [] }, { value_low: 35.33, comparison: 'relative', baseline: [] }]],
    // "even" leads in (and how the models were trained is part of them); a count of devices names the device;
    // "comparable performance to" a device compares with it.
    ['It outperforms even bigger sized models trained using SFT by 3% to 9%.', [{ value_low: 3, comparison: 'relative', baseline: ['bigger sized models trained using SFT'] }]],
    ['It achieves a 2.4x speedup over four RTX4090 with vLLM and comparable performance to four A100.', [
      { value_low: 2.4, comparison: 'relative', baseline: ['RTX4090'] }]],
    ['Our models surpass state-of-the-art accuracy on physics tasks, while being 4x faster.', [
      { value_low: 4, comparison: 'relative', baseline: ['state-of-the-art'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
  it('a device compared with is not where the claim ran', () => {
    expect(claimsOf('It achieves a 2.4x speedup over four RTX4090 and comparable performance to four A100.')[0].hardware).toEqual([]);
  });
});

describe('before and after a change, in parentheses or with an arrow', () => {
  it.each<[string, Fields[]]>([
    // With no claim before it, the level reached is the claim; the starting point is not.
    ['PTRM enables substantial accuracy gains across benchmarks, including Sudoku-Extreme (87.4% to 98.75%) and Pencil Puzzle Bench (62.6% to 91.2%).', [
      { value_low: 98.75, value_high: 98.75, comparison: 'absolute' }, { value_low: 91.2, value_high: 91.2, comparison: 'absolute' }]],
    ['Our method increases the Spearman and Kendall correlation with Chatbot Arena (95.0% -> 96.4% and 82.1% -> 86.3% respectively).', [
      { value_low: 96.4, value_high: 96.4, comparison: 'absolute', qualifier: 'exact' },
      { value_low: 86.3, value_high: 86.3, comparison: 'absolute', qualifier: 'exact' }]],
    // After a change claimed as a percentage, the pair restates it.
    ['The pretrained model improves entity F1 by 10% relative (19.0%->21.0%) on WikiANN.', [{ value_low: 10, comparison: 'relative' }]],
    ['The gain is +12.8pp (37.2% to 50.0%) on HumanEval.', [{ value_low: 12.8, comparison: 'relative' }]],
    ['CGAR trains 1.71x faster with only a 0.63% accuracy drop (86.65% to 86.02%).', [{ value_low: 1.71, comparison: 'relative' }, { value_low: 0.63, comparison: 'relative' }]],
    // Signed numbers are a range of changes; levels with no change before them a range of levels.
    ['All retrofitting techniques produce a significant degradation (-3.5% to -5.2%, p<0.05).', [{ value_low: 3.5, value_high: 5.2 }]],
    ['The black-box UAPs showed high attack success rates (40% to 90%).', [{ value_low: 40, value_high: 90 }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

it("a model's name ends before the sentence's full stop", () => {
  expect(claimsOf('The average F1 was 68.09% with GPT-4-Preview.').map((c) => c.model)).toEqual(['GPT-4-Preview']);
});

it('money keeps its thousands before a full stop', () => {
  expect(claimsOf('Full RL training completes in only three weeks, with a rental cost of just $534,700.').map((c) => c.value_low)).toContain(534700);
});
