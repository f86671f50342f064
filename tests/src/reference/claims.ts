/**
 * Small claim helpers only the reference functions use (the engine reads them off typed columns: see
 * src/lib/engine/claimIndex.ts for the loss flag, src/lib/engine/median.ts for medians).
 */
import type { Claim } from '../../../extract/core/types.ts';
import { hasFactor } from '../../../src/lib/claims.ts';

/** A stated loss ("8% slower than beam search"): a factor below 1 at both ends. Not a baseline beaten. */
export function isLoss(c: Claim): boolean {
  return hasFactor(c) && Math.max(c.factor_low!, c.factor_high ?? c.factor_low!) < 1;
}

/** Median of the finite numbers, or null. */
export function median(values: readonly number[]): number | null {
  const v = values.filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
