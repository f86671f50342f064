/**
 * Reading claims CSV text into rows: on a Web Worker when the browser has one (big files stay off the main
 * thread), synchronously otherwise (tests). Validation is extract/core/table.ts's parseClaimsCsv.
 */
import Papa from 'papaparse';
import { parseClaimsCsv, REQUIRED_CLAIM_COLUMNS, type TableIssue } from '../../extract/core/table.ts';
import type { Claim } from '../../extract/core/types.ts';
import { primeJitter, unprimeJitter } from './chartLayout.ts';
import { renumberIds, withIds, type Row } from './claims.ts';
import { decodeRows, paperIds, type RowColumns } from './columns.ts';

export interface LoadedClaims {
  claims: Claim[];
  issues: TableIssue[];
}

/** Parses and validates; throws with a one-line message when it is not a usable claims table. */
export function readClaimsCsv(text: string): LoadedClaims {
  if (text.includes('\u0000')) throw new Error('not a CSV file (binary content)');
  const { claims, issues } = parseClaimsCsv(text);
  if (claims.length === 0 && issues.length > 0) {
    throw new Error(`no usable rows (line ${issues[0].line}: ${issues[0].message})`);
  }
  if (claims.length === 0) throw new Error(NO_CLAIMS);
  return { claims, issues };
}

export interface PapersSummary {
  papers: number;
  /** Their paper ids, to join them with the loaded claims. */
  ids: string[];
}

/** papers.csv is counted and its ids read (the dashboard's rows come from claims.csv). */
export function readPapersCsv(text: string): PapersSummary {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  if (!(parsed.meta.fields ?? []).includes('paper_id')) throw new Error('not a papers table');
  return { papers: parsed.data.length, ids: parsed.data.map((r) => r.paper_id ?? '') };
}

/** What a CSV's header says it is: the claims table, the papers table (npm run extract --papers), or neither. */
export function tableKindOf(text: string): 'claims' | 'papers' | 'other' {
  const header = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0], { header: false }).data[0] ?? [];
  const has = (k: string) => header.includes(k);
  if (REQUIRED_CLAIM_COLUMNS.every(has)) return 'claims';
  if (has('paper_id') && (has('n_claims') || has('abstract') || has('hardware_mentioned'))) return 'papers';
  return 'other';
}

/** A table with the claims columns and no claim: refused like a broken file, so the current data stays. */
export const NO_CLAIMS = 'it has the claims columns but no claims';

export interface CsvChunk {
  text: string;
  /** Records (data rows) before this chunk, to turn a chunk's issue lines back into the file's. */
  recordsBefore: number;
}

/**
 * Splits claims CSV text into up to `parts` chunks at record boundaries (newlines outside quoted fields), so
 * several workers can parse one big file. Every chunk starts with the header line. Pure.
 */
export function splitCsv(text: string, parts: number): CsvChunk[] {
  const body = text.replace(/^\uFEFF/, '');
  if (parts <= 1) return [{ text: body, recordsBefore: 0 }];
  // Jump between quotes and newlines with indexOf (fast on 50 MB); a newline counts only outside quotes.
  let inQuote = false;
  let headerEnd = -1;
  let records = 0;
  let start = 0;
  let target = 0;
  const cuts: { at: number; records: number }[] = [];
  let i = 0;
  let nextQuote = body.indexOf('"');
  while (i < body.length) {
    if (inQuote) {
      if (nextQuote < 0) break;
      i = nextQuote + 1;
      inQuote = false;
      nextQuote = body.indexOf('"', i);
      continue;
    }
    const nl = body.indexOf('\n', i);
    if (nl < 0) break;
    if (nextQuote >= 0 && nextQuote < nl) {
      i = nextQuote + 1;
      inQuote = true;
      nextQuote = body.indexOf('"', i);
      continue;
    }
    i = nl + 1;
    if (headerEnd < 0) {
      headerEnd = i;
      start = headerEnd;
      target = start + (body.length - start) / parts;
      continue;
    }
    records++;
    if (i >= target && cuts.length < parts - 1 && i < body.length) {
      cuts.push({ at: i, records });
      target = i + (body.length - start) / parts;
    }
  }
  if (headerEnd < 0 || cuts.length === 0) return [{ text: body, recordsBefore: 0 }];
  const header = body.slice(0, headerEnd);
  const chunks: CsvChunk[] = [{ text: body.slice(0, cuts[0].at), recordsBefore: 0 }];
  cuts.forEach((cut, k) => {
    chunks.push({ text: header + body.slice(cut.at, k + 1 < cuts.length ? cuts[k + 1].at : body.length), recordsBefore: cut.records });
  });
  return chunks;
}

export type WorkerRequest = { id: number; source: Blob | string };
/** A worker's answer: the claims as columns (see columns.ts: far cheaper to pass than 100k objects). */
export type WorkerResponse =
  | { id: number; type: 'progress'; phase: 'reading' | 'parsing' }
  | { id: number; type: 'done'; columns: RowColumns; issues: TableIssue[] }
  | { id: number; type: 'error'; message: string };

interface ParsedChunk {
  columns: RowColumns | null;
  issues: TableIssue[];
}

/** Files above this size are split over several workers. */
const SPLIT_BYTES = 4_000_000;
/** A claims table bigger than this would exhaust a tab's memory; the message says how to make it smaller. */
export const MAX_LOAD_BYTES = 512 * 1024 * 1024;

/** Refuses a file the page cannot hold, before anything is read, so the current data stays. */
export function checkLoadSize(size: number, max = MAX_LOAD_BYTES): void {
  if (size > max) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new Error(`the file is ${mb(size)}, more than the ${mb(max)} the dashboard reads; make a smaller table with npm run extract -- --filter-categories`);
  }
}
const workers: Worker[] = [];
let nextId = 1;

function workerPool(): Worker[] {
  if (typeof Worker === 'undefined') return [];
  const n = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  while (workers.length < n) workers.push(new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' }));
  return workers;
}

function parseOn(w: Worker, source: Blob | string, onPhase?: (phase: 'reading' | 'parsing') => void): Promise<ParsedChunk> {
  const id = nextId++;
  return new Promise<ParsedChunk>((resolve, reject) => {
    const onMessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') { onPhase?.(m.phase); return; }
      w.removeEventListener('message', onMessage);
      if (m.type === 'done') resolve({ columns: m.columns, issues: m.issues });
      else reject(new Error(m.message));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, source } satisfies WorkerRequest);
  });
}

/** What loadClaims gives: the rows (claims with their dashboard ids, see withIds) and the skipped records. */
export interface LoadedRows {
  rows: Row[];
  issues: TableIssue[];
  /** Distinct paper ids among the rows: the workers' dictionaries of paper ids give it for free. */
  papers: number;
}

/**
 * Reads a claims CSV (a File, a Blob or its text) off the main thread; big files are split over a pool of workers
 * (one per core, up to 4) and the parts joined in order. Workers also give the rows their ids and send them
 * as columns (columns.ts). `onPhase` reports reading → parsing.
 */
export async function loadClaims(source: Blob | string, onPhase?: (phase: 'reading' | 'parsing') => void): Promise<LoadedRows> {
  const size = typeof source === 'string' ? source.length : source.size;
  checkLoadSize(size);
  const pool = workerPool();
  if (pool.length === 0 || (pool.length === 1 || size < SPLIT_BYTES)) {
    if (pool.length > 0) {
      const { columns, issues } = await parseOn(pool[0], source, onPhase);
      const rows = columns ? decodeRows(columns) : [];
      if (columns) primeJitter(rows, columns.jitter);
      return { rows, issues, papers: columns ? columns.dict.paper_id.values.ends.length : 0 };
    }
    onPhase?.('reading');
    const text = typeof source === 'string' ? source : await source.text();
    onPhase?.('parsing');
    const { claims, issues } = readClaimsCsv(text);
    return { rows: withIds(claims), issues, papers: new Set(claims.map((c) => c.paper_id)).size };
  }
  onPhase?.('reading');
  const text = typeof source === 'string' ? source : await source.text();
  if (text.includes('\u0000')) throw new Error('not a CSV file (binary content)');
  onPhase?.('parsing');
  const chunks = splitCsv(text, pool.length);
  const results = await Promise.all(chunks.map((c, i) => parseOn(pool[i], c.text).catch((err: Error) => {
    // A later chunk with no usable rows is not an error for the whole file.
    if (i > 0 && (/^no usable rows/.test(err.message) || err.message === NO_CLAIMS)) return { columns: null, issues: [{ line: 0, message: err.message }] };
    throw err;
  })));
  const rows: Row[] = [];
  const issues: TableIssue[] = [];
  results.forEach((r, i) => {
    if (r.columns) decodeRows(r.columns, rows);
    for (const issue of r.issues) issues.push({ ...issue, line: issue.line + chunks[i].recordsBefore });
  });
  // Each worker numbered its own part: ids of papers that straddle parts are numbered again, over the whole file
  // (their jitter then comes from the new id, computed when drawn).
  const parts = results.map((r) => (r.columns ? paperIds(r.columns) : []));
  const changed = renumberIds(rows, parts);
  let at = 0;
  for (const r of results) if (r.columns) { primeJitter(rows, r.columns.jitter, at); at += r.columns.n; }
  for (const i of changed) unprimeJitter(rows, i);
  if (rows.length === 0 && issues.length > 0) throw new Error(`no usable rows (line ${issues[0].line}: ${issues[0].message})`);
  if (rows.length === 0) throw new Error(NO_CLAIMS);
  return { rows, issues, papers: new Set(parts.flat()).size };
}
