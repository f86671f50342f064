/**
 * Reading claims CSV text into rows: on a Web Worker when the browser has one (big files stay off the main
 * thread), synchronously otherwise (tests). Validation is extract/core/table.ts's parseClaimsCsv.
 */
import Papa from 'papaparse';
import { parseClaimsCsv, type TableIssue } from '../../extract/core/table.ts';
import type { Claim } from '../../extract/core/types.ts';

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
  return { claims, issues };
}

export interface PapersSummary {
  papers: number;
}

/** papers.csv is only counted (the dashboard's rows come from claims.csv). */
export function readPapersCsv(text: string): PapersSummary {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  if (!(parsed.meta.fields ?? []).includes('paper_id')) throw new Error('not a papers table');
  return { papers: parsed.data.length };
}

export type WorkerRequest = { id: number; source: File | string };
export type WorkerResponse =
  | { id: number; type: 'progress'; phase: 'reading' | 'parsing' }
  | { id: number; type: 'done'; result: LoadedClaims }
  | { id: number; type: 'error'; message: string };

let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  worker ??= new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Reads a claims CSV (a File or its text) off the main thread; `onPhase` reports reading → parsing. */
export async function loadClaims(source: File | string, onPhase?: (phase: 'reading' | 'parsing') => void): Promise<LoadedClaims> {
  const w = getWorker();
  if (!w) {
    onPhase?.('reading');
    const text = typeof source === 'string' ? source : await source.text();
    onPhase?.('parsing');
    return readClaimsCsv(text);
  }
  const id = nextId++;
  return new Promise<LoadedClaims>((resolve, reject) => {
    const onMessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') { onPhase?.(m.phase); return; }
      w.removeEventListener('message', onMessage);
      if (m.type === 'done') resolve(m.result);
      else reject(new Error(m.message));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, source } satisfies WorkerRequest);
  });
}
