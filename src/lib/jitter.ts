/**
 * Where a mark sits in a dense row's band of the claims chart: a small offset from its claim's id, hashed (FNV-1a over
 * UTF-16 units). Its own module so that the loading workers (identify.ts) hash ids without the chart's code.
 */

/** A small deterministic offset in [-1, 1] from the claim id: where a mark sits in a dense row's band. */
export function jitter(id: string): number {
  return jitterOf(jitterText(JITTER_SEED, id));
}

/** jitter's hash (FNV-1a over UTF-16 units) in steps, so a worker can hash `paper_id@start-end` from each paper's part. */
export const JITTER_SEED = 2166136261;
export function jitterText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}
export function jitterOf(h: number): number {
  return ((h >>> 0) % 1000) / 500 - 1;
}
