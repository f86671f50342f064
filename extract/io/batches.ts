/**
 * Runs extraction over batches of papers, in-process or on worker threads, and hands the results to a
 * sink strictly in input order, so the output is the same for any number of jobs.
 */
import { Worker } from 'node:worker_threads';
import type { PaperInput } from '../core/types.ts';
import { extractBatch, type BatchOptions, type BatchOutput } from './extract-batch.ts';

/** Papers per message to a worker: large enough that messaging costs little next to extraction. */
export const BATCH_SIZE = 256;
/** Inputs of at most this many batches are extracted in-process: starting workers would cost more. */
const IN_PROCESS_MAX_BATCHES = 2;
/** Batches in flight per worker: keeps workers busy while bounding memory. */
const IN_FLIGHT_PER_WORKER = 2;

/** Worker threads start in plain JS, register tsx, then load the TypeScript worker. */
const BOOTSTRAP_URL = new URL('../workers/tsx-bootstrap.mjs', import.meta.url);
const WORKER_URL = new URL('../workers/extract-worker.ts', import.meta.url).href;

class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (r: BatchOutput) => void; reject: (e: Error) => void; worker: Worker }>();
  private nextId = 0;

  constructor(size: number, private readonly options: BatchOptions) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(BOOTSTRAP_URL, { workerData: { entry: WORKER_URL } });
      worker.on('message', ({ id, output }: { id: number; output: BatchOutput }) => {
        this.pending.get(id)?.resolve(output);
        this.pending.delete(id);
      });
      worker.on('error', (err) => this.failWorker(worker, err));
      worker.on('exit', (code) => this.failWorker(worker, new Error(`extract worker exited with code ${code}`)));
      return worker;
    });
  }

  /** Batches go to workers round-robin; each worker answers its batches in order. */
  extract(papers: PaperInput[]): Promise<BatchOutput> {
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
    const result = new Promise<BatchOutput>((resolve, reject) => this.pending.set(id, { resolve, reject, worker }));
    result.catch(() => {}); // awaited later in order; a failure must not count as unhandled meanwhile
    worker.postMessage({ id, papers, options: this.options });
    return result;
  }

  private failWorker(worker: Worker, err: Error): void {
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      p.reject(err);
      this.pending.delete(id);
    }
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.removeAllListeners('exit');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Extracts every batch and calls `sink` once per batch, in input order. With jobs > 1 and more than a
 * couple of batches, extraction runs on `jobs` worker threads.
 */
export async function extractInOrder<T extends { paper: PaperInput }>(
  batches: AsyncIterable<T[]>, options: BatchOptions & { jobs: number },
  sink: (records: T[], output: BatchOutput) => Promise<void>,
): Promise<void> {
  const { jobs, ...batchOptions } = options;
  const held: T[][] = [];
  const inFlight: { records: T[]; output: Promise<BatchOutput> }[] = [];
  let pool: WorkerPool | null = null;
  const papersOf = (records: T[]) => records.map((r) => r.paper);
  try {
    for await (const batch of batches) {
      if (jobs <= 1) {
        await sink(batch, extractBatch(papersOf(batch), batchOptions));
        continue;
      }
      held.push(batch);
      if (!pool && held.length <= IN_PROCESS_MAX_BATCHES) continue;
      pool ??= new WorkerPool(jobs, batchOptions);
      for (const records of held.splice(0)) inFlight.push({ records, output: pool.extract(papersOf(records)) });
      while (inFlight.length > jobs * IN_FLIGHT_PER_WORKER) {
        const head = inFlight.shift()!;
        await sink(head.records, await head.output);
      }
    }
    for (const records of held) await sink(records, extractBatch(papersOf(records), batchOptions));
    for (const head of inFlight) await sink(head.records, await head.output);
  } finally {
    await pool?.close();
  }
}
