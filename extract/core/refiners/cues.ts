/**
 * dropUncued: a percentage or a weakly spelled number ("5 times", "3 days", "2 points") is a claim only next
 * to a result cue ("by", "faster", "improvement", "accuracy", "in"), or when coordinated with one that is.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import { lacksCue } from './exclusions.ts';
import { isCoordinated } from './coordination.ts';

export function dropUncued(ctx: SentenceContext): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of ctx.candidates) {
    const prev = kept[kept.length - 1];
    if (!lacksCue(ctx, c) || (prev && isCoordinated(ctx, prev, c))) kept.push(c);
  }
  return kept;
}
