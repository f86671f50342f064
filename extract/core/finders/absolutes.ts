/**
 * findAbsolutes: levels rather than ratios — FID ("FID of 1.79", "17.86 FID", "FID scores of 1.91/2.43"),
 * rates ("91.07fps", "150 tokens/s"), times ("76 minutes", "1.2 ms") and named scores ("62.2 mAP", "BLEU of 28.4").
 */
import { newCandidate, type Candidate, type Finder } from '../candidate.ts';
import type { Metric } from '../types.ts';
import { ERROR_BAR_SOURCE as PM, NUMBER_SOURCE as N, parseDecimal } from '../numbers.ts';
import { groupSpan, matchesOf } from '../matches.ts';
import { numberMatches, numberPattern } from './number-matches.ts';
import { HIGHER_SCORE_SOURCE, LOWER_SCORE_SOURCE } from '../lexicon/index.ts';

/** FID and its cousins for video (FVD) and kernels (KID): lower is better; FID has a metric of its own (spec §3). */
const NUMBER = new RegExp(N, 'g');
const FID_NAME = String.raw`(FID|FVD|KID)s?`;
// The regexes flagged `d` match rarely (a named score next to its number), so the group spans they give cost little;
// the ones that match in most abstracts (RATE, TIME, SCORE_AFTER) find their offsets by hand (rangeOf).
const FID_BEFORE = new RegExp(
  `(?<![\\w-])${FID_NAME}(?:[-@]?\\d+[kK])?(?![-@\\w])(?:\\s+scores?)?\\s*(?:of|=|\\{=\\}|:|is|was|reaches|to|at)?\\s*(${N}(?:\\s*/\\s*${N})*)(?!\\s*%)`,
  'dg',
);
const FID_AFTER = numberPattern(`(${N})\\s+${FID_NAME}(?![\\w-])`, 'g');
/** "lowers FID from 3.2 to 2.1": the level reached is the second number. */
const FID_FROM_TO = new RegExp(`(?<![\\w-])${FID_NAME}(?:\\s+scores?)?\\s+from\\s+${N}\\s+to\\s+(${N})`, 'dg');

interface RateUnit { unit: string; metric: Metric; pattern: string }
const RATE_UNITS: RateUnit[] = [
  { unit: 'fps', metric: 'throughput', pattern: String.raw`fps|FPS|frames?\s*/\s*s|frames\s+per\s+second` },
  { unit: 'tokens/s', metric: 'throughput', pattern: String.raw`tokens?\s*/\s*s(?:ec)?|tok/s|tokens?\s+per\s+second` },
  { unit: 'requests/s', metric: 'throughput', pattern: String.raw`req(?:uest)?s?\s*/\s*s|requests?\s+per\s+second|QPS` },
  { unit: 'images/s', metric: 'throughput', pattern: String.raw`images?\s*/\s*s|images?\s+per\s+second|samples?\s*/\s*s|samples?\s+per\s+second` },
  { unit: 'TFLOPS', metric: 'throughput', pattern: String.raw`TFLOPS|TFLOP/s` },
];
/** "3.9-8.3 FPS", "30–50 ms": a range written with one unit (not "from 3 to 5 ms", a change). */
const LOW = String.raw`(?:(${N})\s*(?:-|–|—|to|~)\s*)?`;
// ("974 TFLOPS/GPU", "2,400 tokens/s per GPU": a rate per device is the rate.)
const RATE = numberPattern(`${LOW}(${N})\\s?(${RATE_UNITS.map((u) => `(${u.pattern})`).join('|')})(?:(?![\\w/])|(?=\\s*/\\s*(?:GPU|NPU|TPU|chip|device|card|node|accelerator)\\b))`, 'g');

const TIME_UNITS: [RegExp, string][] = [
  [/^(?:ns|nanoseconds?)$/i, 'ns'],
  [/^(?:ms|milliseconds?|msec)$/i, 'ms'], [/^(?:µs|μs|us|microseconds?)$/i, 'μs'],
  [/^(?:s|secs?|seconds?)$/i, 's'], [/^(?:mins?|minutes?)$/i, 'min'],
  [/^(?:h|hrs?|hours?)$/i, 'h'], [/^days?$/i, 'days'],
];
// Case-sensitive: "3S" is a name, not three seconds.
const TIME = numberPattern(
  `${LOW}(${N})\\s?(ms|milliseconds?|msec|µs|μs|microseconds?|ns|nanoseconds?|secs?|seconds?|s|mins?|minutes?|hrs?|hours?|h|days?)(?![\\w/])`,
  'g',
);

/** Low and high of a finder match whose low end is optional; "from A to B" keeps only B (spec §1 v2). */
function rangeOf(text: string, m: RegExpMatchArray, low: string | undefined, high: string): [number, number, number] {
  const h = parseDecimal(high);
  // "150.0 to 136.4 ms" falls from one to the other: a change, not a range.
  const falls = low !== undefined && parseDecimal(low) > h && /\bto\b/i.test(m[0]);
  if (low === undefined || falls || /\bfrom\s*$/i.test(text.slice(Math.max(0, m.index! - 12), m.index))) {
    // Not `d` indices: RATE, TIME and SCORE_AFTER match in most abstracts, and the flag builds indices on every match.
    return [low === undefined ? m.index! : m.index! + m[0].indexOf(high, low.length), h, h];
  }
  const l = parseDecimal(low);
  return [m.index!, Math.min(l, h), Math.max(l, h)];
}

/** Accuracy-like names first, errors second: group 1 or 2 tells which (the lexicon's measures.json `scores`). */
const SCORE_NAMES = `(${HIGHER_SCORE_SOURCE})|(${LOWER_SCORE_SOURCE})`;
/** Not a score when a unit follows: "a precision of 16 bits", "recall of 95%", "F1 of 2x". */
const NO_UNIT_AFTER = String.raw`(?![\d.,]*\s*(?:%|\\%|-?bits?\b|x\b|×|times\b|percent))`;
const SCORE_AFTER = numberPattern(`${LOW}(${N})${PM}\\s?(?:${SCORE_NAMES})(?![\\w-])(?!\\s+thresholds?)`, 'g');
// ("BLEU scores over 23": a bound after the name too; the qualifier refiner reads it inside the span.)
const SCORE_BEFORE = new RegExp(`\\b(?:${SCORE_NAMES})\\)?(?:\\s+(?:scores?|values?|coefficient))?\\s*(?:of|=|:|\\{=\\}|(?=\\s(?:over|above|exceeding)\\s))\\s*(?:(?:over|above|exceeding|up\\s+to)\\s+)?(${N})${NO_UNIT_AFTER}`, 'dg');
/** "improves ROUGE-1 from 41.45 to 62.18", "reduces RMSE from 0.42 to 0.31": the level reached is the second number. */
const SCORE_FROM_TO = new RegExp(`\\b(?:${SCORE_NAMES})(?:\\s+scores?)?\\s+from\\s+${N}\\s+to\\s+(${N})${NO_UNIT_AFTER}`, 'dg');
/** What every "from A to B" pattern here holds: found first with a cheap literal scan (one abstract in twenty has it). */
const FROM_NUMBER = /from\s+\d/;
const ERROR_CHANGE = /^\s*(?:points?\s+)?(?:increases?|degradations?|drops?|loss|gaps?|differences?|rises?|higher|lower)\b/i;
/** A name starts a score unless glued to a word ("sub-F1") or a threshold ("mAP@IoU=0.5", "at IoU=0.5"); checked after
 * the match, as a lookbehind would run at every position of every abstract. */
const startsScore = (text: string, at: number) => !/(?:[\w@-]|\bat\s)$/.test(text.slice(Math.max(0, at - 3), at));
/** An accuracy-like score is accuracy; an error ("RMSE of 0.31") is 'other', lower is better. */
const scoreMetric = (m: RegExpMatchArray, higher: number): Metric => (m[higher] !== undefined ? 'accuracy' : 'other');

/** "accuracy of 0.92", "a score of 7.5 on MT-Bench": a unitless level (spec unit `score`). */
const GENERIC_SCORE = new RegExp(`(?<![\\w-])(?:accuracy|score)\\s+(?:of|=|:)\\s*(${N})(?!\\s*[%\\d\\\\]|\\s*(?:percent|x|×|times))`, 'dgi');

/** The units average precision keeps ("mAP", "AP", "AP50"): other refiners read them as scores too. */
export const AP_UNIT = /^m?AP(?:50|75)?$/;

/**
 * A named score is unit `score` (spec §2: "any other unitless metric value"), and a gain in it becomes pp; but
 * detection's average precision keeps its name as written, level or gain ("62.2 mAP", "by 8.6 AP", "45.3 AP50"), as the
 * annotators write it (spec §2: "or a unit as written").
 */
function unitOfScore(name: string | undefined): string {
  const ap = name?.replace(/^(?:box|mask)\s+/, '');
  return ap !== undefined && AP_UNIT.test(ap) ? ap : 'score';
}

/**
 * "on SugarCrepe (86.1 vs. 86.4)", "(mean 9.32 vs. 8.95)": a unitless level set against another's; the first is the
 * paper's (the second is the baseline's number). What it measures is read from the words before it.
 */
const PAIRED_LEVEL = /\(\s*(?:(?:mean|average|avg\.?|median)\s+)?(\d+\.\d+)\s+vs\.?\s+\d+(?:\.\d+)?(?=\s*(?:[),;]|(?:for|on|in|and|with)\b))/dg;

/** Whether the text holds " vs": found from the rare "vs" (`includes(' vs')` stops at every space, ~5x slower). */
function hasVs(text: string): boolean {
  for (let at = text.indexOf('vs', 1); at >= 0; at = text.indexOf('vs', at + 1)) if (text.charCodeAt(at - 1) === 32) return true;
  return false;
}

/** "4.4/5", "(8.1/10)", "4.3/5.0": a rating out of 5 or 10. */
const RATING = numberPattern(`(${N})\\s*/\\s*(5|10)(?:\\.0)?(?![\\w/]|[.,]\\d)`, 'g');
/** "Industry 4.0/5.0", "Web 2.0/3.0": a name's versions, not a rating ("1/5th" is a fraction: the pattern wants no letter after). */
const VERSIONS_BEFORE = /\b[A-Z][a-z]+\s+$/;

/**
 * A level found at text[start, end) onto `out`. (Module functions, not closures in findAbsolutes: under tsx, which runs
 * the CLI with --jobs 1 and the bench, a named closure costs an Object.defineProperty each time it is made.)
 */
function pushAbsolute(
  out: Candidate[], offset: number, start: number, end: number, value: number, unit: string, unitMetric: Metric,
  needsCue = false, high = value,
): void {
  out.push(newCandidate({
    numStart: offset + start, numEnd: offset + end, valueLow: value, valueHigh: high, unit,
    kind: 'absolute', finder: 'absolutes', unitMetric, needsCue,
    ...(unitMetric === 'other' ? { polarity: 'down' as const } : {}),
  }));
}

/** The unit and metric of a distance score: FID has a metric of its own, FVD and KID are 'other'. */
const fidUnit = (name: string): [string, Metric] => (name === 'FID' ? ['FID', 'fid'] : [name, 'other']);

export const findAbsolutes: Finder = (text, offset) => {
  const out: Candidate[] = [];
  // Every level here is written in digits; a third of abstracts have none, and the score names' alternation is costly.
  if (!/\d/.test(text)) return out;
  const fromNumber = FROM_NUMBER.test(text);

  for (const m of matchesOf(FID_BEFORE, text)) {
    // "FID scores of 1.91/2.43": one candidate per number; the first span keeps the words.
    const listStart = groupSpan(m, 2)[0];
    let first = true;
    for (const part of matchesOf(NUMBER, m[2])) {
      const s = listStart + part.index;
      pushAbsolute(out, offset, first ? m.index : s, s + part[0].length, parseDecimal(part[0]), ...fidUnit(m[1]));
      first = false;
    }
  }
  for (const m of fromNumber ? matchesOf(FID_FROM_TO, text) : []) {
    const [s, e] = groupSpan(m, 2);
    pushAbsolute(out, offset, s, e, parseDecimal(m[2]), ...fidUnit(m[1]));
  }
  for (const m of numberMatches(FID_AFTER, text)) {
    pushAbsolute(out, offset, m.index, m.index + m[0].length, parseDecimal(m[1]), ...fidUnit(m[2]));
  }
  for (const m of numberMatches(RATE, text)) {
    const i = RATE_UNITS.findIndex((_, k) => m[4 + k] !== undefined);
    const [start, low, high] = rangeOf(text, m, m[1], m[2]);
    pushAbsolute(out, offset, start, m.index + m[0].length, low, RATE_UNITS[i].unit, RATE_UNITS[i].metric, false, high);
  }
  for (const m of numberMatches(TIME, text)) {
    const unit = TIME_UNITS.find(([re]) => re.test(m[3]))![1];
    const [start, low, high] = rangeOf(text, m, m[1], m[2]);
    pushAbsolute(out, offset, start, m.index + m[0].length, low, unit, ['ms', 'μs', 'ns'].includes(unit) ? 'latency' : 'training_time', true, high);
  }
  for (const m of numberMatches(SCORE_AFTER, text)) {
    // "PG-19 perplexity", "GPT4 BLEU": a number glued to a name is part of the name.
    if (m.index > 0 && /[\p{L}\d_-]/u.test(text[m.index - 1])) continue;
    // "a 0.1 perplexity increase", "0.3 WER degradation": a change in an error is a cost of the method, read only when a
    // comparison says so; the level is what this finder reads.
    if (m[4] !== undefined && ERROR_CHANGE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const [start, low, high] = rangeOf(text, m, m[1], m[2]);
    pushAbsolute(out, offset, start, m.index + m[0].length, low, unitOfScore(m[3]), scoreMetric(m, 3), false, high);
  }
  for (const m of matchesOf(GENERIC_SCORE, text)) {
    const [s, e] = groupSpan(m, 1);
    pushAbsolute(out, offset, s, e, parseDecimal(m[1]), 'score', 'accuracy');
  }
  for (const m of matchesOf(SCORE_BEFORE, text)) {
    if (!startsScore(text, m.index)) continue;
    // "(mIoU) of 0.961": the span is the number, not half a parenthesis.
    const start = m[0].includes(')') ? groupSpan(m, 3)[0] : m.index;
    pushAbsolute(out, offset, start, m.index + m[0].length, parseDecimal(m[3]), unitOfScore(m[1]), scoreMetric(m, 1));
    // The span starts at the name, so the qualifier refiner (reading before it) cannot see a bound inside it.
    const bound = /\b(?:(over|above|exceeding)|up\s+to)\s+[\d.]+$/.exec(text.slice(m.index, groupSpan(m, 3)[1]));
    if (bound) out[out.length - 1].qualifier = bound[1] ? 'at_least' : 'up_to';
  }
  for (const m of fromNumber ? matchesOf(SCORE_FROM_TO, text) : []) {
    if (!startsScore(text, m.index)) continue;
    const [s, e] = groupSpan(m, 3);
    pushAbsolute(out, offset, s, e, parseDecimal(m[3]), unitOfScore(m[1]), scoreMetric(m, 1));
  }
  if (hasVs(text)) {
    for (const m of matchesOf(PAIRED_LEVEL, text)) {
      const [s, e] = groupSpan(m, 1);
      const v = parseDecimal(m[1]);
      out.push(newCandidate({
        numStart: offset + s, numEnd: offset + e, valueLow: v, valueHigh: v, unit: 'score', kind: 'absolute', finder: 'absolutes',
      }));
    }
  }
  if (text.includes('/')) {
    for (const m of numberMatches(RATING, text)) {
      const v = parseDecimal(m[1]);
      if (/\.0$/.test(m[1]) && VERSIONS_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (v <= Number(m[2])) pushAbsolute(out, offset, m.index, m.index + m[0].length, v, 'score', 'accuracy');
    }
  }
  return out;
};
