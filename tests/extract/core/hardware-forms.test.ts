/**
 * Device spellings read off the 10k-abstract corpus that the catalogue missed (spec §6, v2: newer NVIDIA parts kept as
 * written, edge boards, hyphenated names). A failing row prints the refiners' trace.
 */
import { describe, it } from 'vitest';
import { expectClaims, type Fields } from './helpers.ts';

describe('devices the corpus names', () => {
  it.each<[string, Fields[]]>([
    ['On an NVIDIA L20, it improves single-batch throughput by up to 23.6%.', [{ hardware: ['L20'] }]],
    ['It runs 3x faster on RTX-2080Ti.', [{ hardware: ['RTX 2080 Ti'] }]],
    // A newer part's "Ti" or "SUPER" is spaced as the catalogue spaces "RTX 2080 Ti": one part, one facet value.
    ['On both consumer-grade (RTX 5070Ti laptop) and server-grade GPUs, our kernel is 20% faster than TensorRT-FP8.', [{ hardware: ['RTX 5070 Ti'] }]],
    ['It reaches 2x the throughput on an RTX4060Super.', [{ hardware: ['RTX 4060 SUPER'] }]],
    ['It achieves up to 7.6x speedup on the NVIDIA Jetson NX.', [{ hardware: ['Jetson NX'] }]],
    ['It is 1.49 times faster on NVIDIA Orin SoCs.', [{ hardware: ['Jetson Orin'] }]],
    ['It delivers 2x higher throughput on an NVIDIA L40.', [{ hardware: ['L40'] }]],
    // The DGX Spark's chip, and Intel's discrete GPUs named without "Arc".
    ['On a single GB10 Grace Blackwell node, decoding runs 2.1x faster.', [{ hardware: ['GB10'] }]],
    ['It reaches 41 tokens/s on an Intel B580 GPU.', [{ hardware: ['Intel B580'] }]],
    // Microcontrollers and edge SoCs: ESP32, STM32, Rockchip, MAX78000, GAP8/9, Hailo.
    ['The detector runs at 18 FPS on an ESP32-S3 board.', [{ hardware: ['ESP32-S3'] }]],
    ['We demonstrate real-time inference at 26 FPS on STM32H7 and over 1,000 FPS on MAX78000 with its CNN accelerator.', [
      { hardware: ['STM32H7'] }, { hardware: ['MAX78000'] }]],
    ['After INT8 quantization the model retains 70.4 AP while running at 22 FPS on a 0.8-TOPS Rockchip RK3568 NPU.', [
      { hardware: [] }, { hardware: ['Rockchip RK3568'] }]],
    // Automotive and phone SoCs, accelerators with a letter after the number, MCU cores, a list that goes on to "on L40".
    ['Evaluation on the NVIDIA DRIVE Thor platform shows that our pipeline achieves $2.5\\times$ end-to-end latency reduction.', [{ hardware: ['DRIVE Thor'] }]],
    ['Running on a commodity smartphone (Qualcomm Snapdragon 7 Gen 1, 12 GB RAM), it completes the pipeline in about 60 seconds.', [{ hardware: ['Snapdragon 7 Gen 1'] }]],
    ['A YOLOv5n-seg model compiled for a Hailo-8L AI accelerator delivers 30 FPS.', [{ hardware: ['Hailo-8L'] }]],
    ['Our predictor achieves 2x lower latency on a Cortex-M4 MCU.', [{ hardware: ['Cortex-M4'] }]],
    ['It achieves speedups of 17.8x on H100, 19.0x on RTX 3090 and 16.5x on L40.', [{ hardware: ['H100'] }, { hardware: ['RTX 3090'] }, { hardware: ['L40'] }]],
    ['On a GAP9 microcontroller the keyword spotter takes 3.1 ms per frame, and 40 FPS on a Hailo-8.', [
      { hardware: ['GAP9'] }, { hardware: ['Hailo-8'] }]],
    // "over a 32-node A100 cluster" is where the runs went, not a comparison.
    ['Evaluations over a 32-node A100 cluster show that it reduces P99 latency by 24-38% over the best static policy.', [
      { hardware: ['A100'], baseline: ['best static policy'] }]],
  ])('%s', (text, expected) => expectClaims(`We evaluate it. ${text}`, expected));
});

describe('the platform a paper runs on, named with its architecture', () => {
  it('"… in the contest on NVIDIA Blackwell B200 GPUs" gives the later claims their device', () => {
    expectClaims('This paper presents a system for kernel optimization in the contest on NVIDIA Blackwell B200 GPUs. ' +
      'Across five operators, the kernels achieve mean-latency speedups over FlashInfer baselines of 1.62x and 18.05x.', [
      { hardware: ['B200'] }, { hardware: ['B200'] }]);
  });
});

describe('the device a title names', () => {
  it('is the platform even when the abstract names a part of it and compared devices', () => {
    expectClaims('We run all neural stages on the Qualcomm Hexagon NPU of the Snapdragon X Elite. We compare against CPU and ' +
      'OpenCL/Adreno GPU baselines. On indexing, the NPU achieves 9.1x higher embedding throughput.',
    [{ hardware: ['Snapdragon X Elite'] }], true, 'Energy-Efficient On-Device RAG on a Mobile NPU: Benchmark on Snapdragon X Elite');
  });
  it('is the platform when the abstract names no device', () => {
    expectClaims('Comprehensive experiments show that MindSpeed RL increases the throughput by 1.42 ~ 3.97 times.',
      [{ hardware: ['Ascend NPU'] }], true, 'MindSpeed RL: Scalable and Efficient RL Training on Ascend NPU Cluster');
  });
  it('goes with a time reached "in a record 6.7s" on the device named before it', () => {
    expectClaims('It generates 2s videos directly on a Qualcomm Hexagon NPU in a record 6.7s.', [{ value_low: 6.7, hardware: ['Hexagon NPU'] }]);
  });
});

describe('a device over a whole sentence, and a level riding on a claim', () => {
  it.each<[string, Fields[]]>([
    // A device opening the sentence, after "For example,", covers even quality and size.
    ['For example, on Snapdragon 845 Adreno GPU, LightTrack runs $12\\times$ faster than Ocean, while using $13\\times$ fewer parameters and $38\\times$ fewer Flops.', [
      { value_low: 12, hardware: ['Snapdragon 845'] }, { value_low: 13, hardware: ['Snapdragon 845'] }, { value_low: 38, hardware: ['Snapdragon 845'] }]],
    ['For instance, on one A100, our model runs 3x faster than BERT and is 2% more accurate.', [
      { value_low: 3, hardware: ['A100'] }, { value_low: 2, hardware: ['A100'] }]],
    // A level kept "while maintaining" shares the device of the claim it rides on; tokens per second are throughput.
    ['Industrial-YOLO achieves a high-velocity inference speed exceeding 120 FPS on the NVIDIA Jetson Orin platform while maintaining an exceptional mean Average Precision (mAP) of 98.5%.', [
      { value_low: 120, hardware: ['Jetson Orin'] }, { value_low: 98.5, hardware: ['Jetson Orin'] }]],
    ['Evaluated on GB200 NVL72, DWDP improves end-to-end output TPS/GPU by 8.8%.', [{ value_low: 8.8, hardware: ['GB200'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('devices compared against', () => {
  it.each<[string, Fields[]]>([
    // A kind of device before a compared device's name; every device of a compared list is compared, none is the claim's.
    ['CHIME achieves up to 54x speedup as compared to the edge GPU NVIDIA Jetson Orin NX.', [{ value_low: 54, baseline: ['Jetson Orin NX'], hardware: [] }]],
    ['LightNobel achieves up to 8.44x and 8.41x speedup over the latest NVIDIA A100 and H100 GPUs, respectively.', [
      { value_low: 8.44, baseline: ['A100'], hardware: [] }, { value_low: 8.41, baseline: ['H100'], hardware: [] }]],
    // A device after "than X on" is where the claim ran.
    ['BinaryAttention is more than 2x faster than FlashAttention2 on A100 GPUs.', [{ value_low: 2, baseline: ['FlashAttention2'], hardware: ['A100'] }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});
