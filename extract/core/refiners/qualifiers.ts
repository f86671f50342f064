/**
 * attachQualifiers: "up to", "over", "around", "on average" … before (or after) the number; the span widens
 * to take the qualifier in. Default `exact`.
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import type { Qualifier } from '../types.ts';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../lexicon/index.ts';

/** A qualifier phrase longer than this ("mean-latency speedups over the baselines of") qualifies without joining the span. */
const MAX_SPAN_QUALIFIER = 24;

function qualifierBefore(head: string): { qualifier: Qualifier; at: number } | undefined {
  for (const { qualifier, pattern } of QUALIFIERS_BEFORE) {
    const m = pattern.exec(head);
    if (m) return { qualifier, at: m.index };
  }
  return undefined;
}

export function attachQualifiers(ctx: SentenceContext): Candidate[] {
  return ctx.candidates.map((c) => {
    const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 80), c.numStart);
    let found = qualifierBefore(head);
    if (found?.qualifier === 'approx') {
      // "up to ~9%", "within ~1 hour": the bound wins over the approximation.
      const bound = qualifierBefore(head.slice(0, found.at));
      if (bound && (bound.qualifier === 'up_to' || bound.qualifier === 'at_least')) found = bound;
    }
    if (found) {
      const length = head.length - found.at;
      // "decreases mean feedback time by 3.8%": the measure between the qualifier and "by" is no part of the span.
      const joins = length <= MAX_SPAN_QUALIFIER && !/\bby\s*$/i.test(head);
      return withFields(c, { qualifier: found.qualifier, start: joins ? c.numStart - length : c.start });
    }
    const tail = ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 60));
    for (const { qualifier, pattern } of QUALIFIERS_AFTER) {
      if (pattern.test(tail)) return withFields(c, { qualifier });
    }
    return withFields(c, { qualifier: c.qualifier ?? 'exact' });
  });
}
