/** Worker thread: extracts the batches it is sent and posts each output back under the batch's id. */
import { parentPort } from 'node:worker_threads';
import type { PaperInput } from '../core/types.ts';
import { extractBatch } from '../io/extract-batch.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread');
port.on('message', ({ id, papers, debug }: { id: number; papers: PaperInput[]; debug: boolean }) => {
  port.postMessage({ id, output: extractBatch(papers, debug) });
});
