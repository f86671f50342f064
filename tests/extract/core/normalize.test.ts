/**
 * normalize: the plain-text view of raw arXiv text, and the map from view ranges back to raw spans.
 * Each row is a LaTeX form seen in real abstracts, written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, readable } from '../../../extract/core/normalize.ts';

describe('normalize: the view reads as plain text', () => {
  it.each([
    ['up to $3.1\\times$ higher throughput', 'up to 3.1× higher throughput'],
    ['reaches 1.7$\\times$ speedup', 'reaches 1.7× speedup'],
    ['a $6{\\times}$ gain', 'a 6× gain'],
    ['$1.5\\times \\sim 2.8\\times$ faster', '1.5× ~2.8× faster'],
    ['$4.2\\times$--$120\\times$ less', '4.2×–120× less'],
    ['by $61$--$93\\%$', 'by 61–93%'],
    ['about 58\\% of', 'about 58% of'],
    ['\\textasciitilde 2.4x faster', '~2.4x faster'],
    ['latency of $<$5 ms', 'latency of <5 ms'],
    ['only $8\\,\\mu$s per call', 'only 8 µs per call'],
    ['an average 1.90 \\times speedup', 'an average 1.90 × speedup'],
    ['$\\sim$15~ms per frame', '~15 ms per frame'],
    ['accuracy of 89.7$\\pm$0.4', 'accuracy of 89.7±0.4'],
    ['up to \\(5.49\\times\\) faster', 'up to 5.49× faster'],
    ['we propose \\textbf{FastX}, which', 'we propose FastX, which'],
    ['costs \\$2.86M a year', 'costs $2.86M a year'],
    ['see Fig.~3 and ~3x', 'see Fig. 3 and ~3x'],
    ['\\modelname attains', '\\modelname attains'],
    ['$\\geq80\\%$ of runs', '≥80% of runs'],
  ])('%s', (raw, view) => {
    expect(normalize(raw).text).toBe(view);
  });

  it('leaves text without markup as it is (the same string)', () => {
    const raw = 'We achieve 2.5x higher throughput than vLLM on 8 H100 GPUs.';
    const v = normalize(raw);
    expect(v.text).toBe(raw);
    expect(v.rawSpan(11, 15)).toEqual([11, 15]);
  });
});

describe('normalize: view ranges map back to raw spans', () => {
  const spanOf = (raw: string, viewText: string) => {
    const v = normalize(raw);
    const at = v.text.indexOf(viewText);
    expect(at).toBeGreaterThanOrEqual(0);
    const [s, e] = v.rawSpan(at, at + viewText.length);
    return raw.slice(s, e);
  };

  it.each([
    ['up to $3.1\\times$ higher', 'up to 3.1×', 'up to $3.1\\times$'],
    ['reaches 1.7$\\times$ speedup', '1.7×', '1.7$\\times$'],
    ['by $61$--$93\\%$ overall', '61–93%', '$61$--$93\\%$'],
    ['only $\\sim$15~ms per frame', '~15 ms', '$\\sim$15~ms'],
    ['up to \\(5.49\\times\\) faster', '5.49×', '\\(5.49\\times\\)'],
    ['cut by 72\\% overall', '72%', '72\\%'],
    ['a $6{\\times}$ gain', '6×', '$6{\\times}$'],
  ])('%s: "%s" is raw "%s"', (raw, viewText, rawSpan) => {
    expect(spanOf(raw, viewText)).toBe(rawSpan);
  });

  it('maps every view range inside the raw text, in order, for any input', () => {
    const piece = fc.constantFrom('$', '\\times', '\\%', '--', '~', '{', '}', '\\,', '\\sim', '\\textbf{', '\\$', '\\', ' ', '3', 'x', 'a', '.');
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const raw = parts.join('');
      const v = normalize(raw);
      const n = v.text.length;
      const s = n === 0 ? 0 : a % (n + 1);
      const e = s + (n === 0 ? 0 : b % (n - s + 1));
      const [rs, re] = v.rawSpan(s, e);
      expect(0).toBeLessThanOrEqual(rs);
      expect(rs).toBeLessThanOrEqual(re);
      expect(re).toBeLessThanOrEqual(raw.length);
    }), { numRuns: 500 });
  });
});

it('readable: spans and sentences as the dashboard shows them', () => {
  expect(readable('$2.5\\times$')).toBe('2.5×');
  expect(readable('93.72\\%')).toBe('93.72%');
  expect(readable('$1.2\\times$--$4.3\\times$')).toBe('1.2×–4.3×');
});

it('normalize: a span takes in the braces and dollars around it, however they nest', () => {
  const spanOf = (raw: string, viewText: string) => {
    const v = normalize(raw);
    const at = v.text.indexOf(viewText);
    const [s, e] = v.rawSpan(at, at + viewText.length);
    return raw.slice(s, e);
  };
  expect(spanOf('delivers up to \\textbf{3.7$\\times$} end-to-end speedups', 'up to 3.7×')).toBe('up to \\textbf{3.7$\\times$}');
  expect(spanOf('and $\\mathbf{8.3\\times}$ reduction', '8.3×')).toBe('$\\mathbf{8.3\\times}$');
});

it('normalize: a span never ends on the space a macro kept', () => {
  const raw = 'achieving $10-100\\times $faster inference';
  const v = normalize(raw);
  const at = v.text.indexOf('10-100×');
  const [s, e] = v.rawSpan(at, at + '10-100×'.length);
  expect(raw.slice(s, e)).toBe('10-100\\times');
});

it('normalize: a dollar before an amount in prose is money, not math', () => {
  expect(normalize('The system saves $2.86M per year over the baseline.').text).toBe('The system saves $2.86M per year over the baseline.');
  expect(normalize('It costs $25 per hour and cuts memory by $61$--$93\\%$.').text).toBe('It costs $25 per hour and cuts memory by 61–93%.');
  expect(normalize('up to $3.1\\times$ faster').text).toBe('up to 3.1× faster');
});
