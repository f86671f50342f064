/**
 * Columns of consecutive parts of one table (a CSV parsed on several workers, each its own range of records) as one
 * table's columns: text and numbers concatenated, and what each part worked out alone made whole: paper ids as one
 * entry per paper, and the ids' `~n` and jitter of papers whose claims are in more than one part (numbered as
 * withIds numbers the whole table). Other text columns may then hold a value once per part: readers of entries
 * (facets, sort ranks) go by the value, not the entry.
 */
import { concatChunks, packedAt, packStrings, type TextChunk } from '../../extract/core/packed.ts';
import { JITTER_SEED, jitterOf, jitterText } from './chartLayout.ts';
import { NUMBER_KEYS, TEXT_KEYS, type ClaimColumns } from './claimColumns.ts';

export function mergeColumns(parts: readonly ClaimColumns[]): ClaimColumns {
  if (parts.length === 1) return parts[0];
  const n = parts.reduce((s, p) => s + p.n, 0);
  const text = {} as ClaimColumns['text'];
  for (const k of TEXT_KEYS) if (k !== 'paper_id') text[k] = concatChunks(parts.map((p) => p.text[k]));
  const num = {} as ClaimColumns['num'];
  for (const k of NUMBER_KEYS) {
    num[k] = new Float64Array(n);
    let at = 0;
    for (const p of parts) { num[k].set(p.num[k], at); at += p.n; }
  }
  const dup = new Int32Array(n);
  const jitter = new Float64Array(n);
  let at = 0;
  for (const p of parts) { dup.set(p.dup, at); jitter.set(p.jitter, at); at += p.n; }

  // One entry per paper; the papers found in an earlier part too are the shared ones.
  const index = new Map<string, number>();
  const values: string[] = [];
  const shared = new Set<number>();
  const codes = new Int32Array(n);
  at = 0;
  parts.forEach((p, k) => {
    const to = Int32Array.from({ length: p.text.paper_id.values.ends.length }, (_, e) => {
      const v = packedAt(p.text.paper_id.values, e);
      let code = index.get(v);
      if (code === undefined) { code = values.length; index.set(v, code); values.push(v); }
      else if (k > 0) shared.add(code);
      return code;
    });
    for (let r = 0; r < p.n; r++) codes[at + r] = p.text.paper_id.codes[r] < 0 ? -1 : to[p.text.paper_id.codes[r]];
    at += p.n;
  });
  text.paper_id = { values: packStrings(values), codes } satisfies TextChunk;
  // Rows of shared papers, numbered again over the whole table (the others' ids cannot have changed).
  if (shared.size) {
    const seen = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (!shared.has(codes[i])) continue;
      const offsets = `@${num.start[i]}-${num.end[i]}`;
      const key = `${codes[i]}${offsets}`;
      const d = seen.get(key) ?? 0;
      seen.set(key, d + 1);
      if (d === dup[i]) continue;
      dup[i] = d;
      jitter[i] = jitterOf(jitterText(jitterText(JITTER_SEED, values[codes[i]]), d ? `${offsets}~${d}` : offsets));
    }
  }
  return { n, text, num, dup, jitter, papers: values.length };
}
