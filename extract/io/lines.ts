/**
 * Streams the lines of a byte stream without holding the file: memory stays at one chunk plus one line.
 * Each line is decoded on its own, so a stray Windows-1252 line in a UTF-8 file costs only that line.
 */
import { decodeText, type Encoding } from './decode.ts';

export interface Line {
  /** 1-based line number. */
  line: number;
  /** The line's text without its `\n`; a trailing `\r` is kept for the parser to strip. */
  text: string;
  encoding: Encoding;
}

const NEWLINE = 0x0a;

/**
 * Yields the lines of `chunks` in order. `onBytes` is told the size of each chunk as it is consumed
 * (progress against the file size).
 */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array>, onBytes: (n: number) => void = () => {},
): AsyncGenerator<Line> {
  let carry: Uint8Array = new Uint8Array(0);
  let line = 0;
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    let start = 0;
    let nl = chunk.indexOf(NEWLINE);
    while (nl !== -1) {
      const piece = chunk.subarray(start, nl);
      const bytes = carry.length > 0 ? concat(carry, piece) : piece;
      carry = new Uint8Array(0);
      line += 1;
      yield { line, ...decodeText(bytes) };
      start = nl + 1;
      nl = chunk.indexOf(NEWLINE, start);
    }
    // Copy the tail: the chunk buffer may be reused by the stream.
    carry = concat(carry, chunk.subarray(start));
  }
  if (carry.length > 0) yield { line: line + 1, ...decodeText(carry) };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
