/**
 * What withIds (claims.ts) gives each row, worked out on the columns without building its id `paper_id@start-end[~n]`:
 * - one entry per paper: a paper's id may be an entry in several row groups of a Parquet file or parts of a CSV;
 *   entries with equal text are found by their hash (the jitter's, computed anyway) and made the first one (an
 *   empty one: no paper, code -1);
 * - `~n`: the paper's n-th earlier claim at the same offsets (its rows compared paper by paper: duplicates());
 * - the chart's jitter of the id: its hash continued from the paper id's over `@start-end[~n]`, digits hashed as
 *   numbers (no string per row);
 * - the number of distinct papers.
 * An empty start or end (NaN) is 0, as cellsToClaim reads it.
 */
import { isUtf8, type TextChunk } from '../../extract/core/packed.ts';
import { JITTER_SEED, jitterOf, jitterText } from './jitter.ts';

export interface Identity {
  /** The paper_id column with equal ids as one entry (the values as they were; duplicates are no row's). */
  paper: TextChunk;
  dup: Int32Array;
  jitter: Float64Array;
  papers: number;
}

const FNV = 16777619;
const AT = 64; // '@'
const DASH = 45; // '-'
const TILDE = 126; // '~'

const DIGITS = new Int32Array(10);

/** jitterText(h, String(x)), without the string for whole numbers (offsets, counts). */
function hashNumber(h: number, x: number): number {
  if (!(x >= 0 && x < 2 ** 31 && Math.floor(x) === x)) return jitterText(h, String(x));
  if (x < 10) return Math.imul(h ^ (48 + x), FNV);
  let n = 0;
  for (let v = x | 0; v > 0; v = (v / 10) | 0) DIGITS[n++] = v % 10;
  while (n > 0) h = Math.imul(h ^ (48 + DIGITS[--n]), FNV);
  return h;
}

/**
 * Per row, how many earlier rows have its paper and offsets (the `~n`). Rows are taken paper by paper (a counting
 * sort by paper code: a paper's rows are near each other, so this walks memory nearly in order, where one hash table
 * over a million rows missed the cache on most probes); a paper's few rows are compared with each other, a paper with
 * many (or the rows without a paper id) go through a hash table of their own.
 */
function duplicates(codes: Int32Array, entries: number, start: Float64Array, end: Float64Array): Int32Array {
  const n = codes.length;
  const dup = new Int32Array(n);
  const first = new Int32Array(entries + 2); // by code + 1 (-1: no paper)
  for (let i = 0; i < n; i++) first[codes[i] + 2]++;
  for (let e = 0; e <= entries; e++) first[e + 1] += first[e];
  const byPaper = new Int32Array(n);
  const fill = first.slice(0, entries + 1);
  for (let i = 0; i < n; i++) byPaper[fill[codes[i] + 1]++] = i;
  const at = (a: Float64Array, i: number) => (a[i] === a[i] ? a[i] : 0);
  let table: Map<string, number> | null = null;
  for (let e = 0; e <= entries; e++) {
    const from = first[e];
    const to = first[e + 1];
    if (to - from < 2) continue;
    if (to - from <= 16) {
      for (let k = from + 1; k < to; k++) {
        const i = byPaper[k];
        const s = at(start, i);
        const t = at(end, i);
        let d = 0;
        for (let q = from; q < k; q++) if (at(start, byPaper[q]) === s && at(end, byPaper[q]) === t) d++;
        dup[i] = d;
      }
      continue;
    }
    (table ??= new Map()).clear();
    for (let k = from; k < to; k++) {
      const i = byPaper[k];
      const key = `${at(start, i)}-${at(end, i)}`;
      const d = table.get(key) ?? 0;
      dup[i] = d;
      table.set(key, d + 1);
    }
  }
  return dup;
}

export function identify(paper: TextChunk, start: Float64Array, end: Float64Array): Identity {
  const n = paper.codes.length;
  if (isUtf8(paper.values)) throw new Error('paper ids are kept as a string');
  const { text, ends } = paper.values;
  const entries = ends.length;
  // Each entry's hash; equal texts share the first entry's code.
  const seed = new Int32Array(entries);
  const canonical = new Int32Array(entries);
  const size = 1 << Math.max(4, Math.ceil(Math.log2(2 * entries + 1)));
  const slot = new Int32Array(size).fill(-1);
  for (let e = 0; e < entries; e++) {
    const from = e ? ends[e - 1] : 0;
    const to = ends[e];
    let h = JITTER_SEED;
    for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV);
    seed[e] = h;
    canonical[e] = e;
    // An empty id is the id of a row with none (null): withIds numbers them as one paper.
    if (to === from) { canonical[e] = -1; continue; }
    for (let s = (h >>> 0) & (size - 1); ; s = (s + 1) & (size - 1)) {
      const other = slot[s];
      if (other < 0) { slot[s] = e; break; }
      if (seed[other] !== h) continue;
      const oFrom = other ? ends[other - 1] : 0;
      if (ends[other] - oFrom !== to - from) continue;
      let same = true;
      for (let k = 0; k < to - from && same; k++) same = text.charCodeAt(oFrom + k) === text.charCodeAt(from + k);
      if (same) { canonical[e] = other; break; }
    }
  }
  const codes = new Int32Array(n);
  const used = new Uint8Array(entries + 1);
  let papers = 0;
  for (let i = 0; i < n; i++) {
    const c = paper.codes[i] < 0 ? -1 : canonical[paper.codes[i]];
    codes[i] = c;
    if (!used[c + 1]) { used[c + 1] = 1; papers++; }
  }
  // `~n` over (paper, start, end), then the jitter of the whole id.
  const dup = duplicates(codes, entries, start, end);
  const jitter = new Float64Array(n);
  const at = (a: Float64Array, i: number) => (a[i] === a[i] ? a[i] : 0);
  for (let i = 0; i < n; i++) {
    const p = codes[i];
    let h = p < 0 ? JITTER_SEED : seed[p];
    h = hashNumber(Math.imul(h ^ AT, FNV), at(start, i));
    h = hashNumber(Math.imul(h ^ DASH, FNV), at(end, i));
    if (dup[i]) h = hashNumber(Math.imul(h ^ TILDE, FNV), dup[i]);
    jitter[i] = jitterOf(h);
  }
  return { paper: { values: paper.values, codes }, dup, jitter, papers };
}
