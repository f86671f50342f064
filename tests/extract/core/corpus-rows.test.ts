/**
 * Forms found by reading random output rows of the 10k-abstract corpus as a user would: where a baseline phrase
 * ends, which parenthesised numbers are levels, which numbers are counts. A failing row prints the refiners' trace.
 */
import { describe, it } from 'vitest';
import { expectClaims, type Fields } from './helpers.ts';

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
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('levels and counts', () => {
  it.each<[string, Fields[]]>([
    // A percentage in parentheses after a named benchmark is the score reached there.
    ['Reward models trained this way outperform Bradley-Terry models and achieve top performance on RM-Bench (86.2%).', [
      { value_low: 86.2, comparison: 'absolute', metric: 'accuracy' }]],
    // … but a gain named before the benchmark keeps it a change.
    ['It brings large gains on GSM8K (12%) over the base model.', [{ value_low: 12, comparison: 'relative' }]],
    // "18 of 24 … comparisons": the total of a count is no score.
    ['It ranks first in 18 of 24 PSNR/SSIM comparisons against twelve published methods.', []],
    ['It wins 9 out of 12 BLEU comparisons and reaches a BLEU of 28.4 on WMT14.', [{ value_low: 28.4, comparison: 'absolute' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});
