/// <reference lib="webworker" />
/** Web Worker: reads and parses a claims CSV so 100k-row files don't block the page. */
import { idsOf } from './claims.ts';
import { encodeRows, transferables } from './columns.ts';
import { readClaimsCsv, type WorkerRequest, type WorkerResponse } from './load.ts';

const post = (m: WorkerResponse, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { id, source } = e.data;
  try {
    post({ id, type: 'progress', phase: 'reading' });
    const text = typeof source === 'string' ? source : await source.text();
    post({ id, type: 'progress', phase: 'parsing' });
    const { claims, issues } = readClaimsCsv(text);
    const columns = encodeRows(claims, idsOf(claims));
    post({ id, type: 'done', columns, issues }, transferables(columns));
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
