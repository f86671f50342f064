/// <reference lib="webworker" />
/** Web Worker: reads one part of a claims CSV into columns (csvPart.ts), saying how far it is, so big files stay off the page. */
import { transferables } from './claimColumns.ts';
import type { CsvRequest, CsvResponse } from './csvLoad.ts';
import { readCsvPart } from './csvPart.ts';

const post = (m: CsvResponse, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<CsvRequest>) => {
  const { id, file, part, parts } = e.data;
  try {
    let said = 0;
    const result = await readCsvPart(file, part, parts, (bytes) => {
      const now = performance.now();
      if (now - said > 100) { said = now; post({ id, type: 'progress', bytes }); }
    });
    post({ id, type: 'done', result }, transferables(result.columns));
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
