/**
 * mergeRanges: "1.1x to 2x", "1.18times-1.22times", "5% – 8%" → one candidate with a low and a high value,
 * when only a range word stands between two candidates of the same unit.
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import { foldWithPrevious } from './fold.ts';
import { startsParenChange } from './clauses.ts';

const RANGE_GAP = /^\s*(?:-|–|—|to|up\s+to|~|\\sim|∼)\s*$/;
/**
 * "from 45% to 78%" and "accuracy gains (87.4% to 98.75%)" are changes (the refiners keep where they ended); "ranging from 2x
 * to 5x" and "high success rates (40% to 90%)" are ranges.
 */
const CHANGE_FROM = /\bfrom\s*$/i;
const RANGE_FROM = /\b(?:rang\w*|var\w*|spann\w*|between)\s+from\s*$/i;

/** "from 10.2% to 20.0%, 21.3% to 29.3%": the list goes on with changes, not ranges. */
const CHANGE_LIST = /\bfrom\s+[^,;()]{1,24}?\s+to\s+[^,;()]{1,24}?(?:,\s*(?:and\s+)?[^,;()]{1,24}?\s+to\s+[^,;()]{1,24}?)*,\s*(?:and\s+)?$/i;

/** "from 44%, 46%, and 51% to 71%, …": the last starting point of a list. */
const FROM_LIST = /\bfrom\s+(?:[^,;()\s]{1,12}\s*,\s*)+(?:and\s+)?$/i;

function isChange(ctx: SentenceContext, c: Candidate): boolean {
  // A ratio has no level to start from: "from 3.5x up to 41.2x" is a range (spec §1 v2).
  if (c.kind === 'multiplier') return false;
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 40), c.start);
  const longHead = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 120), c.start);
  return (CHANGE_FROM.test(head) && !RANGE_FROM.test(head)) || CHANGE_LIST.test(longHead) || FROM_LIST.test(longHead) ||
    startsParenChange(ctx, c);
}

export function mergeRanges(ctx: SentenceContext): Candidate[] {
  return foldWithPrevious(ctx.candidates, (prev, c) => {
    const gap = ctx.abstract.slice(prev.numEnd, c.numStart);
    // "between 1.3x and 1.9x" is a range too.
    const between = /^\s*and\s*$/i.test(gap) && /\bbetween\s+$/i.test(ctx.abstract.slice(Math.max(0, prev.start - 10), prev.start));
    const range = prev.unit === c.unit && prev.valueLow === prev.valueHigh && (RANGE_GAP.test(gap) || between) && !isChange(ctx, prev);
    if (!range) return undefined;
    return withFields(prev, {
      numEnd: c.numEnd, end: c.end,
      valueLow: Math.min(prev.valueLow, c.valueLow), valueHigh: Math.max(prev.valueHigh, c.valueHigh),
      needsCue: prev.needsCue && c.needsCue,
    });
  });
}
