/** The ASCII search (asciiSearch.ts): the word scan and Horspool both against the lower-cased text's indexOf. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiIndexOf, asciiNeedle, asciiWords } from '../../../src/lib/asciiSearch.ts';

/** The definition: where the needle first occurs in text[from … to) with A–Z read as a–z, or -1. */
function expected(text: string, from: number, to: number, needle: string): number {
  const k = text.slice(0, to).replace(/[A-Z]/g, (c) => c.toLowerCase()).indexOf(needle, from);
  return k;
}

// Letters in both cases and the bytes that equal a letter or digit once or-ed with 0x20 ('@', '`', '[', control bytes).
const ALPHABET = 'sSeErR@`[{ 0123\x10\x13\x17.x';
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }).map((cs) => cs.join(''));
const needle = fc.array(fc.constantFrom(...'ser@`[{ 0123\x10\x13\x17.x'), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));

describe('asciiIndexOf', () => {
  it('finds the first occurrence in a range, word scan and Horspool alike, wherever the bytes start', () => {
    fc.assert(fc.property(text, needle, fc.nat(), fc.nat(), fc.nat(3), (t, nd, a, b, pad) => {
      // The text at `pad` bytes into a buffer, with room after it (the word scan reads a word past the range).
      const bytes = new Uint8Array(pad + t.length + 8);
      for (let k = 0; k < t.length; k++) bytes[pad + k] = t.charCodeAt(k);
      const from = t.length ? a % (t.length + 1) : 0;
      const to = from + (t.length - from ? b % (t.length - from + 1) : 0);
      const want = expected(t, from, to, nd);
      const found = want >= 0 && want + nd.length <= to ? want : -1;
      const n = asciiNeedle(nd);
      const shift = (k: number) => (k < 0 ? -1 : k - pad);
      expect(shift(asciiIndexOf(bytes, pad + from, pad + to, n))).toBe(found);
      expect(shift(asciiIndexOf(bytes, pad + from, pad + to, n, asciiWords(bytes)))).toBe(found);
    }), { numRuns: 3000 });
  });

  it('gives no word view of bytes that do not start on a word', () => {
    const buf = new Uint8Array(16);
    expect(asciiWords(buf)).not.toBeNull();
    expect(asciiWords(buf.subarray(1))).toBeNull();
    expect(asciiWords(buf.subarray(4))?.length).toBe(3);
  });

  it('finds a needle in the last bytes of the buffer (past the last whole word)', () => {
    const t = 'abcdefg Ser';
    const bytes = Uint8Array.from(t, (c) => c.charCodeAt(0));
    expect(asciiIndexOf(bytes, 0, t.length, asciiNeedle('ser'), asciiWords(bytes))).toBe(8);
  });
});
