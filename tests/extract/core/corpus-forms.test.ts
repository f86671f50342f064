/**
 * General forms read off the 10k-abstract corpus and the audit of its output rows: what a baseline phrase is not
 * (a measure, a clause, a pronoun), what a level shares with the comparison beside it, plural devices, and what
 * "N× fewer <things>" measures. A failing row prints the refiners' trace.
 */
import { describe, it } from 'vitest';
import { expectClaims, type Fields } from './helpers.ts';

describe('baseline phrases: the thing compared against, not its measure', () => {
  it.each<[string, Fields[]]>([
    // The measured noun after a name or head is not part of the name.
    ['We match uncompressed baseline accuracy with 88x less memory.', [{ baseline: ['uncompressed baseline'] }]],
    ["It matches QLoRA's compute scaling slope while cutting peak memory by 50%.", [{ baseline: ['QLoRA'] }]],
    ['The twin achieves a SMAPE difference of no more than 5.5% in throughput compared to real results.', [{ baseline: ['real results'] }]],
    // A clause after 'without' is no part of the baseline; a defining one is.
    ['It cuts latency by 30% over prior systems without sacrificing throughput.', [{ baseline: ['prior systems'] }]],
    ['It is 2x faster than a variant without KV patching.', [{ baseline: ['variant without KV patching'] }]],
    // Praise and a kind before a model's name: the name.
    ['It matches the state-of-the-art MoE OLMoE-1B-7B with up to 60% fewer parameters.', [{ baseline: ['OLMoE-1B-7B'] }]],
    // A pronoun clause ends the phrase; "as few as two GPUs" is a count, not a comparison.
    ['It is 2.6x faster than the baseline variants we build.', [{ baseline: ['baseline variants'] }]],
    ['It runs at 20 FPS on as few as two H100 GPUs.', [{ baseline: [], hardware: ['H100'] }]],
    // "than X … and <verb> … by N": the "by N" belongs to the new statement, not to X.
    ['It is 2.1x faster than vLLM on A100 GPUs and cuts memory by 30%.', [{ baseline: ['vLLM'] }, { baseline: [] }]],
    // A vendor's possessive is not part of the name; an article after "e.g.," names nothing.
    ["It achieves up to 2.21x kernel-level speedup over NVIDIA's cuBLAS.", [{ baseline: ['cuBLAS'] }]],
    ['FedIns outperforms FL algorithms, e.g., a 6.64% improvement against the top-performing method.', [{ baseline: ['top-performing method'] }]],
    // A count after "over" names nothing; "two strong baselines" does.
    ['Queries over one billion documents return in ~300 ms, 4.7x the throughput of a flat index.', [
      { baseline: ['flat index'] }, { baseline: ['flat index'] }]],
    ['It is 2x faster than two strong baselines.', [{ baseline: ['two strong baselines'] }]],
    // A bare count noun names nothing.
    ['Compared to the parameters, it improves loss by 6.9%.', [{ baseline: [] }]],
    // A participle and a preposition end the phrase; "that baseline" points back to one named before.
    ['It yields a 150,000x speedup over a full-grid finite element baseline hosted on an NVIDIA A100 GPU.', [
      { baseline: ['full-grid finite element baseline'], hardware: ['A100'] }]],
    ['It exceeds the strongest baseline by 17.3 points, and wins 355 of 582 tasks against that baseline.', [
      { baseline: ['strongest baseline'] }]],
    ['It surpassed that using real data alone by 48%.', [{ baseline: ['real data alone'] }]],
    ['It scores about 2 points better than previous models not based on prompts.', [{ baseline: ['previous models'] }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('a level beside a comparison is measured against the same thing', () => {
  it.each<[string, Fields[]]>([
    ['The policy achieves 3.41 ms mean latency, 5.6x faster than fixed-MEDIUM inference.', [
      { baseline: ['fixed-MEDIUM inference'] }, { baseline: ['fixed-MEDIUM inference'] }]],
    ['On VBench we achieve 95.51%, surpassing REPA (92.91%) by 2.60%.', [{ baseline: ['REPA'] }, { baseline: ['REPA'] }]],
    // Beside a list of comparisons, the level is measured against all of them.
    ['It reduces FVD to 360.57, a 21.2% and 22.5% improvement over Alpha and Beta, respectively.', [
      { baseline: ['Alpha', 'Beta'] }, { baseline: ['Alpha'] }, { baseline: ['Beta'] }]],
    // Joined by "and", the level is a statement of its own.
    ['It reaches 40 ms latency on A100 and a 2x speedup over vLLM.', [{ baseline: [] }, { baseline: ['vLLM'] }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('devices written in the plural and Huawei Atlas parts', () => {
  it.each<[string, Fields[]]>([
    ['Training is 1.8x faster on 8 A100s.', [{ hardware: ['A100'] }]],
    ['It reaches 2x higher throughput on two RTX 4090s.', [{ hardware: ['RTX 4090'] }]],
    ['It is 1.5x faster on Huawei Atlas A2 servers.', [{ hardware: ['Atlas A2'] }]],
    // A part inside a chip is the chip.
    ['It runs 9.1x faster on the Qualcomm Hexagon NPU of the Snapdragon X Elite.', [{ hardware: ['Snapdragon X Elite'] }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('what "N× fewer <things>" measures', () => {
  it.each<[string, Fields[]]>([
    ['Our method needs 3x fewer tokens than CoT.', [{ metric: 'cost', direction: 'decrease', baseline: ['CoT'] }]],
    ['It requires 5x fewer function evaluations than DDPM.', [{ metric: 'cost', direction: 'decrease' }]],
    ['It uses 10x fewer API calls than ReAct.', [{ metric: 'cost', direction: 'decrease' }]],
    ['It serves 3x more tokens per second than vLLM.', [{ metric: 'throughput', direction: 'increase', baseline: ['vLLM'] }]],
    ['It reduces median time-between-tokens (TBT) by up to 40.1%.', [{ metric: 'latency' }]],
    ['It reduces parameter synchronization time by 3x.', [{ metric: 'other' }]],
    // How many tokens a pruning method drops or keeps is its setting; a saving of tokens is a claim.
    ['It keeps its accuracy while removing 80.2% of vision tokens.', []],
    ['It saves 25-47% of self-consistency tokens.', [{ value_low: 25, value_high: 47, metric: 'cost' }]],
    ['It gains 9.1% accuracy with 13.2% fewer reasoning tokens.', [{ value_low: 9.1, metric: 'accuracy' }, { value_low: 13.2, metric: 'cost' }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('named unitless scores (spec unit score)', () => {
  it.each<[string, Fields[]]>([
    ['MoE achieves an AUC-ROC of 0.905, recall of 0.930, and F1-score of 0.722.', [
      { value_low: 0.905, unit: 'score', metric: 'accuracy' }, { value_low: 0.93, unit: 'score', metric: 'accuracy' },
      { value_low: 0.722, unit: 'score', metric: 'accuracy' }]],
    // An error is 'other', lower is better; "from A to B" reaches B.
    ['Our model achieves an MAE of 2.1 and an R2 of 0.93.', [
      { value_low: 2.1, unit: 'score', metric: 'other' }, { value_low: 0.93, unit: 'score', metric: 'accuracy' }]],
    ['Fine-tuning improves ROUGE-1 from 41.45 to 62.18.', [{ value_low: 62.18, unit: 'score', metric: 'accuracy' }]],
    ['It reduces RMSE from 0.42 to 0.31.', [{ value_low: 0.31, unit: 'score', metric: 'other' }]],
    // "<score> of N" is a level even when an improvement follows; the other model's value is its number.
    ['The model achieved an IoU value of 0.8306, an improvement over the U-Net value of 0.8065.', [
      { value_low: 0.8306, unit: 'score', comparison: 'absolute' }]],
    // Not scores: a percentage (read by the percentage finder), a threshold, bits, a change in an error.
    ['The Point Transformer attains an mIoU of 70.4% on Area 5.', [{ value_low: 70.4, unit: '%' }]],
    ['We report mAP at IoU=0.5 of 45.2 on our data.', []],
    ['It uses a precision of 16 bits.', []],
    ['It cuts latency by 40% with the constraint of 0.1 perplexity increase.', [{ value_low: 40, unit: '%' }]],
    // "PG-19 perplexity": a number glued to a name is part of the name.
    ['It attains the lowest PG-19 perplexity and 5.2 perplexity on WikiText.', [{ value_low: 5.2, unit: 'score' }]],
    // "intersection over union" compares nothing.
    ['It reaches a mean intersection over union (mIoU) of 0.961.', [{ value_low: 0.961, unit: 'score' }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('change nouns, decibels and "smaller"', () => {
  it.each<[string, Fields[]]>([
    // Delay is latency; a summary in parentheses goes the way of the claim before it.
    ['HDTGA increases throughput by 19.3% and reduces delay by 48.5%.', [{ metric: 'throughput' }, { metric: 'latency' }]],
    ['Our degree-aware reduction kernels achieve up to 10× speedup (median 2.6×).', [{ direction: 'increase' }, { direction: 'increase' }]],
    ['We show gains in HAR detection, with enhancements of up to 79.69%.', [{ value_low: 79.69, comparison: 'relative' }]],
    ['RiVEG achieves absolute leads of 10.65% and 6.21% in two subtasks.', [{ unit: 'pp', comparison: 'relative' }, { unit: 'pp', comparison: 'relative' }]],
    // Decibels are quality as PSNR; a signal-to-noise setting or a power loss is not a claim.
    ['SIPL achieves PSNR improvements of +4.58 dB on composite tasks.', [{ value_low: 4.58, unit: 'dB', comparison: 'relative' }]],
    ['It achieves 32.5 dB PSNR on Set5.', [{ value_low: 32.5, unit: 'dB', comparison: 'absolute' }]],
    ['Under noise at 0 dB SNR, it achieves a 37% relative improvement over the baseline system.', [{ value_low: 37, unit: '%' }]],
    // "N× smaller" is model size (parameters) unless the size named is storage.
    ['The distilled models are up to 8x smaller than standard fine-tuned counterparts.', [{ metric: 'parameters', direction: 'decrease' }]],
    ['Trick-GS achieves a 40x smaller disk size than vanilla GS.', [{ metric: 'memory', direction: 'decrease' }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('pairs, points and contrasts with the paper\'s own name', () => {
  it.each<[string, Fields[]]>([
    // "(A vs. B)": A is the paper's level, B the baseline's number.
    ['Whisfusion achieves a lower WER than Whisper-tiny (8.3% vs. 9.7%) on short audio.', [
      { value_low: 8.3, comparison: 'absolute', baseline: ['Whisper-tiny'] }]],
    // "A vs. B/C" outside a parenthesis: A is cued by the comparison; B and C are the baselines' numbers.
    ['FeatCal beats Surgery and ProbSurgery: 85.5% vs. 77.0%/78.8% on CLIP-ViT-B/32.', [
      { value_low: 85.5, comparison: 'absolute', baseline: ['Surgery', 'ProbSurgery'] }]],
    // The other side's number or a statistic after "vs." names no baseline.
    ['Our kernel achieves a 159x speedup at 131K tokens (3.94ms vs 628ms).', [
      { value_low: 159, comparison: 'relative', baseline: [] }, { value_low: 3.94, comparison: 'absolute', baseline: [] }]],
    // The figures right after the 18% say what it is against (82.5 / 70.0 = 1.18).
    ['EvoPref improves coverage by 18% (median 82.5% vs. 70.0% for ORPO, $p<0.001$).', [
      { value_low: 18, comparison: 'relative', baseline: ['ORPO'] }, { value_low: 82.5, comparison: 'absolute', baseline: ['ORPO'] }]],
    ['Our segmentation reaches Dice similarity coefficients of 95.8% and 90.2%.', [
      { value_low: 95.8, comparison: 'absolute', baseline: [] }, { value_low: 90.2, comparison: 'absolute', baseline: [] }]],
    ['SoftQE improves performance by 2.83 absolute percentage points on BEIR.', [{ value_low: 2.83, unit: 'pp' }]],
    // "In contrast, X …" is someone else's result, unless the abstract named X as its own.
    ['We introduce a framework named CoT Monitor+. In contrast, CoT Monitor+ cuts deceptive behaviors by 43.8% on average.', [{ value_low: 43.8 }]],
    ['We introduce a framework named FooNet. In contrast, Wazuh achieved an accuracy of 52.0% on the same data.', []],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('losses and counts of operations', () => {
  it.each<[string, Fields[]]>([
    // A loss is a relative claim that goes down (spec v2, losses), however it is worded.
    ['SparseSAM loses only 0.004 mIoU at a 0.4 density.', [{ value_low: 0.004, comparison: 'relative', direction: 'decrease' }]],
    ['It loses only 0.3% accuracy.', [{ comparison: 'relative', direction: 'decrease', metric: 'accuracy' }]],
    ['It keeps length reductions with accuracy drops of only 2-5%.', [{ value_low: 2, comparison: 'relative', direction: 'decrease' }]],
    ['The next best method suffers sharper declines of 7.59% in accuracy.', [{ comparison: 'relative', direction: 'decrease' }]],
    // GFLOPs counted are compute (cost); TFLOPS reached are a rate (throughput).
    ['It shows up to 12% GFLOPs reduction and 8.9% latency reduction.', [{ metric: 'cost' }, { metric: 'latency' }]],
    ['It needs 19x fewer GFLOPs than top-performing transformer models.', [{ metric: 'cost', direction: 'decrease' }]],
    ['It reaches 312 TFLOPS on H100.', [{ metric: 'throughput', comparison: 'absolute' }]],
    // "than X does": the auxiliary verb is no part of the name.
    ['It is 2x faster than vLLM does on long prompts.', [{ baseline: ['vLLM'] }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('the level the compared thing reaches is its number, not a claim', () => {
  it.each<[string, Fields[]]>([
    ['ExtraTrees achieves F1 = 0.826, compared to transformers achieving only F1 = 0.509-0.577.', [{ value_low: 0.826 }]],
    ['It reaches 81.2% accuracy, compared to GPT-4 with 66%.', [{ value_low: 81.2 }]],
    // Not after "than": "faster than real-time with 0.56 s latency" is the paper's own level.
    ['It runs faster than real-time on CPU with 0.56 s algorithmic latency.', [{ value_low: 0.56 }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('"respectively" pairs the numbers with the quantities listed after or right before them', () => {
  it.each<[string, Fields[]]>([
    ['T-SAR delivers 5.6-24.5x and 1.1-86.2x improvements in GEMM latency and GEMV throughput, respectively.', [
      { metric: 'latency' }, { metric: 'throughput' }]],
    ['It improves accuracy by up to 6.8% while saving the response latency and retraining time by up to 35.5x and 3.3x, respectively.', [
      { metric: 'accuracy' }, { metric: 'latency' }, { metric: 'training_time' }]],
    ['It reduces decoder FLOPs by up to 55% and 75%, respectively.', [{ metric: 'cost' }, { metric: 'cost' }]],
    // The cues must be a list of their own, in the clause, and before the next number.
    ['FSA achieves 1.77x and 4.83x higher attention FLOPs/s utilization compared to A and B, respectively.', [
      { metric: 'throughput' }, { metric: 'throughput' }]],
    ['It achieves 98.64% and 96.44% reduction in memory footprint, while keeping an accuracy of 99.31% and 96.08%, respectively.', [
      { metric: 'memory' }, { metric: 'memory' }, { metric: 'accuracy' }, { metric: 'accuracy' }]],
    ['It achieves 1.42x and 1.35x higher throughput than vLLM and attains 31.9% and 31.2% cost efficiency gains for offline and online serving, respectively.', [
      { metric: 'throughput' }, { metric: 'throughput' }, { metric: 'cost' }, { metric: 'cost' }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('microseconds', () => {
  // The unit is written with the Greek mu (U+03BC, what NFKC makes of the micro sign), whichever the abstract used.
  it.each(['It adds only $32\\,\\mathrm{μs}$ decision latency.', 'It adds only $32\\,\\mu$s decision latency.', 'It adds only 32 µs decision latency.'])(
    '%s', (text) => expectClaims(text, [{ value_low: 32, unit: 'μs', metric: 'latency' }]));
});

describe('the same number twice is one claim, unless each names its own baseline', () => {
  it.each<[string, Fields[]]>([
    ['Against AM-TRF it reduces WER by 9%. Against the LSTM baseline it reduces WER by 9% as well.', [
      { value_low: 9, baseline: ['AM-TRF'] }, { value_low: 9, baseline: ['LSTM baseline'] }]],
    ['It reduces WER by 9% over AM-TRF. In short, WER drops by 9%.', [{ value_low: 9, baseline: ['AM-TRF'] }]],
    // A restatement that names the device (or the baseline) the first statement left out is the one kept.
    ['It accelerates video generation by 100-200x. Experiments show a 100-200x speedup for video generation even on a single RTX 5090 GPU.', [
      { value_low: 100, hardware: ['RTX 5090'], span: '100-200x' }]],
    ['It accelerates video generation by 100-200x on an H100. Experiments show a 100-200x speedup on a single RTX 5090 GPU.', [
      { value_low: 100, hardware: ['H100'] }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('what a comparative before a plain noun measures', () => {
  it.each<[string, Fields[]]>([
    // A count of something not in the metric list is 'other', not the abstract's indicator.
    ['It achieves up to four times more parallel calls than existing methods, reducing latency by 12%.', [
      { metric: 'other' }, { metric: 'latency' }]],
    ['It requires 10-20x less training data than existing approaches at the same latency.', [{ metric: 'other' }]],
    ['Its base model is about 19x less expensive than GPT-4o on Azure.', [{ metric: 'cost', direction: 'decrease' }]],
    // "relative" ends the phrase only as "relative to".
    ['It gets 18% relative real-time factor (RTF) reduction in decoding.', [{ metric: 'latency', direction: 'decrease' }]],
    ['It yields a 107% relative improvement in decay recall.', [{ metric: 'accuracy' }]],
    // A number opening a parenthesis right after a named quantity is about that quantity.
    ['It achieves 3.2x inference speedup while maintaining competitive perplexity (0.8% degradation).', [
      { metric: 'speed', direction: 'increase' }, { metric: 'other', direction: 'increase' }]],
    ['It substantially reduces latency (1.7-2.0x) and memory usage (1.9-2.4x).', [{ metric: 'latency' }, { metric: 'memory' }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('levels and speedups written without a unit sign', () => {
  it.each<[string, Fields[]]>([
    // "(A vs. B)" with bare decimals: A is the paper's level, a score; B is the other side's number.
    ['It remains close to the teacher on SugarCrepe (86.1 vs. 86.4) and ARO (59.5 vs. 60.4).', [
      { value_low: 86.1, unit: 'score', comparison: 'absolute' }, { value_low: 59.5, unit: 'score', comparison: 'absolute' }]],
    ['Answer quality is on par with the GPU (mean 9.32 vs. 8.95).', [{ value_low: 9.32, unit: 'score', metric: 'accuracy' }]],
    ['It shows 2.3x higher peak-token consistency (0.425 vs 0.183).', [
      { value_low: 2.3, unit: 'x', metric: 'other' }, { value_low: 0.425, unit: 'score', metric: 'other' }]],
    // Not a pair of levels: a time, a unit after the second number.
    ['It answers in 3.54 s (3.54 vs 1.64 sec for GPT-4).', [{ value_low: 3.54, unit: 's' }]],
    // "1.33 end-to-end TPOT speedup": a decimal before "speedup" is a factor.
    ['It achieves up to 1.33 end-to-end TPOT speedup on A40.', [{ value_low: 1.33, unit: 'x', metric: 'latency' }]],
    ['It yields a 1.8 wall-clock speedup in our 4-step setting.', [{ value_low: 1.8, unit: 'x', metric: 'speed' }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('conditions that look like results', () => {
  it.each<[string, Fields[]]>([
    // "gap detection" is a task, not a gap: the F1 reached is a level.
    ['ComplianceNLP achieves 87.7 F1 on gap detection, outperforming GPT-4o+RAG by +3.5 F1.', [
      { value_low: 87.7, comparison: 'absolute' }, { value_low: 3.5, comparison: 'relative' }]],
    // A latency the result is measured under is its condition; "under 100 ms" alone is a result. (The WER reached is a
    // level: this row said 'relative' until error rates joined the level words.)
    ['Under average latency of 960 ms, Emformer gets WER 2.50% on test-clean.', [{ value_low: 2.5, comparison: 'absolute' }]],
    ['It enables reconstructions under 100ms.', [{ value_low: 100, comparison: 'absolute' }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('read off the corpus rows, round 3', () => {
  it.each<[string, Fields[]]>([
    ['It can reduce decoding walltimes by over 15% relative to BV.', [{ metric: 'latency', baseline: ['BV'] }]],
    ['It achieves compression ratios of up to 2187x for meshes and 55x for point clouds.', [
      { metric: 'memory', direction: 'decrease' }, { metric: 'memory', direction: 'decrease' }]],
    // A statistic in parentheses names no baseline.
    ['It gains +1.00-2.04pp vs. Direct Training (p<0.05) on CIFAR100.', [{ baseline: ['Direct Training'] }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('changes written as a signed number or "an improvement … of N"', () => {
  it.each<[string, Fields[]]>([
    ['It offers an improvement in prediction accuracy over single-modality approaches of 1% on average.', [
      { comparison: 'relative', direction: 'increase', baseline: ['single-modality approaches'] }]],
    ['The fusion comes at the cost of +71% in memory and + 105% in FLOPs.', [
      { comparison: 'relative', direction: 'increase', metric: 'memory' }, { comparison: 'relative', direction: 'increase', metric: 'cost' }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('"over" a range or a span of time compares nothing', () => {
  it.each<[string, Fields[]]>([
    ['It leads to accuracy improvements of about 10-25% over a wide range of tasks, including those where prior methods fail.', [
      { baseline: [] }]],
    ['This can save cloud providers up to $2M over the course of a month.', [{ baseline: [] }]],
    ['Its latencies are more than twice lower than TorchServe and Ray Serve over a wide range of workloads.', [
      { baseline: ['TorchServe', 'Ray Serve'] }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('a level a change brought the quantity to', () => {
  it.each<[string, Fields[]]>([
    ['It provides privacy, reducing the success rate of replay attacks to just 9.4% on CFP-FP.', [
      { value_low: 9.4, direction: 'decrease' }]],
    ['ARGUS reduces attack success rate from 28.8% to 3.8% on AgentLure.', [{ value_low: 3.8, comparison: 'absolute', direction: 'decrease' }]],
    ['It raises structural success to 74.1-97.8% across workflows.', [{ value_low: 74.1, comparison: 'absolute', direction: 'increase' }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});
