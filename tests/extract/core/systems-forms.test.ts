/**
 * Forms found by reading the 10k corpus's systems rows (serving, kernels, edge, compression) and the numbers left
 * unextracted there. Each row is a real sentence in its own words; a failing row prints the refiners' trace.
 */
import { describe, it } from 'vitest';
import { expectClaims, type Fields } from './helpers.ts';

describe('the time a step of the work takes is a latency level', () => {
  it.each<[string, Fields[]]>([
    ['The system runs in real time, with 3.1 ms encoding on an embedded GPU and 97 ms full multi-layer decoding on the server end.', [
      { value_low: 3.1, unit: 'ms', metric: 'latency', comparison: 'absolute', qualifier: 'exact' },
      { value_low: 97, unit: 'ms', metric: 'latency', comparison: 'absolute', qualifier: 'exact' }]],
    // "sub-" bounds the number from above, and joins the span.
    ['PEARL-Lite (Head-only) delivers sub-20 ms inference at near-identical objective scores.', [
      { value_low: 20, unit: 'ms', metric: 'latency', comparison: 'absolute', qualifier: 'up_to', span: 'sub-20 ms' }]],
    ['Furthermore, DeepContext maintains a sub-20ms inference overhead on a T4 GPU, ensuring viability for real-time use.', [
      { value_low: 20, metric: 'latency', qualifier: 'up_to', span: 'sub-20ms', hardware: ['T4'] }]],
    // A length of time worked through is no step's latency: "200s of processing".
    ['It infers an accurate regression model in merely 20 iterations (i.e., observe 200s of processing).', []],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe("a multiple of a named system's measure compares with that system", () => {
  it.each<[string, Fields[]]>([
    ['We implement KATA as fused Triton kernels: a flash-attention-style forward up to ${\\sim}1.6\\times$ FlashAttention-2 throughput.', [
      { value_low: 1.6, metric: 'throughput', baseline: ['FlashAttention-2'] }]],
    ['Fused into a single CuTe kernel, long-context prefill reaches up to $1.39\\times$ FA2 throughput on H100.', [
      { value_low: 1.39, metric: 'throughput', baseline: ['FA2'], hardware: ['H100'] }]],
    ['It also delivers up to 2.1x full-cache throughput while maintaining competitive practical efficiency.', [
      { value_low: 2.1, metric: 'throughput', baseline: ['full-cache'] }]],
    // Where the measure is taken names no baseline; a comparative keeps its "than".
    ['iServe improves GPU throughput by 4.72x.', [{ value_low: 4.72, metric: 'throughput', baseline: [] }]],
    ['It achieves 3x higher throughput than vLLM.', [{ value_low: 3, metric: 'throughput', baseline: ['vLLM'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('"as little as", "as low as" bound a number from above', () => {
  it.each<[string, Fields[]]>([
    // A change "from A to as little as B" reached B.
    ['These optimizations reduce the model from 2.47 GB to as little as 0.67 GB while maintaining word error rate.', [
      { value_low: 0.67, unit: 'GB', metric: 'memory', comparison: 'absolute', qualifier: 'up_to', span: 'as little as 0.67 GB' }]],
    ['The hardware Trojan is also undetectable, incurring area and power overheads as low as 0.01%, which is easily masked.', [
      { value_low: 0.01, qualifier: 'up_to', span: 'as low as 0.01%' }]],
    // Not a setting's count: "as few as 16 unlabeled measured samples" sizes the data, it is no result.
    ['It improves to 95% after transfer learning with as few as 16 unlabeled measured samples.', [{ value_low: 95 }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a latency named before a parenthesis holds the times inside it', () => {
  it.each<[string, Fields[]]>([
    ['Experiments show DeltaBox completes checkpoint and rollback in millisecond-level latency (14ms and 5ms, respectively), empowering agents.', [
      { value_low: 14, unit: 'ms', metric: 'latency', comparison: 'absolute' }, { value_low: 5, unit: 'ms', metric: 'latency', comparison: 'absolute' }]],
    ['It achieves high-resolution (2048x2048), real-time (30 fps), low-latency (less than 150ms) and robust distant communication.', [
      { value_low: 30, unit: 'fps', metric: 'throughput', qualifier: 'exact' }, { value_low: 150, unit: 'ms', metric: 'latency', qualifier: 'up_to' }]],
    // A performance overhead and its time are latencies, not an accuracy and a training time.
    ['Crucially, our prototype incurs only a 14.5\\% performance overhead (approx. 1.8s) per transaction.', [
      { value_low: 14.5, unit: '%', metric: 'latency', comparison: 'relative' }, { value_low: 1.8, unit: 's', metric: 'latency', comparison: 'absolute' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a paper that first says "this study" in its closing sentence keeps the results told before it', () => {
  const abstract = 'The model demonstrated exceptional performance on an independent test set, achieving macro-averaged metrics of ' +
    '0.9873 recall and 0.9954 specificity. Furthermore, computational analysis confirmed its efficiency, with an inference speed ' +
    'of 41.11 FPS. This study presents a significant advancement in aerial object classification.';
  it('keeps them', () => expectClaims(abstract, [
    { value_low: 0.9873, metric: 'accuracy', comparison: 'absolute' }, { value_low: 0.9954, metric: 'accuracy', comparison: 'absolute' },
    { value_low: 41.11, metric: 'throughput', comparison: 'absolute' }]));
  // Earlier than the closing sentence, "we" still ends the background.
  it('drops the background before an earlier "we"', () => expectClaims(
    'Spot instances offer up to 90% cost savings. We present a scheduler that cuts cost by 40%. It is open source.',
    [{ value_low: 40 }]));
});

describe('not a rating', () => {
  it.each<[string, Fields[]]>([
    ['We target next-generation Industry 4.0/5.0 production plants and achieve a 2x speedup.', [{ value_low: 2, unit: 'x' }]],
    ['We evolve DNNs with the (N+M) Evolution Strategy with the 1/5th success rule, reaching 93% accuracy.', [{ value_low: 93, unit: '%' }]],
    ['GPT-4o rated our answers 4.4/5 on average.', [{ value_low: 4.4, unit: 'score' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a list with its settings noted in parentheses shares the measure named after it', () => {
  // The microseconds "costs 0.22 us" are no "us" that speaks of the paper: the results before stay the paper's.
  const abstract = 'Against fair static core partitions, elastic membership Pareto-dominates: at intermediate inference duty cycles it ' +
    'delivers 1.75x (25%), 1.52x (50%), and 1.28x (75%) the general throughput of a static 8-core split. Returning a lent core ' +
    'costs 0.22 us (p50).';
  it('reads each as throughput', () => expectClaims(abstract, [
    { value_low: 1.75, metric: 'throughput' }, { value_low: 1.52, metric: 'throughput' }, { value_low: 1.28, metric: 'throughput' }], false));
});

describe('metric readings from the systems rows', () => {
  it.each<[string, Fields[]]>([
    // A system's, training's or inference's performance is its speed.
    ['The design scales per-GPU training and inference performance by 31% and 35% respectively.', [
      { value_low: 31, metric: 'speed' }, { value_low: 35, metric: 'speed' }]],
    ['Distribution-Only Prediction improves end-to-end inference performance by more than 23% compared with Token-to-Expert Prediction.', [
      { value_low: 23, metric: 'speed' }]],
    // A gerund verb ends the phrase that names what was reduced.
    ['It enables trade-offs such as a 96.45% reduction in mean latency and a 97.31% reduction in energy usage dropping accuracy to the slimmest model.', [
      { value_low: 96.45, metric: 'latency' }, { value_low: 97.31, metric: 'energy' }]],
    // A count of its own that no cue names is "other", whatever the sentence compared before it; training and sizes are not.
    ['It matches the predictive accuracy of ensemble ML methods with 10x fewer profiling samples.', [{ value_low: 10, metric: 'other' }]],
    ['Evaluation on SWaT and WADI shows major gains in detection accuracy, 44.1% fewer false alarms, and 56.3% lower operational costs.', [
      { value_low: 44.1, metric: 'other' }, { value_low: 56.3, metric: 'cost' }]],
    ['Our 200-epoch model reaches FID 1.05, matching the 800-epoch SFD-XL baseline with 4x less training.', [
      { value_low: 1.05, metric: 'fid' }, { value_low: 4, metric: 'training_time' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a participle after a superlative is no end of the baseline', () => {
  it('reads the whole phrase', () => expectClaims(
    'Using a pair of Mistral-7B models, CDR achieves a RewardBench score of 82.6, outperforming the best trained reward functions from same model class.',
    [{ value_low: 82.6, baseline: ['best trained reward functions'] }]));
});

describe('two values joined by a slash share the unit written once', () => {
  it.each<[string, Fields[]]>([
    ['SAMA showcases up to 1.7/4.8x increase in throughput and 2.0/3.8x decrease in memory consumption respectively.', [
      { value_low: 1.7, unit: 'x', metric: 'throughput' }, { value_low: 4.8, unit: 'x', metric: 'throughput' },
      { value_low: 2, unit: 'x', metric: 'memory' }, { value_low: 3.8, unit: 'x', metric: 'memory' }]],
    ['On NVIDIA GB300 and GB200, it achieves 1,233/1,048 TFLOPS/GPU for DeepSeek-V3-685B.', [
      { value_low: 1233, unit: 'TFLOPS', metric: 'throughput' }, { value_low: 1048, unit: 'TFLOPS', metric: 'throughput' }]],
    // A fraction and a count out of a total are one number each.
    ['T-DVAE provides reconstruction with only 1/8x the computational cost of standard VAEs.', [{ value_low: 8, unit: 'x', metric: 'cost' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('the head of a coordinated object is what was measured', () => {
  it.each<[string, Fields[]]>([
    // "energy and latency" modify "prediction errors"; the data's list shares "less training data" written after it.
    ['InstMeter can reduce the energy and latency prediction errors by $3\\times$ and $6.5\\times$, respectively, while requiring $100\\times$ and $10\\times$ less training data.', [
      { value_low: 3, metric: 'other' }, { value_low: 6.5, metric: 'other' }, { value_low: 100, metric: 'other' }, { value_low: 10, metric: 'other' }]],
    // Two measures coordinated are each their own.
    ['It reduces latency and memory by 30% and 40%, respectively.', [{ value_low: 30, metric: 'latency' }, { value_low: 40, metric: 'memory' }]],
    ['The planner outperforms state-of-the-art baselines by 3.73% and 4.11% while utilizing 2x and 600x fewer samples, respectively.', [
      { value_low: 3.73, metric: 'accuracy' }, { value_low: 4.11, metric: 'accuracy' }, { value_low: 2, metric: 'other' }, { value_low: 600, metric: 'other' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a percentage over a kernel library or a serving engine is its speed', () => {
  it('reads AVO as faster than cuDNN, not more accurate', () => expectClaims(
    'AVO discovers kernels that outperform cuDNN by up to 3.5% and FlashAttention-4 by up to 10.5% across the evaluated configurations. ' +
    'The optimizations transfer to grouped-query attention, requiring only 30 minutes of additional autonomous adaptation and ' +
    'yielding gains of up to 7.0% over cuDNN and 9.3% over FlashAttention-4.',
    [{ value_low: 3.5, metric: 'speed' }, { value_low: 10.5, metric: 'speed' }, { value_low: 30, metric: 'training_time' },
      { value_low: 7, metric: 'speed' }, { value_low: 9.3, metric: 'speed' }]));
  // Over a model, a bare percentage stays an accuracy.
  it('keeps an accuracy over a model', () => expectClaims('Our 7B model outperforms Llama-2-13B by 3.5% on average.', [{ value_low: 3.5, metric: 'accuracy' }]));
});

describe('measures named after "at" are where, not what', () => {
  it('keeps the error the verb reduces', () => expectClaims(
    'Against a token-count baseline, LLMVisor reduces relative error by up to 2.5x and 3.3x at p90 and p99, respectively, for prefill.',
    [{ value_low: 2.5, metric: 'other' }, { value_low: 3.3, metric: 'other' }]));
});

describe('a sweep of settings and a count of machines are no claim and no baseline', () => {
  it.each<[string, Fields[]]>([
    ['Across dataset sizes from 5.1 to 20.4 GB, Bagzel variants show markedly better scaling behavior than the baseline.', []],
    ['It cuts word edits by 77%, and is robust across contradiction-injection rates from 0% to 75%.', [{ value_low: 77 }]],
    // A result over benchmarks is a change.
    ['ClarifyGPT improves the average performance of GPT-4 and ChatGPT across four benchmarks from 68.02% to 75.75% and from 58.55% to 67.22%, respectively.', [
      { value_low: 75.75 }, { value_low: 67.22 }]],
    ['Our tracker trains in only 1 day in 4 GPUs, compared to 256 GPUs used in recent state-of-the-art.', [
      { value_low: 1, baseline: [] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('a sampling factor is a setting', () => {
  it.each<[string, Fields[]]>([
    ['We fine-tuned models on fMRI responses that were temporally downsampled by a factor of 2.', []],
    ['It stays competitive even when downsampling the encoded representation by a factor of 8, and runs 3x faster.', [{ value_low: 3, metric: 'speed' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe("a multiple of a noun that names no metric is that noun's, not a speed", () => {
  it.each<[string, Fields[]]>([
    ['Adaptive evaluation reveals the limit of the defense: topical attacks retain 11.9x amplification with a 50% joint miss rate.', [
      { value_low: 11.9, metric: 'other' }]],
    ['Understanding and generation gradients are near-orthogonal with ~11-14x magnitude imbalance driven by token count asymmetry.', [
      { value_low: 11, metric: 'other' }]],
    // Steps of the work and change nouns leave it to the default (speed here).
    ['Furthermore, it substantially improves inference efficiency, achieving 1.76x prefilling and 2.54x decoding speedups.', [
      { value_low: 1.76, metric: 'speed' }, { value_low: 2.54, metric: 'speed' }]],
  ])('%s', (text, expected) => expectClaims(text, expected, false));
});
