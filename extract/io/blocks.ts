/**
 * The inputs cut into blocks of work for extraction, in input order. A JSONL block is raw bytes of whole lines: the
 * main thread only finds line ends and counts them, and whoever extracts the block (a worker, or this thread with
 * --jobs 1) decodes and parses the lines (parseBlock). Listing pages and CSV files are parsed here, whole, as
 * before (their parsers need the whole text), and handed on as blocks of events.
 */
import { createReadStream } from 'node:fs';
import { decodeText, looksBinary } from './decode.ts';
import { fileErrorReason } from './errors.ts';
import {
  STDIN_PATH, binaryIssue, displayName, jsonlLineEvents, readInput,
  type InputSource, type ReadEvent, type ReadOptions,
} from './readers.ts';

export type Block =
  /** Whole JSONL lines; `firstLine` is the 1-based number of the first. */
  | { kind: 'jsonl'; file: string; firstLine: number; bytes: Uint8Array; categories?: readonly string[] }
  /** Events already read (listing pages, CSV, or a fatal problem). */
  | { kind: 'events'; events: ReadEvent[] };

/** Bytes of JSONL per block: ~280 arXiv abstracts, enough that messaging costs little next to extracting them. */
export const BLOCK_BYTES = 512 * 1024;
/** Papers per block of events (listing pages, CSV). */
export const EVENTS_PER_BLOCK = 256;
const NEWLINE = 0x0a;
/** fs read size: fewer, larger chunks to cut. */
const READ_CHUNK_BYTES = 1024 * 1024;

/** Every source's blocks, in order. Fatal problems come as an event block (the caller stops there). */
export async function* readBlocks(sources: readonly InputSource[], options: ReadOptions): AsyncGenerator<Block> {
  for (const source of sources) {
    if (source.format === 'jsonl') {
      yield* jsonlBlocks(source, options);
      continue;
    }
    let events: ReadEvent[] = [];
    let papers = 0;
    for await (const event of readInput(source, options)) {
      events.push(event);
      if (event.kind === 'paper' && ++papers === EVENTS_PER_BLOCK) {
        yield { kind: 'events', events };
        events = [];
        papers = 0;
      }
    }
    if (events.length > 0) yield { kind: 'events', events };
  }
}

async function* jsonlBlocks(source: InputSource, options: ReadOptions): AsyncGenerator<Block> {
  const file = displayName(source.path);
  const chunks: AsyncIterable<Uint8Array> = source.path === STDIN_PATH
    ? (options.stdin ?? process.stdin) : createReadStream(source.path, { highWaterMark: READ_CHUNK_BYTES });
  const categories = options.categories;
  let pieces: Uint8Array[] = [];
  let pieceBytes = 0;
  let firstLine = 1;
  let first = true;
  /** The pieces so far as one block; `lines` is how many lines they end. */
  const cut = (lines: number): Block => {
    const bytes = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces, pieceBytes);
    const block: Block = { kind: 'jsonl', file, firstLine, bytes, ...(categories ? { categories } : {}) };
    firstLine += lines;
    pieces = [];
    pieceBytes = 0;
    return block;
  };
  let linesInPieces = 0;
  try {
    for await (const chunk of chunks) {
      options.onBytes?.(chunk.length);
      if (first) {
        first = false;
        if (looksBinary(chunk)) {
          yield { kind: 'events', events: [binaryIssue(file)] };
          return;
        }
      }
      const lastNewline = chunk.lastIndexOf(NEWLINE);
      if (lastNewline < 0) {
        pieces.push(chunk);
        pieceBytes += chunk.length;
        continue;
      }
      // Up to the last line end: whole lines; the rest waits for the next chunk. Copies, as a stream may reuse its buffer.
      const whole = chunk.subarray(0, lastNewline + 1);
      pieces.push(Uint8Array.prototype.slice.call(whole));
      pieceBytes += whole.length;
      linesInPieces += countNewlines(whole);
      if (pieceBytes >= BLOCK_BYTES) {
        yield cut(linesInPieces);
        linesInPieces = 0;
      }
      if (lastNewline + 1 < chunk.length) {
        const rest = chunk.subarray(lastNewline + 1);
        pieces.push(Uint8Array.prototype.slice.call(rest));
        pieceBytes += rest.length;
      }
    }
  } catch (err) {
    yield { kind: 'events', events: [{ kind: 'issue', file, line: null, message: `cannot read ${file}: ${fileErrorReason(err)}`, skipped: null, fatal: true }] };
    return;
  }
  if (pieceBytes > 0) yield cut(linesInPieces);
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/**
 * A block's events in input order: for a JSONL block its lines decoded and parsed here (each line decoded on its own,
 * so a stray Windows-1252 line costs only that line, as the streaming reader does).
 */
export function parseBlock(block: Block): ReadEvent[] {
  if (block.kind === 'events') return block.events;
  const { bytes, file, categories } = block;
  const events: ReadEvent[] = [];
  let line = block.firstLine;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    const { text, encoding } = decodeText(bytes.subarray(start, end));
    for (const event of jsonlLineEvents(file, line, text, encoding, categories)) events.push(event);
    line++;
    start = end + 1;
  }
  return events;
}
