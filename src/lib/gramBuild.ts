/**
 * Builds the search index's sets of a chunk of rows (gramSets.ts) as its rows' text is read: the keys (classes,
 * triples, a field's last pair) each row has.
 */
import { CHUNK_ROWS, CHUNK_WORDS, CLASSES, ChunkSets, END, KEYS, ROW_BITS, TRIPLE } from './gramSets.ts';

/**
 * Collects a chunk's (key, row) pairs as its rows are read (`add`), then makes its sets (`finish`). The keys that
 * were bitsets in the chunk before are set as bits straight away (most pairs: a text's common triples); the others
 * are kept as pairs, once per row, and sorted by key with a counting sort at the end, rows staying in order. Sorting
 * every pair (~5 million per chunk of generated claims) took ~65 ms a chunk, three times the old pair index's build.
 */
export class ChunkBuilder {
  private pairs = new Uint32Array(1 << 16);
  private size = 0;
  private readonly count = new Int32Array(KEYS);
  /** The row that last added each key (a key is added once per row). */
  private readonly last = new Int32Array(KEYS).fill(-1);
  /** Per key its slot among the keys set as bits (-1: kept as pairs); the bits, slot s of word w at w · dense + s
   * (a row's bits within a few kB). */
  private readonly slot = new Int16Array(KEYS).fill(-1);
  private dense = 0;
  private bitsOf = new Uint32Array(0);

  /** The row's classes as bits (0–31, 32–37), added at its end; the classes two and one characters back (-1: none). */
  private lo = 0;
  private hi = 0;
  private p2 = -1;
  private p1 = -1;

  /** A field's text starts (its characters follow, through `ascii` and `unit`). */
  startField(): void {
    this.p2 = this.p1 = -1;
  }

  /**
   * Adds the characters of bytes[from … to), ASCII bytes of class CLASS_OF[byte] (A–Z as a–z), up to the first byte
   * that is not ASCII; returns where it stopped. One loop with the builder's arrays in locals: per character a
   * triple's slot read and a bit set, most of the build's time (~190 characters a claim).
   */
  ascii(bytes: Uint8Array, from: number, to: number, classOf: Uint8Array, row: number, inChunk: number): number {
    const { slot, bitsOf, dense } = this;
    const at = (inChunk >>> 5) * dense;
    const bit = 1 << (inChunk & 31);
    let { lo, hi, p2, p1 } = this;
    let k = from;
    for (; k < to; k++) {
      const u = bytes[k];
      if (u >= 128) break;
      const c = classOf[u];
      if (c < 32) lo |= 1 << c;
      else hi |= 1 << (c - 32);
      if (p2 >= 0) {
        const key = TRIPLE + (p2 * CLASSES + p1) * CLASSES + c;
        const s = slot[key];
        if (s >= 0) bitsOf[at + s] |= bit;
        else this.add(key, row, inChunk);
      }
      p2 = p1;
      p1 = c;
    }
    this.lo = lo;
    this.hi = hi;
    this.p2 = p2;
    this.p1 = p1;
    return k;
  }

  /** Adds one character of class `c`. */
  unit(c: number, row: number, inChunk: number): void {
    if (c < 32) this.lo |= 1 << c;
    else this.hi |= 1 << (c - 32);
    if (this.p2 >= 0) this.add(TRIPLE + (this.p2 * CLASSES + this.p1) * CLASSES + c, row, inChunk);
    this.p2 = this.p1;
    this.p1 = c;
  }

  /** The field's text ended: its last two characters' pair. */
  endField(row: number, inChunk: number): void {
    if (this.p2 >= 0) this.add(END + this.p2 * CLASSES + this.p1, row, inChunk);
  }

  /** The row ended: its classes. */
  endRow(row: number, inChunk: number): void {
    for (let x = this.lo; x !== 0; x &= x - 1) this.add(31 - Math.clz32(x & -x), row, inChunk);
    for (let x = this.hi; x !== 0; x &= x - 1) this.add(63 - Math.clz32(x & -x), row, inChunk);
    this.lo = this.hi = 0;
  }

  /** Adds `key` for the row (`row`: its index in the whole table, `inChunk` its place in the chunk). */
  private add(key: number, row: number, inChunk: number): void {
    const s = this.slot[key];
    if (s >= 0) {
      this.bitsOf[(inChunk >>> 5) * this.dense + s] |= 1 << (inChunk & 31);
      return;
    }
    if (this.last[key] === row) return;
    this.last[key] = row;
    this.count[key]++;
    if (this.size === this.pairs.length) {
      const more = new Uint32Array(this.size * 2);
      more.set(this.pairs);
      this.pairs = more;
    }
    this.pairs[this.size++] = (key << ROW_BITS) + inChunk;
  }

  /** The sets of the chunk's `rows` rows added so far; then starts over for the next chunk. */
  finish(rows: number): ChunkSets {
    const { count, pairs, size, slot, dense, bitsOf } = this;
    const words = (rows + 31) >>> 5;
    // A list costs about a byte a row, a bitset 4 bytes a word.
    const listMax = 4 * words;
    // Word by word through the bits (slot by slot would read them 4 kB apart: a cache miss each).
    const ones = new Int32Array(dense);
    for (let w = 0, at = 0; w < words; w++) for (let s = 0; s < dense; s++, at++) ones[s] += popcount(bitsOf[at]);
    for (let k = 0; k < KEYS; k++) if (slot[k] >= 0) count[k] = ones[slot[k]];
    let present = 0;
    let bitWords = 0;
    let listRows = 0;
    const start = new Int32Array(KEYS + 1);
    for (let k = 0; k < KEYS; k++) {
      const c = count[k];
      start[k + 1] = start[k] + (slot[k] < 0 ? c : 0);
      if (c === 0) continue;
      present++;
      if (c >= listMax) bitWords += words;
      else listRows += c;
    }
    const sorted = new Uint16Array(size);
    const next = start.subarray(0, KEYS).slice();
    for (let i = 0; i < size; i++) {
      const p = pairs[i];
      sorted[next[p >>> ROW_BITS]++] = p & (CHUNK_ROWS - 1);
    }
    const keys = new Uint16Array(present);
    const where = new Int32Array(present);
    const bits = new Uint32Array(bitWords);
    const spare = new Uint16Array(listMax);
    // At most 3 bytes a row, 2 a list: cut to what was written.
    const out = new Uint8Array(3 * listRows + 2 * present);
    let b = 0;
    let l = 0;
    let j = 0;
    for (let k = 0; k < KEYS; k++) {
      const c = count[k];
      if (c === 0) continue;
      keys[j] = k;
      const s = slot[k];
      if (c >= listMax) {
        where[j] = b;
        if (s >= 0) ones[s] = -1 - b; // copied below
        else for (let i = start[k]; i < start[k + 1]; i++) bits[b + (sorted[i] >>> 5)] |= 1 << (sorted[i] & 31);
        b += words;
      } else {
        where[j] = -1 - l;
        out[l++] = c & 255;
        out[l++] = c >>> 8;
        if (s < 0) l = putRows(out, l, sorted, start[k], start[k + 1]);
        else {
          // A key set as bits that ended with few rows: its rows, ascending, into `spare`.
          let m = 0;
          for (let w = 0; w < words; w++) {
            for (let x = bitsOf[w * dense + s]; x !== 0; x &= x - 1) spare[m++] = (w << 5) + 31 - Math.clz32(x & -x);
          }
          l = putRows(out, l, spare, 0, m);
        }
      }
      j++;
    }
    const lists = out.slice(0, l);
    for (let w = 0, at = 0; w < words; w++) {
      for (let s = 0; s < dense; s++, at++) if (ones[s] < 0) bits[w - 1 - ones[s]] = bitsOf[at];
    }
    // The next chunk sets as bits the keys this one has in 1 row of 16 or more (4 kB of scratch each): a pair costs
    // several times a bit (its row checked, counted, stored, then sorted), and a key's rate moves little from one
    // chunk to the next; those that end under a bitset's worth of rows become lists above.
    let d = 0;
    for (let k = 0; k < KEYS; k++) slot[k] = count[k] >= listMax >>> 1 && d < 0x7fff ? d++ : -1;
    this.dense = d;
    if (this.bitsOf.length !== d * CHUNK_WORDS) this.bitsOf = new Uint32Array(d * CHUNK_WORDS);
    else this.bitsOf.fill(0);
    count.fill(0);
    this.size = 0;
    return new ChunkSets(words, keys, where, bits, lists);
  }
}

/** Writes rows[from … to) (ascending) into out at l as gaps (see ChunkSets); returns where it stopped. */
function putRows(out: Uint8Array, l: number, rows: Uint16Array, from: number, to: number): number {
  let prev = -1;
  for (let i = from; i < to; i++) {
    const gap = rows[i] - prev;
    prev = rows[i];
    if (gap < 256) out[l++] = gap;
    else {
      out[l] = 0;
      out[l + 1] = gap & 255;
      out[l + 2] = gap >>> 8;
      l += 3;
    }
  }
  return l;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
