/**
 * The claims chart's rows from the index (claimIndex.ts): one metric family's relative claims grouped by Group by,
 * each row's claims in factor order. Equal to groupForChart (tests/src/reference/grouping.ts) for the same rows,
 * plus what the family picker, legend and axis need. Rows are read in one cached order of all relative claims by factor, so every row
 * comes out sorted (the dodge layout, the row's quantiles and its largest claim need that) without a sort per change.
 */
import type { Claim } from '../../../extract/core/types.ts';
import type { Cross } from './crossFilter.ts';
import type { FacetIndex } from './facetIndex.ts';
import type { Facet } from '../filters.ts';
import { FAMILIES, familyOf, type Family } from '../families.ts';
import { compareRows, NONE_LABEL, type ClaimGroup, type GroupBy } from '../grouping.ts';
import { orderByKey } from '../orderByKey.ts';

/** The chart's rows (relative claims of one family grouped by Group by), with what the legend and axis need. */
export interface ChartData<T extends Claim> {
  /** Each row's claims by factor (geometric middle), smallest first; `idx` are their row indices, `pos` their places in `order`. */
  groups: (ClaimGroup<T> & { idx: Int32Array; pos: Int32Array })[];
  /** The relative rows by factor (per data set): what the layout reads the marks' looks in (chartLayout.ts). */
  order: Int32Array;
  hidden: number;
  /** Filtered claims with a factor in the family. */
  relative: number;
  /** Filtered claims with a factor per family (the family picker's counts). */
  families: Record<Family, number>;
  /** Metrics among the family's claims. */
  metrics: Set<string>;
  /** Smallest and largest positive factor_low / factor_high among them (undefined when none). */
  extent: [number, number] | [undefined, undefined];
}

/**
 * Per data set: the relative rows in factor order, and what the chart reads of them laid out in that order too, so
 * that its passes walk memory in order (only the fail mask and the row objects are read by row index).
 */
interface ChartKeys {
  /** The relative rows by factorMid, ties by row index. */
  byFactor: Int32Array;
  /** Per row index: its position in byFactor, or byFactor.length for a row not on the chart (no factor). */
  rank: Int32Array;
  /** At position k (of byFactor): the row's family (index in FAMILIES), metric code, factor_low, factor_high. */
  family: Uint8Array;
  metric: Int32Array;
  low: Float64Array;
  high: Float64Array;
  /** Group codes in factor order, per group index (offsets and codes as in FacetIndex, by position k). */
  sorted: Map<FacetIndex, { offsets: Int32Array; codes: Int32Array }>;
  paper: FacetIndex | null;
  /** chartData's scratch: the positions it shows, and one bit per position passing the filters (made once; the pass is synchronous). */
  shown?: Int32Array;
  passing?: Int32Array;
}
const KEYS = new WeakMap<object, ChartKeys>();

/** The columns of the claim index (claimIndex.ts) the chart reads: named here, so the index imports this module and not the reverse. */
interface ChartSource<T extends Claim> {
  readonly n: number;
  readonly rows: readonly T[];
  readonly facets: Record<Facet, FacetIndex>;
  readonly relative: Uint8Array;
  readonly factorMid: Float64Array;
  readonly factorLow: Float64Array;
  readonly factorHigh: Float64Array;
}

function keysOf<T extends Claim>(index: ChartSource<T>): ChartKeys {
  let keys = KEYS.get(index);
  if (!keys) {
    const mid = index.factorMid;
    const relative = new Int32Array(index.n);
    let n = 0;
    for (let i = 0; i < index.n; i++) if (index.relative[i] && mid[i] === mid[i]) relative[n++] = i;
    const byFactor = orderByKey(relative.subarray(0, n), mid);
    const rank = new Int32Array(index.n).fill(n);
    for (let k = 0; k < n; k++) rank[byFactor[k]] = k;
    const familyOfMetric = Uint8Array.from(index.facets.metric.values, (m) => FAMILIES.indexOf(familyOf(m)));
    const metricCodes = index.facets.metric.codes;
    // Plain loops: TypedArray.from with a mapping function costs ~10x more per element.
    const metric = new Int32Array(n);
    const family = new Uint8Array(n);
    const low = new Float64Array(n);
    const high = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const i = byFactor[k];
      metric[k] = metricCodes[i];
      family[k] = familyOfMetric[metric[k]];
      low[k] = index.factorLow[i];
      high[k] = index.factorHigh[i];
    }
    keys = { byFactor, rank, metric, family, low, high, sorted: new Map(), paper: null };
    KEYS.set(index, keys);
  }
  return keys;
}

/** A group index's codes laid out in factor order (once per data set and group index). */
function sortedCodes(keys: ChartKeys, gx: FacetIndex) {
  let s = keys.sorted.get(gx);
  if (!s) {
    const { byFactor } = keys;
    const from = gx.offsets;
    const offsets = new Int32Array(byFactor.length + 1);
    for (let k = 0; k < byFactor.length; k++) offsets[k + 1] = offsets[k] + from[byFactor[k] + 1] - from[byFactor[k]];
    const codes = new Int32Array(offsets[byFactor.length]);
    // Copied code by code: a subarray per row (most rows have one or two codes) cost ~0.3 s of allocation at 1M.
    for (let k = 0, o = 0; k < byFactor.length; k++) {
      for (let j = from[byFactor[k]], end = from[byFactor[k] + 1]; j < end; j++) codes[o++] = gx.codes[j];
    }
    keys.sorted.set(gx, (s = { offsets, codes }));
  }
  return s;
}

/** Group keys per row: a facet's, or for Paper each row's title (paper id when untitled). */
function groupIndex<T extends Claim>(index: ChartSource<T>, by: GroupBy): FacetIndex {
  if (by !== 'paper') return index.facets[by];
  const keys = keysOf(index);
  if (!keys.paper) {
    const values: string[] = [];
    const code = new Map<string, number>();
    const codes = new Int32Array(index.n);
    const offsets = new Int32Array(index.n + 1);
    for (let i = 0; i < index.n; i++) {
      const c = index.rows[i];
      const key = c.title || c.paper_id;
      let k = code.get(key);
      if (k === undefined) { k = values.length; code.set(key, k); values.push(key); }
      codes[i] = k;
      offsets[i + 1] = i + 1;
    }
    const totals = new Int32Array(values.length);
    for (let i = 0; i < index.n; i++) totals[codes[i]]++;
    const ids = Int32Array.from({ length: values.length + 1 }, (_, k) => k);
    keys.paper = { values, code, totals, offsets, codes, entry: codes, entryOffsets: ids, entryCodes: ids.subarray(0, values.length) };
  }
  return keys.paper;
}

/** groupForChart(cross.all, by, limit, family) with the counts, metrics and extent (see ChartData). */
export function chartData<T extends Claim>(
  index: ChartSource<T>, cross: Cross<T>, by: GroupBy, family: Family, limit: number,
): ChartData<T> {
  const keys = keysOf(index);
  const { byFactor, metric, low, high } = keys;
  const fam = keys.family;
  const gx = groupIndex(index, by);
  const { offsets, codes } = sortedCodes(keys, gx);
  const want = FAMILIES.indexOf(family);
  const m = gx.values.length;
  const NONE = m; // the "(none stated)" row, for claims with an empty list
  const counts = new Int32Array(m + 1);
  const seen: number[] = [];
  const metricCounts = new Int32Array(index.facets.metric.values.length);
  const familyCounts = new Int32Array(FAMILIES.length);
  const { fail } = cross;
  let lo = Infinity;
  let hi = -Infinity;
  // The passing rows' positions in factor order, as bits: one pass over the mask in row order (a passing row's bit
  // set through its rank), then the set bits in order. Reading the mask in factor order instead (fail[byFactor[k]]: a
  // million reads at random) was two thirds of this function's time in the page's CPU profile at a million claims.
  // Rows not on the chart share the bit after the last position, which is never read.
  const len = byFactor.length;
  const words = (len >>> 5) + 1;
  const passing = (keys.passing ??= new Int32Array(words));
  passing.fill(0);
  const { rank } = keys;
  for (let i = 0; i < index.n; i++) {
    if (fail[i] !== 0) continue;
    const r = rank[i];
    passing[r >>> 5] |= 1 << (r & 31);
  }
  // The family's passing positions, for the second pass (which then skips the rows filtered out).
  const shown = (keys.shown ??= new Int32Array(len));
  let ns = 0;
  for (let w = 0; w < words; w++) {
    for (let b = passing[w]; b !== 0; b &= b - 1) {
      const k = (w << 5) + 31 - Math.clz32(b & -b);
      if (k >= len) break;
      familyCounts[fam[k]]++;
      if (fam[k] !== want) continue;
      shown[ns++] = k;
      metricCounts[metric[k]]++;
      const fl = low[k];
      const fh = high[k];
      if (fl > 0) { if (fl < lo) lo = fl; if (fl > hi) hi = fl; }
      if (fh > 0) { if (fh < lo) lo = fh; if (fh > hi) hi = fh; }
      const from = offsets[k];
      const to = offsets[k + 1];
      if (from === to) { if (counts[NONE]++ === 0) seen.push(NONE); continue; }
      for (let j = from; j < to; j++) if (counts[codes[j]]++ === 0) seen.push(codes[j]);
    }
  }
  const keyOf = (k: number) => (k === NONE ? NONE_LABEL : gx.values[k]);
  const order = seen.sort((a, b) => compareRows(by, { key: keyOf(a), count: counts[a] }, { key: keyOf(b), count: counts[b] }));
  const kept = order.length <= limit ? order : order.slice(0, limit);
  const slot = new Int32Array(m + 1).fill(-1);
  const groups = kept.map((k, s) => {
    slot[k] = s;
    return { key: keyOf(k), idx: new Int32Array(counts[k]), pos: new Int32Array(counts[k]), fill: 0 };
  });
  const add = (s: number, i: number, k: number) => {
    if (s < 0) return;
    const g = groups[s];
    g.pos[g.fill] = k;
    g.idx[g.fill++] = i;
  };
  for (let p = 0; p < ns; p++) {
    const k = shown[p];
    const i = byFactor[k];
    const from = offsets[k];
    const to = offsets[k + 1];
    if (from === to) add(slot[NONE], i, k);
    for (let j = from; j < to; j++) add(slot[codes[j]], i, k);
  }
  const metrics = new Set<string>();
  metricCounts.forEach((c, k) => { if (c > 0) metrics.add(index.facets.metric.values[k]); });
  const relative = familyCounts[want];
  return {
    groups: groups.map(({ key, idx, pos }) => withClaims(key, idx, pos, index.rows)),
    order: byFactor,
    hidden: order.length - kept.length,
    relative,
    families: Object.fromEntries(FAMILIES.map((f, k) => [f, familyCounts[k]])) as Record<Family, number>,
    metrics,
    extent: relative > 0 && lo <= hi ? [lo, hi] : [undefined, undefined],
  };
}

/**
 * A chart row: its claims made from `idx` when first read (the layout and raster read `idx`; a row object array per
 * row, up to a million entries per filter change, is made only for what reads it: a label, a tooltip).
 */
function withClaims<T extends Claim>(
  key: string, idx: Int32Array, pos: Int32Array, rows: readonly T[],
): ClaimGroup<T> & { idx: Int32Array; pos: Int32Array } {
  let claims: T[] | null = null;
  return {
    key, idx, pos,
    get claims() {
      if (!claims) { claims = new Array<T>(idx.length); for (let k = 0; k < idx.length; k++) claims[k] = rows[idx[k]]; }
      return claims;
    },
  };
}
