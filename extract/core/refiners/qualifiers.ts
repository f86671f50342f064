/**
 * attachQualifiers: "up to", "over", "around", "on average" … before (or after) the number; the span widens
 * to take the qualifier in. Default `exact`.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../lexicon/index.ts';

export function attachQualifiers(ctx: SentenceContext): Candidate[] {
  return ctx.candidates.map((c) => {
    const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 60), c.numStart);
    for (const { qualifier, pattern } of QUALIFIERS_BEFORE) {
      const m = pattern.exec(head);
      if (m) return { ...c, qualifier, start: c.numStart - (head.length - m.index) };
    }
    const tail = ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 60));
    for (const { qualifier, pattern } of QUALIFIERS_AFTER) {
      if (pattern.test(tail)) return { ...c, qualifier };
    }
    return { ...c, qualifier: c.qualifier ?? 'exact' };
  });
}
