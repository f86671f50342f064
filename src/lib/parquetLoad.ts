/**
 * Loading a claims Parquet file: its footer read here (a few kilobytes), its columns on two workers
 * (parquetWorker.ts), split so that each does about half of the decoding: one reads the long text (the evidence, kept
 * as UTF-8 bytes; titles and spans), the other every other column and works out the ids' `~n` and jitter (each worker
 * reads the file once; both end with the load, so their heaps go with them). What they send is assembled into the page's columns
 * (claimColumns.ts) without a string or object per row. This module and the Parquet reader are imported only when a
 * Parquet file is loaded.
 */
import { parquetMetadataAsync, type FileMetaData } from 'hyparquet';
import type { TextChunk } from '../../extract/core/packed.ts';
import { REQUIRED_CLAIM_COLUMNS, type TableIssue } from '../../extract/core/table.ts';
import {
  finishColumns, keepRows, NUMBER_KEYS, TEXT_KEYS, usableRows, type ClaimColumns, type NumberKey, type RawColumns, type TextKey,
} from './claimColumns.ts';
import type { Identity } from './identify.ts';

export type ParquetRequest = {
  id: number; file: Blob; text: TextKey[]; numbers: NumberKey[];
  /** Also these row groups of the evidence (the longest text: one worker reads it), as UTF-8 bytes; null: none. */
  evidence: number[] | null;
  /** Work out ids' `~n` and jitter (needs paper_id, start, end among the columns). */
  identity: boolean;
};
export interface ParquetPart {
  text: Partial<Record<TextKey, TextChunk>>;
  /** The evidence of the row groups asked for. */
  evidence?: TextChunk;
  num: Partial<Record<NumberKey, Float64Array>>;
  /** paper_id as one entry per paper, ids' `~n` and jitter (sent instead of paper_id). */
  identity?: Identity;
}
export type ParquetResponse =
  | { id: number; type: 'progress'; bytes: number }
  | { id: number; type: 'done'; part: ParquetPart }
  | { id: number; type: 'error'; message: string };

/** The text columns read beside the evidence, on its worker: what balances the two workers' work (measured at 1M). */
const LONG_TEXT: ReadonlySet<TextKey> = new Set(['evidence', 'title', 'span']);

/** More rows than a page can hold (~1 KB each with the search index): refused before reading, saying what to do. */
export const MAX_PARQUET_ROWS = 2_000_000;

let nextId = 1;

/**
 * A worker of the load's own (the page may load two tables at once, a reload of kept data): started for it and ended
 * with it, so the file and what it decoded (~100 MB each at a million rows) leave the page's memory.
 */
function startWorker(): Worker {
  return new Worker(new URL('./parquetWorker.ts', import.meta.url), { type: 'module' });
}

function run(w: Worker, request: Omit<ParquetRequest, 'id'>, onBytes: (bytes: number) => void): Promise<ParquetPart> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const stop = () => { w.removeEventListener('message', onMessage); w.removeEventListener('error', onError); };
    const onMessage = (e: MessageEvent<ParquetResponse>) => {
      if (e.data.id !== id) return;
      if (e.data.type === 'progress') { onBytes(e.data.bytes); return; }
      stop();
      if (e.data.type === 'done') resolve(e.data.part);
      else reject(new Error(e.data.message.replace(/\s+/g, ' ')));
    };
    // A worker that dies (out of memory, say) sends no message: without this the load would wait for ever.
    const onError = (e: ErrorEvent) => { stop(); reject(new Error(`the Parquet reader stopped (${e.message || 'no reason given'})`)); };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, ...request } satisfies ParquetRequest);
  });
}

/** The footer of a Parquet file: its metadata; throws one line when the bytes are not Parquet or it is cut short. */
async function footer(file: Blob): Promise<FileMetaData> {
  try {
    return await parquetMetadataAsync({ byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() });
  } catch (err) {
    throw new Error(`not a Parquet file, or cut short (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
}

export interface LoadedParquet {
  columns: ClaimColumns;
  issues: TableIssue[];
}

/**
 * Reads a claims Parquet file into the page's columns; throws one line when it is not one (the page keeps its data).
 * `onProgress`: the share of the columns' (compressed) bytes decoded so far.
 */
export async function loadParquet(file: Blob, onProgress: (fraction: number) => void = () => {}): Promise<LoadedParquet> {
  const metadata = await footer(file);
  const n = Number(metadata.num_rows);
  if (n > MAX_PARQUET_ROWS) {
    throw new Error(`it holds ${n.toLocaleString('en')} claims, more than the ${MAX_PARQUET_ROWS.toLocaleString('en')} the dashboard holds; make a smaller table with npm run extract -- --filter-categories`);
  }
  const names = metadata.schema.slice(1).filter((e) => !e.num_children).map((e) => e.name);
  const missing = REQUIRED_CLAIM_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) {
    const papers = names.includes('abstract') && names.includes('n_claims');
    throw new Error(papers ? 'it is a papers table (one row per paper, from extract --papers), not claims'
      : `not a claims table: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  const has = <K extends string>(k: K) => names.includes(k);
  const numbers = NUMBER_KEYS.filter(has);
  const groups = metadata.row_groups.map((_, g) => g);
  const total = metadata.row_groups
    .reduce((s, g) => s + g.columns.reduce((t, c) => t + Number(c.meta_data?.total_compressed_size ?? 0), 0), 0);
  const done: number[] = [];
  const say = (k: number) => (bytes: number) => { done[k] = bytes; onProgress(done.reduce((a, b) => a + (b ?? 0), 0) / (total || 1)); };
  // Two workers with about equal work (the load waits for the slower): one reads the long text (evidence, about half
  // of a claims file's bytes, already in row order: no 100 MB buffers joined on the page; titles; spans), the other
  // every other column and the ids' identity (hashing every paper id: as much as reading the titles).
  const long = TEXT_KEYS.filter((k) => LONG_TEXT.has(k) && k !== 'evidence' && has(k));
  const rest = TEXT_KEYS.filter((k) => !LONG_TEXT.has(k) && has(k));
  const jobs: Omit<ParquetRequest, 'id' | 'file'>[] = [{ text: rest, numbers, evidence: null, identity: has('paper_id') }];
  if (has('evidence') || long.length) jobs.push({ text: long, numbers: [], evidence: has('evidence') ? groups : null, identity: false });
  const pool = jobs.map(startWorker);
  let parts: ParquetPart[];
  try {
    parts = await Promise.all(jobs.map((j, w) => run(pool[w], { file, ...j }, say(w))));
  } finally {
    for (const w of pool) w.terminate();
  }
  const [main, other] = parts;
  const raw: RawColumns = { n, text: { ...main.text, ...other?.text }, num: { ...main.num } };
  if (main.identity) raw.text.paper_id = main.identity.paper;
  if (other?.evidence) raw.text.evidence = other.evidence;
  if (n === 0) throw new Error('it has the claims columns but no claims');
  const { keep, issues } = usableRows(raw, (row) => row + 1);
  if (!keep) return { columns: finishColumns(raw, main.identity), issues };
  const kept = keepRows(raw, keep);
  if (kept.n === 0) throw new Error(`no usable rows (row ${issues[0].line}: ${issues[0].message})`);
  return { columns: finishColumns(kept), issues };
}
