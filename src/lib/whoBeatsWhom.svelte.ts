/**
 * Who beats whom, as the dashboard holds it: the standing index (standing.ts), built once per data set in idle time
 * after the data loads, and everything the view shows derived from it, the filters' fail mask, the chart's metric
 * family and the chosen system. Part of the Dashboard store (dashboard.svelte.ts owns the state it reads; this only
 * derives). Deriveds are lazy: nothing here runs until the view reads it, and a filter change recomputes only what
 * depends on it (a new system refits the standing but does not rebuild the edges).
 */
import type { Row } from './claims.ts';
import { inIdleSlicesAfterFrame } from './schedule/index.ts';
import type { Family } from './families.ts';
import { claimEdges, edgesOfFamily, standingIndexSlices, type EdgeSet, type StandingIndex } from './standing.ts';
import { fitStanding, standingGraph, type Standing, type StandingGraph } from './standing-fit.ts';
import {
  chainConflicts, claimedBothWays, mostComparedBaselines, neighbourEdges, type BothWays, type Contradictions,
} from './standing-report.ts';
import { claimsPerSystem, factorExtent, familyClaimCounts, keepMask, standingList, type SystemCount } from './standing-view.ts';

/** What the view follows: read through getters, so the deriveds track the store's own state. */
export interface WhoInputs {
  fail: () => Uint8Array;
  family: () => Family;
  /** The chosen system (URL `who`), or null for the default. */
  who: () => string | null;
}

/** How many of the most-compared baselines the view offers as quick choices. */
const QUICK_CHOICES = 6;

export class WhoBeatsWhom {
  /** null until built for the current rows. */
  index = $state.raw<StandingIndex | null>(null);
  /** Rows indexed so far, of `total` (the view says "indexing…" with it). */
  indexed = $state(0);
  total = $state(0);
  #building: object | null = null;

  readonly #inputs: WhoInputs;

  constructor(inputs: WhoInputs) {
    this.#inputs = inputs;
  }

  /**
   * Starts indexing new rows: slices in idle callbacks once the data's first frame is out (each at least one slice,
   * so a busy page still gets there; the timeout bounds the wait), at once where there are none (tests, old
   * browsers). Marks `claimboard:standing-index` with the main-thread time it took (`detail.ms`) for the bench.
   */
  prepare(rows: readonly Row[]): void {
    const token = {};
    this.#building = token;
    this.index = null;
    this.indexed = 0;
    this.total = rows.length;
    const slices = standingIndexSlices(rows);
    let spent = 0;
    /** Indexes while `more()` holds; true once the index is built (or another build has replaced this one). */
    const run = (more: () => boolean): boolean => {
      if (this.#building !== token) return true;
      const start = performance.now();
      let step = slices.next();
      while (!step.done && more()) step = slices.next();
      spent += performance.now() - start;
      if (!step.done) {
        this.indexed = step.value;
        return false;
      }
      this.#building = null;
      this.indexed = rows.length;
      this.index = step.value;
      performance.mark?.('claimboard:standing-index', { detail: { ms: spent, rows: rows.length } });
      return true;
    };
    if (!inIdleSlicesAfterFrame(run, 2, 300)) run(() => true);
  }

  // Memos tied to the objects they derive from (the filters' fail mask, which the claim index keeps for its recent
  // views; the edge sets; the fits): going back to a recent view (an option unticked, Back) is a lookup, not a refit.
  #keep = new Memo<Uint8Array, Uint8Array>();
  #edges = new Memo<Uint8Array, EdgeSet>();
  #near = new Memo<EdgeSet, { against: Int32Array; beats: Int32Array; extent: [number, number] }>();
  #summary = new Memo<EdgeSet, { quick: SystemCount[]; counts: Int32Array; families: Record<Family, number> }>();
  // What does not depend on the system shown (the fit's graph, the pairs claimed both ways) is kept per edge set:
  // following a neighbour only solves the graph again against it.
  #graphs = new Memo<EdgeSet, StandingGraph>();
  #fits = new Memo<EdgeSet, Standing>();
  #bothWays = new Memo<EdgeSet, BothWays[]>();
  #conflicts = new Memo<Standing, Contradictions>();

  /** The rows passing every filter, made once per fail mask (a pass over 100k rows; both edge sets read it). */
  #keepOf = (fail: Uint8Array) => this.#keep.get(fail, '', () => keepMask(fail));

  /** Every metric's edges under the filters: the neighbour lists, the default system, the picker. */
  all = $derived.by(() => {
    const { index } = this;
    const fail = this.#inputs.fail();
    return index ? this.#edges.get(fail, '', () => claimEdges(index, { keep: this.#keepOf(fail) })) : null;
  });
  /** The chart's family's edges under the filters (taken from `all`'s): the standing and the contradictions. */
  inFamily = $derived.by(() => {
    const { all } = this;
    const family = this.#inputs.family();
    return all ? this.#edges.get(this.#inputs.fail(), family, () => edgesOfFamily(all, family)) : null;
  });
  #summed = $derived.by(() => {
    const all = this.all;
    return all ? this.#summary.get(all, '', () => ({
      quick: mostComparedBaselines(all, QUICK_CHOICES), counts: claimsPerSystem(all), families: familyClaimCounts(all),
    })) : null;
  });
  quick = $derived(this.#summed?.quick ?? []);
  claimCounts = $derived(this.#summed?.counts ?? new Int32Array(0));
  families = $derived(this.#summed?.families ?? { speed: 0, memory: 0, cost: 0, accuracy: 0 });
  /** The system shown: the chosen one, else the most-compared baseline under the filters. */
  system = $derived.by(() => this.#inputs.who() ?? this.quick[0]?.name ?? null);
  isDefault = $derived.by(() => this.#inputs.who() === null);
  /**
   * Edge positions in `all`, best first: what claims against the system, and what it claims to beat; and the factors
   * their claims span (both lists' one scale).
   */
  near = $derived.by(() => {
    const { all, system } = this;
    return all && system
      ? this.#near.get(all, system, () => {
        const { against, beats } = neighbourEdges(all, system);
        return { against, beats, extent: factorExtent(all, [against, beats]) };
      })
      : { against: new Int32Array(0), beats: new Int32Array(0), extent: [1, 1] as [number, number] };
  });
  /** Fitted with the shown system as the reference of its component. */
  standing = $derived.by(() => {
    const { inFamily, system } = this;
    if (!inFamily) return null;
    const graph = () => this.#graphs.get(inFamily, '', () => standingGraph(inFamily));
    return this.#fits.get(inFamily, system ?? '', () => fitStanding(inFamily, system, graph()));
  });
  list = $derived(this.standing ? standingList(this.standing, this.system) : null);
  conflicts = $derived.by(() => {
    const { inFamily, standing } = this;
    return inFamily && standing ? this.#conflicts.get(standing, '', () => ({
      bothWays: this.#bothWays.get(inFamily, '', () => claimedBothWays(inFamily)), chains: chainConflicts(standing),
    })) : null;
  });
}

/** Values made once per (owner, key) while the owner lives. */
class Memo<O extends object, V> {
  #byOwner = new WeakMap<O, Map<string, V>>();

  get(owner: O, key: string, make: () => V): V {
    let values = this.#byOwner.get(owner);
    if (!values) this.#byOwner.set(owner, (values = new Map()));
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = make()));
    return value;
  }
}
