/**
 * findPercentages: "77%", "72\%", "30 percent", ranges "1-3%", and percentage points
 * ("0.8 pp", "2.1 points", "+0.8% absolute", "3 percentage points").
 */
import { newCandidate, type Candidate, type Finder } from '../candidate.ts';
import { ERROR_BAR_SOURCE as PM, NUMBER_SOURCE as N, parseDecimal } from '../numbers.ts';
import { numberMatches, numberPattern } from './number-matches.ts';

const RANGE_SEP = String.raw`\s*(?:-|–|—|to|~)\s*`;
const PERCENT = String.raw`(?:\s?\\?%|\s?(?:percent|per\s?cent)(?![\w]))`;
const POINTS_AFTER_PERCENT = /^\s*(?:absolute(?![\w])|points?(?![\w])|pts?\b)/i;
/** A sign only where it can be one: not right after a number or unit ("3.9%-78.4%" is a range). */
const SIGN = String.raw`(?:(?<![\d%×xX.])([+−-]))?`;
const PERCENTAGE = numberPattern(`${SIGN}(?:(${N})${RANGE_SEP})?(${N})${PM}${PERCENT}`, 'g', true);
const POINTS = numberPattern(
  `${SIGN}(?:(${N})${RANGE_SEP})?(${N})(?:\\s?|-)(pp(?![\\w])|p\\.p\\.|(?:absolute\\s+)?percentage[-\\s]points?(?![\\w])|(?:(?:absolute|accuracy|F1|BLEU|AP|mAP|mIoU)\\s+)?points?(?![\\w])|pts?(?![\\w]))`,
  'gi', true,
);

function values(low: string | undefined, high: string): [number, number] {
  const h = parseDecimal(high);
  const l = low !== undefined ? parseDecimal(low) : h;
  return [Math.min(l, h), Math.max(l, h)];
}

export const findPercentages: Finder = (text, offset) => {
  const out: Candidate[] = [];
  // Both patterns need a digit; a third of abstracts have none.
  if (!/\d/.test(text)) return out;
  for (const m of numberMatches(PERCENTAGE, text)) {
    const [low, high] = values(m[2], m[3]);
    const end = m.index + m[0].length;
    const absolute = POINTS_AFTER_PERCENT.exec(text.slice(end));
    // "+0.8% absolute": the word makes it percentage points and belongs to the span.
    const numEnd = absolute ? end + absolute[0].length : end;
    out.push(newCandidate({
      numStart: offset + m.index, numEnd: offset + numEnd, valueLow: low, valueHigh: high,
      unit: absolute ? 'pp' : '%', kind: absolute ? 'points' : 'percent', finder: 'percentages',
    }));
  }
  for (const m of numberMatches(POINTS, text)) {
    const [low, high] = values(m[2], m[3]);
    // "points" alone also counts data points: only "pp", "percentage points" and a sign ("+2.1 points") speak for themselves.
    const plain = /^p(?:oin)?ts?$/i.test(m[4]) && m[1] === undefined;
    out.push(newCandidate({
      numStart: offset + m.index, numEnd: offset + m.index + m[0].length, valueLow: low, valueHigh: high,
      unit: 'pp', kind: 'points', finder: 'percentages', needsCue: plain,
    }));
  }
  return out;
};
