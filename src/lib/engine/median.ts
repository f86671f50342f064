/**
 * Medians for the bar charts' stats without sorting: a Hoare quickselect in place on a Float64Array.
 *
 * Why not d3-array's median or quickselect: measured on this data (tests/bench and a micro-benchmark of 20 to 100k
 * values), d3.median copies and filters its input and is 4–15× slower; d3.quickselect calls a comparator per step
 * and is 2–5× slower. The aggregate pass takes a median per GPU and per baseline on every filter change.
 */

/** The k-th smallest of v[lo..hi] moved to v[k] (Hoare quickselect, in place). */
function select(v: Float64Array, k: number, lo: number, hi: number): number {
  while (hi > lo) {
    const pivot = v[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (v[i] < pivot) i++;
      while (v[j] > pivot) j--;
      if (i <= j) { const t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return v[k];
}

/** The median of finite values (no NaN here) without sorting them: O(n). Reorders `v`. Null when empty. */
export function medianOf(v: Float64Array): number | null {
  const len = v.length;
  if (len === 0) return null;
  const mid = len >> 1;
  const upper = select(v, mid, 0, len - 1);
  if (len % 2) return upper;
  // After selecting `mid`, everything before it is <= it: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if (v[i] > lower) lower = v[i];
  return (lower + upper) / 2;
}
