/**
 * What belongs to the claim next door: the words after one claim describe it, not the claim that follows it;
 * the figure a comparison quotes for the other side is that side's, qualifier or unit and all. Each phrasing in
 * our own words first, then the corpus sentence that showed it. A failing row prints the refiners' trace.
 */
import { describe, it } from 'vitest';
import { expectClaims, type Fields } from './helpers.ts';

describe("the previous claim's words are not this claim's verb", () => {
  it.each<[string, Fields[]]>([
    // "compressed" belongs to the storage claim; the speed range goes up.
    ['The codec gives 10x compressed model size and 1.5x to 2x decoding speed than the dense model.', [
      { value_low: 10, metric: 'parameters', direction: 'decrease' }, { value_low: 1.5, metric: 'speed', direction: 'increase' }]],
    ['Our approach achieves from 54.6$\\times$ to 96.6$\\times$ compressed storage size and from 2.1$\\times$ to 2.4$\\times$ rendering speed than 3DGS.', [
      { value_low: 54.6, metric: 'memory', direction: 'decrease' }, { value_low: 2.1, metric: 'speed', direction: 'increase' }]],
    ['CoReDiT achieves up to 55% self-attention FLOPs reduction and inference speedups of 1.33x on cloud GPUs and 1.72x on mobile NPUs.', [
      { value_low: 55, metric: 'cost', direction: 'decrease' }, { value_low: 1.33, metric: 'speed', direction: 'increase' },
      { value_low: 1.72, metric: 'speed', direction: 'increase' }]],
    // An overhead of the memory goes up, whatever reduction came before it.
    ['The adapter needs a 10x reduction in footprint, with a training memory overhead of about 1.6x that of LoRA.', [
      { value_low: 10, metric: 'memory', direction: 'decrease' }, { value_low: 1.6, metric: 'memory', direction: 'increase' }]],
    // An elided quantity shares the previous claim's way; so does a verb after "and".
    ['It gives a 69.6% reduction in failures for small programs and 56.7% for large ones.', [
      { value_low: 69.6, direction: 'decrease' }, { value_low: 56.7, direction: 'decrease' }]],
    ['It reduces the storage by 83% and accelerates cache hit-and-miss decisions by 11%.', [
      { value_low: 83, direction: 'decrease' }, { value_low: 11, direction: 'increase' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe("a verb's object does not reach back across another claim", () => {
  it.each<[string, Fields[]]>([
    ['The kernel gives 40% fewer FLOPs and speedups of 1.2x on servers and 1.9x on phones.', [
      { value_low: 40, baseline: [] }, { value_low: 1.2, baseline: [] }, { value_low: 1.9, baseline: [] }]],
    ['Specifically, it improves average accuracies of downstream tasks by 24% while reducing the reasoning tokens by 28% across the first two applications.', [
      { value_low: 24, baseline: ['downstream tasks'] }, { value_low: 28, baseline: [] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe("the other side's figure, with its qualifier or unit", () => {
  it.each<[string, Fields[]]>([
    ['Our pruned net keeps 91.5% accuracy, compared with roughly 90.1% for magnitude pruning.', [
      { value_low: 91.5, baseline: ['magnitude pruning'] }]],
    ['At extreme sparsity, it achieves 93.13% accuracy on a VGG-like architecture at 97% sparsity, compared with approximately 92.0% for SNIP.', [
      { value_low: 93.13, baseline: ['SNIP'] }]],
    ['The solver finishes in 2.1 hours compared with 9 hours for the reference code.', [{ value_low: 2.1, baseline: ['reference code'] }]],
    ['At 100 nodes, the geometric variant runs in 3.44 seconds compared with 5.16 seconds for the exponential baseline, corresponding to a 33.4 percent speedup.', [
      { value_low: 3.44, baseline: ['exponential baseline'] }, { value_low: 33.4, baseline: ['exponential baseline'] }]],
    // Where the other side was measured is no name.
    ['It cuts processing time by 42% compared to open-loop control (0.50s vs 0.29s on the A100 test set).', [
      { value_low: 42, baseline: ['open-loop control'] }, { value_low: 0.5, baseline: ['open-loop control'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('words that compare nothing', () => {
  it.each<[string, Fields[]]>([
    // "loss from X" far from any number is a cause, not a baseline; "a drop from X" right after one is.
    ['A cost model shows the mosaic cuts image payloads by 9x, and we list failure modes such as resolution loss from mosaicking.', [
      { value_low: 9, baseline: [] }]],
    ['Quantization costs a 1.2% drop from the full-precision model.', [{ value_low: 1.2, baseline: ['full-precision model'] }]],
    // "over X rather than Y" says what it works on.
    ['Smoothing gives higher certified accuracy (68.42% vs. 65.53%), certifying more examples but over features rather than waveforms.', [
      { value_low: 68.42, baseline: [] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('what a comparison word does not compare', () => {
  it.each<[string, Fields[]]>([
    // Robust against an attack, defending against it: no baseline.
    ['The detector stays robust against paraphrase attacks and reaches 97.2% accuracy.', [{ value_low: 97.2, baseline: [] }]],
    ['The proposed SHIELD mechanism is robust against AF attacks and achieves an average accuracy of 98.13%.', [{ value_low: 98.13, baseline: [] }]],
    // "than previously thought" compares with a belief, not a system.
    ['Memorisation rose by up to 3x, more than previously thought.', [{ value_low: 3, baseline: [] }]],
    ['We find cheating is far more pervasive than previously estimated: scores were inflated by up to 5x.', [{ value_low: 5, baseline: [] }]],
    // A name's measure names the name.
    ["We beat Foo's pass rate while obtaining a speedup of 3-4x.", [{ value_low: 3, baseline: ['Foo'] }]],
    ["On OXtal's test sets, we surpass OXtal's solve rate while obtaining a speedup of $15$-$30\\times$.", [{ value_low: 15, baseline: ['OXtal'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('quantities outside the list of metrics', () => {
  it.each<[string, Fields[]]>([
    ['Our agent needs 40% fewer Dialogue Turns.', [{ value_low: 40, metric: 'other' }]],
    ['PithTrain enables higher agent-task efficiency, with up to 62% fewer Agent Turns.', [{ value_low: 62, metric: 'other' }]],
    // A cut in a named quantity of no listed metric is 'other', not accuracy or speed; a cut in a time is not.
    ['The planner gives a 30% reduction in collision events.', [{ value_low: 30, metric: 'other' }]],
    // (An overhead no cue names is a cost in time: a latency, not 'other', whose factor could not say it was a loss.)
    ['A controlled three-agent code review benchmark shows a 95 percent reduction in coordination overhead.', [{ value_low: 95, metric: 'latency' }]],
    ['The results also show a 40x decrease in wall-clock time compared to existing approaches.', [{ value_low: 40, metric: 'speed' }]],
    // An energy efficiency written "per W".
    ['The chip reaches 12 TOPS per W.', [{ value_low: 12, unit: 'TOPS/W', metric: 'energy' }]],
    ['The system operates faster than the sensors, while achieving an energy efficiency of 17 TOPS per W.', [
      { value_low: 17, unit: 'TOPS/W', metric: 'energy' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, false));
});

describe('systems abstracts: the quantity named, and whose it is', () => {
  it.each<[string, Fields[]]>([
    // An abbreviation inside the noun phrase does not end it.
    ['It gives 30% lower time-to-first-token (TTFT) latency and 2x throughput.', [
      { value_low: 30, metric: 'latency' }, { value_low: 2, metric: 'throughput' }]],
    ['3DLS achieves up to 1.49$\\times$ throughput and 60.2\\% lower end-to-end (E2E) latency over the shared-fabric planar baseline.', [
      { value_low: 1.49, metric: 'throughput' }, { value_low: 60.2, metric: 'latency' }]],
    // A verb inside the object's modifier is not the claim's verb; a time-to-accuracy is a training time.
    ['Fed-FSTQ reduces cumulative uplink traffic required to reach a fixed quality threshold by 46x relative to a standard LoRA baseline, and improves end-to-end wall-clock time-to-accuracy by 52%.', [
      { value_low: 46, metric: 'communication' }, { value_low: 52, metric: 'training_time' }]],
    // An area efficiency is no throughput.
    ['The macro reaches 2.1 TOPS/W and 45 TOPS/mm$^2$.', [{ value_low: 2.1, metric: 'energy' }, { value_low: 45, metric: 'other' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));

  it.each<[string, string, Fields[]]>([
    // The paper's own system is never its baseline; an adverb ends the baseline phrase.
    ['zHC: Wider Residual Streams', 'We propose zHC, a wider residual stream. Plain models and yHC need 1.5x and 1.2x the compute of zHC, respectively.', [
      { value_low: 1.5, baseline: [] }, { value_low: 1.2, baseline: [] }]],
    ['Mono-InternVL-1.5: Cheaper and Faster', 'Compared to its modular counterpart, i.e., InternVL-1.5, Mono-InternVL-1.5 achieves similar multimodal performance while reducing first-token latency by up to 69%.', [
      { value_low: 69, baseline: ['InternVL-1.5'] }]],
    ['TEMPO: Load Balancing', 'TEMPO stays within 1% of the best fixed baseline everywhere.', [{ value_low: 1, baseline: ['best fixed baseline'] }]],
  ])('%s', (title, text, expected) => expectClaims(text, expected, true, title));
});

describe('a unit written once after a list of numbers', () => {
  it.each<[string, Fields[]]>([
    ['Our method improves accuracy by 12 and 15% on the two suites.', [
      { value_low: 12, unit: '%', comparison: 'relative' }, { value_low: 15, unit: '%', comparison: 'relative' }]],
    ['It is 1.5 and 2.3x faster than vLLM and SGLang, respectively.', [{ value_low: 1.5, unit: 'x', baseline: ['vLLM'] }, { value_low: 2.3, unit: 'x', baseline: ['SGLang'] }]],
    ['On the Chinese subset, it improves F1-score, mAP50, and mAP50:95 by 4.4, 2.9, and 3.4 percentage points over the baseline, respectively.', [
      { value_low: 4.4, unit: 'pp', comparison: 'relative' }, { value_low: 2.9, unit: 'pp', comparison: 'relative' },
      { value_low: 3.4, unit: 'pp', comparison: 'relative' }]],
    ['Our student improves over its zero-shot teacher by +11.9 and +8.6 AP.', [
      { value_low: 11.9, unit: 'AP', comparison: 'relative' }, { value_low: 8.6, unit: 'AP', comparison: 'relative' }]],
    // A year before "and" is no member of its list, and takes no other list of the sentence with it.
    ['It improves BLEU by 1.2 and 2.3 points over X, while runs in 2023 and 15% of cases failed.', [
      { value_low: 1.2, unit: 'pp', comparison: 'relative' }, { value_low: 2.3, unit: 'pp', comparison: 'relative' }]],
    // A range, a year, a threshold or a resolution before "and" is no member of the list.
    ['Local models can only exploit between 0 and 33% of the vulnerabilities.', []],
    ['The full flow reaches 70.4% pass@1 and 76.6% pass@5.', [
      { value_low: 70.4, unit: '%', comparison: 'absolute' }, { value_low: 76.6, unit: '%', comparison: 'absolute' }]],
    // A score's name written once before a list.
    ['Our metric reaches Pearson and Kendall correlation coefficients of 0.546 and 0.377, respectively.', [
      { value_low: 0.546, unit: 'score', comparison: 'absolute' }, { value_low: 0.377, unit: 'score', comparison: 'absolute' }]],
    ['Our approach achieves mAP scores of 46.69 (A2G), 41.23 (G2A), and 22.98 (A2A).', [
      { value_low: 46.69, unit: 'mAP', comparison: 'absolute' }, { value_low: 41.23, unit: 'mAP', comparison: 'absolute' },
      { value_low: 22.98, unit: 'mAP', comparison: 'absolute' }]],
    ['It gets an F1 of 0.91 and 12 ms latency.', [
      { value_low: 0.91, unit: 'score', comparison: 'absolute' }, { value_low: 12, unit: 'ms', comparison: 'absolute' }]],
    ['It reduces RMSE by 4.7% at T+1 and 10.7% at T+3 compared to the best baseline.', [
      { value_low: 4.7, unit: '%', comparison: 'relative' }, { value_low: 10.7, unit: '%', comparison: 'relative' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe("detection's average precision keeps its name as unit", () => {
  it.each<[string, Fields[]]>([
    ['AGVM enables training an object detector in 3.5 hours, whilst achieving 62.2 mAP on COCO.', [
      { value_low: 3.5, unit: 'h' }, { value_low: 62.2, unit: 'mAP' }]],
    ['When transferring to object detection, Mobile-Former outperforms MobileNetV3 by 8.6 AP.', [{ value_low: 8.6, unit: 'AP' }]],
    ['It reaches 45.3 AP50 on COCO and an F1 of 0.91.', [{ value_low: 45.3, unit: 'AP50' }, { value_low: 0.91, unit: 'score' }]],
    ['It gains +3.5 F1 over GPT-4.', [{ value_low: 3.5, unit: 'pp' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('levels read in their own words', () => {
  it.each<[string, Fields[]]>([
    // A rating before a comma; an overhead measured in time.
    ['Judges rated fluency 4.4/5, and coherence 4.1/5.', [{ value_low: 4.4, unit: 'score' }, { value_low: 4.1, unit: 'score' }]],
    ['These gains persist under workload drift, with no throughput penalty and $<0.1$\\,ms scheduling overhead per request.', [
      { value_low: 0.1, unit: 'ms' }]],
    ['The runtime keeps sub-100ms orchestration overhead.', [{ value_low: 100, unit: 'ms' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('from 60 more random corpus rows', () => {
  it.each<[string, Fields[]]>([
    // The holder of generic implementations loses the sentence's full stop.
    ['We measure median speedups of 7% on PyTorch compared to the reference implementations from Transformers.', [
      { value_low: 7, baseline: ['Transformers'] }]],
    // A finite verb ends a baseline phrase; words with no noun name nothing.
    ['The results over benchmark functions of CEC2022 demonstrate a significant gain i.e. up to 6.7 times speed up.', [
      { value_low: 6.7, baseline: ['benchmark functions of CEC2022'] }]],
    ['It reduces the sequence length by up to 64× times compared to the commonly used 20× patches.', [
      { value_low: 64, baseline: [] }, { value_low: 20, baseline: [] }]],
    // "despite" ends the phrase; a number inside a name keeps a list of names going; two axes of a trade-off are no baseline.
    ['It reaches 95.5% accuracy, significantly outperforming the current baseline despite fewer labels.', [
      { value_low: 95.5, baseline: ['current baseline'] }]],
    ['It gives up to 5.6x frame efficiency over standard GPT-4o, Gemini 1.5 Pro, and LLaVA-OV.', [
      { value_low: 5.6, baseline: ['standard GPT-4o', 'Gemini 1.5 Pro', 'LLaVA-OV'] }]],
    ['HYPER-TINYPW shifts the macro-F1 versus flash Pareto frontier: at about 225 kB it is 6.31x smaller than a CNN.', [
      { value_low: 6.31, baseline: ['CNN'] }]],
    // A count of its own after a claim about time is 'other', not the time's metric.
    ['QUITE reduces query execution time by up to 35.8% over prior systems and produces 24.1% more rewrites than prior methods.', [
      { value_low: 35.8, baseline: ['prior systems'] }, { value_low: 24.1, baseline: ['prior methods'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));

  it.each<[string, Fields[]]>([
    // A verb of its own that says no way: the quantity's good way, not the reduction before it.
    ['TurboAttention reduces the KV cache size by over 4.4x, and enables up to 2.37x maximum throughput over the FP16 baseline.', [
      { value_low: 4.4, metric: 'memory', direction: 'decrease' }, { value_low: 2.37, metric: 'throughput', direction: 'increase' }]],
    ['QUITE reduces query execution time by up to 35.8% over prior systems and produces 24.1% more rewrites than prior methods.', [
      { value_low: 35.8, metric: 'latency', direction: 'decrease' }, { value_low: 24.1, metric: 'other', direction: 'increase' }]],
    // "by a relative 9%" is a change; "X-ray", "X-Sub" and "flow-matching" are words, not a multiplier or a comparison.
    ['Our experiments demonstrate that FL improves ransomware detection accuracy by a relative 9% over server-local models.', [
      { value_low: 9, metric: 'accuracy', direction: 'increase' }]],
    ['The method uses over 12,000 X-ray images; the flow-matching variant achieves a 5-10x speedup and is 2x-faster on NTU 120 X-Sub.', [
      { value_low: 5, metric: 'speed', direction: 'increase' }, { value_low: 2, metric: 'speed', direction: 'increase' }]],
    // A time named by its task is latency.
    ['Fastest reduces encoding time by 95.6% and keeps quality.', [{ value_low: 95.6, metric: 'latency', direction: 'decrease' }]],
    // "Mean over Frames (MoF)" is a metric's name; "the reasoning ability of pruned models" is measured on pruned models.
    ['It outperforms the FINCH baseline by 9% in Mean over Frames (MoF) and 5% in IoU.', [
      { value_low: 9, metric: 'accuracy', direction: 'increase' }, { value_low: 5, metric: 'accuracy', direction: 'increase' }]],
    // "adds N% X" raises X, whatever X's good way; how often something is done is a setting.
    ['Applying a transform every 30s adds 3% latency, 0.1% bandwidth, and 10% GPU-memory overhead at inference.', [
      { value_low: 3, metric: 'latency', direction: 'increase' }, { value_low: 0.1, metric: 'communication', direction: 'increase' },
      { value_low: 10, metric: 'memory', direction: 'increase' }]],
    ['It reduces multiply-and-add (MAC) operations by up to 63%.', [{ value_low: 63, metric: 'cost', direction: 'decrease' }]],
    // A quantity held the same is not the one measured.
    ['Models achieved the same performance with a compression ratio of 4-16x compared to LightGBM models.', [
      { value_low: 4, metric: 'memory', direction: 'decrease' }]],
    // "suppresses X by" brings X down.
    ['Our eviction suppresses the KV cache footprint by 60%.', [{ value_low: 60, metric: 'memory', direction: 'decrease' }]],
    ['Crucially, at extreme 500K scales, FlashMemory suppresses the physical KV cache overhead by over 90% without destabilizing the backbone.', [
      { value_low: 90, metric: 'memory', direction: 'decrease' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));

  it.each<[string, Fields[]]>([
    // The share of labels or data a result was reached with is its setting.
    ['With a lightweight SwiftFormer backbone (26M params), we achieve 88.2$\\pm$0.3 AP using only 5\\% labels on PubLayNet.', [
      { value_low: 88.2, span: '88.2$\\pm$0.3 AP' }]],
    ['Trained with 10% of the training data, it reaches 91% accuracy.', [{ value_low: 91, span: '91%' }]],
    // "mean X by": the measure between the qualifier and "by" stays out of the span.
    ['RAPB-la reduces total test executions by 32.4% and decreases mean feedback time by 3.8%.', [
      { value_low: 32.4, span: '32.4%' }, { value_low: 3.8, span: '3.8%' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('settings, riders and names read from a third sample of rows', () => {
  it.each<[string, Fields[]]>([
    // The level reached after "to under"; the scale a task is set at.
    ['It reduces power prediction error from 24.5% to 3.3% and wirelength error from 56.6% to under 1% on unseen macros.', [
      { value_low: 3.3, comparison: 'absolute' }, { value_low: 1, comparison: 'absolute' }]],
    ['It runs 2x faster than SwinIR for 4x super-resolution at 5x magnification.', [{ value_low: 2, comparison: 'relative' }]],
    // A rider on a claim shares its baseline.
    ['Our approach achieves a 44.7% higher success rate than state-of-the-art methods while using 80% fewer parameters.', [
      { value_low: 44.7, comparison: 'relative', baseline: ['state-of-the-art methods'] },
      { value_low: 80, comparison: 'relative', baseline: ['state-of-the-art methods'] }]],
    ['For instance, it achieves 77.9\\% top-1 accuracy at 294M FLOPs, gaining 1.3\\% over MobileNetV3 but saving 17\\% of computations.', [
      { value_low: 77.9, comparison: 'absolute', baseline: [] }, { value_low: 1.3, comparison: 'relative', baseline: ['MobileNetV3'] },
      { value_low: 17, comparison: 'relative', baseline: ['MobileNetV3'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));

  it.each<[string, Fields[]]>([
    // A capitalised "Over" or "Match" inside a name compares nothing; where the other side was measured is no baseline.
    ['Our method attains an F1-score of 0.83 with data augmentation via Random Over Sampling (ROS).', [{ value_low: 0.83, baseline: [] }]],
    ['It reaches 45.5% Exact Match accuracy on Natural Questions.', [{ value_low: 45.5, baseline: [] }]],
    ['SmartVector roughly doubles top-1 accuracy over plain cosine RAG (62.0% vs. 31.0% on a held-out split).', [
      { value_low: 2, baseline: ['plain cosine RAG'] }, { value_low: 62, baseline: ['plain cosine RAG'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('ranges of magnitude, settings listed, and figures obtained by others', () => {
  it.each<[string, Fields[]]>([
    // Each end of "A to B orders of magnitude" is an exponent.
    ['CircuitProbe provides a speedup of three to four orders of magnitude.', [{ value_low: 1000, value_high: 10000 }]],
    ['It reduces query generation time by one to three orders of magnitude compared with existing methods.', [{ value_low: 10, value_high: 1000 }]],
    // Levels of a setting listed after their name; a share of data a gain was measured under; a figure obtained by another.
    ['For each specimen, four magnification levels are provided: 4x, 10x, 20x, and 40x.', []],
    ['It improves data efficiency (e.g., +12.69% improvement under 10% ImageNet training data).', [{ value_low: 12.69, value_high: 12.69 }]],
    ['TA achieves 100% credential retrieval where six baselines (H2O, TOVA, SnapKV, StreamingLLM, PyramidKV, DynamicKV) achieve 0%.', [
      { value_low: 100, value_high: 100 }]],
    ['Qwen2.5-3B achieves a 63.3% control adaptability score, surpassing the 58.5% obtained by the much larger GPT-4o.', [
      { value_low: 63.3, value_high: 63.3 }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});
