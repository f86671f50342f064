/** Worker thread: extracts the batches it is sent and posts each output back under the batch's id. */
import { parentPort } from 'node:worker_threads';
import type { PaperInput } from '../core/types.ts';
import { extractBatch, type BatchOptions } from '../io/extract-batch.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread');
port.on('message', ({ id, papers, options }: { id: number; papers: PaperInput[]; options: BatchOptions }) => {
  port.postMessage({ id, output: extractBatch(papers, options) });
});
