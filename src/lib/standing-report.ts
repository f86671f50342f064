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
  const against: Neighbour[] = [];
  const beats: Neighbour[] = [];
  const { names } = edges.index;
  const id = names.indexOf(name);
  for (let e = 0; id >= 0 && e < edges.length; e++) {
    const into = edges.to[e] === id ? against : edges.from[e] === id ? beats : null;
    if (!into) continue;
    const n = edgeAt(edges, e) as Neighbour;
    n.name = into === against ? n.system : n.baseline;
    into.push(n);
  }
  const best = (p: Neighbour, q: Neighbour) => q.factor - p.factor || (p.name < q.name ? -1 : p.name > q.name ? 1 : 0);
  return { against: against.sort(best), beats: beats.sort(best) };
}

/** The baseline most claimed against (the view's default system); ties go to the first name in order. */
export function mostComparedBaseline(edges: EdgeSet): string | undefined {
  const { names } = edges.index;
  const count = new Int32Array(names.length);
  for (let e = 0; e < edges.length; e++) count[edges.to[e]]++;
  let best = -1;
  for (let id = 0; id < names.length; id++) {
    if (count[id] === 0) continue;
    if (best < 0 || count[id] > count[best] || (count[id] === count[best] && names[id] < names[best])) best = id;
  }
  return best < 0 ? undefined : names[best];
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
  const { names, paper } = edges.index;
  // Per unordered pair (keyed by the lower id, then a stamp per higher id: linear, no hashing): how many edges say
  // each end won, and whether they come from more than one paper.
  const n = names.length;
  const byLow = bucketByLowerEnd(edges, n);
  const stamp = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const bothWays: BothWays[] = [];
  const wins: [number[], number[]][] = [];
  const firstPaper: number[] = [];
  const manyPapers: boolean[] = [];
  for (let lo = 0; lo < n; lo++) {
    const start = wins.length;
    for (let k = byLow.start[lo]; k < byLow.start[lo + 1]; k++) {
      const e = byLow.edge[k];
      const log = edges.logFactor[e];
      if (log === 0) continue;
      const hi = edges.from[e] === lo ? edges.to[e] : edges.from[e];
      if (stamp[hi] !== lo) { stamp[hi] = lo; slot[hi] = wins.length; wins.push([[], []]); firstPaper.push(paper[edges.claim[e]]); manyPapers.push(false); }
      const i = slot[hi];
      const loWon = (log > 0 ? edges.from[e] : edges.to[e]) === lo;
      wins[i][loWon ? 0 : 1].push(e);
      if (paper[edges.claim[e]] !== firstPaper[i]) manyPapers[i] = true;
    }
    for (let i = start; i < wins.length; i++) {
      const [loWins, hiWins] = wins[i];
      if (loWins.length === 0 || hiWins.length === 0 || !manyPapers[i]) continue;
      const e = loWins[0];
      const hi = edges.from[e] === lo ? edges.to[e] : edges.from[e];
      // Named in name order: a is the name that sorts first.
      const loFirst = names[lo] < names[hi];
      bothWays.push(loFirst ? { a: names[lo], b: names[hi], aOverB: loWins, bOverA: hiWins } : { a: names[hi], b: names[lo], aOverB: hiWins, bOverA: loWins });
    }
  }
  bothWays.sort((p, q) => q.aOverB.length + q.bOverA.length - (p.aOverB.length + p.bOverA.length));
  const fitted = standing.pairs;
  const chains: PairFit[] = [];
  for (let i = 0; i < fitted.length; i++) if (Math.abs(fitted.direct[i] - fitted.implied[i]) > threshold) chains.push(pairAt(fitted, i));
  chains.sort((p, q) => Math.abs(q.residual) - Math.abs(p.residual));
  return { bothWays, chains };
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
