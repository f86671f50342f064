/**
 * Cells interned by their bytes: each distinct cell of a column (its bytes, doubled quotes undone) gets an entry,
 * and its text is decoded only when asked for. A million-row CSV repeats its titles, ids and facet values many
 * times over: hashing a cell's bytes is far cheaper than decoding it to a string and looking that up in a Map (what
 * a string per cell cost was most of a load's time). Equal well-formed UTF-8 bytes are equal text and the reverse
 * (`wellFormed` says whether all entries are; else two entries may decode to the same text).
 */
import { copyField, fieldText, utf16Length } from '../../extract/core/csvScan.ts';

const FNV = 16777619;
// ignoreBOM: a cell may start with U+FEFF, which is text (only the file's first bytes are a byte-order mark).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export class ByteDict {
  /** Entry k's bytes are keys[keyEnds[k - 1] ?? 0 … keyEnds[k]]. */
  keys: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 16);
  keyEnds: Int32Array<ArrayBuffer> = new Int32Array(256);
  size = 0;
  private used = 0;
  private hashes: Int32Array<ArrayBuffer> = new Int32Array(256);
  private slots = new Int32Array(512).fill(-1);
  private readonly texts: (string | undefined)[] = [];
  /** A quoted cell's bytes with its doubled quotes undone, before it is looked up. */
  private scratch = new Uint8Array(256);
  /** The entry last looked up (-1: none). */
  private last = -1;

  /** The entry of the cell `bytes[start, end)` (`escaped`: a quoted cell with doubled quotes). */
  entry(bytes: Uint8Array, start: number, end: number, escaped: number): number {
    if (escaped) {
      if (this.scratch.length < end - start) this.scratch = new Uint8Array(2 * (end - start));
      const len = copyField(bytes, start, end, 1, this.scratch, 0);
      return this.entry(this.scratch, 0, len, 0);
    }
    // The entry of the column's last cell first: a paper's claims are consecutive rows, with one id, title, topic…
    const last = this.last;
    const len = end - start;
    if (last >= 0) {
      const from = last ? this.keyEnds[last - 1] : 0;
      if (this.keyEnds[last] - from === len) {
        const keys = this.keys;
        let k = len - 1;
        while (k >= 0 && keys[from + k] === bytes[start + k]) k--;
        if (k < 0) return last;
      }
    }
    // The hash of the first and last 16 bytes and the length: bounded work per cell (titles run to 100 bytes and
    // more); cells that agree there are told apart by the comparison.
    let h = Math.imul(0x811c9dc5 ^ (end - start), FNV);
    if (end - start <= 32) for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], FNV);
    else {
      for (let i = start; i < start + 16; i++) h = Math.imul(h ^ bytes[i], FNV);
      for (let i = end - 16; i < end; i++) h = Math.imul(h ^ bytes[i], FNV);
    }
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s];
      if (e < 0) {
        const added = this.add(bytes, start, end, h);
        this.slots[s] = added;
        if (2 * (added + 1) > this.slots.length) this.rehash();
        return (this.last = added);
      }
      if (this.hashes[e] !== h) continue;
      const from = e ? this.keyEnds[e - 1] : 0;
      if (this.keyEnds[e] - from !== len) continue;
      // From the end: cells that share a start (ids of one paper's claims, a title's opening words) differ there.
      const keys = this.keys;
      let k = len - 1;
      while (k >= 0 && keys[from + k] === bytes[start + k]) k--;
      if (k < 0) return (this.last = e);
    }
  }

  /** Entry e's text (decoded once). */
  text(e: number): string {
    return (this.texts[e] ??= fieldText(this.keys, e ? this.keyEnds[e - 1] : 0, this.keyEnds[e], 0, decoder));
  }

  /** Whether every entry is well-formed UTF-8. */
  wellFormed(): boolean {
    return utf16Length(this.keys, 0, this.used) >= 0;
  }

  private add(bytes: Uint8Array, start: number, end: number, h: number): number {
    const e = this.size++;
    const len = end - start;
    if (this.used + len > this.keys.length) {
      const next = new Uint8Array(Math.max(this.keys.length * 2, this.used + len));
      next.set(this.keys.subarray(0, this.used));
      this.keys = next;
    }
    copyField(bytes, start, end, 0, this.keys, this.used);
    this.used += len;
    if (e === this.keyEnds.length) {
      this.keyEnds = grown(this.keyEnds);
      this.hashes = grown(this.hashes);
    }
    this.keyEnds[e] = this.used;
    this.hashes[e] = h;
    return e;
  }

  /** Twice the slots when half are taken (the probe sequences stay short). */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let s = this.hashes[e] & mask;
      while (slots[s] >= 0) s = (s + 1) & mask;
      slots[s] = e;
    }
    this.slots = slots;
  }
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}
