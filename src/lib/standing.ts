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

/**
 * Metric families (spec §3 metrics): claims are only chained within one. Speed holds what is faster or more per
 * second (throughput, latency, speed, training time); memory holds what must fit (memory, and parameters: a model's
 * size is memory it needs); cost & energy holds what is spent (cost, energy, and communication volume); accuracy
 * holds quality (accuracy, FID). `other` (perplexity, WER, anything unnamed) belongs to none: it mixes too much.
 */
export const METRIC_FAMILIES = {
  speed: { label: 'speed, throughput & latency', metrics: ['throughput', 'latency', 'speed', 'training_time'] },
  memory: { label: 'memory', metrics: ['memory', 'parameters'] },
  cost: { label: 'cost & energy', metrics: ['cost', 'energy', 'communication'] },
  accuracy: { label: 'accuracy & quality', metrics: ['accuracy', 'fid'] },
} as const satisfies Record<string, { label: string; metrics: readonly Metric[] }>;
export type MetricFamily = keyof typeof METRIC_FAMILIES;
const FAMILIES = Object.keys(METRIC_FAMILIES) as MetricFamily[];

const FAMILY_OF = new Map<Metric, MetricFamily>(
  FAMILIES.flatMap((family) => METRIC_FAMILIES[family].metrics.map((m) => [m as Metric, family] as const)),
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
  /** Per row: the system's id, -1 when the row gives no edge (absolute, no factor, no system, no named baseline). */
  system: Int32Array;
  /** Row i's baseline ids are baselineIds[baselineStart[i] .. baselineStart[i + 1]) (generic ones and the system left out). */
  baselineStart: Int32Array;
  baselineIds: Int32Array;
  /** log of the factor at its geometric middle. */
  logFactor: Float64Array;
  /** Position of the row's metric family in METRIC_FAMILIES, -1 for none. */
  family: Int8Array;
  upTo: Uint8Array;
  /** The row's paper as a number, for counting papers. */
  paper: Int32Array;
  /** Rows tied to each accelerator, made on first use. */
  hardwareRows: Map<string, Uint8Array>;
}

export function standingIndex(rows: readonly StandingRow[]): StandingIndex {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const id = (name: string) => {
    let i = ids.get(name);
    if (i === undefined) { i = names.length; ids.set(name, i); names.push(name); }
    return i;
  };
  const paperIds = new Map<string, number>();
  const n = rows.length;
  const system = new Int32Array(n).fill(-1);
  const baselineStart = new Int32Array(n + 1);
  const baselineIds: number[] = [];
  const logFactor = new Float64Array(n);
  const family = new Int8Array(n);
  const upTo = new Uint8Array(n);
  const paper = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = rows[i];
    baselineStart[i] = baselineIds.length;
    let p = paperIds.get(c.paper_id);
    if (p === undefined) paperIds.set(c.paper_id, (p = paperIds.size));
    paper[i] = p;
    const f = c.comparison === 'relative' && c.baseline.length > 0 && c.system !== '' ? factorMid(c) : null;
    if (f === null || !(f > 0) || !Number.isFinite(f)) continue;
    const own = canonicalSystem(c.system);
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
    const fam = FAMILY_OF.get(c.metric);
    family[i] = fam === undefined ? -1 : FAMILIES.indexOf(fam);
    upTo[i] = c.qualifier === 'up_to' ? 1 : 0;
  }
  baselineStart[n] = baselineIds.length;
  return {
    rows, names, system, baselineStart, baselineIds: Int32Array.from(baselineIds), logFactor, family, upTo, paper,
    hardwareRows: new Map(),
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
    if (system[i] < 0 || (wanted !== -2 && family[i] !== wanted) || (filter.excludeUpTo && upTo[i]) || (onHardware && !onHardware[i]) || (keep && !keep[i])) continue;
    for (let k = baselineStart[i]; k < baselineStart[i + 1]; k++) {
      from[m] = system[i]; to[m] = baselineIds[k]; claim[m] = i; log[m] = logFactor[i];
      m++;
    }
  }
  return { index, length: m, from: from.subarray(0, m), to: to.subarray(0, m), claim: claim.subarray(0, m), logFactor: log.subarray(0, m) };
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
