/**
 * UTF-8 values of a Parquet text column packed as the column readers (parquetColumns.ts) hand them on: their bytes
 * copied into one buffer, then decoded with one call into one string (packed.ts PackedStrings), or left as bytes
 * (PackedUtf8). Part of parquetColumns.ts.
 */
import type { DecodedArray } from 'hyparquet';
import type { PackedStrings, PackedUtf8 } from './packed.ts';

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Packs UTF-8 byte strings: their bytes copied into one buffer and decoded with one call. Ends are byte ends while
 * every byte is ASCII (one UTF-16 unit each, the common case); otherwise they are counted in UTF-16 units afterwards.
 */
export class Utf8Packer {
  private bytes: Uint8Array;
  private length = 0;
  private ends: Int32Array = new Int32Array(1024);
  private count = 0;

  /** `bytes`: what the values will take, when known (a column's uncompressed size): no buffer grown and copied. */
  constructor(bytes = 1 << 16) {
    this.bytes = new Uint8Array(Math.max(16, bytes));
  }

  add(value: Uint8Array): number {
    return this.addRange(value, 0, value.length);
  }

  /** Bytes from … to of `source` as the next value; returns its index. */
  private addRange(source: Uint8Array, from: number, to: number): number {
    const n = to - from;
    if (this.length + n > this.bytes.length) {
      const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
      next.set(this.bytes.subarray(0, this.length));
      this.bytes = next;
    }
    if (n < 24) { const out = this.bytes; let o = this.length; for (let k = from; k < to; k++) out[o++] = source[k]; }
    else this.bytes.set(source.subarray(from, to), this.length);
    this.length += n;
    if (this.count === this.ends.length) { const next = new Int32Array(this.count * 2); next.set(this.ends); this.ends = next; }
    this.ends[this.count] = this.length;
    return this.count++;
  }

  /** `count` values stored PLAIN (each a 4-byte little-endian length and its bytes); returns the first one's index. */
  addPlain(plain: Uint8Array, count: number): number {
    const first = this.count;
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 4 > plain.length) throw new Error('parquet text page cut short');
      const n = (plain[p] | (plain[p + 1] << 8) | (plain[p + 2] << 16) | (plain[p + 3] << 24)) >>> 0;
      p += 4;
      if (p + n > plain.length) throw new Error('parquet text page cut short');
      this.addRange(plain, p, p + n);
      p += n;
    }
    return first;
  }

  /** Values hyparquet decoded (byte arrays, or strings from a DELTA_* page); returns the first one's index. */
  addAll(values: DecodedArray): number {
    const first = this.count;
    for (let k = 0; k < values.length; k++) {
      const v = values[k] as unknown;
      this.add(v instanceof Uint8Array ? v : encoder.encode(String(v)));
    }
    return first;
  }

  /** The values as UTF-8 bytes, not decoded (the buffer may be longer than the view: it is transferred, not copied). */
  finishUtf8(): PackedUtf8 {
    return { bytes: this.bytes.subarray(0, this.length), ends: this.ends.slice(0, this.count) };
  }

  finish(): PackedStrings {
    const bytes = this.bytes.subarray(0, this.length);
    const byteEnds = this.ends.slice(0, this.count);
    const text = utf8.decode(bytes);
    // As many units as bytes: no multi-byte sequence (an invalid byte is one U+FFFD), so byte ends are unit ends.
    if (text.length === bytes.length) return { text, ends: byteEnds };
    // Count units: one per lead byte, two for a 4-byte sequence (a surrogate pair).
    const ends = new Int32Array(this.count);
    let units = 0;
    let from = 0;
    for (let k = 0; k < this.count; k++) {
      const to = byteEnds[k];
      for (let i = from; i < to; i++) { const b = bytes[i]; if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1; }
      ends[k] = units;
      from = to;
    }
    if (units === text.length) return { text, ends };
    // Invalid UTF-8 among multi-byte text: the counts are off, so decode value by value.
    const parts: string[] = [];
    units = 0;
    for (let k = 0; k < this.count; k++) {
      const s = utf8.decode(bytes.subarray(k ? byteEnds[k - 1] : 0, byteEnds[k]));
      parts.push(s);
      ends[k] = units += s.length;
    }
    return { text: parts.join(''), ends };
  }
}
