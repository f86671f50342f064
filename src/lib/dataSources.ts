/**
 * Where the dashboard's rows come from, and how a reader's data is kept: the bundled sample next to the page
 * (data/claims.csv, data/papers.csv), or the parts a reader brought (persist.ts), rebuilt in order on reload.
 */
import type { TableIssue } from '../../extract/core/table.ts';
import { withIds, type Row } from './claims.ts';
import { loadClaims, readPapersCsv } from './load.ts';
import { saveData, type DataPart } from './persist.ts';
import { whenIdleAfterFrame } from './schedule/index.ts';

export interface SourceRows {
  rows: Row[];
  issues: TableIssue[];
  /** Papers: those of the bundled papers.csv (without claims too), else those with claims; null for several parts. */
  papers: number | null;
}

/** The bundled sample; throws with a one-line reason when there is none. */
export async function fetchBundled(): Promise<SourceRows> {
  const res = await fetch('data/claims.csv');
  if (!res.ok) throw new Error(`data/claims.csv: HTTP ${res.status}`);
  const loaded = await loadClaims(await res.text());
  const { table: { rows }, issues } = loaded;
  let papers = loaded.papers;
  try {
    const pr = await fetch('data/papers.csv');
    if (pr.ok) papers = readPapersCsv(await pr.text()).papers;
  } catch { /* papers.csv is optional */ }
  return { rows, issues, papers };
}

/**
 * The rows of data made of `parts` (in order). Several parts are numbered as one table (withIds), as they were
 * when the reader added them, so links to their claims still hold.
 */
export async function rowsOf(parts: readonly DataPart[]): Promise<SourceRows> {
  const loaded = await Promise.all(parts.map(async (p) => {
    if (p.kind === 'bundled') return fetchBundled();
    const { table, issues, papers } = await loadClaims(p.blob);
    return { rows: table.rows, issues, papers };
  }));
  if (loaded.length === 1) return loaded[0];
  return {
    rows: withIds(loaded.flatMap((l) => l.rows)),
    issues: loaded.flatMap((l) => l.issues),
    papers: null,
  };
}

/**
 * Keeps the data in this browser; the reason when it cannot (the data then lasts until the page is closed). Waits
 * for the new data's first frame and then idle time (at most a second): the browser copies a 40 MB file into its
 * store on the same two cores that are drawing the new data.
 */
export async function keep(parts: DataPart[], source: string, papers: number | null): Promise<string | null> {
  await whenIdleAfterFrame(1000);
  try {
    await saveData({ parts, source, papers });
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
