/**
 * Loading a claims CSV: read as a stream on one worker per core (csvWorker.ts, csvPart.ts), each its share of the
 * file's bytes, into columns (straight from the bytes: csvColumns.ts); the parts joined in order (mergeColumns.ts).
 * Without Web Workers (tests): the same reader on the calling thread.
 */
import type { TableIssue } from '../../extract/core/table.ts';
import { unescapeColumns, type ClaimColumns } from './claimColumns.ts';
import { readCsvPart, type CsvPart } from './csvPart.ts';
import { mergeColumns } from './mergeColumns.ts';

export type CsvRequest = { id: number; file: Blob; part: number; parts: number };
export type CsvResponse =
  | { id: number; type: 'progress'; bytes: number }
  | { id: number; type: 'done'; result: CsvPart }
  | { id: number; type: 'error'; message: string };

/** A table with the claims columns and no claim: refused like a broken file, so the current data stays. */
export const NO_CLAIMS = 'it has the claims columns but no claims';
/** Files above this size are split over several workers. */
const SPLIT_BYTES = 4_000_000;

let nextId = 1;

/** Workers a load may use (one per core, at most 4); none without Web Workers (tests). */
function workersAvailable(): number {
  return typeof Worker === 'undefined' ? 0 : Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
}

/**
 * A worker of the load's own (the page may load two tables at once, a reload of kept data): started for it and
 * ended with it, so the file and what it decoded leave the page's memory.
 */
function startWorker(): Worker {
  return new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' });
}

function readOn(w: Worker, file: Blob, part: number, parts: number, onBytes: (bytes: number) => void): Promise<CsvPart> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<CsvResponse>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') { onBytes(m.bytes); return; }
      w.removeEventListener('message', onMessage);
      if (m.type === 'done') resolve(m.result);
      else reject(new Error(m.message));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, file, part, parts } satisfies CsvRequest);
  });
}

async function readParts(file: Blob, parts: number, pool: Worker[], onProgress: (fraction: number) => void): Promise<CsvPart[]> {
  if (workersAvailable() === 0) return [await readCsvPart(file, 0, 1, (b) => onProgress(b / file.size))];
  while (pool.length < parts) pool.push(startWorker());
  const done = new Array<number>(parts).fill(0);
  const say = (k: number) => (bytes: number) => { done[k] = bytes; onProgress(done.reduce((a, b) => a + b, 0) / file.size); };
  return Promise.all(Array.from({ length: parts }, (_, k) => readOn(pool[k], file, k, parts, say(k))));
}

export interface LoadedCsv {
  columns: ClaimColumns;
  issues: TableIssue[];
}

/** Reads a claims CSV into columns; throws one line when it is not a usable claims table. `onProgress`: 0…1 of the bytes. */
export async function loadCsv(file: Blob, onProgress: (fraction: number) => void = () => {}): Promise<LoadedCsv> {
  const cores = workersAvailable();
  const pool: Worker[] = [];
  let parts: CsvPart[];
  try {
    parts = await readParts(file, cores > 1 && file.size >= SPLIT_BYTES ? cores : 1, pool, onProgress);
    // Parts cut where the quotes said records end; a malformed file may make two parts disagree: read it as one.
    if (parts.some((p, k) => k > 0 && parts[k - 1].end !== p.start)) parts = await readParts(file, 1, pool, onProgress);
  } finally {
    for (const w of pool) w.terminate();
  }
  const issues: TableIssue[] = [];
  let records = 0;
  for (const p of parts) {
    for (const issue of p.issues) issues.push({ ...issue, line: issue.line + records });
    records += p.records;
  }
  let columns = mergeColumns(parts.map((p) => p.columns));
  if (!parts.some((p) => p.formulaSeen)) columns = unescapeColumns(columns);
  if (columns.n === 0 && issues.length > 0) throw new Error(`no usable rows (line ${issues[0].line}: ${issues[0].message})`);
  if (columns.n === 0) throw new Error(NO_CLAIMS);
  return { columns, issues };
}
