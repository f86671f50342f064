/**
 * Everything the filter panel and the bar charts show for a view, from its fail mask: in one pass each facet's
 * option counts, claims naming no GPU and the topic × metric matrix; in another, when asked, claims and median factor
 * per GPU and per baseline (wins and stated losses apart). One pass for the counts instead of one per part because at
 * 100k rows each pass over the mask costs about as much as the work in it; the stats apart because the filter panel
 * in sight needs only the counts, while the stats (~10–20 ms of medians at 1M claims) are for the bar charts below
 * the fold, which update after the frame. `want` skips the parts a change cannot have altered.
 */
import { METRICS, TOPICS } from '../../../extract/core/types.ts';
import { GENERIC_BASELINES } from '../baselines.ts';
import type { Facet, FacetOption } from '../filters.ts';
import type { BaselineStats, Matrix, NamedStat } from '../grouping.ts';
import { FACET_BIT } from './crossFilter.ts';
import type { FacetIndex } from './facetIndex.ts';
import { medianOf } from './median.ts';

/** What aggregate() computes: each facet's option counts and the bar charts' / matrix' data. */
export interface Aggregates {
  hardwareCounts: Int32Array;
  hardwareStats: NamedStat[];
  withoutHardware: number;
  baselineCounts: Int32Array;
  baselineStats: BaselineStats;
  topicCounts: Int32Array;
  metricCounts: Int32Array;
  matrix: Matrix;
}
/**
 * aggregate()'s parts: hardware counts + without hardware, baseline counts, topic / metric counts, the matrix (one
 * pass over the mask for those), and apart, hardware and baseline stats (a pass of their own, then a median per
 * value): only the bar charts below the fold read the stats, so a filter change's frame does not wait for them.
 */
export const AGG_HARDWARE = 1, AGG_BASELINE = 2, AGG_TOPIC = 4, AGG_METRIC = 8, AGG_MATRIX = 16;
export const AGG_HARDWARE_STATS = 32, AGG_BASELINE_STATS = 64, AGG_ALL = 127;
/** The fields of Aggregates each AGG_* bit computes. */
export const AGG_PARTS: [number, (keyof Aggregates)[]][] = [
  [AGG_HARDWARE, ['hardwareCounts', 'withoutHardware']], [AGG_BASELINE, ['baselineCounts']],
  [AGG_TOPIC, ['topicCounts']], [AGG_METRIC, ['metricCounts']], [AGG_MATRIX, ['matrix']],
  [AGG_HARDWARE_STATS, ['hardwareStats']], [AGG_BASELINE_STATS, ['baselineStats']],
];

/** What the aggregates read of the index (see ClaimIndex). */
export interface AggregateSource {
  readonly n: number;
  readonly facets: Record<Facet, FacetIndex>;
  /** The factor's geometric middle when finite, else NaN. */
  readonly factorMid: Float64Array;
  /** A stated loss: counted under Baselines beaten apart from the wins. */
  readonly loss: Uint8Array;
}

/** countParts' list of the rows it counts (a pass is synchronous: one buffer, not 4 MB a change at 1M rows). */
let scratch = new Int32Array(0);

/** The parts of `want` (AGG_* bits): the counts' pass and, when asked, the stats'. */
export function aggregateParts(src: AggregateSource, fail: Uint8Array, want: number): Partial<Aggregates> {
  const out = countParts(src, fail, want & (AGG_HARDWARE | AGG_BASELINE | AGG_TOPIC | AGG_METRIC | AGG_MATRIX));
  if (want & (AGG_HARDWARE_STATS | AGG_BASELINE_STATS)) Object.assign(out, statsParts(src, fail, want));
  return out;
}

/**
 * facetCounts of every facet, claims without hardware and the matrix in one pass over the fail mask. `want` (AGG_*
 * bits) limits it to those parts; the others are left out.
 */
function countParts(src: AggregateSource, fail: Uint8Array, want: number): Partial<Aggregates> {
  const { hardware: hw, baseline: bl, topic: tp, metric: mt } = src.facets;
  const n = src.n;
  const HW = FACET_BIT.hardware, BL = FACET_BIT.baseline, TP = FACET_BIT.topic, MT = FACET_BIT.metric;
  const TM = TP | MT;
  const wHw = (want & AGG_HARDWARE) !== 0, wBl = (want & AGG_BASELINE) !== 0;
  const wTp = (want & AGG_TOPIC) !== 0, wMt = (want & AGG_METRIC) !== 0, wMx = (want & AGG_MATRIX) !== 0;
  // A row counts for facet F when it fails nothing or only F; for the matrix when it fails at most topic/metric.
  const hwOk = wHw ? HW : 0, blOk = wBl ? BL : 0, tpOk = wTp ? TP : 0, mtOk = wMt ? MT : 0;
  // Counted per distinct value of the facet's column (entry: one lookup a row, not a loop over its codes), and
  // turned into counts per code at the end.
  const hwE = entries(hw, wHw), blE = entries(bl, wBl);
  const tpE = entries(tp, wTp || wMx), mtE = entries(mt, wMt || wMx);
  const hwEntry = hw.entry, blEntry = bl.entry, tpEntry = tp.entry, mtEntry = mt.entry;
  const nmE = mtE.length;
  const cellsE = new Int32Array(wMx ? tpE.length * nmE : 0);
  // First the rows that count for some wanted part (countedRows): after a Hardware toggle (its own counts not wanted)
  // only the rows passing every filter, often a small part of a million; then the counting over those.
  const counts = new Uint8Array(256);
  for (let f = 0; f < 256; f++) {
    counts[f] = +(want !== 0 && (f === 0 || f === hwOk || f === blOk || f === tpOk || f === mtOk || (wMx && (f | TM) === TM)));
  }
  if (scratch.length < n) scratch = new Int32Array(n);
  const list = scratch;
  const nr = countedRows(fail, counts, list, n);
  for (let r = 0; r < nr; r++) {
    const i = list[r];
    const f = fail[i];
    if (f !== 0) {
      if (f === hwOk) hwE[hwEntry[i]]++;
      else if (f === blOk) blE[blEntry[i]]++;
      else if (f === tpOk) tpE[tpEntry[i]]++;
      else if (f === mtOk) mtE[mtEntry[i]]++;
      if (wMx && (f | TM) === TM) cellsE[tpEntry[i] * nmE + mtEntry[i]]++;
      continue;
    }
    if (wHw) hwE[hwEntry[i]]++;
    if (wBl) blE[blEntry[i]]++;
    if (wTp) tpE[tpEntry[i]]++;
    if (wMt) mtE[mtEntry[i]]++;
    if (wMx) cellsE[tpEntry[i] * nmE + mtEntry[i]]++;
  }
  const out: Partial<Aggregates> = {};
  if (wHw) {
    out.hardwareCounts = byCode(hw, hwE);
    let without = 0;
    for (let e = 0; e < hwE.length; e++) if (hw.entryOffsets[e] === hw.entryOffsets[e + 1]) without += hwE[e];
    out.withoutHardware = without;
  }
  if (wBl) out.baselineCounts = byCode(bl, blE);
  if (wTp) out.topicCounts = byCode(tp, tpE);
  if (wMt) out.metricCounts = byCode(mt, mtE);
  if (wMx) {
    // Topic and metric have one code per value: the cells by entries, moved to their codes.
    const nm = mt.values.length;
    const cells = new Int32Array(tp.values.length * nm);
    for (let a = 0; a < tpE.length; a++) {
      for (let b = 0; b < nmE; b++) {
        if (cellsE[a * nmE + b]) cells[tp.entryCodes[tp.entryOffsets[a]] * nm + mt.entryCodes[mt.entryOffsets[b]]] += cellsE[a * nmE + b];
      }
    }
    out.matrix = matrixFrom(src.facets, cells);
  }
  return out;
}

/**
 * The rows whose fail mask `counts` marks, in order, into `list`; returns how many. Without a branch when about half
 * the rows count (a test true at random is mispredicted as often as not), with one when few or most do, as after a
 * Hardware option is ticked: the branchless loop stores every row. Node, 1M rows: 4.0–4.3 ms whatever the share;
 * with the branch 1.8 ms at 4%, 7.8 at 50%, 2.2 at 95%. The share is estimated from every 64th row.
 */
function countedRows(fail: Uint8Array, counts: Uint8Array, list: Int32Array, n: number): number {
  let sampled = 0;
  let hits = 0;
  for (let i = 0; i < n; i += 64, sampled++) hits += counts[fail[i]];
  const share = sampled ? hits / sampled : 0;
  let nr = 0;
  if (share < 0.2 || share > 0.8) {
    for (let i = 0; i < n; i++) if (counts[fail[i]] !== 0) list[nr++] = i;
  } else {
    for (let i = 0; i < n; i++) { list[nr] = i; nr += counts[fail[i]]; }
  }
  return nr;
}

/** statsFrom's factors by value (read by the medians in the same call: numbers come out, the buffer is not kept). */
let valuesScratch = new Float64Array(0);

/** statsParts' lists of rows (hardware, baseline, losses), read by statsFrom in the same call: kept, not 12 MB a change at 1M. */
let rowsScratch = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];

/** Per distinct value of the facet's column, a count (none when `on` is false). */
const entries = (fx: FacetIndex, on: boolean) => new Int32Array(on ? fx.entryOffsets.length - 1 : 0);

/**
 * Hardware and baseline stats (AGG_HARDWARE_STATS, AGG_BASELINE_STATS in `want`) in one pass over the fail mask: per
 * value of the column its claims, those with a finite factor (f), stated losses apart (l, lf), and the rows with a
 * finite factor for the medians (statsFrom).
 */
function statsParts(src: AggregateSource, fail: Uint8Array, want: number): Partial<Aggregates> {
  const { hardware: hw, baseline: bl } = src.facets;
  const n = src.n;
  const HW = FACET_BIT.hardware, BL = FACET_BIT.baseline;
  const wHw = (want & AGG_HARDWARE_STATS) !== 0, wBl = (want & AGG_BASELINE_STATS) !== 0;
  const hwE = entries(hw, wHw), hwF = entries(hw, wHw);
  const blE = entries(bl, wBl), blF = entries(bl, wBl), blL = entries(bl, wBl), blLF = entries(bl, wBl);
  if (wHw && rowsScratch[0].length < n) rowsScratch[0] = new Int32Array(n);
  if (wBl && rowsScratch[1].length < n) rowsScratch = [rowsScratch[0], new Int32Array(n), new Int32Array(n)];
  const [hwRows, blRows, lossRows] = rowsScratch;
  const { loss, factorMid: mid } = src;
  const hwEntry = hw.entry, blEntry = bl.entry;
  let nh = 0, nb = 0, nl = 0;
  for (let i = 0; i < n; i++) {
    const f = fail[i];
    const has = mid[i] === mid[i];
    if (wHw && (f | HW) === HW) {
      const e = hwEntry[i];
      hwE[e]++;
      if (has) { hwF[e]++; hwRows[nh++] = i; }
    }
    if (wBl && (f | BL) === BL) {
      const e = blEntry[i];
      blE[e]++;
      if (has) { blF[e]++; blRows[nb++] = i; }
      if (loss[i]) { blL[e]++; if (has) { blLF[e]++; lossRows[nl++] = i; } }
    }
  }
  const out: Partial<Aggregates> = {};
  if (wHw) out.hardwareStats = statsFrom(src, hw, byCode(hw, hwE), byCode(hw, hwF, 1), hwRows, nh);
  if (wBl) {
    const blCounts = byCode(bl, blE), blFinite = byCode(bl, blF, 1), lossCounts = byCode(bl, blL), lossFinite = byCode(bl, blLF, 1);
    const winCounts = blCounts.map((c, k) => c - lossCounts[k]);
    const winFinite = blFinite.map((c, k) => c - lossFinite[k]);
    out.baselineStats = splitGeneric(
      statsFrom(src, bl, winCounts, winFinite, blRows, nb, 0), statsFrom(src, bl, lossCounts, lossFinite, lossRows, nl, 1));
  }
  return out;
}

/** Counts per entry as counts per code of the facet (at code + `shift`: statsFrom's `finite` layout). */
function byCode(fx: FacetIndex, perEntry: Int32Array, shift = 0): Int32Array {
  const counts = new Int32Array(fx.values.length + shift);
  const { entryOffsets, entryCodes } = fx;
  for (let e = 0; e < perEntry.length; e++) {
    const c = perEntry[e];
    if (c !== 0) for (let j = entryOffsets[e]; j < entryOffsets[e + 1]; j++) counts[entryCodes[j] + shift] += c;
  }
  return counts;
}

/**
 * Count and median factor per value of facet `fx`, from the counting pass: per code the claims (`counts`) and, at
 * code + 1, those with a finite factor (`finite`, consumed); `rows[0 … nr)` the rows of the cross-filtered set (those
 * with a finite factor are enough), of which only those with loss[i] === `only` count when it is given. Most claims
 * first, then name.
 */
export function statsFrom(
  src: AggregateSource, fx: FacetIndex, counts: Int32Array, finite: Int32Array, rows: Int32Array, nr: number, only?: 0 | 1,
): NamedStat[] {
  const m = fx.values.length;
  const mid = src.factorMid;
  const loss = src.loss;
  const { offsets, codes } = fx;
  // Prefix sums: each value's factors go to values[finite[k] … finite[k + 1]).
  for (let k = 0; k < m; k++) finite[k + 1] += finite[k];
  if (valuesScratch.length < finite[m]) valuesScratch = new Float64Array(finite[m]);
  const values = valuesScratch;
  const fill = finite.slice(0, m);
  for (let r = 0; r < nr; r++) {
    const i = rows[r];
    const v = mid[i];
    if (v !== v || (only !== undefined && loss[i] !== only)) continue;
    for (let j = offsets[i]; j < offsets[i + 1]; j++) values[fill[codes[j]]++] = v;
  }
  const out: NamedStat[] = [];
  for (let k = 0; k < m; k++) {
    if (counts[k] === 0) continue;
    out.push({ name: fx.values[k], count: counts[k], medianFactor: medianOf(values.subarray(finite[k], finite[k + 1])) });
  }
  return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Baseline stats of the wins split into named systems and generic baselines; the losses apart. */
export function splitGeneric(wins: NamedStat[], losses: NamedStat[]): BaselineStats {
  return {
    named: wins.filter((s) => s.name !== GENERIC_BASELINES),
    generic: wins.filter((s) => s.name === GENERIC_BASELINES),
    losses,
  };
}

/** The topic × metric matrix from its cell counts (topic code × metric codes + metric code), in taxonomy order. */
export function matrixFrom(facets: Record<Facet, FacetIndex>, cells: Int32Array): Matrix {
  const t = facets.topic;
  const mx = facets.metric;
  const nm = mx.values.length;
  const counts: Record<string, Record<string, number>> = {};
  const topicsPresent = new Set<string>();
  const metricsPresent = new Set<string>();
  let max = 0;
  for (let a = 0; a < t.values.length; a++) {
    for (let b = 0; b < nm; b++) {
      const c = cells[a * nm + b];
      if (c === 0) continue;
      (counts[t.values[a]] ??= {})[mx.values[b]] = c;
      topicsPresent.add(t.values[a]);
      metricsPresent.add(mx.values[b]);
      if (c > max) max = c;
    }
  }
  const order = (list: readonly string[], present: Set<string>) =>
    [...list.filter((x) => present.has(x)), ...[...present].filter((x) => !list.includes(x)).sort()];
  return { topics: order(TOPICS, topicsPresent), metrics: order(METRICS, metricsPresent), counts, max };
}

/**
 * A facet's options list from its counts (aggregate's `<facet>Counts`): present values, then selected values absent
 * from the data. Ordered by the value's count in the whole data so options stay put while filters change, or by
 * `order` (the closed lists of topics and metrics).
 */
export function optionsOf(fx: FacetIndex, counts: Int32Array, selected: readonly string[], order?: readonly string[]): FacetOption[] {
  const options = fx.values.map((value, k) => ({ value, count: counts[k] }));
  const total = (v: string) => { const k = fx.code.get(v); return k === undefined ? 0 : fx.totals[k]; };
  const seen = new Set(fx.values);
  for (const v of selected) if (!seen.has(v)) { seen.add(v); options.push({ value: v, count: 0 }); }
  if (order) {
    const rank = (v: string) => { const i = order.indexOf(v); return i < 0 ? order.length : i; };
    return options.sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value));
  }
  return options.sort((a, b) => total(b.value) - total(a.value) || a.value.localeCompare(b.value));
}
