/**
 * The implied standing (issue 12): one score per system fitted by least squares over each connected component of the
 * edges of one metric family (standing-solve.ts does the numbers), so a system's standing against any other in its
 * component is exp(score difference): S-LoRA 4× vLLM and X 1.5× S-LoRA put X at 6× vLLM. With each score come the
 * claims and papers it rests on, and per edge and per pair how far the fit is from what was claimed.
 */
import type { EdgeSet } from './standing.ts';
import { differenceGraph, solveDifferences, type DifferenceGraph } from './standing-solve.ts';

export interface SystemStanding {
  system: string;
  /** Connected component, 0 = the largest. */
  component: number;
  /** The system its factor is against: the chosen reference when in this component, else the component's most-claimed. */
  reference: string;
  /** How many times better than the reference the claims imply (1 for the reference itself). */
  factor: number;
  /** log(factor): the fitted score relative to the reference. */
  score: number;
  /** Claims on edges at this system (made by it or against it), and the papers they come from. */
  claims: number;
  papers: number;
}

/** A pair of systems with direct claims between them: what they say, what the whole fit implies. */
export interface PairFit {
  a: string;
  b: string;
  claims: number;
  /** Mean log factor of the direct claims, oriented a over b. */
  direct: number;
  /** Fitted log factor a over b (through every chain in the component). */
  implied: number;
  /** direct − implied. */
  residual: number;
}

/** The pairs with direct claims, as parallel arrays (pairAt makes one PairFit); a and b index `names`. */
export interface PairFits {
  names: readonly string[];
  length: number;
  a: Int32Array;
  b: Int32Array;
  claims: Float64Array;
  direct: Float64Array;
  implied: Float64Array;
}

export function pairAt(pairs: PairFits, i: number): PairFit {
  return {
    a: pairs.names[pairs.a[i]], b: pairs.names[pairs.b[i]], claims: pairs.claims[i], direct: pairs.direct[i],
    implied: pairs.implied[i], residual: pairs.direct[i] - pairs.implied[i],
  };
}

export interface Standing {
  /** Largest component first; within one, best first. */
  systems: SystemStanding[];
  /** Per edge: its log factor − the fitted score difference. */
  residuals: Float64Array;
  pairs: PairFits;
  components: number;
  /** Conjugate-gradient iterations (0 when every component is a tree). */
  iterations: number;
}

/**
 * What fitting the edges needs whatever the reference: the systems on them as dense nodes, the claims and papers
 * at each, and the graph the solve reads. The view keeps it per edge set: following a neighbour refits the same
 * edges against another reference, and this is most of a fit's work (at 1M claims, 400k edges).
 */
export interface StandingGraph {
  edges: EdgeSet;
  names: string[];
  from: Int32Array;
  to: Int32Array;
  claims: Float64Array;
  papers: Float64Array;
  graph: DifferenceGraph;
}

export function standingGraph(edges: EdgeSet): StandingGraph {
  // The index's ids made dense: only the systems on these edges are nodes.
  const { names: allNames, paper } = edges.index;
  const local = new Int32Array(allNames.length).fill(-1);
  const names: string[] = [];
  const node = (id: number) => {
    if (local[id] < 0) { local[id] = names.length; names.push(allNames[id]); }
    return local[id];
  };
  const m = edges.length;
  const from = new Int32Array(m), to = new Int32Array(m);
  for (let e = 0; e < m; e++) { from[e] = node(edges.from[e]); to[e] = node(edges.to[e]); }
  const n = names.length;
  const { claims, papers } = countClaims(n, from, to, edges.claim, paper);
  return { edges, names, from, to, claims, papers, graph: differenceGraph(n, from, to, edges.logFactor) };
}

/**
 * Fits one score per system over the edges; `reference` (a canonical name) anchors its component. `prepared`:
 * standingGraph(edges) made already (the same numbers as without).
 */
export function fitStanding(edges: EdgeSet, reference?: string | null, prepared?: StandingGraph): Standing {
  if (prepared && prepared.edges !== edges) throw new Error('fitStanding: the graph was prepared from other edges');
  const { names, from, to, claims, papers, graph } = prepared ?? standingGraph(edges);
  const n = names.length, m = edges.length;
  const preferred = reference ? names.indexOf(reference) : -1;
  // The reference of a component without the chosen one: its most-claimed system (then the first name in order).
  const fit = solveDifferences(graph, (nodes) => {
    if (preferred >= 0 && nodes.includes(preferred)) return preferred;
    let best = nodes[0];
    for (const u of nodes) if (claims[u] > claims[best] || (claims[u] === claims[best] && names[u] < names[best])) best = u;
    return best;
  });

  // Components renumbered largest first, so component 0 is the main graph.
  const size = new Float64Array(fit.components);
  for (let u = 0; u < n; u++) size[fit.component[u]]++;
  const order = Array.from({ length: fit.components }, (_, c) => c).sort((p, q) => size[q] - size[p] || p - q);
  const rank = new Int32Array(fit.components);
  order.forEach((c, r) => { rank[c] = r; });

  const systems: SystemStanding[] = names.map((system, u) => ({
    system, component: rank[fit.component[u]], reference: names[fit.fixed[fit.component[u]]],
    score: fit.x[u], factor: Math.exp(fit.x[u]), claims: claims[u], papers: papers[u],
  }));
  systems.sort((p, q) => p.component - q.component || q.score - p.score || (p.system < q.system ? -1 : 1));
  const residuals = new Float64Array(m);
  for (let e = 0; e < m; e++) residuals[e] = edges.logFactor[e] - (fit.x[from[e]] - fit.x[to[e]]);
  const implied = new Float64Array(fit.pairA.length);
  for (let i = 0; i < implied.length; i++) implied[i] = fit.x[fit.pairA[i]] - fit.x[fit.pairB[i]];
  const pairs: PairFits = {
    names, length: implied.length, a: fit.pairA, b: fit.pairB, claims: fit.pairCount, direct: fit.pairMean, implied,
  };
  return { systems, residuals, pairs, components: fit.components, iterations: fit.iterations };
}

/** Per node: claims on its edges, and distinct papers among them (a stamp per paper, not a set per node). */
function countClaims(n: number, from: Int32Array, to: Int32Array, claim: Int32Array, paperOfRow: Int32Array) {
  const claims = new Float64Array(n);
  const papers = new Float64Array(n);
  const offset = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) { offset[from[e] + 1]++; offset[to[e] + 1]++; }
  for (let u = 0; u < n; u++) offset[u + 1] += offset[u];
  const fill = offset.slice(0, n);
  const incident = new Int32Array(2 * from.length);
  for (let e = 0; e < from.length; e++) { incident[fill[from[e]]++] = e; incident[fill[to[e]]++] = e; }
  let papersTop = 0;
  for (let e = 0; e < claim.length; e++) papersTop = Math.max(papersTop, paperOfRow[claim[e]] + 1);
  const stamp = new Int32Array(papersTop).fill(-1);
  for (let u = 0; u < n; u++) {
    claims[u] = offset[u + 1] - offset[u];
    for (let k = offset[u]; k < offset[u + 1]; k++) {
      const p = paperOfRow[claim[incident[k]]];
      if (stamp[p] !== u) { stamp[p] = u; papers[u]++; }
    }
  }
  return { claims, papers };
}
