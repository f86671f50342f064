/**
 * The metric a claim gets when no cue names it (for attachMetric): a time by its clause, the abstract's performance
 * indicator for a bare multiplier, 'other' for a quantity no metric lists ("24.1% more rewrites", "a 60% reduction in
 * development time", what the claim's own verb changes), else accuracy for a percentage.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import type { Metric } from '../types.ts';
import { ANY_QUALIFIER, DECREASE_WORDS, GENERIC_HEAD, METRIC_CUE_PATTERN, occurs } from '../lexicon/index.ts';
import { after, before } from './clauses.ts';
import { comparesWithSoftware } from './software-baseline.ts';
import { headHit, metricHits, phraseAfter, phraseAfterNumber } from './metric-phrase.ts';

const TRAINING_WORDS = /\b(?:train\w*|epochs?|converge\w*|(?:fine-?)?tun(?:e|es|ed|ing)|pre-?train\w*)\b/i;
const SERVING_WORDS = /\b(?:complet(?:es?|ed|ing)|compil\w*|predictions?|generat\w*|render\w*|inference|decod\w*|respon\w*|process\w*|serv\w*|overheads?|per\s+(?:token|image|frame|query|request|call|transaction|instance|sample|test|attempt)|first\s+(?:token|frame)|edits?|pipelines?|forward\s+pass(?:es)?|end-to-end)\b/i;

/** A time is training time when the clause is about training, latency when about answering, else training time. */
export function timeMetric(ctx: SentenceContext, c: Candidate): Metric {
  const clause = before(ctx, c) + ' ' + after(ctx, c);
  if (c.unitMetric === 'latency') return 'latency';
  // "1.206 s latency at 68.65 mJ for sleep staging over 30-second epochs": the time's own noun beats the clause.
  const named = headHit(metricHits(phraseAfter(ctx.abstract.slice(c.end, ctx.sentence.end))));
  if (named?.metric === 'latency' || named?.metric === 'training_time') return named.metric;
  if (TRAINING_WORDS.test(clause)) return 'training_time';
  if (SERVING_WORDS.test(clause) || metricHits(clause).some((h) => h.metric === 'latency')) return 'latency';
  return 'training_time';
}

/** The performance indicator an abstract names, for "outperforms X by 2x" with no cue of its own. */
let lastIndicator: { abstract: string; metric: Metric | undefined } | undefined;

function abstractIndicator(abstract: string): Metric | undefined {
  if (lastIndicator?.abstract !== abstract) lastIndicator = { abstract, metric: countIndicator(abstract) };
  return lastIndicator.metric;
}

const THROUGHPUT_NAMED = /\b(?:throughputs?|goodput|tokens?\s*\/\s*s|requests?\s*\/\s*s)\b/gi;
const LATENCY_NAMED = /\b(?:latenc(?:y|ies)|TTFT|TPOT|response\s+times?)\b/gi;

function countIndicator(abstract: string): Metric | undefined {
  const throughput = abstract.match(THROUGHPUT_NAMED)?.length ?? 0;
  const latency = abstract.match(LATENCY_NAMED)?.length ?? 0;
  if (throughput === 0 && latency === 0) return undefined;
  return throughput >= latency ? 'throughput' : 'latency';
}

/** "four times more parallel calls", "2x fewer bugs": a comparative before a noun that is no metric of the list. */
const OTHER_COUNT = /^(?:more|fewer|less|larger|greater|bigger|smaller|longer)\s+(?!(?!likely\b)[a-z]+ly\b|than\b|efficient\b|accurate\b|expensive\b)[a-zA-Z]/;

const REDUCTION_OF = /^(?:reductions?|decreases?|savings?|cuts?|loss(?:es)?|drops?|degradations?)\s+(?:in|of)\s+(?!(?:the\s+)?(?:accuracy|performance|quality)\b)\S/i;

/** A cut in a time is still a time: it keeps the previous claim's metric, or a multiplier's speed (not 'other'). */
const TIME_WORD = /\b(?:times?|timeline|duration|wall-?clock|runtime)\b/i;

/**
 * "24.1% more rewrites", "a 95 percent reduction in coordination overhead": the phrase after the number names a quantity
 * none of the metrics lists.
 */
export function namesOtherQuantity(phrase: string): boolean {
  // ("roughly 8x less wall-clock time": a time is a speed's, not 'other'.)
  return (OTHER_COUNT.test(phrase) || REDUCTION_OF.test(phrase)) && !TIME_WORD.test(phrase);
}

/** "reducing <object> by": a change verb, the thing it changes (not a pronoun, a name or a generic model), "by". */
const OWN_OBJECT = new RegExp(String.raw`\b(?:reduc|decreas|lower|cut|shrink|shorten|trim|slash|suppress|sav(?=e|ing)|increas|rais)\w*\s+(?!(?:it|them|this|that|these|those|its|their)\b)((?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)\s+by\s+${ANY_QUALIFIER}$`);

const IMPROVED_OBJECT = new RegExp(String.raw`\b(?:improv|enhanc|boost)\w*\s+(?!(?:over|upon|on|in|it|them|its|their)\b)((?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)\s+by\s+${ANY_QUALIFIER}$`);

/** The object of the claim's own change verb when no metric cue names it ("average reasoning length"), else undefined. */
export function uncuedObject(own: string): string | undefined {
  const m = OWN_OBJECT.exec(own);
  return m !== null && !GENERIC_HEAD.test(m[1].split(/\s+/).at(-1) ?? '') && !occurs(METRIC_CUE_PATTERN, m[1]) ? m[1] : undefined;
}

/** "compresses the model by 10x", "prunes the network by 5x", "compresses selected activations by 3.5-4.5x". */
// (The verb, not "pruned baselines" or "the compressed instruction extension".)
// ("compress the gigapixel images to 36 times on average": "to" the multiple, too.)
const COMPRESSES = new RegExp(String.raw`\b(?:compress(?:es|ing)?|prun(?:es?|ing)|quantiz(?:es?|ing)|sparsif(?:y|ies|ying))\s+([^,;()]{1,60}?)\s+(?:by|to)\s+${ANY_QUALIFIER}$`, 'i');
/** What is compressed, for objects the metric lexicon does not name ("memory", "communication", "parameters" it does). */
const SIZE_OF: [RegExp, Metric][] = [
  [/\b(?:activations?|caches?|representations?|embeddings?|vectors?|images?|videos?|files?|data|storage)\b/i, 'memory'],
  [/\b(?:gradients?|updates)\b/i, 'communication'],
  [/\b(?:models?|networks?|weights|LLMs?|layers?|size)\b/i, 'parameters'],
  // ("compresses Qwen2.5 by 50%": a model's name. Case-sensitive: under the i flag \p{Lu} matches lower case too.)
  [/\b\p{Lu}[\p{L}-]*\d/u, 'parameters'],
];

/**
 * What a compression verb of the claim's own shrinks, when no metric cue names it: a size (spec §3: model size is
 * parameters, activations and caches memory, gradients communication), else 'other'; never a speed going down.
 */
export function compressedMetric(own: string): Metric | undefined {
  const m = COMPRESSES.exec(own);
  if (m === null || occurs(METRIC_CUE_PATTERN, m[1])) return undefined;
  return SIZE_OF.find(([re]) => re.test(m[1]))?.[1] ?? 'other';
}

const AS_MANY = /^\s+as\s+(?:many|much)\s+[a-z]/i;

/**
 * "a 2x improvement in rigid motion consistency", "a 5.9x improvement in concentration", "8 times better stability",
 * "2-3x higher camera displacement": a multiple of a quantity no cue names is no speed (performance, efficiency and speed
 * no cue names stay the default's).
 */
const OTHER_MULTIPLE = /^(?:(?:improvements?|increases?|gains?|boosts?|enhancements?)\s+(?:in|of)\s+(?!(?:the\s+)?(?:overall\s+)?(?:performance|efficiency|speed)\b)|(?:better|higher|lower)\s+(?!than\b|(?:[\w-]+\s+){0,2}?(?:performance|efficiency|speed|results?)\b)(?=[a-z]))\S/i;

/** Words after a multiple that leave its metric to the default: change nouns, comparatives, steps of the work. */
const DEFAULT_AFTER = [
  'improvements?', 'increases?', 'gains?', 'boosts?', 'enhancements?', 'advantages?', 'efficiency', 'performance', 'overall',
  'average', 'end-to-end', 'e2e', 'reductions?', 'decreases?', 'times?', 'x', 'fold', 'more', 'less', 'fewer', 'higher', 'lower',
  'better', 'worse', 'faster', 'slower', 'larger', 'smaller', 'greater', 'ahead', 'behind', 'speed', 'the', 'a', 'an', 'geo-?mean',
  'mean', 'median', 'prefill\\w*', 'decod\\w*', 'encod\\w*', 'train\\w*', 'inference', 'render\\w*', 'attention', 'generation',
  'serving', 'kernels?', 'compute', 'computation',
];
/**
 * "retain 11.9x amplification", "is 7.95x enriched", "~11-14x magnitude imbalance": a multiple whose own noun names no
 * metric and no change is that noun's, not a speed (a change noun, "efficiency" or "performance" stays the default's).
 */
const NAMED_OTHER_MULTIPLE = new RegExp(`^(?!(?:${DEFAULT_AFTER.join('|')})\\b)[a-z][a-z-]{3,}(?:\\s|$)`);

export function defaultMetric(ctx: SentenceContext, c: Candidate): Metric {
  if (occurs(DECREASE_WORDS, before(ctx, c, true))) return 'other';
  const phrase = phraseAfterNumber(ctx, c).trimStart();
  // "twice as many high-scoring molecules as baselines": a count no metric names.
  if (namesOtherQuantity(phrase) || AS_MANY.test(ctx.abstract.slice(c.end, c.end + 20))) return 'other';
  if (c.kind === 'multiplier') {
    // "improves resistance to feature inversion by 2 to 5 times": a multiple of a quality no cue names is no speed.
    const improved = IMPROVED_OBJECT.exec(before(ctx, c, true));
    // (Not "improving the efficiency by 1.88x": a bare efficiency or performance is the default's.)
    if (improved && !/^(?:the\s+)?(?:overall\s+)?(?:efficiency|performance)$/i.test(improved[1]) &&
      !GENERIC_HEAD.test(improved[1].split(/\s+/).at(-1) ?? '') && !occurs(METRIC_CUE_PATTERN, improved[1])) return 'other';
    // ("a median 16.5x reduction for DPS", of dispersion named before: a speed is never what a reduction cuts.)
    // ("… consumption being up to 3 orders of magnitude less compared to the x86 CPU": nor what is "less".)
    // ("3.6x greater than device effects": a size compared, no speed.)
    const notSpeed = /^(?:reductions?|decreases?|drops?|cuts?|less|lower|fewer|smaller|greater|larger|bigger)\b/i.test(phrase);
    return (OTHER_MULTIPLE.test(phrase) || NAMED_OTHER_MULTIPLE.test(phrase) || notSpeed) && !TIME_WORD.test(phrase) ? 'other' : abstractIndicator(ctx.abstract) ?? 'speed';
  }
  // "a 60% reduction in development time": a percentage's cut in a time no cue names is no accuracy; nor is "40.4% area
  // reduction" (an accuracy loss, factor 0.6, before).
  if (REDUCTION_OF.test(phrase) || /^[a-z][\w-]*\s+(?:reductions?|savings?|decreases?|cuts?)\b/i.test(phrase)) return 'other';
  if (c.kind === 'absolute') return 'other';
  // "answers 40% shorter than GPT-4's": a length no cue names is no accuracy.
  if (/^(?:shorter|longer)\b/i.test(phrase)) return 'other';
  // "outperform cuDNN by up to 3.5%": a percentage over a kernel library or a serving engine is its speed.
  return c.comparison === 'relative' && comparesWithSoftware(ctx) ? 'speed' : 'accuracy';
}
