/**
 * Loading a claims Parquet file: its footer read here (a few kilobytes), its columns on two workers
 * (parquetWorker.ts), split so that each does about half of the decoding: one reads the paper columns (ids, titles,
 * systems; and works out ids' `~n` and jitter), the other the facets, numbers and spans; each then reads half of
 * the evidence's row groups (each worker reads the file once). What they send is assembled into the page's columns
 * (claimColumns.ts) without a string or object per row. This module and the Parquet reader are imported only when a
 * Parquet file is loaded.
 */
import { parquetMetadataAsync, type FileMetaData } from 'hyparquet';
import { concatChunks, type TextChunk } from '../../extract/core/packed.ts';
import { REQUIRED_CLAIM_COLUMNS, type TableIssue } from '../../extract/core/table.ts';
import {
  finishColumns, keepRows, NUMBER_KEYS, TEXT_KEYS, usableRows, type ClaimColumns, type NumberKey, type RawColumns, type TextKey,
} from './claimColumns.ts';
import type { Identity } from './identify.ts';

export type ParquetRequest = {
  id: number; file: Blob; text: TextKey[]; numbers: NumberKey[];
  /** Also these row groups of the evidence (the longest text: split between the workers); null: none. */
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

/** More rows than a page can hold (~1 KB each with the search index): refused before reading, saying what to do. */
export const MAX_PARQUET_ROWS = 2_000_000;

const workers: Worker[] = [];
let nextId = 1;

function worker(k: number): Worker {
  while (workers.length <= k) workers.push(new Worker(new URL('./parquetWorker.ts', import.meta.url), { type: 'module' }));
  return workers[k];
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

/**
 * The evidence as one column in row order, from the workers' chunks (each its row groups' rows, in `groups[w]`
 * order): their values joined once, each row group's codes copied into place, shifted past the values before.
 */
function evidenceInOrder(chunks: TextChunk[], groups: number[][], metadata: FileMetaData): TextChunk {
  const joined = concatChunks(chunks);
  const starts: number[] = [];
  let at = 0;
  for (const g of metadata.row_groups) { starts.push(at); at += Number(g.num_rows); }
  const codes = new Int32Array(Number(metadata.num_rows));
  let from = 0;
  groups.forEach((gs) => gs.forEach((g) => {
    const rows = Number(metadata.row_groups[g].num_rows);
    codes.set(joined.codes.subarray(from, from + rows), starts[g]);
    from += rows;
  }));
  return { values: joined.values, codes };
}

/** The paper columns and the evidence are the bulk of a file's text: one worker each, as evenly as that splits. */
const PAPER_TEXT: readonly TextKey[] = ['paper_id', 'title', 'system', 'model', 'unit'];
const PAPER_NUMBERS: readonly NumberKey[] = ['start', 'end'];

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
  const text = TEXT_KEYS.filter((k) => k !== 'evidence' && has(k));
  const numbers = NUMBER_KEYS.filter(has);
  const groups = metadata.row_groups.map((_, g) => g);
  const total = metadata.row_groups
    .reduce((s, g) => s + g.columns.reduce((t, c) => t + Number(c.meta_data?.total_compressed_size ?? 0), 0), 0);
  const done: number[] = [];
  const say = (k: number) => (bytes: number) => { done[k] = bytes; onProgress(done.reduce((a, b) => a + (b ?? 0), 0) / (total || 1)); };
  // Each worker reads the file once: its columns, then row groups of the evidence, each given to the worker with less
  // to decode so far (the columns' uncompressed bytes, from the footer).
  const bytesOf = (column: string, g: number) =>
    Number(metadata.row_groups[g].columns.find((c) => c.meta_data?.path_in_schema[0] === column)?.meta_data?.total_uncompressed_size ?? 0);
  const jobs = [
    {
      text: text.filter((k) => PAPER_TEXT.includes(k)), numbers: numbers.filter((k) => PAPER_NUMBERS.includes(k)),
      evidence: [] as number[],
    },
    {
      text: text.filter((k) => !PAPER_TEXT.includes(k)), numbers: numbers.filter((k) => !PAPER_NUMBERS.includes(k)),
      evidence: [] as number[],
    },
  ];
  const load = jobs.map((j) => [...j.text, ...j.numbers].reduce((s, k) => s + groups.reduce((t, g) => t + bytesOf(k, g), 0), 0));
  if (has('evidence')) {
    for (const g of groups) {
      const w = load[0] <= load[1] ? 0 : 1;
      jobs[w].evidence.push(g);
      load[w] += bytesOf('evidence', g);
    }
  }
  const [papers, rest] = await Promise.all(jobs.map((j, w) => run(worker(w), {
    file, text: j.text, numbers: j.numbers, evidence: has('evidence') ? j.evidence : null, identity: w === 0 && has('paper_id'),
  }, say(w))));
  const raw: RawColumns = { n, text: { ...papers.text, ...rest.text }, num: { ...papers.num, ...rest.num } };
  if (papers.identity) raw.text.paper_id = papers.identity.paper;
  if (has('evidence')) raw.text.evidence = evidenceInOrder([papers.evidence!, rest.evidence!], jobs.map((j) => j.evidence), metadata);
  if (n === 0) throw new Error('it has the claims columns but no claims');
  const { keep, issues } = usableRows(raw, (row) => row + 1);
  if (!keep) return { columns: finishColumns(raw, papers.identity), issues };
  const kept = keepRows(raw, keep);
  if (kept.n === 0) throw new Error(`no usable rows (row ${issues[0].line}: ${issues[0].message})`);
  return { columns: finishColumns(kept), issues };
}
