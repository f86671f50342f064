/**
 * Worker thread: parses and extracts the blocks it is sent and posts each output back under the block's id. CSV rows go
 * back as UTF-8 bytes whose buffer is transferred: the text was copied twice on its way (serialised here, read back on
 * the main thread) and then encoded there to be written; now it is encoded here once and the main thread only writes.
 */
import { parentPort } from 'node:worker_threads';
import type { Block } from '../io/blocks.ts';
import { extractBlock, type BlockOptions, type EncodedRows } from '../io/extract-block.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread');
const encoder = new TextEncoder();
port.on('message', ({ id, block, options }: { id: number; block: Block; options: BlockOptions }) => {
  const output = extractBlock(block, options);
  const moved: ArrayBuffer[] = [];
  /** TextEncoder gives each result its own buffer (Buffer.from may slice a shared pool, which must not be moved). */
  const asBytes = (rows: EncodedRows): EncodedRows => {
    if (!('csv' in rows)) return rows;
    const csvBytes = encoder.encode(rows.csv);
    moved.push(csvBytes.buffer);
    return { csvBytes };
  };
  output.claimRows = asBytes(output.claimRows);
  if (output.paperRows) output.paperRows = asBytes(output.paperRows);
  port.postMessage({ id, output }, moved);
});
// The extractor is loaded (and compiled) by now: the main thread sends blocks from here on.
port.postMessage({ ready: true });
