/**
 * Many strings packed in one, with their end offsets: how text columns travel between a worker and the page (one
 * string and one Int32Array instead of a string per row) and how the dashboard keeps its long text columns.
 * No dependencies, so the page can import it without the Parquet reader.
 */

/** String k is text.slice(ends[k - 1] ?? 0, ends[k]) (UTF-16 offsets). */
export interface PackedStrings {
  text: string;
  ends: Int32Array;
}

/**
 * Strings kept as their UTF-8 bytes (string k is bytes ends[k - 1] ?? 0 … ends[k]), decoded only when one is read:
 * the long free text (evidence) of a million rows is ~200 MB that no view needs all of, so it crosses from the worker
 * as a transferred buffer (no copy, no string of 200 MB made, cloned and joined) and a row's is decoded when shown.
 */
export interface PackedUtf8 {
  bytes: Uint8Array;
  ends: Int32Array;
}

/** Values of a text column, as one string or as UTF-8 bytes. */
export type Packed = PackedStrings | PackedUtf8;

export const isUtf8 = (p: Packed): p is PackedUtf8 => 'bytes' in p;

// ignoreBOM: a value may start with U+FEFF (an evidence sentence pasted with one): it is text, not a byte-order mark.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** The strings as UTF-8 bytes (one buffer, byte ends). */
export function packUtf8(list: readonly string[]): PackedUtf8 {
  const b = new Utf8Builder();
  for (const s of list) b.add(s);
  return b.finish();
}

/** Strings appended one at a time as UTF-8 bytes (encoded into one growing buffer, no array per string). */
export class Utf8Builder {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  private ends = new Int32Array(1024);
  private count = 0;

  add(s: string): number {
    // At most 3 bytes per UTF-16 unit.
    if (this.length + 3 * s.length > this.bytes.length) {
      const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + 3 * s.length));
      next.set(this.bytes.subarray(0, this.length));
      this.bytes = next;
    }
    this.length += encoder.encodeInto(s, this.bytes.subarray(this.length)).written;
    if (this.count === this.ends.length) { const next = new Int32Array(this.count * 2); next.set(this.ends); this.ends = next; }
    this.ends[this.count] = this.length;
    return this.count++;
  }

  finish(): PackedUtf8 {
    return { bytes: this.bytes.slice(0, this.length), ends: this.ends.slice(0, this.count) };
  }
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Int32Array(list.length);
  let at = 0;
  for (let k = 0; k < list.length; k++) ends[k] = at += list[k].length;
  return { text: list.join(''), ends };
}

export function unpackStrings(p: Packed): string[] {
  const out = new Array<string>(p.ends.length);
  for (let k = 0; k < p.ends.length; k++) out[k] = packedAt(p, k);
  return out;
}

/** String k alone. */
export function packedAt(p: Packed, k: number): string {
  const from = k ? p.ends[k - 1] : 0;
  return isUtf8(p) ? utf8.decode(p.bytes.subarray(from, p.ends[k])) : p.text.slice(from, p.ends[k]);
}

/** The length of all values together (UTF-16 units, or bytes). */
export function packedLength(p: Packed): number {
  return isUtf8(p) ? p.bytes.length : p.text.length;
}

/** Values `f` gives for each of `p`'s, packed as `p` is. */
export function mapPacked(p: Packed, f: (value: string, k: number) => string): Packed {
  const out = Array.from({ length: p.ends.length }, (_, k) => f(packedAt(p, k), k));
  return isUtf8(p) ? packUtf8(out) : packStrings(out);
}

/** The first UTF-16 unit (or byte, for UTF-8: the same below 0x80) of value k; NaN when empty. */
export function firstUnitAt(p: Packed, k: number): number {
  const from = k ? p.ends[k - 1] : 0;
  if (from === p.ends[k]) return NaN;
  return isUtf8(p) ? p.bytes[from] : p.text.charCodeAt(from);
}

/** A text column: its values and per row the index of its value (-1: null, read as ''). */
export interface TextChunk {
  values: Packed;
  codes: Int32Array;
}

/** A text column's buffers to transfer to another thread: its codes and ends, and its bytes when kept as UTF-8. */
export function chunkBuffers(t: TextChunk): ArrayBuffer[] {
  const buffers = [t.codes.buffer as ArrayBuffer, t.values.ends.buffer as ArrayBuffer];
  if (isUtf8(t.values)) buffers.push(t.values.bytes.buffer as ArrayBuffer);
  return buffers;
}

/** Text columns of consecutive row ranges as one (each part's values kept as they are, codes shifted past the earlier parts'). */
export function concatChunks(parts: readonly TextChunk[]): TextChunk {
  const codes = new Int32Array(parts.reduce((s, p) => s + p.codes.length, 0));
  const ends = new Int32Array(parts.reduce((s, p) => s + p.values.ends.length, 0));
  let row = 0;
  let entry = 0;
  let units = 0;
  for (const p of parts) {
    for (let r = 0; r < p.codes.length; r++) codes[row + r] = p.codes[r] < 0 ? -1 : entry + p.codes[r];
    for (let k = 0; k < p.values.ends.length; k++) ends[entry + k] = units + p.values.ends[k];
    row += p.codes.length;
    entry += p.values.ends.length;
    units += packedLength(p.values);
  }
  return { values: joinValues(parts.map((p) => p.values), ends), codes };
}

/** The parts' values one after the other (all strings or all UTF-8), with `ends` already shifted. */
function joinValues(parts: readonly Packed[], ends: Int32Array): Packed {
  if (!parts.some(isUtf8)) return { text: parts.map((p) => (p as PackedStrings).text).join(''), ends };
  if (!parts.every(isUtf8)) throw new Error('cannot join text kept as strings with text kept as UTF-8');
  const bytes = new Uint8Array(parts.reduce((s, p) => s + p.bytes.length, 0));
  let at = 0;
  for (const p of parts) { bytes.set(p.bytes, at); at += p.bytes.length; }
  return { bytes, ends };
}
