/**
 * Applying the filters as one mask: per row, the facets it fails. Every view reads its data off this mask: a row
 * counts for facet F's options when it fails nothing or only F (cross-filtering), for the table when it fails
 * nothing. One pass per filter change, no per-row allocation.
 */
import type { Claim } from '../../../extract/core/types.ts';
import { FACETS, type Facet, type Filters } from '../filters.ts';
import type { FacetIndex } from './facetIndex.ts';

/** A row's bit in the fail mask for each facet it fails. */
export const FACET_BIT: Record<Facet, number> = { hardware: 1, baseline: 2, topic: 4, metric: 8 };
/** Fails the search or hide-up-to filter: in no cross-filtered set at all. */
export const EXCLUDED = 128;

/** 1 for a fail mask of 0. */
const PASSES = Uint8Array.from({ length: 256 }, (_, f) => +(f === 0));

/** The rows passing all filters (original order) and every row's fail mask. */
export interface Cross<T extends Claim> {
  /** Made when first read: the views read counts and the mask, and a million-row array per change cost ~20 ms and GC. */
  readonly all: T[];
  /** How many rows pass every filter (all.length). */
  readonly passing: number;
  /** 0: passes every filter; else the FACET_BITs of the facets it fails, or EXCLUDED. */
  readonly fail: Uint8Array;
}

class CrossMask<T extends Claim> implements Cross<T> {
  #all: T[] | null = null;
  constructor(private readonly rows: readonly T[], readonly fail: Uint8Array, readonly passing: number) {}
  get all(): T[] {
    if (this.#all) return this.#all;
    const { rows, fail } = this;
    const all = new Array<T>(this.passing);
    for (let i = 0, k = 0; k < all.length; i++) if (fail[i] === 0) all[k++] = rows[i];
    return (this.#all = all);
  }
}

/** What the mask is computed from: the index's facets and up-to flags (see ClaimIndex). */
export interface MaskSource<T extends Claim> {
  readonly n: number;
  readonly rows: readonly T[];
  readonly facets: Record<Facet, FacetIndex>;
  readonly upTo: Uint8Array;
}

/**
 * The fail mask of filters `f`; `match` marks the rows matching the search (null: no search). A row failing search
 * or hide-up-to is EXCLUDED; otherwise its mask has the bit of each facet none of whose selected values it has.
 */
export function crossFilterMask<T extends Claim>(src: MaskSource<T>, f: Filters, match: Uint8Array | null): Cross<T> {
  const { n, rows, upTo } = src;
  const fail = new Uint8Array(n);
  // Per active facet, one pass setting its bit where the row's value has none of the selected codes: decided once
  // per distinct value, so a pass is a lookup per row (at a million rows a loop over each row's codes cost ~15 ms);
  // the first one stores instead of or-ing into the fresh mask.
  let first = true;
  for (const k of FACETS) {
    if (f[k].length === 0) continue;
    const { code, entry, entryOffsets, entryCodes } = src.facets[k];
    const selected = new Set<number>();
    for (const v of f[k]) { const c = code.get(v); if (c !== undefined) selected.add(c); }
    const fails = new Uint8Array(entryOffsets.length - 1).fill(FACET_BIT[k]);
    for (let e = 0; e < fails.length; e++) {
      for (let j = entryOffsets[e]; j < entryOffsets[e + 1]; j++) if (selected.has(entryCodes[j])) { fails[e] = 0; break; }
    }
    if (first) for (let i = 0; i < n; i++) fail[i] = fails[entry[i]];
    else for (let i = 0; i < n; i++) fail[i] |= fails[entry[i]];
    first = false;
  }
  // Without a branch per row (a test true at random is mispredicted about as often as not): the mask moved to
  // EXCLUDED by a flag of 0 or 1, and the passing rows counted by a lookup.
  if (f.hideUpTo) for (let i = 0; i < n; i++) fail[i] += (EXCLUDED - fail[i]) * upTo[i];
  if (match) for (let i = 0; i < n; i++) fail[i] += (EXCLUDED - fail[i]) * (1 - match[i]);
  let passing = 0;
  for (let i = 0; i < n; i++) passing += PASSES[fail[i]];
  return new CrossMask(rows, fail, passing);
}
