/**
 * A case-insensitive ASCII substring search over UTF-8 bytes, for the search index (textIndex.ts): the evidence of a
 * million claims is kept as bytes, not as strings, so it is searched where it lies. Four bytes at a time where the
 * bytes can be read as 32-bit words (asciiWords), else Horspool.
 */

/** A byte folded to lower case (A–Z as a–z; other bytes as they are). */
const FOLD = Uint8Array.from({ length: 256 }, (_, b) => (b >= 65 && b <= 90 ? b + 32 : b));

/**
 * A lower-case ASCII needle ready for `asciiIndexOf` (Horspool): per byte value how far the window may move when
 * that byte (in either case) ends it, 0 for the needle's last byte (then the window is compared); `after`, how far
 * it moves past a window compared. Across English text most window ends are not among the needle's letters, so the
 * scan moves by the needle's length: 'ser' over a million evidence texts reads about a third of their bytes.
 */
export interface AsciiNeedle {
  bytes: Uint8Array;
  skip: Uint8Array;
  after: number;
}

export function asciiNeedle(needle: string): AsciiNeedle {
  const bytes = Uint8Array.from(needle, (ch) => ch.charCodeAt(0));
  const m = bytes.length;
  const skip = new Uint8Array(256).fill(Math.min(m, 255));
  const bothCases = (b: number, by: number) => {
    skip[b] = by;
    if (b >= 97 && b <= 122) skip[b - 32] = by;
  };
  for (let j = 0; j < m - 1; j++) bothCases(bytes[j], Math.min(m - 1 - j, 255));
  const after = skip[bytes[m - 1]];
  bothCases(bytes[m - 1], 0);
  return { bytes, skip, after };
}

/**
 * Where the needle first occurs in bytes[from … to) (ASCII), folded to lower case: the index of its first byte, or -1.
 * The first: windows are tried left to right, so a later search may start from here (textIndex.ts, typing on).
 */
export function asciiIndexOf(
  bytes: Uint8Array, from: number, to: number, needle: AsciiNeedle, words: Uint32Array | null = null,
): number {
  // The word scan reads the word after the last start's: the very end of the bytes is left to Horspool.
  if (words && needle.bytes.length >= 2 && ((to - needle.bytes.length) >>> 2) + 1 < words.length) {
    return wordIndexOf(bytes, words, from, to, needle.bytes);
  }
  return horspoolIndexOf(bytes, from, to, needle);
}

/**
 * The bytes as little-endian 32-bit words (the same memory), for asciiIndexOf's word scan; null where they cannot be
 * viewed so (not 4-byte aligned) or the machine is big-endian.
 */
export function asciiWords(bytes: Uint8Array): Uint32Array | null {
  if (bytes.byteOffset & 3 || !LITTLE_ENDIAN) return null;
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const ONES = 0x01010101;
const LOW7 = 0x7f7f7f7f;
const HIGH = 0x80808080;
/** Or-ed into every byte: A–Z become a–z (a byte equal to a needle's letter in either case equals it then). */
const CASE = 0x20202020;

/**
 * asciiIndexOf four start positions at a time: in each word, the bytes equal to the needle's first byte followed by
 * its second (both or-ed with 0x20, which keeps every byte that folds to the needle's and lets a few others through:
 * the full comparison follows) are found with a handful of integer operations, without a branch per byte; two words
 * a step (independent, so the CPU overlaps them). Horspool moves by at most the needle's length, one dependent load
 * after another; 'ser' over half of a million evidence texts (node): 69 ms, a word a step 48, two 39. Needs the
 * needle's length ≥ 2 and the word after the last start's in `words`.
 */
function wordIndexOf(bytes: Uint8Array, words: Uint32Array, from: number, to: number, needle: Uint8Array): number {
  const last = to - needle.length;
  if (last < from) return -1;
  const first = Math.imul(needle[0] | 0x20, ONES);
  const second = Math.imul(needle[1] | 0x20, ONES);
  const end = last >>> 2;
  let w = from >>> 2;
  let x = words[w];
  for (; w < end; w += 2) {
    const x1 = words[w + 1];
    const x2 = words[w + 2];
    const z0 = pairsAt(x, x1, first, second);
    const z1 = pairsAt(x1, x2, first, second);
    if ((z0 | z1) !== 0) {
      const k = z0 !== 0 ? matchIn(bytes, z0, w, from, last, needle) : -1;
      if (k >= 0) return k;
      const k1 = z1 !== 0 ? matchIn(bytes, z1, w + 1, from, last, needle) : -1;
      if (k1 >= 0) return k1;
    }
    x = x2;
  }
  if (w === end) {
    const z = pairsAt(x, words[w + 1], first, second);
    if (z !== 0) return matchIn(bytes, z, w, from, last, needle);
  }
  return -1;
}

/**
 * 0x80 in each byte of word `x` (little-endian) that, or-ed with 0x20, equals `first`'s bytes while the byte after
 * it (from `next` for the last) equals `second`'s: zero bytes of the xor, found exactly (no carry between bytes).
 */
function pairsAt(x: number, next: number, first: number, second: number): number {
  const v = ((x | CASE) ^ first) | ((((x >>> 8) | (next << 24)) | CASE) ^ second);
  return ~(((v & LOW7) + LOW7) | v) & HIGH;
}

/** The first start flagged in `z` (pairsAt of word w) within from … last where the whole needle folds equal, or -1. */
function matchIn(bytes: Uint8Array, z: number, w: number, from: number, last: number, needle: Uint8Array): number {
  const m = needle.length;
  while (z !== 0) {
    const k = (w << 2) + ((31 - Math.clz32(z & -z)) >>> 3);
    z &= z - 1;
    if (k < from || k > last) continue;
    let j = 0;
    while (j < m && FOLD[bytes[k + j]] === needle[j]) j++;
    if (j === m) return k;
  }
  return -1;
}

/** asciiIndexOf by Horspool. */
function horspoolIndexOf(bytes: Uint8Array, from: number, to: number, { bytes: needle, skip, after }: AsciiNeedle): number {
  const m = needle.length;
  let k = from + m - 1;
  while (k < to) {
    const s = skip[bytes[k]];
    if (s !== 0) {
      k += s;
      continue;
    }
    let j = m - 2;
    while (j >= 0 && FOLD[bytes[k - m + 1 + j]] === needle[j]) j--;
    if (j < 0) return k - m + 1;
    k += after;
  }
  return -1;
}
