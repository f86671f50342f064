/**
 * dropUncued: a percentage or a weakly spelled number ("5 times", "3 days", "2 points", "24 GB") is a claim only next
 * to a result cue, or when coordinated with one that is. The cues, by kind of number:
 * - any: a change stated "from A to B" (B is the level reached), a metric named in the phrase right after the number
 *   ("<0.1 ms scheduling overhead", "3.5 GB peak RAM usage");
 * - a percentage: a metric, relative or accuracy word in the words around it, a sign ("+2.8%"), a result verb
 *   ("achieves", "maintains") or a change noun ("an increase of") before it;
 * - a multiplier spelled "times": "by", a comparative after, "compared to" after, a change noun before;
 * - a time or measure: "in", "within", "takes", "requires", "to" … before it, or latency named next to it.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import { ANY_QUALIFIER, METRIC_CUE_PATTERN, RELATIVE_WORDS, ABSOLUTE_ACCURACY_WORDS, occurs } from '../lexicon/index.ts';
import { before, after, benchmarkAfter, scoreOnNamed, between, levelAfterName, SOLVED_SHARE_BEFORE, changedTo, endsParenChange, throughAbbreviation, firstWords, lastWords, leadIn, pastNote, versusNumberAfter, COMPARATIVE_AFTER } from './clauses.ts';
import { isCoordinated } from './coordination.ts';
import { phraseAfterNumber } from './metric-phrase.ts';
import { isGap } from './gaps.ts';

const RESULT_BEFORE_MEASURE = new RegExp(`\\b(?:in|within|to|under|takes?|took|requires?|requiring|needs?|uses?|using|consum\\w*|only|just|of|at|achieves?|achieving|reach(?:es|ing)?|sustain\\w*|deliver\\w*|provid\\w*|attain\\w*|sav(?:e|es|ed|ing)|cut\\w*|reduc\\w*|latency|time|peak)\\s+(?:(?:a|an)\\s+(?:new\\s+)?(?:record|mere)\\s+)?${ANY_QUALIFIER}$`, 'i');
const BY_BEFORE = new RegExp(`\\bby\\s+${ANY_QUALIFIER}(?:a\\s+factor\\s+of\\s+|an?\\s+)?$`, 'i');
// ("could achieve competitive 65.8% MOTA", "sets a new SOTA of 76.7% on AndroidWorld": praise or a record before the level.)
const RESULT_VERB_BEFORE = new RegExp(`(?:\\b(?:reach|achiev|attain|obtain|yield|scor|demonstrat|maintain|deliver|show|report|retain|preserv|sustain|record)\\w*\\s+(?:an?\\s+)?(?:(?:competitive|remarkable|impressive|strong|high|state-of-the-art|SOTA)\\s+)?|\\bset\\w*\\s+(?:an?\\s+)?new\\s+(?:SOTA|state[-\\s]of[-\\s]the[-\\s]art|record|best)(?:\\s+[\\w-]+)?\\s+(?:of|at|with)\\s+)${ANY_QUALIFIER}$`, 'i');
/** "CLASI achieves VIP of 81.3%", "reaches an nDCG@10 of 54%": a result verb, then a measure named in capitals, then "of". */
const NAMED_MEASURE_BEFORE = new RegExp(`\\b(?:reach|achiev|attain|obtain)\\w*\\s+(?:an?\\s+)?(?:[\\w@-]+\\s+){0,2}?[A-Z][\\w@-]*\\s+of\\s+${ANY_QUALIFIER}$`);
// ("a cost reduction exceeding 50-fold": a bound on its size in place of "of".)
const CHANGE_NOUN_BEFORE = new RegExp(`\\b(?:increases?|improvements?|speed-?ups?|reductions?|gains?|boosts?|accelerations?|decreases?|savings?|drops?|degradations?|loss(?:es)?|gaps?|overheads?|margins?|enhancements?|leads?|advantages?)\\s+(?:(?:of|by)\\s+|(?=(?:exceeding|surpassing|beyond|upwards\\s+of|in\\s+excess\\s+of)\\s))${ANY_QUALIFIER}$`, 'i');
/** "achieves a pass ratio of 70.13%", "attains an end-to-end success ratio of 81%": a level named in lower case, then "of". */
const LEVEL_OF_BEFORE = new RegExp(`\\b(?:reach|achiev|attain|obtain)\\w*\\s+(?:an?|the)\\s+(?:[a-z][\\w-]*\\s+){1,3}?of\\s+${ANY_QUALIFIER}$`);
/** "compress the gigapixel images to 36 times on average": a compression verb, its object, then "to"/"by" the multiple. */
const COMPRESSED_TO = new RegExp(`\\bcompress(?:es|ed|ing)?\\s+[^,;()]{0,60}?\\s(?:to|by)\\s+${ANY_QUALIFIER}$`, 'i');
/** "outperforming the state-of-the-art method Eagle3 up to 36.4%": the margin over what is beaten, "by" left out. */
const MARGIN_OVER_NAMED = new RegExp(`\\b(?:outperform|surpass|beat|exceed)\\w*\\s+[^,;()]{1,60}?\\s(?:by\\s+)?(?:up\\s+to|as\\s+much\\s+as|over|nearly|about)\\s+$`, 'i');
const POINTS_CUE = new RegExp(`\\b(?:by|of|gains?|improvements?|increases?|drops?)\\s+(?:an?\\s+)?${ANY_QUALIFIER}$`, 'i');
/** "from 3 days to", "from 44%, 46%, and 51% to", "from 10.2% to 20.0%, 21.3% to": the level a change reached. */
const FROM_TO = /(?:\bfrom\s+(?:[^,;()\s]{1,12}\s*,\s*)*(?:and\s+)?\S{1,24}|\bfrom\s+\S{1,24}\s+to\s+\S{1,24}\s*,\s*(?:and\s+)?\S{1,24}|\bfrom\s+(?:an?\s+|the\s+)?\S{1,24}(?:\s+\([^()]{0,30}\)|(?:\s+[\w-]+){1,4}))\s+to\s+(?:just\s+|only\s+|under\s+|below\s+|as\s+(?:little|low|few|small)\s+as\s+)?$|(?:→|->)\s*$/i;
/**
 * A comma gap inside a list, with at most a short "in TrivialQA" after the previous value, perhaps with a note on it
 * ("on LiveCodeBench-v6 (2024.08-2025.05), "), or naming its measure first ("93.03% accuracy on DeepSeek V2 Lite, ").
 */
export const LIST_COMMA = /^(?:(?:\s+[\w-]+){0,2}?\s+(?:in|on|for)\s+[^,;()]{1,40})?(?:\s*\([^()]{0,40}\))?\s*,\s*$/i;
/** "61.11 percent, with 77.7 percent on simple tasks": a level broken down by setting (BREAKDOWN_SETTING after it). */
export const BREAKDOWN_GAP = /^(?:\s+[\w-]+){0,2}(?:\s*\([^()]{0,30}\))?\s*,\s*with\s+$/i;
/** A setting named after the previous claim, then ", and" (the next claim repeats the statement for another setting). */
export const SETTING_THEN_AND = /^[^;:.()]{0,100}\b(?:in|on|for|at)\s[^;:.()]{1,60},\s*and\s+$/i;
const BREAKDOWN_SETTING = /^\s*(?:\([^()]{0,30}\)\s*)?(?:on|in|for|at)\s/i;
const COMPARED_AFTER = /^\s*(?:compared|relative|than|over|versus|vs\.?|against)\b/i;
const LATENCY_WORD = /\b(?:latenc|overhead)/i;
/** "3.1 ms encoding", "sub-20 ms inference", "97 ms full multi-layer decoding": a time a named step of the work takes. */
const TIMED_STEP_AFTER = /^\s*(?:(?!of\b|for\b|in\b|to\b)[\w-]+\s+){0,2}?(?:encoding|decoding|inference|prefill(?:ing)?|rendering|response|execution|planning)\b/i;
/** "8.02 ms per case", "0.015s per inference": a time per unit of work is a latency level ("36GB per query" may be anyone's). */
const PER_WORK_AFTER = /^\s*(?:per|\/)\s*(?:case|sample|image|frame|query|token|request|step|iteration|inference|example|video|scan|patient|utterance|sentence|document|prompt)\b/i;

function anyCue(text: string): boolean {
  return [RELATIVE_WORDS, ABSOLUTE_ACCURACY_WORDS, METRIC_CUE_PATTERN].some((re) => occurs(re, text));
}

/** Whether the words right around the number say it is a result. */
export function hasResultCue(ctx: SentenceContext, c: Candidate): boolean {
  const b = before(ctx, c, true);
  const a = after(ctx, c, true);
  if (isGap(ctx, c)) return true;
  // "85.5% vs. 77.0%": a value set against another is a compared result.
  if (versusNumberAfter(ctx, c)) return true;
  const lead60 = ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 60), c.numStart);
  if (FROM_TO.test(lead60) && !/\b(?:rang\w*|var\w*|spann\w*)\s+from\b/i.test(lead60)) return true;
  if (endsParenChange(ctx, c) >= 0 || benchmarkAfter(ctx, c)) return true;
  // "mean Average Precision (mAP) of 98.5%": the metric named before its abbreviation.
  const through = throughAbbreviation(ctx, c);
  if (through !== undefined && anyCue(lastWords(through, 5))) return true;
  // "by 79.2% (up to 100%)": a bound or summary in parentheses right after a claim restates it.
  if (/\(\s*(?:up\s+to|max(?:imum)?|peak|median|mean|average|avg\.?|at\s+most|over)\s*$/i.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 30), c.numStart)) && ctx.candidates.some((o) => o.end <= c.start && /^\s*\(\s*[a-z.\s]*$/i.test(ctx.abstract.slice(o.end, c.start)))) return true;
  if (occurs(METRIC_CUE_PATTERN, phraseAfterNumber(ctx, c))) return true;
  // "PSNR improvements of +4.58 dB": a change noun before a measure, its sign aside.
  if (c.kind === 'absolute') return RESULT_BEFORE_MEASURE.test(b) || ((c.unitMetric === 'latency' || c.unitMetric === 'training_time') && (PER_WORK_AFTER.test(a) || TIMED_STEP_AFTER.test(a))) || LATENCY_WORD.test(lastWords(b, 4) + firstWords(a, 3)) ||
    // "in millisecond-level latency (14ms and 5ms, respectively)": the measure named before the parenthesis.
    LATENCY_WORD.test(lastWords(leadIn(ctx, c), 3)) || CHANGE_NOUN_BEFORE.test(b.replace(/[+]\s*$/, ''));
  if (c.kind === 'points') return POINTS_CUE.test(b) || CHANGE_NOUN_BEFORE.test(b) || COMPARATIVE_AFTER.test(a) || /^\s*(?:higher|better|over|in\s+\w+)/i.test(a);
  if (c.kind === 'multiplier') {
    // "3.25 times (geomean) speedup": a note in parentheses is no break.
    return BY_BEFORE.test(b) || COMPARATIVE_AFTER.test(pastNote(ctx, c) ?? a) || COMPARED_AFTER.test(a) || CHANGE_NOUN_BEFORE.test(b) ||
      COMPRESSED_TO.test(b);
  }
  if (/^[+−-]/.test(ctx.abstract.slice(c.numStart, c.numEnd))) return true;
  if (MARGIN_OVER_NAMED.test(b) || SOLVED_SHARE_BEFORE.test(b)) return true;
  // ("with 100% success without per-track retraining": the success named right after the number; "5-7% transfer
  // overhead": an overhead, what a method costs.)
  if (/^\s*success\b(?!\s+(?:of|in)\b)/i.test(a) || /^\s*(?:[\w-]+\s+){0,2}?overheads?\b/i.test(a)) return true;
  // "achieves a pass ratio of 70.13%": a result verb, the level's own name, "of".
  if (LEVEL_OF_BEFORE.test(b)) return true;
  if (levelAfterName(ctx, c)) return true;
  if (scoreOnNamed(ctx, c)) return true;
  // "achieve significant speedups, 19% with Deepseek and 24% with GPT-5": the cue just before a comma or colon.
  const lead = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 40), c.start);
  if (/[,:]\s*$/.test(lead) && anyCue(lastWords(lead.replace(/[,:]\s*$/, ''), 2))) return true;
  return anyCue(lastWords(leadIn(ctx, c), 5)) || anyCue(firstWords(a, 4)) || RESULT_VERB_BEFORE.test(b) || NAMED_MEASURE_BEFORE.test(b) ||
    CHANGE_NOUN_BEFORE.test(b) || changedTo(b) !== undefined;
}

/** Percentages and weakly spelled numbers stay only with a result cue nearby. */
export function lacksCue(ctx: SentenceContext, c: Candidate): boolean {
  return (c.needsCue === true || c.kind === 'percent') && !hasResultCue(ctx, c);
}

export function dropUncued(ctx: SentenceContext): Candidate[] {
  const cs = ctx.candidates;
  const cued = cs.map((c) => !lacksCue(ctx, c));
  // "a 21.20% and 22.46% improvement": a number joined to a cued neighbour, before or after it, is cued too.
  for (let i = cs.length - 2; i >= 0; i--) if (!cued[i] && cued[i + 1] && isCoordinated(ctx, cs[i], cs[i + 1])) cued[i] = true;
  // "by roughly 11%, 8%, and 5%", "24.77% in code generation, 12.04% in TrivialQA, and 20.29% in SQuAD": the middle of
  // a comma list whose ends are cued.
  for (let i = 1; i < cs.length - 1; i++) {
    if (!cued[i] && cued[i - 1] && cs[i - 1].kind === cs[i].kind && cs[i + 1].kind === cs[i].kind &&
      LIST_COMMA.test(between(ctx, cs[i - 1], cs[i])) &&
      (isCoordinated(ctx, cs[i], cs[i + 1]) || LIST_COMMA.test(between(ctx, cs[i], cs[i + 1])))) cued[i] = true;
  }
  // "an average success rate of 61.11 percent, with 77.7 percent on simple tasks and …": a level broken down by setting.
  for (let i = 1; i < cs.length; i++) {
    if (!cued[i] && cued[i - 1] && cs[i - 1].kind === cs[i].kind && BREAKDOWN_GAP.test(between(ctx, cs[i - 1], cs[i])) &&
      BREAKDOWN_SETTING.test(ctx.abstract.slice(cs[i].end, cs[i].end + 40))) cued[i] = true;
  }
  // "21.9% and 20.3% improvement for Track 1 and Track 2 in the Development Phase, and 9.1% and 15.9% in the Final
  // Phase": the same statement again for another setting, its noun left out.
  for (let i = 1; i < cs.length; i++) {
    if (cued[i] || !cued[i - 1] || cs[i - 1].kind !== cs[i].kind || !SETTING_THEN_AND.test(between(ctx, cs[i - 1], cs[i]))) continue;
    let last = i;
    while (last + 1 < cs.length && isCoordinated(ctx, cs[last], cs[last + 1])) last++;
    if (BREAKDOWN_SETTING.test(ctx.abstract.slice(cs[last].end, cs[last].end + 40))) cued[i] = true;
  }
  const kept: Candidate[] = [];
  cs.forEach((c, i) => {
    const prev = kept[kept.length - 1];
    if (cued[i] || (prev && isCoordinated(ctx, prev, c))) kept.push(c);
  });
  return kept;
}
