/**
 * Case-insensitive substring search over many short texts (the dashboard's Search box over 100k claims) without
 * scanning them all: per character class and per pair of adjacent classes, a bitset of the rows whose text has it.
 * A needle's rows are among those having all its pairs; a needle of one or two characters, each in its own class
 * (letters, digits, space), is matched by its bitset alone, longer ones are checked with `includes` on those
 * candidates only.
 *
 * Scanning 19 MB of text costs 10–20 ms per keystroke at 100k rows whatever the needle; through the bitsets a
 * keystroke reads one word per 32 rows per pair and checks only the candidates: under 1 ms for one or two letters,
 * 1–15 ms for longer needles. The texts are indexed in slices (`build`), so that the page can do it in idle time
 * without a long task (~250 ms at 100k rows in all). Memory: the bitsets are kept per chunk of 32,768 rows, and a chunk
 * keeps only those with a row in it: of the 1,482 pairs and classes half never occur in a million generated claims'
 * text (~95 bytes per row there, where a bitset for every one took ~185). A chunk is indexed into one scratch buffer
 * (6 MB), then its sets are copied out.
 *
 * A row's text is its fields (title, evidence, model), each matched on its own, read where they are kept: no lower-cased
 * copy per row (at a million rows that was ~300 MB of strings). A field with few distinct values (title, model) is
 * lower-cased once per value; one kept as UTF-8 bytes (evidence) is read as bytes, ASCII folded to lower case, unless
 * the row's bytes hold a non-ASCII character: then it is decoded and lower-cased as a string, so that every row
 * matches exactly as `toLowerCase().includes(needle)` would.
 *
 * Typing on (`find` from the answer of a needle this one contains): only that one's matches are candidates, and each
 * field's scan starts at that one's first occurrence there, or is skipped where it was absent; at a million rows
 * 'serv' after 'ser' reads a few bytes for most of its 200,000 candidates instead of scanning each from its start.
 */
import { isUtf8, type Packed } from '../../extract/core/packed.ts';
import { asciiNeedle } from './asciiSearch.ts';
import { checkCandidates, lowerOf, type Field, type Found } from './textCheck.ts';

export type { Found };

/** a–z, 0–9 and space have a class each; every other UTF-16 unit shares OTHER (its pairs are only a hint). */
const OTHER = 37;
const CLASSES = 38;
const CLASS_OF = new Uint8Array(128).fill(OTHER);
for (let c = 97; c <= 122; c++) CLASS_OF[c] = c - 97;
for (let c = 48; c <= 57; c++) CLASS_OF[c] = c - 48 + 26;
CLASS_OF[32] = 36;

const SETS = CLASSES + CLASSES * CLASSES;
/** Words (32 rows each) per chunk of the index. */
const CHUNK_WORDS = 1024;
const CHUNK_ROWS = CHUNK_WORDS * 32;

const classOf = (code: number) => (code < 128 ? CLASS_OF[code] : OTHER);
/** An ASCII byte's class once lower-cased (A–Z as a–z). */
const BYTE_CLASS = Uint8Array.from({ length: 128 }, (_, b) => CLASS_OF[b >= 65 && b <= 90 ? b + 32 : b]);

/** A field the index searches: per row the index of its value (-1: none, an empty text) among `values`. */
export interface SearchField {
  codes: Int32Array;
  values: Packed;
}

export class TextIndex {
  /** Words per bitset: row i is bit i & 31 of word i >>> 5. */
  private readonly words: number;
  /**
   * The chunk being indexed: word w of the chunk (its rows 32w … 32w + 31) of set s at w · SETS + s; set c is class
   * c, set CLASSES + a · CLASSES + b the pair (a, b). Interleaved so that indexing a row writes within 6 kB (one
   * bitset after another would be 128 kB apart). Dropped once every chunk is done.
   */
  private scratch: Uint32Array | null;
  /**
   * Per chunk done: where each set's words start in its store (-1: no row of the chunk has it), and the store, the
   * sets one after another (as many words each as the chunk has).
   */
  private readonly dirs: Int32Array[] = [];
  private readonly stores: Uint32Array[] = [];
  private readonly fields: Field[];
  /** 1 for a row whose UTF-8 field holds a non-ASCII byte (it is read as a string). */
  private readonly wide: Uint8Array;
  /** Rows indexed so far (build). */
  private built = 0;

  /** The rows' fields; or one text per row (`textOf`), a field of its own. */
  constructor(readonly n: number, fields: readonly SearchField[] | ((i: number) => string)) {
    if (typeof fields === 'function') {
      const textOf = fields;
      const texts = Array.from({ length: n }, (_, i) => textOf(i));
      const ends = new Int32Array(n);
      let at = 0;
      texts.forEach((t, i) => (ends[i] = at += t.length));
      fields = [{ codes: Int32Array.from({ length: n }, (_, i) => i), values: { text: texts.join(''), ends } }];
    }
    this.fields = fields.map(({ codes, values }) => ({
      codes, values, bytes: isUtf8(values) ? values.bytes : null, lower: new Array(values.ends.length),
    }));
    this.words = (n + 31) >>> 5;
    this.scratch = new Uint32Array(SETS * Math.min(CHUNK_WORDS, this.words));
    this.wide = new Uint8Array(n);
  }

  /** Whether every row is indexed. */
  get ready(): boolean {
    return this.built === this.n;
  }

  /** Rows indexed so far. */
  get indexed(): number {
    return this.built;
  }

  /** Indexes `slice` rows at a time until all are done or `more()` says stop (after at least one slice); returns ready. */
  build(more: () => boolean = () => true, slice = 2000): boolean {
    const { fields, wide } = this;
    while (this.built < this.n) {
      const bits = this.scratch!;
      // Within the chunk: its first word is word 0 of the scratch buffer.
      const chunkEnd = Math.min(this.n, (Math.floor(this.built / CHUNK_ROWS) + 1) * CHUNK_ROWS);
      const first = chunkEnd - 1 - ((chunkEnd - 1) % CHUNK_ROWS);
      const end = Math.min(chunkEnd, this.built + slice);
      for (let i = this.built; i < end; i++) {
        const base = ((i - first) >>> 5) * SETS;
        const pairs = base + CLASSES;
        const bit = 1 << (i & 31);
        for (const f of fields) {
          const code = f.codes[i];
          if (code < 0) continue;
          let prev = -1;
          const bytes = f.bytes;
          if (bytes) {
            const from = code ? f.values.ends[code - 1] : 0;
            const to = f.values.ends[code];
            let k = from;
            for (; k < to; k++) {
              const b = bytes[k];
              if (b >= 128) break;
              const c = BYTE_CLASS[b];
              bits[base + c] |= bit;
              if (prev >= 0) bits[pairs + prev * CLASSES + c] |= bit;
              prev = c;
            }
            if (k === to) continue;
            // A non-ASCII character: the row's text is read as a string (toLowerCase's rules), from its start again.
            wide[i] = 1;
            prev = -1;
          }
          const t = lowerOf(f, code);
          for (let k = 0; k < t.length; k++) {
            const c = classOf(t.charCodeAt(k));
            bits[base + c] |= bit;
            if (prev >= 0) bits[pairs + prev * CLASSES + c] |= bit;
            prev = c;
          }
        }
      }
      this.built = end;
      if (end === chunkEnd) this.keepChunk(chunkEnd - first);
      if (!more()) break;
    }
    return this.ready;
  }

  /** Copies the sets the chunk's `rows` have out of the scratch buffer, and clears it (the last chunk: drops it). */
  private keepChunk(rows: number): void {
    const bits = this.scratch!;
    const cw = (rows + 31) >>> 5;
    const dir = new Int32Array(SETS).fill(-1);
    let sets = 0;
    for (let w = 0; w < cw; w++) {
      for (let s = 0, at = w * SETS; s < SETS; s++, at++) if (bits[at] !== 0 && dir[s] < 0) dir[s] = sets++;
    }
    for (let s = 0; s < SETS; s++) if (dir[s] >= 0) dir[s] *= cw;
    const kept = new Uint32Array(sets * cw);
    for (let w = 0; w < cw; w++) {
      for (let s = 0, at = w * SETS; s < SETS; s++, at++) if (dir[s] >= 0) kept[dir[s] + w] = bits[at];
    }
    this.dirs.push(dir);
    this.stores.push(kept);
    if (this.built === this.n) this.scratch = null;
    else bits.fill(0);
  }

  /**
   * 1 for the rows whose text contains `needle` (non-empty, lower-case); only rows with `within[i]` set are considered when it
   * is given (a needle typed further can only match rows the shorter one matched). Builds what is not built yet.
   */
  match(needle: string, within: Uint8Array | null = null): Uint8Array {
    return this.find(needle, within ? { needle: '', match: within, at: [] } : null).match;
  }

  /**
   * The rows whose text contains `needle` (non-empty, lower-case), with where it occurs; `from`: the answer for a
   * needle contained in this one (typing on), whose matches are the only candidates and whose occurrences are where
   * the scan of a row starts: 'serv' after 'ser' checks one byte per row of its 200,000 matches at a million rows.
   */
  find(needle: string, from: Found | null = null): Found {
    this.build();
    const { words, n } = this;
    const within = from?.match ?? null;
    // Where the shorter needle sits in this one (its occurrences start that far into this one's).
    const offset = from ? Math.max(0, needle.indexOf(from.needle)) : 0;
    const match = new Uint8Array(n);
    const cls = Array.from({ length: needle.length }, (_, k) => classOf(needle.charCodeAt(k))); // UTF-16 units
    // The bitsets to intersect: the class for one character, else each distinct pair.
    const sets = new Set<number>();
    if (needle.length === 1) sets.add(cls[0]);
    for (let k = 1; k < cls.length; k++) sets.add(CLASSES + cls[k - 1] * CLASSES + cls[k]);
    const exact = needle.length <= 2 && !cls.includes(OTHER);
    // The needle as bytes, for ASCII rows of a UTF-8 field (a needle with another character is in none of them).
    const ascii = /^[\x00-\x7f]*$/.test(needle) ? asciiNeedle(needle) : null;
    const list = [...sets];
    const found: Found = { needle, match, at: exact ? [] : this.fields.map((f) => new Int32Array(f.bytes ? n : f.values.ends.length)) };
    const from0 = new Int32Array(list.length);
    // A chunk's candidates, checked field by field once its bitsets are read (textCheck.ts).
    const cand = exact ? null : new Int32Array(CHUNK_ROWS);
    for (let c = 0; c < this.dirs.length; c++) {
      // A set no row of the chunk has: none of its rows can match.
      const dir = this.dirs[c];
      let none = false;
      for (let s = 0; s < list.length; s++) if ((from0[s] = dir[list[s]]) < 0) none = true;
      if (none) continue;
      const sets = this.stores[c];
      const w0 = c * CHUNK_WORDS;
      const cw = Math.min(CHUNK_WORDS, words - w0);
      let nc = 0;
      for (let w = 0; w < cw; w++) {
        let x = 0xffffffff;
        for (let s = 0; s < from0.length && x !== 0; s++) x &= sets[from0[s] + w];
        while (x !== 0) {
          const low = x & -x;
          x ^= low;
          const i = ((w0 + w) << 5) + 31 - Math.clz32(low);
          if (within && !within[i]) continue;
          if (cand) cand[nc++] = i;
          else match[i] = 1;
        }
      }
      if (cand) checkCandidates(this.fields, this.wide, cand, nc, needle, ascii, found, from, offset);
    }
    return found;
  }
}
