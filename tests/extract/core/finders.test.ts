import { describe, expect, it } from 'vitest';
import { findMultipliers } from '../../../extract/core/finders/multipliers.ts';
import { findPercentages } from '../../../extract/core/finders/percentages.ts';
import { findAbsolutes } from '../../../extract/core/finders/absolutes.ts';
import type { Finder } from '../../../extract/core/candidate.ts';

/** What a finder saw: [matched text, low, high, unit]. */
function seen(find: Finder, text: string): [string, number, number, string][] {
  return find(text, 0).map((c) => [text.slice(c.numStart, c.numEnd), c.valueLow, c.valueHigh, c.unit]);
}

describe('findMultipliers', () => {
  it.each<[string, [string, number, number, string][]]>([
    ['S-LoRA can improve the throughput by up to 4 times and more', [['4 times', 4, 4, 'x']]],
    ['BatchLLM outperforms vLLM by 1.1x to 2x on a set of microbenchmarks', [['1.1x', 1.1, 1.1, 'x'], ['2x', 2, 2, 'x']]],
    ['The results show up to 48times faster checkpointing', [['48times', 48, 48, 'x']]],
    ['by 1.18times-1.22times on 1458 MoE layers', [['1.18times', 1.18, 1.18, 'x'], ['1.22times', 1.22, 1.22, 'x']]],
    ['delivering 1.1-2.1x expert forward throughput', [['1.1-2.1x', 1.1, 2.1, 'x']]],
    ['enhances inference speed by 2 to 10 times compared to baseline methods', [['2 to 10 times', 2, 10, 'x']]],
    ['we achieve 3.5× lower latency and 2.5$\\times$ and 4{times} and 7\\times gains', [['3.5×', 3.5, 3.5, 'x'], ['2.5$\\times$', 2.5, 2.5, 'x'], ['4{times}', 4, 4, 'x'], ['7\\times', 7, 7, 'x']]],
    ['a two-fold speedup and a 3-fold reduction', [['3-fold', 3, 3, 'x'], ['two-fold', 2, 2, 'x']]],
    ['it is four times faster and twice as accurate', [['four times', 4, 4, 'x'], ['twice', 2, 2, 'x']]],
    ['three orders of magnitude fewer queries, not several orders of magnitude', [['three orders of magnitude', 1000, 1000, 'x']]],
    ['a speedup of 3.5 over cuBLAS, runtime cut by a factor of 4. A speedup of 2.5x is found once.', [['2.5x', 2.5, 2.5, 'x'], ['3.5', 3.5, 3.5, 'x'], ['4', 4, 4, 'x']]],
  ])('%s', (text, expected) => {
    expect(seen(findMultipliers, text)).toEqual(expected);
  });

  it.each([
    '17.86 FID score on ImageNet 64 times 64 with only four steps',
    'On ImageNet 64times64 and FFHQ 64times64, our method yields',
    'CIFAR-10/FFHQ 64{times}64 datasets',
    'We evaluate Mixtral 8x7B on 256×256 images with 3x3 kernels',
    'RTX4090 and Falcon-180B and W8A8 on x86 machines',
  ])('sees no multiplier in a size or a name: %s', (text) => {
    expect(seen(findMultipliers, text)).toEqual([]);
  });
});

describe('findPercentages', () => {
  it.each<[string, [string, number, number, string][]]>([
    ['reduce deployment costs by up to 77% as compared', [['77%', 77, 77, '%']]],
    ['achieves up to 93.72\\% GPU memory savings', [['93.72\\%', 93.72, 93.72, '%']]],
    ['incurs surprisingly low 1-3% accuracy degradation', [['1-3%', 1, 3, '%']]],
    ['while also improving accuracy (+0.8% absolute) on Kinetics-400', [['+0.8% absolute', 0.8, 0.8, 'pp']]],
    ['improves by 30 percent and by 2.1 percentage points', [['30 percent', 30, 30, '%'], ['2.1 percentage points', 2.1, 2.1, 'pp']]],
    ['a gain of 1.5 pp over the baseline', [['1.5 pp', 1.5, 1.5, 'pp']]],
    ['a 5-point improvement', [['5-point', 5, 5, 'pp']]],
  ])('%s', (text, expected) => {
    expect(seen(findPercentages, text)).toEqual(expected);
  });
});

describe('findAbsolutes', () => {
  it.each<[string, [string, number, number, string][]]>([
    ['achieve up-to 91.07fps on one RTX4090', [['91.07fps', 91.07, 91.07, 'fps']]],
    ['with FID scores of 1.91/2.43 when D{=}2048/128', [['FID scores of 1.91', 1.91, 1.91, 'FID'], ['2.43', 2.43, 2.43, 'FID']]],
    ['yields current state-of-the-art FID of 1.74 on CIFAR-10', [['FID of 1.74', 1.74, 1.74, 'FID']]],
    ['e.g. 17.86 FID score on ImageNet', [['17.86 FID', 17.86, 17.86, 'FID']]],
    ['lowers FID from 3.2 to 2.1', [['2.1', 2.1, 2.1, 'FID']]],
    // A named score reached is unit `score` (spec §2).
    ['whilst achieving 62.2 mAP on COCO', [['62.2 mAP', 62.2, 62.2, 'mAP']]],
    ['an FID-50K of 2.1 on ImageNet', [['FID-50K of 2.1', 2.1, 2.1, 'FID']]],
    ['an accuracy of 0.92 and a score of 7.5 on MT-Bench', [['0.92', 0.92, 0.92, 'score'], ['7.5', 7.5, 7.5, 'score']]],
    ['generating 1,500 tokens/s on one GPU', [['1,500 tokens/s', 1500, 1500, 'tokens/s']]],
    ['from 3 days to just 76 minutes', [['3 days', 3, 3, 'days'], ['76 minutes', 76, 76, 'min']]],
    ['with a latency of 1.2 ms per token', [['1.2 ms', 1.2, 1.2, 'ms']]],
  ])('%s', (text, expected) => {
    expect(seen(findAbsolutes, text).sort((a, b) => a[1] - b[1])).toEqual(expected.sort((a, b) => a[1] - b[1]));
  });

  it('offsets are into the whole text', () => {
    const text = 'Intro. It trains in 4 minutes.';
    const [c] = findAbsolutes(text.slice(7), 7);
    expect(text.slice(c.numStart, c.numEnd)).toBe('4 minutes');
  });
});
