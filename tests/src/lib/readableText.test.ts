import { describe, expect, it } from 'vitest';
import { splitEvidence } from '../../../src/lib/claims.ts';
import { readableEvidence } from '../../../src/lib/readableText.ts';

const parts = (evidence: string, span: string) => {
  const p = readableEvidence(evidence, span);
  return [p.before, p.span, p.after];
};

describe('readableEvidence: the sentence readable, the span highlighted where it is', () => {
  it.each([
    ['We get up to $2.5\\times$ higher throughput than vLLM.', 'up to $2.5\\times$', ['We get ', 'up to 2.5×', ' higher throughput than vLLM.']],
    ['It saves 72\\% of memory and 72\\% of time.', '72\\%', ['It saves ', '72%', ' of memory and 72% of time.']],
    // The span without its math delimiters: they are outside it in the raw sentence.
    ['speeds up by $3.1\\times$ on A100', '3.1\\times', ['speeds up by ', '3.1×', ' on A100']],
    ['from $1.3\\times$--$3.6\\times$ faster', '$1.3\\times$--$3.6\\times$', ['from ', '1.3×–3.6×', ' faster']],
    // `~` before a number is "about" only with the sentence around it.
    ['a speedup of $\\sim$3x over vLLM', '$\\sim$3x', ['a speedup of ', '~3x', ' over vLLM']],
    ['Plain text stays as it is: 4x.', '4x', ['Plain text stays as it is: ', '4x', '.']],
  ])('%s', (evidence, span, expected) => {
    expect(parts(evidence, span)).toEqual(expected);
  });

  it('the parts read as the whole sentence does', () => {
    const evidence = 'ExpertFlow achieves up to 93.72\\% GPU memory savings and 2 to 10 times speedups over baseline methods.';
    const p = readableEvidence(evidence, 'up to 93.72\\%');
    expect(p.before + p.span + p.after).toBe('ExpertFlow achieves up to 93.72% GPU memory savings and 2 to 10 times speedups over baseline methods.');
    expect(p.span).toBe('up to 93.72%');
  });

  it('a span not in the sentence: the sentence readable, nothing highlighted; the raw split stays raw', () => {
    expect(parts('A 5\\% gain.', '9x')).toEqual(['A 5% gain.', '', '']);
    expect(splitEvidence('A 5\\% gain.', '5\\%')).toEqual({ before: 'A ', span: '5\\%', after: ' gain.' });
  });
});
