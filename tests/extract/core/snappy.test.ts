/** snappy.ts against hyparquet's own decoder, on blocks hyparquet-writer's compressor makes and on broken ones. */
import fc from 'fast-check';
import { snappyUncompress } from 'hyparquet/src/snappy.js';
import { snappyCompress } from 'hyparquet-writer/src/snappy.js';
import { describe, expect, it } from 'vitest';
import { snappyDecompress } from '../../../extract/core/snappy.ts';

const theirs = (input: Uint8Array, length: number) => {
  const out = new Uint8Array(length);
  snappyUncompress(input, out);
  return out;
};

describe('snappy', () => {
  it('decompresses what a compressor makes: long and short literals, copies near and far, runs that overlap themselves', () => {
    const text = new TextEncoder().encode('Our system serves 2.5x more requests than vLLM on A100 GPUs. '.repeat(300));
    const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, k) => (k * 2654435761 + seed) >>> 24);
    for (const input of [text, bytes(100_000, 7), new Uint8Array(70_000).fill(97), new Uint8Array(0)]) {
      expect(snappyDecompress(snappyCompress(input), input.length)).toEqual(input);
    }
    const chunks = fc.array(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(text.subarray(0, 90), new Uint8Array(40).fill(1))));
    fc.assert(fc.property(chunks, (parts) => {
      const input = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
      let at = 0;
      for (const p of parts) { input.set(p, at); at += p.length; }
      expect(snappyDecompress(snappyCompress(input), input.length)).toEqual(input);
    }), { numRuns: 100 });
  });

  it('refuses a block that is cut short or points before its start, as hyparquet does', () => {
    const block = snappyCompress(new TextEncoder().encode('abcdabcdabcdabcd'.repeat(20)));
    for (const broken of [block.subarray(0, block.length - 3), Uint8Array.of(10, 0b1101, 200)]) {
      expect(() => theirs(broken, 320)).toThrow();
      expect(() => snappyDecompress(broken, 320)).toThrow();
    }
  });
});
