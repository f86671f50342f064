/**
 * Hostile abstracts: the extractor returns, keeps its invariants and stays linear. Each case is generated
 * here (a megabyte is not worth committing); the test timeout is a guard against catastrophic backtracking,
 * not a benchmark — these cases take well under a second each.
 */
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../extract/core/extract.ts';

const MB = 1 << 20;

const CASES: [string, () => string][] = [
  ['1 MB of 1x1x1x', () => '1x'.repeat(MB / 2)],
  ['1 MB of "1x " (a claim-like token every 3 characters)', () => '1x '.repeat(MB / 3)],
  ['100k digits', () => '9'.repeat(100_000)],
  ['1 MB of %', () => '%'.repeat(MB)],
  ['a 930 kB sentence of "up to 4 times faster than vLLM"', () => 'up to 4 times faster than vLLM '.repeat(30_000)],
  ['nested LaTeX', () => '$\\times$'.repeat(50_000) + '{'.repeat(50_000) + '\\frac{\\frac{'.repeat(10_000) + '2x' + '}'.repeat(20_000)],
  ['60k one-claim sentences', () => 'It is 2x faster. '.repeat(60_000)],
  ['100k coordinated percentages', () => '2.5% and '.repeat(100_000)],
  ['80k number-word multipliers', () => 'four times '.repeat(80_000)],
  ['1 MB of dots and spaces', () => '. '.repeat(MB / 2)],
  ['RTL and zero-width characters around a claim', () => '\u202Eit is \u200B2.5x\u200D faster than vLLM\u202C \u2066on A100\u2069 \uFEFF'],
  ['CRLF line ends and a BOM', () => '\uFEFFWe improve throughput by 3x.\r\nIt cuts latency by 40%.\r\n'],
  ['NUL bytes inside numbers', () => 'It is 2\u0000x faster and 3x\u0000 cheaper, 4\u0000% better.'],
  ['lone surrogates', () => '\uD800 up to 4x \uDFFF faster \uD83D'],
  ['huge numbers', () => `It is ${'9'.repeat(400)}x faster and ${'9'.repeat(400)}.5% better, 1e309 times.`],
];

describe('hostile abstracts', () => {
  it.each(CASES)('%s', (_, make) => {
    const abstract = make();
    const { claims } = extractPaper({ title: 'Hostile', abstract });
    for (const c of claims) {
      expect(abstract.slice(c.start, c.end)).toBe(c.span);
      expect([c.value_low, c.value_high].every(Number.isFinite)).toBe(true);
    }
  }, 10_000);

  it('still finds the claim between RTL and zero-width characters', () => {
    const abstract = CASES[10][1]();
    const claims = extractPaper({ title: 'Hostile', abstract }).claims;
    expect(claims.map((c) => [c.span, c.value_low, c.baseline, c.hardware])).toEqual([['2.5x', 2.5, ['vLLM'], ['A100']]]);
  });

  it('keeps offsets into the text as read, BOM and CRLF included', () => {
    const abstract = CASES[11][1]();
    expect(extractPaper({ title: 'Hostile', abstract }).claims.map((c) => [c.span, c.start])).toEqual([['3x', 26], ['40%', 50]]);
  });
});
