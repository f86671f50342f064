/**
 * Columns of consecutive parts of one table (a CSV read on several workers, each its own range of records) as one
 * table's columns: text and numbers concatenated (a value may then have an entry per part: readers go by the value),
 * and the ids worked out over the whole (identify.ts): a paper's claims may be in two parts, and its `~n` and jitter
 * are those withIds gives the whole table.
 */
import { concatChunks } from '../../extract/core/packed.ts';
import { NUMBER_KEYS, TEXT_KEYS, type ClaimColumns } from './claimColumns.ts';
import { identify } from './identify.ts';

export function mergeColumns(parts: readonly ClaimColumns[]): ClaimColumns {
  if (parts.length === 1) return parts[0];
  const n = parts.reduce((s, p) => s + p.n, 0);
  const text = {} as ClaimColumns['text'];
  for (const k of TEXT_KEYS) text[k] = concatChunks(parts.map((p) => p.text[k]));
  const num = {} as ClaimColumns['num'];
  for (const k of NUMBER_KEYS) {
    num[k] = new Float64Array(n);
    let at = 0;
    for (const p of parts) { num[k].set(p.num[k], at); at += p.n; }
  }
  const { paper, dup, jitter, papers } = identify(text.paper_id, num.start, num.end);
  return { n, text: { ...text, paper_id: paper }, num, dup, jitter, papers };
}
