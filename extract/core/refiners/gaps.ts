/**
 * A gap to a reference: "within 0.7 pp of BF16", "comes within 0.2 percent of the accuracy of the same network trained
 * in plaintext", "remains within 6%-10% of the throughput of an idealized balanced baseline", "perplexity within 0.63
 * of FP16". A relative claim, a bound ("up to"), a loss against the reference, which is its baseline: the metric got
 * worse by at most that much (higher for a lower-is-better metric such as perplexity).
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import { LOWER_IS_BETTER_METRICS } from '../lexicon/index.ts';
import { readBaseline } from './baseline-phrase.ts';

const WITHIN_BEFORE = /\bwithin\s+(?:[~∼≈]\s*|about\s+|roughly\s+|only\s+|just\s+)?$/i;
/** "of BF16", "of the throughput of an idealized …": where the reference starts. */
const OF_AFTER = /^\s*(?:pp|points?|percent(?:age\s+points?)?)?\s*of\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}?of\s+)?/i;

const TRAILING_METRIC = /\s+(?:accuracy|performance|quality|throughput|perplexity|scores?|results?)$/i;

function referenceAt(ctx: SentenceContext, c: Candidate): number {
  // "within ~1 hour of training" is a time taken, not a gap.
  if (c.kind === 'absolute' && c.unit !== 'score') return -1;
  if (!WITHIN_BEFORE.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 30), c.numStart))) return -1;
  const m = OF_AFTER.exec(ctx.abstract.slice(c.numEnd, ctx.sentence.end));
  return m ? c.numEnd + m[0].length : -1;
}

export function isGap(ctx: SentenceContext, c: Candidate): boolean {
  return referenceAt(ctx, c) >= 0;
}

export function attachGaps(ctx: SentenceContext): Candidate[] {
  return ctx.candidates.map((c) => {
    const at = referenceAt(ctx, c);
    if (at < 0) return c;
    const lowerIsBetter = c.polarity !== undefined ? c.polarity === 'down' : c.metric !== undefined && LOWER_IS_BETTER_METRICS.has(c.metric);
    // "of the full-precision accuracy": the reference is "full-precision", accuracy is what was measured.
    const reference = readBaseline(ctx.abstract.slice(at, ctx.sentence.end))
      .map((name) => name.replace(TRAILING_METRIC, '')).filter((name) => name.length > 0);
    return withFields(c, {
      comparison: 'relative', qualifier: 'up_to', direction: lowerIsBetter ? 'increase' : 'decrease',
      baseline: reference.length > 0 ? reference : c.baseline,
    });
  });
}
