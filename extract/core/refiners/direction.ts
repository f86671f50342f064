/**
 * attachDirection: what happened to the metric (spec §2), read from the closest words about the number:
 * 1. a level (absolute claim) moved the good way for its quantity (latency, WER down; throughput, accuracy up),
 *    unless it is the level of a loss ("narrows the accuracy loss to 0.70 pp");
 * 2. the noun phrase after the number, or after the last number of its list: literal words ("higher", "fewer",
 *    "reduction") say it as it is; "improvement", "gain" mean the good way; "degradation", "overhead" the bad way;
 * 3. the verb before the number: "reduces", "cuts" down; "increases" up; "improves" the good way; "incurs" the bad way;
 * 4. otherwise the quantity's good way.
 * The good way is the polarity of the metric's cue ("energy efficiency" up, spec v2) or of the metric itself.
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import type { Direction } from '../types.ts';
import { LOWER_IS_BETTER_METRICS, DECREASE_WORDS, INCREASE_WORDS, METRIC_CUE_PATTERN, occurs, type Polarity } from '../lexicon/index.ts';
import { before, changedTo, lastWords, leadIn, ownBefore, signOf } from './clauses.ts';
import { phraseAfterNumber } from './metric-phrase.ts';
import { bareList, listOf } from './lists.ts';
import { matchesOf } from '../matches.ts';

type Way = 'up' | 'down' | 'good' | 'bad';

const UP_WORDS = /\b(?:higher|more|greater|larger|bigger|longer|costlier|increas(?:e|es|ed|ing)|grows?|rises?|raises?|additional|extra)\b/i;
const DOWN_WORDS = /\b(?:lower|less|fewer|smaller|cheaper|shorter|reductions?|reduced|savings?|saved|drops?|loss(?:es)?|declines?|decreas(?:e|es|ed|ing)|cuts?|lowered)\b/i;
// ("179G FLOPs (63.4x efficient)": as efficient as that many times the other.)
const GOOD_WORDS = /\b(?:improvements?|improved|gains?|boosts?|better|faster|speed[-\s]?ups?|accelerations?|enhancements?|efficient)\b/i;
const BAD_WORDS = /\b(?:degradations?|degraded|overheads?|penalt(?:y|ies)|regressions?|slowdowns?|slower|worse|increase\s+in\s+(?:latency|error|perplexity))\b/i;

const CHANGE_NOUN_OF = /\b(?:speed-?ups?|reductions?|improvements?|gains?|increases?|decreases?|savings?|drops?|accelerations?|boosts?)\s+of\s*$/i;
const LOSS_AFTER = /^\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:loss(?:es)?|degradations?|drops?|gaps?)\b/i;
const CHANGE_IN = /\b(?:reductions?|savings?|cuts?|decreases?|drops?|improvements?|increases?|gains?)\s+(?:in|of)\b/i;

/** The phrase words as global patterns, made once (a `new RegExp` per call was ~2% of extraction). */
const PHRASE_WAYS = ([['up', UP_WORDS], ['down', DOWN_WORDS], ['good', GOOD_WORDS], ['bad', BAD_WORDS]] as const)
  .map(([way, re]) => [way, new RegExp(re.source, 'gi')] as const);

/** The way the words of a phrase say, the last-placed word deciding ("lower latency", "accuracy degradation"). */
function wayOfPhrase(text: string): Way | undefined {
  // "a 95% reduction in coordination overhead": a change noun before "in"/"of" says the way of what follows it.
  const governing = CHANGE_IN.exec(text);
  // ("a 54.14% reduction in accuracy loss": less of a loss is the good way.)
  if (governing && /^(?:reduc|sav|cut|decreas|drop)/i.test(governing[0]) && LOSS_AFTER.test(text.slice(governing.index + governing[0].length))) return 'good';
  const phrase = governing ? text.slice(0, governing.index + governing[0].length) : text;
  let best: { way: Way; at: number } | undefined;
  let change: { way: Way; at: number } | undefined;
  for (const [way, m] of PHRASE_WAYS) {
    for (const hit of matchesOf(m, phrase)) {
      if (!best || hit.index > best.at) best = { way, at: hit.index };
      if ((way === 'up' || way === 'down') && (!change || hit.index > change.at)) change = { way, at: hit.index };
    }
  }
  // "27% lower memory overhead": an overhead named after a comparative is the quantity, the comparative its way.
  if (best?.way === 'bad' && change && /^overheads?/i.test(phrase.slice(best.at))) return change.way;
  return best?.way;
}

const DOWN_VERB = /\b(?:reduc\w+|suppress\w*|lower(?:s|ed|ing)|cuts?|cutting|decreas\w+|shrink\w*|sav(?:e|es|ed|ing)|minimi[sz]\w+|eliminat\w+|narrow\w*|halv\w+|trim\w*|slash\w*|shorten\w*|compress(?:es|ed|ing)?|drops?|dropp\w*|falls?|fell|declin\w*|plummet\w*|shrank)\s/gi;
const UP_VERB = /\b(?:(?:increas|rais|doubl|maximi[sz]|grow|expand|extend|lift|elevat|push)\w*|(?<!-)add(?:s|ed|ing)?)\s/gi;
const GOOD_VERB = /\b(?:(?:improv|enhanc|boost|accelerat|speed\w*\s+up|outperform|surpass|exceed|beat)\w*|gain(?:s|ed|ing)?)\s/gi;
// ("regresses nDCG by": the verb forms only, so "improves logistic regression by 3%" stays good.)
const BAD_VERB = /\b(?:(?:incurr?|introduc|los(?:e|t|ing)|adds?\s+(?:an?\s+)?(?:extra\s+|additional\s+)?(?:overhead|latency|cost)|degrad|sacrific)\w*|regress(?:es|ed|ing)?|hurt(?:s|ing)?)\s/gi;

/** The way of the last verb before the number in its clause ("reduces P99 latency by", "incurring"). */
function wayOfVerb(text: string): Way | undefined {
  let best: { way: Way; at: number } | undefined;
  for (const [way, re] of [['down', DOWN_VERB], ['up', UP_VERB], ['good', GOOD_VERB], ['bad', BAD_VERB]] as const) {
    for (const hit of matchesOf(re, text)) if (!best || hit.index > best.at) best = { way, at: hit.index };
  }
  return best?.way;
}

/** Which way the claim's quantity improves. Undefined for an 'other' quantity of unknown polarity. */
function goodWay(c: Candidate): Polarity | undefined {
  if (c.polarity) return c.polarity;
  const metric = c.metric ?? 'other';
  if (metric === 'other') return undefined;
  return LOWER_IS_BETTER_METRICS.has(metric) ? 'down' : 'up';
}

function resolve(way: Way, good: Polarity | undefined): Direction {
  if (way === 'up') return 'increase';
  if (way === 'down') return 'decrease';
  const improves = way === 'good';
  return (good === 'down') === improves ? 'decrease' : 'increase';
}

const LOSS_LEVEL = /\b(?:loss|gap|drop|degradation|error|overhead)\b/i;

const TIME_CUT = /\b(?:times?|durations?|wall-?clock|runtimes?|run-?times?)\b/i;

/** 'other' with no cue of its own: the direction of its verb ("reduces bubbles by 6.29x"). */
function verbDirection(text: string): Direction {
  let down = -1;
  let up = -1;
  for (const m of matchesOf(DECREASE_WORDS, text)) down = m.index;
  for (const m of matchesOf(INCREASE_WORDS, text)) up = m.index;
  return down > up ? 'decrease' : 'increase';
}

/** "up to 10× speedup (median 2.6×)": a summary in parentheses right after a claim goes the claim's way. */
const SUMMARY_ASIDE = /^[^()]{0,24}\(\s*(?:median|mean|average|avg\.?|geo-?mean|geometric\s+mean|on\s+average)?[\s:=]*$/i;

export function attachDirection(ctx: SentenceContext): Candidate[] {
  const out = directions(ctx);
  for (let i = 1; i < out.length; i++) {
    const [prev, c] = [out[i - 1], out[i]];
    if (prev.metric === c.metric && prev.comparison === c.comparison && SUMMARY_ASIDE.test(ctx.abstract.slice(prev.end, c.start))) {
      out[i] = withFields(c, { direction: prev.direction });
    }
  }
  return out;
}

/** Right after a multiplier: "the token budget", "that of X" (not "the speedup", which says no amount of its own). */
const TIMES_THE = /^\s+(?:the\s+(?!speed|accelerat|improvement|reduction|gain)\w|that\s+of\b|those\s+of\b)/i;

const VERB_NUMBER = /^(?:doubl|tripl|quadrupl|halv)\w*/i;

/** A verb that states a result without saying which way ("enables", "achieves"). */
const NEUTRAL_VERB = /\b(?:enabl|achiev|deliver|provid|yield|offer|attain|obtain|demonstrat|sustain)\w*\b/i;
/** From the previous claim's end up to the first "and" or comma before this claim. */
const PREVIOUS_CLAIMS_WORDS = /^[^;,]*?(?:,|(?<![\w-])and(?![\w-]))/i;

function directions(ctx: SentenceContext): Candidate[] {
  const lists = listOf(ctx);
  return ctx.candidates.map((c, i) => {
    const good = goodWay(c);
    const list = lists[i];
    const first = ctx.candidates[list[0]];
    const last = ctx.candidates[list[list.length - 1]];
    // The words before the claim's span: its own qualifier ("more than", "less than") says nothing of the direction.
    const own = ownBefore(ctx, first).slice(0, Math.max(0, ownBefore(ctx, first).length - (first.numStart - first.start)));
    const lead = leadIn(ctx, first);
    const leadWords = lastWords(lead.slice(0, Math.max(0, lead.length - (first.numStart - first.start))), 3);
    let direction: Direction;
    // "0.8× the time", "0.5x the memory": a multiplier below 1 says the quantity went down, whatever the words.
    if (c.unit === 'x' && c.valueHigh < 1) return withFields(c, { direction: 'decrease' as const });
    // "at ~3× the token budget", "2x the memory of X": N times as much, whatever words came before ("fewer parameters at").
    // (Not "halves the cost", a verb; not "1/8x the cost", a fraction.)
    if (c.unit === 'x' && c.valueLow > 1 && TIMES_THE.test(ctx.abstract.slice(c.end, c.end + 16)) &&
      !/halv/i.test(ctx.abstract.slice(c.start, c.end)) && ctx.abstract[c.start - 1] !== '/') {
      return withFields(c, { direction: 'increase' as const });
    }
    // "more than doubled sustained throughput", "halves the latency": a number that is a verb says its own way.
    const spelled = VERB_NUMBER.exec(ctx.abstract.slice(c.numStart, c.end));
    if (spelled) return withFields(c, { direction: /^halv/i.test(spelled[0]) ? 'decrease' as const : 'increase' as const });
    // "+71% in memory", "+2.8% for Llama": a plus sign says the quantity went up; "-15% p99", "−98%": a minus, down.
    const sign = c.comparison === 'relative' ? signOf(ctx, c) : undefined;
    if (sign) return withFields(c, { direction: sign === '+' ? 'increase' as const : 'decrease' as const });
    if (c.comparison === 'absolute') {
      const phrase = phraseAfterNumber(ctx, c);
      // "reducing the success rate of replay attacks to just 9.4%": the level of a quantity brought down.
      // ("… performance degradation while maintaining precision (91.3%)": not a loss past the verb of its own.)
      const near = lastWords(own, 6).split(/\b(?:while|whilst|but|maintain\w*|keep\w*|preserv\w*|retain\w*)\b/).at(-1) ?? '';
      direction = LOSS_LEVEL.test(near + ' ' + phrase) || good === 'down' || changedTo(own) === 'down' ? 'decrease' : 'increase';
    } else {
      const phrase = phraseAfterNumber(ctx, c) ||
        (last !== c && bareList(ctx, list, i) ? phraseAfterNumber(ctx, last) : '');
      // "reducing KL by at least 10% at 3 bits and by 29% at 2 bits": the verb may stand before an earlier claim.
      // "eliminates up to 90% of optimizer state memory overhead": after "of" comes what the verb acted on, not a way.
      // "from 54.6× to 96.6× compressed storage size and from 2.1× to 2.4× rendering speed": the words before "and" still
      // describe the previous claim; only the verbs after it, or before the previous claim, are this one's.
      // Not when the claim names no quantity of its own ("a 69.6% reduction in failures for A and 56.7% for B").
      // (Only when the clause reaches back to the previous claim: after "(ii) … loss, and (iii) improves latency and
      // search overheads by" the words before "and" are this claim's own verb and object.)
      const clause = before(ctx, first);
      const prevClaim = list[0] > 0 ? ctx.candidates[list[0] - 1] : undefined;
      const rest = prevClaim && clause.length >= first.numStart - prevClaim.end ? own.replace(PREVIOUS_CLAIMS_WORDS, '') : own;
      const ownVerbs = list[0] > 0 && occurs(METRIC_CUE_PATTERN, rest + ' ' + phrase) ? rest : own;
      const verbs = clause.slice(0, clause.length - own.length) + ownVerbs;
      // "reduces the KV cache by 4.4x, and enables up to 2.37x throughput": a verb of its own that says no way ends the
      // search; the quantity's good way decides.
      const ownVerb = ownVerbs !== own && NEUTRAL_VERB.test(ownVerbs);
      // ("the complexity is reduced to O(N), achieving a speedup of approximately 46 times": the change noun right before
      // the number is its own, not the clause's earlier verb.)
      const nounOf = CHANGE_NOUN_OF.test(leadWords) ? wayOfPhrase(leadWords) : undefined;
      const way = (/^of\b/i.test(phrase) ? undefined : wayOfPhrase(phrase)) ?? nounOf ?? wayOfVerb(ownVerbs) ?? wayOfPhrase(leadWords) ??
        (ownVerb ? undefined : wayOfVerb(verbs));
      if (way) direction = resolve(way, good);
      else if (good) direction = good === 'down' ? 'decrease' : 'increase';
      else direction = verbDirection(before(ctx, c, true));
      // "a 40x decrease in wall-clock time", "reduce the decomposition time (by 250x": a speed read from a time cut is
      // faster (it was charted as a 40x slowdown), unless the words say slower.
      const around = c.metric === 'speed' && direction === 'decrease' ? `${lastWords(ownVerbs, 6)} ${phrase.slice(0, 60)}` : '';
      if (TIME_CUT.test(around) && !/\bslow/i.test(around)) direction = 'increase';
    }
    return withFields(c, { direction });
  });
}
