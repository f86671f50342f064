/**
 * Coordinated numbers share what was said once: in "over 11x speedup on GPT and 16x on LLaMA" the 16x is
 * also "over" and also a speedup. A candidate joined to the previous one by "and" (with no "by" of its own)
 * counts as cued when the previous one is and, when both measure the same metric, shares its qualifier.
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import { between } from './clauses.ts';
import { mapWithPrevious } from './fold.ts';

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

/**
 * A verb in a gap starts a new statement (NEW_VERB) ("up to 8.5x higher utilization …, and delivers 2.24x" does not share "up to"),
 * and so does an article right before the number ("~2.5x speedup and a 3x memory reduction").
 */
export const NEW_VERB = /\b(?:achiev|deliver|provid|offer|enabl|yield|attain|obtain|reach|outperform|surpass|maintain|incur|introduc|show|demonstrat|retain|preserv|enhanc|accelerat)\w*|\b(?:speeds?\s+up|(?:reduc|improv|increas|decreas|sav)(?:es|ing)|(?:lower|boost)(?:s|ing)|cuts|cutting)\b|[;(]|\bwhile\b|\bwhereas\b/i;
const NEW_PREDICATE = new RegExp(`${NEW_VERB.source}|\\b(?:an?|the)\\s+$`, 'i');

/**
 * "up to 2.2x higher throughput, 20x lower TTFT, and 2.5x lower TBT", "up to 40% and 12%, respectively": a
 * qualifier said once covers the numbers listed after it, whatever their metric, until a new verb starts a new
 * statement; "up to ~15% CPU time, ~18% memory usage": the bound covers the approximations listed after it.
 */
export function shareQualifiers(ctx: SentenceContext): Candidate[] {
  return mapWithPrevious(ctx.candidates, (prev, c) => {
    const gap = prev ? between(ctx, prev, c) : '';
    const listed = prev !== undefined && gap.length <= 90 && /,|\band\b|\//.test(gap) && !NEW_PREDICATE.test(gap) &&
      (prev.qualifier === 'up_to' || prev.qualifier === 'at_least' || prev.qualifier === 'average' || prev.qualifier === 'approx');
    const own = c.qualifier ?? 'exact';
    const symbolApprox = own === 'approx' && /^[~∼≈]/.test(ctx.abstract.slice(c.start, c.numStart));
    const shared = listed && (own === 'exact' || (symbolApprox && (prev.qualifier === 'up_to' || prev.qualifier === 'at_least')));
    return shared ? withFields(c, { qualifier: prev.qualifier }) : c;
  });
}
