/**
 * attachDirection: lower-is-better metrics (latency, time, memory, cost, FID …) go down and the rest go up,
 * unless the words next to the number say the opposite ("1-3% accuracy degradation", "memory overhead").
 * A metric-less claim takes the direction of its verb ("reduces bubbles by 6.29x").
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import type { Direction } from '../types.ts';
import { LOWER_IS_BETTER_METRICS, DECREASE_WORDS, INCREASE_WORDS } from '../lexicon/index.ts';
import { before, after, firstWords, lastWords, leadIn } from './clauses.ts';

const GOES_UP = /\b(?:increas\w*|higher|larger|grows?|overheads?|additional|extra)\b/i;
const GOES_DOWN = /\b(?:degradation|degrades?|drops?|decreas\w*|lower|loss|reduc\w*|worse|fewer|less|slower|declines?)\b/i;

function lastHit(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
}

function verbDirection(text: string): Direction {
  return lastHit(DECREASE_WORDS, text) > lastHit(INCREASE_WORDS, text) ? 'decrease' : 'increase';
}

export function attachDirection(ctx: SentenceContext): Candidate[] {
  return ctx.candidates.map((c) => {
    const near = lastWords(leadIn(ctx, c), 3) + ' ' + firstWords(after(ctx, c, true), 2);
    const metric = c.metric ?? 'other';
    let direction: Direction;
    if (metric === 'other') direction = verbDirection(before(ctx, c, true) + ' ' + firstWords(after(ctx, c, true), 3));
    // "2x higher energy efficiency" is less energy: efficiency is the inverse of a lower-is-better metric.
    else if (LOWER_IS_BETTER_METRICS.has(metric)) direction = c.comparison === 'relative' && GOES_UP.test(near) && !/efficien/i.test(near + firstWords(after(ctx, c, true), 4)) ? 'increase' : 'decrease';
    else direction = GOES_DOWN.test(near) ? 'decrease' : 'increase';
    return { ...c, direction };
  });
}
