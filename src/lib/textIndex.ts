/**
 * Case-insensitive substring search over many short texts (the dashboard's Search box over 100k claims) without
 * scanning them all: per character class and per pair of adjacent classes, a bitset of the rows whose text has it.
 * A needle's rows are among those having all its pairs; a needle of one or two characters, each in its own class
 * (letters, digits, space), is matched by its bitset alone, longer ones are checked with `includes` on those
 * candidates only.
 *
 * Scanning 19 MB of text costs 10–20 ms per keystroke at 100k rows whatever the needle; through the bitsets a
 * keystroke reads one word per 32 rows per pair and checks only the candidates: under 1 ms for one or two letters,
 * 1–15 ms for longer needles. Memory: ~180 bytes per row (1,482 bitsets). The texts are lower-cased and indexed in
 * slices (`build`), so that the page can do it in idle time without a long task (~250 ms at 100k rows in all).
 */

/** a–z, 0–9 and space have a class each; every other UTF-16 unit shares OTHER (its pairs are only a hint). */
const OTHER = 37;
const CLASSES = 38;
const CLASS_OF = new Uint8Array(128).fill(OTHER);
for (let c = 97; c <= 122; c++) CLASS_OF[c] = c - 97;
for (let c = 48; c <= 57; c++) CLASS_OF[c] = c - 48 + 26;
CLASS_OF[32] = 36;

const SETS = CLASSES + CLASSES * CLASSES;

const classOf = (code: number) => (code < 128 ? CLASS_OF[code] : OTHER);

export class TextIndex {
  /** Row i's text, lower-cased (filled by build). */
  readonly texts: string[];
  /** Words per bitset: row i is bit i & 31 of word i >>> 5. */
  private readonly words: number;
  /**
   * Word w (rows 32w … 32w + 31) of set s at w · SETS + s; set c is class c, set CLASSES + a · CLASSES + b the pair
   * (a, b). Interleaved so that indexing a row writes within 6 kB (one bitset after another would be 18 MB apart).
   */
  private readonly bits: Uint32Array;
  /** Rows indexed so far (build). */
  private built = 0;

  constructor(readonly n: number, private readonly textOf: (i: number) => string) {
    this.texts = new Array<string>(n);
    this.words = (n + 31) >>> 5;
    this.bits = new Uint32Array(SETS * this.words);
  }

  /** Whether every row is indexed. */
  get ready(): boolean {
    return this.built === this.n;
  }

  /** Indexes `slice` rows at a time until all are done or `more()` says stop (after at least one slice); returns ready. */
  build(more: () => boolean = () => true, slice = 2000): boolean {
    const { bits, texts } = this;
    do {
      const end = Math.min(this.n, this.built + slice);
      for (let i = this.built; i < end; i++) {
        const base = (i >>> 5) * SETS;
        const pairs = base + CLASSES;
        const bit = 1 << (i & 31);
        const t = (texts[i] = this.textOf(i).toLowerCase());
        let prev = -1;
        for (let k = 0; k < t.length; k++) {
          const c = classOf(t.charCodeAt(k));
          bits[base + c] |= bit;
          if (prev >= 0) bits[pairs + prev * CLASSES + c] |= bit;
          prev = c;
        }
      }
      this.built = end;
    } while (this.built < this.n && more());
    return this.ready;
  }

  /**
   * 1 for the rows whose text contains `needle` (non-empty, lower-case); only rows with `within[i]` set are considered when it
   * is given (a needle typed further can only match rows the shorter one matched). Builds what is not built yet.
   */
  match(needle: string, within: Uint8Array | null = null): Uint8Array {
    this.build();
    const { words, bits, texts } = this;
    const match = new Uint8Array(this.n);
    const cls = Array.from({ length: needle.length }, (_, k) => classOf(needle.charCodeAt(k))); // UTF-16 units
    // The bitsets to intersect: the class for one character, else each distinct pair.
    const sets = new Set<number>();
    if (needle.length === 1) sets.add(cls[0]);
    for (let k = 1; k < cls.length; k++) sets.add(CLASSES + cls[k - 1] * CLASSES + cls[k]);
    const exact = needle.length <= 2 && !cls.includes(OTHER);
    const list = [...sets];
    for (let w = 0; w < words; w++) {
      let x = 0xffffffff;
      for (let s = 0; s < list.length && x !== 0; s++) x &= bits[w * SETS + list[s]];
      while (x !== 0) {
        const low = x & -x;
        x ^= low;
        const i = (w << 5) + 31 - Math.clz32(low);
        if (within && !within[i]) continue;
        if (exact || texts[i].includes(needle)) match[i] = 1;
      }
    }
    return match;
  }
}
