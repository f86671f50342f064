/**
 * The facets of the dashboard's index (claimIndex.ts): per facet its values and each row's distinct value codes,
 * taken from the table's columns (claimTable.ts). A column's values are decoded once per distinct value (a file's
 * dictionary: a few hundred strings for a million rows) and mapped onto the facet's codes; the rows' codes are
 * then copied, with no string looked up per row.
 */
import { baselineKey } from '../baselines.ts';
import type { ClaimTable } from '../claimTable.ts';

export interface FacetIndex {
  /** Code → value, in first-seen order (facetTotals' order). */
  values: string[];
  /** Code → number of rows with the value (the options' order). */
  totals: Int32Array;
  code: Map<string, number>;
  /** Row i's distinct codes are codes[offsets[i]] … codes[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  codes: Int32Array;
  /**
   * The same by the column's distinct values: row i has value entry[i] (a column's dictionary code, the null one
   * last), whose codes are entryCodes[entryOffsets[e]] … : a filter or count decided once per value (a few hundred
   * or thousand) is then one lookup per row instead of a loop over its codes.
   */
  entry: Int32Array;
  entryOffsets: Int32Array;
  entryCodes: Int32Array;
}

/** Per entry its codes, packed (entries no row has: none). */
function packEntries(items: readonly (ArrayLike<number> | undefined)[]): { entryOffsets: Int32Array; entryCodes: Int32Array } {
  // Plain loops: forEach skips the holes of a sparse array.
  const entryOffsets = new Int32Array(items.length + 1);
  for (let e = 0; e < items.length; e++) entryOffsets[e + 1] = entryOffsets[e] + (items[e]?.length ?? 0);
  const entryCodes = new Int32Array(entryOffsets[items.length]);
  for (let e = 0; e < items.length; e++) if (items[e]) entryCodes.set(items[e]!, entryOffsets[e]);
  return { entryOffsets, entryCodes };
}

/**
 * A facet from a text column: one value per row (topic, metric), or the items of a list (hardware, baseline; none
 * for an empty list). Codes are given in the order rows first show them, as a pass over row objects would.
 */
export function facetOfColumn(table: ClaimTable, key: 'hardware' | 'baseline' | 'topic' | 'metric'): FacetIndex {
  const list = key === 'hardware' || key === 'baseline';
  const chunk = table.chunk(key);
  const n = table.n;
  const entries = chunk.values.ends.length;
  const values: string[] = [];
  const code = new Map<string, number>();
  const codeOf = (v: string) => {
    let k = code.get(v);
    if (k === undefined) { k = values.length; code.set(v, k); values.push(v); }
    return k;
  };
  // Per entry (the last slot: null), its distinct facet codes, worked out when a row first has it.
  const itemsOf = new Array<Int32Array | undefined>(entries + 1);
  const items = (e: number): Int32Array => {
    const strings = list ? table.listEntry(key as 'hardware' | 'baseline', e < entries ? e : -1) : [e < entries ? table.entry(key, e) : ''];
    return Int32Array.from(new Set(strings.map(codeOf)));
  };
  const offsets = new Int32Array(n + 1);
  let codes = new Int32Array(n);
  let len = 0;
  const rowCodes = chunk.codes;
  // The column's codes themselves when no row is null (4 MB a facet at a million rows not copied), else a copy
  // with the null entry last.
  const entry = rowCodes.some((c) => c < 0) ? rowCodes.map((c) => (c < 0 ? entries : c)) : rowCodes;
  for (let i = 0; i < n; i++) {
    const e = entry[i];
    const mine = (itemsOf[e] ??= items(e));
    if (len + mine.length > codes.length) { const next = new Int32Array(codes.length * 2 + mine.length); next.set(codes); codes = next; }
    for (let j = 0; j < mine.length; j++) codes[len++] = mine[j];
    offsets[i + 1] = len;
  }
  const totals = new Int32Array(values.length);
  for (let j = 0; j < len; j++) totals[codes[j]]++;
  return { values, code, totals, offsets, codes: codes.subarray(0, len), entry, ...packEntries(itemsOf) };
}

/**
 * The Baseline facet as baselineKeys has it (canonical names, one GENERIC_BASELINES for all generic phrases), from the
 * facet of the phrases as written: each distinct phrase is judged once, and the rows' codes are mapped in one pass
 * over typed arrays (judging every row's phrases cost ~100 ms at 100k claims).
 */
export function mergeGeneric(raw: FacetIndex): FacetIndex {
  const values: string[] = [];
  const code = new Map<string, number>();
  const to = Int32Array.from(raw.values, (v) => {
    const key = baselineKey(v);
    let k = code.get(key);
    if (k === undefined) { k = values.length; code.set(key, k); values.push(key); }
    return k;
  });
  const n = raw.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const codes = new Int32Array(raw.codes.length);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const from = len;
    for (let j = raw.offsets[i]; j < raw.offsets[i + 1]; j++) {
      const k = to[raw.codes[j]];
      let dup = false;
      for (let q = from; q < len; q++) if (codes[q] === k) { dup = true; break; }
      if (!dup) codes[len++] = k;
    }
    offsets[i + 1] = len;
  }
  const totals = new Int32Array(values.length);
  for (let j = 0; j < len; j++) totals[codes[j]]++;
  const byEntry = Array.from({ length: raw.entryOffsets.length - 1 }, (_, e) =>
    [...new Set(raw.entryCodes.subarray(raw.entryOffsets[e], raw.entryOffsets[e + 1]).map((c) => to[c]))]);
  return { values, code, totals, offsets, codes: codes.subarray(0, len), entry: raw.entry, ...packEntries(byEntry) };
}
