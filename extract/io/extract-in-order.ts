/**
 * Runs extraction over blocks of input, in-process or on worker threads, and hands the results to a sink strictly
 * in input order, so the output is the same for any number of jobs. Workers parse and extract (extractBlock); the
 * main thread cuts the input into blocks, and writes what comes back.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Block } from './blocks.ts';
import type { BlockOptions, BlockOutput } from './extract-block.ts';
import { inProcessExtractor } from './in-process.ts';
import { workerEntry, type WorkerEntry } from './worker-bundle.ts';

/** With explicit --jobs N > 1, inputs of at most this many blocks are still extracted in-process. */
const IN_PROCESS_MAX_BLOCKS = 2;
/**
 * The default (`jobs: 'auto'`) starts workers only once this much input has been seen (or is known to come), ~5,500
 * real abstracts: two workers cost ~1.5 CPU s to start and ~7% more CPU side by side, so below ~3,000–5,000 abstracts
 * one thread is as fast (measured, tests/bench/README.md "Where --jobs pays").
 */
export const AUTO_WORKERS_MIN_BYTES = 8 * 1024 * 1024;
/** Blocks in flight per worker: keeps workers busy (also one the scheduler held back a moment) while bounding memory. */
const IN_FLIGHT_PER_WORKER = 3;

type Pending = { resolve: (r: BlockOutput) => void; reject: (e: Error) => void; worker: Worker };

class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;
  /** Workers that have loaded the extractor, in the order they became ready: blocks go to them. */
  readonly ready: Worker[] = [];
  /** Workers that exited or failed before they were ready. */
  private readonly lost = new Set<Worker>();
  /** Set when a worker could not even be made: nobody waits for one then. */
  private startFailed = false;
  /** Called on every worker that becomes ready or is lost. */
  private waiters: (() => void)[] = [];

  constructor(readonly size: number, private readonly options: BlockOptions) {
    // The bundled worker may be built first (once per change of the sources): the run goes on here meanwhile.
    void workerEntry().then((entry) => {
      if (!this.closed) for (let i = 0; i < size; i++) this.workers.push(this.start(entry));
    }).catch(() => {
      this.startFailed = true;
      this.wake();
    });
  }

  private start(entry: WorkerEntry): Worker {
    const worker = new Worker(entry.url, entry.workerData ? { workerData: entry.workerData } : {});
    worker.on('message', (message: { ready: true } | { id: number; output: BlockOutput }) => {
      if ('ready' in message) {
        this.ready.push(worker);
        this.wake();
        return;
      }
      this.pending.get(message.id)?.resolve(message.output);
      this.pending.delete(message.id);
    });
    worker.on('error', (err) => this.failWorker(worker, err));
    worker.on('exit', (code) => this.failWorker(worker, new Error(`extract worker exited with code ${code}`)));
    return worker;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private async change(): Promise<void> {
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Resolves once every worker is ready. */
  async whenAllReady(): Promise<void> {
    while (this.ready.length < this.size) await this.change();
  }

  /** Resolves once a worker is ready, or none can be (every one lost before it was): the caller then extracts here. */
  async whenOneReady(): Promise<void> {
    while (this.ready.length === 0 && this.lost.size < this.size && !this.startFailed && !this.closed) await this.change();
  }

  /**
   * The block goes to the ready worker with the fewest blocks pending (a worker the scheduler holds back gets fewer);
   * the caller awaits the outputs in input order. The block's bytes are copied, not moved: a rename may redo it here.
   */
  extract(block: Block): Promise<BlockOutput> {
    const id = this.nextId++;
    const pendingOf = (w: Worker) => { let n = 0; for (const p of this.pending.values()) if (p.worker === w) n++; return n; };
    const worker = this.ready.reduce((best, w) => (pendingOf(w) < pendingOf(best) ? w : best));
    const result = new Promise<BlockOutput>((resolve, reject) => this.pending.set(id, { resolve, reject, worker }));
    result.catch(() => {}); // awaited later in order; a failure must not count as unhandled meanwhile
    worker.postMessage({ id, block, options: this.options });
    return result;
  }

  private failWorker(worker: Worker, err: Error): void {
    if (!this.ready.includes(worker) && !this.lost.has(worker)) {
      this.lost.add(worker);
      this.wake();
    }
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      p.reject(err);
      this.pending.delete(id);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake();
    for (const w of this.workers) w.removeAllListeners('exit');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** How much input a block stands for (bytes of JSONL, or characters of parsed papers). */
function blockSize(block: Block): number {
  if (block.kind === 'jsonl') return block.bytes.length;
  let n = 0;
  for (const e of block.events) if (e.kind === 'paper') n += e.paper.abstract.length + e.paper.title.length;
  return n;
}

export interface InOrderOptions extends BlockOptions {
  /** Worker threads; 'auto': one thread for small inputs, a worker per core from AUTO_WORKERS_MIN_BYTES on. */
  jobs: number | 'auto';
  /** The input's size when known before reading (files, not stdin): lets 'auto' start workers at once. */
  inputBytes: number | null;
  /** Every block on a worker, waiting for them to start (tests: workers give the rows this thread gives). */
  workersOnly?: boolean;
}

/**
 * Extracts every block and calls `sink` once per block, in input order. While the workers are starting, blocks are
 * extracted here when a core is left over for this thread, so a run never waits on a worker that is not ready. When
 * every core has a worker (`--jobs 2` or the default on two cores) this thread waits for the first one instead: its
 * blocks, extracted cold by code not yet optimised (and then optimised here too, on the cores the workers start on),
 * took ~1.7 s of CPU on 50,000 abstracts, as long as ~6,000 abstracts take a warm worker.
 */
export async function extractInOrder(
  blocks: AsyncIterable<Block>, options: InOrderOptions, sink: (block: Block, output: BlockOutput) => Promise<void>,
): Promise<void> {
  const { jobs, inputBytes, workersOnly = false, ...blockOptions } = options;
  const workers = jobs === 'auto' ? availableParallelism() : jobs;
  const coreLeftHere = workers < availableParallelism();
  const inFlight: { block: Block; output: Promise<BlockOutput> }[] = [];
  let pool: WorkerPool | null = null;
  let seenBytes = 0;
  let seenBlocks = 0;
  const wantsPool = () => workers > 1 && (jobs === 'auto'
    ? Math.max(seenBytes, inputBytes ?? 0) >= AUTO_WORKERS_MIN_BYTES
    : seenBlocks > IN_PROCESS_MAX_BLOCKS);
  const held: Block[] = [];
  try {
    for await (const block of blocks) {
      seenBytes += blockSize(block);
      seenBlocks++;
      if (workersOnly) pool ??= new WorkerPool(workers, blockOptions);
      if (workersOnly) await pool!.whenAllReady();
      if (!pool && jobs !== 'auto' && workers > 1 && !wantsPool()) {
        held.push(block); // explicit --jobs: a tiny input is done here at the end
        continue;
      }
      if (!pool && wantsPool()) pool = new WorkerPool(workers, blockOptions);
      for (const b of [...held.splice(0), block]) {
        if (pool && pool.ready.length === 0 && !coreLeftHere) await pool.whenOneReady();
        if (pool && pool.ready.length > 0) inFlight.push({ block: b, output: pool.extract(b) });
        else {
          while (inFlight.length > 0) await sinkHead();
          await sink(b, (await inProcessExtractor())(b, blockOptions));
        }
      }
      while (inFlight.length > workers * IN_FLIGHT_PER_WORKER) await sinkHead();
    }
    for (const b of held) await sink(b, (await inProcessExtractor())(b, blockOptions));
    while (inFlight.length > 0) await sinkHead();
  } finally {
    await pool?.close();
  }

  async function sinkHead(): Promise<void> {
    const head = inFlight.shift()!;
    await sink(head.block, await head.output);
  }
}
