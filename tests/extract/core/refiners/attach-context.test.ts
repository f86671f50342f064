import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.ts';
import { findHardware } from '../../../../extract/core/hardware.ts';

describe('findHardware', () => {
  it.each<[string, [string, number | null][]]>([
    ['on one RTX4090 and a GeForce RTX 3060', [['RTX 4090', 1], ['RTX 3060', null]]],
    ['on 8 A100 GPUs and a single H100', [['A100', 8], ['H100', 1]]],
    ['the memory limit of a TPUv3 Pod', [['TPU v3', null]]],
    ['For the LLaMA-13B model on A6000 GPU', [['RTX A6000', null]]],
    ['on 8xH100 and two NVIDIA V100 cards and a 4090 GPU', [['H100', 8], ['V100', 2], ['RTX 4090', null]]],
    ['AMD MI300X, Gaudi2, Jetson AGX Orin, Apple M2 Max', [['MI300X', null], ['Gaudi2', null], ['Jetson Orin', null], ['M2 Max', null]]],
    ['a GPU cluster of CPUs, with A10G and A10 nodes', [['A10G', null], ['A10', null]]],
    ['when training on 1,024 H100 GPUs', [['H100', 1024]]],
    ['on 4 NVIDIA RTX4070 GPUs, a GeForce RTX 3070 Ti, 8 A30 GPUs and Huawei Ascend 910B NPUs', [['RTX 4070', 4], ['RTX 3070 Ti', null], ['A30', 8], ['Ascend 910B', null]]],
  ])('%s', (text, expected) => {
    expect(findHardware(text).map((h) => [h.name, h.count])).toEqual(expected);
  });
});

describe('attachHardware and attachModel', () => {
  it.each<[string, [string[], number | null, string][]]>([
    ['Sarathi-Serve improves serving throughput of Mistral-7B by up to 2.6x on a single A100 GPU and up to 6.9x for Falcon-180B on 8 A100 GPUs over Orca and vLLM.', [
      [['A100'], 1, 'Mistral-7B'], [['A100'], 8, 'Falcon-180B']]],
    ['StreamDiffusion also significantly reduces the energy consumption by 2.39x on one RTX3060 and 1.99x on one RTX4090, respectively.', [
      [['RTX 3060'], 1, ''], [['RTX 4090'], 1, '']]],
    ['It improves throughput by 2.1x and 1.6x on A100 and H100, respectively.', [[['A100'], null, ''], [['H100'], null, '']]],
    ['It delivers up to 2.5x/3.1x speedup on A100/H100 GPUs.', [[['A100'], null, ''], [['H100'], null, '']]],
    ['For the LLaMA-13B model on A6000 GPU, SARATHI improves decode throughput by up to 10x, and accelerates end-to-end throughput by up to 1.33x.', [
      [['RTX A6000'], null, 'LLaMA-13B'], [['RTX A6000'], null, 'LLaMA-13B']]],
    ['Our method outperforms GPT-4 by 5.2% on MMLU.', [[[], null, '']]],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence).map((c) => [c.hardware, c.hardware_count, c.model])).toEqual(expected);
  });
});
