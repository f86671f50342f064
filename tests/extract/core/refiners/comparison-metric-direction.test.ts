import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.ts';

type Row = [string, string, string, string];

/** [metric, comparison, direction, unit] of each claim of a sentence. */
function fields(sentence: string): Row[] {
  return claimsOf(sentence).map((c) => [c.metric, c.comparison, c.direction, c.unit]);
}

describe('classifyComparison, attachMetric, attachDirection', () => {
  it.each<[string, Row[]]>([
    ['S-LoRA can improve the throughput by up to 4 times.', [['throughput', 'relative', 'increase', 'x']]],
    ['Reducing evaluation cost by up to 20x with little-to-no change in model rankings.', [['cost', 'relative', 'decrease', 'x']]],
    ['The proposed multigrid method trains a ResNet-50 SlowFast network 4.5x faster (wall-clock time, same hardware).', [['speed', 'relative', 'increase', 'x']]],
    ['Our system outperforms state-of-the-art training frameworks by up to 1.98x.', [['speed', 'relative', 'increase', 'x']]],
    ['Sarathi-Serve improves serving throughput within desired latency SLOs of Mistral-7B by up to 2.6x on a single A100 GPU.', [['throughput', 'relative', 'increase', 'x']]],
    ['AGVM enables training in just 3.5 hours, reducing the training time by 20.9x, whilst achieving 62.2 mAP on COCO.', [
      ['training_time', 'absolute', 'decrease', 'h'], ['training_time', 'relative', 'decrease', 'x'], ['accuracy', 'absolute', 'increase', 'mAP']]],
    ['SARATHI reduces bubbles by 6.29x, resulting in an end-to-end throughput improvement of 1.91x.', [
      ['other', 'relative', 'decrease', 'x'], ['throughput', 'relative', 'increase', 'x']]],
    ['Read-ME achieves improvements of up to 10.1% on MMLU, and improving mean end-to-end latency up to 6.1%.', [
      ['accuracy', 'relative', 'increase', '%'], ['latency', 'relative', 'decrease', '%']]],
    ['We show that the proposed method generalizes in 26.47% less number of epochs than the traditional mini-batch method.', [['training_time', 'relative', 'decrease', '%']]],
    // "improvements ranging from A to B" is a range of changes, not a level reached.
    ['It outperforms FedAvg, achieving accuracy improvements ranging from 3.92% to 12.34% across CIFAR-10 and CIFAR-100.', [
      ['accuracy', 'relative', 'increase', '%']]],
    // A K or V cache is memory, as the KV cache is.
    ['Each layer reuses half of its Value heads, cutting Value projections and V cache by nearly 50%.', [['memory', 'relative', 'decrease', '%']]],
    // "; and by N% over Z": the verb left out, the statement goes on across the semicolon.
    ['It reduces end-to-end latency by 43.6% over Hydra; by 34.5% over MoEntwine; and by 46.7% over PIMoE.', [
      ['latency', 'relative', 'decrease', '%'], ['latency', 'relative', 'decrease', '%'], ['latency', 'relative', 'decrease', '%']]],
    // Error measures go down (MSE, CRPS, EER, ECE, Brier score); a bare "smaller" gives way to the quantity named before
    // the number, but not to the previous claim's ("coverage and").
    ['It produces the best CRPS (-18.3% vs. the strongest competitor).', [['other', 'relative', 'decrease', '%']]],
    ['It attains normalized mean-squared errors one to two orders of magnitude smaller than Fourier Neural Operators.', [
      ['other', 'relative', 'decrease', 'x']]],
    ['QD-LLM achieves 46.4% higher coverage and 41.4% higher QD-Score than QDAIF.', [
      ['other', 'relative', 'increase', '%'], ['accuracy', 'relative', 'increase', '%']]],
    // A time's own noun beats the clause's training words ("epochs" of a sleep recording).
    ['On the microcontroller it reaches 1.206 s latency at 68.65 mJ for sleep staging over 30-second epochs.', [
      ['latency', 'absolute', 'decrease', 's'], ['energy', 'absolute', 'decrease', 'mJ']]],
    ['INT8 quantization incurs surprisingly low 1-3% accuracy degradation.', [['accuracy', 'relative', 'decrease', '%']]],
    // The verbs "regress" and "hurt" say the bad way; "gains" the good way after them ("never hurts and gains up to …").
    ['Three pitfalls that silently regress nDCG@10 by 6-8x are documented and fixed.', [['accuracy', 'relative', 'decrease', 'x']]],
    ['Quantization hurts accuracy by 1.2 points.', [['accuracy', 'relative', 'decrease', 'pp']]],
    ['It improves logistic regression by 3%.', [['accuracy', 'relative', 'increase', '%']]],
    ['Compiled text never significantly hurts and gains up to 16.0 points where official prose underperforms.', [['accuracy', 'relative', 'increase', 'pp']]],
    // What a compression verb of the claim's own shrinks is a size, never a speed going down (spec §3).
    ['It compresses the model by 10x.', [['parameters', 'relative', 'decrease', 'x']]],
    ['We leverage fine grained quantization techniques to compress selected activations by 3.5 - 4.5x.', [['memory', 'relative', 'decrease', 'x']]],
    ['It compresses gradients by 100x.', [['communication', 'relative', 'decrease', 'x']]],
    ['Notably, SSLC compresses Qwen2.5 by 50% with no performance drop.', [['parameters', 'relative', 'decrease', '%']]],
    ['HMPO compresses reasoning chains by 19--46% with no accuracy loss.', [['other', 'relative', 'decrease', '%']]],
    ['On OCRBench-v2, it leads the strongest pruned baselines by 1.80 and 0.68 percentage points.', [
      ['accuracy', 'relative', 'increase', 'pp'], ['accuracy', 'relative', 'increase', 'pp']]],
    // A level reached "from A to B" after a relative claim joined by "and" is judged on its own (spec §1: absolute B).
    ['FOEM reduces the perplexity of Llama3-8B by 89.6%, and improves the MMLU accuracy of Llama3-70B from 51.7% to 74.9%.', [
      ['other', 'relative', 'decrease', '%'], ['accuracy', 'absolute', 'increase', '%']]],
    // A measure named right before a percentage, no change word near: a level ("within 2%" after it is a gap).
    ['DapQ reaches nearly lossless performance 99.5% on NIAH with 3% KV cache budgets.', [['accuracy', 'absolute', 'increase', '%']]],
    // Concurrent users or agents are a capacity, which the annotators write as 'other' (like "maximum concurrency").
    ['Capacity on a shared 8-core VM rises from ~154 to ~1,400 concurrent agents (9x).', [['other', 'relative', 'increase', 'x']]],
    ['We show ConAdv can achieve 75.3\\% top-1 accuracy, and the accuracy can be further improved to 76.2\\% with augmentation.', [
      ['accuracy', 'absolute', 'increase', '%'], ['accuracy', 'absolute', 'increase', '%']]],
    ['We train a 557-million-parameter AmoebaNet model and attain a top-1 accuracy of 84.4% on ImageNet-2012.', [['accuracy', 'absolute', 'increase', '%']]],
    ['It achieves up to 93.72\\% GPU memory savings.', [['memory', 'relative', 'decrease', '%']]],
    ['The latter scheme can yield a 16\\% improvement in runtime over the baseline GC scheme.', [['training_time', 'relative', 'decrease', '%']]],
    ['Symbolic-MoE outperforms them with an absolute average improvement of 8.15% over the best multi-agent baseline.', [['accuracy', 'relative', 'increase', 'pp']]],
    ['It improves accuracy (+0.8% absolute) on Kinetics-400.', [['accuracy', 'relative', 'increase', 'pp']]],
    ['It improves accuracy by 3.2 points on GSM8K.', [['accuracy', 'relative', 'increase', 'pp']]],
    ['Our agent reaches a win rate of 65% against GPT-4.', [['accuracy', 'absolute', 'increase', '%']]],
    // A gain in a named score is points; the score reached is `score` (spec §2).
    ['It improves translation quality by +0.5 BLEU on WMT14.', [['accuracy', 'relative', 'increase', 'pp']]],
    ['StreamDiffusion makes image-to-image generation achieve up-to 91.07fps on one RTX4090.', [['throughput', 'absolute', 'increase', 'fps']]],
    ['17.86 FID score on ImageNet 64 times 64 with only four steps, compared to 138.66 with DDIM.', [['fid', 'absolute', 'decrease', 'FID']]],
    ['It reaches 3.5 ms per token latency.', [['latency', 'absolute', 'decrease', 'ms']]],
    ['It accelerates prefill by 2.3x-3.1x without any accuracy loss.', [['speed', 'relative', 'increase', 'x']]],
    ['Our method trains with 40% less memory than full fine-tuning.', [['memory', 'relative', 'decrease', '%']]],
    ['The method compresses the model with negligible accuracy loss (<1%).', [['accuracy', 'relative', 'decrease', '%']]],
    // Utilisation and compute rates are throughput (spec v2).
    ['Our system reaches 45% MFU when training on 1,024 H100 GPUs.', [['throughput', 'absolute', 'increase', '%']]],
    ['Our approach achieves 2× lower latency and 3× higher throughput than TensorRT-LLM.', [
      ['latency', 'relative', 'decrease', 'x'], ['throughput', 'relative', 'increase', 'x']]],
    ['Our method saves up to 50% of the training cost and cuts 30% of the memory.', [
      ['cost', 'relative', 'decrease', '%'], ['memory', 'relative', 'decrease', '%']]],
    ['It achieves 4.2× compression with 8.1x KV cache compression.', [['parameters', 'relative', 'decrease', 'x'], ['memory', 'relative', 'decrease', 'x']]],
    // Efficiency that goes up is the metric's increase (spec v2), and its factor is the stated ratio.
    ['It achieves 2.3× higher energy efficiency and is 1.8x more memory-efficient.', [['energy', 'relative', 'increase', 'x'], ['memory', 'relative', 'increase', 'x']]],
    ['It delivers up to 1.9x higher throughput, 48% lower latency, 28% higher GPU utilization, and 54% lower energy than vLLM.', [
      ['throughput', 'relative', 'increase', 'x'], ['latency', 'relative', 'decrease', '%'], ['throughput', 'relative', 'increase', '%'], ['energy', 'relative', 'decrease', '%']]],
    ['Findings show up to 13-fold model size reduction but reveal inconsistent impacts on accuracy.', [['parameters', 'relative', 'decrease', 'x']]],
    ['Models achieve ~75% memory reduction, 40–60% lower inference latency, and 1.8–2.3× higher throughput.', [
      ['memory', 'relative', 'decrease', '%'], ['latency', 'relative', 'decrease', '%'], ['throughput', 'relative', 'increase', 'x']]],
    ['It generates images with the same quality as a DDIM baseline using 32-58% less sampling time on ImageNet256.', [['latency', 'relative', 'decrease', '%']]],
    ['The system improves MFU by 1.5x and reduces p99 latency by 3.5x.', [['throughput', 'relative', 'increase', 'x'], ['latency', 'relative', 'decrease', 'x']]],
    // "N× more accurate" is accuracy, not the default speed of a bare multiplier.
    ['The surrogate is 3 times faster and 2 times more accurate than the FEM solver.', [
      ['speed', 'relative', 'increase', 'x'], ['accuracy', 'relative', 'increase', 'x']]],
    ['Through extensive benchmarks on three representative PDE problems, we show that our approach yields up to an $8\\times$ more accurate physical residuals compared to FM.', [
      ['accuracy', 'relative', 'increase', 'x']]],
    // A reduction in a time no cue names is 'other', not the percentage's default accuracy (as with "reduces X by N%").
    ['Our results demonstrate 60% reduction in development time, and 3x improvement in deployment velocity compared to imperative implementations.', [
      ['other', 'relative', 'decrease', '%'], ['other', 'relative', 'increase', 'x']]],
    ['The pipeline brings a 30% reduction in review time.', [['other', 'relative', 'decrease', '%']]],
    // A service or waiting time is a latency.
    ['With our DRL-based JPPO, the framework maintains fidelity comparable to the no-compression baseline while still achieving a 17% service time reduction through adaptive compression.', [
      ['latency', 'relative', 'decrease', '%']]],
    // A multiple of a quantity no cue names ("improvement in X", "better X") is 'other', not a bare multiplier's speed;
    // speed, performance and efficiency no cue names stay the default's.
    ['The planner gives a 3x improvement in route coverage and 5 times better stability than the greedy baseline.', [
      ['other', 'relative', 'increase', 'x'], ['other', 'relative', 'increase', 'x']]],
    ['Geodesic scoring finds harder frames, with 2-3x higher ground-truth camera displacement than Euclidean scoring.', [
      ['other', 'relative', 'increase', 'x']]],
    ['The 88B model delivers up to 1.29X higher request-level efficiency.', [['speed', 'relative', 'increase', 'x']]],
    ['Notably, on complex tasks such as humanoid locomotion, our method achieves a $4\\times$ improvement in final return.', [
      ['other', 'relative', 'increase', 'x']]],
    ['The cache gives up to 5.35x performance improvement and a 3x improvement in inference speed.', [
      ['speed', 'relative', 'increase', 'x'], ['speed', 'relative', 'increase', 'x']]],
    // A change noun, then a bound on its size: "a cost reduction exceeding 50-fold".
    ['Moreover, RocketEval provides a cost reduction exceeding 50-fold for large-scale evaluation.', [['cost', 'relative', 'decrease', 'x']]],
    // A quantity held the same after the number ("with comparable accuracy", "with minimal latency") is not the one measured.
    ['The guard model achieved the highest detection rate of 76% with minimal latency.', [['accuracy', 'absolute', 'increase', '%']]],
    ['OS-Pruner achieves 20-60% reduction in generation length with minimal accuracy sacrifice.', [['other', 'relative', 'decrease', '%']]],
    // More of an outcome than another model, and what a method can use, are results.
    ['For example, the diffusion model decodes 6x more tokens per forward than Qwen3-8B with comparable accuracy.', [['other', 'relative', 'increase', 'x']]],
    ['LABOR converges faster than existing layer sampling approaches and can use up to 112 times larger batch sizes compared to NS.', [
      ['other', 'relative', 'increase', 'x']]],
    // A pipeline's or a forward pass's time is a latency, not a training time.
    ['Kernel fusion brings the 5B video pipeline to 13.06s at 720p on one H100.', [['latency', 'absolute', 'decrease', 's']]],
    ['With LoRA tuning on a 20B model, it reaches a GenEval score of 0.89 in 6 hours.', [
      ['accuracy', 'absolute', 'increase', 'score'], ['training_time', 'absolute', 'decrease', 'h']]],
    // A margin over a named method with "by" left out; a compression "to" a multiple; a reduction "by N% of" the original.
    ['Results show speedups from 2.24x to 4.32x, outperforming the state-of-the-art method Eagle3 up to 36.4%.', [
      ['speed', 'relative', 'increase', 'x'], ['speed', 'relative', 'increase', '%']]],
    ['We show that WISE can effectively compress the gigapixel WSI images to 36 times on average and up to 136 times.', [
      ['memory', 'relative', 'decrease', 'x'], ['memory', 'relative', 'decrease', 'x']]],
    ['It keeps the history while reducing data storage by over 99% of the original image size.', [['memory', 'relative', 'decrease', '%']]],
    // A level with a bound or an approximation ("achieves up to 93.2% success", "maintains ~95% ASR") is a level; a
    // comparative past a comma or another number ("96% accuracy, a 10x reduction") is another claim's.
    ['ViPer achieves up to 93.2% success, approaching human-level performance.', [['accuracy', 'absolute', 'increase', '%']]],
    ['For instance, Hydra maintains ~95% ASR and strong clean generation.', [['accuracy', 'absolute', 'increase', '%']]],
    ['We replaced the 70B model with a fine-tuned 8B variant, achieving 96% accuracy, a 10x reduction in model size, and 70% latency improvement.', [
      ['accuracy', 'absolute', 'increase', '%'], ['parameters', 'relative', 'decrease', 'x'], ['latency', 'relative', 'decrease', '%']]],
    ['Evaluated on TPU7x, RPA achieves up to 86% memory bandwidth utilization (MBU) in decode and 73% model FLOPs utilization in prefill.', [
      ['throughput', 'absolute', 'increase', '%'], ['throughput', 'absolute', 'increase', '%']]],
    // A comparative after "and a" or another number is another quantity's; a list of levels goes on past its measures'
    // names; a signed change in parentheses starts no list of changes.
    ['It achieves a competitive accuracy of 57.71% and a significantly lower training time of only 9 seconds.', [
      ['accuracy', 'absolute', 'increase', '%'], ['training_time', 'absolute', 'decrease', 's']]],
    ['Across 11 videos, it hits 83.7% stroke-type accuracy, 61.9% on direction, and 62.6% on posture.', [
      ['accuracy', 'absolute', 'increase', '%'], ['accuracy', 'absolute', 'increase', '%'], ['accuracy', 'absolute', 'increase', '%']]],
    ['It reaches a 37.4% (+15.1%) win rate on ArenaHard and a 40.7% (+17.8%) win rate on AlpacaEval 2.0.', [
      ['accuracy', 'absolute', 'increase', '%'], ['accuracy', 'relative', 'increase', '%'], ['accuracy', 'absolute', 'increase', '%'],
      ['accuracy', 'relative', 'increase', '%']]],
    ['Our approach achieves roughly 40% parameter and FLOPs reduction with little loss.', [['cost', 'relative', 'decrease', '%']]],
    ['GLOW outperforms existing systems, achieving up to 53.3% and an average 38% improvement.', [
      ['accuracy', 'relative', 'increase', '%'], ['accuracy', 'relative', 'increase', '%']]],
    // IoU, Dice, precision, pass rates and average scores are levels when reached; "80% reduced latency" and "by a
    // massive 76%" are changes.
    ['Experiments show TokenSeg achieves state-of-the-art performance with 94.49% Dice and 89.61% IoU.', [
      ['accuracy', 'absolute', 'increase', '%'], ['accuracy', 'absolute', 'increase', '%']]],
    ['In lane detection, AurigaNet achieves a remarkable 60.8% IoU.', [['accuracy', 'absolute', 'increase', '%']]],
    ['The deployment achieves 80% reduced processing latency.', [['latency', 'relative', 'decrease', '%']]],
    ['It reduces generation MMD by a massive 76%.', [['other', 'relative', 'decrease', '%']]],
    // "from less than A to more than B": B is the level reached, A where it started.
    ['Fine-tuning improves semantic fault repair from less than 3% to more than 91%.', [['other', 'absolute', 'increase', '%']]],
    ['The method brings HAR detection enhancements of up to 79.69%.', [['accuracy', 'relative', 'increase', '%']]],
    // Cost: "N x cheaper", "token savings/reduction", "the number of GPU instances".
    ['They were 5.0x to 28x cheaper than the five scaffoldings that do support MCP.', [['cost', 'relative', 'decrease', 'x']]],
    ['ConCise achieves 64.63% average token savings while maintaining acceptable accuracy.', [['cost', 'relative', 'decrease', '%']]],
    ['It reduces the number of GPU instances by 50% in scale-out training.', [['cost', 'relative', 'decrease', '%']]],
    // Pass, resolution and completion rates are quality scores, and so are a named task's success and faithfulness.
    ['Claude achieves the best overall pass rate of 74.46%, while most open-source models remain below 50%.', [['accuracy', 'absolute', 'increase', '%']]],
    ['Demonstrating sample efficiency, it achieves a 97.1% pass rate on MiniF2F-Test using only 72 inference calls.', [['accuracy', 'absolute', 'increase', '%']]],
    // A rate per device is the rate ("TFLOPS/GPU"); correlations are scores.
    ['On GB200 it achieves 974 TFLOPS/GPU for Qwen3-235B.', [['throughput', 'absolute', 'increase', 'TFLOPS']]],
    ['Pearson/Spearman correlations of 77.55%/77.45% are obtained on STSbTR.', [
      ['accuracy', 'absolute', 'increase', '%'], ['accuracy', 'absolute', 'increase', '%']]],
    // A makespan is a completion time (latency); "after 25 epochs" is when a level was reached, not what it measures.
    ['On four benchmarks, VQR-DQN achieves 26.8% normalized makespan reduction versus random baselines.', [['latency', 'relative', 'decrease', '%']]],
    ['HRM reaches 65.0% after 25 epochs.', [['accuracy', 'absolute', 'increase', '%']]],
    // A number that is a verb says its own way ("more than doubled", "halving"), whatever verb came before it.
    ['Our approach achieved up to a 75% reduction in memory usage and more than doubled sustained throughput on 1,024 GPUs.', [
      ['memory', 'relative', 'decrease', '%'], ['throughput', 'relative', 'increase', 'x']]],
    ['It preserves the voted accuracy while halving its attention FLOPs.', [['cost', 'relative', 'decrease', 'x']]],
    ['It obtains an F1 score of 85.3 and 0.95 AUC.', [['accuracy', 'absolute', 'increase', 'score'], ['accuracy', 'absolute', 'increase', 'score']]],
  ])('%s', (sentence, expected) => {
    expect(fields(sentence)).toEqual(expected);
  });

  it('takes the performance indicator an abstract names when the sentence names none', () => {
    const abstract = 'Throughput is the key performance indicator of offline batch inference. Extensive evaluation shows that BatchLLM outperforms vLLM by 1.1x to 2x.';
    expect(claimsOf(abstract).map((c) => c.metric)).toEqual(['throughput']);
  });
});
