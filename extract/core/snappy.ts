/**
 * Snappy decompression (the codec most Parquet writers use, ours included) for the column readers (parquetColumns.ts),
 * given to hyparquet as its SNAPPY decompressor. The same format and checks as hyparquet's own, but a long literal or
 * a back-reference that does not overlap itself is copied with one typed-array call (memcpy) instead of byte by byte:
 * on a 1M-row claims file that byte loop was a third of a loading worker's time (profile-load.ts).
 */

/** Literals and copies shorter than this go byte by byte (a call costs more than a short loop). */
const SHORT = 16;

/** Decompresses `input` (a raw Snappy block) into `outputLength` bytes; throws on input that is not one. */
export function snappyDecompress(input: Uint8Array, outputLength: number): Uint8Array {
  const output = new Uint8Array(outputLength);
  const n = input.length;
  let pos = 0;
  // The preamble: the uncompressed length as a varint.
  while (pos < n && input[pos++] >= 128);
  if (outputLength && pos >= n) throw new Error('invalid snappy length header');
  let out = 0;
  while (pos < n) {
    const c = input[pos++];
    if (pos >= n) throw new Error('missing eof marker');
    if ((c & 3) === 0) {
      let len = (c >>> 2) + 1;
      if (len > 60) {
        if (pos + 3 >= n) throw new Error('snappy error literal pos + 3 >= inputLength');
        const size = len - 60; // bytes of the length
        len = input[pos] | (input[pos + 1] << 8) | (input[pos + 2] << 16) | (input[pos + 3] << 24);
        len = (size === 4 ? len >>> 0 : len & ((1 << (8 * size)) - 1)) + 1;
        pos += size;
      }
      if (pos + len > n) throw new Error('snappy error literal exceeds input length');
      if (out + len > outputLength) throw new Error('snappy error literal exceeds output length');
      if (len < SHORT) for (let k = 0; k < len; k++) output[out + k] = input[pos + k];
      else output.set(input.subarray(pos, pos + len), out);
      pos += len;
      out += len;
      continue;
    }
    let len: number;
    let offset: number;
    if ((c & 3) === 1) {
      len = ((c >>> 2) & 7) + 4;
      offset = input[pos] + ((c >>> 5) << 8);
      pos += 1;
    } else if ((c & 3) === 2) {
      if (n <= pos + 1) throw new Error('snappy error end of input');
      len = (c >>> 2) + 1;
      offset = input[pos] + (input[pos + 1] << 8);
      pos += 2;
    } else {
      if (n <= pos + 3) throw new Error('snappy error end of input');
      len = (c >>> 2) + 1;
      offset = (input[pos] | (input[pos + 1] << 8) | (input[pos + 2] << 16) | (input[pos + 3] << 24)) >>> 0;
      pos += 4;
    }
    if (offset === 0) throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${n}`);
    if (offset > out) throw new Error('cannot copy from before start of buffer');
    if (out + len > outputLength) throw new Error('snappy error copy exceeds output length');
    // A copy that reaches into itself (offset < len) repeats the last `offset` bytes: byte by byte, in order.
    if (len < SHORT || offset < len) for (let k = 0; k < len; k++) output[out + k] = output[out - offset + k];
    else output.copyWithin(out, out - offset, out - offset + len);
    out += len;
  }
  if (out !== outputLength) throw new Error('premature end of input');
  return output;
}
