/**
 * Who beats whom, as the dashboard holds it: the standing index (standing.ts), built once per data set in idle time
 * after the data loads, and everything the view shows derived from it, the filters' fail mask, the chart's metric
 * family and the chosen system. Part of the Dashboard store (dashboard.svelte.ts owns the state it reads; this only
 * derives). Deriveds are lazy: nothing here runs until the view reads it, and a filter change recomputes only what
 * depends on it (a new system refits the standing but does not rebuild the edges).
 */
import type { Row } from './claims.ts';
import type { Family } from './families.ts';
import { claimEdges, standingIndexSlices, type StandingIndex } from './standing.ts';
import { fitStanding } from './standing-fit.ts';
import { contradictions, mostComparedBaselines, neighbours } from './standing-report.ts';
import { claimsPerSystem, familyClaimCounts, keepMask, standingList } from './standing-view.ts';

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
   * Starts indexing new rows: slices in idle callbacks (each at least one slice, so a busy page still gets there;
   * the timeout bounds the wait), at once where there are none (tests, old browsers). Marks `claimboard:standing-index`
   * with the main-thread time it took (`detail.ms`) for the bench.
   */
  prepare(rows: readonly Row[]): void {
    const token = {};
    this.#building = token;
    this.index = null;
    this.indexed = 0;
    this.total = rows.length;
    const slices = standingIndexSlices(rows);
    let spent = 0;
    const run = (more: () => boolean) => {
      if (this.#building !== token) return;
      const start = performance.now();
      let step = slices.next();
      while (!step.done && more()) step = slices.next();
      spent += performance.now() - start;
      if (!step.done) {
        this.indexed = step.value;
        schedule();
        return;
      }
      this.#building = null;
      this.indexed = rows.length;
      this.index = step.value;
      performance.mark?.('claimboard:standing-index', { detail: { ms: spent, rows: rows.length } });
    };
    const idle = typeof requestIdleCallback === 'function';
    const schedule = () => requestIdleCallback((d) => run(() => d.timeRemaining() > 2), { timeout: 300 });
    if (idle) schedule();
    else run(() => true);
  }

  keep = $derived.by(() => keepMask(this.#inputs.fail()));
  /** Every metric's edges under the filters: the neighbour lists, the default system, the picker. */
  all = $derived(this.index ? claimEdges(this.index, { keep: this.keep }) : null);
  /** The chart's family's edges under the filters: the standing and the contradictions. */
  inFamily = $derived.by(() => (this.index ? claimEdges(this.index, { keep: this.keep, family: this.#inputs.family() }) : null));
  quick = $derived(this.all ? mostComparedBaselines(this.all, QUICK_CHOICES) : []);
  /** The system shown: the chosen one, else the most-compared baseline under the filters. */
  system = $derived.by(() => this.#inputs.who() ?? this.quick[0]?.name ?? null);
  isDefault = $derived.by(() => this.#inputs.who() === null);
  claimCounts = $derived(this.all ? claimsPerSystem(this.all) : new Int32Array(0));
  families = $derived(this.all ? familyClaimCounts(this.all) : { speed: 0, memory: 0, cost: 0, accuracy: 0 });
  near = $derived(this.all && this.system ? neighbours(this.all, this.system) : { against: [], beats: [] });
  /** Fitted with the shown system as the reference of its component. */
  standing = $derived(this.inFamily ? fitStanding(this.inFamily, this.system) : null);
  list = $derived(this.standing ? standingList(this.standing, this.system) : null);
  conflicts = $derived(this.inFamily && this.standing ? contradictions(this.inFamily, this.standing) : null);
}
