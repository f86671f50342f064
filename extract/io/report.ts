/** The run's closing summary and its progress line: pure formatting, counted by the CLI. */
import type { ComparisonSummary } from './summary.ts';

export interface RunCounts {
  papers: number;
  claims: number;
  /** Skipped records by reason ("malformed JSON", "without an abstract", …). */
  skipped: Map<string, number>;
  /** Records dropped by --filter-categories; null when no filter was given. */
  filtered: number | null;
  /** Papers whose paper_id was taken and got a suffix. */
  renamed: number;
  /** With --summary: the run's baselines and systems by canonical name, printed after the summary line. */
  comparisons?: ComparisonSummary | null;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** e.g. `77 papers, 61 claims, 1 record skipped (1 malformed JSON)`. */
export function formatRunSummary(c: RunCounts): string {
  const parts = [plural(c.papers, 'paper'), plural(c.claims, 'claim')];
  const skipped = [...c.skipped.values()].reduce((a, b) => a + b, 0);
  if (skipped > 0) {
    const reasons = [...c.skipped].map(([reason, n]) => `${n.toLocaleString('en-US')} ${reason}`).join(', ');
    parts.push(`${plural(skipped, 'record')} skipped (${reasons})`);
  }
  if (c.filtered !== null) parts.push(`${plural(c.filtered, 'record')} filtered out by category`);
  if (c.renamed > 0) parts.push(`${plural(c.renamed, 'duplicate paper_id')} renamed`);
  return parts.join(', ');
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h ${String(Math.round((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

export interface ProgressState {
  records: number;
  elapsedMs: number;
  bytesRead: number;
  /** Total input size when every input is a file; null for stdin. */
  totalBytes: number | null;
}

/** e.g. `12,000 records  3,050/s  41% ETA 14s`. The ETA extrapolates bytes read against the input size. */
export function formatProgress(p: ProgressState): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(p.records / seconds) : 0;
  let line = `${p.records.toLocaleString('en-US')} records  ${rate.toLocaleString('en-US')}/s`;
  if (p.totalBytes && p.bytesRead > 0) {
    const share = Math.min(1, p.bytesRead / p.totalBytes);
    line += `  ${Math.floor(share * 100)}% ETA ${duration((seconds * (1 - share)) / share)}`;
  }
  return line;
}
