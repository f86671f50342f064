/**
 * Amounts a method is given or trained on, which are settings, not results (spec §1: dataset sizes): a share of the
 * labels or tokens used, and hours of recorded data.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';

/**
 * "while pruning 80% to 90% of visual tokens", "removing 80.2% of vision tokens", "with only 25% vision tokens": how
 * many tokens a pruning method keeps or drops is its operating point; so is the share of the labels or data a result
 * was reached with ("using only 5% labels"). What a method saves is stated as a saving ("saves 47% of the tokens",
 * "3x fewer tokens").
 */
export function isAmountUsed(ctx: SentenceContext, c: Candidate): boolean {
  if (c.kind !== 'percent') return false;
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 30), c.start);
  const tail = ctx.abstract.slice(c.end, Math.min(ctx.sentence.end, c.end + 50));
  if (/\b(?:using|uses?|with|under|at)\s+(?:only\s+|just\s+|merely\s+)?$/i.test(head) &&
    /^\s*(?:of\s+(?:the\s+)?)?(?:[A-Z][\w-]*\s+)?(?:(?:labell?ed|annotated|training|unlabell?ed)\s+)?(?:labels|data|samples|annotations|examples|supervision)\b/i.test(tail)) return true;
  return /\b(?:(?:prun|remov|drop|discard|evict|retain|keep|merg)\w*|with)\s+(?:up\s+to\s+|only\s+|just\s+|about\s+|over\s+|nearly\s+|approximately\s+)?$/i.test(head) &&
    /^\s*(?!more\b|fewer\b|less\b)(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?tokens\b/i.test(tail);
}

/** "trained on a corpus of 5,000 hours of professionally transcribed earnings calls", "80 hours of facial videos". */
const RECORDED_OF = /^\s*of\s+(?:[\w-]+\s+){0,3}?(?:speech|audio|videos?|footage|recordings?|data|calls|conversations|driving|gameplay|demonstrations?|trajectories|interactions|lectures?|podcasts?|music|clips|sensor\s+data|EEG|ECG|text|transcripts?)\b/i;

/** "our cleaned vngrs-web-corpus of 135 GB": the size of a corpus, not memory a method uses. */
const CORPUS_OF = /\b(?:corpus|corpora|data\s*sets?|collections?|archives?)\s+of\s+(?:about\s+|over\s+|around\s+|nearly\s+)?$/i;

export function isRecordedAmount(ctx: SentenceContext, c: Candidate): boolean {
  if (c.kind !== 'absolute') return false;
  const time = c.unitMetric === 'training_time' || c.unitMetric === 'latency';
  return (time && RECORDED_OF.test(ctx.abstract.slice(c.end, Math.min(ctx.sentence.end, c.end + 80)))) ||
    ((time || c.unitMetric === 'memory') && CORPUS_OF.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 40), c.start)));
}
