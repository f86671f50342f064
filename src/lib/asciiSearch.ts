/**
 * A case-insensitive ASCII substring search over UTF-8 bytes (Horspool), for the search index (textIndex.ts): the
 * evidence of a million claims is kept as bytes, not as strings, so it is searched where it lies.
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
export function asciiIndexOf(bytes: Uint8Array, from: number, to: number, { bytes: needle, skip, after }: AsciiNeedle): number {
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
