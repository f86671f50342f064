/**
 * Cells interned by their bytes: each distinct cell of a column (its raw bytes in the file, doubled quotes and all)
 * gets an entry, and its text is decoded once, when first seen. A million-row CSV repeats its titles, ids and facet
 * values many times over: hashing a cell's bytes is far cheaper than decoding it to a string and looking that up in a
 * Map (what a string per cell cost was most of a load's time). The same text always has the same bytes in a table
 * (a quoted cell's doubled quotes never occur unquoted), so an entry is one value.
 */
import { fieldText } from '../../extract/core/csvScan.ts';

const FNV = 16777619;
const decoder = new TextDecoder();

export class ByteDict {
  /** Per entry: its value as text. */
  readonly texts: string[] = [];
  private keys = new Uint8Array(1 << 16);
  private used = 0;
  private keyEnds: Int32Array<ArrayBuffer> = new Int32Array(256);
  private hashes: Int32Array<ArrayBuffer> = new Int32Array(256);
  private slots = new Int32Array(512).fill(-1);

  get size(): number {
    return this.texts.length;
  }

  /** The entry of the cell `bytes[start, end)` (`escaped`: a quoted cell with doubled quotes). */
  entry(bytes: Uint8Array, start: number, end: number, escaped: number): number {
    // The hash of the first and last 16 bytes and the length: bounded work per cell (titles run to 100 bytes and
    // more); cells that agree there are told apart by the comparison.
    let h = Math.imul(0x811c9dc5 ^ (end - start), FNV);
    if (end - start <= 32) for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], FNV);
    else {
      for (let i = start; i < start + 16; i++) h = Math.imul(h ^ bytes[i], FNV);
      for (let i = end - 16; i < end; i++) h = Math.imul(h ^ bytes[i], FNV);
    }
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s];
      if (e < 0) {
        const added = this.add(bytes, start, end, escaped, h);
        this.slots[s] = added;
        if (2 * (added + 1) > this.slots.length) this.rehash();
        return added;
      }
      if (this.hashes[e] !== h) continue;
      const from = e ? this.keyEnds[e - 1] : 0;
      if (this.keyEnds[e] - from !== len) continue;
      // From the end: cells that share a start (ids of one paper's claims, a title's opening words) differ there.
      const keys = this.keys;
      let k = len - 1;
      while (k >= 0 && keys[from + k] === bytes[start + k]) k--;
      if (k < 0) return e;
    }
  }

  private add(bytes: Uint8Array, start: number, end: number, escaped: number, h: number): number {
    const e = this.texts.length;
    const len = end - start;
    if (this.used + len > this.keys.length) {
      const next = new Uint8Array(Math.max(this.keys.length * 2, this.used + len));
      next.set(this.keys.subarray(0, this.used));
      this.keys = next;
    }
    this.keys.set(bytes.subarray(start, end), this.used);
    this.used += len;
    if (e === this.keyEnds.length) {
      this.keyEnds = grown(this.keyEnds);
      this.hashes = grown(this.hashes);
    }
    this.keyEnds[e] = this.used;
    this.hashes[e] = h;
    this.texts.push(fieldText(bytes, start, end, escaped, decoder));
    return e;
  }

  /** Twice the slots when half are taken (the probe sequences stay short). */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.texts.length; e++) {
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
