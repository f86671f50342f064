/**
 * Everything the filter panel and the bar charts show for a view, from its fail mask in one pass: each facet's
 * option counts, claims and median factor per GPU and per baseline (wins and stated losses apart), claims naming
 * no GPU, and the topic × metric matrix. One pass instead of one per part because at 100k rows each pass over the
 * mask costs about as much as the work in it; `want` skips the parts a change cannot have altered.
 */
import { METRICS, TOPICS } from '../../../extract/core/types.ts';
import { GENERIC_BASELINES } from '../baselines.ts';
import type { Facet, FacetOption } from '../filters.ts';
import type { BaselineStats, Matrix, NamedStat } from '../grouping.ts';
import { FACET_BIT } from './crossFilter.ts';
import type { FacetIndex } from './facetIndex.ts';
import { medianOf } from './median.ts';

/** What aggregate() computes in one pass: each facet's option counts and the bar charts' / matrix' data. */
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
/** aggregate()'s parts: hardware counts + stats + without hardware, baseline counts + stats, topic / metric counts, the matrix. */
export const AGG_HARDWARE = 1, AGG_BASELINE = 2, AGG_TOPIC = 4, AGG_METRIC = 8, AGG_MATRIX = 16, AGG_ALL = 31;
/** The fields of Aggregates each AGG_* bit computes. */
export const AGG_PARTS: [number, (keyof Aggregates)[]][] = [
  [AGG_HARDWARE, ['hardwareCounts', 'hardwareStats', 'withoutHardware']], [AGG_BASELINE, ['baselineCounts', 'baselineStats']],
  [AGG_TOPIC, ['topicCounts']], [AGG_METRIC, ['metricCounts']], [AGG_MATRIX, ['matrix']],
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

/**
 * facetCounts of every facet, hardware stats and claims without hardware, baseline stats and the matrix in one pass
 * over the fail mask (plus a pass over each stats facet's own rows for the medians). `want` (AGG_* bits) limits it
 * to those parts; the others are left out.
 */
export function aggregateParts(src: AggregateSource, fail: Uint8Array, want: number): Partial<Aggregates> {
  const { hardware: hw, baseline: bl, topic: tp, metric: mt } = src.facets;
  const n = src.n;
  const HW = FACET_BIT.hardware, BL = FACET_BIT.baseline, TP = FACET_BIT.topic, MT = FACET_BIT.metric;
  const TM = TP | MT;
  const wHw = (want & AGG_HARDWARE) !== 0, wBl = (want & AGG_BASELINE) !== 0;
  const wTp = (want & AGG_TOPIC) !== 0, wMt = (want & AGG_METRIC) !== 0, wMx = (want & AGG_MATRIX) !== 0;
  // A row counts for facet F when it fails nothing or only F; for the matrix when it fails at most topic/metric.
  const hwOk = wHw ? HW : 0, blOk = wBl ? BL : 0, tpOk = wTp ? TP : 0, mtOk = wMt ? MT : 0;
  // Per code the claims, and at code + 1 those with a finite factor (statsFrom turns these into offsets).
  const hwCounts = new Int32Array(wHw ? hw.values.length : 0), hwFinite = new Int32Array(wHw ? hw.values.length + 1 : 0);
  const blCounts = new Int32Array(wBl ? bl.values.length : 0), blFinite = new Int32Array(wBl ? bl.values.length + 1 : 0);
  // Stated losses apart (rare): the wins are all claims minus these.
  const lossCounts = new Int32Array(wBl ? bl.values.length : 0), lossFinite = new Int32Array(wBl ? bl.values.length + 1 : 0);
  const loss = src.loss;
  const tpCounts = new Int32Array(wTp ? tp.values.length : 0), mtCounts = new Int32Array(wMt ? mt.values.length : 0);
  const hwRows = new Int32Array(wHw ? n : 0), blRows = new Int32Array(wBl ? n : 0);
  let nh = 0, nb = 0, without = 0;
  const nm = mt.values.length;
  const cells = new Int32Array(wMx ? tp.values.length * nm : 0);
  const mid = src.factorMid;
  const hwOff = hw.offsets, hwCodes = hw.codes, blOff = bl.offsets, blCodes = bl.codes;
  const tpOff = tp.offsets, tpCodes = tp.codes, mtOff = mt.offsets, mtCodes = mt.codes;
  const any = want !== 0;
  for (let i = 0; any && i < n; i++) {
    const f = fail[i];
    if (f !== 0) {
      if (f === hwOk) {
        hwRows[nh++] = i;
        const has = mid[i] === mid[i];
        const a = hwOff[i], b = hwOff[i + 1];
        if (a === b) without++;
        for (let j = a; j < b; j++) { hwCounts[hwCodes[j]]++; if (has) hwFinite[hwCodes[j] + 1]++; }
      } else if (f === blOk) {
        blRows[nb++] = i;
        const has = mid[i] === mid[i];
        for (let j = blOff[i]; j < blOff[i + 1]; j++) { blCounts[blCodes[j]]++; if (has) blFinite[blCodes[j] + 1]++; }
        if (loss[i]) for (let j = blOff[i]; j < blOff[i + 1]; j++) { lossCounts[blCodes[j]]++; if (has) lossFinite[blCodes[j] + 1]++; }
      } else if (f === tpOk) {
        for (let j = tpOff[i]; j < tpOff[i + 1]; j++) tpCounts[tpCodes[j]]++;
      } else if (f === mtOk) {
        for (let j = mtOff[i]; j < mtOff[i + 1]; j++) mtCounts[mtCodes[j]]++;
      }
      if (wMx && (f | TM) === TM) cells[tpCodes[tpOff[i]] * nm + mtCodes[mtOff[i]]]++;
      continue;
    }
    const has = mid[i] === mid[i];
    if (wHw) {
      hwRows[nh++] = i;
      const a = hwOff[i], b = hwOff[i + 1];
      if (a === b) without++;
      for (let j = a; j < b; j++) { hwCounts[hwCodes[j]]++; if (has) hwFinite[hwCodes[j] + 1]++; }
    }
    if (wBl) {
      blRows[nb++] = i;
      for (let j = blOff[i]; j < blOff[i + 1]; j++) { blCounts[blCodes[j]]++; if (has) blFinite[blCodes[j] + 1]++; }
      if (loss[i]) for (let j = blOff[i]; j < blOff[i + 1]; j++) { lossCounts[blCodes[j]]++; if (has) lossFinite[blCodes[j] + 1]++; }
    }
    if (wTp) for (let j = tpOff[i]; j < tpOff[i + 1]; j++) tpCounts[tpCodes[j]]++;
    if (wMt) for (let j = mtOff[i]; j < mtOff[i + 1]; j++) mtCounts[mtCodes[j]]++;
    if (wMx) cells[tpCodes[tpOff[i]] * nm + mtCodes[mtOff[i]]]++;
  }
  const out: Partial<Aggregates> = {};
  if (wHw) {
    out.hardwareCounts = hwCounts;
    out.hardwareStats = statsFrom(src, hw, hwCounts, hwFinite, hwRows, nh);
    out.withoutHardware = without;
  }
  if (wBl) {
    out.baselineCounts = blCounts;
    const winCounts = blCounts.map((c, k) => c - lossCounts[k]);
    const winFinite = blFinite.map((c, k) => c - lossFinite[k]);
    out.baselineStats = splitGeneric(
      statsFrom(src, bl, winCounts, winFinite, blRows, nb, 0), statsFrom(src, bl, lossCounts, lossFinite, blRows, nb, 1));
  }
  if (wTp) out.topicCounts = tpCounts;
  if (wMt) out.metricCounts = mtCounts;
  if (wMx) out.matrix = matrixFrom(src.facets, cells);
  return out;
}

/**
 * Count and median factor per value of facet `fx`, from the counting pass: per code the claims (`counts`) and, at
 * code + 1, those with a finite factor (`finite`, consumed); `rows[0 … nr)` the rows of the cross-filtered set, of
 * which only those with loss[i] === `only` count when it is given. Most claims first, then name.
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
  const values = new Float64Array(finite[m]);
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
