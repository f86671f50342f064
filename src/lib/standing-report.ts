/**
 * What the who-beats-whom view reports from the edges (standing.ts) and the fit (standing-fit.ts): a system's
 * neighbours, the contradictions, and the two CSV exports. Pure functions.
 */
import { LIST_SEPARATOR, tableToCsv, type Cell, type CsvWriteOptions } from '../../extract/core/table.ts';
import { edgeAt, edgeList, type ClaimEdge, type EdgeSet } from './standing.ts';
import { pairAt, type PairFit, type Standing } from './standing-fit.ts';

/** An edge at the chosen system, seen from it: `name` is the other end. */
export type Neighbour = ClaimEdge & { name: string };

/** Everything that claims against `name` and everything `name` claims to beat, each best first (largest factor). */
export function neighbours(edges: EdgeSet, name: string): { against: Neighbour[]; beats: Neighbour[] } {
  const { against, beats } = neighbourEdges(edges, name);
  return { against: Array.from(against, (e) => neighbourAt(edges, e, 'against')), beats: Array.from(beats, (e) => neighbourAt(edges, e, 'beats')) };
}

/**
 * neighbours as edge positions, in the same order: what the view keeps for a system with thousands of claims (100k
 * data sets), making objects only for the rows it shows (neighbourAt).
 */
export function neighbourEdges(edges: EdgeSet, name: string): { against: Int32Array; beats: Int32Array } {
  const id = edges.index.ids.get(name) ?? -1;
  let nAgainst = 0, nBeats = 0;
  for (let e = 0; id >= 0 && e < edges.length; e++) {
    if (edges.to[e] === id) nAgainst++;
    else if (edges.from[e] === id) nBeats++;
  }
  const against = new Int32Array(nAgainst), beats = new Int32Array(nBeats);
  nAgainst = nBeats = 0;
  for (let e = 0; id >= 0 && e < edges.length; e++) {
    if (edges.to[e] === id) against[nAgainst++] = e;
    else if (edges.from[e] === id) beats[nBeats++] = e;
  }
  // Largest factor first (log factors compare as the factors do), then the other end's name.
  const { logFactor, from, to, index: { names } } = edges;
  const by = (other: Int32Array) => (p: number, q: number) => {
    const d = logFactor[q] - logFactor[p];
    if (d !== 0) return d;
    const a = names[other[p]], b = names[other[q]];
    return a < b ? -1 : a > b ? 1 : 0;
  };
  return { against: against.sort(by(from)), beats: beats.sort(by(to)) };
}

/** Edge `e` seen from the system it is at: `name` is the other end (the claimer for `against`, the baseline for `beats`). */
export function neighbourAt(edges: EdgeSet, e: number, side: 'against' | 'beats'): Neighbour {
  const n = edgeAt(edges, e) as Neighbour;
  n.name = side === 'against' ? n.system : n.baseline;
  return n;
}

/** The baseline most claimed against (the view's default system); ties go to the first name in order. */
export function mostComparedBaseline(edges: EdgeSet): string | undefined {
  return mostComparedBaselines(edges, 1)[0]?.name;
}

/** The `k` baselines most claimed against, with how many claims each (a claim names a baseline once), most first. */
export function mostComparedBaselines(edges: EdgeSet, k: number): { name: string; claims: number }[] {
  const { names } = edges.index;
  const count = new Int32Array(names.length);
  for (let e = 0; e < edges.length; e++) count[edges.to[e]]++;
  // A partial selection: k passes at most, each for the best not yet taken (k is a handful, names thousands).
  const out: { name: string; claims: number }[] = [];
  const taken = new Uint8Array(names.length);
  for (let round = 0; round < k; round++) {
    let best = -1;
    for (let id = 0; id < names.length; id++) {
      if (count[id] === 0 || taken[id]) continue;
      if (best < 0 || count[id] > count[best] || (count[id] === count[best] && names[id] < names[best])) best = id;
    }
    if (best < 0) break;
    taken[best] = 1;
    out.push({ name: names[best], claims: count[best] });
  }
  return out;
}

/** Two systems each claimed better than the other, by different papers. */
export interface BothWays {
  a: string;
  b: string;
  /** Edge indices saying a is better than b, and b better than a. */
  aOverB: number[];
  bOverA: number[];
}

export interface Contradictions {
  bothWays: BothWays[];
  /** Pairs whose direct claims and the chains around them disagree by more than the threshold (see below). */
  chains: PairFit[];
}

/**
 * Contradictions, two kinds:
 *  - pairs claimed both ways: some claim says A beats B (A → B with factor > 1, or B → A with factor < 1) and another
 *    says B beats A, from at least two papers (one paper saying "faster here, slower there" is a trade-off it states);
 *  - chains that disagree with a direct claim: a pair whose direct claims (their mean log factor) differ from what
 *    the whole fit implies for the pair by more than `threshold` (log 2: a factor of 2). A pair with no other path
 *    between its systems fits its direct claims exactly, so only cycles can disagree. The fit includes the direct
 *    claims themselves, so a flagged pair's direct claim and its chains disagree by at least that much.
 * Both largest first.
 */
export function contradictions(edges: EdgeSet, standing: Standing, threshold = Math.LN2): Contradictions {
  return { bothWays: claimedBothWays(edges), chains: chainConflicts(standing, threshold) };
}

/** contradictions' pairs claimed both ways: from the edges alone (the view keeps them per edge set, whatever the fit). */
export function claimedBothWays(edges: EdgeSet): BothWays[] {
  const { names, paper } = edges.index;
  // Per unordered pair (keyed by the lower id, then a stamp per higher id: linear, no hashing): how many edges say
  // each end won, and whether they come from more than one paper; edge lists only for the pairs claimed both ways.
  const n = names.length;
  const byLow = bucketByLowerEnd(edges, n);
  const stamp = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const most = byLow.edge.length;
  const loWins = new Int32Array(most), hiWins = new Int32Array(most), firstPaper = new Int32Array(most);
  const manyPapers = new Uint8Array(most), hiOf = new Int32Array(most);
  const bothWays: BothWays[] = [];
  for (let lo = 0; lo < n; lo++) {
    let pairs = 0;
    for (let k = byLow.start[lo]; k < byLow.start[lo + 1]; k++) {
      const e = byLow.edge[k];
      const log = edges.logFactor[e];
      if (log === 0) continue;
      const hi = edges.from[e] === lo ? edges.to[e] : edges.from[e];
      if (stamp[hi] !== lo) {
        stamp[hi] = lo; slot[hi] = pairs; hiOf[pairs] = hi;
        loWins[pairs] = hiWins[pairs] = 0; manyPapers[pairs] = 0; firstPaper[pairs] = paper[edges.claim[e]];
        pairs++;
      }
      const i = slot[hi];
      if ((log > 0 ? edges.from[e] : edges.to[e]) === lo) loWins[i]++;
      else hiWins[i]++;
      if (paper[edges.claim[e]] !== firstPaper[i]) manyPapers[i] = 1;
    }
    for (let i = 0; i < pairs; i++) {
      if (loWins[i] === 0 || hiWins[i] === 0 || !manyPapers[i]) continue;
      const hi = hiOf[i];
      const lows: number[] = [], highs: number[] = [];
      for (let k = byLow.start[lo]; k < byLow.start[lo + 1]; k++) {
        const e = byLow.edge[k];
        const log = edges.logFactor[e];
        if (log === 0 || (edges.from[e] === lo ? edges.to[e] : edges.from[e]) !== hi) continue;
        ((log > 0 ? edges.from[e] : edges.to[e]) === lo ? lows : highs).push(e);
      }
      // Named in name order: a is the name that sorts first.
      bothWays.push(names[lo] < names[hi]
        ? { a: names[lo], b: names[hi], aOverB: lows, bOverA: highs }
        : { a: names[hi], b: names[lo], aOverB: highs, bOverA: lows });
    }
  }
  bothWays.sort((p, q) => q.aOverB.length + q.bOverA.length - (p.aOverB.length + p.bOverA.length));
  return bothWays;
}

/** contradictions' chains: the pairs off by more than the threshold, sorted on typed arrays before any object is made. */
export function chainConflicts(standing: Standing, threshold = Math.LN2): PairFit[] {
  const fitted = standing.pairs;
  const off = new Float64Array(fitted.length);
  let flagged = 0;
  const which = new Int32Array(fitted.length);
  for (let i = 0; i < fitted.length; i++) {
    off[i] = Math.abs(fitted.direct[i] - fitted.implied[i]);
    if (off[i] > threshold) which[flagged++] = i;
  }
  const order = which.subarray(0, flagged).sort((p, q) => off[q] - off[p] || p - q);
  return Array.from(order, (i) => pairAt(fitted, i));
}

/** Edge positions grouped by the lower id of their two ends: edge[start[u] .. start[u + 1]). */
function bucketByLowerEnd(edges: EdgeSet, n: number): { start: Int32Array; edge: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < edges.length; e++) start[Math.min(edges.from[e], edges.to[e]) + 1]++;
  for (let u = 0; u < n; u++) start[u + 1] += start[u];
  const fill = start.slice(0, n);
  const edge = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) edge[fill[Math.min(edges.from[e], edges.to[e])]++] = e;
  return { start, edge };
}

/** Four decimals, as claims.csv writes factors (roundFactor is not imported: it would bring the extractor's lexicons). */
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export const EDGE_COLUMNS = ['system', 'baseline', 'metric', 'factor', 'hardware', 'paper_id'] as const;

/** The edges as CSV: canonical names, the factor at its geometric middle, hardware `; `-separated. */
export function edgesToCsv(edges: EdgeSet, options: CsvWriteOptions = {}): string {
  return tableToCsv(EDGE_COLUMNS, edgeList(edges).map((e): Record<string, Cell> => ({
    system: e.system, baseline: e.baseline, metric: e.metric, factor: round(e.factor),
    hardware: e.hardware.join(LIST_SEPARATOR), paper_id: e.paper_id,
  })), options);
}

export const STANDING_COLUMNS = ['system', 'component', 'reference', 'factor_vs_reference', 'log_factor', 'claims', 'papers'] as const;

/** The implied standing as CSV, one row per system, as fitStanding orders them. */
export function standingToCsv(standing: Standing, options: CsvWriteOptions = {}): string {
  return tableToCsv(STANDING_COLUMNS, standing.systems.map((s): Record<string, Cell> => ({
    system: s.system, component: s.component, reference: s.reference, factor_vs_reference: round(s.factor),
    log_factor: round(s.score), claims: s.claims, papers: s.papers,
  })), options);
}
