/**
 * The CSV dialect of csv.ts read straight from UTF-8 bytes, a record at a time, without a string per cell: where
 * each field's bytes are. This is how the dashboard reads a big claims file (a million rows) into columns; it is not
 * a second dialect: it reads only what csv.ts writes (comma, CRLF or LF line ends, a field quoted when it holds a
 * comma, quote or line break, a quote inside doubled) and, where papaparse (csv.ts's reader) would have to guess or
 * repair (a quote inside an unquoted field, text after a closing quote, a stray CR, a record with more fields than
 * the header, a byte-order mark starting a record), it declines, and the caller reads the bytes with papaparse instead.
 * So whatever it reads, papaparse reads the same (tests/extract/core/csvScan.test.ts checks that on random input).
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
/** The bytes that end an unquoted field or make it one csv.ts does not write (a table lookup: one test per byte). */
const STOPS = new Uint8Array(256);
for (const c of [QUOTE, COMMA, LF, CR]) STOPS[c] = 1;

/** What scan found at a position. */
export const Scan = {
  /** A record: its fields are in starts/ends/escaped, the next record starts at `next`. */
  Record: 0,
  /** The bytes end inside this record (more are to come): read it again with more bytes. */
  Incomplete: 2,
  /** No more records (the end of the bytes, which end the file). */
  End: 3,
  /** Not what csv.ts writes, or something papaparse might read otherwise: read these bytes with papaparse. */
  Decline: 4,
} as const;
export type Scan = (typeof Scan)[keyof typeof Scan];

export class CsvScanner {
  /** Per field of the last record: where its content is (inside the quotes for a quoted field). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per field: 1 when its content holds doubled quotes (escapes to undo). */
  readonly escaped: Uint8Array;
  /** Where the record after the last one scanned starts. */
  next = 0;
  /** The fields the last record has (the others of the header's are empty). */
  fields = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  /**
   * The first quote at or after `quoteFrom` (bytes.length: none), kept while scanning goes forward: a quoted field's
   * end is found natively, and the quotes of a long field looked for once.
   */
  private quote = -1;
  private quoteFrom = 0;

  /** `width`: the header's number of fields; `crlf`: records end with CRLF (else LF), as the header does. */
  constructor(readonly width: number, readonly crlf: boolean) {
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
    this.escaped = new Uint8Array(width);
  }

  /** Scans `bytes` from now on (positions are indices into it). */
  reset(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.quote = -1;
    this.quoteFrom = 0;
  }

  private quoteAfter(at: number): number {
    if (this.quote >= at && this.quoteFrom <= at) return this.quote;
    const i = this.bytes.indexOf(QUOTE, at);
    this.quoteFrom = at;
    return (this.quote = i < 0 ? this.bytes.length : i);
  }

  /** Scans the record at `at`; `final`: the bytes end where the file does. */
  scan(at: number, final: boolean): Scan {
    const b = this.bytes;
    const len = b.length;
    if (at >= len) return final ? Scan.End : Scan.Incomplete;
    // A BOM at a record's start: the old reader's decoder dropped it at a piece's start only; leave it to papaparse.
    if (b[at] === 0xef && b[at + 1] === 0xbb && b[at + 2] === 0xbf) return Scan.Decline;
    let i = at;
    let f = 0;
    for (;;) {
      if (f === this.width) return Scan.Decline;
      if (b[i] === QUOTE) {
        let from = i + 1;
        let escaped = 0;
        for (;;) {
          const q = this.quoteAfter(from);
          if (q >= len) return final ? Scan.Decline : Scan.Incomplete;
          if (q + 1 < len && b[q + 1] === QUOTE) { escaped = 1; from = q + 2; continue; }
          if (q + 1 >= len && !final) return Scan.Incomplete;
          this.starts[f] = i + 1;
          this.ends[f] = q;
          this.escaped[f] = escaped;
          f++;
          i = q + 1;
          break;
        }
        if (i >= len) { this.next = len; return this.done(f); }
        const c = b[i];
        if (c === COMMA) { i++; continue; }
        return this.lineEnd(i, f, final);
      }
      // Unquoted: up to a comma or the line end, a byte at a time (most fields are short: cheaper than a native
      // search per field); a quote or a CR other than a CRLF's is not csv.ts's.
      let j = i;
      let c = 0;
      for (; j < len; j++) if (STOPS[(c = b[j])]) break;
      if (j >= len && !final) return Scan.Incomplete;
      this.starts[f] = i;
      this.ends[f] = j;
      this.escaped[f] = 0;
      f++;
      if (j >= len) { this.next = len; return this.done(f); }
      if (c === COMMA) { i = j + 1; continue; }
      return this.lineEnd(j, f, final);
    }
  }

  /** The byte at `at`, after a record's last field (`fields` of them): its line end, or not what csv.ts writes. */
  private lineEnd(at: number, fields: number, final: boolean): Scan {
    const b = this.bytes;
    if (b[at] === LF && !this.crlf) { this.next = at + 1; return this.done(fields); }
    if (b[at] === CR && this.crlf) {
      if (at + 1 >= b.length) return final ? Scan.Decline : Scan.Incomplete;
      if (b[at + 1] !== LF) return Scan.Decline;
      this.next = at + 2;
      return this.done(fields);
    }
    return Scan.Decline;
  }

  /** A record of `fields` fields: one with fewer than the header's has its missing cells empty, as a reader by position reads it. */
  private done(fields: number): Scan {
    this.fields = fields;
    for (let j = fields; j < this.width; j++) this.starts[j] = this.ends[j] = this.escaped[j] = 0;
    return Scan.Record;
  }
}

/** The field's value as text (its doubled quotes undone). */
export function fieldText(bytes: Uint8Array, start: number, end: number, escaped: number, decoder: TextDecoder): string {
  // Short ASCII (ids, titles, numbers, facet values) without the decoder: a call to it costs microseconds in a
  // browser, more than the whole row's other work.
  let ascii = end - start <= 256;
  for (let i = start; ascii && i < end; i++) ascii = bytes[i] < 0x80;
  const text = ascii
    ? String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[])
    : decoder.decode(bytes.subarray(start, end));
  return escaped ? text.replaceAll('""', '"') : text;
}

/** Copies the field's bytes to `out` at `at` (its doubled quotes undone); the bytes written. */
export function copyField(bytes: Uint8Array, start: number, end: number, escaped: number, out: Uint8Array, at: number): number {
  if (!escaped) {
    // A short field by hand: a subarray per field costs more than the copy.
    if (end - start < 48) for (let i = start; i < end; i++) out[at + i - start] = bytes[i];
    else out.set(bytes.subarray(start, end), at);
    return end - start;
  }
  let w = at;
  for (let i = start; i < end;) {
    const q = bytes.indexOf(QUOTE, i);
    const to = q < 0 || q >= end ? end : q + 1;
    out.set(bytes.subarray(i, to), w);
    w += to - i;
    i = to < end ? to + 1 : end; // skip the second quote of a pair
  }
  return w - at;
}

/**
 * Whether bytes are well-formed UTF-8 (so decoding then encoding them gives them back), and their length in UTF-16
 * units; -1 when not well-formed.
 */
export function utf16Length(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let units = 0;
  let i = from;
  while (i < to) {
    const c = bytes[i];
    if (c < 0x80) {
      // ASCII runs four bytes at a time where aligned (most text is ASCII).
      if ((i & 3) === 0 && i + 4 <= to && words(bytes)) {
        const w = words(bytes)!;
        let k = (bytes.byteOffset + i) >> 2;
        const last = (bytes.byteOffset + to) >> 2;
        while (k < last && (w[k] & 0x80808080) === 0) k++;
        const next = (k << 2) - bytes.byteOffset;
        if (next > i) { units += next - i; i = next; continue; }
      }
      i++;
      units++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return -1;
    if (i + need >= to) return -1; // cut short
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = bytes[i + k];
      if ((d & 0xc0) !== 0x80) return -1;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
    units += need === 3 ? 2 : 1;
    i += need + 1;
  }
  return units;
}

/** A Uint32Array over the same memory when `bytes` starts on a 4-byte boundary, else null. */
function words(bytes: Uint8Array): Uint32Array | null {
  if (bytes.byteOffset & 3) return null;
  if (wordsOf?.buffer !== bytes.buffer) wordsOf = new Uint32Array(bytes.buffer, 0, bytes.buffer.byteLength >> 2);
  return wordsOf;
}
let wordsOf: Uint32Array | null = null;
