/** Worker thread: parses and extracts the blocks it is sent and posts each output back under the block's id. */
import { parentPort } from 'node:worker_threads';
import type { Block } from '../io/blocks.ts';
import { extractBlock, type BlockOptions } from '../io/extract-block.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread');
port.on('message', ({ id, block, options }: { id: number; block: Block; options: BlockOptions }) => {
  port.postMessage({ id, output: extractBlock(block, options) });
});
// The extractor is loaded (and compiled) by now: the main thread sends blocks from here on.
port.postMessage({ ready: true });
