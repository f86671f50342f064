// Worker entry in plain JS. On Node 20 a worker's `--import tsx` hooks are not in place for its own
// entry module, so the worker registers tsx itself and then loads the TypeScript worker named in workerData.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
