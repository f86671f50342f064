/**
 * findMultipliers: "4x", "4×", "4 times", "48times", "$\times$", "{times}", "x30" after "by", "two-fold", "four times",
 * "twice", "halves"/"doubles" (a factor of 2 as a verb), "three orders of magnitude", and ranges with one unit
 * ("1.1-2.1x", "2 to 10 times").
 * A multiplier directly followed by another number ("64 times 64", "8x7B") is a size, never a candidate.
 */
import { newCandidate, type Candidate, type Finder } from '../candidate.ts';
import { NUMBER_SOURCE as N, NUMBER_WORD_SOURCE as W, parseDecimal, wordToNumber } from '../numbers.ts';
import { groupSpan, matchesOf } from '../matches.ts';
import { numberMatches, numberPattern } from './number-matches.ts';

const RANGE_SEP = String.raw`\s*(?:-|–|—|to|~)\s*`;
const TIMES = String.raw`(?:\s?[x×X](?![A-Za-z0-9]|-(?!(?:faster|slower|higher|lower|fewer|less|more|better|smaller|speedups?|reductions?)\b)[A-Za-z])|\s*(?:\$\\times\$|\\times(?![A-Za-z])|\{\\?times\}|times(?![A-Za-z])))`;
// ("NTU RGB+D 120 X-Sub", "62 X-ray images": a word glued on by a hyphen makes the X part of a name, unless it is a
// comparative: "2x-faster".)
/** A multiplier followed by a number or a single-letter variable ("64 times 64", "n^2 \\times d^2") is a size. */
const NOT_A_SIZE = String.raw`(?!\s*(?:\d|[a-zA-Z](?![a-zA-Z])))`;

// `d` (group spans) only on the rare forms below: DIGIT_MULTIPLIER matches in most abstracts and needs no span.
const DIGIT_MULTIPLIER = numberPattern(`(?:(${N})${RANGE_SEP})?(${N})(${TIMES})${NOT_A_SIZE}`, 'g');
/** "by up to x30", "achieves ×4": the sign before the number, after a word that leads to a factor (not "1920 x 1080"). */
const PREFIX_MULTIPLIER = /\b(?:by|to|of|over|about|nearly|around|approximately|achieves?|achieving|delivers?|reaching|yields?|gives?)\s([x×X]\s?(\d+(?:\.\d+)?))(?![\w.]|\s*[x×X*]\s*\d)/dg;
const DIGIT_FOLD = numberPattern(`(${N})\\s*-?\\s*folds?(?![\\w-])`, 'gi');
const WORD_MULTIPLIER = new RegExp(`(?<![\\w-])(${W})(?:\\s*-\\s*|\\s+)?(fold|times)(?![\\w-])${NOT_A_SIZE}`, 'gi');
const TWICE = /(?<![\w-])(twice|thrice|halv(?:es|ed|ing)|doubl(?:es|ed|ing)|tripl(?:es|ed|ing))(?![\w-])/gi;
/** "a speedup of 3.5", "by a factor of 4": the word says it is a ratio, the unit is left out. */
const RATIO_WORD_BEFORE = new RegExp(
  `(?<![\\w-])(?:speed[-\\s]?ups?|factors?)\\s+of\\s+(?:up\\s+to\\s+|about\\s+|around\\s+|over\\s+|approximately\\s+|nearly\\s+|roughly\\s+|~\\s*)?(${N}|${W})(?!\\s*(?:[x×X%\\d]|[.,]\\d|times|fold|percent|orders?|-))`,
  'dgi',
);
/** "up to 1.33 end-to-end TPOT speedup", "a 1.8 wall-clock speedup": a decimal before the word, the unit left out. */
const RATIO_WORD_AFTER = /(?<![\w.$\\^{-])(\d+\.\d+)\s+(?:(?!times\b|fold\b|percent\b|orders?\b)[A-Za-z][\w-]*\s+){0,2}speed[-\s]?ups?\b/gi;
/** "three orders of magnitude", "three to four orders of magnitude" (each end an exponent). */
const ORDERS = new RegExp(`(?<![\\w-])(?:(${N}|${W})\\s*(?:-|–|to|or)\\s*)?(${N}|${W})\\s+orders?\\s+of\\s+magnitude`, 'gi');

function multiplier(m: RegExpExecArray, offset: number, low: number, high: number, weak: boolean): Candidate {
  return newCandidate({
    numStart: offset + m.index, numEnd: offset + m.index + m[0].length,
    valueLow: low, valueHigh: high, unit: 'x', kind: 'multiplier', finder: 'multipliers', needsCue: weak,
  });
}

export const findMultipliers: Finder = (text, offset) => {
  const out: Candidate[] = [];
  for (const m of numberMatches(DIGIT_MULTIPLIER, text)) {
    const high = parseDecimal(m[2]);
    const low = m[1] !== undefined ? parseDecimal(m[1]) : high;
    // "x" and "×" are unmistakable; the word "times" also counts repetitions ("repeated 5 times").
    out.push(multiplier(m, offset, Math.min(low, high), Math.max(low, high), /times/.test(m[3])));
  }
  // Rare: looked for only where a sign stands right before a digit.
  if (/[x×X]\s?\d/.test(text)) {
    for (const m of matchesOf(PREFIX_MULTIPLIER, text)) {
      const v = parseDecimal(m[2]);
      const at = groupSpan(m, 1)[0];
      out.push(newCandidate({
        numStart: offset + at, numEnd: offset + at + m[1].length, valueLow: v, valueHigh: v, unit: 'x', kind: 'multiplier', finder: 'multipliers', needsCue: true,
      }));
    }
  }
  // The word forms are rare: look for them only when their keyword is there at all.
  const keywords = keywordsIn(text);
  if (keywords & FOLD) findWordMultipliers(text, offset, out);
  if (keywords & TWICE_WORD) findTwice(text, offset, out);
  if (keywords & MAGNITUDE) findOrders(text, offset, out);
  if (OF.test(text)) findRatioWords(text, offset, out);
  if (keywords & SPEED) findSpeedupsWithoutSign(text, offset, out);
  return out;
};

const [FOLD, TWICE_WORD, MAGNITUDE, SPEED] = [1, 2, 4, 8];
const KEYWORD_BIT: Record<string, number> = {
  fold: FOLD, times: FOLD, twice: TWICE_WORD, thrice: TWICE_WORD, halv: TWICE_WORD, doubl: TWICE_WORD, tripl: TWICE_WORD,
  magnitude: MAGNITUDE, speed: SPEED,
};
/** The word forms' keywords, in any case: one pass, where the lower-cased text and six searches of it cost ~1.5x more. */
const KEYWORDS = /fold|times|twice|thrice|halv|doubl|tripl|magnitude|speed/gi;
const OF = / of /i;

/** Which keywords occur in `text` (bits). Every occurrence counts: the scan goes on right after where one starts. */
function keywordsIn(text: string): number {
  let bits = 0;
  KEYWORDS.lastIndex = 0;
  for (let m = KEYWORDS.exec(text); m !== null; m = KEYWORDS.exec(text)) {
    bits |= KEYWORD_BIT[m[0].toLowerCase()];
    KEYWORDS.lastIndex = m.index + 1;
  }
  KEYWORDS.lastIndex = 0;
  return bits;
}

function findWordMultipliers(text: string, offset: number, out: Candidate[]): void {
  for (const m of numberMatches(DIGIT_FOLD, text)) {
    const v = parseDecimal(m[1]);
    out.push(multiplier(m, offset, v, v, true));
  }
  for (const m of matchesOf(WORD_MULTIPLIER, text)) {
    const v = wordToNumber(m[1]);
    if (v !== null) out.push(multiplier(m, offset, v, v, true));
  }
}

function findTwice(text: string, offset: number, out: Candidate[]): void {
  for (const m of matchesOf(TWICE, text)) {
    const word = m[1].toLowerCase();
    const v = /^(?:twice|halv|doubl)/.test(word) ? 2 : 3;
    out.push(multiplier(m, offset, v, v, true));
  }
}

function findRatioWords(text: string, offset: number, out: Candidate[]): void {
  for (const m of matchesOf(RATIO_WORD_BEFORE, text)) {
    const v = wordToNumber(m[1]);
    if (v === null) continue;
    const start = groupSpan(m, 1)[0];
    out.push(newCandidate({
      numStart: offset + start, numEnd: offset + start + m[1].length,
      valueLow: v, valueHigh: v, unit: 'x', kind: 'multiplier', finder: 'multipliers',
    }));
  }
}

function findOrders(text: string, offset: number, out: Candidate[]): void {
  for (const m of matchesOf(ORDERS, text)) {
    const n = wordToNumber(m[2]);
    const low = m[1] === undefined ? n : wordToNumber(m[1]);
    if (n !== null && low !== null && low >= 1 && low <= n && n <= 12) out.push(multiplier(m, offset, 10 ** low, 10 ** n, false));
  }
}

function findSpeedupsWithoutSign(text: string, offset: number, out: Candidate[]): void {
  for (const m of matchesOf(RATIO_WORD_AFTER, text)) {
    const v = parseDecimal(m[1]);
    out.push(newCandidate({
      numStart: offset + m.index, numEnd: offset + m.index + m[1].length,
      valueLow: v, valueHigh: v, unit: 'x', kind: 'multiplier', finder: 'multipliers',
    }));
  }
}
