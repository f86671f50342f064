import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.ts';
import { readBaseline } from '../../../../extract/core/refiners/baseline.ts';

describe('readBaseline', () => {
  it.each<[string, string[]]>([
    [' vLLM by 1.1x to 2x', ['vLLM']],
    [' Orca and vLLM.', ['Orca', 'vLLM']],
    [' state-of-the-art libraries such as HuggingFace PEFT and vLLM (with naive support of LoRA serving)', ['HuggingFace PEFT', 'vLLM']],
    [' the state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel) by', ['DeepSpeed-MoE', 'Tutel']],
    [' the cutting-edge solutions provided by NVIDIA FasterTransformer.', ['NVIDIA FasterTransformer']],
    [' other popular open-source dense models of similar scales, achieving', ['popular open-source dense models of similar scales']],
    [' the previous state-of-the-art one-step diffusion model (FID=6.47, 19.4M parameters)', ['previous state-of-the-art one-step diffusion model']],
    [' utilizing only a single GPU type, highlighting', ['single GPU type']],
    [' 138.66 with DDIM.', ['DDIM']],
    [' the sequential denoising method at different denoising levels.', ['sequential denoising method']],
    [' time.', []],
    // The other side's figure with its unit names nothing ("(0.175 ms vs. 0.318 ms)").
    [' 0.318 ms).', []],
    // A participle after adverbs only is a modifier before the head; after the head it ends the phrase.
    [' locally measured autoregressive decoding.', ['locally measured autoregressive decoding']],
    [' vLLM measured on an A100.', ['vLLM']],
    // A name followed by a present-tense verb starts a clause of its own, not the list's next item.
    [' MAR-diffusion, and MARVAL-RL yields consistent improvements in CLIP scores.', ['MAR-diffusion']],
    [' vLLM and SGLang models.', ['vLLM', 'SGLang']],
    // "more than twice the best prior method": the multiple is no part of the name.
    [' twice the best prior training-free method on RRSIS-D', ['best prior training-free method']],
    // Lower-case words that end an item of a named list are part of it; a participle with a phrase of its own is not.
    [' baselines such as power-capping and GPU idling, with consistent gains', ['power-capping', 'GPU idling']],
    [' frameworks such as llama dot cpp, while reducing energy', ['llama dot cpp']],
    [' traditional methods like CoT-based verifiers.', ['CoT-based verifiers']],
    [' baselines such as vLLM running on an A100, with gains', ['vLLM']],
    // A count out of a total is the other side's figure, not a name.
    [' 536/1548, corresponding to a gain', []],
    // A gerund right after a name starts a modifier of it; after "of" it is part of the phrase.
    [' HTTPS utilizing Simple features and Transfer learning.', ['HTTPS']],
    [' the attack strategy of utilizing discrete optimization with an auxiliary model', ['attack strategy of utilizing discrete optimization']],
    [' the 300M-parameter teacher (73.84%/72.92%), and', ['300M-parameter teacher']],
    // A name in apposition after a generic head, ending the phrase, is the baseline.
    [' the previous best method, STEERER.', ['STEERER']],
    [' the state-of-the-art tool, Varity.', ['Varity']],
    [' prior methods, which rely on heuristics.', ['prior methods']],
    // "yet" starts a clause of its own; a statistic after the other side's number names nothing.
    [' the teacher yet sustains macro-F1 above 0.986', ['teacher']],
    [' 0.368, delta +0.047, 95% CI [+0.009, +0.088]).', []],
    [' difference-based methods by 3%', ['difference-based methods']],
    // A range in parentheses is the baseline's figure, not its name.
    [' the standard 2D LiDAR teacher (50-89%).', ['standard 2D LiDAR teacher']],
    // An article after the generic head starts the next clause.
    [' a fairly trained RS baseline the residual advantage is dataset-dependent', ['fairly trained RS baseline']],
    // Two modifiers sharing one generic head are one phrase; a noun before "and" is an item of its own.
    [' dense and sparse baselines by 3%', ['dense and sparse baselines']],
    [' state-of-the-art checkpoint-based and elastic systems by up to three orders of magnitude', ['state-of-the-art checkpoint-based and elastic systems']],
    [' monolithic and synchronous baselines.', ['monolithic and synchronous baselines']],
    [' random sampling and greedy baselines', ['random sampling']],
    [' full fine-tuning and encoder-freezing baselines', ['full fine-tuning']],
  ])('%s', (rest, expected) => {
    expect(readBaseline(rest)).toEqual(expected);
  });
});

describe('attachBaseline', () => {
  it.each<[string, string[][]]>([
    ['Compared to state-of-the-art libraries such as HuggingFace PEFT and vLLM, S-LoRA can improve the throughput by up to 4 times.', [['HuggingFace PEFT', 'vLLM']]],
    ['Sarathi-Serve improves serving throughput by up to 2.6x on a single A100 GPU and up to 6.9x for Falcon-180B on 8 A100 GPUs over Orca and vLLM.', [['Orca', 'vLLM'], ['Orca', 'vLLM']]],
    ['FedIns outperforms state-of-the-art FL algorithms, e.g., a 6.64\\% improvement against the top-performing method on Tiny-ImageNet.', [['top-performing method']]],
    ['It achieves 1.8x end-to-end speedup over FasterTransformer and 1.3x over vLLM.', [['FasterTransformer'], ['vLLM']]],
    ['Experiments show that 1) FSMoE is more efficient than existing implementations (with up to a 1.42times speedup), and 2) FSMoE outperforms Tutel by 1.19times-3.01times.', [['existing implementations'], ['Tutel']]],
    ['The approach is twice as fast as Megatron-LM.', [['Megatron-LM']]],
    ['Our empirical experiments demonstrate approximately 8x parameter savings in a standard LoRA setting.', [['standard LoRA']]],
    ['It cuts memory by 3x in the vanilla attention implementation.', [['vanilla attention implementation']]],
    ['It generates images with the same quality as a DDIM baseline using 32-58% less sampling time.', [['DDIM baseline']]],
    ['It achieves 5.6x and 3.2x speedups over PyTorch and TensorRT, respectively.', [['PyTorch'], ['TensorRT']]],
    ['QRazor achieves similar performance, surpassing Smoothquant and QLLM by over 12 points and Quarot(RTN) by more than 2.9 points on LLaMA2-7B.', [
      ['Smoothquant', 'QLLM'], ['Quarot(RTN)']]],
    ['Our system Nexus achieves up to 2.2× higher throughput, 20× lower TTFT, and 2.5× lower TBT than vLLM, and outperforms SGLang with up to 2× higher throughput, 2× lower TTFT, and 1.7× lower TBT, and achieves 1.4× higher throughput than vLLM-disaggregation with only half the number of GPUs.', [
      ['vLLM'], ['vLLM'], ['vLLM'], ['SGLang'], ['SGLang'], ['SGLang'], ['vLLM-disaggregation']]],
    ['The proposed method also improves the test top-1 accuracy by 7.26% in ResNet-18 on CIFAR-100.', [[]]],
    // "over the entire/complete/whole …" is what it was measured over, not a baseline; "over full fine-tuning" is one.
    ['It improves accuracy by 3% over the entire test set.', [[]]],
    ['It improves accuracy by 2% over full fine-tuning.', [['full fine-tuning']]],
    ['It reduces P95 latency from 2.919 to 2.130 seconds (27.03%) over the complete 9,872-example working subset.', [[]]],
    // The figures right after a claim name what it is against, unless the sentence compares with something else.
    ['GPT-assisted PRs reduced median resolution time by more than 60% (9 hours compared to 23 hours for non-assisted PRs).', [['non-assisted PRs']]],
    ['Compared to CEViT, HELENA reduces inference time by 45.0% (0.175 ms vs. 0.318 ms).', [['CEViT'], ['CEViT']]],
    // Corpus: the list's generic head was lost ("general-purpose"); the names after "such as" are the baselines.
    ['Our comprehensive evaluations demonstrate that ORANSight-2.0 models outperform general-purpose and closed-source models, such as ChatGPT-4o and Gemini, by 5.421% on ORANBench.', [
      ['ChatGPT-4o', 'Gemini']]],
    ['Our results demonstrate that RollArc achieves 1.35-2.05\\(\\times\\) end-to-end training time reduction compared to monolithic and synchronous baselines.', [
      ['monolithic and synchronous baselines']]],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence).map((c) => c.baseline)).toEqual(expected);
  });
});
