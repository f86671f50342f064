/**
 * Least squares on a graph of differences: nodes 0..n-1, edges e = (from, to, y) each saying x[from] − x[to] ≈ y;
 * find x minimising Σ (x[from] − x[to] − y)², with one node of each connected component fixed at 0 (differences
 * alone cannot say where a component sits). Pure numbers: no names, no claims (standing.ts puts those on it).
 *
 * How, and why it stays near linear at 100k edges:
 *  - parallel edges of one pair are merged first (weight = count, target = mean): the same sum up to a constant
 *    (pairs come out ordered by their lower end, then by first edge);
 *  - each component is walked breadth-first from its fixed node, and x starts as the differences along that tree:
 *    exact for a tree (no cycles to reconcile: 0 iterations), close for a graph that is mostly tree;
 *  - the normal equations L x = b (L the weighted graph Laplacian, fixed nodes removed, so positive definite) are then
 *    solved by conjugate gradients with the degrees as preconditioner; each iteration is one pass over the edges.
 */

export interface DifferenceFit {
  /** Per node, relative to its component's fixed node (0 there). */
  x: Float64Array;
  /** Per node, its component: 0, 1, … in order of first node. */
  component: Int32Array;
  components: number;
  /** Per component, its fixed node. */
  fixed: Int32Array;
  /** Merged pairs: endpoints (a < b), claims on the pair, and the mean target oriented a → b. */
  pairA: Int32Array;
  pairB: Int32Array;
  pairCount: Float64Array;
  pairMean: Float64Array;
  iterations: number;
}

/** Relative residual at which conjugate gradients stop: scores then hold far more digits than any factor a paper states. */
const TOLERANCE = 1e-8;

/**
 * The graph of differences as the solve reads it, whichever nodes are fixed: merged pairs, adjacency, degrees and
 * the normal equations' right-hand side. Made once per edge set, so fitting it again against another node (the view
 * following a neighbour) repeats only the walk and the solve, with the same numbers as a fit from scratch.
 */
export interface DifferenceGraph {
  n: number;
  pairA: Int32Array;
  pairB: Int32Array;
  pairCount: Float64Array;
  pairMean: Float64Array;
  offset: Int32Array;
  neighbour: Int32Array;
  weight: Float64Array;
  target: Float64Array;
  degree: Float64Array;
  b: Float64Array;
}

/**
 * `fixedIn(nodes)` picks the node fixed at 0 among a component's nodes (by default its first).
 */
export function fitDifferences(
  n: number, from: Int32Array, to: Int32Array, y: Float64Array,
  fixedIn: (nodes: readonly number[]) => number = (nodes) => nodes[0],
): DifferenceFit {
  return solveDifferences(differenceGraph(n, from, to, y), fixedIn);
}

export function differenceGraph(n: number, from: Int32Array, to: Int32Array, y: Float64Array): DifferenceGraph {
  const pairs = mergePairs(n, from, to, y);
  const { pairA, pairB, pairCount, pairMean } = pairs;
  const p = pairA.length;
  // Adjacency (CSR), both directions; target[k] is what x[u] − x[v] should be along entry k = (u → v).
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < p; i++) { offset[pairA[i] + 1]++; offset[pairB[i] + 1]++; }
  for (let u = 0; u < n; u++) offset[u + 1] += offset[u];
  const fill = offset.slice(0, n);
  const neighbour = new Int32Array(2 * p);
  const weight = new Float64Array(2 * p);
  const target = new Float64Array(2 * p);
  const degree = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < p; i++) {
    const a = pairA[i], c = pairB[i], w = pairCount[i], t = pairMean[i];
    let k = fill[a]++;
    neighbour[k] = c; weight[k] = w; target[k] = t;
    k = fill[c]++;
    neighbour[k] = a; weight[k] = w; target[k] = -t;
    degree[a] += w; degree[c] += w;
    b[a] += w * t; b[c] -= w * t;
  }
  return { n, pairA, pairB, pairCount, pairMean, offset, neighbour, weight, target, degree, b };
}

/** The fit of a graph with one node of each component (`fixedIn` of its nodes) held at 0. Reads `graph` only. */
export function solveDifferences(graph: DifferenceGraph, fixedIn: (nodes: readonly number[]) => number): DifferenceFit {
  const { n, pairA, pairB, pairCount, pairMean, offset, neighbour, weight, target, degree, b } = graph;
  // Components, each walked from its fixed node: the walk's tree gives the starting x.
  const component = new Int32Array(n).fill(-1);
  const fixedNodes: number[] = [];
  const x = new Float64Array(n);
  const queue = new Int32Array(n);
  const members: number[] = [];
  let components = 0;
  for (let start = 0; start < n; start++) {
    if (component[start] >= 0) continue;
    members.length = 0;
    walk(start, components, (u) => members.push(u));
    const fixed = fixedIn(members);
    fixedNodes.push(fixed);
    for (const u of members) component[u] = -1;
    x[fixed] = 0;
    walk(fixed, components, undefined, true);
    components++;
  }

  /** Breadth-first from `root`, marking `id`; with `setX`, x of each new node from its parent along the pair. */
  function walk(root: number, id: number, visit?: (u: number) => void, setX = false): void {
    let head = 0, tail = 0;
    queue[tail++] = root;
    component[root] = id;
    while (head < tail) {
      const u = queue[head++];
      visit?.(u);
      for (let k = offset[u]; k < offset[u + 1]; k++) {
        const v = neighbour[k];
        if (component[v] === id) continue;
        component[v] = id;
        if (setX) x[v] = x[u] - target[k];
        queue[tail++] = v;
      }
    }
  }

  const isFixed = new Uint8Array(n);
  for (const f of fixedNodes) isFixed[f] = 1;
  const iterations = conjugateGradients(n, offset, neighbour, weight, degree, b, isFixed, x);
  return { x, component, components, fixed: Int32Array.from(fixedNodes), pairA, pairB, pairCount, pairMean, iterations };
}

/**
 * Parallel edges merged into pairs (a < b): count and mean target oriented a → b. Edges are bucketed by their lower
 * end, and within a bucket a stamp per upper end finds the pair: linear, no hashing.
 */
function mergePairs(n: number, from: Int32Array, to: Int32Array, y: Float64Array) {
  const m = from.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) if (from[e] !== to[e]) start[Math.min(from[e], to[e]) + 1]++;
  for (let u = 0; u < n; u++) start[u + 1] += start[u];
  const fill = start.slice(0, n);
  const bucket = new Int32Array(start[n]);
  for (let e = 0; e < m; e++) if (from[e] !== to[e]) bucket[fill[Math.min(from[e], to[e])]++] = e;
  const stamp = new Int32Array(n).fill(-1);
  const pairOf = new Int32Array(n);
  const a = new Int32Array(bucket.length), c = new Int32Array(bucket.length);
  const count = new Float64Array(bucket.length), sum = new Float64Array(bucket.length);
  let pairs = 0;
  for (let lo = 0; lo < n; lo++) {
    for (let k = start[lo]; k < start[lo + 1]; k++) {
      const e = bucket[k];
      const hi = from[e] === lo ? to[e] : from[e];
      if (stamp[hi] !== lo) { stamp[hi] = lo; pairOf[hi] = pairs; a[pairs] = lo; c[pairs] = hi; pairs++; }
      const i = pairOf[hi];
      count[i]++;
      sum[i] += from[e] === lo ? y[e] : -y[e];
    }
  }
  const mean = new Float64Array(pairs);
  for (let i = 0; i < pairs; i++) mean[i] = sum[i] / count[i];
  return { pairA: a.slice(0, pairs), pairB: c.slice(0, pairs), pairCount: count.slice(0, pairs), pairMean: mean };
}

/** Solves L x = b in place from the starting x, fixed nodes held at 0; returns the iterations taken. */
function conjugateGradients(
  n: number, offset: Int32Array, neighbour: Int32Array, weight: Float64Array, degree: Float64Array,
  b: Float64Array, isFixed: Uint8Array, x: Float64Array,
): number {
  const multiply = (v: Float64Array, out: Float64Array) => {
    for (let u = 0; u < n; u++) {
      if (isFixed[u]) { out[u] = 0; continue; }
      let s = degree[u] * v[u];
      for (let k = offset[u]; k < offset[u + 1]; k++) s -= weight[k] * v[neighbour[k]];
      out[u] = s;
    }
  };
  const r = new Float64Array(n);
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  const q = new Float64Array(n);
  multiply(x, q);
  let bNorm = 0, rNorm = 0, rz = 0;
  for (let u = 0; u < n; u++) {
    if (isFixed[u]) continue;
    r[u] = b[u] - q[u];
    z[u] = r[u] / degree[u];
    p[u] = z[u];
    bNorm += b[u] * b[u];
    rNorm += r[u] * r[u];
    rz += r[u] * z[u];
  }
  const stop = Math.max(TOLERANCE * TOLERANCE * bNorm, 1e-28);
  const maxIterations = Math.max(100, 4 * n);
  let iterations = 0;
  while (rNorm > stop && iterations < maxIterations) {
    multiply(p, q);
    let pq = 0;
    for (let u = 0; u < n; u++) pq += p[u] * q[u];
    if (!(pq > 0)) break;
    const alpha = rz / pq;
    let rzNext = 0;
    rNorm = 0;
    for (let u = 0; u < n; u++) {
      if (isFixed[u]) continue;
      x[u] += alpha * p[u];
      r[u] -= alpha * q[u];
      z[u] = r[u] / degree[u];
      rzNext += r[u] * z[u];
      rNorm += r[u] * r[u];
    }
    const beta = rzNext / rz;
    rz = rzNext;
    for (let u = 0; u < n; u++) p[u] = isFixed[u] ? 0 : z[u] + beta * p[u];
    iterations++;
  }
  return iterations;
}
