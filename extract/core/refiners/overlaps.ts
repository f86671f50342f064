/** removeOverlaps: when two finders claim the same text, the longer match wins (then the earlier). */
import type { Candidate, SentenceContext } from '../candidate.ts';

export function removeOverlaps(ctx: SentenceContext): Candidate[] {
  const byLength = [...ctx.candidates].sort((a, b) => (b.numEnd - b.numStart) - (a.numEnd - a.numStart) || a.numStart - b.numStart);
  const kept: Candidate[] = [];
  for (const c of byLength) {
    if (!kept.some((k) => c.numStart < k.numEnd && k.numStart < c.numEnd)) kept.push(c);
  }
  return kept.sort((a, b) => a.numStart - b.numStart);
}
