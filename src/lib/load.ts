/**
 * Loading a claims table into the dashboard: CSV (csvLoad.ts) or Parquet (parquetLoad.ts, imported only when a file
 * starts with Parquet's magic bytes, whatever its name), read on Web Workers into columns and held as a ClaimTable
 * (claimTable.ts). Also: papers tables (counted, joined by paper id) and the size a page can hold.
 */
import Papa from 'papaparse';
import { parsePapersCsv, REQUIRED_CLAIM_COLUMNS, type TableIssue } from '../../extract/core/table.ts';
import { ClaimTable } from './claimTable.ts';
import { loadCsv } from './csvLoad.ts';

export interface PapersSummary {
  papers: number;
  /** Their paper ids, to join them with the loaded claims. */
  ids: string[];
}

/**
 * papers.csv is counted and its ids read (the dashboard's rows come from claims.csv), by the one papers.csv reader
 * (table.ts parsePapersCsv, as the eval reads it): a spreadsheet-safe table's ids are unescaped as its claims' are.
 */
export function readPapersCsv(text: string): PapersSummary {
  const { fields, records } = parsePapersCsv(text);
  if (!fields.includes('paper_id')) throw new Error('not a papers table');
  return { papers: records.length, ids: records.map((r) => r.paper_id) };
}

/** What a CSV's header says it is: the claims table, the papers table (npm run extract --papers), or neither. */
export function tableKindOf(text: string): 'claims' | 'papers' | 'other' {
  const header = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0], { header: false }).data[0] ?? [];
  const has = (k: string) => header.includes(k);
  if (REQUIRED_CLAIM_COLUMNS.every(has)) return 'claims';
  if (has('paper_id') && (has('n_claims') || has('abstract') || has('hardware_mentioned'))) return 'papers';
  return 'other';
}

/** A claims table bigger than this would exhaust a tab's memory; the message says how to make it smaller. */
export const MAX_LOAD_BYTES = 512 * 1024 * 1024;

/** Refuses a file the page cannot hold, before anything is read, so the current data stays. */
export function checkLoadSize(size: number, max = MAX_LOAD_BYTES): void {
  if (size > max) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new Error(`the file is ${mb(size)}, more than the ${mb(max)} the dashboard reads; make a smaller table with npm run extract -- --filter-categories`);
  }
}

/** Whether a file starts like a Parquet file: its first four bytes are "PAR1". */
export async function isParquet(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head.length === 4 && String.fromCharCode(...head) === 'PAR1';
}

export type TableFormat = 'csv' | 'parquet';

/** What loadClaims gives: the table (its rows have their dashboard ids, as withIds gives), the skipped records. */
export interface LoadedTable {
  table: ClaimTable;
  issues: TableIssue[];
  /** Distinct paper ids among the rows. */
  papers: number;
  format: TableFormat;
}

/**
 * Reads a claims table (a File or Blob, CSV or Parquet told apart by its first bytes; or CSV text) off the main
 * thread. `onProgress` gets the share done (0…1) as the workers tell it. Throws one line when it is not a usable
 * claims table: the caller keeps its data.
 */
export async function loadClaims(source: Blob | string, onProgress?: (fraction: number) => void): Promise<LoadedTable> {
  const file = typeof source === 'string' ? new Blob([source]) : source;
  checkLoadSize(file.size);
  const format: TableFormat = (await isParquet(file)) ? 'parquet' : 'csv';
  const { columns, issues } = format === 'parquet'
    ? await (await import('./parquetLoad.ts')).loadParquet(file, onProgress)
    : await loadCsv(file, onProgress);
  return { table: new ClaimTable(columns), issues, papers: columns.papers, format };
}
