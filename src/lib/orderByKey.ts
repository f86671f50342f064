/**
 * Row indices ordered by a number per row, ties in index order: what `rows.sort((a, b) => (key[a] - key[b]) * sign
 * || a - b)` gives, as a radix sort (four passes of 16 bits over the keys' IEEE bits). A comparison sort of a million
 * indices through a comparator took ~0.5–1 s on the page; this takes tens of milliseconds.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** `rows` (ascending indices, keys not NaN) by key ascending, or descending when `desc`; equal keys keep index order. */
export function orderByKey(rows: Int32Array, keys: Float64Array, desc = false): Int32Array {
  return orderByRank(rows, keys, desc) ?? orderByBits(rows, keys, desc);
}

/**
 * The same when the keys take few distinct values (factors and values as papers write them: a few thousand among a
 * million rows): each key's rank among the distinct ones (a hash table on its bits), then one counting sort by rank.
 * Null when there are too many distinct keys for that to pay (the radix sort's four passes are then cheaper).
 */
function orderByRank(rows: Int32Array, keys: Float64Array, desc: boolean): Int32Array | null {
  const n = rows.length;
  const limit = Math.min(1 << 18, n >> 2);
  const size = 1 << (32 - Math.clz32(2 * limit + 1));
  const mask = size - 1;
  const slot = new Int32Array(size).fill(-1);
  const distinct = new Float64Array(limit);
  const which = new Int32Array(n);
  let d = 0;
  for (let k = 0; k < n; k++) {
    let v = keys[rows[k]];
    if (v === 0) v = 0; // -0 is 0
    f64[0] = v;
    let h = slotOf(mask);
    for (;;) {
      const e = slot[h];
      if (e < 0) {
        if (d === limit) return null;
        slot[h] = d;
        distinct[d] = v;
        which[k] = d++;
        break;
      }
      if (distinct[e] === v) { which[k] = e; break; }
      h = (h + 1) & mask;
    }
  }
  // The distinct keys' ranks (sorted natively, each found again in the table), then rows counted into their rank's
  // place (ties stay in index order).
  const sorted = distinct.slice(0, d).sort();
  const rank = new Int32Array(d);
  for (let r = 0; r < d; r++) {
    f64[0] = sorted[r];
    let h = slotOf(mask);
    while (distinct[slot[h]] !== sorted[r]) h = (h + 1) & mask;
    rank[slot[h]] = desc ? d - 1 - r : r;
  }
  const at = new Int32Array(d + 1);
  for (let k = 0; k < n; k++) at[rank[which[k]] + 1]++;
  for (let r = 0; r < d; r++) at[r + 1] += at[r];
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[at[rank[which[k]]]++] = rows[k];
  return order;
}

/** The hash table slot of the key in f64[0]. */
function slotOf(mask: number): number {
  const h = Math.imul(u32[0] ^ Math.imul(u32[1], 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 16)) & mask;
}

/** The radix sort: four passes of 16 bits over the keys' IEEE bits. */
function orderByBits(rows: Int32Array, keys: Float64Array, desc: boolean): Int32Array {
  const n = rows.length;
  // Keys as two unsigned words that compare as the numbers do: flip the sign bit of positives, every bit of negatives.
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const v = desc ? -keys[rows[k]] : keys[rows[k]];
    f64[0] = v === 0 ? 0 : v; // -0 is 0
    let h = u32[1];
    let l = u32[0];
    if (h & 0x80000000) { h = ~h >>> 0; l = ~l >>> 0; } else h = (h | 0x80000000) >>> 0;
    hi[k] = h;
    lo[k] = l;
  }
  let order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  let next = new Int32Array(n);
  const counts = new Int32Array(65537);
  for (const [words, shift] of [[lo, 0], [lo, 16], [hi, 0], [hi, 16]] as const) {
    counts.fill(0);
    for (let k = 0; k < n; k++) counts[((words[k] >>> shift) & 0xffff) + 1]++;
    if (counts[(((words[0] ?? 0) >>> shift) & 0xffff) + 1] === n) continue; // one digit value: nothing moves
    for (let d = 0; d < 65536; d++) counts[d + 1] += counts[d];
    for (let k = 0; k < n; k++) {
      const at = order[k];
      next[counts[(words[at] >>> shift) & 0xffff]++] = at;
    }
    [order, next] = [next, order];
  }
  for (let k = 0; k < n; k++) order[k] = rows[order[k]];
  return order;
}
