/// <reference lib="webworker" />
/** Web Worker: reads and parses a claims CSV so 100k-row files don't block the page. */
import { readClaimsCsv, type WorkerRequest, type WorkerResponse } from './load.ts';

const post = (m: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { id, source } = e.data;
  try {
    post({ id, type: 'progress', phase: 'reading' });
    const text = typeof source === 'string' ? source : await source.text();
    post({ id, type: 'progress', phase: 'parsing' });
    post({ id, type: 'done', result: readClaimsCsv(text) });
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
