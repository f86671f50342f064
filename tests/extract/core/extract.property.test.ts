/**
 * Property: no input makes the extractor throw; every span is its offsets' slice; every number is finite;
 * factors are positive. Random unicode, mutated real abstracts and hostile shapes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { extractPaper } from '../../../extract/core/extract.ts';

const ABSTRACTS: string[] = readFileSync(new URL('../../fixtures/gold/seed.abstracts.jsonl', import.meta.url), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l).abstract as string);

function checkInvariants(abstract: string): void {
  const { paper, claims } = extractPaper({ title: 'T', abstract });
  expect(paper.n_claims).toBe(claims.length);
  for (const c of claims) {
    expect(abstract.slice(c.start, c.end)).toBe(c.span);
    expect(c.evidence.length).toBeGreaterThan(0);
    for (const v of [c.value_low, c.value_high, c.factor_low ?? 1, c.factor_high ?? 1, c.hardware_count ?? 0]) {
      expect(Number.isFinite(v)).toBe(true);
    }
    expect(c.value_low).toBeLessThanOrEqual(c.value_high);
    if (c.factor_low !== null) expect(c.factor_low).toBeGreaterThan(0);
  }
}

/** Pieces that make claims and near-claims, to splice into real text. */
const CLAIMISH = fc.constantFrom(
  '4x', ' up to ', '×', ' times ', '%', '\\%', ' 1.1x to 2x ', '64 times 64', '$\\times$', '{times}', ' over ', ' than vLLM ',
  ' on 8 A100 GPUs', ', respectively', 'FID of ', ' 3 days to ', '(', ')', '. ', 'e.g. ', ' and ', '1,000', '.5', '-', '~',
  // LaTeX as arXiv keeps it: the normalising view must map every span back into the raw text.
  '$', '$\\sim$', '--', '\\(', '\\)', '{', '}', '\\textbf{', '\\,', '\\mu', '$<$', '\\pm', '\\$', '\\', '\\modelname ',
);

describe('extractPaper never throws and keeps its invariants', () => {
  it('on random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), checkInvariants), { numRuns: 300 });
  });

  it('on random strings of claim-like pieces', () => {
    const pieces = fc.array(fc.oneof(CLAIMISH, fc.string({ maxLength: 6 }), fc.double({ noNaN: false }).map(String)), { maxLength: 60 });
    fc.assert(fc.property(pieces, (parts) => {
      checkInvariants(parts.join(''));
    }), { numRuns: 400 });
  });

  it('on real abstracts with pieces inserted, deleted or swapped', () => {
    const mutated = fc.tuple(fc.constantFrom(...ABSTRACTS), fc.array(fc.tuple(fc.nat(), fc.nat(40), CLAIMISH), { maxLength: 8 }))
      .map(([text, edits]) => edits.reduce((t, [at, cut, piece]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + piece + t.slice(Math.min(t.length, i + cut % 3));
      }, text));
    fc.assert(fc.property(mutated, checkInvariants), { numRuns: 300 });
  });
});
