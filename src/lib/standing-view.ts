/**
 * What the "Who beats whom" view reads off the edges and the fit, besides what standing-report.ts gives: the
 * filtered rows as a keep mask, claims per metric family, systems found by name, the standing in the order the view
 * lists it, and per listed system how far its claims are from the fit. Pure functions over typed arrays: they run
 * on every filter change, at 100k claims.
 */
import { FAMILIES, type Family } from './families.ts';
import type { EdgeSet } from './standing.ts';
import type { Standing, SystemStanding } from './standing-fit.ts';
import type { BothWays } from './standing-report.ts';

/** The rows that pass every filter (fail mask 0, engine/crossFilter.ts) as standing.ts' keep mask. */
export function keepMask(fail: Uint8Array): Uint8Array {
  const keep = new Uint8Array(fail.length);
  for (let i = 0; i < fail.length; i++) keep[i] = fail[i] === 0 ? 1 : 0;
  return keep;
}

/** Claims (not edges: a claim against two baselines is one) per metric family among the edges. */
export function familyClaimCounts(edges: EdgeSet): Record<Family, number> {
  const counts = { speed: 0, memory: 0, cost: 0, accuracy: 0 } satisfies Record<Family, number>;
  const { family } = edges.index;
  for (let e = 0; e < edges.length; e++) {
    // A claim's edges are consecutive (claimEdges walks the rows in order).
    if (e > 0 && edges.claim[e] === edges.claim[e - 1]) continue;
    const f = family[edges.claim[e]];
    if (f >= 0) counts[FAMILIES[f]]++;
  }
  return counts;
}

/**
 * The factors the claims of `lists` (edge positions) span, ranges' ends included, and 1×: one scale for both claim
 * lists, read off the index's typed columns (at 1M claims the default system has ~100k claims against it).
 */
export function factorExtent(edges: EdgeSet, lists: readonly Int32Array[]): [number, number] {
  const { factorLow, factorHigh } = edges.index;
  let lo = 1, hi = 1;
  for (const list of lists) {
    for (const e of list) {
      const c = edges.claim[e];
      if (factorLow[c] < lo) lo = factorLow[c];
      if (factorHigh[c] > hi) hi = factorHigh[c];
    }
  }
  return [lo, hi];
}

/** A system and the claims at it (made by it or against it). */
export interface SystemCount { name: string; claims: number }

/** Per name id: the edges at it, both ends. */
export function claimsPerSystem(edges: EdgeSet): Int32Array {
  const count = new Int32Array(edges.index.names.length);
  for (let e = 0; e < edges.length; e++) { count[edges.from[e]]++; count[edges.to[e]]++; }
  return count;
}

/**
 * Systems whose name contains `query` (ignoring case) among those with claims: names that start with it first,
 * then most claims, then name order; at most `limit`.
 */
export function findSystems(edges: EdgeSet, counts: Int32Array, query: string, limit = 8): SystemCount[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const { names } = edges.index;
  const found: { name: string; claims: number; starts: boolean }[] = [];
  for (let id = 0; id < names.length; id++) {
    if (counts[id] === 0) continue;
    const at = names[id].toLowerCase().indexOf(q);
    if (at >= 0) found.push({ name: names[id], claims: counts[id], starts: at === 0 });
  }
  found.sort((a, b) => Number(b.starts) - Number(a.starts) || b.claims - a.claims || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return found.slice(0, limit).map(({ name, claims }) => ({ name, claims }));
}

/**
 * The standing as the view lists it: one connected component, best first (a factor means nothing across
 * components: no chain of claims joins them). The chosen system's, with it as the reference, when it has claims in
 * this family; else the largest, against its most-claimed system.
 */
export interface StandingList {
  reference: string;
  systems: SystemStanding[];
  /** The chosen system is in the graph (and so the reference). */
  chosenInGraph: boolean;
  /** Systems in other components, and how many components they make. */
  outside: number;
  groups: number;
}

export function standingList(standing: Standing, chosen: string | null): StandingList | null {
  if (standing.systems.length === 0) return null;
  const own = chosen ? standing.systems.find((s) => s.system === chosen) : undefined;
  const component = own ? own.component : 0;
  const systems = standing.systems.filter((s) => s.component === component);
  return {
    reference: systems[0].reference, systems, chosenInGraph: own !== undefined,
    outside: standing.systems.length - systems.length, groups: standing.components - 1,
  };
}

/** A pair claimed both ways, as factors: how much better each side is claimed to be (geometric mean of its claims). */
export interface BothWaysFactors { aOverB: number; bOverA: number }

export function bothWaysFactors(edges: EdgeSet, pair: BothWays): BothWaysFactors {
  const a = edges.index.ids.get(pair.a);
  // An edge's log factor says its `from` end is better; seen from the pair's a, an edge from b counts negated.
  const mean = (list: number[], over: number | undefined) =>
    Math.exp(list.reduce((sum, e) => sum + (edges.from[e] === over ? edges.logFactor[e] : -edges.logFactor[e]), 0) / list.length);
  const b = edges.index.ids.get(pair.b);
  return { aOverB: mean(pair.aOverB, a), bOverA: mean(pair.bOverA, b) };
}

/** How a listed system's standing sits with the claims it rests on. */
export interface StandingFit {
  /** Root mean square of its claims' residuals (log factor): 0 when the fit meets every claim. */
  spread: number;
  /** Per claim at it: the score that claim alone would give it (its fitted score + the claim's residual, signed). */
  claimScores: number[];
}

/**
 * Per system of `systems` (standing.systems entries): its claims' residuals. A claim A → B with log factor y and
 * residual r = y − (xA − xB) alone would put A at xA + r and B at xB − r; the spread is √(mean r²).
 */
export function standingFits(edges: EdgeSet, standing: Standing, systems: readonly SystemStanding[]): StandingFit[] {
  const slot = new Int32Array(edges.index.names.length).fill(-1);
  systems.forEach((s, k) => {
    const id = edges.index.ids.get(s.system);
    if (id !== undefined) slot[id] = k;
  });
  const fits: StandingFit[] = systems.map(() => ({ spread: 0, claimScores: [] }));
  const sum = new Float64Array(systems.length);
  for (let e = 0; e < edges.length; e++) {
    const r = standing.residuals[e];
    const a = slot[edges.from[e]], b = slot[edges.to[e]];
    if (a >= 0) { fits[a].claimScores.push(systems[a].score + r); sum[a] += r * r; }
    if (b >= 0) { fits[b].claimScores.push(systems[b].score - r); sum[b] += r * r; }
  }
  fits.forEach((f, k) => { f.spread = f.claimScores.length ? Math.sqrt(sum[k] / f.claimScores.length) : 0; });
  return fits;
}
