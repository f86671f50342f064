/**
 * Who beats whom (issue 12): the relative claims as a graph of systems. Pure TypeScript: no Svelte, no DOM, so the
 * view, a worker or a script can use it. The fit is in standing-fit.ts, what is reported from it in standing-report.ts.
 *
 * An edge is one relative claim with a factor, from the paper's own system (the `system` column) to each named
 * baseline, both through canonicalSystem (generic baselines and papers that name no system give no edge). Its
 * length is log(factor), factor > 1 meaning the system is better (spec §5's factor is already "times better"); a
 * range counts at its geometric middle √(low·high).
 *
 * Built for filter changes at 100k claims: what does not depend on the filter (canonical names, factors, metric
 * families) is computed once per data set (standingIndex); a filter change only walks typed arrays, and the edges are
 * typed arrays too (edgeAt makes the object of one edge for display or export).
 */
import { canonicalSystem } from '../../extract/core/canonical-system.ts';
import type { Claim, Metric, Qualifier } from '../../extract/core/types.ts';
import { factorMid } from './claims.ts';
import { tableOf } from './claimTable.ts';
import { FAMILIES, FAMILY_METRICS, type Family } from './families.ts';

/**
 * Claims are chained only within one metric family, the chart's (families.ts): a speedup and a memory saving are not
 * one scale. `other` (perplexity, WER, anything unnamed) is chained in none: it mixes too much, so although the chart
 * shows it with accuracy & quality, here its rows belong to no family.
 */
export type MetricFamily = Family;
const UNCHAINED: readonly Metric[] = ['other'];
const FAMILY_OF = new Map<Metric, MetricFamily>(
  FAMILIES.flatMap((family) => FAMILY_METRICS[family].filter((m) => !UNCHAINED.includes(m)).map((m) => [m, family] as const)),
);
export function metricFamily(metric: Metric): MetricFamily | undefined {
  return FAMILY_OF.get(metric);
}

/** The columns of a claim the graph reads. */
export type StandingRow = Pick<Claim,
  'system' | 'baseline' | 'metric' | 'factor_low' | 'factor_high' | 'hardware' | 'paper_id' | 'qualifier' | 'comparison'>;

export interface StandingFilter {
  /** Only claims of this family (default: every metric, for the neighbour lists). */
  family?: MetricFamily | null;
  /** Only claims tied to this accelerator (a `hardware` entry, e.g. "A100"). */
  hardware?: string | null;
  /** Leave out "up to" claims: a best case is not a typical factor. */
  excludeUpTo?: boolean;
  /** Only rows i with keep[i] !== 0: the dashboard's other filters, read off its own index without a new one here. */
  keep?: Uint8Array | null;
}

/** What every filter change needs from the rows, computed once per data set. */
export interface StandingIndex {
  rows: readonly StandingRow[];
  /** Canonical names of systems and baselines; ids are positions here. */
  names: string[];
  /** Name → id. */
  ids: ReadonlyMap<string, number>;
  /** Per row: the system's id, -1 when the row gives no edge (absolute, no factor, no system, no named baseline). */
  system: Int32Array;
  /** Row i's baseline ids are baselineIds[baselineStart[i] .. baselineStart[i + 1]) (generic ones and the system left out). */
  baselineStart: Int32Array;
  baselineIds: Int32Array;
  /** log of the factor at its geometric middle. */
  logFactor: Float64Array;
  /**
   * The factor's range as written (high = low for a single factor): the view's track scale spans every listed claim's
   * range, and reading it off the rows (getters over columns) took ~35 ms a filter change at 1M claims.
   */
  factorLow: Float64Array;
  factorHigh: Float64Array;
  /** Position of the row's metric family in FAMILIES, -1 for none. */
  family: Int8Array;
  upTo: Uint8Array;
  /** The row's paper as a number, for counting papers. */
  paper: Int32Array;
  /** Rows tied to each accelerator, made on first use. */
  hardwareRows: Map<string, Uint8Array>;
}

/** Rows indexed between two yields of standingIndexSlices: a few ms at a time. */
const SLICE_ROWS = 2000;

/** The whole index at once (tests, scripts, small data). */
export function standingIndex(rows: readonly StandingRow[]): StandingIndex {
  const slices = standingIndexSlices(rows);
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}

/**
 * The index a slice of rows at a time, so the dashboard can build it in idle time when data loads (at 100k claims
 * it takes 100–300 ms, mostly looking up canonical names and paper ids per row): yields the rows done so far after
 * every SLICE_ROWS rows, and returns the index.
 */
export function* standingIndexSlices(rows: readonly StandingRow[]): Generator<number, StandingIndex, void> {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const id = (name: string) => {
    let i = ids.get(name);
    if (i === undefined) { i = names.length; ids.set(name, i); names.push(name); }
    return i;
  };
  const paperIds = new Map<string, number>();
  // A loaded table's rows: its paper codes (one per distinct id, -1 for none) number the papers, with no string per row.
  const paperCodes = tableOf(rows)?.chunk('paper_id').codes ?? null;
  const n = rows.length;
  const system = new Int32Array(n).fill(-1);
  const baselineStart = new Int32Array(n + 1);
  const baselineIds: number[] = [];
  const logFactor = new Float64Array(n);
  const factorLow = new Float64Array(n), factorHigh = new Float64Array(n);
  const family = new Int8Array(n);
  const upTo = new Uint8Array(n);
  const paper = new Int32Array(n);
  // A paper's rows are usually together and share its id and system: the previous row's answers first.
  let lastPaper = '', lastP = -1, lastSystem = '', lastOwn = '';
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % SLICE_ROWS === 0) yield i;
    const c = rows[i];
    baselineStart[i] = baselineIds.length;
    if (paperCodes) paper[i] = paperCodes[i] + 1;
    else {
      let p = c.paper_id === lastPaper ? lastP : paperIds.get(c.paper_id);
      if (p === undefined) paperIds.set(c.paper_id, (p = paperIds.size));
      paper[i] = p;
      lastPaper = c.paper_id; lastP = p;
    }
    const f = c.comparison === 'relative' && c.baseline.length > 0 && c.system !== '' ? factorMid(c) : null;
    if (f === null || !(f > 0) || !Number.isFinite(f)) continue;
    const own = c.system === lastSystem ? lastOwn : canonicalSystem(c.system);
    lastSystem = c.system; lastOwn = own;
    if (own === '') continue;
    const first = baselineIds.length;
    for (const written of c.baseline) {
      const b = canonicalSystem(written);
      if (b === '' || b === own) continue;
      const to = id(b);
      if (baselineIds.indexOf(to, first) < 0) baselineIds.push(to);
    }
    if (baselineIds.length === first) continue;
    system[i] = id(own);
    logFactor[i] = Math.log(f);
    factorLow[i] = c.factor_low!;
    factorHigh[i] = c.factor_high ?? c.factor_low!;
    const fam = FAMILY_OF.get(c.metric);
    family[i] = fam === undefined ? -1 : FAMILIES.indexOf(fam);
    upTo[i] = c.qualifier === 'up_to' ? 1 : 0;
  }
  baselineStart[n] = baselineIds.length;
  return {
    rows, names, ids, system, baselineStart, baselineIds: Int32Array.from(baselineIds), logFactor, factorLow, factorHigh,
    family, upTo, paper, hardwareRows: new Map(),
  };
}

/** The edges that pass a filter, as parallel arrays: edge e goes from names[from[e]] to names[to[e]]. */
export interface EdgeSet {
  index: StandingIndex;
  length: number;
  from: Int32Array;
  to: Int32Array;
  /** The claim's row in index.rows. */
  claim: Int32Array;
  logFactor: Float64Array;
}

/** One edge per (claim, named baseline) that passes the filter. Rows are indexed on the way when not given indexed. */
export function claimEdges(data: StandingIndex | readonly StandingRow[], filter: StandingFilter = {}): EdgeSet {
  const index = 'names' in data ? data : standingIndex(data);
  const { rows, system, baselineStart, baselineIds, logFactor, family, upTo } = index;
  const wanted = filter.family ? FAMILIES.indexOf(filter.family) : -2;
  const onHardware = filter.hardware ? hardwareMask(index, filter.hardware) : null;
  const keep = filter.keep ?? null;
  // At most one edge per indexed baseline: typed arrays of that size, cut to what passed.
  const most = baselineIds.length;
  const from = new Int32Array(most), to = new Int32Array(most), claim = new Int32Array(most), log = new Float64Array(most);
  let m = 0;
  for (let i = 0; i < rows.length; i++) {
    if (system[i] < 0 || (wanted !== -2 && family[i] !== wanted)) continue;
    if ((filter.excludeUpTo && upTo[i]) || (onHardware && !onHardware[i]) || (keep && !keep[i])) continue;
    for (let k = baselineStart[i]; k < baselineStart[i + 1]; k++) {
      from[m] = system[i]; to[m] = baselineIds[k]; claim[m] = i; log[m] = logFactor[i];
      m++;
    }
  }
  return { index, length: m, from: from.subarray(0, m), to: to.subarray(0, m), claim: claim.subarray(0, m), logFactor: log.subarray(0, m) };
}

/**
 * The edges of `all` whose claim is of `family`: what claimEdges gives with the same filter plus that family, in the
 * same order (`all`'s edges are in row order), from one pass over the edges instead of another over every row.
 */
export function edgesOfFamily(all: EdgeSet, family: MetricFamily): EdgeSet {
  const wanted = FAMILIES.indexOf(family);
  const rowFamily = all.index.family;
  let m = 0;
  for (let e = 0; e < all.length; e++) if (rowFamily[all.claim[e]] === wanted) m++;
  const from = new Int32Array(m), to = new Int32Array(m), claim = new Int32Array(m), log = new Float64Array(m);
  m = 0;
  for (let e = 0; e < all.length; e++) {
    if (rowFamily[all.claim[e]] !== wanted) continue;
    from[m] = all.from[e]; to[m] = all.to[e]; claim[m] = all.claim[e]; log[m] = all.logFactor[e];
    m++;
  }
  return { index: all.index, length: m, from, to, claim, logFactor: log };
}

function hardwareMask(index: StandingIndex, hardware: string): Uint8Array {
  let mask = index.hardwareRows.get(hardware);
  if (!mask) {
    mask = Uint8Array.from(index.rows, (c) => (c.hardware.includes(hardware) ? 1 : 0));
    index.hardwareRows.set(hardware, mask);
  }
  return mask;
}

/** One edge as an object, for display and export. */
export interface ClaimEdge {
  /** Canonical names: the claiming system and the baseline it is measured against. */
  system: string;
  baseline: string;
  metric: Metric;
  factorLow: number;
  factorHigh: number;
  /** The geometric middle of the range: what the fit uses, as log(factor). */
  factor: number;
  hardware: readonly string[];
  paper_id: string;
  qualifier: Qualifier;
  /** The claim's row, and the edge's position in its EdgeSet. */
  claim: number;
  edge: number;
}

export function edgeAt(edges: EdgeSet, e: number): ClaimEdge {
  const { names, rows } = edges.index;
  const c = rows[edges.claim[e]];
  return {
    system: names[edges.from[e]], baseline: names[edges.to[e]], metric: c.metric, factorLow: c.factor_low!,
    factorHigh: c.factor_high ?? c.factor_low!, factor: factorMid(c)!, hardware: c.hardware,
    paper_id: c.paper_id, qualifier: c.qualifier, claim: edges.claim[e], edge: e,
  };
}

export function edgeList(edges: EdgeSet): ClaimEdge[] {
  return Array.from({ length: edges.length }, (_, e) => edgeAt(edges, e));
}
