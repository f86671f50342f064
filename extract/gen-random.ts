/**
 * Seeded randomness for gen-claims: the same seed gives the same sequence on every platform.
 */
// ---------------------------------------------------------------- seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  constructor(readonly next: () => number) {}
  int(n: number): number { return Math.floor(this.next() * n); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(list: readonly T[]): T { return list[this.int(list.length)]; }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** Index with probability proportional to weights[i] (cumulative weights precomputed). */
  weighted(cumulative: readonly number[]): number {
    const r = this.next() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid; else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf-like weights 1/(i+1)^s, cumulative. */
export function zipf(n: number, s = 1.1): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) out.push((sum += 1 / (i + 1) ** s));
  return out;
}

