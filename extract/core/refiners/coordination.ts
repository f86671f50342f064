/**
 * Coordinated numbers share what was said once: in "over 11x speedup on GPT and 16x on LLaMA" the 16x is
 * also "over" and also a speedup. A candidate joined to the previous one by "and" (with no "by" of its own)
 * counts as cued when the previous one is and, when both measure the same metric, shares its qualifier.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import { between } from './clauses.ts';

const MAX_GAP = 70;

/** Whether `c` continues the list that `prev` started. */
export function isCoordinated(ctx: SentenceContext, prev: Candidate, c: Candidate): boolean {
  const gap = between(ctx, prev, c);
  if (isSlash(gap)) return prev.kind === c.kind;
  return gap.length <= MAX_GAP && /(?:^|[\s,)])and\s/i.test(gap) && !/\bby\b|;|\b(?:\d|i{1,3})\)/i.test(gap) &&
    prev.kind === c.kind;
}

/** "2.5x/3.1x": a slash list. */
export function isSlash(gap: string): boolean {
  return /^\s*\/\s*$/.test(gap);
}

/** Whether the sentence lists its values in an order that a list of names matches ("respectively", "a/b … X/Y"). */
export function pairsInOrder(ctx: SentenceContext): boolean {
  const cs = ctx.candidates;
  const slashed = cs.length > 1 && cs.slice(1).every((c, i) => isSlash(between(ctx, cs[i], c)));
  return slashed || /\brespectively\b/i.test(ctx.sentence.text);
}

export function shareQualifiers(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  for (const c of ctx.candidates) {
    const prev = out[out.length - 1];
    const own = c.qualifier !== undefined && c.qualifier !== 'exact';
    const sameList = prev && prev.metric === c.metric && isCoordinated(ctx, prev, c);
    out.push(sameList && !own ? { ...c, qualifier: prev.qualifier } : c);
  }
  return out;
}
