/**
 * The table's rows of a view, found only as far as they are read: the table shows a window of ~25 rows, so a filter
 * change need not walk the whole sorted order of all rows (a million reads of the fail mask at random, and an array
 * of every passing row: 35–85 ms per search keystroke at a million claims when the table was in sight).
 */
import type { Claim } from '../../../extract/core/types.ts';

/** What the table reads of its rows: how many, and a window of them. */
export interface TableRows<T> {
  readonly length: number;
  /** Rows [start, end) in table order (clamped to the rows there are). */
  slice(start: number, end: number): T[];
}

/**
 * The rows passing the filters (fail mask 0) in `order` (a permutation of all rows), walked on demand: the positions
 * found so far are kept, so scrolling on continues where the walk stopped.
 */
export class LazyTableRows<T extends Claim> implements TableRows<T> {
  /** Row indices of the passing rows found so far, in table order (grown by doubling). */
  #found = new Int32Array(0);
  #count = 0;
  /** Where the walk over `order` stopped. */
  #next = 0;

  constructor(
    private readonly rows: readonly T[], private readonly order: Int32Array, private readonly fail: Uint8Array,
    readonly length: number,
  ) {}

  /** Walks on until `want` rows (at most all) are found. */
  #reach(want: number): void {
    const need = Math.min(want, this.length);
    if (this.#count >= need) return;
    if (this.#found.length < need) {
      const grown = new Int32Array(Math.min(this.length, Math.max(need, 2 * this.#found.length, 64)));
      grown.set(this.#found.subarray(0, this.#count));
      this.#found = grown;
    }
    const { order, fail } = this;
    const found = this.#found;
    let c = this.#count;
    let k = this.#next;
    while (c < need) { const i = order[k++]; if (fail[i] === 0) found[c++] = i; }
    this.#count = c;
    this.#next = k;
  }

  slice(start: number, end: number): T[] {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    if (to <= from) return [];
    this.#reach(to);
    const out = new Array<T>(to - from);
    for (let k = from; k < to; k++) out[k - from] = this.rows[this.#found[k]];
    return out;
  }
}
