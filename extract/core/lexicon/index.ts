/**
 * The lexicons (JSON data beside this file) compiled once into regular expressions.
 * Every pattern is a plain alternation of words: no nested quantifiers, so matching stays linear.
 */
import hardwareData from './hardware.json' with { type: 'json' };
import metricData from './metrics.json' with { type: 'json' };
import baselineData from './baselines.json' with { type: 'json' };
import qualifierData from './qualifiers.json' with { type: 'json' };
import topicData from './topics.json' with { type: 'json' };
import modelData from './models.json' with { type: 'json' };
import measureData from './measures.json' with { type: 'json' };
import type { Metric, Qualifier, Topic } from '../types.ts';
import { keywordScan } from './first-letter.ts';

/** Whether a (global, sticky-state) lexicon pattern occurs in `text`, leaving the pattern as it was. */
export function occurs(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

const alt = (list: readonly string[]) => list.map((s) => `(?:${s})`).join('|');
/**
 * Word-bounded alternation. \b at the start (not a lookbehind) keeps V8's fast scan for the first character;
 * a lookahead at the end lets patterns end with symbols ("MoE++").
 */
const words = (list: readonly string[], flags = 'gi') => new RegExp(`\\b(?:${alt(list)})(?![\\w])`, flags);

/** One pass finds every device (hardwareAt says which). */
export const HARDWARE_NAMES = hardwareData.devices.map((d) => d.name);
/**
 * Starts at a word boundary so V8 can scan for first characters fast; a count glued to its device ("8xA100") is found
 * by GLUED_COUNT and HARDWARE_AT (sticky) instead of a lookbehind, which would cost every position of every text.
 * "8 A100s", "two RTX 4090s": a plural 's' right after a part number belongs to the mention.
 */
const HARDWARE = keywordScan(hardwareData.devices.map((d) => d.patterns), '(?:(?<=\\d)s)?(?![\\w])');
export const HARDWARE_PATTERN = HARDWARE.pattern;
export const HARDWARE_AT = HARDWARE.at;
/** The device (index into HARDWARE_NAMES) a match of HARDWARE_PATTERN or HARDWARE_AT at `index` is. */
export const hardwareAt = (text: string, index: number): number => HARDWARE.ownerAt(text, index);
export const GLUED_COUNT = /\d[x×](?=[A-Za-z])/gi;

/** Which way a measured quantity improves: 'down' for perplexity or latency, 'up' for energy efficiency or accuracy. */
export type Polarity = 'up' | 'down';

/**
 * A metric cue entry: the metric it names, whether it gives way to a specific cue, and the polarity of its quantity
 * when that differs from the metric's own ("energy efficiency" improves upwards, "perplexity" downwards).
 */
export interface MetricCue { metric: Metric; weak: boolean; polarity?: Polarity }
export const METRIC_CUES: readonly MetricCue[] = metricData.cues.map((c) => {
  const polarity = 'lowerIsBetter' in c && c.lowerIsBetter ? 'down' : 'higherIsBetter' in c && c.higherIsBetter ? 'up' : undefined;
  return { metric: c.metric as Metric, weak: 'weak' in c && c.weak === true, ...(polarity ? { polarity } : {}) } as MetricCue;
});
/** All metric cues in one pass, grouped by first letter (~25% faster than the cues one after another). */
const METRIC_CUE = keywordScan(metricData.cues.map((c) => c.patterns), '(?![\\w])');
export const METRIC_CUE_PATTERN = METRIC_CUE.pattern;
/** The cue (index into METRIC_CUES) a match of METRIC_CUE_PATTERN at `index` is. */
export const metricCueAt = (text: string, index: number): number => METRIC_CUE.ownerAt(text, index);
export const METRIC_IGNORE = words(metricData.ignore);
export const LOWER_IS_BETTER_METRICS = new Set<Metric>(metricData.lowerIsBetter as Metric[]);
export const DECREASE_WORDS = words(metricData.decreaseWords);
export const INCREASE_WORDS = words(metricData.increaseWords);
export const RELATIVE_WORDS = words(metricData.relativeWords, 'i');
export const ABSOLUTE_ACCURACY_WORDS = words(metricData.absoluteAccuracyWords, 'i');

export const BASELINE_TRIGGER = words(baselineData.triggers);
export const NAMED_LIST_INTRODUCER = new RegExp(`^\\s*,?\\s*\\(?\\s*(?:${alt(baselineData.namedListIntroducers)})\\s+`, 'i');
export const BASELINE_LEADING_DROP = new RegExp(`^(?:(?:${alt(baselineData.leadingWordsToDrop)})\\s+)+`, 'i');
/** "in a standard LoRA setting": the baseline is the standard LoRA, not its setting. */
export const BASELINE_TRAILING_DROP = new RegExp(`\\s+(?:${alt(baselineData.trailingWordsToDrop)})$`, 'i');
export const BASELINE_STOP_WORDS = new Set(baselineData.stopWords.map((w) => w.toLowerCase()));
/** Participles that end a baseline phrase after its head ("the FP16 model deployed on two GPUs"), not before it ("deployed baselines"). */
export const BASELINE_POST_MODIFIER_STOPS = new Set(baselineData.postModifierStops.map((w) => w.toLowerCase()));
export const NOT_BASELINES = new Set(baselineData.notBaselines.map((w) => w.toLowerCase()));
export const BASELINE_MAX_WORDS = baselineData.maxWords;
/** A generic head noun ("baselines", "systems", "kernels"): after it, names are the baselines themselves. */
export const GENERIC_HEAD = new RegExp(`^(?:${alt(baselineData.genericHeads)})$`, 'i');
/** "the parameters", "figures": a phrase headed by a count or measure names no baseline. */
/** "the uncompressed baseline accuracy": what was measured, after the thing compared against. */
export const MEASURED_NOUN = new RegExp(`^(?:${alt(baselineData.measuredNouns)})$`, 'i');
export const MEASURE_HEAD = new RegExp(`^(?:${alt(baselineData.measureHeads)})$`, 'i');
/** "state-of-the-art MoE OLMoE-1B-7B": praise and a kind before a model's name. */
export const EVALUATIVE_LEAD = new RegExp(`^(?:${alt(baselineData.evaluativeLeads)})$`, 'i');

/**
 * Any qualifier phrase with its trailing space, optional: for patterns that look past "up to", "more than",
 * "~" … to the word before ("by up to 4x", "reach about 80%").
 */
/** "about", "roughly", "~": the approximating qualifiers alone, for patterns that read past one before a number. */
export const APPROX_QUALIFIER = `(?:${alt(qualifierData.before.approx)})`;
export const ANY_QUALIFIER = `(?:(?:${alt(Object.values(qualifierData.before).flat())})\\s*)?(?:(?:just|only|a\\s+mere)\\s+)?`;

export const QUALIFIERS_BEFORE = (Object.entries(qualifierData.before) as [Qualifier, string[]][]).map(
  ([qualifier, list]) => ({
    qualifier,
    // Anchored at the number: the qualifier, an optional bridge ("a 2x speedup of"), then only spaces.
    // A closing "$" of inline LaTeX may stand between: "$\\sim$2x".
    pattern: new RegExp(`(?<![\\w])(?:${alt(list)})${qualifierData.bridge}\\s*\\$?\\s*$`, 'i'),
  }),
);
export const QUALIFIERS_AFTER = (Object.entries(qualifierData.after) as [Qualifier, string[]][]).map(
  ([qualifier, list]) => ({ qualifier, pattern: new RegExp(`^(?:${alt(list)})(?![\\w])`, 'i') }),
);

export const TOPIC_TITLE_WEIGHT = topicData.titleWeight;
export const TOPIC_MIN_SCORE = topicData.minScore;
export const DECISIVE_TITLE_TOPICS = topicData.decisive.map((t) => ({ topic: t.topic as Topic, pattern: words(t.keywords, 'i') }));
export const TOPIC_NAMES = topicData.topics.map((t) => t.topic as Topic);
/** One pass scores every topic. */
const TOPIC = keywordScan(topicData.topics.map((t) => t.keywords), '(?![\\w])');
export const TOPIC_PATTERN = TOPIC.pattern;
/** The topic (index into TOPIC_NAMES) a match of TOPIC_PATTERN at `index` is. */
export const topicAt = (text: string, index: number): number => TOPIC.ownerAt(text, index);

export const MODEL_PATTERN = new RegExp(`(?<![\\w-])(?:${alt(modelData.families)})(?![\\w])`, 'g');

/** Absolute measures by unit (findMeasures): group k+3 of the finder's pattern is a spelling of MEASURES[k]. */
export const MEASURES = measureData.units.map((u) => ({
  unit: u.unit, metric: u.metric as Metric, pattern: u.pattern, polarity: ('polarity' in u ? u.polarity : undefined) as Polarity | undefined,
  /** The unit is always written `unit` ("GPU hours", "H100 GPU-hours" → GPU-hours), not as the text spells it. */
  named: 'named' in u && u.named === true,
}));
export const MONEY_PATTERN = new RegExp(measureData.money, 'g');
/** Named unitless scores: accuracy-like ones and errors (lower is better), as one alternation each. */
export const HIGHER_SCORE_SOURCE = alt(measureData.scores.higher);
export const LOWER_SCORE_SOURCE = alt(measureData.scores.lower);
