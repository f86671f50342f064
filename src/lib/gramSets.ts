/**
 * The search index's sets of rows (textIndex.ts), one chunk of 32,768 rows at a time: per character class, per
 * triple of adjacent classes, and per pair of classes that ends a field, the chunk's rows whose text has it.
 *
 * Why triples: with pairs only, a word's third letter was answered by checking the text of every row having its two
 * pairs ('ser' at a million generated claims: 491k candidates for 213k matches, ~120 ms in node). A triple's set is
 * the answer itself for three letters, and leaves few non-matching candidates for longer needles. A pair is not kept:
 * it is the union of the triples it starts and of its set as a field's last two characters (every occurrence of a
 * pair is followed by a character or ends its field), so two letters still need no text read.
 *
 * Memory: a set is a bitset (4 kB per chunk) when at least 1 row in 8 of the chunk has it, else the list of those
 * rows, about a byte each (the gaps between them). At a million generated claims ~3,900 of the 54,872 possible
 * triples occur per chunk; the sets take 120 MB (61 MB of bitsets, 58 MB of lists), where the pair bitsets were 89 MB
 * (bitsets for every set, or 2-byte rows in the lists: 153 MB). Built in gramBuild.ts.
 */

/** Character classes: a–z, 0–9, space, and OTHER for every other UTF-16 unit (its sets are only a hint). */
export const CLASSES = 38;
export const OTHER = 37;
/** Set keys: class c; END + a·CLASSES + b, pair (a, b) ending a field; TRIPLE + (a·CLASSES + b)·CLASSES + c. */
export const END = CLASSES;
export const TRIPLE = END + CLASSES * CLASSES;
export const KEYS = TRIPLE + CLASSES * CLASSES * CLASSES;
export const CHUNK_ROWS = 32_768;
export const CHUNK_WORDS = CHUNK_ROWS / 32;
/** A chunk's row in the builder's (key, row) pairs: its low bits. */
export const ROW_BITS = 15;

/**
 * One chunk's sets: the keys present (ascending) and where each is: ≥ 0 its bitset's first word in `bits`, else its
 * list at −1 − where in `lists`: its length (2 bytes, little-endian), then its rows as the gaps between them (from
 * −1): a byte 1–255, or 0 then the gap in 2 bytes.
 */
export class ChunkSets {
  constructor(
    readonly words: number, private readonly keys: Uint16Array, private readonly where: Int32Array,
    private readonly bits: Uint32Array, private readonly lists: Uint8Array,
  ) {}

  /** Bytes held. */
  get bytes(): number {
    return this.keys.byteLength + this.where.byteLength + this.bits.byteLength + this.lists.byteLength;
  }

  private at(key: number): number {
    const { keys } = this;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Adds the set's rows to `into` (the chunk's words); false when no row of the chunk has it. */
  or(key: number, into: Uint32Array): boolean {
    const k = this.at(key);
    if (k < 0) return false;
    const w = this.where[k];
    if (w >= 0) {
      const { bits } = this;
      for (let i = 0; i < this.words; i++) into[i] |= bits[w + i];
      return true;
    }
    const { lists } = this;
    const at = -1 - w;
    let r = -1;
    for (let left = lists[at] | (lists[at + 1] << 8), i = at + 2; left > 0; left--) {
      let gap = lists[i++];
      if (gap === 0) {
        gap = lists[i] | (lists[i + 1] << 8);
        i += 2;
      }
      r += gap;
      into[r >>> 5] |= 1 << (r & 31);
    }
    return true;
  }

  /** Keeps in `cand` only the set's rows (`tmp`: scratch of the chunk's words); false when none are left. */
  and(key: number, cand: Uint32Array, tmp: Uint32Array): boolean {
    const k = this.at(key);
    if (k < 0) return false;
    const w = this.where[k];
    let any = 0;
    if (w >= 0) {
      const { bits } = this;
      for (let i = 0; i < this.words; i++) any |= cand[i] &= bits[w + i];
      return any !== 0;
    }
    // A list: its rows that are candidates, into tmp, which becomes the candidates.
    tmp.fill(0, 0, this.words);
    this.or(key, tmp);
    for (let i = 0; i < this.words; i++) any |= cand[i] &= tmp[i];
    return any !== 0;
  }
}
