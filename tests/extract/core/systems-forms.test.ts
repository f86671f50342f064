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
