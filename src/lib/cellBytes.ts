/**
 * Text of a CSV kept as bytes on the way into columns (csvColumns.ts): the span and evidence of every row, copied from
 * the file's bytes, and turned into the page's packed text at the end (packed.ts): spans as one string, evidence as
 * UTF-8 (the file's bytes when well-formed). Also: a column's well-formed UTF-8 as one string.
 */
import { copyField, utf16Length } from '../../extract/core/csvScan.ts';
import { packStrings, packUtf8, type TextChunk } from '../../extract/core/packed.ts';

// ignoreBOM: a cell may start with U+FEFF, which is text (only the file's first bytes are a byte-order mark).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
};

/** Cells' bytes appended one at a time, with their ends (span, evidence: one per row). */
export class CellBytes {
  bytes: Uint8Array<ArrayBuffer>;
  length = 0;
  ends = new Int32Array(1024);
  count = 0;
  /** `capacity`: the bytes expected (growing by doubling copies all so far, and held twice the memory meanwhile). */
  constructor(capacity = 1 << 20) {
    this.bytes = new Uint8Array(capacity);
  }
  add(from: Uint8Array, start: number, end: number, escaped: number): void {
    if (this.length + end - start > this.bytes.length) {
      const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + end - start));
      next.set(this.bytes.subarray(0, this.length));
      this.bytes = next;
    }
    this.length += copyField(from, start, end, escaped, this.bytes, this.length);
    if (this.count === this.ends.length) this.ends = grow(this.ends);
    this.ends[this.count++] = this.length;
  }
  /** Cell k's bytes. */
  cell(k: number): Uint8Array {
    return this.bytes.subarray(k ? this.ends[k - 1] : 0, this.ends[k]);
  }
}

/**
 * Well-formed UTF-8 bytes of `units` UTF-16 units as text. All ASCII (as many units as bytes): made by
 * String.fromCharCode, a string of one byte per character; the browser's decoder gave a string that left the page
 * ~35 MB more JS heap and ~150 MB more memory after a 1M-claim load (measured: 195 vs 160 MB of heap).
 */
export function decodeAll(bytes: Uint8Array, units: number): string {
  if (units !== bytes.length) return decoder.decode(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]));
  }
  return parts.join('');
}

/** The spans as one string (decoded at once when well-formed UTF-8: then each span's UTF-16 length is known from its bytes). */
export function spanStrings(b: CellBytes): TextChunk['values'] {
  const all = b.bytes.subarray(0, b.length);
  if (utf16Length(all) < 0) return packStrings(Array.from({ length: b.count }, (_, k) => decoder.decode(b.cell(k))));
  const ends = new Int32Array(b.count);
  let units = 0;
  for (let k = 0, from = 0; k < b.count; from = b.ends[k++]) ends[k] = units += utf16Length(all, from, b.ends[k]);
  return { text: decodeAll(all, units), ends };
}

/** The evidence as UTF-8: the file's bytes when well-formed, else what encoding the decoded text gives (as ColumnsBuilder). */
export function evidenceBytes(b: CellBytes): TextChunk['values'] {
  const all = b.bytes.subarray(0, b.length);
  // The buffer itself (transferred to the page, which copies the parts into one): no copy of ~100 MB here.
  if (utf16Length(all) >= 0) return { bytes: all, ends: b.ends.slice(0, b.count) };
  return packUtf8(Array.from({ length: b.count }, (_, k) => decoder.decode(b.cell(k))));
}
