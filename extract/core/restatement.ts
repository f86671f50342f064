/**
 * When a number stated again is the same claim (spec §1): the same value, unit and metric — unless it is stated twice in
 * one sentence about two quantities named right after each ("2x faster training, 40x smaller disk size and 2x faster
 * rendering speed", "an 85% reduction in testing timeline, an 85% improvement in test suite efficiency"). A restatement in
 * one sentence stays one ("40% ($\\simeq40\\%$ total-bit reduction …)", "a 2X
 * throughput gain is erased if traces grow 2X").
 */
import type { Candidate, SentenceContext } from './candidate.ts';
import { METRIC_CUE_PATTERN, occurs } from './lexicon/index.ts';
import { phraseAfterNumber } from './refiners/metric-phrase.ts';
import { namesOtherQuantity } from './refiners/metric-default.ts';

/** Another candidate with c's value, unit and metric. */
function isTwin(o: Candidate, c: Candidate): boolean {
  return o !== c && o.valueLow === c.valueLow && o.valueHigh === c.valueHigh && o.unit === c.unit && o.metric === c.metric;
}

/** Only numbers, signs, commas and "and" between two candidates: "42%, 57%, 62% and 42%" is one list of settings. */
const LIST_BETWEEN = /^[\s\d.,%×x+~–-]*(?:\b(?:and|or)\b[\s\d.,%×x+~–-]*)?$/;
function listedTogether(ctx: SentenceContext, a: Candidate, b: Candidate): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = ctx.abstract.slice(first.end, second.start);
  // ("100%, 100%, and 92% faster … on Level-1, Level-2, and Level-3": twins side by side are two items too.)
  return /[\d,]|\b(?:and|or)\b/.test(between) && LIST_BETWEEN.test(between);
}

function twinInSentence(ctx: SentenceContext, c: Candidate, sentence: readonly Candidate[]): boolean {
  // (The phrases are read only when a twin is there: most claims have none, and the cue pattern is costly.)
  if (!sentence.some((o) => isTwin(o, c))) return false;
  // "42%, 57%, 62% and 42%, 53% higher … on A, B, C, D, E": one value twice in a list is two settings' results.
  if (sentence.some((o) => isTwin(o, c) && listedTogether(ctx, c, o))) return true;
  const own = phraseAfterNumber(ctx, c);
  return namesQuantity(own) &&
    sentence.some((o) => isTwin(o, c) && phraseAfterNumber(ctx, o) !== own && namesQuantity(phraseAfterNumber(ctx, o)));
}

/** "faster rendering speed", "reduction in testing timeline": a metric cue, or a change noun with what it changed. */
const CHANGE_IN = /^(?:[\w-]+\s+)?(?:reductions?|improvements?|increases?|decreases?|gains?|savings?|speed-?ups?)\s+(?:in|of)\s+\w/i;
function namesQuantity(phrase: string): boolean {
  // ("2X more assertions and about 2X higher mutation coverage": a count of its own is a quantity too.)
  return CHANGE_IN.test(phrase) || occurs(METRIC_CUE_PATTERN, phrase) || namesOtherQuantity(phrase.trimStart());
}

/** Claims with one key are one claim (the caller also keeps those that name their own baselines). */
export function restatementKey(ctx: SentenceContext, c: Candidate, sentence: readonly Candidate[]): string {
  const key = `${c.valueLow}|${c.valueHigh}|${c.unit}|${c.metric}`;
  return twinInSentence(ctx, c, sentence) ? `${key}|${c.start}` : key;
}
